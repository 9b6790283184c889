/**
 * The profile ("Steckbrief") of one area as a view model: pure data in, numbers out, no words.
 * describe.ts turns it into sentences, table rows and CSV; the element only draws it.
 */
import { wholeName as wholeNameOf } from '../../../contract/municipality.ts';
import { areaNames } from '../../../contract/areas.ts';
import { parsePeriod } from '../../../contract/period.ts';
import type { AreaLevel, ContractDocument, Indicator, IndicatorValue, TotalValue } from '../../../contract/schema.ts';
import type { Lang } from '../../../shared/i18n.ts';
import { resolvePeriod } from '../../../shared/period.ts';
import { similarAreas, type SimilarResult } from './similar.ts';
import { quantileSorted, standardDeviation } from './statistics.ts';

export type Polarity = Indicator['polarity'];

/**
 * How a difference reads given the indicator's polarity: `better`/`worse`, `same` when it
 * rounds to zero, `unjudged` for neutral indicators (a difference, but no verdict).
 */
export type Judgement = 'better' | 'worse' | 'same' | 'unjudged';

/** Decimals of a relative difference in percent. */
export const PERCENT_DECIMALS = 1;

/** Statuses whose value is not a number (after the official table symbols). */
const WITHOUT_NUMBER = new Set(['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable']);

/** A value that may be shown, ranked and compared as a number; suppressed and other withheld values never are. */
export function usable(entry: { value: number | null; status?: string | undefined } | undefined): number | null {
  if (!entry || entry.value === null || (entry.status !== undefined && WITHOUT_NUMBER.has(entry.status))) return null;
  return entry.value;
}

/**
 * The name of the whole the areas belong to ("Gesamtstadt", "Kreis Wesel").
 * Contract 1.1 adds `meta.totalLabel`; until its helper lands in src/contract/municipality.ts,
 * this is the one place that reads it.
 */
export function wholeName(document: ContractDocument, lang: Lang): string {
  return wholeNameOf(document.meta, lang).short;
}

export function judge(polarity: Polarity, delta: number): Judgement {
  if (delta === 0) return 'same';
  if (polarity === 'neutral') return 'unjudged';
  return (delta > 0) === (polarity === 'negative') ? 'worse' : 'better';
}

/** Rounds to the decimals shown, so a difference that reads "0,0" is judged "unchanged". */
function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const result = Math.round(value * factor) / factor;
  return Object.is(result, -0) ? 0 : result;
}

export interface Rank {
  /** 1 = the highest burden (polarity negative or positive) or the highest value (neutral). */
  readonly position: number;
  /** Areas ranked: those with a usable number. */
  readonly of: number;
  /** Which end the wording counts from: the top ("dritthöchste") or the bottom ("drittniedrigste"). */
  readonly end: 'high' | 'low';
  /** The ordinal counted from that end. */
  readonly ordinal: number;
  /** `burden` for indicators with a polarity, `value` for neutral ones. */
  readonly scale: 'burden' | 'value';
}

/**
 * The area's rank among `values` (ties share the better rank). Burden rises with the value for
 * negative indicators and falls with it for positive ones, so reversing the polarity turns
 * "3. von 11 — dritthöchste Belastung" into "9. von 11 — drittniedrigste Belastung".
 */
export function rankOf(value: number, values: readonly number[], polarity: Polarity): Rank {
  const above = values.filter((v) => v > value).length;
  const below = values.filter((v) => v < value).length;
  const [position, fromOtherEnd] = polarity === 'positive' ? [below + 1, above + 1] : [above + 1, below + 1];
  const of = values.length;
  const end = position <= (of + 1) / 2 ? 'high' : 'low';
  return { position, of, end, ordinal: end === 'high' ? position : fromOtherEnd, scale: polarity === 'neutral' ? 'value' : 'burden' };
}

export interface Spine {
  readonly min: number;
  readonly max: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** Areas with a usable number. */
  readonly count: number;
  readonly area: number | null;
  readonly whole: number | null;
  /** The drawn range: the areas' range. */
  readonly domain: readonly [number, number];
  /**
   * Whether the whole's mark is drawn: only inside the areas' range. A count's whole (the
   * city's population) lies far beyond every area and would squeeze the strip to a point.
   */
  readonly wholeOnSpine: boolean;
}

/** A value's place on the spine, 0 (left) to 1 (right). */
export function spinePosition(spine: Spine, value: number): number {
  const [low, high] = spine.domain;
  return high > low ? (value - low) / (high - low) : 0.5;
}

export interface Change {
  readonly from: string;
  readonly entry: IndicatorValue | undefined;
  /** In the indicator's unit (percentage points for `%`), rounded to its decimals; null without two numbers. */
  readonly delta: number | null;
  readonly judgement: Judgement | null;
  /** A series break lies between the two periods: the values are not comparable. */
  readonly seriesBreak: boolean;
}

export interface Difference {
  /** Percentage points for rates (unit `%`), else percent of the whole's value. */
  readonly kind: 'points' | 'percent';
  readonly value: number;
  readonly judgement: Judgement;
}

export interface ProfileRow {
  readonly indicator: Indicator;
  /** The period shown for this indicator (`period` attribute, else the group's, else its latest). */
  readonly period: string;
  readonly entry: IndicatorValue | undefined;
  readonly value: number | null;
  readonly total: TotalValue | undefined;
  readonly whole: number | null;
  readonly difference: Difference | null;
  /** (value − whole) / standard deviation of the areas: how marked a difference is, across units. */
  readonly standardised: number | null;
  readonly rank: Rank | null;
  readonly previous: Change | null;
  readonly first: Change | null;
  readonly spine: Spine | null;
  readonly example: boolean;
}

export interface LeftOut {
  readonly indicator: Indicator;
  readonly level: AreaLevel | undefined;
}

export interface ProfileModel {
  readonly level: AreaLevel;
  readonly areaId: string;
  readonly areaName: string;
  readonly rows: readonly ProfileRow[];
  /** Chosen indicators of another level than the area's. */
  readonly leftOut: readonly LeftOut[];
  readonly similar: SimilarResult;
  readonly example: boolean;
}

/** What the element's attributes and the group ask for. */
export interface ProfileSelection {
  /** `area` attribute. */
  readonly area?: string | undefined;
  /** The group's selected area; it wins over `area` when it is an area of a usable level. */
  readonly sharedArea?: string | null | undefined;
  /** `indicators` attribute: comma-separated ids; empty for all. */
  readonly indicators?: string | undefined;
  /** `level` attribute. */
  readonly level?: string | undefined;
  /** `period` attribute. */
  readonly period?: string | undefined;
  /** The group's period. */
  readonly sharedPeriod?: string | null | undefined;
}

export type SelectionProblem =
  | { readonly kind: 'level'; readonly level: string }
  | { readonly kind: 'indicators'; readonly unknown: readonly string[] }
  | { readonly kind: 'area'; readonly area: string; readonly level: AreaLevel | undefined }
  | { readonly kind: 'period'; readonly period: string; readonly periods: readonly string[] };

const periodStart = (period: string) => parsePeriod(period)?.start ?? Number.NaN;
const byPeriod = (a: string, b: string) => periodStart(a) - periodStart(b) || (a < b ? -1 : a > b ? 1 : 0);

/** The periods of an indicator's values, oldest first. */
export function indicatorPeriods(indicator: Indicator): string[] {
  return [...new Set(indicator.values.map((v) => v.period))].sort(byPeriod);
}

export function parseIdList(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The chosen indicators in the order given (all, in document order, when none are named), and the unknown ids. */
export function chosenIndicators(document: ContractDocument, list: string | undefined): { indicators: Indicator[]; unknown: string[] } {
  const ids = parseIdList(list);
  if (ids.length === 0) return { indicators: [...document.indicators], unknown: [] };
  const byId = new Map(document.indicators.map((i) => [i.id, i]));
  return { indicators: [...new Set(ids)].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])), unknown: ids.filter((id) => !byId.has(id)) };
}

/** The levels an area can be shown on: the fixed one, else those of the chosen indicators (document order). */
function usableLevels(document: ContractDocument, selection: ProfileSelection, indicators: readonly Indicator[]): AreaLevel[] {
  if (selection.level) return document.areaLevels.filter((l) => l.id === selection.level);
  const wanted = new Set(indicators.map((i) => i.level));
  return document.areaLevels.filter((l) => wanted.has(l.id));
}

/**
 * The level and area to show: the group's area when one of the usable levels has it, else the
 * `area` attribute's. Undefined when neither names an area there.
 */
export function resolveArea(document: ContractDocument, selection: ProfileSelection): { level: AreaLevel; areaId: string } | undefined {
  const { indicators } = chosenIndicators(document, selection.indicators);
  const levels = usableLevels(document, selection, indicators);
  for (const candidate of [selection.sharedArea, selection.area]) {
    if (!candidate) continue;
    const level = levels.find((l) => areaNames(l).has(candidate));
    if (level) return { level, areaId: candidate };
  }
  return undefined;
}

/** A configuration problem of the attributes against the document, or null. */
export function checkSelection(document: ContractDocument, selection: ProfileSelection): SelectionProblem | null {
  if (selection.level && !document.areaLevels.some((l) => l.id === selection.level)) return { kind: 'level', level: selection.level };
  const { indicators, unknown } = chosenIndicators(document, selection.indicators);
  if (unknown.length) return { kind: 'indicators', unknown };
  if (selection.area && !usableLevels(document, selection, indicators).some((l) => areaNames(l).has(selection.area!))) {
    return { kind: 'area', area: selection.area, level: selection.level ? document.areaLevels.find((l) => l.id === selection.level) : undefined };
  }
  if (selection.period) {
    const resolved = resolveArea(document, selection);
    const shown = resolved ? indicators.filter((i) => i.level === resolved.level.id) : indicators;
    const periods = [...new Set(shown.flatMap(indicatorPeriods))].sort(byPeriod);
    if (!periods.includes(selection.period)) return { kind: 'period', period: selection.period, periods };
  }
  return null;
}

function change(indicator: Indicator, entries: ReadonlyMap<string, IndicatorValue>, from: string, to: string, value: number | null): Change {
  const entry = entries.get(from);
  const before = usable(entry);
  const delta = value !== null && before !== null ? rounded(value - before, indicator.decimals) : null;
  const seriesBreak = indicator.notes.some((n) => n.seriesBreak === true && periodStart(n.period) > periodStart(from) && periodStart(n.period) <= periodStart(to));
  return { from, entry, delta, judgement: delta === null ? null : judge(indicator.polarity, delta), seriesBreak };
}

function profileRow(document: ContractDocument, indicator: Indicator, areaId: string, areaIds: ReadonlySet<string>, selection: ProfileSelection): ProfileRow {
  const periods = indicatorPeriods(indicator);
  // An indicator always has values (else it has no periods): the schema requires the list, and one without entries shows nothing.
  const period = resolvePeriod(periods, { author: selection.period, shared: selection.sharedPeriod })!;
  const entries = new Map(indicator.values.filter((v) => v.area === areaId).map((v) => [v.period, v]));
  const entry = entries.get(period);
  const value = usable(entry);
  const total = indicator.total.find((t) => t.period === period);
  const whole = usable(total);
  const numbers = indicator.values.filter((v) => v.period === period && areaIds.has(v.area)).flatMap((v) => (usable(v) === null ? [] : [usable(v)!]));
  const sorted = [...numbers].sort((a, b) => a - b);
  const spread = sorted.length > 1 ? standardDeviation(sorted) : 0;

  let difference: Difference | null = null;
  if (value !== null && whole !== null) {
    const kind = indicator.unit.trim() === '%' ? 'points' : 'percent';
    const raw = kind === 'points' ? value - whole : whole !== 0 ? ((value - whole) / Math.abs(whole)) * 100 : null;
    if (raw !== null) {
      const shown = rounded(raw, kind === 'points' ? indicator.decimals : PERCENT_DECIMALS);
      difference = { kind, value: shown, judgement: judge(indicator.polarity, shown) };
    }
  }
  const index = periods.indexOf(period);
  const spine: Spine | null = sorted.length
    ? {
        min: sorted[0]!,
        max: sorted.at(-1)!,
        q1: quantileSorted(sorted, 0.25),
        median: quantileSorted(sorted, 0.5),
        q3: quantileSorted(sorted, 0.75),
        count: sorted.length,
        area: value,
        whole,
        domain: [sorted[0]!, sorted.at(-1)!],
        wholeOnSpine: whole !== null && whole >= sorted[0]! && whole <= sorted.at(-1)!,
      }
    : null;
  return {
    indicator,
    period,
    entry,
    value,
    total,
    whole,
    difference,
    standardised: value !== null && whole !== null && spread > 0 ? (value - whole) / spread : null,
    rank: value !== null ? rankOf(value, numbers, indicator.polarity) : null,
    previous: index > 0 ? change(indicator, entries, periods[index - 1]!, period, value) : null,
    first: index > 1 ? change(indicator, entries, periods[0]!, period, value) : null,
    spine,
    example: document.meta.example === true || indicator.example === true,
  };
}

/** The profile for the current selection, or undefined when no area is chosen (or none of a usable level). */
export function profileModel(document: ContractDocument, selection: ProfileSelection): ProfileModel | undefined {
  const resolved = resolveArea(document, selection);
  if (!resolved) return undefined;
  const { level, areaId } = resolved;
  const { indicators } = chosenIndicators(document, selection.indicators);
  const names = areaNames(level);
  const areaIds = new Set(names.keys());
  const shown = indicators.filter((i) => i.level === level.id && i.values.length > 0);
  const leftOut = indicators.filter((i) => i.level !== level.id).map((indicator) => ({ indicator, level: document.areaLevels.find((l) => l.id === indicator.level) }));
  const rows = shown.map((indicator) => profileRow(document, indicator, areaId, areaIds, selection));
  const columns = rows.map(
    (row) => new Map(row.indicator.values.filter((v) => v.period === row.period && areaIds.has(v.area) && usable(v) !== null).map((v) => [v.area, v.value!] as const)),
  );
  return {
    level,
    areaId,
    areaName: names.get(areaId) ?? areaId,
    rows,
    leftOut,
    similar: similarAreas([...areaIds], areaId, columns),
    example: document.meta.example === true || rows.some((r) => r.example),
  };
}
