/**
 * Consistency rules for the housing monitor that the schema alone cannot express: unique
 * periods, known areas, value status, shares that add up. Works on the raw document, so it
 * runs (and names paths) even when the structure has errors elsewhere.
 *
 * Uses only the message codes of `messages.ts`; where a rule is about arithmetic the detail is
 * a formula (`Σ shareOfTotal (2021) = 112.4 > 100`), which reads the same in German and English.
 */
import { formatPath, type Path, type Report } from './report.ts';
import { parsePeriod } from './period.ts';
import { checkPeriod, checkValueStatus } from './value-checks.ts';
import { isRecord, recordsAt } from './raw.ts';

/** Area ids per level id (`undefined` for a level whose geometry is a URL: its ids are unknown). */
export type AreasByLevel = ReadonlyMap<string, ReadonlyMap<string, number> | undefined>;

const records = recordsAt;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Decimal places written in a number (5.78 → 2): the precision a statistician rounded to. */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 6;
  return text.split('.')[1]?.length ?? 0;
}

/** Each key once per list: the second occurrence is reported at `path[i].period`. */
function checkUnique(entries: [Record<string, unknown>, number][], base: Path, key: (entry: Record<string, unknown>) => string | undefined, report: Report): void {
  const seen = new Map<string, number>();
  for (const [entry, index] of entries) {
    const k = key(entry);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, index);
    else report([...base, index, 'period'], 'duplicate-period', { found: String(entry.period), first: formatPath([...base, first]) });
  }
}

/** An entry of a breakdown must say something: a count, a reason for its absence, or a share. */
function checkHasFigure(entry: Record<string, unknown>, path: Path, fields: readonly string[], report: Report): void {
  const hasFigure = fields.some((field) => entry[field] !== undefined) || entry.status !== undefined;
  if (!hasFigure) report(path, 'required', { expected: fields.map((f) => `"${f}"`).join(' | ') });
}

/** Shares of one whole, per period, may not add up to more than 100 % (beyond rounding). */
function checkShareSum(entries: [Record<string, unknown>, number][], base: Path, field: string, report: Report): void {
  const byPeriod = new Map<string, { sum: number; tolerance: number }>();
  for (const [entry] of entries) {
    const share = entry[field];
    if (!finite(share) || typeof entry.period !== 'string') continue;
    const total = byPeriod.get(entry.period) ?? { sum: 0, tolerance: 0 };
    total.sum += share;
    total.tolerance += 0.5 * 10 ** -decimalsOf(share);
    byPeriod.set(entry.period, total);
  }
  for (const [period, { sum, tolerance }] of byPeriod) {
    if (sum > 100 + tolerance + 1e-9) report(base, 'inconsistent-amount', { detail: `Σ ${field} (${period}) = ${round(sum)} > 100` });
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function checkStock(housing: Record<string, unknown>, path: Path, report: Report): Map<string, number> {
  const base = [...path, 'stock'];
  const entries = records(housing, 'stock');
  const stockByPeriod = new Map<string, number>();
  checkUnique(entries, base, (e) => (typeof e.period === 'string' ? e.period : undefined), report);
  for (const [entry, index] of entries) {
    const at = [...base, index];
    checkPeriod(entry.period, [...at, 'period'], report);
    const { value, share, dwellings } = entry;
    if (typeof entry.period === 'string' && finite(value) && !stockByPeriod.has(entry.period)) stockByPeriod.set(entry.period, value);
    if (!finite(value) || !finite(dwellings)) continue;
    if (value > dwellings) {
      report([...at, 'value'], 'too-big', { expected: String(dwellings), found: String(value) });
      continue;
    }
    if (finite(share) && dwellings > 0) {
      // A share rounded to 2 places may be off by 0.005 points; the division itself is exact.
      const computed = (value / dwellings) * 100;
      if (Math.abs(computed - share) > 0.5 * 10 ** -decimalsOf(share) + 1e-9) {
        report([...at, 'share'], 'inconsistent-amount', { detail: `share ${share} ≠ value / dwellings × 100 = ${value} / ${dwellings} × 100 = ${round(computed)}` });
      }
    }
  }
  return stockByPeriod;
}

function checkByArea(housing: Record<string, unknown>, path: Path, report: Report, areasByLevel: AreasByLevel | undefined, stockByPeriod: Map<string, number>): void {
  const base = [...path, 'byArea'];
  const entries = records(housing, 'byArea');
  const level = housing.level;
  let areas: ReadonlyMap<string, number> | undefined;
  if (typeof level === 'string' && areasByLevel) {
    if (!areasByLevel.has(level)) report([...path, 'level'], 'unknown-level', { found: level, expected: [...areasByLevel.keys()].map((k) => `"${k}"`).join(', ') || '—' });
    else areas = areasByLevel.get(level);
  }
  const seen = new Map<string, number>();
  const sums = new Map<string, { sum: number; tolerance: number }>();
  for (const [entry, index] of entries) {
    const at = [...base, index];
    checkPeriod(entry.period, [...at, 'period'], report);
    checkValueStatus(entry, at, report, { valueOptional: true });
    checkHasFigure(entry, at, ['value', 'share', 'shareOfTotal'], report);
    if (typeof entry.area !== 'string') continue;
    if (areas && !areas.has(entry.area)) report([...at, 'area'], 'unknown-area', { found: entry.area, level: String(level) });
    const key = `${entry.area}\u0000${String(entry.period)}`;
    const first = seen.get(key);
    if (first !== undefined) report(at, 'duplicate-value', { area: entry.area, period: String(entry.period), first: formatPath([...base, first]) });
    else seen.set(key, index);
    if (typeof entry.period === 'string' && finite(entry.value)) {
      // Counts derived from a rounded share (status "estimated") may each be half a dwelling off.
      const total = sums.get(entry.period) ?? { sum: 0, tolerance: 0 };
      total.sum += entry.value;
      if (entry.status === 'estimated') total.tolerance += 0.5;
      sums.set(entry.period, total);
    }
  }
  checkShareSum(entries, base, 'shareOfTotal', report);
  for (const [period, { sum, tolerance }] of sums) {
    const stock = stockByPeriod.get(period);
    if (stock !== undefined && sum > stock + tolerance) report(base, 'inconsistent-amount', { detail: `Σ byArea.value (${period}) = ${sum} > stock.value (${period}) = ${stock}` });
  }
}

function checkBySize(housing: Record<string, unknown>, path: Path, report: Report): void {
  const base = [...path, 'bySize'];
  const entries = records(housing, 'bySize');
  checkUnique(entries, base, (e) => (typeof e.size === 'string' && typeof e.period === 'string' ? `${e.size}\u0000${e.period}` : undefined), report);
  for (const [entry, index] of entries) {
    const at = [...base, index];
    checkPeriod(entry.period, [...at, 'period'], report);
    checkValueStatus(entry, at, report, { valueOptional: true });
    checkHasFigure(entry, at, ['value', 'share'], report);
  }
  checkShareSum(entries, base, 'share', report);
}

/**
 * Checks `housing` (the raw value at `path`). With `areasByLevel` (the area ids of the document's
 * levels, as `validate.ts` collects them) it also checks `level` and the areas of `byArea`.
 */
export function checkHousing(housing: unknown, path: Path, report: Report, areasByLevel?: AreasByLevel): void {
  if (!isRecord(housing)) return;
  const stockByPeriod = checkStock(housing, path, report);

  const need = records(housing, 'need');
  checkUnique(need, [...path, 'need'], (e) => (typeof e.period === 'string' ? `${e.period}\u0000${typeof e.kind === 'string' ? e.kind : 'households'}` : undefined), report);
  need.forEach(([entry, index]) => checkPeriod(entry.period, [...path, 'need', index, 'period'], report));

  const target = records(housing, 'target');
  checkUnique(target, [...path, 'target'], (e) => (typeof e.period === 'string' ? e.period : undefined), report);
  for (const [entry, index] of target) {
    checkPeriod(entry.period, [...path, 'target', index, 'period'], report);
    if (entry.share === undefined && entry.value === undefined) report([...path, 'target', index], 'required', { expected: '"share" | "value"' });
  }

  for (const key of ['expiring', 'additions'] as const) {
    const entries = records(housing, key);
    checkUnique(entries, [...path, key], (e) => (typeof e.period === 'string' ? e.period : undefined), report);
    entries.forEach(([entry, index]) => checkPeriod(entry.period, [...path, key, index, 'period'], report));
  }

  const lost = records(housing, 'lost');
  checkUnique(lost, [...path, 'lost'], (e) => (typeof e.period === 'string' ? e.period : undefined), report);
  for (const [entry, index] of lost) {
    const at = [...path, 'lost', index];
    checkPeriod(entry.period, [...at, 'period'], report);
    checkPeriod(entry.from, [...at, 'from'], report);
    const from = typeof entry.from === 'string' ? parsePeriod(entry.from) : null;
    const to = typeof entry.period === 'string' ? parsePeriod(entry.period) : null;
    if (from && to && from.start > to.start) report([...at, 'from'], 'too-big', { expected: JSON.stringify(to.text) }, { value: from.text });
  }

  checkByArea(housing, path, report, areasByLevel, stockByPeriod);
  checkBySize(housing, path, report);
  if (isRecord(housing.reference)) checkPeriod(housing.reference.period, [...path, 'reference', 'period'], report);
}
