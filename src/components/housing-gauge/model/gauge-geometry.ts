/**
 * Geometry of the horizontal bullet gauge: the scale, where a value sits on it (in percent of
 * the track, so the SVG stretches to any width and HTML labels line up with it), and the colour
 * bands between the reference and the target.
 */

/** The smallest "round" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above `value`. */
export function niceCeil(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value * (1 - 1e-12))!;
  return step * magnitude;
}

export interface GaugeScale {
  readonly min: number;
  readonly max: number;
  /** Evenly spaced tick values from min to max, both included. */
  readonly ticks: readonly number[];
}

/**
 * A scale from 0 that holds every value with some room to spare (`headroom` 0.15 = 15 %),
 * ending on a nice number, with 4–6 ticks.
 */
export function gaugeScale(values: readonly (number | undefined)[], headroom = 0.15): GaugeScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0);
  const largest = finite.length ? Math.max(...finite) : 1;
  const max = niceCeil(largest * (1 + headroom));
  const step = tickStep(max);
  const ticks: number[] = [];
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) ticks.push(round(i * step));
  return { min: 0, max, ticks };
}

function tickStep(max: number): number {
  for (const count of [5, 4, 6, 3]) {
    const step = max / count;
    const magnitude = 10 ** Math.floor(Math.log10(step));
    if ([1, 2, 2.5, 5].some((m) => Math.abs(step / magnitude - m) < 1e-9)) return step;
  }
  return max / 4;
}

const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** Where `value` sits on the track, in percent of its length, clamped to 0–100. */
export function position(scale: GaugeScale, value: number): number {
  if (!Number.isFinite(value) || scale.max <= scale.min) return 0;
  return Math.min(100, Math.max(0, ((value - scale.min) / (scale.max - scale.min)) * 100));
}

/** Which of the marks a band lies at or above. */
export type BandKind = 'neutral' | 'below' | 'reference' | 'target' | 'both';

export interface Band {
  readonly kind: BandKind;
  readonly from: number;
  readonly to: number;
}

/**
 * The track split at the reference and the target: below both; at or above the reference only;
 * at or above the target only; at or above both. Without marks, one neutral band.
 */
export function gaugeBands(scale: GaugeScale, marks: { reference?: number | undefined; target?: number | undefined }): Band[] {
  const { reference, target } = marks;
  const cuts = [reference, target].filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > scale.min && v < scale.max);
  const edges = [scale.min, ...[...new Set(cuts)].sort((a, b) => a - b), scale.max];
  const hasMarks = reference !== undefined || target !== undefined;
  const bands: Band[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    bands.push({ kind: hasMarks ? bandKind(from, reference, target) : 'neutral', from, to });
  }
  return bands;
}

function bandKind(from: number, reference: number | undefined, target: number | undefined): BandKind {
  const meetsReference = reference !== undefined && from >= reference;
  const meetsTarget = target !== undefined && from >= target;
  if (meetsReference && meetsTarget) return 'both';
  if (meetsTarget) return 'target';
  if (meetsReference) return 'reference';
  return 'below';
}

/** The band a value falls in (the last band holds the maximum itself). */
export function bandOf(bands: readonly Band[], value: number): Band | undefined {
  return bands.find((band, i) => value >= band.from && (value < band.to || i === bands.length - 1)) ?? (value < (bands[0]?.from ?? 0) ? bands[0] : undefined);
}

/** Labels closer than this (percent of the track) go on separate lines. */
export const LABEL_SPACING = 22;

export interface PlacedLabel<T> {
  readonly item: T;
  /** Position on the track, in percent of its length. */
  readonly left: number;
  /** Line of labels, 0 nearest the track. */
  readonly line: number;
}

/**
 * Labels along the track, smallest value first, each on the first line where no label closer
 * than `spacing` sits already, so that labels of marks close to each other never overlap.
 */
export function stackLabels<T extends { readonly value: number }>(scale: GaugeScale, items: readonly T[], spacing = LABEL_SPACING): { placed: PlacedLabel<T>[]; lines: number } {
  const placed: PlacedLabel<T>[] = [];
  for (const item of [...items].sort((a, b) => a.value - b.value)) {
    const left = position(scale, item.value);
    const taken = placed.filter((p) => Math.abs(p.left - left) < spacing).map((p) => p.line);
    let line = 0;
    while (taken.includes(line)) line++;
    placed.push({ item, left, line });
  }
  return { placed, lines: placed.length ? Math.max(...placed.map((p) => p.line)) + 1 : 0 };
}

/** Which end of a label sits at its position: near the edges the label stays inside the track. */
export function labelAnchor(left: number): 'start' | 'middle' | 'end' {
  return left < 25 ? 'start' : left > 75 ? 'end' : 'middle';
}

/**
 * Diagonal hatching of a rectangle as one path of line segments (lines x + y = c, `step` apart).
 * Drawn as geometry rather than a `<pattern>` fill: Chromium's style cache keeps a computed
 * style that refers to a pattern, and with it the pattern's shadow root, so every gauge that had
 * rendered stayed in memory after removal (issue 17).
 */
export function hatchPath(rect: { x: number; y: number; width: number; height: number }, step = 3): string {
  const { x, y, width, height } = rect;
  if (!(width > 0 && height > 0)) return '';
  const round = (n: number) => Math.round(n * 100) / 100;
  const segments: string[] = [];
  for (let c = x + y + step / 2; c < x + width + y + height; c += step) {
    const from = Math.max(x, c - (y + height));
    const to = Math.min(x + width, c - y);
    if (to > from) segments.push(`M${round(from)} ${round(c - from)}L${round(to)} ${round(c - to)}`);
  }
  return segments.join('');
}
