/**
 * What `<qw-housing-gauge>` shows, derived from the contract without any rendering: the stock
 * entry for the chosen period, the gauge's scale and marks, the projection, and the breakdowns
 * that belong to that period. Pure functions, so the element stays thin and this stays testable.
 */
import type { AreaLevel, ContractDocument } from '../../../contract/schema.ts';
import { areaName, areaNames } from '../../../contract/areas.ts';
import { parsePeriod, sortPeriods } from '../../../contract/period.ts';
import type { Housing, HousingArea, HousingLost, HousingNeed, HousingReference, HousingSize, HousingStock, HousingTarget } from '../../../contract/housing.schema.ts';
import { localized, type Lang } from '../../../shared/i18n.ts';
import { gaugeBands, gaugeScale, type Band, type GaugeScale } from './gauge-geometry.ts';
import { projectStock, type Projection } from './projection.ts';

/** More decimals than this are noise on a gauge. */
const MAX_DECIMALS = 2;

/** Decimal places a figure was written with (5.78 → 2, 9.3 → 1), at most two. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(value);
  const fraction = text.includes('e') ? MAX_DECIMALS : (text.split('.')[1]?.length ?? 0);
  return Math.min(MAX_DECIMALS, fraction);
}

export type GaugeMode = 'share' | 'count';

export interface GaugeMark {
  readonly kind: 'reference' | 'target' | 'need';
  readonly value: number;
  readonly decimals: number;
  readonly label: string;
  readonly period?: string | undefined;
}

export interface GaugeModel {
  /** `share`: percent of all dwellings; `count`: dwellings. */
  readonly mode: GaugeMode;
  readonly value: number;
  readonly decimals: number;
  readonly scale: GaugeScale;
  readonly bands: readonly Band[];
  readonly marks: readonly GaugeMark[];
}

export interface HousingModel {
  readonly housing: Housing;
  readonly stock: HousingStock;
  /** The stock's share of all dwellings in percent: given, or computed from `dwellings`. */
  readonly share: number | undefined;
  readonly gauge: GaugeModel;
  readonly reference: HousingReference | undefined;
  readonly target: HousingTarget | undefined;
  readonly need: readonly HousingNeed[];
  readonly lost: readonly HousingLost[];
  readonly projection: Projection;
  readonly areas: AreaBreakdown;
  readonly sizes: SizeBreakdown;
  /** Whether anything shown is illustrative. */
  readonly example: boolean;
  /** Whether a headline figure (the stock, its share, or a mark on the gauge) is illustrative: the header's badge. Other parts carry their own marks. */
  readonly headlineExample: boolean;
}

export interface AreaRow {
  readonly entry: HousingArea;
  readonly name: string;
  /** The figure the bar is drawn from, or null when there is none to draw. */
  readonly measure: number | null;
}

export interface AreaBreakdown {
  readonly period: string | undefined;
  readonly level: AreaLevel | undefined;
  readonly measure: 'value' | 'shareOfTotal' | 'share';
  readonly rows: readonly AreaRow[];
  readonly max: number;
}

export interface SizeRow {
  readonly entry: HousingSize;
  readonly label: string;
  readonly measure: number | null;
}

export interface SizeBreakdown {
  readonly period: string | undefined;
  readonly measure: 'value' | 'share';
  readonly rows: readonly SizeRow[];
  /** Share of the stock the listed sizes leave unlisted (only when the listed shares clearly fall short of 100 %). */
  readonly remainder: number | undefined;
  readonly max: number;
}

/** Stock periods, oldest first. */
export function stockPeriods(housing: Housing | undefined): string[] {
  return sortPeriods((housing?.stock ?? []).map((s) => s.period));
}

/** The period of the latest entries at or before `period` (or of all, when none is). */
function periodFor<T extends { period: string }>(entries: readonly T[], period: string): string | undefined {
  if (entries.some((e) => e.period === period)) return period;
  const target = parsePeriod(period);
  const sorted = sortPeriods(entries.map((e) => e.period));
  if (!target) return sorted.at(-1);
  const notAfter = sorted.filter((p) => (parsePeriod(p)?.start ?? Infinity) <= target.start);
  return notAfter.at(-1) ?? undefined;
}

/** The target for a period: the first due at or after it, else the latest. */
function targetFor(targets: readonly HousingTarget[], period: string): HousingTarget | undefined {
  const start = parsePeriod(period)?.start ?? -Infinity;
  const sorted = [...targets].sort((a, b) => (parsePeriod(a.period)?.start ?? 0) - (parsePeriod(b.period)?.start ?? 0));
  return sorted.find((t) => (parsePeriod(t.period)?.end ?? Infinity) > start) ?? sorted.at(-1);
}

/** The level `byArea` refers to: the one it names, else the first whose areas hold every id. */
export function areaLevelFor(document: ContractDocument, housing: Housing): AreaLevel | undefined {
  if (housing.level) return document.areaLevels.find((l) => l.id === housing.level);
  const ids = new Set(housing.byArea.map((a) => a.area));
  if (ids.size === 0) return undefined;
  return document.areaLevels.find((level) => {
    const names = areaNames(level);
    return names.size > 0 && [...ids].every((id) => names.has(id));
  });
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Statuses whose count is never drawn, whatever number the entry carries (the official table symbols without a number). */
const WITHHELD_STATUSES: readonly string[] = ['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable'];
const withheld = (entry: { readonly status?: string | undefined }): boolean => entry.status !== undefined && WITHHELD_STATUSES.includes(entry.status);

export interface ModelOptions {
  readonly period: string;
  readonly horizon: number;
  readonly lang: Lang;
}

export function housingModel(document: ContractDocument, housing: Housing, { period, horizon, lang }: ModelOptions): HousingModel | undefined {
  const stock = housing.stock.find((s) => s.period === period);
  if (!stock) return undefined;
  const share = finite(stock.share) ? stock.share : finite(stock.dwellings) && stock.dwellings > 0 ? (stock.value / stock.dwellings) * 100 : undefined;
  const toShare = (count: number | undefined) => (finite(count) && finite(stock.dwellings) && stock.dwellings > 0 ? (count / stock.dwellings) * 100 : undefined);

  const reference = housing.reference;
  const target = targetFor(housing.target, period);
  const needPeriod = periodFor(housing.need, period);
  const need = needPeriod ? housing.need.filter((n) => n.period === needPeriod) : [];
  const needUnits = need.find((n) => n.kind === 'units');

  const mode: GaugeMode = share !== undefined ? 'share' : 'count';
  const marks: GaugeMark[] = [];
  if (mode === 'share') {
    if (reference) marks.push({ kind: 'reference', value: reference.share, decimals: decimalsOf(reference.share), label: localized(lang, reference.label, reference.labelEn) ?? 'NRW', period: reference.period });
    const targetShare = target ? (finite(target.share) ? target.share : toShare(target.value)) : undefined;
    if (target && targetShare !== undefined) marks.push({ kind: 'target', value: targetShare, decimals: finite(target.share) ? decimalsOf(target.share) : 1, label: localized(lang, target.label, target.labelEn) ?? '', period: target.period });
    const needShare = toShare(needUnits?.value);
    if (needUnits && needShare !== undefined) marks.push({ kind: 'need', value: needShare, decimals: 1, label: localized(lang, needUnits.label, needUnits.labelEn) ?? '', period: needUnits.period });
  } else {
    if (target && finite(target.value)) marks.push({ kind: 'target', value: target.value, decimals: 0, label: localized(lang, target.label, target.labelEn) ?? '', period: target.period });
    if (needUnits) marks.push({ kind: 'need', value: needUnits.value, decimals: 0, label: localized(lang, needUnits.label, needUnits.labelEn) ?? '', period: needUnits.period });
  }
  const value = mode === 'share' ? share! : stock.value;
  const scale = gaugeScale([value, ...marks.map((m) => m.value)]);
  const referenceMark = marks.find((m) => m.kind === 'reference');
  const goalMark = marks.find((m) => m.kind === 'target') ?? marks.find((m) => m.kind === 'need');
  const bands = gaugeBands(scale, { reference: referenceMark?.value, target: goalMark?.value });
  const gauge: GaugeModel = { mode, value, decimals: mode === 'share' ? (finite(stock.share) ? decimalsOf(stock.share) : 1) : 0, scale, bands, marks };

  const projection = projectStock({ base: stock, expiring: housing.expiring, additions: housing.additions, horizon });
  const stockStart = parsePeriod(period)?.start ?? Infinity;
  const lost = housing.lost.filter((l) => (parsePeriod(l.period)?.start ?? Infinity) <= stockStart);

  const areas = areaBreakdown(document, housing, period);
  const sizes = sizeBreakdown(housing, period, lang);

  const example =
    housing.example === true ||
    stock.example === true ||
    need.some((n) => n.example === true) ||
    (target?.example === true && marks.some((m) => m.kind === 'target')) ||
    lost.some((l) => l.example === true) ||
    projection.example ||
    areas.rows.some((r) => r.entry.example === true) ||
    sizes.rows.some((r) => r.entry.example === true);

  const headlineExample =
    housing.example === true ||
    stock.example === true ||
    (target?.example === true && marks.some((m) => m.kind === 'target')) ||
    (needUnits?.example === true && marks.some((m) => m.kind === 'need'));

  return { housing, stock, share, gauge, reference, target, need, lost, projection, areas, sizes, example, headlineExample };
}

function areaBreakdown(document: ContractDocument, housing: Housing, period: string): AreaBreakdown {
  const level = areaLevelFor(document, housing);
  const areaPeriod = periodFor(housing.byArea, period);
  const entries = areaPeriod ? housing.byArea.filter((a) => a.period === areaPeriod) : [];
  const measure = entries.some((e) => finite(e.value)) ? 'value' : entries.some((e) => finite(e.shareOfTotal)) ? 'shareOfTotal' : 'share';
  const rows = entries
    .map((entry): AreaRow => {
      const figure = entry[measure];
      return { entry, name: areaName(document, level, entry.area), measure: finite(figure) && !withheld(entry) ? figure : null };
    })
    .sort((a, b) => (b.measure ?? -Infinity) - (a.measure ?? -Infinity) || a.name.localeCompare(b.name, 'de'));
  const max = Math.max(0, ...rows.map((r) => r.measure ?? 0));
  return { period: areaPeriod, level, measure, rows, max };
}

function sizeBreakdown(housing: Housing, period: string, lang: Lang): SizeBreakdown {
  const sizePeriod = periodFor(housing.bySize, period);
  const entries = sizePeriod ? housing.bySize.filter((s) => s.period === sizePeriod) : [];
  const measure = entries.some((e) => finite(e.value)) ? 'value' : 'share';
  const rows = entries.map((entry): SizeRow => {
    const figure = entry[measure];
    return { entry, label: localized(lang, entry.size, entry.sizeEn), measure: finite(figure) && !withheld(entry) ? figure : null };
  });
  let remainder: number | undefined;
  if (measure === 'share' && rows.length > 0) {
    const shares = entries.map((e) => e.share).filter(finite);
    const listed = shares.reduce((sum, s) => sum + s, 0);
    const rounding = shares.reduce((sum, s) => sum + 0.5 * 10 ** -decimalsOf(s), 0);
    if (100 - listed > rounding + 1e-9) remainder = Math.round((100 - listed) * 1000) / 1000;
  }
  const max = Math.max(0, remainder ?? 0, ...rows.map((r) => r.measure ?? 0));
  return { period: sizePeriod, measure, rows, remainder, max };
}

export interface StockColumn {
  readonly year: number;
  readonly stock: number;
  /** `counted`: the stock the data count; `expected`: projected; `example`: projected from illustrative figures. */
  readonly kind: 'counted' | 'expected' | 'example';
}

/** The columns of the projection chart: the counted stock, then each projected year. */
export function stockColumns(model: Pick<HousingModel, 'projection'>): StockColumn[] {
  const { projection } = model;
  return [
    { year: projection.baseYear, stock: projection.baseValue, kind: 'counted' },
    ...projection.years.map((y): StockColumn => ({ year: y.year, stock: y.stock, kind: y.example ? 'example' : 'expected' })),
  ];
}
