/**
 * `<qw-housing-gauge>`: publicly subsidised housing. Lit and SVG only: no chart or map engine
 * is loaded. The arithmetic lives in model/, the words and table rows in describe.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { QwElement, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { cssomStyle } from '../../shared/cssom-style.ts';
import type { DownloadFormat, ExportSource } from '../../shared/download.ts';
import { wholePhrases } from '../../contract/municipality.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import type { Housing } from '../../contract/housing.schema.ts';
import { formatNumber, formatPeriod } from '../../shared/format.ts';
import { renderTable, TableSortController } from '../../shared/table.ts';
import type { Lang, Params, SharedKey } from '../../shared/i18n.ts';
import { hasGroupPeers } from '../../shared/group.ts';
import { lazyModule } from '../../shared/lazy-module.ts';
import { memoLast } from '../../shared/memo.ts';
import { authorPeriodMissing, resolvePeriod } from '../../shared/period.ts';
import { DEFAULT_HORIZON, MAX_HORIZON } from './model/horizon.ts';
import type { HousingModel } from './model/housing-model.ts';
import { housingStyles } from './housing-gauge.styles.ts';
import { text, type HousingTextKey } from './housing-gauge.texts.ts';

/** The model, geometry, words of the figures, table rows, summary and download menu: they load with the data, not before the loading state shows. */
const withData = lazyModule(() => import('./with-data.ts'));

/**
 * Publicly subsidised housing (öffentlich geförderter Wohnraum): the current stock as a gauge
 * against the reference share (e.g. the NRW average) and the target or need in the data; the
 * expected stock over the next `horizon` years from expiring commitments (Bindungen) and planned
 * additions; the stock by area (following the `group`'s selected area) and by flat size.
 *
 * @tagname qw-housing-gauge
 * @summary Subsidised housing: stock against reference and target, expiring commitments, breakdowns.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title row with the "Beispieldaten" mark.
 * @csspart example-badge - The "Beispieldaten" mark in the header.
 * @csspart gauge - The gauge block: headline figure, meter, legend.
 * @csspart meter - The element with `role="meter"` (track, bands, value bar, marks).
 * @csspart figures - The key figures.
 * @csspart projection - The expected stock: column chart and totals in words.
 * @csspart areas - The breakdown by area.
 * @csspart sizes - The breakdown by flat size.
 * @csspart summary - The screen-reader summary.
 * @csspart table - The scrolling container of a data table.
 * @csspart error - The error panel.
 * @csspart footer - Source and licence line.
 *
 * @cssprop --qw-gauge-value - Colour of the value bar and the counted stock (default: #0b4f8a; formerly `--qw-housing-value`, which still works).
 * @cssprop --qw-gauge-expected - Colour of the expected stock (default: #4f8fcf; formerly `--qw-housing-expected`).
 * @cssprop --qw-gauge-band-below - Gauge band below the reference (default: #f6d8b5; formerly `--qw-housing-band-below`).
 * @cssprop --qw-gauge-band-reference - Gauge band at or above the reference (default: #d3e4f4; formerly `--qw-housing-band-reference`).
 * @cssprop --qw-gauge-band-target - Gauge band where the target is reached (default: #a9cbea; formerly `--qw-housing-band-target`).
 * @cssprop --qw-gauge-mark - Colour of the reference and target marks (default: the text colour; formerly `--qw-housing-mark`).
 * @cssprop --qw-gauge-track-height - Height of the gauge track (default: 2.25rem; formerly `--qw-housing-gauge-height`).
 * @cssprop --qw-gauge-chart-height - Height of the projection chart (default: 9rem; formerly `--qw-housing-chart-height`).
 * @cssprop --qw-font-family - Font family (default: system UI font).
 * @cssprop --qw-font-size - Base font size (default: 1rem).
 * @cssprop --qw-color-text - Text colour.
 * @cssprop --qw-color-muted - Secondary text colour.
 * @cssprop --qw-color-background - Background colour.
 * @cssprop --qw-color-surface - Background of highlighted rows.
 * @cssprop --qw-color-border - Border colour.
 * @cssprop --qw-color-accent - Links and interactive elements.
 * @cssprop --qw-color-focus - Focus ring colour.
 * @cssprop --qw-color-example - Text colour of the "Beispieldaten" mark.
 * @cssprop --qw-color-example-background - Background of the "Beispieldaten" mark.
 * @cssprop --qw-radius - Corner radius.
 * @cssprop --qw-spacing - Inner spacing.
 *
 * @fires qw-ready - After a completed render. {@link QwReadyEvent}
 * @fires qw-select - When the user selects an area in the breakdown; detail `{ areaId }` (`null` when the selection is cleared). {@link QwSelectEvent}
 * @fires qw-error - When the widget cannot show its data; detail `{ code, message, path }`. {@link QwErrorEvent}
 */
export class QwHousingGauge extends QwElement {
  protected override readonly texts = text;
  static override styles = [...QwElement.styles, housingStyles];

  /** The stock period to show (an ISO 8601 period of `housing.stock`, e.g. `2021`); default: the latest, or the `group`'s period when the stock has it. */
  @property() period?: string;

  /** Years ahead for the expected stock, a whole number from 0 to 50 (default 10); 0 shows no projection. */
  @property({ type: Number }) horizon: number = DEFAULT_HORIZON;

  private readonly areaSort = new TableSortController(this);

  private readonly modelOf = memoLast((document: ContractDocument, housing: Housing, period: string | undefined, horizon: number, lang: Lang) =>
    period ? withData.current.housingModel(document, housing, { period, horizon, lang }) : undefined,
  );

  // ------------------------------------------------------------------ data
  private get horizonYears(): number {
    return typeof this.horizon === 'number' ? this.horizon : DEFAULT_HORIZON;
  }

  /** The author's period, else the group's, else the latest; none when the author's is missing (a configuration error). */
  private shownPeriod(housing: Housing): string | undefined {
    const periods = withData.current.stockPeriods(housing);
    if (authorPeriodMissing(periods, this.period)) return undefined;
    return resolvePeriod(periods, { author: this.period, shared: this.groupState.period });
  }

  private model(document: ContractDocument): HousingModel | undefined {
    const housing = document.housing;
    return housing ? this.modelOf(document, housing, this.shownPeriod(housing), this.horizonYears, this.language) : undefined;
  }

  private tx(key: HousingTextKey | SharedKey, params?: Params): string {
    return text(this.language, key, params);
  }

  /** The shared texts, with this widget's wording where it says more (e.g. `empty`). */
  protected override t(key: SharedKey, params?: Params): string {
    return text(this.resolvedLang, key, params);
  }

  // ------------------------------------------------------------------ base hooks
  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const housing = document.housing;
    if (!housing || housing.stock.length === 0) return null;
    const horizon = this.horizon;
    if (horizon !== null && horizon !== undefined && !(Number.isInteger(horizon) && horizon >= 0 && horizon <= MAX_HORIZON)) {
      return { code: 'config', title: this.tx('error.horizon', { max: MAX_HORIZON, found: this.getAttribute('horizon') ?? String(horizon) }), hint: this.tx('error.horizon.hint') };
    }
    const periods = withData.current.stockPeriods(housing);
    if (authorPeriodMissing(periods, this.period)) {
      return { code: 'config', title: this.tx('error.period', { period: this.period! }), hint: this.tx('error.period.hint', { periods: periods.map((p) => formatPeriod(this.language, p)).join(', ') }) };
    }
    return null;
  }

  protected override usedParts(): readonly string[] {
    return ['housing'];
  }

  protected hasData(document: ContractDocument): boolean {
    return this.model(document) !== undefined;
  }

  protected defaultHeading(): string {
    return this.tx('title');
  }

  protected override subheading(document: ContractDocument): string {
    const model = this.model(document);
    return model ? this.tx('subtitle', { place: wholePhrases(document.meta, this.language).place, period: formatPeriod(this.language, model.stock.period) }) : '';
  }

  protected override isExample(document: ContractDocument): boolean {
    return super.isExample(document) || this.model(document)?.example === true;
  }

  /** The badge speaks for the headline figures; the yearly split, the breakdowns and the figures below carry their own marks. */
  protected override headerExample(document: ContractDocument): boolean {
    return super.isExample(document) || this.model(document)?.headlineExample === true;
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const housing = document.housing;
    if (!housing?.source) return base;
    const sources = [{ title: housing.source, ...(housing.sourceUrl ? { url: housing.sourceUrl } : {}) }];
    if (housing.reference?.source && housing.reference.source !== housing.source) sources.push({ title: housing.reference.source });
    return { ...base, sources };
  }

  protected override loadDataModules(): Promise<unknown> {
    return withData.load();
  }

  protected override readyKeys(): readonly string[] {
    return ['period', 'horizon', 'groupState'];
  }

  protected summary(document: ContractDocument): string {
    const model = this.model(document);
    return model ? withData.current.gaugeSummary(this.language, document, model) : '';
  }

  // ------------------------------------------------------------------ chart
  protected renderChart(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const wholeExample = document.meta.example === true || model.housing.example === true;
    return html`<div class="housing">
      ${this.renderGauge(model)} ${this.renderFigures(model)} ${this.renderProjection(model, wholeExample)} ${this.renderAreas(document, model, wholeExample)} ${this.renderSizes(model, wholeExample)}
    </div>
    ${this.renderDownloads(true)}`;
  }

  private renderGauge(model: HousingModel): TemplateResult {
    const { gauge } = model;
    const lang = this.language;
    const valueLabel = withData.current.gaugeText(lang, model, gauge.value, gauge.decimals);
    const at = (value: number) => withData.current.position(gauge.scale, value);
    const tickDecimals = Math.max(0, ...gauge.scale.ticks.map((t) => withData.current.decimalsOf(t)));
    const labels = withData.current.stackLabels(gauge.scale, gauge.marks);
    const bandKinds = [...new Set(gauge.bands.map((b) => b.kind))].filter((k) => k !== 'neutral');

    return html`<section class="gauge" part="gauge">
      <p class="headline">
        <strong class="big">${gauge.mode === 'share' ? valueLabel : formatNumber(lang, gauge.value, 0)}</strong>
        <span>${this.tx(gauge.mode === 'share' ? 'headlineShare' : 'headlineCount')}</span>
      </p>
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-label=${this.tx(gauge.mode === 'share' ? 'meterShare' : 'meterCount')}
        aria-valuemin=${gauge.scale.min}
        aria-valuemax=${gauge.scale.max}
        aria-valuenow=${Number(gauge.value.toFixed(Math.max(gauge.decimals, 2)))}
        aria-valuetext=${withData.current.meterValueText(lang, model)}
      >
        <div class="mark-labels" ${cssomStyle({ '--_label-rows': String(labels.lines) })} aria-hidden="true">
          ${labels.placed.map(
            ({ item: mark, left, line }) =>
              html`<span class="mark-label ${mark.kind} ${withData.current.labelAnchor(left)}" ${cssomStyle({ 'inset-inline-start': `${left}%`, '--_row': String(line) })}>${withData.current.markText(lang, model, mark)}</span>`,
          )}
        </div>
        <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${gauge.bands.map((band) => svg`<rect class="band ${band.kind}" x=${at(band.from)} y="0" width=${at(band.to) - at(band.from)} height="10"></rect>`)}
          <rect class="value-bar" x="0" y="2.5" width=${at(gauge.value)} height="5"></rect>
          ${gauge.marks.map((mark) => svg`<line class="mark ${mark.kind}" x1=${at(mark.value)} x2=${at(mark.value)} y1="0" y2="10"></line>`)}
        </svg>
        <div class="ticks" aria-hidden="true">
          ${gauge.scale.ticks.map((tick) => html`<span class="tick ${withData.current.labelAnchor(at(tick))}" ${cssomStyle({ 'inset-inline-start': `${at(tick)}%` })}>${withData.current.gaugeText(lang, model, tick, tickDecimals)}</span>`)}
        </div>
      </div>
      <ul class="legend">
        <li><span class="swatch value" aria-hidden="true"></span>${this.tx('meterCount')} ${formatPeriod(lang, model.stock.period)}: ${valueLabel}</li>
        ${bandKinds.map((kind) => html`<li><span class="swatch band ${kind}" aria-hidden="true"></span>${withData.current.bandLabel(lang, model, kind)}</li>`)}
        ${gauge.marks.map((mark) => html`<li><span class="swatch line ${mark.kind}" aria-hidden="true"></span>${withData.current.markLegendText(lang, model, mark)}</li>`)}
      </ul>
    </section>`;
  }

  private renderFigures(model: HousingModel): TemplateResult {
    // The stock (and, on a share gauge, its share) is the gauge's headline already.
    const rows = withData.current.figureRows(this.language, model).filter((row) => row.key !== 'stock' && !(row.key === 'share' && model.gauge.mode === 'share'));
    if (rows.length === 0) return html``;
    return html`<dl class="figures" part="figures" aria-label=${this.tx('figures')}>
      ${rows.map((row) => {
        const period = withData.current.periodText(this.language, row.period);
        return html`<div class="figure ${row.key}">
          <dt>${row.label}${row.period && !row.label.includes(period) ? html` <span class="period">${period}</span>` : nothing}</dt>
          <dd>${row.value}${row.example ? html` <span class="example-mark">${this.tx('example')}</span>` : nothing}</dd>
        </div>`;
      })}
    </dl>`;
  }

  private renderProjection(model: HousingModel, wholeExample: boolean): TemplateResult {
    const { projection } = model;
    if (projection.years.length === 0) return html``;
    const lang = this.language;
    const title = this.tx('projectionTitle', { year: String(projection.endYear) });
    if (!projection.hasEntries) {
      return html`<section class="projection" part="projection">
        <h3>${title}</h3>
        <p class="totals">${this.tx('projectionNone', { from: String(projection.baseYear + 1), to: String(projection.endYear) })}</p>
      </section>`;
    }
    const columns = withData.current.stockColumns(model);
    const scale = withData.current.gaugeScale(
      columns.map((c) => c.stock),
      0.05,
    );
    const height = (value: number) => withData.current.position(scale, Math.max(0, value));
    const width = columns.length * 10;
    const baseY = 100 - height(projection.baseValue);
    // The axis names years; the counted column's exact date is in its title and the legend.
    const columnTitle = (year: number, kind: string) => (kind === 'counted' ? formatPeriod(lang, model.stock.period) : String(year));
    const showExampleMark = projection.example && !wholeExample;
    return html`<section class="projection" part="projection">
      <h3>${title}${showExampleMark ? html` <span class="example-mark" title=${this.tx('exampleHint')}>${this.tx('example')}</span>` : nothing}</h3>
      <p class="basis">${this.tx('projectionBasis')}</p>
      <div class="chart" ${cssomStyle({ '--_columns': String(columns.length) })}>
        <div class="y-axis" aria-hidden="true">
          ${scale.ticks.map((tick) => html`<span ${cssomStyle({ 'inset-block-end': `${withData.current.position(scale, tick)}%` })}>${formatNumber(lang, tick, 0)}</span>`)}
        </div>
        <svg class="columns" viewBox="0 0 ${width} 100" preserveAspectRatio="none" role="img" aria-label=${withData.current.projectionChartLabel(lang, model)}>
          ${scale.ticks.map((tick) => svg`<line class="grid" x1="0" x2=${width} y1=${100 - withData.current.position(scale, tick)} y2=${100 - withData.current.position(scale, tick)}></line>`)}
          ${columns.map(
            (c, i) => svg`<rect class="column ${c.kind}" x=${i * 10 + 1.5} y=${100 - height(c.stock)} width="7" height=${height(c.stock)}>
                <title>${this.tx('barTitle', { year: columnTitle(c.year, c.kind), value: withData.current.countText(lang, c.stock, model.housing.unit) })}</title>
              </rect>
              ${c.kind === 'example'
                ? svg`<path class="hatch-line" aria-hidden="true" d=${withData.current.hatchPath({ x: i * 10 + 1.5, y: 100 - height(c.stock), width: 7, height: height(c.stock) })}></path>`
                : nothing}`,
          )}
          <line class="base-line" x1="0" x2=${width} y1=${baseY} y2=${baseY}></line>
        </svg>
        <div class="x-axis" aria-hidden="true">${columns.map((c) => html`<span>${String(c.year)}</span>`)}</div>
      </div>
      <ul class="legend">
        <li><span class="swatch column counted" aria-hidden="true"></span>${this.tx('legendCounted', { period: formatPeriod(lang, model.stock.period) })}</li>
        ${columns.some((c) => c.kind === 'expected') ? html`<li><span class="swatch column expected" aria-hidden="true"></span>${this.tx('legendExpected')}</li>` : nothing}
        ${columns.some((c) => c.kind === 'example') ? html`<li><span class="swatch column example" aria-hidden="true"></span>${this.tx('legendExample')}</li>` : nothing}
        <li><span class="swatch line base" aria-hidden="true"></span>${this.tx('legendBase', { period: formatPeriod(lang, model.stock.period) })}</li>
      </ul>
      <p class="totals">${withData.current.totalsText(lang, model).join(' ')}</p>
      ${model.lost.map((lost) => html`<p class="lost">${withData.current.lostText(lang, lost)}</p>`)}
      ${projection.example ? html`<p class="example-note">${this.tx('projectionExample')}</p>` : nothing}
    </section>`;
  }

  private toggleArea(id: string): void {
    this.selectArea(this.groupState.areaId === id ? null : id);
  }

  private renderAreas(document: ContractDocument, model: HousingModel, wholeExample: boolean): TemplateResult {
    const { areas } = model;
    if (areas.rows.length === 0 || !areas.period) return html``;
    const lang = this.language;
    const selectedId = this.groupState.areaId ?? undefined;
    const barWidth = (measure: number | null) => cssomStyle({ 'inline-size': `${areas.max > 0 && measure !== null ? (measure / areas.max) * 100 : 0}%` });
    const exampleMark = !wholeExample && areas.rows.some((r) => r.entry.example === true);
    return html`<section class="areas" part="areas">
      <h3>${withData.current.areasTitle(lang, areas)}${exampleMark ? html` <span class="example-mark" title=${this.tx('exampleHint')}>${this.tx('example')}</span>` : nothing}</h3>
      <p class="selection" aria-live="polite">${withData.current.selectionText(lang, document, model, selectedId)}</p>
      <ul class="bars">
        ${areas.rows.map((row) => {
          const { main, extra } = withData.current.areaFigures(lang, model, row);
          const selected = row.entry.area === selectedId;
          return html`<li>
            <button type="button" class="row ${selected ? 'selected' : ''}" aria-pressed=${selected ? 'true' : 'false'} data-area=${row.entry.area} @click=${() => this.toggleArea(row.entry.area)}>
              <span class="label">${row.name}</span>
              <span class="bar-track" aria-hidden="true"><span class="bar-fill ${row.entry.example ? 'example' : ''}" ${barWidth(row.measure)}></span></span>
              <span class="value">${main}${extra.length ? html` <span class="extra">${extra.join(' · ')}</span>` : nothing}</span>
            </button>
          </li>`;
        })}
      </ul>
      <p class="hint">${this.tx(hasGroupPeers(this, this.group) ? 'areasHint' : 'areasHintAlone')}</p>
    </section>`;
  }

  private renderSizes(model: HousingModel, wholeExample: boolean): TemplateResult {
    const { sizes } = model;
    if (sizes.rows.length === 0 || !sizes.period) return html``;
    const lang = this.language;
    const barWidth = (value: number | null) => cssomStyle({ 'inline-size': `${sizes.max > 0 && value !== null ? (value / sizes.max) * 100 : 0}%` });
    const exampleMark = !wholeExample && sizes.rows.some((r) => r.entry.example === true);
    return html`<section class="sizes" part="sizes">
      <h3>${this.tx('sizesTitle', { period: formatPeriod(lang, sizes.period) })}${exampleMark ? html` <span class="example-mark" title=${this.tx('exampleHint')}>${this.tx('example')}</span>` : nothing}</h3>
      <ul class="bars">
        ${sizes.rows.map(
          (row) => html`<li class="row">
            <span class="label">${row.label}</span>
            <span class="bar-track" aria-hidden="true"><span class="bar-fill ${row.entry.example ? 'example' : ''}" ${barWidth(row.measure)}></span></span>
            <span class="value">${withData.current.sizeFigure(lang, model, row)}</span>
          </li>`,
        )}
        ${sizes.remainder !== undefined
          ? html`<li class="row remainder">
              <span class="label">${this.tx('sizesRemainder')}</span>
              <span class="bar-track" aria-hidden="true"><span class="bar-fill" ${barWidth(sizes.remainder)}></span></span>
              <span class="value">${withData.current.sizeRemainderText(lang, model)}</span>
            </li>`
          : nothing}
      </ul>
    </section>`;
  }

  // ------------------------------------------------------------------ table
  protected renderTable(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const lang = this.language;
    const { projection, areas, sizes } = model;
    const figures = renderTable({ lang, caption: this.tx('tableFigures'), columns: withData.current.figureColumns(lang), rows: withData.current.figureRows(lang, model) });
    const projectionTable =
      projection.hasEntries && projection.years.length
        ? renderTable({ lang, caption: this.tx('tableProjection', { from: String(projection.baseYear), to: String(projection.endYear) }), columns: withData.current.projectionColumns(lang), rows: withData.current.projectionRows(lang, model) })
        : nothing;
    const areaTable =
      areas.rows.length && areas.period
        ? renderTable({
            lang,
            caption: this.tx('tableAreas', { period: formatPeriod(lang, areas.period) }),
            columns: withData.current.areaColumns(lang, model),
            rows: areas.rows,
            sort: this.areaSort,
            rowClass: (r) => (r.entry.area === this.groupState.areaId ? 'selected' : ''),
          })
        : nothing;
    const sizeTable =
      sizes.rows.length && sizes.period ? renderTable({ lang, caption: this.tx('tableSizes', { period: formatPeriod(lang, sizes.period) }), columns: withData.current.sizeColumns(lang, model), rows: withData.current.sizeTableRows(lang, model) }) : nothing;
    return html`<div class="tables">${figures} ${projectionTable} ${areaTable} ${sizeTable}</div> ${this.view === 'table' ? this.renderDownloads(false) : nothing}`;
  }

  // ------------------------------------------------------------------ downloads
  private renderDownloads(withPicture: boolean): TemplateResult {
    return html`<div class="actions">${withData.current.downloadMenu(this.language, withPicture ? ['csv', 'xlsx', 'png', 'svg'] : ['csv', 'xlsx'], this.download)}</div>`;
  }

  /** What the downloads carry: the table view's tables, and in the chart view the chart redrawn. */
  private exportSource({ gaugeExport }: typeof import('./export.ts')): ExportSource | undefined {
    const contract = this.contract;
    const model = contract ? this.model(contract) : undefined;
    if (!contract || !model) return undefined;
    const lang = this.language;
    return gaugeExport({
      lang,
      model,
      title: this.shownHeading(contract),
      place: wholePhrases(contract.meta, lang).place,
      areaRows: this.areaSort.sort(model.areas.rows, withData.current.areaColumns(lang, model), lang),
      attribution: this.attribution(contract),
      publisher: contract.meta.publisher,
      example: this.isExample(contract),
      address: location.href,
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
      ...(this.view === 'chart' ? { chart: () => this.renderRoot.querySelector('.housing') } : {}),
    });
  }

  /** The file of a format; the export code loads with the first click, not with the page. */
  private readonly download = async (format: DownloadFormat): Promise<void> => {
    const [exports, { saveExport }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports);
    if (source) await saveExport(format, source);
  };
}
