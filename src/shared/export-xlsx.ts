/**
 * The XLSX download: the shown tables on the first sheet, the file's description on a second
 * sheet ("Informationen" / "About"), so the data sheet stays a clean table. Loaded with the click:
 * write-excel-file is imported here only, and this module only through `import()`.
 */
import writeXlsxFile from 'write-excel-file/browser';
import type { Cell as SheetCell, Row } from 'write-excel-file/browser';
import { neutraliseFormula, type Cell, type ExportTable } from './download.ts';
import { metaRows, type ExportMeta } from './export-meta.ts';

const SHEETS = { de: { data: 'Daten', about: 'Informationen' }, en: { data: 'Data', about: 'About' } } as const;

/** A text cell that a spreadsheet would run as a formula is neutralised as in the CSV. */
function cell(value: Cell, bold = false): SheetCell {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return { value, type: Number };
  return { value: neutraliseFormula(value), type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) };
}

/** The rows of the data sheet: each table with its caption (when several) and its header in bold. */
export function dataRows(tables: readonly ExportTable[]): Row[] {
  const rows: Row[] = [];
  const single = tables.length === 1;
  tables.forEach((table, index) => {
    if (index > 0) rows.push([]);
    if (!single && table.caption) rows.push([cell(table.caption, true)]);
    rows.push(table.header.map((h) => cell(h, true)));
    rows.push(...table.rows.map((row) => row.map((c) => cell(c))));
  });
  return rows;
}

export async function xlsxBlob(tables: readonly ExportTable[], meta: ExportMeta): Promise<Blob> {
  const names = SHEETS[meta.lang];
  const data = dataRows(tables);
  const width = Math.max(1, ...tables.map((t) => t.header.length));
  const about: Row[] = metaRows(meta).map(([label, value]) => [cell(label, true), cell(value)]);
  return writeXlsxFile([
    { sheet: names.data, data, columns: Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 28 : 16 })), ...(tables.length === 1 ? { stickyRowsCount: 1 } : {}) },
    { sheet: names.about, data: about, columns: [{ width: 18 }, { width: 90 }] },
  ]).toBlob();
}
