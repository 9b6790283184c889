/**
 * What the map shows, computed from the contract and the element's settings, without DOM:
 * per district the value (or change), its kind (number, no data, confidential), class, colour,
 * rank and difference to the city; the legend classes; the city total.
 * Suppressed values never enter any computation, so no number derived from them can be shown.
 */
import type { BodyMeta } from '../../../contract/municipality.ts';
import type { AreaLevel, Indicator, IndicatorValue, TotalValue } from '../../../contract/schema.ts';
import { VALUE_STATUSES_WITHOUT_NUMBER } from '../../../contract/statuses.ts';
import { sortPeriods } from '../../../contract/period.ts';
import { memoByObject } from '../../../shared/memo.ts';
import { classCounts, classIndex, computeBreaks, divergingBreaks, type ClassificationMethod } from '../classify.ts';
import { defaultPalette, divergingClassColors, isDivergingPalette, paletteColors, type PaletteName, type Polarity } from '../palettes.ts';

export type ValueKind = 'value' | 'missing' | 'suppressed';

export interface DistrictDatum {
  readonly id: string;
  readonly name: string;
  /** The contract entry for the shown period, if any. */
  readonly entry?: IndicatorValue;
  /** The entry for the comparison period, if comparing. */
  readonly compareEntry?: IndicatorValue;
  readonly kind: ValueKind;
  /** The classified number: the value, or the change when comparing; null unless `kind` is `value`. */
  readonly measure: number | null;
  readonly classIndex: number | null;
  readonly color: string | null;
  /** 1 = highest measure; ties share a rank. */
  readonly rank: number | null;
  /** Measure minus the city's measure (total, or change of the total). */
  readonly difference: number | null;
}

export interface LegendClass {
  readonly index: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly color: string;
  readonly count: number;
}

export interface MapModel {
  /** The publishing body (`meta`): whose whole the total is, named by `wholePhrases` in each language. */
  readonly body: BodyMeta;
  readonly indicator: Indicator;
  readonly level: AreaLevel;
  readonly period: string;
  readonly compare?: string;
  /** All periods of the indicator, oldest first. */
  readonly periods: readonly string[];
  /** In the order of the level's features. */
  readonly districts: readonly DistrictDatum[];
  readonly byId: ReadonlyMap<string, DistrictDatum>;
  readonly method: ClassificationMethod;
  readonly fixedBreaks: boolean;
  readonly breaks: readonly number[];
  readonly classes: readonly LegendClass[];
  readonly palette: PaletteName;
  readonly diverging: boolean;
  /** The value the diverging palette is centred on. */
  readonly centre?: { readonly value: number; readonly kind: 'total' | 'median' | 'zero' };
  readonly total?: TotalValue;
  readonly compareTotal?: TotalValue;
  /** The city's value, or its change when comparing; null when unknown or confidential. */
  readonly cityMeasure: number | null;
  /** Smallest and largest measure shown (for a single-class legend). */
  readonly extent: readonly [number, number] | null;
  readonly counts: { readonly value: number; readonly missing: number; readonly suppressed: number };
}

export interface ModelOptions {
  /** The document's `meta`: the body whose whole the total is. */
  readonly body: BodyMeta;
  readonly period: string;
  readonly compare?: string;
  readonly method: ClassificationMethod;
  readonly classes: number;
  readonly manualBreaks?: readonly number[];
  /** `undefined` chooses by polarity. */
  readonly palette?: PaletteName;
  readonly fixedBreaks?: boolean;
}

// ------------------------------------------------------------------ lookups

/** The indicator's entries by period and area. */
export const entriesByPeriod = memoByObject((indicator: Indicator): Map<string, Map<string, IndicatorValue>> => {
  const index = new Map<string, Map<string, IndicatorValue>>();
  for (const entry of indicator.values) {
    let byArea = index.get(entry.period);
    if (!byArea) index.set(entry.period, (byArea = new Map()));
    byArea.set(entry.area, entry);
  }
  return index;
});

export function indicatorPeriods(indicator: Indicator): string[] {
  return sortPeriods(entriesByPeriod(indicator).keys());
}

export function totalFor(indicator: Indicator, period: string): TotalValue | undefined {
  return indicator.total.find((t) => t.period === period);
}

const WITHOUT_NUMBER = new Set<string>(VALUE_STATUSES_WITHOUT_NUMBER);

type Entry = { readonly value: number | null; readonly status?: string | undefined };

/** What an entry is: a usable number, no data, or confidential. Suppressed wins over any number. */
export function kindOf(entry: Entry | undefined): ValueKind {
  if (!entry) return 'missing';
  if (entry.status === 'suppressed') return 'suppressed';
  if (entry.value === null || !Number.isFinite(entry.value) || (entry.status !== undefined && WITHOUT_NUMBER.has(entry.status))) return 'missing';
  return 'value';
}

function numberOf(entry: Entry | undefined): number | null {
  return kindOf(entry) === 'value' ? entry!.value : null;
}

/** Kind and number of a comparison: confidential if either side is, so a change never discloses a suppressed value. */
function changeOf(current: Entry | undefined, before: Entry | undefined): { kind: ValueKind; measure: number | null } {
  const a = kindOf(current);
  const b = kindOf(before);
  if (a === 'suppressed' || b === 'suppressed') return { kind: 'suppressed', measure: null };
  if (a === 'missing' || b === 'missing') return { kind: 'missing', measure: null };
  return { kind: 'value', measure: tidy(current!.value! - before!.value!) };
}

/** Removes binary floating-point noise (9.6 + 1.2 = 10.799999…), which would misplace values at a break. */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ------------------------------------------------------------------ the model

export interface AreaRef {
  readonly id: string;
  readonly name: string;
}

export function buildModel(indicator: Indicator, level: AreaLevel, areas: readonly AreaRef[], options: ModelOptions): MapModel {
  const polarity = indicator.polarity as Polarity;
  const byPeriod = entriesByPeriod(indicator);
  const periods = indicatorPeriods(indicator);
  const { period, compare } = options;
  const comparing = compare !== undefined;
  const palette = options.palette ?? defaultPalette(polarity, comparing);
  const diverging = comparing || isDivergingPalette(palette);

  /** Kind and measure of every area in `p`: the value, or the change since the comparison period. */
  const measuresIn = (p: string): { kind: ValueKind; measure: number | null }[] => {
    const current = byPeriod.get(p);
    const before = comparing ? byPeriod.get(compare) : undefined;
    return areas.map((area) => {
      const entry = current?.get(area.id);
      if (comparing) return changeOf(entry, before?.get(area.id));
      return { kind: kindOf(entry), measure: numberOf(entry) };
    });
  };
  const numbers = (rows: readonly { measure: number | null }[]): number[] => rows.flatMap((r) => (r.measure === null ? [] : [r.measure]));

  /** The centre of a diverging palette in period `p`: no change, else the city total, else the median. */
  const centreIn = (p: string): MapModel['centre'] => {
    if (comparing) return { value: 0, kind: 'zero' };
    const total = numberOf(totalFor(indicator, p));
    if (total !== null) return { value: total, kind: 'total' };
    const m = median(numbers(measuresIn(p)));
    return m === null ? undefined : { value: m, kind: 'median' };
  };

  const shown = measuresIn(period);
  const shownNumbers = numbers(shown);
  const centre = diverging ? centreIn(period) : undefined;
  // With fixed breaks the classes come from every period, so colours compare across years.
  const classifiedPeriods = options.fixedBreaks ? periods.filter((p) => p !== compare || !comparing) : [period];
  const breakOptions = { method: options.method, classes: options.classes, manual: options.manualBreaks, decimals: indicator.decimals };

  let breaks: number[];
  if (options.method === 'manual') {
    breaks = computeBreaks([], breakOptions);
  } else if (diverging && centre) {
    const deviations = classifiedPeriods.flatMap((p) => {
      const c = p === period ? centre : centreIn(p);
      return c ? numbers(measuresIn(p)).map((v) => v - c.value) : [];
    });
    breaks = divergingBreaks(deviations, breakOptions).map((b) => tidy(b + centre.value));
  } else {
    const pooled = classifiedPeriods.flatMap((p) => (p === period ? shownNumbers : numbers(measuresIn(p))));
    breaks = computeBreaks(pooled, breakOptions);
  }

  const colors = diverging ? divergingClassColors(breaks, centre?.value ?? 0, palette, polarity) : paletteColors(palette, breaks.length + 1, polarity);
  const counts = classCounts(shownNumbers, breaks);

  const total = totalFor(indicator, period);
  const compareTotal = comparing ? totalFor(indicator, compare) : undefined;
  const cityMeasure = comparing ? changeOf(total, compareTotal).measure : numberOf(total);

  // Rank = 1 + how many values are higher (ties share a rank): one sort, not a search per district.
  const ranks = new Map<number, number>();
  [...shownNumbers].sort((a, b) => b - a).forEach((v, i) => ranks.has(v) || ranks.set(v, i + 1));
  const rankOf = (v: number) => ranks.get(v)!;

  const districts = areas.map((area, i): DistrictDatum => {
    const { kind, measure } = shown[i]!;
    const index = measure === null ? null : classIndex(measure, breaks);
    const entry = byPeriod.get(period)?.get(area.id);
    const compareEntry = comparing ? byPeriod.get(compare)?.get(area.id) : undefined;
    return {
      id: area.id,
      name: area.name,
      ...(entry ? { entry } : {}),
      ...(compareEntry ? { compareEntry } : {}),
      kind,
      measure,
      classIndex: index,
      color: index === null ? null : (colors[index] ?? null),
      rank: measure === null ? null : rankOf(measure),
      difference: measure === null || cityMeasure === null ? null : tidy(measure - cityMeasure),
    };
  });

  return {
    body: options.body,
    indicator,
    level,
    period,
    ...(comparing ? { compare } : {}),
    periods,
    districts,
    byId: new Map(districts.map((d) => [d.id, d])),
    method: options.method,
    fixedBreaks: options.fixedBreaks === true,
    breaks,
    classes: colors.map((color, index) => ({
      index,
      ...(index > 0 ? { lower: breaks[index - 1]! } : {}),
      ...(index < breaks.length ? { upper: breaks[index]! } : {}),
      color,
      count: counts[index] ?? 0,
    })),
    palette,
    diverging,
    ...(centre ? { centre } : {}),
    ...(total ? { total } : {}),
    ...(compareTotal ? { compareTotal } : {}),
    cityMeasure,
    extent: shownNumbers.length ? [Math.min(...shownNumbers), Math.max(...shownNumbers)] : null,
    counts: {
      value: shownNumbers.length,
      missing: shown.filter((s) => s.kind === 'missing').length,
      suppressed: shown.filter((s) => s.kind === 'suppressed').length,
    },
  };
}
