/**
 * Consistency rules for funding figures that the schema alone cannot express. They run on the raw
 * document (also when its structure has errors) and skip whatever is not a number or a string.
 *
 * Amounts are compared in whole cents, so 0.1 + 0.2 never reads as more than 0.3.
 */
import { formatPath, type Path, type Report } from './report.ts';
import { FUNDED_STATUSES } from './statuses.ts';
import { isRecord, own } from './raw.ts';

/** Area ids per area level id, as validate.ts collects them; `undefined` when a level's ids are unknown. */
export type AreasByLevel = ReadonlyMap<string, ReadonlyMap<string, number> | undefined>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const arrayAt = (v: Record<string, unknown>, key: string): unknown[] => {
  const value = own(v, key);
  return Array.isArray(value) ? value : [];
};
const amountAt = (v: Record<string, unknown>, key: string): number | undefined => {
  const value = own(v, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};
export const toCents = (amount: number): number => Math.round(amount * 100);
const fromCents = (cents: number): number => cents / 100;

/** Whether `text` is a calendar date YYYY-MM-DD that exists. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkDate(value: unknown, path: Path, report: Report): boolean {
  if (value === undefined || typeof value !== 'string') return false; // absent or wrong type: the schema reports it
  if (isCalendarDate(value)) return true;
  report(path, 'date', {}, { value });
  return false;
}

function checkUniqueIds(items: unknown[], path: Path, report: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) report([...path, index, 'id'], 'duplicate-id', { found: item.id, first: formatPath([...path, first, 'id']) });
    else seen.set(item.id, index);
  });
}

function checkAreaLevel(level: unknown, path: Path, report: Report, areasByLevel: AreasByLevel | undefined): string | undefined {
  if (typeof level !== 'string' || !areasByLevel) return undefined;
  if (areasByLevel.has(level)) return level;
  report(path, 'unknown-level', { found: level, expected: [...areasByLevel.keys()].map((k) => `"${k}"`).join(', ') || '—' });
  return undefined;
}

function checkAmounts(programme: Record<string, unknown>, path: Path, report: Report): void {
  const budget = amountAt(programme, 'budget');
  const committed = amountAt(programme, 'committed');
  const paid = amountAt(programme, 'paid');
  const returned = amountAt(programme, 'returned') ?? 0;
  const additions = arrayAt(programme, 'additions').reduce<number>((sum, a) => sum + (isRecord(a) ? toCents(amountAt(a, 'amount') ?? 0) : 0), 0);

  if (paid !== undefined && committed !== undefined && toCents(paid) > toCents(committed)) {
    report([...path, 'paid'], 'paid-exceeds-committed', { paid, committed });
  }
  if (committed !== undefined && budget !== undefined) {
    // Returned money is available again and may be committed anew, so it raises the limit.
    const limit = toCents(budget) + additions + toCents(returned);
    if (toCents(committed) > limit) {
      report([...path, 'committed'], 'committed-exceeds-funds', { committed, limit: fromCents(limit), budget, additions: fromCents(additions), returned });
    }
  }
  if (returned > 0) {
    if (paid !== undefined && toCents(returned) > toCents(paid)) report([...path, 'returned'], 'returned-exceeds-paid', { returned, paid });
    else if (paid === undefined && committed !== undefined && toCents(returned) > toCents(committed)) report([...path, 'returned'], 'returned-exceeds-committed', { returned, committed });
  }

  const projects = arrayAt(programme, 'projects');
  if (committed !== undefined && projects.length) {
    const funded = projects.reduce<number>((sum, p) => {
      if (!isRecord(p)) return sum;
      const status = p.status ?? 'approved';
      return (FUNDED_STATUSES as readonly unknown[]).includes(status) ? sum + toCents(amountAt(p, 'amount') ?? 0) : sum;
    }, 0);
    if (funded > toCents(committed)) report([...path, 'projects'], 'projects-exceed-committed', { sum: fromCents(funded), committed });
  }

  const applications = programme.applications;
  if (isRecord(applications) && typeof applications.received === 'number') {
    const decided = ['approved', 'rejected', 'pending', 'withdrawn'].reduce((sum, key) => sum + (typeof applications[key] === 'number' ? (applications[key] as number) : 0), 0);
    if (decided > applications.received) report([...path, 'applications'], 'applications-exceed-received', { sum: decided, received: applications.received });
  }
}

/**
 * Checks the funding section. `areasByLevel` (from validate.ts) enables the check of project
 * areas against the area level that the section or programme names in `level`.
 */
export function checkFunding(funding: unknown, path: Path, report: Report, areasByLevel?: AreasByLevel): void {
  if (!isRecord(funding)) return;
  const programmes = arrayAt(funding, 'programmes');
  checkUniqueIds(programmes, [...path, 'programmes'], report);
  const sectionLevel = checkAreaLevel(funding.level, [...path, 'level'], report, areasByLevel);

  programmes.forEach((programme, index) => {
    if (!isRecord(programme)) return;
    const base = [...path, 'programmes', index];

    const start = checkDate(programme.start, [...base, 'start'], report);
    const end = checkDate(programme.end, [...base, 'end'], report);
    if (start && end && (programme.end as string) < (programme.start as string)) {
      report([...base, 'end'], 'end-before-start', { start: programme.start as string, end: programme.end as string });
    }
    checkDate(programme.deadline, [...base, 'deadline'], report);
    arrayAt(programme, 'deadlines').forEach((d, i) => isRecord(d) && checkDate(d.date, [...base, 'deadlines', i, 'date'], report));
    arrayAt(programme, 'additions').forEach((a, i) => isRecord(a) && checkDate(a.date, [...base, 'additions', i, 'date'], report));

    checkAmounts(programme, base, report);

    const projects = arrayAt(programme, 'projects');
    checkUniqueIds(projects, [...base, 'projects'], report);
    const ownLevel = programme.level === undefined ? undefined : checkAreaLevel(programme.level, [...base, 'level'], report, areasByLevel);
    const level = programme.level === undefined ? sectionLevel : ownLevel;
    const areas = level ? areasByLevel?.get(level) : undefined;
    if (!areas) return;
    projects.forEach((project, p) => {
      if (isRecord(project) && typeof project.area === 'string' && !areas.has(project.area)) {
        report([...base, 'projects', p, 'area'], 'unknown-area', { found: project.area, level: level! });
      }
    });
  });
}
