/**
 * CSV and TSV as offices export them: the separator (`;` from German Excel, `,`, tab, `|`) and the
 * encoding are detected; quoting follows RFC 4180 (d3-dsv does the parsing).
 */
import { dsvFormat } from 'd3-dsv';
import { decodeText, type DecodedText } from './text.ts';

export interface DelimitedTable {
  readonly rows: string[][];
  readonly separator: string;
  readonly encoding: DecodedText['encoding'];
  readonly encodingReason: DecodedText['reason'];
}

const CANDIDATES = [';', '\t', ',', '|'];

/**
 * Scores a separator by the rows it splits into the same number (> 1) of fields: title and note
 * lines above and below the table do not spoil the choice.
 */
function score(rows: string[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best = 0;
  for (const [fields, n] of counts) best = Math.max(best, n * Math.min(fields, 4));
  return best;
}

export function readDelimited(bytes: Uint8Array): DelimitedTable {
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const sample = text.length > 200_000 ? text.slice(0, text.lastIndexOf('\n', 200_000)) : text;
  let separator = ';';
  let best = -1;
  for (const candidate of CANDIDATES) {
    const s = score(dsvFormat(candidate).parseRows(sample));
    if (s > best) {
      best = s;
      separator = candidate;
    }
  }
  const rows = dsvFormat(separator).parseRows(text);
  while (rows.length && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return { rows, separator, encoding: decoded.encoding, encodingReason: decoded.reason };
}
