/**
 * The expected subsidised stock over the coming years:
 *
 *   stock(end of year Y) = stock(base) − Σ expiring up to Y + Σ additions up to Y
 *
 * Pure arithmetic on the contract's entries; it invents nothing. A year without entries keeps
 * the stock of the year before. Entries are counted in the calendar year their period starts in;
 * entries that start before the base period ends are taken to be in the base count already, and
 * entries after the horizon are left out (but counted, so the widget can say so).
 */
import { parsePeriod } from '../../../contract/period.ts';

export interface FlowEntry {
  readonly period: string;
  readonly value: number;
  readonly example?: boolean | undefined;
}

export interface ProjectionInput {
  /** The stock the projection starts from. */
  readonly base: { readonly period: string; readonly value: number };
  /** Dwellings whose commitments end, by period. */
  readonly expiring: readonly FlowEntry[];
  /** New subsidised dwellings, by period. */
  readonly additions: readonly FlowEntry[];
  /** Years ahead of the base year (whole number ≥ 0). */
  readonly horizon: number;
}

export interface ProjectionYear {
  readonly year: number;
  /** Leaving in this year. */
  readonly expiring: number;
  /** Joining in this year. */
  readonly additions: number;
  readonly cumulativeExpiring: number;
  readonly cumulativeAdditions: number;
  /** Expected stock at the end of the year (negative only when the data expire more than exists). */
  readonly stock: number;
  /** Whether an entry counted in this year is illustrative. */
  readonly example: boolean;
}

export interface Projection {
  readonly baseYear: number;
  readonly baseValue: number;
  /** The last year of the projection: base year + horizon. */
  readonly endYear: number;
  readonly years: readonly ProjectionYear[];
  readonly totalExpiring: number;
  readonly totalAdditions: number;
  /** The stock at the end of `endYear` (the base value when the horizon is 0). */
  readonly finalStock: number;
  /** Whether any entry falls inside the horizon: without one, the projection says nothing. */
  readonly hasEntries: boolean;
  /** Whether any entry inside the horizon is illustrative. */
  readonly example: boolean;
  /** Totals of entries after the horizon. */
  readonly beyond: { readonly expiring: number; readonly additions: number };
}

interface YearTotals {
  expiring: number;
  additions: number;
  example: boolean;
}

/** Throws on a base period that does not parse; callers pass validated contract data. */
export function projectStock({ base, expiring, additions, horizon }: ProjectionInput): Projection {
  const baseParsed = parsePeriod(base.period);
  if (!baseParsed) throw new RangeError(`projectStock: base period "${base.period}" is not an ISO 8601 period`);
  const years = Number.isFinite(horizon) ? Math.max(0, Math.floor(horizon)) : 0;
  const baseYear = baseParsed.year;
  const endYear = baseYear + years;

  const byYear = new Map<number, YearTotals>();
  const beyond = { expiring: 0, additions: 0 };
  let hasEntries = false;
  const collect = (entries: readonly FlowEntry[], kind: 'expiring' | 'additions') => {
    for (const entry of entries) {
      const parsed = parsePeriod(entry.period);
      if (!parsed || !Number.isFinite(entry.value) || parsed.start < baseParsed.end) continue;
      // A period starting later in the base year (base 2021-06-30, entry 2021-09) shows in the first projected year.
      const year = Math.max(parsed.year, baseYear + 1);
      if (year > endYear) {
        beyond[kind] += entry.value;
        continue;
      }
      const totals = byYear.get(year) ?? { expiring: 0, additions: 0, example: false };
      totals[kind] += entry.value;
      totals.example ||= entry.example === true;
      byYear.set(year, totals);
      hasEntries = true;
    }
  };
  collect(expiring, 'expiring');
  collect(additions, 'additions');

  const result: ProjectionYear[] = [];
  let cumulativeExpiring = 0;
  let cumulativeAdditions = 0;
  for (let year = baseYear + 1; year <= endYear; year++) {
    const totals = byYear.get(year) ?? { expiring: 0, additions: 0, example: false };
    cumulativeExpiring += totals.expiring;
    cumulativeAdditions += totals.additions;
    result.push({
      year,
      expiring: totals.expiring,
      additions: totals.additions,
      cumulativeExpiring,
      cumulativeAdditions,
      stock: base.value - cumulativeExpiring + cumulativeAdditions,
      example: totals.example,
    });
  }

  return {
    baseYear,
    baseValue: base.value,
    endYear,
    years: result,
    totalExpiring: cumulativeExpiring,
    totalAdditions: cumulativeAdditions,
    finalStock: base.value - cumulativeExpiring + cumulativeAdditions,
    hasEntries,
    example: result.some((y) => y.example),
    beyond,
  };
}
