/**
 * What the housing gauge says in words and rows: the gauge's values and marks, the key figures,
 * the projection in sentences, the area and size figures, the screen-reader summary and the
 * table columns. Pure functions over the housing model; no DOM.
 */
import type { ContractDocument } from '../../contract/schema.ts';
import type { HousingArea, HousingLost, HousingSize } from '../../contract/housing.schema.ts';
import { areaName } from '../../contract/areas.ts';
import { wholePhrases } from '../../contract/municipality.ts';
import { formatEntry, formatNumber, formatPercent, formatPeriod, formatSigned, formatValue } from '../../shared/format.ts';
import { localized, type Lang } from '../../shared/i18n.ts';
import type { Column } from '../../shared/table.ts';
import { decimalsOf, type AreaBreakdown, type AreaRow, type GaugeMark, type HousingModel, type SizeRow } from './model/housing-model.ts';
import { text } from './housing-gauge.texts.ts';

const NBSP = '\u00a0';

/** A count of dwellings, with the data's unit when it has one: `1.743 WE`. */
export function countText(lang: Lang, value: number, unit?: string): string {
  return unit ? formatValue(lang, value, unit, 0) : formatNumber(lang, value, 0);
}

/** A value on the gauge's scale: a percentage on a share gauge, a count on a count gauge. */
export function gaugeText(lang: Lang, model: HousingModel, value: number, decimals: number): string {
  return model.gauge.mode === 'share' ? formatPercent(lang, value, decimals) : formatNumber(lang, value, decimals);
}

/** A mark's name: the data's label, else `Ziel 2030` or `Bedarf`. */
export function markLabel(lang: Lang, mark: GaugeMark): string {
  if (mark.label) return mark.label;
  if (mark.kind === 'target') return text(lang, 'markTarget', { period: mark.period ? formatPeriod(lang, mark.period) : '' }).trim();
  return mark.kind === 'need' ? text(lang, 'markNeed') : '';
}

/** A mark with its value, as its label on the track: `NRW 9,3 %`. */
export function markText(lang: Lang, model: HousingModel, mark: GaugeMark): string {
  return `${markLabel(lang, mark)}${NBSP}${gaugeText(lang, model, mark.value, mark.decimals)}`;
}

/** The meter's `aria-valuetext`: the value, then every mark with its value. */
export function meterValueText(lang: Lang, model: HousingModel): string {
  const { gauge } = model;
  const value = gaugeText(lang, model, gauge.value, gauge.decimals);
  return [
    text(lang, gauge.mode === 'share' ? 'valueShare' : 'valueCount', { value }),
    ...gauge.marks.map((mark) => `${markLabel(lang, mark)} ${gaugeText(lang, model, mark.value, mark.decimals)}`),
  ].join(', ');
}

/** What a coloured band of the track means, in the legend: `unter NRW (9,3 %) und dem Ziel`. */
export function bandLabel(lang: Lang, model: HousingModel, kind: string): string {
  const { marks } = model.gauge;
  const reference = marks.find((m) => m.kind === 'reference');
  const goal = marks.find((m) => m.kind === 'target') ?? marks.find((m) => m.kind === 'need');
  const referenceText = reference ? `${markLabel(lang, reference)} (${gaugeText(lang, model, reference.value, reference.decimals)})` : '';
  const goalText = goal ? (goal.kind === 'target' ? text(lang, 'theTarget') : markLabel(lang, goal)) : '';
  switch (kind) {
    case 'below':
      return text(lang, 'band.below', { marks: [referenceText, goalText].filter(Boolean).join(` ${text(lang, 'and')} `) });
    case 'reference':
      return text(lang, 'band.reference', { reference: referenceText });
    case 'both':
      return referenceText ? text(lang, 'band.both', { reference: referenceText }) : text(lang, 'band.target');
    case 'target':
      return text(lang, 'band.target');
    default:
      return text(lang, 'band.neutral');
  }
}

/** A legend entry for a mark: `NRW (2021): 9,3 %` (only the reference names its period). */
export function markLegendText(lang: Lang, model: HousingModel, mark: GaugeMark): string {
  const period = mark.period && mark.kind === 'reference' ? ` (${formatPeriod(lang, mark.period)})` : '';
  return `${markLabel(lang, mark)}${period}: ${gaugeText(lang, model, mark.value, mark.decimals)}`;
}

/** A period, or a span written `from/to` (`2016/2020` → `2016–2020`). */
export function periodText(lang: Lang, period: string): string {
  if (!period) return '';
  const [from, to] = period.split('/');
  if (!to) return formatPeriod(lang, period);
  const end = formatPeriod(lang, to);
  return from ? `${formatPeriod(lang, from)}–${end}` : end;
}

export interface FigureRow {
  readonly key: string;
  readonly label: string;
  /** A period, or a span `from/to`; empty when the data name none. */
  readonly period: string;
  readonly value: string;
  readonly note?: string | undefined;
  readonly example: boolean;
}

/** The key figures: stock, share, reference, target, needs and what left its commitments. */
export function figureRows(lang: Lang, model: HousingModel): FigureRow[] {
  const unit = model.housing.unit;
  const { stock, reference, target } = model;
  const rows: FigureRow[] = [{ key: 'stock', label: text(lang, 'meterCount'), period: stock.period, value: countText(lang, stock.value, unit), note: stock.note, example: stock.example === true }];
  if (model.share !== undefined) {
    rows.push({ key: 'share', label: text(lang, 'colShare'), period: stock.period, value: formatPercent(lang, model.share, shareDecimals(model)), example: stock.example === true });
  }
  if (reference) {
    const label = localized(lang, reference.label, reference.labelEn);
    rows.push({ key: 'reference', label: text(lang, 'figureReference', { label }), period: reference.period ?? '', value: formatPercent(lang, reference.share, decimalsOf(reference.share)), example: false });
  }
  if (target) {
    const parts = [target.share !== undefined ? formatPercent(lang, target.share, decimalsOf(target.share)) : '', target.value !== undefined ? countText(lang, target.value, unit) : ''].filter(Boolean);
    rows.push({ key: 'target', label: localized(lang, target.label, target.labelEn) ?? text(lang, 'target'), period: target.period, value: parts.join(' · '), note: target.note, example: target.example === true });
  }
  for (const need of model.need) {
    const label = localized(lang, need.label, need.labelEn) ?? text(lang, need.kind === 'units' ? 'figureNeedUnits' : 'figureNeed');
    rows.push({ key: `need-${need.kind}`, label, period: need.period, value: need.kind === 'units' ? countText(lang, need.value, unit) : formatNumber(lang, need.value, 0), note: need.note, example: need.example === true });
  }
  for (const lost of model.lost) {
    rows.push({ key: `lost-${lost.period}`, label: text(lang, 'figureLost'), period: lost.from ? `${lost.from}/${lost.period}` : lost.period, value: countText(lang, lost.value, unit), note: lost.note, example: lost.example === true });
  }
  return rows;
}

/** Decimals of the stock's share: as the gauge shows it, one place when the gauge counts. */
function shareDecimals(model: HousingModel): number {
  return model.gauge.mode === 'share' ? model.gauge.decimals : 1;
}

/** `Von 2016 bis 2020 sind 206 Wohnungen aus der Bindung gefallen.` */
export function lostText(lang: Lang, lost: Pick<HousingLost, 'from' | 'period' | 'value'>): string {
  const count = formatNumber(lang, lost.value, 0);
  const period = formatPeriod(lang, lost.period);
  return lost.from ? text(lang, 'lostSpan', { from: formatPeriod(lang, lost.from), to: period, count }) : text(lang, 'lostOne', { period, count });
}

/** The projection in sentences: what leaves, what is added, where the stock ends, what lies beyond. */
export function totalsText(lang: Lang, model: HousingModel): string[] {
  const { projection } = model;
  const year = String(projection.endYear);
  const count = (value: number) => formatNumber(lang, value, 0);
  const sentences: string[] = [];
  const expiring = projection.totalExpiring;
  sentences.push(expiring === 0 ? text(lang, 'totalsExpiringNone', { year }) : expiring === 1 ? text(lang, 'totalsExpiringOne', { year }) : text(lang, 'totalsExpiring', { year, count: count(expiring) }));
  const additions = projection.totalAdditions;
  sentences.push(additions === 0 ? text(lang, 'totalsAdditionsNone') : additions === 1 ? text(lang, 'totalsAdditionsOne') : text(lang, 'totalsAdditions', { count: count(additions) }));
  const from = count(projection.baseValue);
  const to = count(projection.finalStock);
  const change = projection.baseValue > 0 ? `${formatSigned(lang, ((projection.finalStock - projection.baseValue) / projection.baseValue) * 100, 0)}${NBSP}%` : '';
  if (projection.finalStock < projection.baseValue) sentences.push(text(lang, 'totalsFalls', { from, to, change }));
  else if (projection.finalStock > projection.baseValue) sentences.push(text(lang, 'totalsRises', { from, to, change }));
  else sentences.push(text(lang, 'totalsSame', { from }));
  if (projection.beyond.expiring > 0) sentences.push(text(lang, 'totalsBeyond', { count: count(projection.beyond.expiring) }));
  return sentences;
}

/** The column chart's accessible name: years and the stock at both ends. */
export function projectionChartLabel(lang: Lang, model: HousingModel): string {
  const { projection } = model;
  return text(lang, 'projectionChart', { from: String(projection.baseYear), to: String(projection.endYear), start: countText(lang, projection.baseValue), end: countText(lang, projection.finalStock) });
}

/** Decimals of a breakdown's shares: as many as the data's most precise share, at most two. */
export function breakdownDecimals(entries: readonly (HousingArea | HousingSize)[], field: 'share' | 'shareOfTotal'): number {
  const shares = entries.map((e) => (e as Partial<Record<typeof field, number>>)[field]).filter((v): v is number => typeof v === 'number');
  return Math.max(0, ...shares.map(decimalsOf));
}

/** An area's count (`436 WE (geschätzt)`) and its shares in words; the first share stands in for a missing count. */
export function areaFigures(lang: Lang, model: HousingModel, row: AreaRow): { main: string; extra: string[] } {
  const entries = model.areas.rows.map((r) => r.entry);
  const { entry } = row;
  const hasCount = entry.value !== undefined || entry.status !== undefined;
  const main = hasCount ? formatEntry(lang, { value: entry.value ?? null, status: entry.status }, model.housing.unit, 0) : '';
  const extra: string[] = [];
  if (entry.shareOfTotal !== undefined) extra.push(text(lang, 'ofSubsidised', { share: formatPercent(lang, entry.shareOfTotal, breakdownDecimals(entries, 'shareOfTotal')) }));
  if (entry.share !== undefined) extra.push(text(lang, 'ofAreaStock', { share: formatPercent(lang, entry.share, breakdownDecimals(entries, 'share')) }));
  return main ? { main, extra } : { main: extra[0] ?? text(lang, 'noValue'), extra: extra.slice(1) };
}

/** The heading of the breakdown by area: `Nach Gebieten: Sozialräume (2021)`. */
export function areasTitle(lang: Lang, areas: AreaBreakdown): string {
  const period = areas.period ? formatPeriod(lang, areas.period) : '';
  const level = areas.level ? localized(lang, areas.level.label, areas.level.labelEn) : undefined;
  return level ? text(lang, 'areasTitle', { level, period }) : text(lang, 'areasTitleNoLevel', { period });
}

/** What the live region says about the group's selected area: its figures, or that the data have none. */
export function selectionText(lang: Lang, document: ContractDocument, model: HousingModel, selectedId: string | undefined): string {
  if (!selectedId) return '';
  const row = model.areas.rows.find((r) => r.entry.area === selectedId);
  if (!row) return text(lang, 'areaNoData', { name: areaName(document, model.areas.level, selectedId) });
  const { main, extra } = areaFigures(lang, model, row);
  return `${text(lang, 'areaSelected', { name: row.name })}: ${[main, ...extra].join(', ')}`;
}

/** A flat size's count and share: `250 WE · 25 %`. */
export function sizeFigure(lang: Lang, model: HousingModel, row: SizeRow): string {
  const { entry } = row;
  const parts: string[] = [];
  if (entry.value !== undefined || entry.status !== undefined) parts.push(formatEntry(lang, { value: entry.value ?? null, status: entry.status }, model.housing.unit, 0));
  if (entry.share !== undefined) parts.push(formatPercent(lang, entry.share, breakdownDecimals(model.sizes.rows.map((r) => r.entry), 'share')));
  return parts.join(' · ') || text(lang, 'noValue');
}

/** The share of the sizes the data leave unlisted. */
export function sizeRemainderText(lang: Lang, model: HousingModel): string {
  const { sizes } = model;
  return sizes.remainder === undefined ? '' : formatPercent(lang, sizes.remainder, breakdownDecimals(sizes.rows.map((r) => r.entry), 'share'));
}

/** The screen-reader summary: stock, reference, target, needs, losses, the projection and the largest area. */
export function gaugeSummary(lang: Lang, document: ContractDocument, model: HousingModel): string {
  // "im Kreis Wesel", not "in Kreis Wesel": the place comes declined from the publishing body.
  const place = wholePhrases(document.meta, lang).inPlace;
  const period = formatPeriod(lang, model.stock.period);
  const count = formatNumber(lang, model.stock.value, 0);
  const sentences = [
    model.share !== undefined ? text(lang, 'summaryStockShare', { place, period, count, share: formatPercent(lang, model.share, shareDecimals(model)) }) : text(lang, 'summaryStockCount', { place, period, count }),
  ];
  const { reference, target } = model;
  if (reference) sentences.push(text(lang, 'summaryReference', { label: localized(lang, reference.label, reference.labelEn), share: formatPercent(lang, reference.share, decimalsOf(reference.share)) }));
  const targetMark = model.gauge.marks.find((m) => m.kind === 'target');
  if (targetMark && target) sentences.push(text(lang, 'summaryTarget', { period: formatPeriod(lang, target.period), value: gaugeText(lang, model, targetMark.value, targetMark.decimals) }));
  for (const need of model.need) {
    const label = localized(lang, need.label, need.labelEn) ?? text(lang, need.kind === 'units' ? 'figureNeedUnits' : 'figureNeed');
    sentences.push(text(lang, 'summaryNeed', { label, count: formatNumber(lang, need.value, 0) }));
  }
  for (const lost of model.lost) sentences.push(lostText(lang, lost));
  if (model.projection.years.length && model.projection.hasEntries) sentences.push(...totalsText(lang, model));
  const largest = model.areas.rows[0];
  if (largest && largest.measure !== null) {
    const { main, extra } = areaFigures(lang, model, largest);
    sentences.push(text(lang, 'summaryLargestArea', { name: largest.name, value: [main, ...extra].join(', ') }));
  }
  return sentences.join(' ');
}

// ------------------------------------------------------------------------------ tables

const exampleSuffix = (lang: Lang, example: boolean): string => (example ? ` (${text(lang, 'exampleRow')})` : '');

export function figureColumns(lang: Lang): Column<FigureRow>[] {
  return [
    { key: 'label', label: text(lang, 'colFigure'), sortValue: (r) => r.label, rowHeader: true },
    { key: 'period', label: text(lang, 'colPeriod'), sortValue: (r) => r.period, render: (r) => periodText(lang, r.period) },
    { key: 'value', label: text(lang, 'colValue'), sortValue: (r) => r.value, render: (r) => `${r.value}${exampleSuffix(lang, r.example)}`, numeric: true },
    { key: 'note', label: text(lang, 'colNote'), sortValue: (r) => r.note ?? '' },
  ];
}

export interface ProjectionRow {
  readonly year: string;
  readonly expiring: number | null;
  readonly additions: number | null;
  readonly stock: number;
  readonly example: boolean;
}

/** The counted stock, then one row per projected year. */
export function projectionRows(lang: Lang, model: HousingModel): ProjectionRow[] {
  const { projection, stock } = model;
  return [
    { year: `${formatPeriod(lang, stock.period)} (${text(lang, 'counted')})`, expiring: null, additions: null, stock: projection.baseValue, example: stock.example === true },
    ...projection.years.map((y) => ({ year: String(y.year), expiring: y.expiring, additions: y.additions, stock: y.stock, example: y.example })),
  ];
}

export function projectionColumns(lang: Lang): Column<ProjectionRow>[] {
  const count = (value: number | null) => (value === null ? '' : formatNumber(lang, value, 0));
  return [
    { key: 'year', label: text(lang, 'colYear'), sortValue: (r) => r.year, render: (r) => `${r.year}${exampleSuffix(lang, r.example)}`, rowHeader: true },
    { key: 'expiring', label: text(lang, 'colExpiring'), sortValue: (r) => r.expiring, render: (r) => count(r.expiring), numeric: true },
    { key: 'additions', label: text(lang, 'colAdditions'), sortValue: (r) => r.additions, render: (r) => count(r.additions), numeric: true },
    { key: 'stock', label: text(lang, 'colStock'), sortValue: (r) => r.stock, render: (r) => count(r.stock), numeric: true },
  ];
}

/** A breakdown entry's count in a table cell: the number, or the status in words; empty without either. */
function entryCount(lang: Lang, entry: HousingArea | HousingSize): string {
  return entry.value !== undefined || entry.status !== undefined ? formatEntry(lang, { value: entry.value ?? null, status: entry.status }, '', 0) : '';
}

const hasCount = (entry: HousingArea | HousingSize): boolean => entry.value !== undefined || entry.status !== undefined;

/** The area table's columns: only those the data fill. */
export function areaColumns(lang: Lang, model: HousingModel): Column<AreaRow>[] {
  const entries = model.areas.rows.map((r) => r.entry);
  const columns: Column<AreaRow>[] = [{ key: 'name', label: text(lang, 'colArea'), sortValue: (r) => r.name, render: (r) => `${r.name}${exampleSuffix(lang, r.entry.example === true)}`, rowHeader: true }];
  if (entries.some(hasCount)) {
    columns.push({
      key: 'value',
      label: text(lang, 'colUnits', { unit: model.housing.unit }),
      sortValue: (r) => (r.entry.value === undefined || r.measure === null ? null : (r.entry.value ?? null)),
      render: (r) => entryCount(lang, r.entry),
      numeric: true,
    });
  }
  for (const field of ['shareOfTotal', 'share'] as const) {
    if (!entries.some((e) => e[field] !== undefined)) continue;
    const decimals = breakdownDecimals(entries, field);
    columns.push({
      key: field,
      label: text(lang, field === 'share' ? 'colShare' : 'colShareOfTotal'),
      sortValue: (r) => r.entry[field] ?? null,
      render: (r) => (r.entry[field] === undefined ? '' : formatPercent(lang, r.entry[field], decimals)),
      numeric: true,
    });
  }
  if (entries.some((e) => e.note)) columns.push({ key: 'note', label: text(lang, 'colNote'), sortValue: (r) => r.entry.note ?? '' });
  return columns;
}

/** The size table's rows: the published sizes, then the unlisted rest that the chart shows too. */
export function sizeTableRows(lang: Lang, model: HousingModel): SizeRow[] {
  const { sizes } = model;
  if (sizes.remainder === undefined || !sizes.period) return [...sizes.rows];
  const label = text(lang, 'sizesRemainder');
  return [...sizes.rows, { entry: { size: label, period: sizes.period, share: sizes.remainder }, label, measure: sizes.remainder }];
}

/** The size table's columns: only those the data fill. */
export function sizeColumns(lang: Lang, model: HousingModel): Column<SizeRow>[] {
  const entries = model.sizes.rows.map((r) => r.entry);
  const columns: Column<SizeRow>[] = [{ key: 'size', label: text(lang, 'colSize'), sortValue: (r) => r.label, render: (r) => `${r.label}${exampleSuffix(lang, r.entry.example === true)}`, rowHeader: true }];
  if (entries.some(hasCount)) {
    columns.push({ key: 'value', label: text(lang, 'colUnits', { unit: model.housing.unit }), sortValue: (r) => (r.measure === null ? null : (r.entry.value ?? null)), render: (r) => entryCount(lang, r.entry), numeric: true });
  }
  if (entries.some((e) => e.share !== undefined)) {
    const decimals = breakdownDecimals(entries, 'share');
    columns.push({ key: 'share', label: text(lang, 'colSizeShare'), sortValue: (r) => r.entry.share ?? null, render: (r) => (r.entry.share === undefined ? '' : formatPercent(lang, r.entry.share, decimals)), numeric: true });
  }
  if (entries.some((e) => e.note)) columns.push({ key: 'note', label: text(lang, 'colNote'), sortValue: (r) => r.entry.note ?? '' });
  return columns;
}
