/**
 * ISO 8601 periods as the contract uses them: a year (`2023`), a half-year (`2023-H1`),
 * a quarter (`2023-Q2`), a month (`2023-06`) or a reference date (`2023-12-31`).
 */
export type PeriodGranularity = 'year' | 'half' | 'quarter' | 'month' | 'day';

export interface ParsedPeriod {
  readonly text: string;
  readonly granularity: PeriodGranularity;
  readonly year: number;
  /** 1-based: month (month, day), quarter (quarter), half (half); 1 for a year. */
  readonly part: number;
  /** Day of month for reference dates, else 1. */
  readonly day: number;
  /** First instant of the period, UTC milliseconds. */
  readonly start: number;
  /** First instant after the period, UTC milliseconds. */
  readonly end: number;
}

const PERIOD_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|Q([1-4])|H([12])))?$/;

/** Pattern for the JSON Schema; day-in-month validity is checked by {@link parsePeriod}. */
export const PERIOD_REGEX_SOURCE = '^\\d{4}(-((0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|Q[1-4]|H[12]))?$';

const cache = new Map<string, ParsedPeriod | null>();

/** Parses a period; returns `null` when the text is not a valid ISO 8601 period. */
export function parsePeriod(text: string): ParsedPeriod | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = parseUncached(text);
  if (cache.size > 10_000) cache.clear();
  cache.set(text, result);
  return result;
}

function parseUncached(text: string): ParsedPeriod | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const [, , month, day, quarter, half] = match;
  if (day !== undefined) {
    const m = Number(month);
    const d = Number(day);
    const start = Date.UTC(year, m - 1, d);
    // Date.UTC rolls 2023-02-30 over to March: reject dates that do not exist.
    if (new Date(start).getUTCDate() !== d) return null;
    return { text, granularity: 'day', year, part: m, day: d, start, end: Date.UTC(year, m - 1, d + 1) };
  }
  if (month !== undefined) {
    const m = Number(month);
    return { text, granularity: 'month', year, part: m, day: 1, start: Date.UTC(year, m - 1, 1), end: Date.UTC(year, m, 1) };
  }
  if (quarter !== undefined) {
    const q = Number(quarter);
    return { text, granularity: 'quarter', year, part: q, day: 1, start: Date.UTC(year, (q - 1) * 3, 1), end: Date.UTC(year, q * 3, 1) };
  }
  if (half !== undefined) {
    const h = Number(half);
    return { text, granularity: 'half', year, part: h, day: 1, start: Date.UTC(year, (h - 1) * 6, 1), end: Date.UTC(year, h * 6, 1) };
  }
  return { text, granularity: 'year', year, part: 1, day: 1, start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
}

export function isPeriod(text: unknown): text is string {
  return typeof text === 'string' && parsePeriod(text) !== null;
}

/**
 * The instant a period is drawn at on a time axis: a reference date at that day,
 * a span (year, quarter, month) at its middle, so unequal spacing stays unequal.
 */
export function periodInstant(text: string): number {
  const p = parsePeriod(text);
  if (!p) return Number.NaN;
  return p.granularity === 'day' ? p.start : p.start + (p.end - p.start) / 2;
}

/** Orders periods chronologically by their start, then by length (a year before its first month). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.start - pb.start || pb.end - pa.end;
}

/** Distinct periods in chronological order. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort(comparePeriods);
}
