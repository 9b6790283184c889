/**
 * The contract's smallest pieces, each defined once: the id rule, the period schema, the value
 * statuses, capped texts and URLs (the two checks every section applies to its entries are in
 * `value-checks.ts`, without zod, and re-exported here). The section schemas
 * (`schema.ts`, `housing.schema.ts`, `funding.schema.ts`) and their checks build on this module;
 * it imports none of them, so there is no import circle.
 */
import './zod.ts';
import * as z from 'zod/mini';
import { PERIOD_REGEX_SOURCE } from './period.ts';
import { TEXT_LIMITS, type TextKind } from './limits.ts';
import { SAFE_URL_PATTERN_SOURCE } from './url.ts';
import { KEY_PATTERN_SOURCE } from './municipality.ts';

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

import { VALUE_STATUSES } from './statuses.ts';
export { VALUE_STATUSES, VALUE_STATUSES_WITH_NUMBER, VALUE_STATUSES_WITHOUT_NUMBER, type ValueStatus } from './statuses.ts';
export { checkPeriod, checkValueStatus, periodOutsideCalendar, valueStatusDisagrees } from './value-checks.ts';

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
