/**
 * `<qw-housing-gauge>`: publicly subsidised housing. Lit and SVG only: no chart or map engine
 * is loaded. The arithmetic lives in projection.ts, gauge-geometry.ts and housing-model.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { QwElement, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { cssomStyle } from '../../shared/cssom-style.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import type { Housing, HousingArea, HousingSize } from '../../contract/housing.schema.ts';
import { formatEntry, formatNumber, formatPercent, formatPeriod, formatSigned, formatValue } from '../../shared/format.ts';
import { renderTable, TableSortController, type Column } from '../../shared/table.ts';
import type { Params, SharedKey } from '../../shared/i18n.ts';
import { gaugeScale, position } from './gauge-geometry.ts';
import { DEFAULT_HORIZON, MAX_HORIZON, areaName, decimalsOf, housingModel, stockPeriods, type AreaRow, type GaugeMark, type HousingModel, type SizeRow } from './housing-model.ts';
import { housingStyles } from './housing-gauge.styles.ts';
import { housingText, type HousingTextKey } from './housing-gauge.texts.ts';

const NBSP = '\u00a0';
/** Mark labels closer than this (percent of the track) go on separate lines. */
const LABEL_SPACING = 22;

interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly period: string;
  readonly value: string;
  readonly note?: string | undefined;
  readonly example: boolean;
}

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
 * @cssprop --qw-housing-value - Colour of the value bar and the counted stock (default: #0b4f8a).
 * @cssprop --qw-housing-expected - Colour of the expected stock (default: #4f8fcf).
 * @cssprop --qw-housing-band-below - Gauge band below the reference (default: #f6d8b5).
 * @cssprop --qw-housing-band-reference - Gauge band at or above the reference (default: #d3e4f4).
 * @cssprop --qw-housing-band-target - Gauge band where the target is reached (default: #a9cbea).
 * @cssprop --qw-housing-mark - Colour of the reference and target marks (default: the text colour).
 * @cssprop --qw-housing-gauge-height - Height of the gauge track (default: 2.25rem).
 * @cssprop --qw-housing-chart-height - Height of the projection chart (default: 9rem).
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
  static override styles = [...QwElement.styles, housingStyles];

  /** The stock period to show (an ISO 8601 period of `housing.stock`, e.g. `2021`); default: the latest, or the `group`'s period when the stock has it. */
  @property() period?: string;

  /** Years ahead for the expected stock, a whole number from 0 to 50 (default 10); 0 shows no projection. */
  @property({ type: Number }) horizon: number = DEFAULT_HORIZON;

  private readonly areaSort = new TableSortController(this);
  private cached?: { key: readonly unknown[]; model: HousingModel | undefined };

  // ------------------------------------------------------------------ data
  private get horizonYears(): number {
    return typeof this.horizon === 'number' ? this.horizon : DEFAULT_HORIZON;
  }

  private shownPeriod(housing: Housing): string | undefined {
    const periods = stockPeriods(housing);
    if (this.period) return periods.includes(this.period) ? this.period : undefined;
    const shared = this.groupState.period;
    if (shared && periods.includes(shared)) return shared;
    return periods.at(-1);
  }

  private model(document: ContractDocument): HousingModel | undefined {
    const housing = document.housing;
    if (!housing) return undefined;
    const period = this.shownPeriod(housing);
    const key = [document, period, this.horizonYears, this.language];
    if (this.cached && this.cached.key.every((k, i) => k === key[i])) return this.cached.model;
    const model = period ? housingModel(document, housing, { period, horizon: this.horizonYears, lang: this.language }) : undefined;
    this.cached = { key, model };
    return model;
  }

  // ------------------------------------------------------------------ texts and formats
  private tx(key: HousingTextKey | SharedKey, params?: Params): string {
    return housingText(this.language, key, params);
  }

  /** The shared texts, with this widget's wording where it says more (e.g. `empty`). */
  protected override t(key: SharedKey, params?: Params): string {
    return housingText(this.resolvedLang, key, params);
  }

  private count(value: number, unit?: string): string {
    return unit ? formatValue(this.language, value, unit, 0) : formatNumber(this.language, value, 0);
  }

  private gaugeText(model: HousingModel, value: number, decimals: number): string {
    return model.gauge.mode === 'share' ? formatPercent(this.language, value, decimals) : formatNumber(this.language, value, decimals);
  }

  private markLabel(mark: GaugeMark): string {
    if (mark.label) return mark.label;
    return mark.kind === 'target' ? this.tx('markTarget', { period: mark.period ? formatPeriod(this.language, mark.period) : '' }).trim() : mark.kind === 'need' ? this.tx('markNeed') : '';
  }

  private periodSpan(from: string | undefined, to: string): string {
    const end = formatPeriod(this.language, to);
    return from ? `${formatPeriod(this.language, from)}–${end}` : end;
  }

  // ------------------------------------------------------------------ base hooks
  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const housing = document.housing;
    if (!housing || housing.stock.length === 0) return null;
    const horizon = this.horizon;
    if (horizon !== null && horizon !== undefined && !(Number.isInteger(horizon) && horizon >= 0 && horizon <= MAX_HORIZON)) {
      return { code: 'config', title: this.tx('error.horizon', { max: MAX_HORIZON, found: this.getAttribute('horizon') ?? String(horizon) }), hint: this.tx('error.horizon.hint') };
    }
    if (this.period && !stockPeriods(housing).includes(this.period)) {
      const periods = stockPeriods(housing).map((p) => formatPeriod(this.language, p)).join(', ');
      return { code: 'config', title: this.tx('error.period', { period: this.period }), hint: this.tx('error.period.hint', { periods }) };
    }
    return null;
  }

  protected hasData(document: ContractDocument): boolean {
    return this.model(document) !== undefined;
  }

  protected defaultHeading(): string {
    return this.tx('title');
  }

  protected override subheading(document: ContractDocument): string {
    const model = this.model(document);
    return model ? this.tx('subtitle', { place: document.meta.municipality.name, period: formatPeriod(this.language, model.stock.period) }) : '';
  }

  protected override isExample(document: ContractDocument): boolean {
    return super.isExample(document) || this.model(document)?.example === true;
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const housing = document.housing;
    if (!housing?.source) return base;
    const sources = [{ title: housing.source, ...(housing.sourceUrl ? { url: housing.sourceUrl } : {}) }];
    if (housing.reference?.source && housing.reference.source !== housing.source) sources.push({ title: housing.reference.source });
    return { ...base, sources };
  }

  protected override readyKeys(): readonly string[] {
    return ['period', 'horizon', 'groupState'];
  }

  // ------------------------------------------------------------------ chart
  protected renderChart(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const wholeExample = document.meta.example === true || model.housing.example === true;
    return html`<div class="housing">
      ${this.renderGauge(model)} ${this.renderFigures(model)} ${this.renderProjection(model, wholeExample)} ${this.renderAreas(document, model)} ${this.renderSizes(model)}
    </div>`;
  }

  private renderGauge(model: HousingModel): TemplateResult {
    const { gauge } = model;
    const lang = this.language;
    const valueLabel = this.gaugeText(model, gauge.value, gauge.decimals);
    const valueText = [
      this.tx(gauge.mode === 'share' ? 'valueShare' : 'valueCount', { value: valueLabel }),
      ...gauge.marks.map((mark) => `${this.markLabel(mark)} ${this.gaugeText(model, mark.value, mark.decimals)}`),
    ].join(', ');
    const at = (value: number) => position(gauge.scale, value);
    const tickDecimals = Math.max(0, ...gauge.scale.ticks.map((t) => decimalsOf(t)));

    // Marks close to each other get their own line of labels.
    const placed: { mark: GaugeMark; left: number; row: number }[] = [];
    for (const mark of [...gauge.marks].sort((a, b) => a.value - b.value)) {
      const left = at(mark.value);
      const previous = placed.filter((p) => Math.abs(p.left - left) < LABEL_SPACING).map((p) => p.row);
      let row = 0;
      while (previous.includes(row)) row++;
      placed.push({ mark, left, row });
    }
    const rows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 0;
    const anchor = (left: number) => (left < 25 ? 'start' : left > 75 ? 'end' : 'middle');
    const bandLabel = (kind: string) => {
      const reference = gauge.marks.find((m) => m.kind === 'reference');
      const goal = gauge.marks.find((m) => m.kind === 'target') ?? gauge.marks.find((m) => m.kind === 'need');
      const referenceText = reference ? `${this.markLabel(reference)} (${this.gaugeText(model, reference.value, reference.decimals)})` : '';
      const goalText = goal ? (goal.kind === 'target' ? this.tx('theTarget') : this.markLabel(goal)) : '';
      switch (kind) {
        case 'below':
          return this.tx('band.below', { marks: [referenceText, goalText].filter(Boolean).join(` ${this.tx('and')} `) });
        case 'reference':
          return this.tx('band.reference', { reference: referenceText });
        case 'both':
          return referenceText ? this.tx('band.both', { reference: referenceText }) : this.tx('band.target');
        case 'target':
          return this.tx('band.target');
        default:
          return this.tx('band.neutral');
      }
    };
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
        aria-valuetext=${valueText}
      >
        <div class="mark-labels" ${cssomStyle({ '--_label-rows': String(rows) })} aria-hidden="true">
          ${placed.map(
            ({ mark, left, row }) =>
              html`<span class="mark-label ${mark.kind} ${anchor(left)}" ${cssomStyle({ 'inset-inline-start': `${left}%`, '--_row': String(row) })}
                >${this.markLabel(mark)}${NBSP}${this.gaugeText(model, mark.value, mark.decimals)}</span
              >`,
          )}
        </div>
        <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${gauge.bands.map((band) => svg`<rect class="band ${band.kind}" x=${at(band.from)} y="0" width=${at(band.to) - at(band.from)} height="10"></rect>`)}
          <rect class="value-bar" x="0" y="2.5" width=${at(gauge.value)} height="5"></rect>
          ${gauge.marks.map((mark) => svg`<line class="mark ${mark.kind}" x1=${at(mark.value)} x2=${at(mark.value)} y1="0" y2="10"></line>`)}
        </svg>
        <div class="ticks" aria-hidden="true">
          ${gauge.scale.ticks.map((tick) => html`<span class="tick ${anchor(at(tick))}" ${cssomStyle({ 'inset-inline-start': `${at(tick)}%` })}>${this.gaugeText(model, tick, tickDecimals)}</span>`)}
        </div>
      </div>
      <ul class="legend">
        <li><span class="swatch value" aria-hidden="true"></span>${this.tx('meterCount')} ${formatPeriod(lang, model.stock.period)}: ${valueLabel}</li>
        ${bandKinds.map((kind) => html`<li><span class="swatch band ${kind}" aria-hidden="true"></span>${bandLabel(kind)}</li>`)}
        ${gauge.marks.map(
          (mark) => html`<li><span class="swatch line ${mark.kind}" aria-hidden="true"></span>${this.markLabel(mark)}${mark.period && mark.kind === 'reference' ? ` (${formatPeriod(lang, mark.period)})` : ''}: ${this.gaugeText(model, mark.value, mark.decimals)}</li>`,
        )}
      </ul>
    </section>`;
  }

  private figureRows(model: HousingModel): FigureRow[] {
    const lang = this.language;
    const unit = model.housing.unit;
    const rows: FigureRow[] = [];
    const { stock } = model;
    rows.push({ key: 'stock', label: this.tx('meterCount'), period: stock.period, value: this.count(stock.value, unit), note: stock.note, example: stock.example === true });
    if (model.share !== undefined) {
      rows.push({ key: 'share', label: this.tx('colShare'), period: stock.period, value: formatPercent(lang, model.share, model.gauge.mode === 'share' ? model.gauge.decimals : 1), example: stock.example === true });
    }
    const reference = model.reference;
    if (reference) {
      const label = (lang === 'en' ? reference.labelEn : undefined) ?? reference.label;
      rows.push({ key: 'reference', label: this.tx('figureReference', { label }), period: reference.period ?? '', value: formatPercent(lang, reference.share, decimalsOf(reference.share)), example: false });
    }
    const target = model.target;
    if (target) {
      const parts = [target.share !== undefined ? formatPercent(lang, target.share, decimalsOf(target.share)) : '', target.value !== undefined ? this.count(target.value, unit) : ''].filter(Boolean);
      const label = (lang === 'en' ? (target.labelEn ?? target.label) : target.label) ?? this.tx('target');
      rows.push({ key: 'target', label, period: target.period, value: parts.join(' · '), note: target.note, example: target.example === true });
    }
    for (const need of model.need) {
      const fallback = need.kind === 'units' ? 'figureNeedUnits' : 'figureNeed';
      const label = (lang === 'en' ? (need.labelEn ?? need.label) : need.label) ?? this.tx(fallback);
      rows.push({ key: `need-${need.kind}`, label, period: need.period, value: need.kind === 'units' ? this.count(need.value, unit) : formatNumber(lang, need.value, 0), note: need.note, example: need.example === true });
    }
    for (const lost of model.lost) {
      rows.push({ key: `lost-${lost.period}`, label: this.tx('figureLost'), period: lost.from ? `${lost.from}/${lost.period}` : lost.period, value: this.count(lost.value, unit), note: lost.note, example: lost.example === true });
    }
    return rows;
  }

  private periodText(period: string): string {
    if (!period) return '';
    const [from, to] = period.split('/');
    return to ? this.periodSpan(from, to) : formatPeriod(this.language, period);
  }

  private renderFigures(model: HousingModel): TemplateResult {
    const rows = this.figureRows(model).filter((row) => row.key !== 'stock' && !(row.key === 'share' && model.gauge.mode === 'share'));
    if (rows.length === 0) return html``;
    return html`<dl class="figures" part="figures" aria-label=${this.tx('figures')}>
      ${rows.map(
        (row) => html`<div class="figure ${row.key}">
          <dt>${row.label}${row.period && !row.label.includes(this.periodText(row.period)) ? html` <span class="period">${this.periodText(row.period)}</span>` : nothing}</dt>
          <dd>${row.value}${row.example ? html` <span class="example-mark">${this.tx('example')}</span>` : nothing}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private totalsText(model: HousingModel): string[] {
    const { projection } = model;
    const lang = this.language;
    const year = String(projection.endYear);
    const sentences: string[] = [];
    const expiring = projection.totalExpiring;
    sentences.push(expiring === 0 ? this.tx('totalsExpiringNone', { year }) : expiring === 1 ? this.tx('totalsExpiringOne', { year }) : this.tx('totalsExpiring', { year, count: formatNumber(lang, expiring, 0) }));
    const additions = projection.totalAdditions;
    sentences.push(additions === 0 ? this.tx('totalsAdditionsNone') : additions === 1 ? this.tx('totalsAdditionsOne') : this.tx('totalsAdditions', { count: formatNumber(lang, additions, 0) }));
    const from = formatNumber(lang, projection.baseValue, 0);
    const to = formatNumber(lang, projection.finalStock, 0);
    const change = projection.baseValue > 0 ? `${formatSigned(lang, ((projection.finalStock - projection.baseValue) / projection.baseValue) * 100, 0)}${NBSP}%` : '';
    if (projection.finalStock < projection.baseValue) sentences.push(this.tx('totalsFalls', { from, to, change }));
    else if (projection.finalStock > projection.baseValue) sentences.push(this.tx('totalsRises', { from, to, change }));
    else sentences.push(this.tx('totalsSame', { from }));
    if (projection.beyond.expiring > 0) sentences.push(this.tx('totalsBeyond', { count: formatNumber(lang, projection.beyond.expiring, 0) }));
    return sentences;
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
    const columns = [
      // The axis names years; the counted column's exact date is in its title and the legend.
      { year: projection.baseYear, label: String(projection.baseYear), title: formatPeriod(lang, model.stock.period), stock: projection.baseValue, kind: 'counted', example: model.stock.example === true },
      ...projection.years.map((y) => ({ year: y.year, label: String(y.year), title: String(y.year), stock: y.stock, kind: y.example ? 'example' : 'expected', example: y.example })),
    ];
    const scale = gaugeScale(
      columns.map((c) => c.stock),
      0.05,
    );
    const height = (value: number) => position(scale, Math.max(0, value));
    const width = columns.length * 10;
    const baseY = 100 - height(projection.baseValue);
    const chartLabel = this.tx('projectionChart', {
      from: String(projection.baseYear),
      to: String(projection.endYear),
      start: this.count(projection.baseValue),
      end: this.count(projection.finalStock),
    });
    const showExampleMark = projection.example && !wholeExample;
    return html`<section class="projection" part="projection">
      <h3>${title}${showExampleMark ? html` <span class="example-mark" title=${this.tx('exampleHint')}>${this.tx('example')}</span>` : nothing}</h3>
      <p class="basis">${this.tx('projectionBasis')}</p>
      <div class="chart" ${cssomStyle({ '--_columns': String(columns.length) })}>
        <div class="y-axis" aria-hidden="true">
          ${scale.ticks.map((tick) => html`<span ${cssomStyle({ 'inset-block-end': `${position(scale, tick)}%` })}>${formatNumber(lang, tick, 0)}</span>`)}
        </div>
        <svg class="columns" viewBox="0 0 ${width} 100" preserveAspectRatio="none" role="img" aria-label=${chartLabel}>
          <defs>
            <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-background" width="4" height="4"></rect>
              <rect class="hatch-line" width="2" height="4"></rect>
            </pattern>
          </defs>
          ${scale.ticks.map((tick) => svg`<line class="grid" x1="0" x2=${width} y1=${100 - position(scale, tick)} y2=${100 - position(scale, tick)}></line>`)}
          ${columns.map(
            (c, i) => svg`<rect class="column ${c.kind}" x=${i * 10 + 1.5} y=${100 - height(c.stock)} width="7" height=${height(c.stock)}>
              <title>${this.tx('barTitle', { year: c.title, value: this.count(c.stock, model.housing.unit) })}</title>
            </rect>`,
          )}
          <line class="base-line" x1="0" x2=${width} y1=${baseY} y2=${baseY}></line>
        </svg>
        <div class="x-axis" aria-hidden="true">${columns.map((c) => html`<span>${c.label}</span>`)}</div>
      </div>
      <ul class="legend">
        <li><span class="swatch column counted" aria-hidden="true"></span>${this.tx('legendCounted', { period: formatPeriod(lang, model.stock.period) })}</li>
        ${columns.some((c) => c.kind === 'expected') ? html`<li><span class="swatch column expected" aria-hidden="true"></span>${this.tx('legendExpected')}</li>` : nothing}
        ${columns.some((c) => c.kind === 'example') ? html`<li><span class="swatch column example" aria-hidden="true"></span>${this.tx('legendExample')}</li>` : nothing}
        <li><span class="swatch line base" aria-hidden="true"></span>${this.tx('legendBase', { period: formatPeriod(lang, model.stock.period) })}</li>
      </ul>
      <p class="totals">${this.totalsText(model).join(' ')}</p>
      ${model.lost.map((lost) => html`<p class="lost">${this.lostText(lost.from, lost.period, lost.value)}</p>`)}
      ${projection.example ? html`<p class="example-note">${this.tx('projectionExample')}</p>` : nothing}
    </section>`;
  }

  private lostText(from: string | undefined, period: string, value: number): string {
    const count = formatNumber(this.language, value, 0);
    return from ? this.tx('lostSpan', { from: formatPeriod(this.language, from), to: formatPeriod(this.language, period), count }) : this.tx('lostOne', { period: formatPeriod(this.language, period), count });
  }

  private shareDecimals(entries: readonly (HousingArea | HousingSize)[], field: 'share' | 'shareOfTotal'): number {
    return Math.max(0, ...entries.map((e) => ((e as Record<string, unknown>)[field] as number | undefined)).filter((v): v is number => typeof v === 'number').map(decimalsOf));
  }

  private areaFigures(row: AreaRow, model: HousingModel): { main: string; extra: string[] } {
    const lang = this.language;
    const entries = model.areas.rows.map((r) => r.entry);
    const { entry } = row;
    const totalDecimals = this.shareDecimals(entries, 'shareOfTotal');
    const shareDecimals = this.shareDecimals(entries, 'share');
    const hasCount = entry.value !== undefined || entry.status !== undefined;
    const main = hasCount ? formatEntry(lang, { value: entry.value ?? null, status: entry.status }, model.housing.unit, 0) : '';
    const extra: string[] = [];
    if (entry.shareOfTotal !== undefined) extra.push(this.tx('ofSubsidised', { share: formatPercent(lang, entry.shareOfTotal, totalDecimals) }));
    if (entry.share !== undefined) extra.push(this.tx('ofAreaStock', { share: formatPercent(lang, entry.share, shareDecimals) }));
    return main ? { main, extra } : { main: extra[0] ?? this.tx('noValue'), extra: extra.slice(1) };
  }

  private toggleArea(id: string): void {
    this.selectArea(this.groupState.areaId === id ? null : id);
  }

  private renderAreas(document: ContractDocument, model: HousingModel): TemplateResult {
    const { areas } = model;
    if (areas.rows.length === 0 || !areas.period) return html``;
    const lang = this.language;
    const period = formatPeriod(lang, areas.period);
    const levelLabel = areas.level ? ((lang === 'en' ? areas.level.labelEn : undefined) ?? areas.level.label) : undefined;
    const selectedId = this.groupState.areaId ?? undefined;
    const selectedRow = selectedId ? areas.rows.find((r) => r.entry.area === selectedId) : undefined;
    let selection = '';
    if (selectedRow) {
      const { main, extra } = this.areaFigures(selectedRow, model);
      selection = `${this.tx('areaSelected', { name: selectedRow.name })}: ${[main, ...extra].join(', ')}`;
    } else if (selectedId) {
      selection = this.tx('areaNoData', { name: areaName(document, areas.level, selectedId) });
    }
    return html`<section class="areas" part="areas">
      <h3>${levelLabel ? this.tx('areasTitle', { level: levelLabel, period }) : this.tx('areasTitleNoLevel', { period })}</h3>
      <p class="selection" aria-live="polite">${selection}</p>
      <ul class="bars">
        ${areas.rows.map((row) => {
          const { main, extra } = this.areaFigures(row, model);
          const selected = row.entry.area === selectedId;
          return html`<li>
            <button type="button" class="row ${selected ? 'selected' : ''}" aria-pressed=${selected ? 'true' : 'false'} data-area=${row.entry.area} @click=${() => this.toggleArea(row.entry.area)}>
              <span class="label">${row.name}</span>
              <span class="bar-track" aria-hidden="true"><span class="bar-fill ${row.entry.example ? 'example' : ''}" ${cssomStyle({ 'inline-size': `${areas.max > 0 && row.measure !== null ? (row.measure / areas.max) * 100 : 0}%` })}></span></span>
              <span class="value">${main}${extra.length ? html` <span class="extra">${extra.join(' · ')}</span>` : nothing}</span>
            </button>
          </li>`;
        })}
      </ul>
      <p class="hint">${this.tx('areasHint')}</p>
    </section>`;
  }

  private sizeFigure(row: SizeRow, model: HousingModel): string {
    const lang = this.language;
    const { entry } = row;
    const decimals = this.shareDecimals(
      model.sizes.rows.map((r) => r.entry),
      'share',
    );
    const parts: string[] = [];
    if (entry.value !== undefined || entry.status !== undefined) parts.push(formatEntry(lang, { value: entry.value ?? null, status: entry.status }, model.housing.unit, 0));
    if (entry.share !== undefined) parts.push(formatPercent(lang, entry.share, decimals));
    return parts.join(' · ') || this.tx('noValue');
  }

  private renderSizes(model: HousingModel): TemplateResult {
    const { sizes } = model;
    if (sizes.rows.length === 0 || !sizes.period) return html``;
    const lang = this.language;
    const decimals = this.shareDecimals(
      sizes.rows.map((r) => r.entry),
      'share',
    );
    const barWidth = (value: number | null) => cssomStyle({ 'inline-size': `${sizes.max > 0 && value !== null ? (value / sizes.max) * 100 : 0}%` });
    return html`<section class="sizes" part="sizes">
      <h3>${this.tx('sizesTitle', { period: formatPeriod(lang, sizes.period) })}</h3>
      <ul class="bars">
        ${sizes.rows.map(
          (row) => html`<li class="row">
            <span class="label">${row.label}</span>
            <span class="bar-track" aria-hidden="true"><span class="bar-fill ${row.entry.example ? 'example' : ''}" ${barWidth(row.measure)}></span></span>
            <span class="value">${this.sizeFigure(row, model)}</span>
          </li>`,
        )}
        ${sizes.remainder !== undefined
          ? html`<li class="row remainder">
              <span class="label">${this.tx('sizesRemainder')}</span>
              <span class="bar-track" aria-hidden="true"><span class="bar-fill" ${barWidth(sizes.remainder)}></span></span>
              <span class="value">${formatPercent(lang, sizes.remainder, decimals)}</span>
            </li>`
          : nothing}
      </ul>
    </section>`;
  }

  // ------------------------------------------------------------------ table
  protected renderTable(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const lang = this.language;
    const exampleSuffix = (example: boolean) => (example ? ` (${this.tx('exampleRow')})` : '');

    const figureColumns: Column<FigureRow>[] = [
      { key: 'label', label: this.tx('colFigure'), sortValue: (r) => r.label, rowHeader: true },
      { key: 'period', label: this.tx('colPeriod'), sortValue: (r) => r.period, render: (r) => this.periodText(r.period) },
      { key: 'value', label: this.tx('colValue'), sortValue: (r) => r.value, render: (r) => `${r.value}${exampleSuffix(r.example)}`, numeric: true },
      { key: 'note', label: this.tx('colNote'), sortValue: (r) => r.note ?? '' },
    ];
    const figures = renderTable({ lang, caption: this.tx('tableFigures'), columns: figureColumns, rows: this.figureRows(model) });

    const { projection } = model;
    type ProjectionRow = { year: string; expiring: number | null; additions: number | null; stock: number; example: boolean };
    const projectionRows: ProjectionRow[] = [
      { year: `${formatPeriod(lang, model.stock.period)} (${this.tx('counted')})`, expiring: null, additions: null, stock: projection.baseValue, example: model.stock.example === true },
      ...projection.years.map((y) => ({ year: String(y.year), expiring: y.expiring, additions: y.additions, stock: y.stock, example: y.example })),
    ];
    const projectionColumns: Column<ProjectionRow>[] = [
      { key: 'year', label: this.tx('colYear'), sortValue: (r) => r.year, render: (r) => `${r.year}${exampleSuffix(r.example)}`, rowHeader: true },
      { key: 'expiring', label: this.tx('colExpiring'), sortValue: (r) => r.expiring, render: (r) => (r.expiring === null ? '' : formatNumber(lang, r.expiring, 0)), numeric: true },
      { key: 'additions', label: this.tx('colAdditions'), sortValue: (r) => r.additions, render: (r) => (r.additions === null ? '' : formatNumber(lang, r.additions, 0)), numeric: true },
      { key: 'stock', label: this.tx('colStock'), sortValue: (r) => r.stock, render: (r) => formatNumber(lang, r.stock, 0), numeric: true },
    ];
    const projectionTable =
      projection.hasEntries && projection.years.length
        ? renderTable({ lang, caption: this.tx('tableProjection', { from: String(projection.baseYear), to: String(projection.endYear) }), columns: projectionColumns, rows: projectionRows })
        : nothing;

    const { areas, sizes } = model;
    const areaEntries = areas.rows.map((r) => r.entry);
    const areaColumns: Column<AreaRow>[] = [
      { key: 'name', label: this.tx('colArea'), sortValue: (r) => r.name, render: (r) => `${r.name}${exampleSuffix(r.entry.example === true)}`, rowHeader: true },
    ];
    if (areaEntries.some((e) => e.value !== undefined || e.status !== undefined)) {
      areaColumns.push({
        key: 'value',
        label: this.tx('colUnits', { unit: model.housing.unit }),
        sortValue: (r) => (r.entry.value === undefined || r.measure === null ? null : (r.entry.value ?? null)),
        render: (r) => (r.entry.value !== undefined || r.entry.status !== undefined ? formatEntry(lang, { value: r.entry.value ?? null, status: r.entry.status }, '', 0) : ''),
        numeric: true,
      });
    }
    for (const field of ['shareOfTotal', 'share'] as const) {
      if (!areaEntries.some((e) => e[field] !== undefined)) continue;
      const decimals = this.shareDecimals(areaEntries, field);
      areaColumns.push({
        key: field,
        label: this.tx(field === 'share' ? 'colShare' : 'colShareOfTotal'),
        sortValue: (r) => r.entry[field] ?? null,
        render: (r) => (r.entry[field] === undefined ? '' : formatPercent(lang, r.entry[field], decimals)),
        numeric: true,
      });
    }
    if (areaEntries.some((e) => e.note)) areaColumns.push({ key: 'note', label: this.tx('colNote'), sortValue: (r) => r.entry.note ?? '' });
    const areaTable =
      areas.rows.length && areas.period
        ? renderTable({
            lang,
            caption: this.tx('tableAreas', { period: formatPeriod(lang, areas.period) }),
            columns: areaColumns,
            rows: areas.rows,
            sort: this.areaSort,
            rowClass: (r) => (r.entry.area === this.groupState.areaId ? 'selected' : ''),
          })
        : nothing;

    const sizeEntries = sizes.rows.map((r) => r.entry);
    const sizeColumns: Column<SizeRow>[] = [{ key: 'size', label: this.tx('colSize'), sortValue: (r) => r.label, render: (r) => `${r.label}${exampleSuffix(r.entry.example === true)}`, rowHeader: true }];
    if (sizeEntries.some((e) => e.value !== undefined || e.status !== undefined)) {
      sizeColumns.push({
        key: 'value',
        label: this.tx('colUnits', { unit: model.housing.unit }),
        sortValue: (r) => (r.measure === null ? null : (r.entry.value ?? null)),
        render: (r) => (r.entry.value !== undefined || r.entry.status !== undefined ? formatEntry(lang, { value: r.entry.value ?? null, status: r.entry.status }, '', 0) : ''),
        numeric: true,
      });
    }
    if (sizeEntries.some((e) => e.share !== undefined)) {
      const decimals = this.shareDecimals(sizeEntries, 'share');
      sizeColumns.push({ key: 'share', label: this.tx('colSizeShare'), sortValue: (r) => r.entry.share ?? null, render: (r) => (r.entry.share === undefined ? '' : formatPercent(lang, r.entry.share, decimals)), numeric: true });
    }
    if (sizeEntries.some((e) => e.note)) sizeColumns.push({ key: 'note', label: this.tx('colNote'), sortValue: (r) => r.entry.note ?? '' });
    const sizeTable =
      sizes.rows.length && sizes.period ? renderTable({ lang, caption: this.tx('tableSizes', { period: formatPeriod(lang, sizes.period) }), columns: sizeColumns, rows: sizes.rows }) : nothing;

    return html`<div class="tables">${figures} ${projectionTable} ${areaTable} ${sizeTable}</div>`;
  }

  // ------------------------------------------------------------------ summary
  protected summary(document: ContractDocument): string {
    const model = this.model(document);
    if (!model) return '';
    const lang = this.language;
    const place = document.meta.municipality.name;
    const period = formatPeriod(lang, model.stock.period);
    const count = formatNumber(lang, model.stock.value, 0);
    const sentences = [
      model.share !== undefined
        ? this.tx('summaryStockShare', { place, period, count, share: formatPercent(lang, model.share, model.gauge.mode === 'share' ? model.gauge.decimals : 1) })
        : this.tx('summaryStockCount', { place, period, count }),
    ];
    const reference = model.reference;
    if (reference) sentences.push(this.tx('summaryReference', { label: (lang === 'en' ? reference.labelEn : undefined) ?? reference.label, share: formatPercent(lang, reference.share, decimalsOf(reference.share)) }));
    const targetMark = model.gauge.marks.find((m) => m.kind === 'target');
    if (targetMark && model.target) sentences.push(this.tx('summaryTarget', { period: formatPeriod(lang, model.target.period), value: this.gaugeText(model, targetMark.value, targetMark.decimals) }));
    for (const need of model.need) {
      const label = (lang === 'en' ? (need.labelEn ?? need.label) : need.label) ?? this.tx(need.kind === 'units' ? 'figureNeedUnits' : 'figureNeed');
      sentences.push(this.tx('summaryNeed', { label, count: formatNumber(lang, need.value, 0) }));
    }
    for (const lost of model.lost) sentences.push(this.lostText(lost.from, lost.period, lost.value));
    if (model.projection.years.length && model.projection.hasEntries) sentences.push(...this.totalsText(model));
    const largest = model.areas.rows[0];
    if (largest && largest.measure !== null) {
      const { main, extra } = this.areaFigures(largest, model);
      sentences.push(this.tx('summaryLargestArea', { name: largest.name, value: [main, ...extra].join(', ') }));
    }
    return sentences.join(' ');
  }
}

