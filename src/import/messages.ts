/**
 * Messages of the import in German and English. Every message names the place (file, sheet,
 * row, column or feature) so that a department can find and fix the cell.
 */
import type { Lang } from '../contract/messages.ts';

export type { Lang };
type Params = Record<string, string | number>;
type Template = (p: Params) => string;

export type Severity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  readonly severity: Severity;
  /** Stable machine code, e.g. `unknown-area`, `bad-number`. */
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly sheet?: string;
  /** 1-based row of the file or sheet, as a spreadsheet shows it. */
  readonly row?: number;
  readonly column?: string;
  /** 1-based feature (record) number of a geometry file. */
  readonly feature?: number;
}

export interface Place {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  feature?: number;
}

const de: Record<string, Template> = {
  'read-failed': (p) => `Datei nicht lesbar: ${p.detail}`,
  'unknown-format': (p) => `Dateiformat nicht erkannt (${p.found}): erwartet GeoJSON, Shapefile (.zip), CSV, TSV, XLSX oder GENESIS-Flatfile`,
  'zip-empty': (p) => `Das ZIP-Archiv enthält keine passende Datei (${p.expected}); gefunden: ${p.found}`,
  'zip-several': (p) => `Das ZIP-Archiv enthält mehrere passende Dateien (${p.found}); verwendet wird ${p.used}`,
  'shp-part-missing': (p) => `Zum Shapefile ${p.found} fehlt die Datei ${p.expected}`,
  'shp-encoding': (p) => `Zeichenkodierung der Attribute: ${p.found} (${p.reason})`,
  'crs-unknown': (p) => `Koordinatensystem nicht erkannt${p.found ? ` (${p.found})` : ''}: geben Sie --crs an, z. B. --crs EPSG:25832`,
  'crs-unsupported': (p) => `Koordinatensystem ${p.found} wird nicht unterstützt: erwartet ${p.expected}`,
  'crs-guess': (p) => `Die Koordinaten sind keine geografischen Längen und Breiten (z. B. ${p.found}). Geben Sie das Koordinatensystem mit --crs an${p.hint ? `; vermutlich ${p.hint}` : ''}`,
  'crs-used': (p) => `Koordinatensystem: ${p.found} (${p.reason}), umgerechnet nach WGS84`,
  'crs-conflict': (p) => `--crs ${p.given} weicht von der .prj-Datei ab (${p.found}); verwendet wird --crs`,
  'geometry-not-collection': () => `Keine GeoJSON-FeatureCollection, kein Feature und keine Geometrie`,
  'geometry-empty': () => `Die Geometriedatei enthält keine Flächen`,
  'feature-no-geometry': (p) => `Fläche ${p.name}: keine Geometrie`,
  'feature-not-polygon': (p) => `Fläche ${p.name}: Geometrietyp ${p.found}, erwartet Polygon oder MultiPolygon`,
  'feature-bad-coordinate': (p) => `Fläche ${p.name}: ungültige Koordinate ${p.found}`,
  'feature-out-of-range': (p) => `Fläche ${p.name}: Koordinate ${p.found} liegt nach der Umrechnung außerhalb von WGS84 – stimmt das Koordinatensystem (${p.crs})?`,
  'feature-degenerate-ring': (p) => `Fläche ${p.name}: Ring ${p.ring} hat nur ${p.found} verschiedene Punkte, erwartet mindestens 3`,
  'feature-no-id': (p) => `Fläche Nr. ${p.feature}: das Feld "${p.field}" ist leer oder fehlt`,
  'feature-duplicate-id': (p) => `Fläche ${p.name}: Kennung "${p.id}" kommt mehrfach vor (zuerst bei Fläche Nr. ${p.first})`,
  'field-missing': (p) => `Das Feld "${p.field}" gibt es nicht; vorhanden: ${p.found}`,
  'ids-padded': (p) => `${p.count} Kennungen waren als Zahl gespeichert und haben ihre führende Null zurückbekommen (z. B. ${p.example})`,
  simplified: (p) => `Geometrie vereinfacht: ${p.before} → ${p.after} (Budget ${p.budget}), ${p.share} der Punkte behalten; Nachbarflächen behalten gemeinsame Grenzen`,
  'budget-unreachable': (p) => `Das Budget von ${p.budget} ist nicht erreichbar; kleinstmögliche Geometrie: ${p.after}`,
  'rings-fixed': (p) => `${p.count} Ringe wurden geschlossen oder ihre Umlaufrichtung nach RFC 7946 korrigiert`,
  'no-table': (p) => `Keine Tabelle gefunden${p.sheet ? ` im Blatt „${p.sheet}“` : ''}: erwartet eine Kopfzeile und mindestens eine Datenzeile`,
  'sheet-missing': (p) => `Das Blatt „${p.found}“ gibt es nicht; vorhanden: ${p.expected}`,
  'table-read': (p) => `Gelesen: ${p.detail}`,
  'no-area-column': (p) => `Keine Spalte für das Gebiet erkannt (Kopfzeile: ${p.found}); erwartet z. B. „Gebiet“, „Name“, „AGS“, „ID“ oder das Feld der Geometrie`,
  'no-value-column': (p) => `Keine Wertespalte erkannt (Kopfzeile: ${p.found}); erwartet Zeiträume als Spalten (2023, 31.12.2023, …) oder eine Spalte „Wert“`,
  'no-period': () => `Kein Zeitraum: die Tabelle hat keine Zeitraum-Spalte und keine Zeiträume als Spalten; geben Sie --period an`,
  'no-indicator': () => `Kein Indikator: die Tabelle hat keine Spalte „Indikator“; geben Sie --indicator und --label an`,
  'no-geometry-level': () => `Keine Gebiete bekannt: geben Sie --geometry an oder mit --into ein Dokument, das die Raumebene enthält`,
  'level-missing': (p) => `Die Raumebene „${p.found}“ gibt es im Dokument nicht; vorhanden: ${p.expected}`,
  'level-url': (p) => `Die Raumebene „${p.found}“ verweist auf eine Geometrie-Adresse; die Gebiete können nicht geprüft werden`,
  'unknown-area': (p) => `Gebiet „${p.found}“ ist in der Raumebene „${p.level}“ unbekannt${p.suggestions ? `; meinten Sie ${p.suggestions}?` : ''}`,
  'ambiguous-area': (p) => `Gebiet „${p.found}“ passt zu mehreren Gebieten: ${p.candidates}; verwenden Sie die Kennung`,
  'key-name-mismatch': (p) => `Kennung „${p.id}“ gehört zu „${p.expected}“, die Zeile nennt „${p.found}“; die Kennung gilt`,
  'bad-number': (p) => `„${p.found}“ ist keine Zahl und kein Tabellenzeichen (erlaubt: 1.234,5 · - · . · … · x · / · (12,3) · 12,3 p)`,
  'bad-period': (p) => `„${p.found}“ ist kein Zeitraum (erwartet 2023, 2023-12-31, 31.12.2023, 2023-Q2, Q2/2023, 2023-06 oder Juni 2023)`,
  'empty-cells': (p) => `${p.count} leere Zellen übersprungen (z. B. ${p.example}); für fehlende Werte besser ein Tabellenzeichen eintragen (. … x /)`,
  'empty-area-rows': (p) => `${p.count} Zeilen ohne Gebiet übersprungen (z. B. Zeile ${p.example})`,
  'duplicate-row': (p) => `Doppelter Wert für Gebiet „${p.area}“, Zeitraum ${p.period}${p.indicator ? `, Indikator ${p.indicator}` : ''} (zuerst in Zeile ${p.first})`,
  'decimal-style': (p) => `Zahlenformat: ${p.found}`,
  'areas-without-values': (p) => `${p.count} von ${p.total} Gebieten haben keinen Wert für ${p.indicator} (z. B. ${p.example})`,
  'total-row': (p) => `Zeile „${p.found}“ als Gesamtwert übernommen`,
  'genesis-detected': (p) => `GENESIS-Flatfile erkannt: Statistik ${p.statistic}, Gebiet aus ${p.variable}`,
  'genesis-no-area': (p) => `GENESIS-Flatfile: keine Merkmalsspalte passt zu den Gebieten (geprüft: ${p.found})`,
  'indicator-label-missing': (p) => `Neuer Indikator „${p.found}“ ohne Bezeichnung: geben Sie --label an`,
  'invalid-id': (p) => `„${p.found}“ ist keine gültige Kennung (Buchstaben, Ziffern, _ - . :)`,
  'meta-missing': (p) => `Für ein neues Dokument fehlt ${p.expected}`,
  'into-invalid': (p) => `--into ${p.file}: ${p.detail}`,
  'contract-invalid': (p) => `Das Ergebnis ist kein gültiges Dokument: ${p.path}: ${p.detail}`,
  'template-no-period': () => `Kein Zeitraum für die Spalten: geben Sie --period an (z. B. --period 2023 oder --period 2022,2023)`,
};

const en: Record<string, Template> = {
  'read-failed': (p) => `cannot read the file: ${p.detail}`,
  'unknown-format': (p) => `file format not recognised (${p.found}): expected GeoJSON, Shapefile (.zip), CSV, TSV, XLSX or a GENESIS flat file`,
  'zip-empty': (p) => `the ZIP archive holds no suitable file (${p.expected}); found: ${p.found}`,
  'zip-several': (p) => `the ZIP archive holds several suitable files (${p.found}); using ${p.used}`,
  'shp-part-missing': (p) => `the shapefile ${p.found} lacks its ${p.expected}`,
  'shp-encoding': (p) => `attribute encoding: ${p.found} (${p.reason})`,
  'crs-unknown': (p) => `coordinate reference system not recognised${p.found ? ` (${p.found})` : ''}: give --crs, e.g. --crs EPSG:25832`,
  'crs-unsupported': (p) => `coordinate reference system ${p.found} is not supported: expected ${p.expected}`,
  'crs-guess': (p) => `the coordinates are not longitudes and latitudes (e.g. ${p.found}). Give the system with --crs${p.hint ? `; probably ${p.hint}` : ''}`,
  'crs-used': (p) => `coordinate reference system: ${p.found} (${p.reason}), transformed to WGS84`,
  'crs-conflict': (p) => `--crs ${p.given} differs from the .prj file (${p.found}); using --crs`,
  'geometry-not-collection': () => `not a GeoJSON FeatureCollection, Feature or geometry`,
  'geometry-empty': () => `the geometry file holds no areas`,
  'feature-no-geometry': (p) => `area ${p.name}: no geometry`,
  'feature-not-polygon': (p) => `area ${p.name}: geometry type ${p.found}, expected Polygon or MultiPolygon`,
  'feature-bad-coordinate': (p) => `area ${p.name}: invalid coordinate ${p.found}`,
  'feature-out-of-range': (p) => `area ${p.name}: coordinate ${p.found} lies outside WGS84 after the transformation – is the coordinate system right (${p.crs})?`,
  'feature-degenerate-ring': (p) => `area ${p.name}: ring ${p.ring} has only ${p.found} distinct points, expected at least 3`,
  'feature-no-id': (p) => `area no. ${p.feature}: the field "${p.field}" is empty or missing`,
  'feature-duplicate-id': (p) => `area ${p.name}: id "${p.id}" occurs more than once (first at area no. ${p.first})`,
  'field-missing': (p) => `there is no field "${p.field}"; present: ${p.found}`,
  'ids-padded': (p) => `${p.count} ids were stored as numbers and got their leading zero back (e.g. ${p.example})`,
  simplified: (p) => `geometry simplified: ${p.before} → ${p.after} (budget ${p.budget}), ${p.share} of the points kept; neighbours keep their shared borders`,
  'budget-unreachable': (p) => `the budget of ${p.budget} cannot be reached; smallest possible geometry: ${p.after}`,
  'rings-fixed': (p) => `${p.count} rings were closed or rewound after RFC 7946`,
  'no-table': (p) => `no table found${p.sheet ? ` in sheet "${p.sheet}"` : ''}: expected a header row and at least one data row`,
  'sheet-missing': (p) => `there is no sheet "${p.found}"; present: ${p.expected}`,
  'table-read': (p) => `read: ${p.detail}`,
  'no-area-column': (p) => `no area column recognised (header: ${p.found}); expected e.g. "Gebiet", "Name", "AGS", "ID" or the geometry's field`,
  'no-value-column': (p) => `no value column recognised (header: ${p.found}); expected periods as columns (2023, 31.12.2023, …) or a column "Wert"/"value"`,
  'no-period': () => `no period: the table has no period column and no periods as columns; give --period`,
  'no-indicator': () => `no indicator: the table has no indicator column; give --indicator and --label`,
  'no-geometry-level': () => `no areas known: give --geometry, or with --into a document that holds the level`,
  'level-missing': (p) => `the document has no level "${p.found}"; present: ${p.expected}`,
  'level-url': (p) => `the level "${p.found}" points to a geometry URL; the areas cannot be checked`,
  'unknown-area': (p) => `area "${p.found}" is unknown in level "${p.level}"${p.suggestions ? `; did you mean ${p.suggestions}?` : ''}`,
  'ambiguous-area': (p) => `area "${p.found}" matches several areas: ${p.candidates}; use the id`,
  'key-name-mismatch': (p) => `id "${p.id}" belongs to "${p.expected}", the row says "${p.found}"; the id wins`,
  'bad-number': (p) => `"${p.found}" is neither a number nor a table symbol (allowed: 1.234,5 · - · . · … · x · / · (12,3) · 12,3 p)`,
  'bad-period': (p) => `"${p.found}" is not a period (expected 2023, 2023-12-31, 31.12.2023, 2023-Q2, Q2/2023, 2023-06 or Juni 2023)`,
  'empty-cells': (p) => `${p.count} empty cells skipped (e.g. ${p.example}); better enter a table symbol for missing values (. … x /)`,
  'empty-area-rows': (p) => `${p.count} rows without an area skipped (e.g. row ${p.example})`,
  'duplicate-row': (p) => `duplicate value for area "${p.area}", period ${p.period}${p.indicator ? `, indicator ${p.indicator}` : ''} (first in row ${p.first})`,
  'decimal-style': (p) => `number format: ${p.found}`,
  'areas-without-values': (p) => `${p.count} of ${p.total} areas have no value for ${p.indicator} (e.g. ${p.example})`,
  'total-row': (p) => `row "${p.found}" taken as the total`,
  'genesis-detected': (p) => `GENESIS flat file recognised: statistic ${p.statistic}, area from ${p.variable}`,
  'genesis-no-area': (p) => `GENESIS flat file: no variable column matches the areas (checked: ${p.found})`,
  'indicator-label-missing': (p) => `new indicator "${p.found}" without a label: give --label`,
  'invalid-id': (p) => `"${p.found}" is not a valid id (letters, digits, _ - . :)`,
  'meta-missing': (p) => `a new document needs ${p.expected}`,
  'into-invalid': (p) => `--into ${p.file}: ${p.detail}`,
  'contract-invalid': (p) => `the result is not a valid document: ${p.path}: ${p.detail}`,
  'template-no-period': () => `no period for the columns: give --period (e.g. --period 2023 or --period 2022,2023)`,
};

const catalogues: Record<Lang, Record<string, Template>> = { de, en };

export function importMessage(lang: Lang, code: string, params: Params = {}): string {
  const template = catalogues[lang][code] ?? catalogues.de[code];
  return template ? template(params) : code;
}

/** Collects issues in one language; `place` fills file, sheet and row once per reader. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  constructor(readonly lang: Lang) {}

  add(severity: Severity, code: string, params: Params = {}, place: Place = {}): void {
    this.issues.push({ severity, code, message: importMessage(this.lang, code, params), ...place });
  }
  error(code: string, params: Params = {}, place: Place = {}): void {
    this.add('error', code, params, place);
  }
  warning(code: string, params: Params = {}, place: Place = {}): void {
    this.add('warning', code, params, place);
  }
  info(code: string, params: Params = {}, place: Place = {}): void {
    this.add('info', code, params, place);
  }
  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}

/** One line per issue: `file [sheet], Zeile 12, Spalte B: message`. */
export function formatIssue(issue: ImportIssue, lang: Lang): string {
  const where: string[] = [];
  if (issue.sheet) where.push(lang === 'de' ? `Blatt „${issue.sheet}“` : `sheet "${issue.sheet}"`);
  if (issue.row !== undefined) where.push(`${lang === 'de' ? 'Zeile' : 'row'} ${issue.row}`);
  if (issue.column) where.push(`${lang === 'de' ? 'Spalte' : 'column'} ${issue.column}`);
  if (issue.feature !== undefined) where.push(`${lang === 'de' ? 'Fläche Nr.' : 'area no.'} ${issue.feature}`);
  const head = [issue.file, where.join(', ')].filter(Boolean).join(': ');
  return head ? `${head}: ${issue.message}` : issue.message;
}
