/**
 * The arithmetic of a funding programme, free of DOM and language: amounts, shares of the total
 * funds, the parts of the stacked bar, deadlines counted from an injectable "today", totals by
 * area and the project filter.
 *
 * ## The formula
 *
 * All amounts are cumulative (see src/contract/funding.schema.ts):
 *
 *     total funds     = budget + Σ additions
 *     still available = total funds − committed + returned
 *
 * `committed` counts every commitment ever made, including money that was paid and then paid
 * back; the returned money is free again, so it flows back into what is available. The bar
 * splits the total funds into parts that never overlap and add up to it exactly:
 *
 *     paid out, net of returns     = paid − returned
 *     committed, not yet paid out  = committed − paid
 *     still available              = total funds − committed + returned
 *
 * (paid − returned) + (committed − paid) + (total − committed + returned) = total.
 * When `paid` is not published the first two collapse into one part "committed"
 * (committed − returned); when `committed` is not published, whatever is not paid out is "unknown".
 *
 * ## Rounding
 *
 * Money is added in whole cents, so 0.1 + 0.2 is 0.3. Percentages are shares of the total funds,
 * rounded to `decimals` places. The parts of the bar are rounded with the largest-remainder
 * method, so they always add up to exactly 100 %; ties go to the earlier part. Every other
 * percentage is the sum of its rounded parts (committed = paid net + open + returned, paid =
 * paid net + returned), so every sum a reader can form from the displayed figures adds up.
 * The price: such a sum may differ from rounding the share directly by one step (0.1 points),
 * and two equal amounts in the bar may differ by one step when the parts must reach 100 %.
 */
import type { DeadlineKind, ExampleField, Programme, Project } from '../../../contract/funding.schema.ts';
import { FUNDED_STATUSES, type ProjectStatus } from '../../../contract/statuses.ts';
export { localIsoDate, parseLocalDate } from './local-date.ts';

export type FigureKey = 'budget' | 'additions' | 'funds' | 'committed' | 'paid' | 'returned' | 'available';
export type SegmentKind = 'paid' | 'open' | 'committed' | 'available' | 'unknown';

export interface Figure {
  readonly key: FigureKey;
  /** The amount, or `null` when the data does not publish it. */
  readonly amount: number | null;
  /** Share of the total funds in percent, rounded; `null` when unknown or the total is 0. */
  readonly percent: number | null;
  /** Whether the amount is (or is computed from) an illustrative figure. */
  readonly example: boolean;
}

export interface Segment {
  readonly kind: SegmentKind;
  readonly amount: number;
  readonly percent: number | null;
  readonly example: boolean;
}

export interface ProgrammeFigures {
  readonly currency: string;
  /** Decimal places for amounts: 2 when any amount of the programme has cents, else 0. */
  readonly amountDecimals: 0 | 2;
  readonly percentDecimals: number;
  readonly figures: Readonly<Record<FigureKey, Figure>>;
  /** The parts of the bar, in drawing order; they add up to the total funds. */
  readonly segments: readonly Segment[];
}

export interface FigureOptions {
  /** Decimal places of percentages (default 1). */
  readonly decimals?: number;
  /** The whole funding section (or document) is illustrative. */
  readonly example?: boolean;
}

export const toCents = (amount: number): number => Math.round(amount * 100);
const fromCents = (cents: number): number => cents / 100;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** `numerator / denominator` rounded half up, for non-negative integers. */
function roundedQuotient(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Shares of `total` in steps of 10^−decimals percent, rounded with the largest-remainder method:
 * each share is its exact value rounded down or up, and together they are the rounded share of
 * their sum (exactly 100 % when they make up the total). Ties go to the earlier part.
 * Parts and total are non-negative integers (cents); returns whole steps.
 */
export function largestRemainder(parts: readonly number[], total: number, decimals = 1): number[] {
  const scale = 100 * 10 ** decimals;
  const exact = parts.map((part) => Math.max(0, part) * scale);
  const steps = exact.map((value) => Math.floor(value / total));
  const remainders = exact.map((value, i) => value - steps[i]! * total);
  const missing = roundedQuotient(sum(exact), total) - sum(steps);
  const order = parts.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (let k = 0; k < missing && k < order.length; k++) {
    const index = order[k]!;
    if (remainders[index]! > 0) steps[index]! += 1;
  }
  return steps;
}

/** Whether a part of the programme is illustrative. */
export function isExampleField(programme: Pick<Programme, 'example' | 'exampleFields'>, field: ExampleField, sectionExample = false): boolean {
  return sectionExample || programme.example === true || programme.exampleFields.includes(field);
}

export function programmeFigures(programme: Programme, { decimals = 1, example = false }: FigureOptions = {}): ProgrammeFigures {
  const ex = (field: ExampleField) => isExampleField(programme, field, example);
  const budget = toCents(programme.budget);
  const additions = sum(programme.additions.map((a) => toCents(a.amount)));
  const funds = budget + additions;
  const committed = programme.committed === undefined ? null : toCents(programme.committed);
  const paid = programme.paid === undefined ? null : toCents(programme.paid);
  const returned = toCents(programme.returned);
  // Never negative, even for figures that bypassed validation.
  const available = committed === null ? null : Math.max(0, funds - committed + returned);

  const exFunds = ex('budget') || (programme.additions.length > 0 && ex('additions'));
  const exReturned = returned > 0 && ex('returned');
  const exAvailable = exFunds || ex('committed') || exReturned;

  const parts: { kind: SegmentKind; cents: number; example: boolean }[] = [];
  if (committed !== null && paid !== null) {
    parts.push({ kind: 'paid', cents: Math.max(0, paid - returned), example: ex('paid') || exReturned });
    parts.push({ kind: 'open', cents: Math.max(0, committed - paid), example: ex('committed') || ex('paid') });
  } else if (committed !== null) {
    parts.push({ kind: 'committed', cents: Math.max(0, committed - returned), example: ex('committed') || exReturned });
  } else if (paid !== null) {
    parts.push({ kind: 'paid', cents: Math.max(0, paid - returned), example: ex('paid') || exReturned });
  }
  if (available !== null) parts.push({ kind: 'available', cents: available, example: exAvailable });
  else parts.push({ kind: 'unknown', cents: Math.max(0, funds - sum(parts.map((p) => p.cents))), example: exFunds });

  const step = 10 ** decimals;
  const percentOf = (steps: number | null) => (steps === null || funds === 0 ? null : steps / step);
  const partSteps = funds > 0 ? largestRemainder(parts.map((p) => p.cents), funds, decimals) : parts.map(() => 0);
  const stepsOf = (...kinds: SegmentKind[]) => sum(parts.map((p, i) => (kinds.includes(p.kind) ? partSteps[i]! : 0)));
  const returnedSteps = funds > 0 ? roundedQuotient(returned * 100 * step, funds) : 0;
  const [budgetSteps, additionSteps] = funds > 0 ? largestRemainder([budget, additions], funds, decimals) : [0, 0];

  const figure = (key: FigureKey, cents: number | null, steps: number | null, isExample: boolean): Figure => ({
    key,
    amount: cents === null ? null : fromCents(cents),
    percent: cents === null ? null : percentOf(steps),
    example: isExample,
  });

  const figures: Record<FigureKey, Figure> = {
    budget: figure('budget', budget, budgetSteps!, ex('budget')),
    additions: figure('additions', additions, additionSteps!, programme.additions.length > 0 && ex('additions')),
    funds: figure('funds', funds, 100 * step, exFunds),
    committed: figure('committed', committed, stepsOf('paid', 'open', 'committed') + returnedSteps, ex('committed')),
    paid: figure('paid', paid, stepsOf('paid') + returnedSteps, ex('paid')),
    returned: figure('returned', returned, returnedSteps, exReturned),
    available: figure('available', available, stepsOf('available'), exAvailable),
  };

  const amounts = [programme.budget, programme.committed, programme.paid, programme.returned, ...programme.additions.map((a) => a.amount), ...programme.projects.map((p) => p.amount)];
  const hasCents = amounts.some((amount) => amount !== undefined && toCents(amount) % 100 !== 0);

  return {
    currency: programme.currency,
    amountDecimals: hasCents ? 2 : 0,
    percentDecimals: decimals,
    figures,
    segments: parts.map((p, i) => ({ kind: p.kind, amount: fromCents(p.cents), percent: percentOf(partSteps[i]!), example: p.example })),
  };
}

// ------------------------------------------------------------------------------ deadlines

export interface DeadlineEntry {
  /** `deadline` for the programme's single `deadline` field, else the kind of a named deadline. */
  readonly kind: DeadlineKind | 'deadline';
  readonly label?: string;
  readonly labelEn?: string;
  readonly date: string;
  /** Days from today to the deadline: positive ahead, 0 today, negative passed; null for a date that does not parse. */
  readonly days: number | null;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time / DAY_MS;
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD): 12 when `to` is twelve days later, −3 when three days earlier. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : Math.round(b - a);
}

/** The programme's deadlines (its single `deadline` and the named ones), by date, counted from `today`. */
export function deadlineEntries(programme: Pick<Programme, 'deadline' | 'deadlines'>, today: string): DeadlineEntry[] {
  const entries: DeadlineEntry[] = [];
  if (programme.deadline) entries.push({ kind: 'deadline', date: programme.deadline, days: daysBetween(today, programme.deadline) });
  for (const d of programme.deadlines) {
    entries.push({ kind: d.kind, ...(d.label ? { label: d.label } : {}), ...(d.labelEn ? { labelEn: d.labelEn } : {}), date: d.date, days: daysBetween(today, d.date) });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The next deadline still ahead (or today); when all have passed, the last one. */
export function nextDeadline(entries: readonly DeadlineEntry[]): DeadlineEntry | undefined {
  return entries.find((e) => e.days !== null && e.days >= 0) ?? entries[entries.length - 1];
}

// ------------------------------------------------------------------------------ projects

export interface AreaTotal {
  /** Area id, or null for projects without an area. */
  readonly area: string | null;
  readonly count: number;
  readonly amount: number;
}

export function isFunded(project: Pick<Project, 'status'>): boolean {
  return FUNDED_STATUSES.includes(project.status);
}

/** Committed amounts of the funded projects (approved, paid, completed) per area, largest first; projects without an area last. */
export function areaTotals(projects: readonly Project[]): AreaTotal[] {
  const totals = new Map<string | null, { count: number; cents: number }>();
  for (const project of projects) {
    if (!isFunded(project)) continue;
    const key = project.area ?? null;
    const entry = totals.get(key) ?? { count: 0, cents: 0 };
    entry.count += 1;
    entry.cents += toCents(project.amount);
    totals.set(key, entry);
  }
  return [...totals]
    .map(([area, { count, cents }]) => ({ area, count, amount: fromCents(cents) }))
    .sort((a, b) => (a.area === null ? 1 : 0) - (b.area === null ? 1 : 0) || b.amount - a.amount || String(a.area).localeCompare(String(b.area)));
}

export interface ProjectFilter {
  /** Only this status; empty or absent for all. */
  readonly status?: ProjectStatus | '';
  /** Only this area id; null or absent for all. */
  readonly area?: string | null;
  /** Words that must all occur in the name, recipient or area name (case and accents ignored). */
  readonly query?: string;
}

const fold = (text: string): string =>
  text
    .toLocaleLowerCase('de-DE')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** The projects that pass the filter, in their original order. `areaName` lets the query match area names. */
export function filterProjects(projects: readonly Project[], filter: ProjectFilter, areaName: (id: string) => string = (id) => id): Project[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return projects.filter((project) => {
    if (filter.status && project.status !== filter.status) return false;
    if (filter.area && project.area !== filter.area) return false;
    if (!words.length) return true;
    const haystack = fold([project.name, project.nameEn, project.recipient, project.area, project.area ? areaName(project.area) : ''].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
