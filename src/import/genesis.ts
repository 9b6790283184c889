/**
 * The GENESIS flat file (ffcsv) of Destatis, IT.NRW's Landesdatenbank, the Regionalstatistik and
 * the Zensus database: one row per value with `time`, `N_variable_code/_label`,
 * `N_variable_attribute_code/_label`, `value`, `value_unit`, `value_variable_code/_label` and
 * `value_q`. Recognised by its header, wherever it comes from (.csv or the delivered .zip).
 */
import type { AreaMatcher } from './area-match.ts';
import type { IssueLog, Place } from './messages.ts';
import { periodFromCell } from './periods.ts';
import type { Sheet, Workbook } from './sheets.ts';
import { indicatorId, type IndicatorInfo, type TableOptions, type TableRecord, type TableResult } from './table.ts';
import { detectDecimalStyle, parseValueCell, statusFromQuality, type Cell, type ParsedValue } from './values.ts';

const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/** The header row of a flat file, or -1. */
export function genesisHeaderRow(rows: Cell[][]): number {
  return rows.slice(0, 5).findIndex((row) => {
    const names = row.map(text);
    return names.includes('time') && names.includes('value') && names.includes('1_variable_code') && names.includes('1_variable_attribute_code');
  });
}

const UNITS: Record<string, string> = { anzahl: '', number: '', prozent: '%', percent: '%', 'eur': '€', euro: '€', 'tsd. eur': 'Tsd. €', 'tsd.': 'Tsd.', personen: 'Personen', persons: 'Personen', jahre: 'Jahre', years: 'Jahre', 'qkm': 'km²', 'km2': 'km²' };

export function readGenesis(workbook: Workbook, sheet: Sheet, headerRow: number, options: TableOptions, matcher: AreaMatcher, levelId: string, log: IssueLog): TableResult | undefined {
  const base: Place = sheet.name ? { file: workbook.file, sheet: sheet.name } : { file: workbook.file };
  const header = sheet.rows[headerRow]!.map(text);
  const col = (name: string) => header.indexOf(name);
  const rows = sheet.rows.slice(headerRow + 1).map((row, i) => ({ row, number: headerRow + i + 2 })).filter(({ row }) => row.some((c) => text(c) !== ''));
  const variables: number[] = [];
  for (let n = 1; col(`${n}_variable_attribute_code`) >= 0; n++) variables.push(n);

  // The area variable is the one whose attribute codes (or labels) match the most areas.
  let areaVariable = 0;
  let best = 0;
  for (const n of variables) {
    const code = col(`${n}_variable_attribute_code`);
    const label = col(`${n}_variable_attribute_label`);
    const hits = rows.reduce((sum, { row }) => sum + (matcher.match(row[code], label >= 0 ? row[label] : undefined).kind === 'area' ? 1 : 0), 0);
    if (hits > best) {
      best = hits;
      areaVariable = n;
    }
  }
  if (!areaVariable) {
    const checked = variables.map((n) => text(rows[0]?.row[col(`${n}_variable_code`)]) || `${n}_variable`).join(', ');
    log.error('genesis-no-area', { found: checked || '—' }, base);
    return undefined;
  }
  const statistic = [text(rows[0]?.row[col('statistics_code')]), text(rows[0]?.row[col('statistics_label')])].filter(Boolean).join(' ');
  log.info('genesis-detected', { statistic: statistic || '—', variable: text(rows[0]?.row[col(`${areaVariable}_variable_code`)]) || `${areaVariable}_variable` }, base);

  // Other variables with more than one attribute split the values into several indicators.
  const splitting = variables.filter((n) => n !== areaVariable && new Set(rows.map(({ row }) => text(row[col(`${n}_variable_attribute_code`)]))).size > 1);
  const valueIndex = col('value');
  const decimal = detectDecimalStyle(rows.map(({ row }) => text(row[valueIndex])), ';');
  const indicators = new Map<string, IndicatorInfo>();
  const records: TableRecord[] = [];
  const seen = new Map<string, number>();
  const combos = new Set(rows.map(({ row }) => [text(row[col('value_variable_code')]), ...splitting.map((n) => text(row[col(`${n}_variable_attribute_code`)]))].join('\u0000')));
  for (const { row, number } of rows) {
    const place = { ...base, row: number };
    const codeCell = row[col(`${areaVariable}_variable_attribute_code`)];
    const labelCell = row[col(`${areaVariable}_variable_attribute_label`)];
    const match = matcher.match(codeCell, labelCell);
    let area: string | undefined;
    if (match.kind === 'area') area = match.id;
    else if (match.kind === 'total') log.info('total-row', { found: text(labelCell) || text(codeCell) }, place);
    else {
      const found = [text(codeCell), text(labelCell)].filter(Boolean).join(' / ');
      if (match.kind === 'ambiguous') log.error('ambiguous-area', { found, candidates: match.candidates.join(', ') }, { ...place, column: `${areaVariable}_variable_attribute_code` });
      else log.error('unknown-area', { found, level: levelId, suggestions: match.suggestions.join(', ') }, { ...place, column: `${areaVariable}_variable_attribute_code` });
      continue;
    }
    const timeCell = row[col('time')];
    const period = periodFromCell(timeCell);
    if (!period) {
      log.error('bad-period', { found: text(timeCell) }, { ...place, column: 'time' });
      continue;
    }
    const valueCode = text(row[col('value_variable_code')]);
    const suffixes = splitting.map((n) => text(row[col(`${n}_variable_attribute_code`)])).filter(Boolean);
    const labels = splitting.map((n) => text(row[col(`${n}_variable_attribute_label`)])).filter(Boolean);
    const own = options.indicator && combos.size === 1 ? options.indicator : indicatorId([options.indicator ?? valueCode.toLowerCase(), ...suffixes.map((s) => s.toLowerCase())].join('-'));
    if (!indicators.has(own)) {
      const unit = text(row[col('value_unit')]);
      const label = [text(row[col('value_variable_label')]) || valueCode, ...labels].join(' – ');
      indicators.set(own, { label, unit: UNITS[unit.toLowerCase()] ?? unit });
    }
    const valueCell = row[valueIndex];
    let parsed = parseValueCell(valueCell, decimal.style);
    const quality = col('value_q') >= 0 ? statusFromQuality(text(row[col('value_q')])) : 'final';
    const qualifiesNumber = (q: ParsedValue) => q.status === 'provisional' || q.status === 'revised' || q.status === 'estimated';
    if ('empty' in parsed && quality && quality !== 'final' && !qualifiesNumber(quality)) parsed = quality;
    if ('error' in parsed || 'empty' in parsed) {
      log.error('bad-number', { found: text(valueCell) }, { ...place, column: 'value' });
      continue;
    }
    let value: ParsedValue = parsed;
    if (quality && quality !== 'final' && value.status === undefined) {
      // value_q p/r/s qualifies a number; ".", "x", "/", "..." replace it.
      if (qualifiesNumber(quality)) value = value.value === null ? value : { value: value.value, status: quality.status };
      else value = quality;
    }
    const key = `${own}\u0000${area ?? ''}\u0000${period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      log.error('duplicate-row', { area: area ?? 'Gesamt', period, indicator: own, first }, place);
      continue;
    }
    seen.set(key, number);
    records.push({ ...(area !== undefined ? { area } : {}), period, indicator: own, value, place: { ...place, column: 'value' } });
  }
  return { records, indicators };
}
