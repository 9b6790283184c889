/**
 * Classification of the mapped values into colour classes. Pure functions, no DOM.
 *
 * Breaks are the inner class boundaries `b1 < b2 < … < b(k-1)` of `k` classes; a class holds
 * the values above its lower break up to and including its upper break (`bis 5`, `über 5 bis 10`,
 * `über 10`), the usual reading in German official statistics.
 */
import { ckmeans, quantileSorted } from 'simple-statistics';

export const CLASSIFICATION_METHODS = ['quantile', 'equal-interval', 'jenks', 'manual'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

export function isClassificationMethod(value: unknown): value is ClassificationMethod {
  return typeof value === 'string' && (CLASSIFICATION_METHODS as readonly string[]).includes(value);
}

export interface BreakOptions {
  readonly method: ClassificationMethod;
  /** Requested number of classes (2–9); fewer result when the data has fewer distinct values. */
  readonly classes: number;
  /** The author's breaks for `manual`. */
  readonly manual?: readonly number[];
  /**
   * Decimals the values are shown with: computed breaks are rounded to them, so that the legend
   * and the classes agree on the numbers a reader sees. Ignored where rounding would merge classes.
   */
  readonly decimals?: number;
}

/**
 * Parses `breaks="5,10,20"` (also `5; 10; 20` or German decimal commas as `5,5; 10`).
 * Returns null when a part is not a finite number.
 */
export function parseBreaks(text: string): number[] | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  // With a semicolon the comma is a decimal separator (`2,5; 5`); without, commas separate values.
  const parts = trimmed.includes(';') ? trimmed.split(';').map((p) => p.trim().replace(',', '.')) : trimmed.split(',').map((p) => p.trim());
  const numbers = parts.map((p) => (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(p) ? Number(p) : Number.NaN));
  if (numbers.some((n) => !Number.isFinite(n))) return null;
  return sortUnique(numbers);
}

function sortUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function finiteSorted(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Rounds breaks to the shown decimals unless that merges two of them. */
function roundBreaks(breaks: number[], decimals: number | undefined): number[] {
  if (decimals === undefined) return breaks;
  const rounded = sortUnique(breaks.map((b) => roundTo(b, decimals)));
  return rounded.length === breaks.length ? rounded : breaks;
}

/** The inner breaks for `values` by the chosen method. */
export function computeBreaks(values: readonly number[], options: BreakOptions): number[] {
  if (options.method === 'manual') return sortUnique((options.manual ?? []).filter((b) => Number.isFinite(b)));
  const sorted = finiteSorted(values);
  const distinct = sortUnique(sorted);
  const classes = Math.min(Math.max(Math.round(options.classes), 1), MAX_CLASSES, distinct.length);
  if (classes < 2) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  let breaks: number[];
  switch (options.method) {
    case 'equal-interval': {
      const width = (max - min) / classes;
      breaks = Array.from({ length: classes - 1 }, (_, i) => min + width * (i + 1));
      break;
    }
    case 'quantile':
      breaks = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
      break;
    case 'jenks': {
      // Ckmeans is the optimal one-dimensional clustering that Jenks' natural breaks approximate.
      const clusters = ckmeans(sorted, classes).filter((cluster) => cluster.length > 0);
      breaks = clusters.slice(0, -1).map((cluster) => cluster[cluster.length - 1]!);
      break;
    }
  }
  // Ties can make two quantiles equal, and a break at the maximum would leave an empty top class.
  breaks = sortUnique(breaks).filter((b) => b < max);
  return options.method === 'jenks' ? breaks : roundBreaks(breaks, options.decimals);
}

/**
 * Symmetric breaks around 0 for a diverging palette: the method classifies the magnitudes of
 * the deviations, each magnitude break is mirrored. With an odd number of classes the middle
 * class straddles 0 ("about the same"); with an even number 0 itself is a break.
 */
export function divergingBreaks(deviations: readonly number[], options: BreakOptions): number[] {
  if (options.method === 'manual') return computeBreaks(deviations, options);
  const magnitudes = finiteSorted(deviations.map((d) => Math.abs(d)));
  const classes = Math.min(Math.max(Math.round(options.classes), 2), MAX_CLASSES);
  const even = classes % 2 === 0;
  const magnitudeClasses = even ? classes / 2 : (classes + 1) / 2;
  let magnitudeBreaks: number[];
  if (options.method === 'equal-interval') {
    const extent = magnitudes[magnitudes.length - 1] ?? 0;
    magnitudeBreaks = extent > 0 ? Array.from({ length: magnitudeClasses - 1 }, (_, i) => (extent * (i + 1)) / magnitudeClasses) : [];
    magnitudeBreaks = roundBreaks(magnitudeBreaks, options.decimals);
  } else {
    magnitudeBreaks = computeBreaks(magnitudes, { ...options, classes: magnitudeClasses });
  }
  magnitudeBreaks = magnitudeBreaks.filter((b) => b > 0);
  const mirrored = [...magnitudeBreaks.map((b) => -b).reverse(), ...(even ? [0] : []), ...magnitudeBreaks];
  return sortUnique(mirrored);
}

/** The class of a value: how many breaks lie below it. */
export function classIndex(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value > breaks[index]!) index++;
  return index;
}

/** How many of `values` fall into each of the `breaks.length + 1` classes. */
export function classCounts(values: readonly number[], breaks: readonly number[]): number[] {
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const value of values) if (Number.isFinite(value)) counts[classIndex(value, breaks)]!++;
  return counts;
}

/** One class of the legend: `lower` is exclusive (absent for the first), `upper` inclusive (absent for the last). */
export interface ClassRange {
  readonly index: number;
  readonly lower?: number;
  readonly upper?: number;
}

export function classRanges(breaks: readonly number[]): ClassRange[] {
  return Array.from({ length: breaks.length + 1 }, (_, i) => ({
    index: i,
    ...(i > 0 ? { lower: breaks[i - 1]! } : {}),
    ...(i < breaks.length ? { upper: breaks[i]! } : {}),
  }));
}
