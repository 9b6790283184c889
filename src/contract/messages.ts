/** Validation messages in German and English: what was expected, what was found. */
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
  format: (p) => `ungültiges Format: erwartet ${p.expected}, gefunden ${p.found}`,
  period: (p) => `ungültiger Zeitraum: erwartet ein Jahr, Halbjahr, Quartal, Monat oder Datum nach ISO 8601 (2023, 2023-H1, 2023-Q2, 2023-06, 2023-12-31), gefunden ${p.found}`,
  'not-integer': (p) => `erwartet eine ganze Zahl, gefunden ${p.found}`,
  'unknown-key': (p) => `unbekanntes Feld ${p.found}`,
  union: (p) => `passt zu keiner erlaubten Form: erwartet ${p.expected}, gefunden ${p.found}`,
  'duplicate-id': (p) => `Kennung "${p.found}" ist doppelt vergeben (zuerst bei ${p.first})`,
  'unknown-level': (p) => `unbekannte Raumebene "${p.found}": erwartet eine von ${p.expected}`,
  'unknown-area': (p) => `unbekanntes Gebiet "${p.found}" in der Raumebene "${p.level}"`,
  'duplicate-value': (p) => `doppelter Wert für Gebiet "${p.area}" und Zeitraum ${p.period} (zuerst bei ${p.first})`,
  'duplicate-period': (p) => `doppelter Zeitraum ${p.found} (zuerst bei ${p.first})`,
  'missing-status': () => `fehlender Wert ohne Grund: erwartet "status" (z. B. "suppressed" oder "missing") neben "value": null`,
  'status-with-number': (p) => `ein Wert mit Status "${p.status}" darf keine Zahl tragen: erwartet null, gefunden ${p.found}`,
  'status-without-number': (p) => `ein Wert mit Status "${p.status}" braucht eine Zahl: erwartet eine Zahl, gefunden null`,
  'ring-not-closed': () => `Ring nicht geschlossen: erwartet gleiche erste und letzte Position`,
  'coordinate-range': (p) => `Koordinate außerhalb von WGS84: erwartet Länge −180…180 und Breite −90…90, gefunden ${p.found}`,
  'feature-id-missing': (p) => `Fläche ohne Kennung: erwartet die Eigenschaft "${p.expected}"${p.expected === 'id' ? '' : ' oder "id"'}`,
  'not-json': (p) => `kein gültiges JSON: ${p.found}`,
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
  format: (p) => `invalid format: expected ${p.expected}, found ${p.found}`,
  period: (p) => `invalid period: expected a year, half-year, quarter, month or date after ISO 8601 (2023, 2023-H1, 2023-Q2, 2023-06, 2023-12-31), found ${p.found}`,
  'not-integer': (p) => `expected a whole number, found ${p.found}`,
  'unknown-key': (p) => `unknown field ${p.found}`,
  union: (p) => `matches none of the allowed forms: expected ${p.expected}, found ${p.found}`,
  'duplicate-id': (p) => `id "${p.found}" is used twice (first at ${p.first})`,
  'unknown-level': (p) => `unknown area level "${p.found}": expected one of ${p.expected}`,
  'unknown-area': (p) => `unknown area "${p.found}" in area level "${p.level}"`,
  'duplicate-value': (p) => `duplicate value for area "${p.area}" and period ${p.period} (first at ${p.first})`,
  'duplicate-period': (p) => `duplicate period ${p.found} (first at ${p.first})`,
  'missing-status': () => `missing value without a reason: expected "status" (e.g. "suppressed" or "missing") next to "value": null`,
  'status-with-number': (p) => `a value with status "${p.status}" must not carry a number: expected null, found ${p.found}`,
  'status-without-number': (p) => `a value with status "${p.status}" needs a number: expected a number, found null`,
  'ring-not-closed': () => `ring not closed: expected the same first and last position`,
  'coordinate-range': (p) => `coordinate outside WGS84: expected longitude −180…180 and latitude −90…90, found ${p.found}`,
  'feature-id-missing': (p) => `feature without id: expected the property "${p.expected}"${p.expected === 'id' ? '' : ' or "id"'}`,
  'not-json': (p) => `not valid JSON: ${p.found}`,
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
  return typeNames[lang][type] ?? type;
}

export function validationMessage(lang: Lang, code: string, params: Params): string {
  const template = (lang === 'en' ? en : de)[code];
  return template ? template(params) : code;
}
