/**
 * Validates a contract document: the structure from the zod schema, then the rules a schema
 * cannot express (unique ids, references, value status, geometry), then the text caps.
 * Collects every error and says where it lies: in which part, and in the writer's words.
 */
import type * as z from 'zod';
import { withPlainPrototype } from './zod.ts';
import { contractSchema, type ContractDocument } from './schema.ts';
import { parseContract } from './fast-parse.ts';
import { PATTERN_CODES } from './primitives.ts';
import { type Lang, describeValue, didYouMean, typeName, validationMessage } from './messages.ts';
import { featureId } from './areas.ts';
import { areaIdsOfLevel, checkSemantics } from './semantics.ts';
import { validDocument } from './valid-document.ts';
import { formatPath, type ContractError, type Path, type Report } from './report.ts';
import { describePlace, partOf } from './place.ts';
import { fieldNamesAt, findLongTexts } from './schema-walk.ts';
import { arrayAt, isRecord, own, textAt } from './raw.ts';
import { parseContractText } from './json-text.ts';

export { featureId, areaIdsOfLevel, checkSemantics };
export { formatPath, describeValue, type ContractError, type Report };

/**
 * The outcome of a validation. When `valid` is false:
 * - `document` is present when every error that is not `soft` lies inside a part of the
 *   document — one indicator (`indicator:<id>`), the housing section (`housing`), the funding
 *   section outside its programmes (`funding`) or one programme (`programme:<id>`). The broken
 *   parts are **removed** from it: an indicator, programme or section that is there is intact.
 *   Soft errors (texts over their cap) remove nothing.
 * - `brokenParts` names each removed part with its errors, so a widget can tell "this indicator
 *   is broken" (show a plain message, fire `qw-error`) from "there is no such indicator".
 * - Errors outside every part (not JSON, wrong version, broken `meta` or `areaLevels`) leave
 *   `document` undefined: nothing can be shown.
 */
export type ValidationResult =
  | { readonly valid: true; readonly document: ContractDocument; readonly errors: readonly []; readonly brokenParts?: undefined }
  | {
      readonly valid: false;
      readonly document?: ContractDocument | undefined;
      readonly errors: readonly ContractError[];
      readonly brokenParts?: ReadonlyMap<string, readonly ContractError[]> | undefined;
    };

export interface ValidateOptions {
  lang?: Lang;
  /** Stop collecting after this many errors (a broken 10 MB file can hold millions). */
  maxErrors?: number;
}

/** An error before it is put into words: the place and the part follow from the path. */
interface Finding {
  readonly path: Path;
  readonly code: string;
  readonly params: Record<string, string | number>;
  /** Where the place is named from, when not `path` (an unknown field is named on its object). */
  readonly placePath?: Path;
  /** A word that is not allowed, the allowed ones, and whether the message should list them (when few). */
  readonly suggest?: { readonly found: string; readonly allowed: readonly string[]; readonly list: boolean };
  readonly soft?: true;
}

type Issue = z.core.$ZodIssue;

function issueToFindings(lang: Lang, issue: Issue, doc: unknown): Finding[] {
  const path = issue.path as Path;
  const found = describeValue(lang, issue.input);
  const make = (code: string, params: Record<string, string | number> = {}, extra: Partial<Finding> = {}): Finding[] => [{ path, code, params: { found, ...params }, ...extra }];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return make('required', { expected: typeName(lang, issue.expected) });
      if (issue.expected === 'int') return make('not-integer');
      return make('type', { expected: typeName(lang, issue.expected) });
    case 'invalid_value': {
      // The message lists the allowed values already.
      const suggest = typeof issue.input === 'string' ? { suggest: { found: issue.input, allowed: issue.values.map(String), list: false } } : {};
      return make('value', { expected: issue.values.map((v) => JSON.stringify(v)).join(' | ') }, suggest);
    }
    case 'too_small':
      if (issue.origin === 'string') return make('empty-text');
      if (issue.origin === 'array') return make('too-short', { expected: String(issue.minimum), found: Array.isArray(issue.input) ? issue.input.length : found });
      return make('too-small', { expected: String(issue.minimum) });
    case 'too_big':
      return make('too-big', { expected: String(issue.maximum) });
    case 'invalid_format':
      return make((issue.pattern !== undefined && PATTERN_CODES.get(issue.pattern)) || 'format');
    case 'unrecognized_keys': {
      // One finding per field, at the field itself; the place is named by its object.
      const allowed = fieldNamesAt(contractSchema as never, doc, path);
      return issue.keys.map((key) => ({ path: [...path, key], placePath: path, code: 'unknown-key', params: { found: key }, suggest: { found: key, allowed, list: true } }));
    }
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      // Without a discriminator, name what each branch wanted at this place: "Text | Objekt".
      const branchTypes = [...new Set(issue.errors.flatMap((branch) => branch.filter((i) => i.path.length === 0 && i.code === 'invalid_type').map((i) => typeName(lang, (i as { expected: string }).expected))))];
      const expected = options ? options.map((o) => JSON.stringify(o)).join(' | ') : branchTypes.join(' | ') || '…';
      const discriminator = issue.discriminator;
      return make('union', { expected, ...(discriminator && isRecord(issue.input) ? { found: describeValue(lang, own(issue.input, discriminator)) } : {}) });
    }
    default:
      return make('invalid');
  }
}

class TooManyErrors extends Error {}

/**
 * A union reports "matches nothing" at its own path. When the input is an object, the branch
 * that got furthest (deepest first issue) says far better what is wrong: report its issues.
 */
function unwrapUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0 || typeof issue.input !== 'object' || issue.input === null) return [issue];
  const depth = (branch: Issue[]) => Math.max(...branch.map((i) => i.path.length));
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
  if (depth(best) === 0 && best.every((i) => i.code === 'invalid_type')) return [issue];
  return best.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

/** "Meinten Sie …?" for an unknown area (among the level's areas) or an unknown level. */
function suggestionFor(doc: unknown, code: string, params: Record<string, string | number>): Pick<Finding, 'suggest'> {
  const found = params.found;
  if (typeof found !== 'string') return {};
  const levels = arrayAt(doc, 'areaLevels');
  if (code === 'unknown-level') return { suggest: { found, allowed: levels.flatMap((l) => textAt(l, 'id') ?? []), list: false } };
  if (code !== 'unknown-area') return {};
  const level = levels.find((l) => textAt(l, 'id') === params.level);
  return { suggest: { found, allowed: isRecord(level) ? [...(areaIdsOfLevel(level)?.keys() ?? [])] : [], list: true } };
}

function toError(lang: Lang, doc: unknown, finding: Finding): ContractError {
  const place = describePlace(doc, finding.placePath ?? finding.path, lang);
  let what = validationMessage(lang, finding.code, finding.params);
  if (finding.suggest) what += didYouMean(lang, finding.suggest.found, finding.suggest.allowed, finding.suggest.list);
  const part = partOf(doc, finding.path);
  return { path: formatPath(finding.path), code: finding.code, message: `${place}: ${what}`, ...(finding.soft ? { soft: true as const } : {}), ...(part !== undefined ? { part } : {}) };
}

/**
 * An error found outside `validateContract` (e.g. by the CLI, which reads geometry URLs), worded
 * like the validator's own: the place in the writer's words, then what is wrong.
 */
export function contractError(doc: unknown, path: Path, code: string, params: Record<string, string | number>, lang: Lang = 'de', soft = false): ContractError {
  return toError(lang, doc, { path, code, params, ...(soft ? { soft: true as const } : {}) });
}

/** The raw document without the broken parts. */
function withoutParts(doc: Record<string, unknown>, broken: ReadonlySet<string>): Record<string, unknown> {
  const pruned: Record<string, unknown> = { ...doc };
  const indicators = own(doc, 'indicators');
  if (Array.isArray(indicators)) pruned.indicators = indicators.filter((_, i) => !broken.has(partOf(doc, ['indicators', i])!));
  if (broken.has('housing')) delete pruned.housing;
  const funding = own(doc, 'funding');
  if (broken.has('funding')) delete pruned.funding;
  else if (isRecord(funding) && Array.isArray(own(funding, 'programmes'))) {
    const programmes = own(funding, 'programmes') as unknown[];
    pruned.funding = { ...funding, programmes: programmes.filter((_, i) => !broken.has(partOf(doc, ['funding', 'programmes', i])!)) };
  }
  return pruned;
}

/** Validates a parsed JSON value against the contract. Never throws. */
export function validateContract(input: unknown, options: ValidateOptions = {}): ValidationResult {
  // A document without any finding needs neither zod's pass nor the wording of findings.
  const clean = validDocument(input);
  if (clean) return { valid: true, document: clean, errors: [] };
  return explainContract(input, options);
}

/**
 * `validateContract` without its first step, for a caller that ran `validDocument` itself and
 * got no document: zod, the checks and the words for every finding.
 */
export function explainContract(input: unknown, options: ValidateOptions = {}): ValidationResult {
  // Also the checks read the raw document with plain property access: keep page additions to Object.prototype out.
  return withPlainPrototype(() => validate(input, options));
}

function validate(input: unknown, options: ValidateOptions): ValidationResult {
  const lang = options.lang ?? 'de';
  const maxErrors = options.maxErrors ?? 1000;
  const findings: Finding[] = [];
  let complete = true;
  const add = (finding: Finding) => {
    if (findings.length >= maxErrors) {
      complete = false;
      throw new TooManyErrors();
    }
    findings.push(finding);
  };
  const parsed = parseContract(input, { reportInput: true });
  const report: Report = (path, code, params = {}, found) => {
    const allParams = found ? { ...params, found: describeValue(lang, found.value) } : params;
    add({ path, code, params: allParams, ...suggestionFor(input, code, params) });
  };
  const reportLong = (path: Path, max: number, length: number) => add({ path, code: 'too-long', params: { expected: max, found: length }, soft: true });
  try {
    if (!parsed.success) for (const issue of parsed.error.issues.flatMap(unwrapUnion)) for (const finding of issueToFindings(lang, issue, input)) add(finding);
    checkSemantics(input, report, reportLong);
    findLongTexts(contractSchema as never, input, reportLong);
  } catch (error) {
    if (!(error instanceof TooManyErrors)) throw error;
  }
  if (findings.length === 0 && parsed.success) return { valid: true, document: parsed.data, errors: [] };

  const errors = findings.map((finding) => toError(lang, input, finding));
  const hard = errors.filter((e) => !e.soft);
  if (!complete || !isRecord(input) || hard.some((e) => e.part === undefined)) return { valid: false, errors };
  const brokenParts = new Map<string, ContractError[]>();
  for (const error of hard) brokenParts.set(error.part!, [...(brokenParts.get(error.part!) ?? []), error]);
  if (brokenParts.size === 0 && parsed.success) return { valid: false, errors, document: parsed.data, brokenParts };
  const intact = parseContract(withoutParts(input, new Set(brokenParts.keys())));
  return { valid: false, errors, document: intact.success ? intact.data : undefined, brokenParts };
}

/** Parses JSON text (see `parseContractText`) and validates it; a syntax error becomes one error at `$`. */
export function validateContractText(text: string, options: ValidateOptions = {}): ValidationResult {
  const parsed = parseContractText(text, { lang: options.lang ?? 'de' });
  return parsed.ok ? validateContract(parsed.value, options) : { valid: false, errors: [parsed.error] };
}
