/**
 * Periods as tables write them, to the contract's ISO 8601 form: `2023`, `2023-12-31`,
 * `31.12.2023`, `2023-Q2`, `Q2/2023`, `2. Quartal 2023`, `2023-06`, `06/2023`, `Juni 2023`, `2023-H1`.
 */
import { parsePeriod } from '../contract/period.ts';
import type { Cell } from './values.ts';

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jänner: 1, january: 1,
  februar: 2, feb: 2, february: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12, december: 12, dec: 12,
};

const pad = (n: number | string) => String(n).padStart(2, '0');
const valid = (text: string): string | null => (parsePeriod(text) ? text : null);

/** The ISO period of a cell, or `null`. Words like "Stand", "Jahr" or "Stichtag" before it are allowed. */
export function periodFromCell(cell: Cell): string | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return valid(`${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`);
  }
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? String(cell) : null;
  const text = cell
    .trim()
    .replace(/^(stand|jahr|stichtag|zeitraum|year|date|am|zum)\s*:?\s*/i, '')
    .replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:\.0)?$/.exec(text))) return valid(m[1]!);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text))) return valid(`${m[1]}-${m[2]}-${m[3]}`);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) return valid(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
  if ((m = /^(\d{4})-?Q([1-4])$/i.exec(text))) return valid(`${m[1]}-Q${m[2]}`);
  if ((m = /^Q([1-4])[/ -]?(\d{4})$/i.exec(text))) return valid(`${m[2]}-Q${m[1]}`);
  if ((m = /^([1-4])\.\s?(?:Quartal|Qu\.?|Vj\.?|Vierteljahr) (\d{4})$/i.exec(text))) return valid(`${m[2]}-Q${m[1]}`);
  if ((m = /^(\d{4})-?H([12])$/i.exec(text))) return valid(`${m[1]}-H${m[2]}`);
  if ((m = /^H([12])[/ -]?(\d{4})$/i.exec(text))) return valid(`${m[2]}-H${m[1]}`);
  if ((m = /^([12])\.\s?(?:Halbjahr|Hj\.?) (\d{4})$/i.exec(text))) return valid(`${m[2]}-H${m[1]}`);
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return valid(`${m[1]}-${m[2]}`);
  if ((m = /^(\d{1,2})[/.](\d{4})$/.exec(text))) return valid(`${m[2]}-${pad(m[1]!)}`);
  if ((m = /^([A-Za-zÄÖÜäöü]+)\.? (\d{4})$/.exec(text))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? valid(`${m[2]}-${pad(month)}`) : null;
  }
  return null;
}
