/**
 * The contract's smallest pieces, each defined once: the id rule, the period schema, the value
 * statuses, capped texts and URLs, and the two checks that every section applies to its entries
 * (a period that exists in the calendar; a value and its status that agree). The section schemas
 * (`schema.ts`, `housing.schema.ts`, `funding.schema.ts`) and their checks build on this module;
 * it imports none of them, so there is no import circle.
 */
import './zod.ts';
import * as z from 'zod/mini';
import { PERIOD_REGEX_SOURCE, parsePeriod } from './period.ts';
import { TEXT_LIMITS, type TextKind } from './limits.ts';
import { SAFE_URL_PATTERN_SOURCE } from './url.ts';
import { KEY_PATTERN_SOURCE } from './municipality.ts';
import type { Path, Report } from './report.ts';

/** Ids of levels, indicators, programmes and projects. Area ids come from geometry and are free text. */
export const ID_PATTERN_SOURCE = '^[A-Za-z0-9][A-Za-z0-9_.:-]*$';
export const CURRENCY_PATTERN_SOURCE = '^[A-Z]{3}$';
/** A Gemeinde's 12-digit Regionalschlüssel (`meta.municipality.ars`). */
export const ARS_PATTERN_SOURCE = '^\\d{12}$';

export const idSchema = z
  .string()
  .check(z.regex(new RegExp(ID_PATTERN_SOURCE)))
  .check(z.meta({ description: 'Identifier: letters, digits, "_", "-", ".", ":"; starts with a letter or digit' }));

export const periodSchema = z
  .string()
  .check(z.regex(new RegExp(PERIOD_REGEX_SOURCE)))
  .check(z.meta({ description: 'ISO 8601 period: 2023, 2023-H1, 2023-Q2, 2023-06 or 2023-12-31', examples: ['2023', '2023-Q2', '2023-06', '2023-12-31'] }));

import { VALUE_STATUSES, VALUE_STATUSES_WITHOUT_NUMBER } from './statuses.ts';
export { VALUE_STATUSES, VALUE_STATUSES_WITH_NUMBER, VALUE_STATUSES_WITHOUT_NUMBER, type ValueStatus } from './statuses.ts';

export const valueStatusSchema = z.enum(VALUE_STATUSES).check(
  z.meta({
    description:
      'After the official table symbols: suppressed (".", geheim gehalten), missing (".", Zahlenwert unbekannt), pending ("…", Angabe fällt später an), not-applicable ("x", Aussage nicht sinnvoll), unreliable ("/", nicht sicher genug): value must be null. provisional ("p"), revised ("r"), estimated ("s"): value is a number. "–" (nichts vorhanden) is the number 0.',
  }),
);

/**
 * A text with a cap from `TEXT_LIMITS`. The cap is metadata, not a zod check: a longer text must
 * not fail the parse (widgets still render it, shortened); `validate.ts` reports it as a soft
 * error and the JSON Schema publishes it as `maxLength`.
 */
export function cappedText(kind: TextKind, { required = false }: { required?: boolean } = {}) {
  const text = z.string().check(z.meta({ maxLength: TEXT_LIMITS[kind] }));
  return required ? text.check(z.minLength(1)) : text;
}

/** An `https:`, `http:` or relative URL (see `url.ts`). */
export const urlSchema = z
  .string()
  .check(z.minLength(1), z.regex(new RegExp(SAFE_URL_PATTERN_SOURCE)))
  .check(z.meta({ description: 'https:, http: or relative URL', maxLength: TEXT_LIMITS.url }));

/** The official key of a publishing body: 2, 3, 5, 8 or 12 digits. */
export const bodyKeySchema = z.string().check(z.regex(new RegExp(KEY_PATTERN_SOURCE)));

/** Pattern → message code, so that a message says in words what a pattern wants. */
export const PATTERN_CODES: ReadonlyMap<string, string> = new Map([
  [String(new RegExp(ID_PATTERN_SOURCE)), 'id-format'],
  [String(new RegExp(PERIOD_REGEX_SOURCE)), 'period'],
  [String(new RegExp(SAFE_URL_PATTERN_SOURCE)), 'unsafe-url'],
  [String(new RegExp(KEY_PATTERN_SOURCE)), 'key-format'],
  [String(new RegExp(CURRENCY_PATTERN_SOURCE)), 'currency-format'],
  [String(new RegExp(ARS_PATTERN_SOURCE)), 'ars-format'],
]);

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
