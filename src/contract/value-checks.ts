/**
 * The two checks every section applies to its entries: a period that exists in the calendar, and
 * a value and its status that agree. Without zod: the parse of valid documents runs them too.
 */
import { PERIOD_REGEX_SOURCE, parsePeriod } from './period.ts';
import { VALUE_STATUSES_WITHOUT_NUMBER } from './statuses.ts';
import type { Path, Report } from './report.ts';

const PERIOD_PATTERN = new RegExp(PERIOD_REGEX_SOURCE);

/** Whether `value` has a period's form but the calendar does not know it (2023-02-30). */
export function periodOutsideCalendar(value: unknown): boolean {
  return typeof value === 'string' && PERIOD_PATTERN.test(value) && !parsePeriod(value);
}

/** A period of the right form that the calendar does not know (2023-02-30); the schema reports the wrong form. */
export function checkPeriod(value: unknown, path: Path, report: Report): void {
  if (periodOutsideCalendar(value)) report(path, 'period', {}, { value });
}

const WITHOUT_NUMBER: readonly unknown[] = VALUE_STATUSES_WITHOUT_NUMBER;

/**
 * A missing value needs a reason, a status "without number" forbids one, a status "with number"
 * needs one. `valueOptional`: the entry may leave `value` out (housing breakdowns), which then
 * counts as no number.
 */
/** Whether {@link checkValueStatus} would report anything for `entry` (without making a path). */
export function valueStatusDisagrees(entry: Record<string, unknown>, valueOptional = false): boolean {
  const value = Object.hasOwn(entry, 'value') ? entry.value : undefined;
  const status = Object.hasOwn(entry, 'status') ? entry.status : undefined;
  const withoutNumber = WITHOUT_NUMBER.includes(status);
  const noNumber = value === null || (valueOptional && value === undefined);
  return (value === null && status === undefined) || (withoutNumber && typeof value === 'number') || (noNumber && typeof status === 'string' && !withoutNumber);
}

export function checkValueStatus(entry: Record<string, unknown>, path: Path, report: Report, { valueOptional = false } = {}): void {
  const value = Object.hasOwn(entry, 'value') ? entry.value : undefined;
  const status = Object.hasOwn(entry, 'status') ? entry.status : undefined;
  const withoutNumber = WITHOUT_NUMBER.includes(status);
  const noNumber = value === null || (valueOptional && value === undefined);
  if (value === null && status === undefined) report([...path, 'status'], 'missing-status');
  else if (withoutNumber && typeof value === 'number') report([...path, 'value'], 'status-with-number', { status: String(status), found: String(value) });
  else if (noNumber && typeof status === 'string' && !withoutNumber) report([...path, 'value'], 'status-without-number', { status });
}
