/**
 * A sheet to records (area, period, indicator, value). Finds the table under title lines and above
 * notes, recognises the layout from the header — wide (a column per period, or per indicator with
 * `--period`) or long (columns for area, period, indicator and value, German or English) — and
 * reports every cell it cannot read with its row and column. No row is dropped silently.
 */
import { normalizeName, type AreaMatcher } from './area-match.ts';
import type { IssueLog, Place } from './messages.ts';
import { periodFromCell } from './periods.ts';
import type { Sheet, Workbook } from './sheets.ts';
import { detectDecimalStyle, parseValueCell, type Cell, type DecimalStyle, type ParsedValue } from './values.ts';

export interface TableOptions {
  readonly sheet?: string;
  readonly indicator?: string;
  readonly label?: string;
  readonly unit?: string;
  readonly period?: string;
  /** The geometry's id and name fields: columns with these names are area columns too. */
  readonly areaIdField?: string;
  readonly areaNameField?: string;
}

export interface TableRecord {
  /** Area id, or `undefined` for a row of the whole (the indicator's total). */
  readonly area?: string;
  readonly period: string;
  readonly indicator: string;
  readonly value: ParsedValue;
  readonly place: Place;
}

export interface IndicatorInfo {
  label?: string;
  unit?: string;
}

export interface TableResult {
  readonly records: TableRecord[];
  readonly indicators: Map<string, IndicatorInfo>;
}

type Role = 'areaId' | 'areaName' | 'period' | 'indicator' | 'value' | 'unit' | 'note';

const ROLE_NAMES: Record<Role, string[]> = {
  areaId: ['ags', 'ars', 'id', 'gebietsid', 'gebietid', 'areaid', 'schluessel', 'gemeindeschluessel', 'regionalschluessel', 'kreisschluessel', 'amtlichergemeindeschluessel', 'gkz', 'code', 'key', 'nr', 'nummer', 'gebietsschluessel', 'gebietsnummer', 'kennung'],
  areaName: ['gebiet', 'gebietsname', 'name', 'gemeinde', 'gemeindename', 'stadtteil', 'sozialraum', 'bezirk', 'stadtbezirk', 'ortsteil', 'quartier', 'kreis', 'region', 'area', 'areaname', 'ort', 'raum', 'raumeinheit', 'district', 'municipality', 'stadt'],
  period: ['jahr', 'zeitraum', 'zeit', 'periode', 'stichtag', 'datum', 'stand', 'monat', 'quartal', 'period', 'year', 'date', 'time', 'referencedate', 'berichtsjahr', 'berichtszeitraum'],
  indicator: ['indikator', 'kennzahl', 'merkmal', 'variable', 'indicator', 'measure', 'thema', 'indikatorid', 'kennziffer'],
  value: ['wert', 'value', 'werte', 'zahl', 'anzahl', 'betrag', 'messwert'],
  unit: ['einheit', 'unit', 'masseinheit'],
  note: ['anmerkung', 'bemerkung', 'hinweis', 'fussnote', 'note', 'notes', 'comment', 'kommentar', 'quelle', 'source', 'sourceurl', 'basis', 'quellenangabe', 'link', 'url'],
};

const NOTE_LINE = /^\s*(quelle|quellen|anmerkung|anmerkungen|hinweis|hinweise|fu(ß|ss)note|zeichenerkl(ä|ae)rung|stand|source|note|notes|\*|¹|²|\d\))/i;

const cellText = (cell: Cell): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());
const filled = (row: Cell[] | undefined) => (row ?? []).filter((c) => cellText(c) !== '').length;
const width = (row: Cell[]) => {
  for (let i = row.length - 1; i >= 0; i--) if (cellText(row[i]) !== '') return i + 1;
  return 0;
};
/** Spreadsheet column letter: 0 → A, 26 → AA. */
export const columnLetter = (index: number): string => (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/** Header row and the rows of the table below it; title lines above and notes below are left out. */
export function locateTable(rows: Cell[][]): { header: number; first: number; end: number } | undefined {
  const widths = rows.filter((r) => filled(r) >= 2).map(width);
  if (widths.length < 2) return undefined;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const header = rows.findIndex((r) => filled(r) >= 2 && width(r) >= Math.max(2, modal - 1));
  if (header < 0) return undefined;
  let end = header + 1;
  let lastData = -1;
  for (let i = header + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (filled(row) > 0 && NOTE_LINE.test(cellText(row.find((c) => cellText(c) !== '')))) break;
    if (filled(row) >= 2) lastData = i;
  }
  if (lastData < 0) return undefined;
  end = lastData + 1;
  return { header, first: header + 1, end };
}

function roleOf(header: string, options: TableOptions): Role | undefined {
  const key = normalizeName(header);
  if (!key) return undefined;
  if (options.areaIdField && key === normalizeName(options.areaIdField)) return 'areaId';
  if (options.areaNameField && key === normalizeName(options.areaNameField)) return 'areaName';
  for (const role of Object.keys(ROLE_NAMES) as Role[]) if (ROLE_NAMES[role].includes(key)) return role;
  return undefined;
}

/** An indicator id from a label: kept when it already is one, else a slug of it. */
export function indicatorId(text: string): string {
  const trimmed = text.trim();
  if (/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(trimmed)) return trimmed;
  const slug = trimmed
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'indikator';
}

interface Column {
  index: number;
  header: string;
  role?: Role;
  period?: string;
}

/** The share of a column's cells that read as values (numbers or symbols). */
function valueShare(rows: Cell[][], index: number, style: DecimalStyle): number {
  let values = 0;
  let total = 0;
  for (const row of rows) {
    const result = parseValueCell(row[index], style);
    if ('empty' in result) continue;
    total++;
    if (!('error' in result)) values++;
  }
  return total ? values / total : 0;
}

export interface SheetContext {
  readonly workbook: Workbook;
  readonly sheet: Sheet;
  readonly options: TableOptions;
  readonly matcher: AreaMatcher;
  readonly log: IssueLog;
  /** The level the areas belong to, for messages. */
  readonly levelId: string;
}

/** The records of one sheet, or `undefined` after reporting why there are none. */
export function readSheetTable(context: SheetContext): TableResult | undefined {
  const { workbook, sheet, options, matcher, log } = context;
  const base: Place = sheet.name ? { file: workbook.file, sheet: sheet.name } : { file: workbook.file };
  const located = locateTable(sheet.rows);
  if (!located) {
    log.error('no-table', sheet.name ? { sheet: sheet.name } : {}, { file: workbook.file });
    return undefined;
  }
  const headerRow = sheet.rows[located.header]!;
  const dataRows = sheet.rows.slice(located.first, located.end);
  const columns: Column[] = headerRow.map((cell, index) => {
    const header = cellText(cell);
    const role = roleOf(header, options);
    const period = role ? undefined : periodFromCell(cell);
    return { index, header, ...(role ? { role } : {}), ...(period ? { period } : {}) };
  });
  const headerList = columns.map((c) => c.header).filter(Boolean).join(' | ');
  const texts: string[] = [];
  for (const row of dataRows) for (const cell of row) if (typeof cell === 'string') texts.push(cell);
  const decimal = detectDecimalStyle(texts, workbook.separator);
  log.info('decimal-style', { found: decimal.style === 'comma' ? '1.234,5' : '1,234.5' }, base);

  const find = (role: Role) => columns.find((c) => c.role === role);
  const idColumn = find('areaId');
  let nameColumn = find('areaName');
  if (!idColumn && !nameColumn) {
    // No header names an area: take the first column whose cells are mostly areas.
    const guess = columns.find((c) => {
      const cells = dataRows.map((r) => r[c.index]).filter((v) => cellText(v) !== '');
      return cells.length > 0 && cells.filter((v) => matcher.match(v, v).kind === 'area' || matcher.isTotal(v)).length >= cells.length / 2;
    });
    if (!guess) {
      log.error('no-area-column', { found: headerList }, { ...base, row: located.header + 1 });
      return undefined;
    }
    nameColumn = guess;
    guess.role = 'areaName';
  }
  const periodColumn = find('period');
  const indicatorColumn = find('indicator');
  const unitColumn = find('unit');
  const periodColumns = columns.filter((c) => c.period);
  const indicators = new Map<string, IndicatorInfo>();
  const records: TableRecord[] = [];

  type Target = { column: Column; period?: string; indicator?: string };
  let targets: Target[];
  let layout: string;
  if (periodColumns.length > 0 && !periodColumn) {
    if (!options.indicator) {
      log.error('no-indicator', {}, base);
      return undefined;
    }
    targets = periodColumns.map((column) => ({ column, period: column.period!, indicator: options.indicator! }));
    indicators.set(options.indicator, {});
    layout = log.lang === 'de' ? `breit, ${periodColumns.length} Zeiträume als Spalten` : `wide, ${periodColumns.length} periods as columns`;
  } else if (periodColumn || indicatorColumn || find('value')) {
    let valueColumn = find('value');
    if (!valueColumn) {
      const candidates = columns.filter((c) => !c.role && c.header && valueShare(dataRows, c.index, decimal.style) >= 0.8);
      valueColumn = candidates.length === 1 ? candidates[0] : undefined;
      if (!valueColumn) {
        log.error('no-value-column', { found: headerList }, { ...base, row: located.header + 1 });
        return undefined;
      }
    }
    if (!periodColumn && !options.period) {
      log.error('no-period', {}, base);
      return undefined;
    }
    if (!indicatorColumn && !options.indicator) {
      log.error('no-indicator', {}, base);
      return undefined;
    }
    targets = [{ column: valueColumn }];
    if (options.indicator && !indicatorColumn) indicators.set(options.indicator, {});
    layout = log.lang === 'de' ? `lang, Wert aus „${valueColumn.header}“` : `long, value from "${valueColumn.header}"`;
  } else {
    if (!options.period) {
      log.error(columns.some((c) => !c.role && c.header) ? 'no-period' : 'no-value-column', { found: headerList }, base);
      return undefined;
    }
    const valueColumns = columns.filter((c) => !c.role && c.header);
    if (valueColumns.length === 0) {
      log.error('no-value-column', { found: headerList }, { ...base, row: located.header + 1 });
      return undefined;
    }
    targets = valueColumns.map((column) => {
      const id = valueColumns.length === 1 && options.indicator ? options.indicator : indicatorId(column.header);
      if (!indicators.has(id)) indicators.set(id, valueColumns.length === 1 && options.indicator ? {} : { label: column.header });
      return { column, period: options.period!, indicator: id };
    });
    layout = log.lang === 'de' ? `breit, ${valueColumns.length} Indikatoren als Spalten, Zeitraum ${options.period}` : `wide, ${valueColumns.length} indicators as columns, period ${options.period}`;
  }
  log.info('table-read', { detail: `${layout}; ${dataRows.length} ${log.lang === 'de' ? 'Zeilen' : 'rows'}` }, base);

  const seen = new Map<string, number>();
  let emptyCells = 0;
  let emptyExample = '';
  dataRows.forEach((row, offset) => {
    const rowNumber = located.first + offset + 1;
    if (filled(row) === 0) return;
    const rowPlace = { ...base, row: rowNumber };
    const idCell = idColumn ? row[idColumn.index] : undefined;
    const nameCell = nameColumn ? row[nameColumn.index] : undefined;
    const areaColumn = idColumn ?? nameColumn!;
    const match = matcher.match(cellText(idCell) ? idCell : undefined, cellText(nameCell) ? nameCell : undefined);
    let area: string | undefined;
    if (match.kind === 'area') {
      area = match.id;
      if (match.by === 'id' && nameColumn && cellText(nameCell)) {
        const byName = matcher.matchName(nameCell);
        if (byName.kind === 'area' && byName.id !== area) log.warning('key-name-mismatch', { id: area, expected: matcher.nameOf(area) ?? area, found: cellText(nameCell) }, { ...rowPlace, column: columnLetter(areaColumn.index) });
      }
    } else if (match.kind === 'total') {
      log.info('total-row', { found: cellText(nameCell) || cellText(idCell) }, rowPlace);
    } else if (match.kind === 'ambiguous') {
      log.error('ambiguous-area', { found: cellText(nameCell), candidates: match.candidates.join(', ') }, { ...rowPlace, column: columnLetter(areaColumn.index) });
      return;
    } else {
      const found = [cellText(idCell), cellText(nameCell)].filter(Boolean).join(' / ');
      log.error('unknown-area', { found, level: context.levelId, suggestions: match.suggestions.join(', ') }, { ...rowPlace, column: columnLetter(areaColumn.index) });
      return;
    }
    for (const target of targets) {
      let period = target.period;
      if (!period) {
        const cell = periodColumn ? row[periodColumn.index] : undefined;
        if (periodColumn && cellText(cell)) {
          const parsed = periodFromCell(cell);
          if (!parsed) {
            log.error('bad-period', { found: cellText(cell) }, { ...rowPlace, column: columnLetter(periodColumn.index) });
            continue;
          }
          period = parsed;
        } else if (options.period) period = options.period;
        else {
          log.error('bad-period', { found: '' }, { ...rowPlace, column: columnLetter(periodColumn!.index) });
          continue;
        }
      }
      let indicator = target.indicator;
      if (!indicator) {
        const cell = indicatorColumn ? cellText(row[indicatorColumn.index]) : '';
        if (cell) {
          indicator = indicatorId(cell);
          if (!indicators.has(indicator)) indicators.set(indicator, indicator === cell ? {} : { label: cell });
        } else if (options.indicator) indicator = options.indicator;
        else {
          log.error('no-indicator', {}, { ...rowPlace, column: columnLetter(indicatorColumn!.index) });
          continue;
        }
      }
      const info = indicators.get(indicator)!;
      if (unitColumn && info.unit === undefined && cellText(row[unitColumn.index])) info.unit = cellText(row[unitColumn.index]);
      const cell = row[target.column.index];
      const parsed = parseValueCell(cell, decimal.style);
      const cellPlace = { ...rowPlace, column: `${columnLetter(target.column.index)} (${target.column.header})` };
      if ('empty' in parsed) {
        emptyCells++;
        emptyExample ||= `${log.lang === 'de' ? 'Zeile' : 'row'} ${rowNumber}, ${columnLetter(target.column.index)}`;
        continue;
      }
      if ('error' in parsed) {
        log.error('bad-number', { found: cellText(cell) }, cellPlace);
        continue;
      }
      const key = `${indicator}\u0000${area ?? '\u0000total'}\u0000${period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        log.error('duplicate-row', { area: area ?? 'Gesamt', period, indicator, first }, cellPlace);
        continue;
      }
      seen.set(key, rowNumber);
      records.push({ ...(area !== undefined ? { area } : {}), period, indicator, value: parsed, place: cellPlace });
    }
  });
  if (emptyCells) log.warning('empty-cells', { count: emptyCells, example: emptyExample }, base);
  return { records, indicators };
}
