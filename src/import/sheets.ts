/**
 * A table file to sheets of rows: CSV/TSV (any usual separator and encoding), XLSX (every sheet,
 * read with read-excel-file) and a ZIP that holds either (GENESIS delivers its flat file zipped).
 */
import type { IssueLog, Place } from './messages.ts';
import type { Cell } from './values.ts';
import { baseName, extension, isZip, unzip } from './zip.ts';

export interface Sheet {
  /** Sheet name for XLSX, `undefined` for CSV. */
  readonly name?: string;
  readonly rows: Cell[][];
}

export interface Workbook {
  /** The file name to report (for a ZIP: `archive.zip/inner.csv`). */
  readonly file: string;
  readonly sheets: Sheet[];
  /** The separator of a CSV, for the decimal-style guess. */
  readonly separator?: string;
}

const isXlsxZip = (names: string[]) => names.some((n) => n === 'xl/workbook.xml' || n === '[Content_Types].xml');

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  // read-excel-file wants an ArrayBuffer of exactly the file (Node's Buffers share a larger pool).
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map((cell) => cell as unknown as Cell)) }));
}

export async function readWorkbook(file: { name: string; bytes: Uint8Array }, log: IssueLog): Promise<Workbook | undefined> {
  const place: Place = { file: file.name };
  try {
    if (isZip(file.bytes)) {
      const entries = await unzip(file.bytes);
      if (isXlsxZip(entries.map((e) => e.name))) return { file: file.name, sheets: await readXlsx(file.bytes) };
      const tables = entries.filter((e) => ['csv', 'tsv', 'txt', 'xlsx'].includes(extension(e.name)));
      if (tables.length === 0) {
        log.error('zip-empty', { expected: '.csv, .tsv, .txt, .xlsx', found: entries.map((e) => baseName(e.name)).join(', ') || '—' }, place);
        return undefined;
      }
      if (tables.length > 1) log.warning('zip-several', { found: tables.map((e) => baseName(e.name)).join(', '), used: baseName(tables[0]!.name) }, place);
      return readWorkbook({ name: `${file.name}/${baseName(tables[0]!.name)}`, bytes: tables[0]!.bytes }, log);
    }
    if (extension(file.name) === 'xls' || (file.bytes[0] === 0xd0 && file.bytes[1] === 0xcf)) {
      log.error('unknown-format', { found: log.lang === 'de' ? 'altes Excel-Format .xls: bitte als .xlsx oder CSV speichern' : 'old Excel .xls: save as .xlsx or CSV' }, place);
      return undefined;
    }
    const { readDelimited } = await import('./delimited.ts');
    const table = readDelimited(file.bytes);
    const separatorName = table.separator === '\t' ? 'Tab' : table.separator;
    log.info('table-read', { detail: `CSV, ${log.lang === 'de' ? 'Trennzeichen' : 'separator'} „${separatorName}“, ${table.encoding}${table.encodingReason === 'bom' ? ' (BOM)' : ''}` }, place);
    return { file: file.name, sheets: [{ rows: table.rows }], separator: table.separator };
  } catch (error) {
    log.error('read-failed', { detail: (error as Error).message }, place);
    return undefined;
  }
}
