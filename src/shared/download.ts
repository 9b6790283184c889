/** Downloads generated in the browser: CSV the way German spreadsheets read it, images. */
import type { Lang } from './i18n.ts';

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

export function downloadBlob(filename: string, blob: Blob): void {
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
