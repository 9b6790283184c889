/**
 * Downloads generated in the browser: CSV the way German spreadsheets read it, XLSX and images
 * (both loaded with the click, not with the page), each carrying its {@link ExportMeta}.
 */
import type { ExportMeta } from './export-meta.ts';
import { metaRows } from './export-meta.ts';
import type { Lang } from './i18n.ts';
import type { Column } from './table.ts';

/**
 * Spreadsheets read a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula (CSV injection: `=HYPERLINK("…")` from a label would become a live link or worse).
 * Such a text cell is prefixed with `'`, which spreadsheets show as plain text. Only text cells:
 * numbers arrive here as numbers and stay numbers, so `-1,5` in a value column is still `-1,5`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV text. German: `;` as separator and decimal comma, as Excel in a German locale expects;
 * English: `,` and decimal point. A byte-order mark makes Excel read UTF-8 umlauts. Text cells
 * that a spreadsheet would run as a formula are neutralised ({@link neutraliseFormula}).
 */
export function toCsv(lang: Lang, header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const separator = lang === 'de' ? ';' : ',';
  const cell = (value: string | number | null | undefined): string => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'number' ? (lang === 'de' ? String(value).replace('.', ',') : String(value)) : neutraliseFormula(value);
    return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}

/** A spreadsheet cell: numbers stay numbers, text is neutralised on writing. */
export type Cell = string | number | null | undefined;

/** One table of a download: what the table view shows, with its caption when there are several. */
export interface ExportTable {
  readonly caption?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * A table from the columns the widget's table view renders: numeric columns give their number
 * (the status in words where there is none), text columns the text shown.
 */
export function tableFromColumns<R>(columns: readonly Column<R>[], rows: readonly R[], caption?: string): ExportTable {
  const shown = (column: Column<R>, row: R): string => {
    const rendered = column.render?.(row);
    if (typeof rendered === 'string') return rendered;
    const value = column.sortValue(row);
    return value === null ? '' : String(value);
  };
  return {
    ...(caption ? { caption } : {}),
    header: columns.map((c) => c.label),
    rows: rows.map((row) =>
      columns.map((column) => {
        const value = column.sortValue(row);
        return column.numeric && typeof value === 'number' && Number.isFinite(value) ? value : shown(column, row);
      }),
    ),
  };
}

/**
 * CSV of the shown tables with the file's description *below* them: the table starts in the
 * first row, so a spreadsheet opens it with its header in place and filters and sorts it
 * unbroken; after an empty line follow `label;value` rows (title, shown, sources, licence, …).
 * Several tables stand one after another, each under its caption, separated by an empty line.
 */
export function exportCsv(lang: Lang, tables: readonly ExportTable[], meta: ExportMeta): string {
  const single = tables.length === 1;
  const lines: Cell[][] = [];
  tables.forEach((table, index) => {
    if (index > 0) lines.push([]);
    if (!single && table.caption) lines.push([table.caption]);
    lines.push([...table.header], ...table.rows.map((row) => [...row]));
  });
  const [first = [], ...rest] = lines;
  return toCsv(lang, first.map((cell) => (cell === null || cell === undefined ? '' : String(cell))), [...rest, [], ...metaRows(meta)]);
}

export type DownloadFormat = 'csv' | 'xlsx' | 'png' | 'svg';

/** A chart as a standalone SVG document, in CSS pixels. */
export interface ChartPicture {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** What a widget hands over for its downloads. */
export interface ExportSource {
  readonly lang: Lang;
  /** The file name before the extension, in words ("Arbeitslosenanteil 2023"). */
  readonly name: string;
  readonly meta: ExportMeta;
  readonly tables: readonly ExportTable[];
  /** The chart as SVG; absent where no chart is shown (the table view). */
  readonly chart?: () => Promise<ChartPicture>;
  readonly fontFamily?: string;
}

/** The formats a source offers: tables always, images when it has a chart. */
export function formatsOf(source: Pick<ExportSource, 'chart'>): DownloadFormat[] {
  return source.chart ? ['csv', 'xlsx', 'png', 'svg'] : ['csv', 'xlsx'];
}

/** The file of one format. XLSX and the image composition load with the click (dynamic `import()`). */
export async function exportBlob(format: DownloadFormat, source: ExportSource): Promise<Blob> {
  switch (format) {
    case 'csv':
      return new Blob([exportCsv(source.lang, source.tables, source.meta)], { type: 'text/csv;charset=utf-8' });
    case 'xlsx': {
      const { xlsxBlob } = await import('./export-xlsx.ts');
      return xlsxBlob(source.tables, source.meta);
    }
    case 'png':
    case 'svg': {
      if (!source.chart) throw new Error(`No chart to export as ${format}`);
      const { framedPicture, pictureToPng } = await import('./export-image.ts');
      const framed = framedPicture(await source.chart(), source.meta, source.fontFamily);
      return format === 'svg' ? new Blob([framed.markup], { type: 'image/svg+xml;charset=utf-8' }) : pictureToPng(framed, 2);
    }
  }
}

/** Builds the file and hands it to the browser's download. */
export async function saveExport(format: DownloadFormat, source: ExportSource): Promise<void> {
  downloadBlob(`${fileSlug(source.name)}.${format}`, await exportBlob(format, source));
}

type DownloadSink = (filename: string, blob: Blob) => void;
let sink: DownloadSink | undefined;

/**
 * Test seam: while set, files go to `capture` instead of the browser's download (no file system
 * in tests). Returns the function that restores the real download.
 */
export function captureDownloads(capture: DownloadSink): () => void {
  sink = capture;
  return () => {
    if (sink === capture) sink = undefined;
  };
}

export function downloadBlob(filename: string, blob: Blob): void {
  if (sink) {
    sink(filename, blob);
    return;
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(filename: string, csv: string): void {
  downloadBlob(filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** A file name from a title: lowercase ASCII, hyphens. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'daten'
  );
}
