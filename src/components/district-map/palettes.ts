/**
 * Colour palettes for the choropleth. All are colour-blind safe: the sequential and diverging
 * ramps are ColorBrewer 2.0 schemes (Cynthia A. Brewer, Pennsylvania State University,
 * Apache License 2.0) that ColorBrewer marks as such, plus viridis (van der Walt & Smith, CC0);
 * the diverging ramps' neutral middle is darkened to stand out from the page (NEUTRAL_MIDDLE).
 * The ramps are data: one hand-tuned colour list per class count.
 */

export type Polarity = 'negative' | 'positive' | 'neutral';

type Ramps = Readonly<Record<3 | 4 | 5 | 6 | 7 | 8 | 9, readonly string[]>>;

/** Sequential ramps, light (low) to dark (high). */
const SEQUENTIAL = {
  'orange-red': {
    3: ['#fee8c8', '#fdbb84', '#e34a33'],
    4: ['#fef0d9', '#fdcc8a', '#fc8d59', '#d7301f'],
    5: ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
    6: ['#fef0d9', '#fdd49e', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'],
    7: ['#fef0d9', '#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#990000'],
    8: ['#fff7ec', '#fee8c8', '#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#990000'],
    9: ['#fff7ec', '#fee8c8', '#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#b30000', '#7f0000'],
  },
  blues: {
    3: ['#deebf7', '#9ecae1', '#3182bd'],
    4: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
    6: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
    7: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
    8: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
    9: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
  },
  purples: {
    3: ['#efedf5', '#bcbddc', '#756bb1'],
    4: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
    5: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
    6: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
    7: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
    8: ['#fcfbfd', '#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
    9: ['#fcfbfd', '#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#54278f', '#3f007d'],
  },
  greens: {
    3: ['#e5f5e0', '#a1d99b', '#31a354'],
    4: ['#edf8e9', '#bae4b3', '#74c476', '#238b45'],
    5: ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'],
    6: ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#31a354', '#006d2c'],
    7: ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'],
    8: ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'],
    9: ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#006d2c', '#00441b'],
  },
  viridis: {
    3: ['#fde725', '#21918c', '#440154'],
    4: ['#fde725', '#35b779', '#31688e', '#440154'],
    5: ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'],
    6: ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'],
    7: ['#fde725', '#90d743', '#35b779', '#21918c', '#31688e', '#443983', '#440154'],
    8: ['#fde725', '#a0da39', '#4ac16d', '#1fa187', '#277f8e', '#365c8d', '#46327e', '#440154'],
    9: ['#fde725', '#addc30', '#5ec962', '#28ae80', '#21918c', '#2c728e', '#3b528b', '#472d7b', '#440154'],
  },
} as const satisfies Record<string, Ramps>;

/**
 * The middle ("about the same") of the diverging ramps. ColorBrewer's #f7f7f7 is all but the
 * page's white, so on a change map those districts looked like holes in the territory. This grey
 * reads as a fill on white; it is about as light as the palest tinted classes beside it and told
 * apart from them by having no hue (the legend and the panel name the class).
 */
export const NEUTRAL_MIDDLE = '#e4e4e4';
const NEUTRAL = NEUTRAL_MIDDLE;

/** Diverging ramps, from the end that stands for need (warm) to the other end (cool). */
const DIVERGING = {
  'red-blue': {
    3: ['#ef8a62', NEUTRAL, '#67a9cf'],
    4: ['#ca0020', '#f4a582', '#92c5de', '#0571b0'],
    5: ['#ca0020', '#f4a582', NEUTRAL, '#92c5de', '#0571b0'],
    6: ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
    7: ['#b2182b', '#ef8a62', '#fddbc7', NEUTRAL, '#d1e5f0', '#67a9cf', '#2166ac'],
    8: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
    9: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', NEUTRAL, '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
  },
  'orange-purple': {
    3: ['#f1a340', NEUTRAL, '#998ec3'],
    4: ['#e66101', '#fdb863', '#b2abd2', '#5e3c99'],
    5: ['#e66101', '#fdb863', NEUTRAL, '#b2abd2', '#5e3c99'],
    6: ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'],
    7: ['#b35806', '#f1a340', '#fee0b6', NEUTRAL, '#d8daeb', '#998ec3', '#542788'],
    8: ['#b35806', '#e08214', '#fdb863', '#fee0b6', '#d8daeb', '#b2abd2', '#8073ac', '#542788'],
    9: ['#b35806', '#e08214', '#fdb863', '#fee0b6', NEUTRAL, '#d8daeb', '#b2abd2', '#8073ac', '#542788'],
  },
  'brown-teal': {
    3: ['#d8b365', NEUTRAL, '#5ab4ac'],
    4: ['#a6611a', '#dfc27d', '#80cdc1', '#018571'],
    5: ['#a6611a', '#dfc27d', NEUTRAL, '#80cdc1', '#018571'],
    6: ['#8c510a', '#d8b365', '#f6e8c3', '#c7eae5', '#5ab4ac', '#01665e'],
    7: ['#8c510a', '#d8b365', '#f6e8c3', NEUTRAL, '#c7eae5', '#5ab4ac', '#01665e'],
    8: ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#c7eae5', '#80cdc1', '#35978f', '#01665e'],
    9: ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', NEUTRAL, '#c7eae5', '#80cdc1', '#35978f', '#01665e'],
  },
} as const satisfies Record<string, Ramps>;

export type SequentialPalette = keyof typeof SEQUENTIAL;
export type DivergingPalette = keyof typeof DIVERGING;
export type PaletteName = SequentialPalette | DivergingPalette;

export const SEQUENTIAL_PALETTES = Object.keys(SEQUENTIAL) as SequentialPalette[];
export const DIVERGING_PALETTES = Object.keys(DIVERGING) as DivergingPalette[];
export const PALETTES: readonly PaletteName[] = [...SEQUENTIAL_PALETTES, ...DIVERGING_PALETTES];

export function isPaletteName(value: unknown): value is PaletteName {
  return typeof value === 'string' && (PALETTES as readonly string[]).includes(value);
}

export function isDivergingPalette(name: PaletteName): name is DivergingPalette {
  return name in DIVERGING;
}

/**
 * The palette when the author chose none: need is orange-red (for a `negative` indicator the high
 * values, for a `positive` one the low values), a `neutral` indicator is blue; changes and
 * deviations diverge red–blue, or orange–purple where neither end means need.
 */
export function defaultPalette(polarity: Polarity, diverging: boolean): PaletteName {
  if (diverging) return polarity === 'neutral' ? 'orange-purple' : 'red-blue';
  return polarity === 'neutral' ? 'blues' : 'orange-red';
}

function ramp(ramps: Ramps, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [ramps[3][1]!];
  if (count === 2) return [ramps[3][0]!, ramps[3][2]!];
  return [...ramps[Math.min(count, 9) as 3 | 4 | 5 | 6 | 7 | 8 | 9]];
}

/**
 * `count` colours for classes from the lowest to the highest value, oriented by the indicator's
 * polarity: for `negative` (higher is worse) the high classes are dark or warm, for `positive`
 * (higher is better) the low classes are; `neutral` keeps the ramp's own order.
 */
export function paletteColors(name: PaletteName, count: number, polarity: Polarity): string[] {
  if (isDivergingPalette(name)) {
    // Diverging ramps start with the need colour: low values are need unless higher is worse.
    const colors = ramp(DIVERGING[name], count);
    return polarity === 'negative' ? colors.reverse() : colors;
  }
  const colors = ramp(SEQUENTIAL[name], count);
  return polarity === 'positive' ? colors.reverse() : colors;
}

/**
 * Colours for a diverging classification around `centre`: classes below the centre take the
 * colours of one side, classes above the other, a class that contains the centre the neutral
 * middle. Uneven sides (author's breaks, data on one side only) use the ramp as if symmetric,
 * so "above the city" keeps its colour whatever lies below.
 */
export function divergingClassColors(breaks: readonly number[], centre: number, name: PaletteName, polarity: Polarity): string[] {
  let below = 0;
  let above = 0;
  let middle = false;
  for (let i = 0; i <= breaks.length; i++) {
    const lower = i > 0 ? breaks[i - 1]! : -Infinity;
    const upper = i < breaks.length ? breaks[i]! : Infinity;
    if (upper <= centre) below++;
    else if (lower >= centre) above++;
    else middle = true;
  }
  const side = Math.max(below, above);
  const full = paletteColors(name, Math.min(side * 2 + (middle ? 1 : 0), 9), polarity);
  const start = Math.max(0, Math.min(side - below, full.length - (below + above + (middle ? 1 : 0))));
  return full.slice(start, start + below + (middle ? 1 : 0) + above);
}

/** Fill and pattern colours of the two kinds of districts without a number. */
export const NO_VALUE_STYLE = {
  missing: { background: '#f4f4f4', ink: '#6b6b6b' },
  suppressed: { background: '#d9d9d9', ink: '#404040' },
} as const;

export type NoValueKind = keyof typeof NO_VALUE_STYLE;
