/**
 * Finds the area a table row means: by id first (an AGS that Excel stored as a number gets its
 * leading zero back; a 12-digit Regionalschlüssel finds its 8-digit AGS), then by name, ignoring
 * case, umlauts and ß, spacing and official suffixes such as ", Stadt".
 */
import type { Cell } from './values.ts';

export interface Area {
  readonly id: string;
  readonly name: string;
}

export type AreaMatch =
  | { readonly kind: 'area'; readonly id: string; readonly by: 'id' | 'name' }
  | { readonly kind: 'total' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown'; readonly suggestions: readonly string[] };

const SUFFIXES = [
  'stadt', 'hansestadt', 'kreisstadt', 'große kreisstadt', 'grosse kreisstadt', 'kreisfreie stadt', 'stadtkreis', 'landkreis', 'kreis',
  'gemeinde', 'markt', 'flecken', 'universitätsstadt', 'universitaetsstadt', 'wissenschaftsstadt', 'landeshauptstadt', 'st', 'gem', 'gde',
];

/** Words that name the whole rather than one area; such rows become the indicator's total. */
const TOTAL_NAMES = new Set(['insgesamt', 'gesamt', 'gesamtstadt', 'summe', 'total', 'zusammen', 'stadtinsgesamt', 'gesamtsumme', 'alle']);

/** Lower case, umlauts spelt out, accents and everything but letters and digits removed. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The name without an official suffix after a comma ("Wesel, Stadt") or before it ("Stadt Wesel"). */
export function baseName(text: string): string {
  let name = text.trim();
  const comma = /^(.*?),\s*([^,]+)$/.exec(name);
  if (comma && SUFFIXES.includes(comma[2]!.trim().toLowerCase().replace(/\.$/, ''))) name = comma[1]!;
  const prefix = /^(stadt|gemeinde|kreis|landkreis|hansestadt)\s+(.+)$/i.exec(name);
  if (prefix) name = prefix[2]!;
  return normalizeName(name);
}

/**
 * Full normalised forms of a name of the whole, with an official word after the comma moved to the
 * front ("Wesel, Kreis" → "kreiswesel"), so that "Kreis Wesel" is the total but "Wesel, Stadt" is not.
 */
function totalVariants(text: string): string[] {
  const comma = /^(.*?),\s*([^,]+)$/.exec(text.trim());
  return comma ? [normalizeName(text), normalizeName(`${comma[2]} ${comma[1]}`)] : [normalizeName(text)];
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export interface AreaMatcherOptions {
  /** Ids and names that stand for the whole (the municipality's key and name). */
  readonly totalKeys?: readonly string[];
}

export class AreaMatcher {
  readonly #ids = new Map<string, string>();
  readonly #names = new Map<string, string[]>();
  readonly #idLengths = new Set<number>();
  readonly #totals = new Set<string>();
  readonly #areas: readonly Area[];

  constructor(areas: readonly Area[], options: AreaMatcherOptions = {}) {
    this.#areas = areas;
    for (const area of areas) {
      this.#ids.set(area.id, area.id);
      this.#idLengths.add(area.id.length);
      for (const key of new Set([normalizeName(area.name), baseName(area.name)])) {
        const list = this.#names.get(key) ?? [];
        if (!list.includes(area.id)) list.push(area.id);
        this.#names.set(key, list);
      }
    }
    for (const key of options.totalKeys ?? []) {
      if (!key) continue;
      this.#totals.add(key);
      for (const variant of totalVariants(key)) this.#totals.add(variant);
    }
  }

  get areas(): readonly Area[] {
    return this.#areas;
  }

  nameOf(id: string): string | undefined {
    return this.#areas.find((a) => a.id === id)?.name;
  }

  /** The area id of a key cell, or `undefined`. */
  matchId(cell: Cell): string | undefined {
    if (cell === null || cell === undefined || typeof cell === 'boolean' || cell instanceof Date) return undefined;
    const text = typeof cell === 'number' ? (Number.isInteger(cell) ? String(cell) : '') : cell.trim();
    if (!text) return undefined;
    if (this.#ids.has(text)) return text;
    if (/^\d+$/.test(text)) {
      // Excel drops the leading zero of a key stored as a number: 5170048 → 05170048.
      for (const length of this.#idLengths) {
        const padded = text.padStart(length, '0');
        if (this.#ids.has(padded)) return padded;
      }
      // Regionalschlüssel (12 digits) → AGS (8): Land, Regierungsbezirk, Kreis + the last three digits.
      const ars = text.padStart(12, '0');
      if (text.length >= 11 && text.length <= 12) {
        const ags = ars.slice(0, 5) + ars.slice(9);
        if (this.#ids.has(ags)) return ags;
      }
    }
    return undefined;
  }

  isTotal(cell: Cell): boolean {
    if (typeof cell !== 'string' && typeof cell !== 'number') return false;
    const text = String(cell).trim();
    if (this.#totals.has(text)) return true;
    const variants = totalVariants(text);
    return variants.some((v) => TOTAL_NAMES.has(v) || this.#totals.has(v));
  }

  matchName(cell: Cell): AreaMatch {
    const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell : '';
    for (const key of [normalizeName(text), baseName(text)]) {
      const ids = this.#names.get(key);
      if (ids?.length === 1) return { kind: 'area', id: ids[0]!, by: 'name' };
      if (ids && ids.length > 1) return { kind: 'ambiguous', candidates: ids.map((id) => `${this.nameOf(id)} (${id})`) };
    }
    return { kind: 'unknown', suggestions: this.suggest(text) };
  }

  /** Id first, then name; rows for the whole become `total`. */
  match(idCell: Cell, nameCell: Cell): AreaMatch {
    const byId = this.matchId(idCell);
    if (byId !== undefined) return { kind: 'area', id: byId, by: 'id' };
    if (this.isTotal(idCell) || this.isTotal(nameCell)) return { kind: 'total' };
    const byIdColumnName = this.matchId(nameCell);
    if (byIdColumnName !== undefined) return { kind: 'area', id: byIdColumnName, by: 'id' };
    const cell = nameCell ?? idCell;
    const byName = this.matchName(cell);
    if (byName.kind === 'unknown' && idCell !== undefined && idCell !== null && nameCell !== undefined && nameCell !== null) {
      const alt = this.matchName(idCell);
      if (alt.kind === 'area') return alt;
    }
    return byName;
  }

  /** Up to three closest names, for "meinten Sie …?". */
  suggest(text: string): string[] {
    const key = baseName(text);
    if (!key) return [];
    const scored = this.#areas.map((area) => {
      const name = baseName(area.name);
      const distance = name.includes(key) || key.includes(name) ? Math.abs(name.length - key.length) / 2 : levenshtein(key, name);
      return { area, distance };
    });
    scored.sort((a, b) => a.distance - b.distance || a.area.name.localeCompare(b.area.name, 'de'));
    const limit = Math.max(2, Math.ceil(key.length / 2));
    return scored
      .filter((s) => s.distance <= limit)
      .slice(0, 3)
      .map((s) => `${s.area.name} (${s.area.id})`);
  }
}
