/**
 * How the map names its districts. One mode per map, chosen from the map's size, because a map
 * that mixes names and numbers reads badly:
 *
 * - `names`: every district is named inside its outline: its full name on one line, else on two,
 *   else an abbreviation (the full name is in the hover panel and in the table).
 * - `numbers`: when not every district can be named so (and on a phone, unless every full name
 *   fits): each district gets a number at its label point, and a key beside the map lists them.
 * - `sparse`: too many districts for a key (e.g. the 396 municipalities of NRW): names where
 *   they fit, the others in the hover panel and the table.
 *
 * Pure: positions in viewBox units, widths from the `measure` the element passes.
 */
import { spanCovers, type Polygon } from './projection.ts';

export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  /** Label point (pole of inaccessibility) in viewBox units. */
  readonly x: number;
  readonly y: number;
  /** The district's rings (all parts, even-odd) in viewBox units: a name must fit inside. */
  readonly outline: Polygon;
  /** Larger districts are named first. */
  readonly area: number;
}

export type LabelKind = 'name' | 'abbreviation' | 'number';

export interface PlacedLabel {
  readonly id: string;
  /** What the map shows: the name, its abbreviation or the number (lines joined by a space). */
  readonly text: string;
  /** The text as shown, one or two lines. */
  readonly lines: readonly string[];
  /** Centre in viewBox units. */
  readonly x: number;
  readonly y: number;
  readonly kind: LabelKind;
}

export interface KeyEntry {
  readonly number: number;
  readonly id: string;
  /** The full name. */
  readonly text: string;
}

export type LabelMode = 'names' | 'numbers' | 'sparse';

export interface LabelPlan {
  readonly mode: LabelMode;
  readonly labels: readonly PlacedLabel[];
  /** The numbered key, in number order; empty unless `mode` is `numbers`. */
  readonly key: readonly KeyEntry[];
}

export interface PlacementOptions {
  /** Rendered pixels per viewBox unit. */
  readonly pixelsPerUnit: number;
  /** Line height of a name in pixels (also the height of a number's badge, without its padding). */
  readonly lineHeight: number;
  /** Width of a text in pixels. */
  readonly measure: (text: string) => number;
  /** Free pixels kept around each name. */
  readonly margin?: number;
  /** A phone-sized map: names only in full (one or two lines), else numbers. */
  readonly narrow?: boolean;
  /** Beyond this many districts a key would be longer than it helps: `sparse` instead of `numbers`. */
  readonly maxKeyEntries?: number;
  /** Horizontal and vertical padding of a number's badge in pixels (as the element draws it). */
  readonly badgePadding?: { readonly x: number; readonly y: number };
}

/** Default limit of the numbered key: a Kreis has up to about 30 municipalities. */
export const MAX_KEY_ENTRIES = 30;

const EMPTY: LabelPlan = { mode: 'names', labels: [], key: [] };

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A box of `width` × `height` pixels centred on (cx, cy) pixels, grown by `margin`. */
const boxAround = (cx: number, cy: number, width: number, height: number, margin: number): Box => ({
  left: cx - width / 2 - margin,
  right: cx + width / 2 + margin,
  top: cy - height / 2 - margin,
  bottom: cy + height / 2 + margin,
});

/**
 * Whether a box (viewBox units) lies inside the outline: at five heights from its top to its
 * bottom edge one inside span covers it from left to right. Enough for district outlines at
 * label sizes; a spike thinner than a fifth of a line may slip through.
 */
export function boxInside(outline: Polygon, box: Box): boolean {
  for (let step = 0; step <= 4; step++) {
    const y = box.top + ((box.bottom - box.top) * step) / 4;
    if (!spanCovers(outline, y, box.left, box.right)) return false;
  }
  return true;
}

const pointInside = (outline: Polygon, x: number, y: number): boolean => spanCovers(outline, y, x, x);

/** Where a name may break onto a second line: after a space (dropped), a hyphen or a slash (kept). */
export function twoLineSplits(text: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) splits.push([text.slice(0, i).trimEnd(), text.slice(i + 1).trimStart()]);
    else if (char === '-' || char === '/') splits.push([text.slice(0, i + 1), text.slice(i + 1).trimStart()]);
  }
  return splits.filter(([a, b]) => a.length > 0 && b.length > 0);
}

/** Fewer letters than this make a word a riddle ("Inn."). */
const MIN_ABBREVIATION = 5;
const VOWEL = /[aeiouyäöü]/i;
const LETTER = /\p{L}/u;

/** A word cut to at most `max` letters plus a full stop, after a consonant where one is near ("Innenst.", "Witt."). */
function shorten(word: string, max: number): string {
  for (let cut = max; cut >= Math.max(2, max - 2); cut--) {
    const last = word[cut - 1]!;
    if (LETTER.test(last) && !VOWEL.test(last)) return `${word.slice(0, cut)}.`;
  }
  return `${word.slice(0, max)}.`;
}

/**
 * Shorter forms of a name, longest first: each long word cut to the same number of letters,
 * from a little shorter than the longest word down to five letters ("Innenst. Nord", "Obrigh./Witt.").
 * Words already abbreviated ("inkl.") and short words stay.
 */
export function abbreviations(name: string): string[] {
  const tokens = name.split(/([\s/-]+)/);
  const words = tokens.filter((_, i) => i % 2 === 0);
  const longest = Math.max(0, ...words.map((w) => w.length));
  const forms: string[] = [];
  for (let max = longest - 2; max >= MIN_ABBREVIATION; max--) {
    const form = tokens.map((token, i) => (i % 2 === 0 && token.length > max + 1 && !token.endsWith('.') && LETTER.test(token[0] ?? '') ? shorten(token, max) : token)).join('');
    if (form !== name && !forms.includes(form)) forms.push(form);
  }
  return forms;
}

interface Form {
  readonly lines: readonly string[];
  readonly kind: LabelKind;
}

/** The forms of a text to try, in order of preference: one line, then two balanced lines. */
function formsOf(text: string, kind: LabelKind, measure: (text: string) => number): Form[] {
  const forms: Form[] = [{ lines: [text], kind }];
  let best: { lines: [string, string]; width: number } | undefined;
  for (const lines of twoLineSplits(text)) {
    const width = Math.max(measure(lines[0]), measure(lines[1]));
    if (!best || width < best.width) best = { lines, width };
  }
  if (best) forms.push({ lines: best.lines, kind });
  return forms;
}

/** Abbreviations of each name that no other district's name or abbreviation could be mistaken for. */
function uniqueAbbreviations(candidates: readonly LabelCandidate[]): Map<string, string[]> {
  const all = new Map(candidates.map((c) => [c.id, abbreviations(c.text)]));
  const owners = new Map<string, Set<string>>();
  for (const c of candidates) for (const form of [c.text, ...all.get(c.id)!]) owners.set(form, (owners.get(form) ?? new Set()).add(c.id));
  return new Map([...all].map(([id, forms]) => [id, forms.filter((form) => owners.get(form)!.size === 1)]));
}

const largestFirst = (candidates: readonly LabelCandidate[]) => [...candidates].sort((a, b) => b.area - a.area || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Names inside the districts, larger districts first, each in the first form that fits inside
 * its district and overlaps no name placed before. With `all`, null unless every district is named.
 */
function placeNames(candidates: readonly LabelCandidate[], options: PlacementOptions, { all, abbreviate }: { all: boolean; abbreviate: boolean }): PlacedLabel[] | null {
  const { pixelsPerUnit: ppu, lineHeight, measure, margin = 2 } = options;
  // Measuring text is the costly part: most of 10,000 small districts have no room for a line-high square.
  const hasRoom = (candidate: LabelCandidate) => boxInside(candidate.outline, boxAround(candidate.x, candidate.y, lineHeight / ppu, lineHeight / ppu, 0));
  // Every district named or none: one without room ends it before any text is measured.
  if (all && !candidates.every(hasRoom)) return null;
  let shortForms: Map<string, string[]> | undefined;
  // Only when a district's full name does not fit: the abbreviations of every name are compared.
  const abbreviated = (id: string) => (abbreviate ? (shortForms ??= uniqueAbbreviations(candidates)).get(id) ?? [] : []);
  const placed: Box[] = [];
  const byId = new Map<string, PlacedLabel>();
  for (const candidate of largestFirst(candidates)) {
    const cx = candidate.x * ppu;
    const cy = candidate.y * ppu;
    if (!all && !hasRoom(candidate)) continue;
    const fits = ({ lines }: Form) => {
      const width = Math.max(...lines.map(measure));
      const height = lines.length * lineHeight;
      // The text itself inside its district (its halo may cross the border); the margin keeps names apart.
      // The overlap test first: it needs no scan of the outline.
      return !placed.some((other) => overlaps(boxAround(cx, cy, width, height, margin), other)) && boxInside(candidate.outline, boxAround(cx / ppu, cy / ppu, width / ppu, height / ppu, 0));
    };
    let form = formsOf(candidate.text, 'name', measure).find(fits);
    for (const short of form ? [] : abbreviated(candidate.id)) {
      form = formsOf(short, 'abbreviation', measure).find(fits);
      if (form) break;
    }
    if (!form) {
      if (all) return null;
      continue;
    }
    placed.push(boxAround(cx, cy, Math.max(...form.lines.map(measure)), form.lines.length * lineHeight, margin));
    byId.set(candidate.id, { id: candidate.id, text: form.lines.join(' '), lines: form.lines, x: candidate.x, y: candidate.y, kind: form.kind });
  }
  return candidates.flatMap((c) => byId.get(c.id) ?? []);
}

/**
 * A number for every district, in the candidates' order (the element passes the reading order),
 * at its label point or, where a number placed before is in the way, moved a little within the
 * district. Null when a number finds no free place.
 */
function placeNumbers(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] | null {
  const { pixelsPerUnit: ppu, lineHeight, measure, margin = 2, badgePadding = { x: 4, y: 1 } } = options;
  const height = lineHeight + 2 * badgePadding.y;
  const placed: Box[] = [];
  const result: PlacedLabel[] = [];
  const directions = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
    [1, -1],
    [-1, -1],
    [1, 1],
    [-1, 1],
  ] as const;
  for (const [index, candidate] of candidates.entries()) {
    const text = String(index + 1);
    const width = measure(text) + 2 * badgePadding.x;
    const cx = candidate.x * ppu;
    const cy = candidate.y * ppu;
    const offsets: (readonly [number, number])[] = [[0, 0]];
    for (const step of [0.6, 1.2, 1.8]) for (const [dx, dy] of directions) offsets.push([dx * step * height, dy * step * height]);
    const spot = offsets
      .map(([dx, dy]) => ({ x: cx + dx, y: cy + dy }))
      .find(({ x, y }) => pointInside(candidate.outline, x / ppu, y / ppu) && !placed.some((other) => overlaps(boxAround(x, y, width, height, margin / 2), other)));
    if (!spot) return null;
    placed.push(boxAround(spot.x, spot.y, width, height, margin / 2));
    result.push({ id: candidate.id, text, lines: [text], x: spot.x / ppu, y: spot.y / ppu, kind: 'number' });
  }
  return result;
}

/** The labels of a map at its current size; see the module comment for the modes. */
export function planLabels(candidates: readonly LabelCandidate[], given: PlacementOptions): LabelPlan {
  if (!(given.pixelsPerUnit > 0) || candidates.length === 0) return EMPTY;
  // The same names are measured in every mode tried; the browser's measureText is the slow part.
  const widths = new Map<string, number>();
  const measure = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = given.measure(text)));
    return width;
  };
  const options = { ...given, measure };
  const narrow = options.narrow ?? false;
  const names = placeNames(candidates, options, { all: true, abbreviate: !narrow });
  if (names) return { mode: 'names', labels: names, key: [] };
  if (candidates.length <= (options.maxKeyEntries ?? MAX_KEY_ENTRIES)) {
    const numbers = placeNumbers(candidates, options);
    if (numbers) return { mode: 'numbers', labels: numbers, key: candidates.map((c, i) => ({ number: i + 1, id: c.id, text: c.text })) };
  }
  return { mode: 'sparse', labels: placeNames(candidates, options, { all: false, abbreviate: false }) ?? [], key: [] };
}
