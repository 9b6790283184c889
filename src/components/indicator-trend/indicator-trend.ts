import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Result } from 'vega-embed';
import type { ContractDocument } from '../../contract/schema.ts';
import { QwElement, failureFromError, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { downloadBlob, downloadCsv, fileSlug, toCsv } from '../../shared/download.ts';
import { formatPeriod, formatValue } from '../../shared/format.ts';
import { renderTable, TableSortController, type Column } from '../../shared/table.ts';
import { whenNearViewport } from '../../shared/visibility.ts';
import { cellText, csvTable, differenceText, joinWords, periodRows, trendSummary, valueText, type PeriodRow } from './describe.ts';
import { loadVegaEngine } from './engine.ts';
import { trendStyles } from './indicator-trend.styles.ts';
import { tt } from './indicator-trend.texts.ts';
import {
  areaNames,
  buildTrendModel,
  hasValues,
  levelOf,
  pickIndicator,
  resolveAreas,
  unknownAreas,
  type TrendModel,
  type TrendNote,
  type TrendPoint,
  type TrendSeries,
} from './series.ts';
import { buildTrendSpec, DEFAULT_THEME, FOCUS_PARAM, FORCED_COLORS_THEME, HIDDEN_PARAM, seriesStyles, type PointShape, type SeriesStyle, type TrendTheme } from './spec.ts';

/** `target="8,5"` and `target="8.5"` both mean 8.5; anything else is kept as NaN and reported. */
const targetConverter = {
  fromAttribute: (value: string | null): number | undefined => (value === null || value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'))),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

interface Tip {
  readonly kind: 'point' | 'note';
  readonly key: string;
  /** Position inside the chart box, px. */
  readonly x: number;
  readonly y: number;
}

const CHART_MIN_WIDTH = 240;
const NARROW_WIDTH = 480;

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

  private cachedModel?: { inputs: readonly unknown[]; model: TrendModel | undefined };
  private result?: Result;
  private drawnModel?: TrendModel;
  private drawnTheme?: TrendTheme;
  private drawnContainer?: HTMLElement;
  private drawing?: Promise<void>;
  private drawToken = 0;
  private resizeObserver?: ResizeObserver;
  private drawnWidth = 0;
  private readonly forcedColors = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : undefined;

  // ------------------------------------------------------------------ lifecycle
  override connectedCallback(): void {
    super.connectedCallback();
    this.forcedColors?.addEventListener('change', this.onForcedColors);
    // Back in the page after a move: the view was finalised; draw again (and say so with qw-ready).
    if (this.hasUpdated) this.connection++;
    // Fetch vega while the data is still loading and being validated, not after.
    void whenNearViewport(this).then(() => {
      if (this.isConnected && this.view !== 'table') loadVegaEngine().catch(() => undefined);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forcedColors?.removeEventListener('change', this.onForcedColors);
    this.drawToken++;
    this.finalizeChart();
  }

  private readonly onForcedColors = (): void => {
    this.drawnTheme = undefined;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = changed as Map<PropertyKey, unknown>;
    if (['indicator', 'areas', 'showTotal', 'contract', 'groupState'].some((k) => m.has(k))) {
      const model = this.contract ? this.model(this.contract) : undefined;
      const keys = new Set(model?.series.map((s) => s.key));
      if (this.hiddenSeries.some((k) => !keys.has(k))) this.hiddenSeries = this.hiddenSeries.filter((k) => keys.has(k));
      if (this.focusKey && !model?.series.some((s) => s.points.some((p) => p.key === this.focusKey))) this.clearFocus();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncChart();
    this.placeTooltip();
    super.updated(changed);
  }

  protected override async chartDrawn(): Promise<void> {
    await this.drawing;
  }

  protected override readyKeys(): readonly string[] {
    return ['indicator', 'areas', 'showTotal', 'target', 'groupState', 'connection'];
  }

  // ------------------------------------------------------------------ model
  private model(document: ContractDocument): TrendModel | undefined {
    const inputs = [document, this.indicator, this.areas, this.groupState.areaId, this.showTotal, this.target, this.language];
    if (this.cachedModel && inputs.every((v, i) => v === this.cachedModel!.inputs[i])) return this.cachedModel.model;
    const indicator = pickIndicator(document, this.indicator);
    let model: TrendModel | undefined;
    if (indicator) {
      const level = levelOf(document, indicator);
      const areas = resolveAreas(indicator, level, { areas: this.areas, groupArea: this.groupState.areaId });
      model = buildTrendModel(indicator, {
        lang: this.language,
        areas,
        showTotal: this.showTotal,
        target: this.target !== undefined && Number.isFinite(this.target) ? this.target : undefined,
        names: areaNames(level),
        municipality: document.meta.municipality.name,
        totalLabel: (name) => tt(this.language, 'total', { name }),
      });
    }
    this.cachedModel = { inputs, model };
    return model;
  }

  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const lang = this.language;
    if (this.indicator && !document.indicators.some((i) => i.id === this.indicator)) {
      return {
        code: 'config',
        title: tt(lang, 'error.indicator', { id: this.indicator }),
        hint: tt(lang, 'error.indicator.hint', { list: document.indicators.map((i) => i.id).join(', ') || '–' }),
      };
    }
    if (this.target !== undefined && !Number.isFinite(this.target)) {
      return { code: 'config', title: tt(lang, 'error.target', { value: this.getAttribute('target') ?? '' }), hint: tt(lang, 'error.target.hint') };
    }
    const indicator = pickIndicator(document, this.indicator);
    if (indicator) {
      const level = levelOf(document, indicator);
      const unknown = unknownAreas(indicator, level, this.areas);
      if (unknown.length) {
        return {
          code: 'config',
          title: tt(lang, 'error.areas', { ids: unknown.join(', ') }),
          hint: tt(lang, 'error.areas.hint', { level: level?.label ?? indicator.level, list: [...areaNames(level).keys()].join(', ') || '–' }),
        };
      }
    }
    return null;
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
    if (!model) return '';
    const names = model.series.map((s) => s.label);
    const first = model.periods[0];
    const last = model.periods[model.periods.length - 1];
    const span = first && last && first !== last ? tt(this.language, 'subheadingSpan', { from: formatPeriod(this.language, first), to: formatPeriod(this.language, last) }) : first ? formatPeriod(this.language, first) : '';
    return [joinWords(this.language, names), span].filter(Boolean).join(' · ');
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

  // ------------------------------------------------------------------ theme
  private chartTheme(): TrendTheme {
    if (this.forcedColors?.matches) return { ...FORCED_COLORS_THEME, font: getComputedStyle(this).fontFamily || FORCED_COLORS_THEME.font };
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      series: [1, 2, 3, 4, 5, 6].map((i) => read(`--_trend-${i}`, DEFAULT_THEME.series[i - 1]!)),
      total: read('--_trend-total', DEFAULT_THEME.total),
      target: read('--_trend-target', DEFAULT_THEME.target),
      text: read('--_color-text', DEFAULT_THEME.text),
      muted: read('--_color-muted', DEFAULT_THEME.muted),
      grid: read('--_trend-grid', DEFAULT_THEME.grid),
      background: read('--_color-background', DEFAULT_THEME.background),
      focus: read('--_color-focus', DEFAULT_THEME.focus),
      font: style.fontFamily || DEFAULT_THEME.font,
      forcedColors: false,
    };
  }

  private chartHeight(width: number): number {
    const custom = Number.parseFloat(getComputedStyle(this).getPropertyValue('--qw-trend-height'));
    if (Number.isFinite(custom) && custom > 0) return custom;
    return width < NARROW_WIDTH ? 260 : 320;
  }

  private specFor(model: TrendModel, width: number, theme: TrendTheme) {
    const { unit, decimals } = model.indicator;
    return buildTrendSpec(model, {
      lang: this.language,
      width,
      height: this.chartHeight(width),
      theme,
      hidden: this.hiddenSeries,
      ...(model.target !== undefined ? { targetLabel: tt(this.language, 'target', { value: formatValue(this.language, model.target, unit, decimals) }) } : {}),
    });
  }

  // ------------------------------------------------------------------ drawing
  private syncChart(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.vega');
    const model = this.contract ? this.model(this.contract) : undefined;
    if (!container || !model || this.state !== 'ready' || this.view !== 'chart') {
      if (this.result || this.drawing) {
        this.drawToken++;
        this.finalizeChart();
      }
      this.drawing = undefined;
      return;
    }
    // Colours are read when something else changes too: a style recalculation on every pointer move is waste.
    if (model === this.drawnModel && this.drawnTheme && container === this.drawnContainer) {
      this.syncSignals();
      return;
    }
    const theme = this.chartTheme();
    this.drawnModel = model;
    this.drawnTheme = theme;
    this.drawnContainer = container;
    this.drawing = this.draw(container, model, theme);
  }

  private async draw(container: HTMLElement, model: TrendModel, theme: TrendTheme): Promise<void> {
    const token = ++this.drawToken;
    try {
      await whenNearViewport(this);
      const engine = await loadVegaEngine();
      if (token !== this.drawToken) return;
      this.releaseView();
      const width = Math.max(CHART_MIN_WIDTH, container.clientWidth || 640);
      const result = await engine.embed(container, this.specFor(model, width, theme), this.onVegaTooltip);
      if (token !== this.drawToken) {
        result.finalize();
        return;
      }
      this.result = result;
      this.drawnWidth = width;
      this.syncSignals();
      await result.view.runAsync();
      this.observeSize(container);
    } catch (error) {
      if (token === this.drawToken) {
        this.drawnModel = undefined;
        this.fail(failureFromError(error, this.language));
      }
    }
  }

  private syncSignals(): void {
    const view = this.result?.view;
    if (!view) return;
    const hidden = [...this.hiddenSeries];
    const focus = this.focusKey ?? '';
    if (JSON.stringify(view.signal(HIDDEN_PARAM)) === JSON.stringify(hidden) && view.signal(FOCUS_PARAM) === focus) return;
    view.signal(HIDDEN_PARAM, hidden).signal(FOCUS_PARAM, focus);
    void view.runAsync();
  }

  private observeSize(container: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver?.disconnect();
    let frame = 0;
    this.resizeObserver = new ResizeObserver(() => {
      // Resize in the next frame: resizing the view inside the callback changes the observed box again.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const view = this.result?.view;
        const width = Math.max(CHART_MIN_WIDTH, container.clientWidth);
        if (!view || !container.clientWidth || Math.abs(width - this.drawnWidth) < 2) return;
        this.drawnWidth = width;
        view.width(width).height(this.chartHeight(width));
        void view.runAsync();
      });
    });
    this.resizeObserver.observe(container);
  }

  /** Finalises the view (timers, listeners, the resize observer); the next update draws anew. */
  private finalizeChart(): void {
    this.releaseView();
    this.drawnModel = undefined;
    this.drawnContainer = undefined;
  }

  private releaseView(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.result?.finalize();
    this.result = undefined;
  }

  // ------------------------------------------------------------------ tooltip
  private readonly onVegaTooltip = (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void => {
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!chart || typeof value !== 'string' || !value) {
      if (this.tip && this.tip.key !== this.focusKey) this.tip = undefined;
      return;
    }
    const box = chart.getBoundingClientRect();
    this.tip = { kind: value.startsWith('note|') ? 'note' : 'point', key: value, x: event.clientX - box.left, y: event.clientY - box.top };
  };

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
        <p><strong>${note.number} · ${formatPeriod(this.language, note.period)}</strong>${note.seriesBreak ? html` · ${tt(this.language, 'seriesBreak')}` : nothing}</p>
        <p>${note.text}</p>
      </div>`;
    }
    const found = this.findPoint(model, tip.key);
    if (!found) return nothing;
    const { series, point } = found;
    const difference = differenceText(this.language, model, point);
    return html`<div class="tooltip" part="tooltip">
      <p><strong>${series.label}</strong> · ${formatPeriod(this.language, point.period)}</p>
      <p class="value">${valueText(this.language, model, point)}</p>
      ${difference ? html`<p>${difference}</p>` : nothing}
      ${point.note ? html`<p class="muted">${point.note}</p>` : nothing}
    </div>`;
  }

  // ------------------------------------------------------------------ keyboard
  private readonly onChartKey = (event: KeyboardEvent): void => {
    const model = this.contract ? this.model(this.contract) : undefined;
    if (!model) return;
    const series = this.visibleSeries(model).filter((s) => s.points.length);
    if (!series.length) return;
    if (event.key === 'Escape') {
      if (!this.focusKey) return;
      event.preventDefault();
      this.clearFocus();
      return;
    }
    const current = this.focusKey ? this.findPoint(model, this.focusKey) : undefined;
    let s = current ? series.findIndex((x) => x.key === current.series.key) : -1;
    let target: TrendPoint | undefined;
    if (s < 0) {
      s = 0;
      const points = series[0]!.points;
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
      target = event.key === 'Home' ? points[0] : points[points.length - 1];
    } else {
      const points = series[s]!.points;
      const i = points.findIndex((p) => p.key === this.focusKey);
      switch (event.key) {
        case 'ArrowRight':
          target = points[Math.min(points.length - 1, i + 1)];
          break;
        case 'ArrowLeft':
          target = points[Math.max(0, i - 1)];
          break;
        case 'Home':
          target = points[0];
          break;
        case 'End':
          target = points[points.length - 1];
          break;
        case 'ArrowUp':
        case 'ArrowDown': {
          const next = series[(s + (event.key === 'ArrowDown' ? 1 : series.length - 1)) % series.length]!;
          const at = points[i]!;
          target = next.points.find((p) => p.period === at.period) ?? [...next.points].sort((a, b) => Math.abs(a.instant - at.instant) - Math.abs(b.instant - at.instant))[0];
          break;
        }
        default:
          return;
      }
    }
    event.preventDefault();
    if (target) this.focusPoint(model, target);
  };

  private focusPoint(model: TrendModel, point: TrendPoint): void {
    this.focusKey = point.key;
    const found = this.findPoint(model, point.key)!;
    const difference = differenceText(this.language, model, point);
    const text = tt(this.language, 'announcePoint', { series: found.series.label, period: formatPeriod(this.language, point.period), value: valueText(this.language, model, point) });
    this.announcement = difference ? `${text}. ${difference}.` : `${text}.`;
    const position = this.pointPosition(point);
    this.tip = { kind: 'point', key: point.key, x: position.x, y: position.y };
    this.syncSignals();
  }

  private clearFocus(): void {
    this.focusKey = undefined;
    this.tip = undefined;
    this.announcement = '';
    this.syncSignals();
  }

  /** Where a point is drawn, in px inside the chart box; a gap sits at mid-height. */
  private pointPosition(point: TrendPoint): { x: number; y: number } {
    const view = this.result?.view;
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.vega svg');
    if (!view || !chart || !svgElement) return { x: 0, y: 0 };
    const [originX, originY] = view.origin();
    const x = view.scale('x') as (v: number) => number;
    const y = view.scale('y') as (v: number) => number;
    const plotHeight = Number(view.signal('height')) || 0;
    const svgBox = svgElement.getBoundingClientRect();
    const chartBox = chart.getBoundingClientRect();
    const ratio = svgBox.width / (Number(svgElement.getAttribute('width')) || svgBox.width || 1);
    const px = originX + x(point.instant);
    const py = originY + (point.value === null ? plotHeight / 2 : y(point.value));
    return { x: svgBox.left - chartBox.left + px * ratio, y: svgBox.top - chartBox.top + py * ratio };
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
    return html`<div class="legend" part="legend" role="group" aria-label=${`${tt(this.language, 'legend')}. ${tt(this.language, 'legendHint')}`}>
        ${model.series.map((s, i) => {
          const shown = !this.hiddenSeries.includes(s.key);
          return html`<button type="button" aria-pressed=${shown ? 'true' : 'false'} data-series=${s.key} @click=${() => this.toggleSeries(s.key)}>
            ${this.swatch(styles[i]!)}<span>${s.label}</span>
          </button>`;
        })}
      </div>
      ${provisional || breaks || model.target !== undefined
        ? html`<ul class="keys">
            ${provisional
              ? html`<li>
                  <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">${shapeMark('circle', 7, 7, theme.text, false, theme.background)}</svg>${tt(this.language, 'provisionalKey')}
                </li>`
              : nothing}
            ${model.target !== undefined
              ? html`<li>
                  <svg class="swatch" width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false"><line x1="1" y1="7" x2="29" y2="7" stroke=${theme.target} stroke-width="1.5" stroke-dasharray="2 3"></line></svg>${tt(this.language, 'targetKey')}
                </li>`
              : nothing}
            ${breaks
              ? html`<li>
                  <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><line x1="7" y1="0" x2="7" y2="14" stroke=${theme.muted} stroke-width="1.5" stroke-dasharray="5 3"></line></svg>${tt(this.language, 'seriesBreakKey')}
                </li>`
              : nothing}
          </ul>`
        : nothing}`;
  }

  private renderNotes(notes: readonly TrendNote[]): TemplateResult | typeof nothing {
    if (!notes.length) return nothing;
    return html`<div>
      <p class="sr-only">${tt(this.language, 'notes')}</p>
      <ol class="notes" part="notes" aria-label=${tt(this.language, 'notes')}>
        ${notes.map(
          (n) => html`<li value=${n.number}>
            ${formatPeriod(this.language, n.period)}: ${n.seriesBreak ? html`<span class="break">${tt(this.language, 'seriesBreak')}.</span> ` : nothing}${n.text}
          </li>`,
        )}
      </ol>
    </div>`;
  }

  private renderActions(withImages: boolean): TemplateResult {
    return html`<div class="actions" part="actions">
      <button type="button" class="button" data-download="csv" @click=${() => this.downloadCsv()}>${this.t('downloadCsv')}</button>
      ${withImages
        ? html`<button type="button" class="button" data-download="png" @click=${() => void this.downloadImage('png')}>${this.t('downloadPng')}</button>
            <button type="button" class="button" data-download="svg" @click=${() => void this.downloadImage('svg')}>${this.t('downloadSvg')}</button>`
        : nothing}
    </div>`;
  }

  protected renderChart(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const theme = this.legendTheme();
    return html`<div class="trend">
      ${this.renderLegend(model, theme)}
      <div
        class="chart"
        part="chart"
        tabindex="0"
        role="application"
        aria-label=${tt(this.language, 'chartLabel', { title: model.label })}
        aria-describedby="trend-hint"
        @keydown=${this.onChartKey}
        @pointerleave=${this.onChartLeave}
        @blur=${this.onChartBlur}
      >
        <div class="vega" aria-hidden="true"></div>
        ${this.renderTooltip(model)}
      </div>
      <p id="trend-hint" class="sr-only">${tt(this.language, 'chartHint')}</p>
      <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderNotes(model.notes)} ${this.renderActions(true)}
    </div>`;
  }

  /** Colours for the HTML legend, the same the chart was drawn with. */
  private legendTheme(): TrendTheme {
    return this.drawnTheme ?? this.chartTheme();
  }

  // ------------------------------------------------------------------ table
  protected renderTable(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const rows = periodRows(this.language, model, this.visibleSeries(model));
    const withNotes = rows.some((r) => r.notes.length);
    const columns: Column<PeriodRow>[] = [
      { key: 'period', label: tt(this.language, 'periodColumn'), rowHeader: true, sortValue: (r) => r.instant, render: (r) => formatPeriod(this.language, r.period) },
      ...this.visibleSeries(model).map(
        (s): Column<PeriodRow> => ({
          key: s.key,
          label: s.label,
          numeric: true,
          sortValue: (r) => r.cells.get(s.key)?.value ?? null,
          render: (r) => cellText(this.language, model, r, s.key),
        }),
      ),
      ...(withNotes ? [{ key: 'notes', label: tt(this.language, 'notesColumn'), sortValue: (r: PeriodRow) => r.notes.join(' ') || null }] : []),
    ];
    const table = renderTable({ lang: this.language, caption: tt(this.language, 'tableCaption', { indicator: model.label }), columns, rows, sort: this.sort });
    return this.view === 'table' ? html`${table} ${this.renderActions(true)}` : table;
  }

  // ------------------------------------------------------------------ downloads
  private downloadCsv(): void {
    const model = this.contract ? this.model(this.contract) : undefined;
    if (!model) return;
    const { header, rows } = csvTable(this.language, model, this.visibleSeries(model));
    downloadCsv(`${fileSlug(model.label)}.csv`, toCsv(this.language, header, rows));
  }

  private async downloadImage(type: 'png' | 'svg'): Promise<void> {
    const model = this.contract ? this.model(this.contract) : undefined;
    if (!model) return;
    const engine = await loadVegaEngine();
    const container = this.renderRoot.querySelector<HTMLElement>('.vega');
    const width = Math.max(CHART_MIN_WIDTH, container?.clientWidth || 800);
    const blob = await engine.exportImage(this.specFor(model, width, this.forcedColors?.matches ? DEFAULT_THEME : this.chartTheme()), type);
    downloadBlob(`${fileSlug(model.label)}.${type}`, blob);
  }

  // ------------------------------------------------------------------ summary
  protected summary(document: ContractDocument): string {
    const model = this.model(document);
    return model ? trendSummary(this.language, model, this.visibleSeries(model)) : '';
  }
}

/** A point symbol for the HTML legend, drawn like vega's shapes. */
function shapeMark(shape: PointShape, cx: number, cy: number, colour: string, filled: boolean, background = 'none'): TemplateResult {
  const r = 4.5;
  const fill = filled ? colour : background;
  switch (shape) {
    case 'circle':
      return svg`<circle cx=${cx} cy=${cy} r=${r} fill=${fill} stroke=${colour} stroke-width="1.5"></circle>`;
    case 'square':
      return svg`<rect x=${cx - r} y=${cy - r} width=${2 * r} height=${2 * r} fill=${fill} stroke=${colour} stroke-width="1.5"></rect>`;
    case 'diamond':
      return svg`<path d=${`M${cx} ${cy - r - 1}L${cx + r} ${cy}L${cx} ${cy + r + 1}L${cx - r} ${cy}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'triangle-up':
      return svg`<path d=${`M${cx} ${cy - r}L${cx + r} ${cy + r}L${cx - r} ${cy + r}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'triangle-down':
      return svg`<path d=${`M${cx} ${cy + r}L${cx + r} ${cy - r}L${cx - r} ${cy - r}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'wedge':
      return svg`<path d=${`M${cx} ${cy - r}L${cx + r * 0.6} ${cy + r}L${cx - r * 0.6} ${cy + r}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'cross': {
      const a = r / 3;
      return svg`<path d=${`M${cx - a} ${cy - r}H${cx + a}V${cy - a}H${cx + r}V${cy + a}H${cx + a}V${cy + r}H${cx - a}V${cy + a}H${cx - r}V${cy - a}H${cx - a}Z`} fill=${fill} stroke=${colour} stroke-width="1"></path>`;
    }
  }
}
