import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { areaNames } from '../../contract/areas.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { QwElement, failureFromError, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { GridNavigationController, type Grid } from '../../shared/controllers/grid-navigation.ts';
import { ViewportController } from '../../shared/controllers/viewport.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { Lang } from '../../shared/i18n.ts';
import { memoLast } from '../../shared/memo.ts';
import { renderTable, TableSortController } from '../../shared/table.ts';
import { loadVegaEngine } from './engine.ts';
import type { DownloadFormat, ExportSource } from '../../shared/download.ts';
import { lazyModule } from '../../shared/lazy-module.ts';
import { trendStyles } from './indicator-trend.styles.ts';
import { text, type TrendTextKey } from './indicator-trend.texts.ts';
import { hasValues, levelOf, parseTarget, pickIndicator, trendModel, unknownAreas, type TrendModel, type TrendNote, type TrendPoint, type TrendSeries } from './model/series.ts';
import { chartWidth, seriesStyles, widgetSpec, type SeriesStyle, type TrendTheme } from './spec.ts';
import { shapeMark, svgLine } from './shapes.ts';
import { VegaViewController } from './vega-view.ts';

/** `target="8,5"` and `target="8.5"` both mean 8.5; anything else is kept as NaN and reported. */
const targetConverter = {
  fromAttribute: parseTarget,
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

interface Tip {
  readonly kind: 'point' | 'note';
  readonly key: string;
  /** Position inside the chart box, px. */
  readonly x: number;
  readonly y: number;
}

/** The words, table rows, summary and download menu: they load with the data, not before the loading state shows. */
const withData = lazyModule(() => import('./with-data.ts'));

/** Up and Down go to the next series at the same period, else at the nearest one in time. */
const alignPoint = (from: TrendPoint, row: readonly TrendPoint[]): TrendPoint | undefined =>
  row.find((p) => p.period === from.period) ?? [...row].sort((a, b) => Math.abs(a.instant - from.instant) - Math.abs(b.instant - from.instant))[0];

/**
 * One indicator over time for one or several districts, with the city total as a reference
 * line, a target line and the data's notes and series breaks. Missing and suppressed periods
 * are gaps, provisional values hollow points. Drawn with vega-lite (loaded only when a trend
 * comes near the viewport), without `eval`.
 *
 * @tagname qw-indicator-trend
 * @summary Indicator over time: districts against the city.
 *
 * @csspart legend - The row of series buttons that show and hide a series.
 * @csspart chart - The focusable chart box (arrow keys step through the points).
 * @csspart tooltip - The tooltip of a point or note.
 * @csspart notes - The numbered list of notes and series breaks under the chart.
 * @csspart actions - The download buttons.
 *
 * @cssprop --qw-trend-color-1 - Colour of the first district series (default #0072b2).
 * @cssprop --qw-trend-color-2 - Colour of the second district series (default #d55e00).
 * @cssprop --qw-trend-color-3 - Colour of the third district series (default #007d5a).
 * @cssprop --qw-trend-color-4 - Colour of the fourth district series (default #aa3377).
 * @cssprop --qw-trend-color-5 - Colour of the fifth district series (default #8a6d00).
 * @cssprop --qw-trend-color-6 - Colour of the sixth district series (default #332288).
 * @cssprop --qw-trend-color-total - Colour of the city-total line (default: text colour).
 * @cssprop --qw-trend-color-target - Colour of the target line (default: muted text colour).
 * @cssprop --qw-trend-color-grid - Colour of the grid lines.
 * @cssprop --qw-trend-height - Height of the chart (default 320px; 260px below 480px width).
 *
 * @fires qw-ready - After the chart (or table) is drawn, again after each change of indicator, areas, total, target, language or group selection.
 * @fires qw-error - When the data cannot be loaded or the attributes do not fit it; detail `{ code, message, path }`.
 */
export class QwIndicatorTrend extends QwElement {
  protected override readonly texts = text;
  static override styles = [...QwElement.styles, trendStyles];

  /** Id of the indicator; default: the first indicator with more than one period. */
  @property() indicator?: string;

  /**
   * Comma-separated area ids (`innenstadt,feldmark`). Default: the area selected in the `group`,
   * else the first area with a time series, else none (the city total alone).
   */
  @property() areas?: string;

  /** Draws the city total as a reference line. */
  @property({ type: Boolean, attribute: 'show-total', reflect: true }) showTotal = false;

  /** Target value drawn as a line, in the indicator's unit; default: the data's `indicator.target`. */
  @property({ converter: targetConverter }) target?: number;

  /** Series keys hidden through the legend. */
  @state() private hiddenSeries: readonly string[] = [];
  @state() private tip?: Tip;
  /** The point stepped to with the keyboard. */
  @state() private focusKey?: string;
  @state() private announcement = '';
  /** Counts reconnections: each one is a new drawing. */
  @state() private connection = 0;

  private readonly sort = new TableSortController(this, { key: 'period' });
  // Fetch vega and set up the number formats while the data is still loading and being validated, not after.
  private readonly viewport = new ViewportController(this, {
    onNear: () => {
      if (this.view !== 'table') loadVegaEngine().catch(() => undefined);
    },
  });
  private readonly chart = new VegaViewController(this, {
    target: () => {
      const container = this.renderRoot.querySelector<HTMLElement>('.vega');
      const model = this.currentModel();
      return container && model && this.state === 'ready' && this.view === 'chart' ? { container, model } : null;
    },
    spec: (model, width, theme) => this.specFor(model, width, theme),
    signals: () => ({ hidden: this.hiddenSeries, focus: this.focusKey ?? '' }),
    tooltip: (_handler, event, _item, value) => this.onVegaTooltip(event as MouseEvent, value),
    whenNear: () => this.viewport.whenNear(),
    onError: (error) => this.fail(failureFromError(error, this.language)),
  });
  private readonly navigation = new GridNavigationController<TrendPoint>(this, {
    grid: () => this.keyboardGrid(),
    current: () => {
      const model = this.currentModel();
      return model && this.focusKey ? this.findPoint(model, this.focusKey)?.point : undefined;
    },
    move: (point) => this.focusPoint(this.currentModel()!, point),
  });

  // ------------------------------------------------------------------ lifecycle
  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the view was finalised; draw again (and say so with qw-ready).
    if (this.hasUpdated) this.connection++;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = changed as Map<PropertyKey, unknown>;
    if (['indicator', 'areas', 'showTotal', 'contract', 'groupState'].some((k) => m.has(k))) {
      const model = this.currentModel();
      const keys = new Set(model?.series.map((s) => s.key));
      if (this.hiddenSeries.some((k) => !keys.has(k))) this.hiddenSeries = this.hiddenSeries.filter((k) => keys.has(k));
      if (this.focusKey && !model?.series.some((s) => s.points.some((p) => p.key === this.focusKey))) this.clearFocus();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.placeTooltip();
    // A new `theme` shows in the computed colours only once the attribute is reflected, after this
    // update's render: the legend and the chart read them in the next one.
    if (changed.has('theme') && changed.get('theme') !== undefined) {
      this.chart.restyle();
      this.requestUpdate();
    }
    super.updated(changed);
  }

  protected override async chartDrawn(): Promise<void> {
    await this.chart.drawn();
  }

  protected override loadDataModules(): Promise<unknown> {
    return withData.load();
  }

  protected override readyKeys(): readonly string[] {
    return ['indicator', 'areas', 'showTotal', 'target', 'groupState', 'connection'];
  }

  // ------------------------------------------------------------------ model
  private readonly modelOf = memoLast(
    (document: ContractDocument, indicator: string | undefined, areas: string | undefined, groupArea: string | null | undefined, showTotal: boolean, target: number | undefined, lang: Lang) =>
      trendModel(document, { lang, indicator, areas, groupArea, showTotal, target }),
  );

  private model(document: ContractDocument): TrendModel | undefined {
    return this.modelOf(document, this.indicator, this.areas, this.groupState.areaId, this.showTotal, this.target, this.language);
  }

  private currentModel(): TrendModel | undefined {
    return this.contract ? this.model(this.shownDocument(this.contract)) : undefined;
  }

  private say(key: TrendTextKey, params?: Record<string, string | number>): string {
    return text(this.language, key, params);
  }

  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const problem = (key: 'indicator' | 'target' | 'areas', title: Record<string, string>, hint: Record<string, string> = {}): WidgetFailure => ({
      code: 'config',
      title: this.say(`error.${key}`, title),
      hint: this.say(`error.${key}.hint`, hint),
    });
    if (this.indicator && !document.indicators.some((i) => i.id === this.indicator)) {
      const ids = document.indicators.map((i) => i.id);
      const failure = problem('indicator', { id: this.indicator }, { list: ids.join(', ') || '–' });
      return { ...failure, hint: `${failure.hint ?? ''}${this.didYouMean(this.indicator, ids)}` };
    }
    if (this.target !== undefined && !Number.isFinite(this.target)) return problem('target', { value: this.getAttribute('target') ?? '' });
    const indicator = pickIndicator(document, this.indicator);
    if (!indicator) return null;
    const level = levelOf(document, indicator);
    const unknown = unknownAreas(indicator, level, this.areas);
    return unknown.length ? problem('areas', { ids: unknown.join(', ') }, { level: level?.label ?? indicator.level, list: [...areaNames(level).keys()].join(', ') || '–' }) : null;
  }

  protected override usedParts(): readonly string[] {
    return this.indicator ? [`indicator:${this.indicator}`] : [];
  }

  protected hasData(document: ContractDocument): boolean {
    const model = this.model(document);
    return model !== undefined && hasValues(model);
  }

  protected defaultHeading(document: ContractDocument): string {
    return this.model(document)?.label ?? document.meta.title;
  }

  protected override subheading(document: ContractDocument): string {
    const model = this.model(document);
    return model ? withData.current.subheadingText(this.language, model) : '';
  }

  protected override isExample(document: ContractDocument): boolean {
    return super.isExample(document) || this.model(document)?.indicator.example === true;
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const indicator = this.model(document)?.indicator;
    if (!indicator?.source) return base;
    return { ...base, sources: [indicator.source], license: indicator.license ?? base.license, ...(indicator.license ? { licenseUrl: undefined } : {}) };
  }

  private visibleSeries(model: TrendModel): TrendSeries[] {
    return model.series.filter((s) => !this.hiddenSeries.includes(s.key));
  }

  private findPoint(model: TrendModel, key: string): { series: TrendSeries; point: TrendPoint } | undefined {
    for (const series of model.series) {
      const point = series.points.find((p) => p.key === key);
      if (point) return { series, point };
    }
    return undefined;
  }

  private specFor(model: TrendModel, width: number, theme: TrendTheme) {
    return widgetSpec(model, { lang: this.language, width, theme, customHeight: getComputedStyle(this).getPropertyValue('--qw-trend-height'), hidden: this.hiddenSeries });
  }

  // ------------------------------------------------------------------ tooltip
  private onVegaTooltip(event: MouseEvent, value: unknown): void {
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!chart || typeof value !== 'string' || !value) {
      if (this.tip && this.tip.key !== this.focusKey) this.tip = undefined;
      return;
    }
    const box = chart.getBoundingClientRect();
    this.tip = { kind: value.startsWith('note|') ? 'note' : 'point', key: value, x: event.clientX - box.left, y: event.clientY - box.top };
  }

  /** Tooltip position through the CSSOM: a `style` attribute would break `style-src 'self'`. */
  private placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!tooltip || !chart || !this.tip) return;
    const gap = 14;
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const left = this.tip.x + gap + width > chart.clientWidth ? Math.max(0, this.tip.x - gap - width) : this.tip.x + gap;
    const top = Math.max(0, Math.min(this.tip.y - height - gap / 2, chart.clientHeight - height));
    tooltip.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
  }

  private renderTooltip(model: TrendModel): TemplateResult | typeof nothing {
    const tip = this.tip;
    if (!tip) return nothing;
    if (tip.kind === 'note') {
      const note = model.notes.find((n) => n.key === tip.key);
      if (!note) return nothing;
      return html`<div class="tooltip" part="tooltip">
        <p><strong>${note.number} · ${formatPeriod(this.language, note.period)}</strong>${note.seriesBreak ? html` · ${this.say('seriesBreak')}` : nothing}</p>
        <p>${note.text}</p>
      </div>`;
    }
    const found = this.findPoint(model, tip.key);
    if (!found) return nothing;
    const { series, point } = found;
    const difference = withData.current.differenceText(this.language, model, point);
    return html`<div class="tooltip" part="tooltip">
      <p><strong>${series.label}</strong> · ${formatPeriod(this.language, point.period)}</p>
      <p class="value">${withData.current.valueText(this.language, model, point)}</p>
      ${difference ? html`<p>${difference}</p>` : nothing}
      ${point.note ? html`<p class="muted">${point.note}</p>` : nothing}
    </div>`;
  }

  // ------------------------------------------------------------------ keyboard
  /** A row per shown series with points; Up and Down change the series at the same period. */
  private keyboardGrid(): Grid<TrendPoint> | undefined {
    const model = this.currentModel();
    return model ? { rows: this.visibleSeries(model).map((s) => s.points), align: alignPoint } : undefined;
  }

  private readonly onChartKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') this.navigation.handle(event);
    else if (this.focusKey) {
      event.preventDefault();
      this.clearFocus();
    }
  };

  private focusPoint(model: TrendModel, point: TrendPoint): void {
    this.focusKey = point.key;
    this.announcement = withData.current.pointAnnouncement(this.language, model, this.findPoint(model, point.key)!.series, point);
    const position = this.pointPosition(point);
    this.tip = { kind: 'point', key: point.key, x: position.x, y: position.y };
    void this.chart.syncSignals();
  }

  private clearFocus(): void {
    this.focusKey = undefined;
    this.tip = undefined;
    this.announcement = '';
    void this.chart.syncSignals();
  }

  /** Where a point is drawn, in px inside the chart box. */
  private pointPosition(point: TrendPoint): { x: number; y: number } {
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.vega svg');
    const plotted = this.chart.plotPosition(point.instant, point.value);
    if (!plotted || !chart || !svgElement) return { x: 0, y: 0 };
    const svgBox = svgElement.getBoundingClientRect();
    const chartBox = chart.getBoundingClientRect();
    const ratio = svgBox.width / (Number(svgElement.getAttribute('width')) || svgBox.width || 1);
    return { x: svgBox.left - chartBox.left + plotted.x * ratio, y: svgBox.top - chartBox.top + plotted.y * ratio };
  }

  private readonly onChartLeave = (): void => {
    if (this.tip && this.tip.key !== this.focusKey) this.tip = undefined;
  };

  private readonly onChartBlur = (): void => {
    if (this.focusKey) this.clearFocus();
  };

  // ------------------------------------------------------------------ legend
  private toggleSeries(key: string): void {
    this.hiddenSeries = this.hiddenSeries.includes(key) ? this.hiddenSeries.filter((k) => k !== key) : [...this.hiddenSeries, key];
    if (this.focusKey?.startsWith(`${key}|`)) this.clearFocus();
  }

  private swatch(style: SeriesStyle): TemplateResult {
    const dash = style.dash.length === 2 && style.dash[1] === 0 ? nothing : style.dash.join(' ');
    return html`<svg class="swatch" width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="29" y2="7" stroke=${style.colour} stroke-width="2.5" stroke-dasharray=${dash}></line>
      ${shapeMark(style.shape, 15, 7, style.colour, true)}
    </svg>`;
  }

  private renderLegend(model: TrendModel, theme: TrendTheme): TemplateResult {
    const styles = seriesStyles(model, theme);
    const provisional = model.series.some((s) => s.points.some((p) => p.provisional));
    const breaks = model.notes.some((n) => n.seriesBreak);
    const key = (width: number, mark: TemplateResult, words: string) =>
      html`<li><svg class="swatch" width=${width} height="14" viewBox="0 0 ${width} 14" aria-hidden="true" focusable="false">${mark}</svg>${words}</li>`;
    return html`<div class="legend" part="legend" role="group" aria-label=${`${this.say('legend')}. ${this.say('legendHint')}`}>
        ${model.series.map((s, i) => {
          const shown = !this.hiddenSeries.includes(s.key);
          return html`<button type="button" aria-pressed=${shown ? 'true' : 'false'} data-series=${s.key} @click=${() => this.toggleSeries(s.key)}>
            ${this.swatch(styles[i]!)}<span>${s.label}</span>
          </button>`;
        })}
      </div>
      ${provisional || breaks || model.target !== undefined
        ? html`<ul class="keys">
            ${provisional ? key(14, shapeMark('circle', 7, 7, theme.text, false, theme.background), this.say('provisionalKey')) : nothing}
            ${model.target !== undefined ? key(30, svgLine(1, 7, 29, 7, theme.target, '2 3'), this.say('targetKey')) : nothing}
            ${breaks ? key(14, svgLine(7, 0, 7, 14, theme.muted, '5 3'), this.say('seriesBreakKey')) : nothing}
          </ul>`
        : nothing}`;
  }

  private renderNotes(notes: readonly TrendNote[]): TemplateResult | typeof nothing {
    if (!notes.length) return nothing;
    return html`<div>
      <p class="sr-only">${this.say('notes')}</p>
      <ol class="notes" part="notes" aria-label=${this.say('notes')}>
        ${notes.map(
          (n) => html`<li value=${n.number}>
            ${formatPeriod(this.language, n.period)}: ${n.seriesBreak ? html`<span class="break">${this.say('seriesBreak')}.</span> ` : nothing}${n.text}
          </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderActions(withImages: boolean): TemplateResult {
    return html`<div class="actions" part="actions">${withData.current.downloadMenu(this.language, withImages ? ['csv', 'xlsx', 'png', 'svg'] : ['csv', 'xlsx'], this.download)}</div>`;
  }

  protected renderChart(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    return html`<div class="trend">
      ${this.renderLegend(model, this.chart.legendTheme())}
      <div
        class="chart"
        part="chart"
        tabindex="0"
        role="application"
        aria-label=${this.say('chartLabel', { title: model.label })}
        aria-describedby="trend-hint"
        @keydown=${this.onChartKey}
        @pointerleave=${this.onChartLeave}
        @blur=${this.onChartBlur}
      >
        <div class="vega" aria-hidden="true"></div>
        ${this.renderTooltip(model)}
      </div>
      <p id="trend-hint" class="sr-only">${this.say('chartHint')}</p>
      <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderNotes(model.notes)} ${this.renderActions(true)}
    </div>`;
  }

  // ------------------------------------------------------------------ table
  protected renderTable(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const shown = this.visibleSeries(model);
    const rows = withData.current.periodRows(this.language, model, shown);
    const table = renderTable({ lang: this.language, caption: this.say('tableCaption', { indicator: model.label }), columns: withData.current.tableColumns(this.language, model, shown, rows), rows, sort: this.sort });
    return this.view === 'table' ? html`${table} ${this.renderActions(false)}` : table;
  }

  // ------------------------------------------------------------------ downloads
  /** What the downloads carry: the shown series, and in the chart view the plot with its legend. */
  private exportSource({ trendExport }: typeof import('./export.ts')): ExportSource | undefined {
    const model = this.currentModel();
    const contract = this.contract;
    if (!model || !contract) return undefined;
    const chart = this.view === 'chart';
    return trendExport({
      lang: this.language,
      model,
      shown: this.visibleSeries(model),
      title: this.shownHeading(contract),
      attribution: this.attribution(contract),
      publisher: contract.meta.publisher,
      example: this.isExample(contract),
      address: location.href,
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
      ...(chart
        ? {
            spec: () => this.specFor(model, chartWidth(this.renderRoot.querySelector<HTMLElement>('.vega')?.clientWidth ?? 0, 800), this.chart.exportTheme()),
            legend: () => [...this.renderRoot.querySelectorAll('.trend > .legend, .trend > .keys, .trend .notes')],
          }
        : {}),
    });
  }

  /** The file of a format; the export code loads with the first click, not with the page. */
  private readonly download = async (format: DownloadFormat): Promise<void> => {
    const [exports, { saveExport }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports);
    if (source) await saveExport(format, source);
  };

  // ------------------------------------------------------------------ summary
  protected summary(document: ContractDocument): string {
    const model = this.model(document);
    return model ? withData.current.trendSummary(this.language, model, this.visibleSeries(model)) : '';
  }
}
