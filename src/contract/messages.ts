/**
 * Validation messages in German and English: what was expected, what was found, in words (no
 * patterns). The place comes first and is added by `validate.ts` (`place.ts`).
 */
import { nearest } from './suggest.ts';

export type Lang = 'de' | 'en';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const de: Record<string, Template> = {
  type: (p) => `erwartet ${p.expected}, gefunden ${p.found}`,
  value: (p) => `erwartet ${p.expected}, gefunden ${p.found}`,
  required: (p) => `Pflichtfeld fehlt: erwartet ${p.expected}`,
  'too-small': (p) => `zu klein: erwartet mindestens ${p.expected}, gefunden ${p.found}`,
  'too-big': (p) => `zu groß: erwartet höchstens ${p.expected}, gefunden ${p.found}`,
  'too-short': (p) => `zu kurz: erwartet mindestens ${p.expected} Einträge, gefunden ${p.found}`,
  'empty-text': () => `leerer Text: erwartet mindestens ein Zeichen`,
  format: (p) => `ungültiges Format, gefunden ${p.found}`,
  'id-format': (p) => `ungültige Kennung: erwartet Buchstaben, Ziffern und „_“, „-“, „.“, „:“, am Anfang ein Buchstabe oder eine Ziffer (z. B. „kinderarmut“), gefunden ${p.found}`,
  'key-format': (p) => `ungültiger Schlüssel: erwartet 2, 3, 5, 8 oder 12 Ziffern (Land „05“, Regierungsbezirk „051“, Kreis „05170“, Gemeinde „05170048“ oder Regionalschlüssel), gefunden ${p.found}`,
  'ars-format': (p) => `ungültiger Regionalschlüssel: erwartet 12 Ziffern, gefunden ${p.found}`,
  'currency-format': (p) => `ungültige Währung: erwartet drei Großbuchstaben nach ISO 4217 (z. B. „EUR“), gefunden ${p.found}`,
  'unsafe-url': (p) => `unzulässige Adresse: erwartet eine Adresse mit https: oder http: oder eine relative Adresse, gefunden ${p.found}`,
  'too-long': (p) => `Text zu lang: erlaubt sind ${p.expected} Zeichen, gefunden ${p.found} (die Bausteine kürzen ihn mit „…“)`,
  'geometry-unreadable': (p) => `die Geometrie unter ${p.url} ist nicht lesbar: ${p.reason}`,
  period: (p) => `ungültiger Zeitraum: erwartet ein Jahr, Halbjahr, Quartal, Monat oder Datum nach ISO 8601 (2023, 2023-H1, 2023-Q2, 2023-06, 2023-12-31), gefunden ${p.found}`,
  'not-integer': (p) => `erwartet eine ganze Zahl, gefunden ${p.found}`,
  'unknown-key': (p) => `unbekanntes Feld „${p.found}“`,
  union: (p) => `passt zu keiner erlaubten Form: erwartet ${p.expected}, gefunden ${p.found}`,
  'duplicate-id': (p) => `Kennung „${p.found}“ ist doppelt vergeben (zuerst bei ${p.first})`,
  'unknown-level': (p) => `unbekannte Raumebene „${p.found}“: erwartet eine von ${p.expected}`,
  'unknown-area': (p) => `unbekanntes Gebiet „${p.found}“ in der Raumebene „${p.level}“`,
  'duplicate-value': (p) => `doppelter Wert für Gebiet „${p.area}“ und Zeitraum ${p.period} (zuerst bei ${p.first})`,
  'duplicate-period': (p) => `doppelter Zeitraum ${p.found} (zuerst bei ${p.first})`,
  'missing-status': () => `fehlender Wert ohne Grund: erwartet „status“ (z. B. „suppressed“ oder „missing“) neben „value“: null`,
  'status-with-number': (p) => `ein Wert mit Status „${p.status}“ darf keine Zahl tragen: erwartet null, gefunden ${p.found}`,
  'status-without-number': (p) => `ein Wert mit Status „${p.status}“ braucht eine Zahl: erwartet eine Zahl, gefunden null`,
  'ring-not-closed': () => `Ring nicht geschlossen: erwartet gleiche erste und letzte Position`,
  'coordinate-range': (p) => `Koordinate außerhalb von WGS84: erwartet Länge −180…180 und Breite −90…90, gefunden ${p.found}`,
  'feature-id-missing': (p) => `Fläche ohne Kennung: erwartet die Eigenschaft „${p.expected}“${p.expected === 'id' ? '' : ' oder „id“'}`,
  'not-json': (p) => (p.line ? `Kein gültiges JSON in Zeile ${p.line}, Spalte ${p.column}: erwartet ${p.expected}, gefunden ${p.found}` : `Kein gültiges JSON: ${p.found}`),
  'inconsistent-amount': (p) => `widersprüchliche Beträge: ${p.detail}`,
  date: (p) => `ungültiges Datum: erwartet JJJJ-MM-TT (z. B. 2024-03-31), gefunden ${p.found}`,
  'end-before-start': (p) => `das Ende ${p.end} liegt vor dem Beginn ${p.start}`,
  'paid-exceeds-committed': (p) => `ausgezahlt (${Number(p.paid).toLocaleString('de-DE')}) ist mehr als bewilligt (${Number(p.committed).toLocaleString('de-DE')})`,
  'committed-exceeds-funds': (p) =>
    `bewilligt (${Number(p.committed).toLocaleString('de-DE')}) ist mehr als die Mittel (${Number(p.limit).toLocaleString('de-DE')} = Budget ${Number(p.budget).toLocaleString('de-DE')} + zusätzliche Mittel ${Number(p.additions).toLocaleString('de-DE')} + Rückflüsse ${Number(p.returned).toLocaleString('de-DE')})`,
  'returned-exceeds-paid': (p) => `zurückgeflossen (${Number(p.returned).toLocaleString('de-DE')}) ist mehr als ausgezahlt (${Number(p.paid).toLocaleString('de-DE')})`,
  'returned-exceeds-committed': (p) => `zurückgeflossen (${Number(p.returned).toLocaleString('de-DE')}) ist mehr als bewilligt (${Number(p.committed).toLocaleString('de-DE')})`,
  'projects-exceed-committed': (p) =>
    `die bewilligten Projekte (Status approved, paid, completed) ergeben zusammen ${Number(p.sum).toLocaleString('de-DE')}, mehr als bewilligt (${Number(p.committed).toLocaleString('de-DE')})`,
  'applications-exceed-received': (p) => `mehr bewilligte, abgelehnte, offene und zurückgezogene Anträge (${p.sum}) als eingegangene (${p.received})`,
};

const en: Record<string, Template> = {
  type: (p) => `expected ${p.expected}, found ${p.found}`,
  value: (p) => `expected ${p.expected}, found ${p.found}`,
  required: (p) => `required field missing: expected ${p.expected}`,
  'too-small': (p) => `too small: expected at least ${p.expected}, found ${p.found}`,
  'too-big': (p) => `too big: expected at most ${p.expected}, found ${p.found}`,
  'too-short': (p) => `too short: expected at least ${p.expected} entries, found ${p.found}`,
  'empty-text': () => `empty text: expected at least one character`,
  format: (p) => `invalid format, found ${p.found}`,
  'id-format': (p) => `invalid id: expected letters, digits and “_”, “-”, “.”, “:”, starting with a letter or digit (e.g. “kinderarmut”), found ${p.found}`,
  'key-format': (p) => `invalid key: expected 2, 3, 5, 8 or 12 digits (Land “05”, Regierungsbezirk “051”, Kreis “05170”, Gemeinde “05170048” or Regionalschlüssel), found ${p.found}`,
  'ars-format': (p) => `invalid Regionalschlüssel: expected 12 digits, found ${p.found}`,
  'currency-format': (p) => `invalid currency: expected three capital letters after ISO 4217 (e.g. “EUR”), found ${p.found}`,
  'unsafe-url': (p) => `URL not allowed: expected an https: or http: URL or a relative one, found ${p.found}`,
  'too-long': (p) => `text too long: ${p.expected} characters allowed, found ${p.found} (widgets shorten it with “…”)`,
  'geometry-unreadable': (p) => `the geometry at ${p.url} cannot be read: ${p.reason}`,
  period: (p) => `invalid period: expected a year, half-year, quarter, month or date after ISO 8601 (2023, 2023-H1, 2023-Q2, 2023-06, 2023-12-31), found ${p.found}`,
  'not-integer': (p) => `expected a whole number, found ${p.found}`,
  'unknown-key': (p) => `unknown field “${p.found}”`,
  union: (p) => `matches none of the allowed forms: expected ${p.expected}, found ${p.found}`,
  'duplicate-id': (p) => `id “${p.found}” is used twice (first at ${p.first})`,
  'unknown-level': (p) => `unknown area level “${p.found}”: expected one of ${p.expected}`,
  'unknown-area': (p) => `unknown area “${p.found}” in area level “${p.level}”`,
  'duplicate-value': (p) => `duplicate value for area “${p.area}” and period ${p.period} (first at ${p.first})`,
  'duplicate-period': (p) => `duplicate period ${p.found} (first at ${p.first})`,
  'missing-status': () => `missing value without a reason: expected “status” (e.g. “suppressed” or “missing”) next to “value”: null`,
  'status-with-number': (p) => `a value with status “${p.status}” must not carry a number: expected null, found ${p.found}`,
  'status-without-number': (p) => `a value with status “${p.status}” needs a number: expected a number, found null`,
  'ring-not-closed': () => `ring not closed: expected the same first and last position`,
  'coordinate-range': (p) => `coordinate outside WGS84: expected longitude −180…180 and latitude −90…90, found ${p.found}`,
  'feature-id-missing': (p) => `feature without id: expected the property “${p.expected}”${p.expected === 'id' ? '' : ' or “id”'}`,
  'not-json': (p) => (p.line ? `Not valid JSON at line ${p.line}, column ${p.column}: expected ${p.expected}, found ${p.found}` : `Not valid JSON: ${p.found}`),
  'inconsistent-amount': (p) => `inconsistent amounts: ${p.detail}`,
  date: (p) => `invalid date: expected YYYY-MM-DD (e.g. 2024-03-31), found ${p.found}`,
  'end-before-start': (p) => `the end ${p.end} is before the start ${p.start}`,
  'paid-exceeds-committed': (p) => `paid out (${Number(p.paid).toLocaleString('en-GB')}) is more than committed (${Number(p.committed).toLocaleString('en-GB')})`,
  'committed-exceeds-funds': (p) =>
    `committed (${Number(p.committed).toLocaleString('en-GB')}) is more than the funds (${Number(p.limit).toLocaleString('en-GB')} = budget ${Number(p.budget).toLocaleString('en-GB')} + additional allocations ${Number(p.additions).toLocaleString('en-GB')} + returns ${Number(p.returned).toLocaleString('en-GB')})`,
  'returned-exceeds-paid': (p) => `returned (${Number(p.returned).toLocaleString('en-GB')}) is more than paid out (${Number(p.paid).toLocaleString('en-GB')})`,
  'returned-exceeds-committed': (p) => `returned (${Number(p.returned).toLocaleString('en-GB')}) is more than committed (${Number(p.committed).toLocaleString('en-GB')})`,
  'projects-exceed-committed': (p) =>
    `the funded projects (status approved, paid, completed) add up to ${Number(p.sum).toLocaleString('en-GB')}, more than committed (${Number(p.committed).toLocaleString('en-GB')})`,
  'applications-exceed-received': (p) => `more approved, rejected, pending and withdrawn applications (${p.sum}) than received (${p.received})`,
};

const typeNames: Record<Lang, Record<string, string>> = {
  de: { string: 'Text', number: 'Zahl', int: 'ganze Zahl', boolean: 'Wahrheitswert', array: 'Liste', object: 'Objekt', null: 'null', undefined: 'nichts' },
  en: { string: 'text', number: 'number', int: 'whole number', boolean: 'boolean', array: 'list', object: 'object', null: 'null', undefined: 'nothing' },
};

export function typeName(lang: Lang, type: string): string {
  return Object.hasOwn(typeNames[lang], type) ? typeNames[lang][type]! : type;
}

export function validationMessage(lang: Lang, code: string, params: Params): string {
  const templates = lang === 'en' ? en : de;
  return Object.hasOwn(templates, code) ? templates[code]!(params) : code;
}

/** How many allowed values a message lists in full. */
const LIST_AT_MOST = 10;

/**
 * The tail of a message about a word that is not allowed: ` – meinten Sie „status“?` for the
 * nearest allowed word, and the allowed words when there are few.
 */
export function didYouMean(lang: Lang, found: string, allowed: readonly string[], list = true): string {
  const best = nearest(found, allowed);
  const q = (t: string) => (lang === 'en' ? `“${t}”` : `„${t}“`);
  let out = '';
  if (best !== undefined) out += lang === 'en' ? ` – did you mean ${q(best)}?` : ` – meinten Sie ${q(best)}?`;
  if (list && allowed.length > 0 && allowed.length <= LIST_AT_MOST) out += lang === 'en' ? ` (allowed: ${allowed.map(q).join(', ')})` : ` (erlaubt: ${allowed.map(q).join(', ')})`;
  return out;
}

/** A short description of a found value for error messages. */
export function describeValue(lang: Lang, value: unknown): string {
  if (value === undefined) return typeName(lang, 'undefined');
  if (value === null) return 'null';
  if (Array.isArray(value)) return `${typeName(lang, 'array')} (${value.length})`;
  if (typeof value === 'object') return typeName(lang, 'object');
  if (typeof value === 'string') return `${typeName(lang, 'string')} ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `${typeName(lang, 'number')} ${String(value)}`;
  return `${typeName(lang, typeof value)} ${String(value)}`;
}
