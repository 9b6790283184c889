/**
 * Cell values of German official tables: numbers in German or English notation and the
 * table symbols of the Zeichenerklärung, which become the contract's statuses and never numbers
 * (except "-", "nichts vorhanden", which is the number 0, and a bracketed figure, which keeps its
 * number with a note, as docs/contract.md §4.2 says).
 */
import type { ValueStatus } from '../contract/schema.ts';

export type Cell = string | number | boolean | Date | null | undefined;

/** `comma`: 1.234,5 (German); `point`: 1,234.5 (English). */
export type DecimalStyle = 'comma' | 'point';

export interface ParsedValue {
  readonly value: number | null;
  readonly status?: ValueStatus;
  readonly note?: string;
}

export type ValueResult = ParsedValue | { readonly error: 'bad-number' } | { readonly empty: true };

const SYMBOL_STATUS: Record<string, ParsedValue> = {
  '.': { value: null, status: 'suppressed' },
  '...': { value: null, status: 'pending' },
  '…': { value: null, status: 'pending' },
  x: { value: null, status: 'not-applicable' },
  X: { value: null, status: 'not-applicable' },
  '/': { value: null, status: 'unreliable' },
  '()': { value: null, status: 'unreliable' },
  // The newer letters of the Zeichenerklärung (GENESIS since 2021): g geheim, t Angabe folgt, u unsicher.
  g: { value: null, status: 'suppressed' },
  t: { value: null, status: 'pending' },
  u: { value: null, status: 'unreliable' },
};

/** The note a bracketed figure "(12,3)" carries: it keeps its number (docs/contract.md §4.2). */
export const LIMITED_NOTE = 'Aussagewert eingeschränkt';

const ZERO_SYMBOLS = new Set(['-', '–', '—']);
const TRAILING_STATUS: Record<string, ValueStatus> = { p: 'provisional', r: 'revised', s: 'estimated' };

/** GENESIS `value_q` quality marks: `e` (final) adds nothing. */
export function statusFromQuality(mark: string): ParsedValue | 'final' | undefined {
  const q = mark.trim();
  if (q === '' || q === 'e') return 'final';
  if (q in TRAILING_STATUS) return { value: null, status: TRAILING_STATUS[q]! };
  if (ZERO_SYMBOLS.has(q)) return { value: 0 };
  return SYMBOL_STATUS[q];
}

const GERMAN_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const ENGLISH_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Parses a number text in the given style; `null` when it is not one. Spaces (also narrow ones) group thousands. */
export function parseNumberText(raw: string, style: DecimalStyle): number | null {
  const text = raw.replace(/[\s\u00a0\u202f']/g, '').replace(/^−/, '-').replace(/%$/, '');
  if (text === '') return null;
  if (style === 'comma') {
    if (!GERMAN_NUMBER.test(text)) return null;
    return Number(text.replace(/\./g, '').replace(',', '.'));
  }
  if (!ENGLISH_NUMBER.test(text)) {
    // Scientific notation and a plain decimal point also come from programs, not from people.
    const n = Number(text);
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) && Number.isFinite(n) ? n : null;
  }
  return Number(text.replace(/,/g, ''));
}

/** One cell: a number, a symbol (status), empty, or an error. */
export function parseValueCell(cell: Cell, style: DecimalStyle): ValueResult {
  if (cell === null || cell === undefined) return { empty: true };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { error: 'bad-number' };
  if (typeof cell === 'boolean' || cell instanceof Date) return { error: 'bad-number' };
  const text = cell.trim();
  if (text === '') return { empty: true };
  if (ZERO_SYMBOLS.has(text)) return { value: 0 };
  const symbol = SYMBOL_STATUS[text];
  if (symbol) return symbol;
  // "(12,3)": Aussagewert eingeschränkt. The contract has no status for it: the number with a note.
  const bracketed = /^\((.+)\)$/.exec(text);
  const limited = bracketed ? parseNumberText(bracketed[1]!, style) : null;
  if (limited !== null) return { value: limited, note: LIMITED_NOTE };
  const trailing = /^(.*?\d)\s*([prs])$/.exec(text);
  if (trailing) {
    const n = parseNumberText(trailing[1]!, style);
    if (n !== null) return { value: n, status: TRAILING_STATUS[trailing[2]!]! };
  }
  const n = parseNumberText(text, style);
  return n === null ? { error: 'bad-number' } : { value: n };
}

/**
 * Decides between decimal comma and decimal point from all number-like texts of a table.
 * A decimal comma anywhere decides for German; "1.234" alone is ambiguous and follows the separator
 * (a `;` file is German Excel's, so the dot groups thousands).
 */
export function detectDecimalStyle(texts: Iterable<string>, separator: string | undefined): { style: DecimalStyle; reason: string } {
  let comma = 0;
  let point = 0;
  for (const raw of texts) {
    const text = raw.trim().replace(/\s*[prs]$/, '').replace(/^\((.*)\)$/, '$1').replace(/[\s\u00a0\u202f]/g, '');
    // "1,234" and "1.234" read both ways: they decide nothing.
    if (/^[+-]?\d{1,3}[.,]\d{3}$/.test(text)) continue;
    if (/^[+-]?\d+(\.\d{3})*,\d+$/.test(text)) comma++;
    else if (/^[+-]?\d+(,\d{3})*\.\d+$/.test(text)) point++;
    else if (/^[+-]?\d{1,3}(,\d{3})+$/.test(text)) point++;
    else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(text)) comma++;
  }
  if (comma > 0 && comma >= point) return { style: 'comma', reason: 'comma' };
  if (point > 0) return { style: 'point', reason: 'point' };
  return { style: separator === ',' ? 'point' : 'comma', reason: 'separator' };
}
