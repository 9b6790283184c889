/**
 * Validates a contract document: the structure from the zod schema, then the rules a schema
 * cannot express (unique ids, references, value status, geometry). Collects every error.
 */
import type * as z from 'zod';
import { contractSchema, type ContractDocument, VALUE_STATUSES_WITHOUT_NUMBER } from './schema.ts';
import { PERIOD_REGEX_SOURCE, parsePeriod } from './period.ts';
import { type Lang, typeName, validationMessage } from './messages.ts';
import { checkFunding } from './funding.checks.ts';
import { checkHousing } from './housing.checks.ts';
import { featureId } from './areas.ts';

export { featureId };

export interface ContractError {
  /** JSONPath-like location, e.g. `$.indicators[0].values[3].value`. */
  readonly path: string;
  /** Stable machine code, e.g. `type`, `unknown-area`, `duplicate-id`. */
  readonly code: string;
  /** The message in the requested language. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly valid: true; readonly document: ContractDocument; readonly errors: readonly [] }
  | { readonly valid: false; readonly document?: undefined; readonly errors: readonly ContractError[] };

export interface ValidateOptions {
  lang?: Lang;
  /** Stop collecting after this many errors (a broken 10 MB file can hold millions). */
  maxErrors?: number;
}

type Path = readonly PropertyKey[];
/**
 * Records one error. `found.value`, when given, is described in the message's language
 * (`Text "2023-02-30"`) and fills the `found` parameter.
 */
export type Report = (path: Path, code: string, params?: Record<string, string | number>, found?: { value: unknown }) => void;

export function formatPath(path: Path): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  return out;
}

/** A short description of a found value for error messages. */
export function describeValue(lang: Lang, value: unknown): string {
  if (value === undefined) return typeName(lang, 'undefined');
  if (value === null) return 'null';
  if (Array.isArray(value)) return `${typeName(lang, 'array')} (${value.length})`;
  if (typeof value === 'object') return typeName(lang, 'object');
  if (typeof value === 'string') return `${typeName(lang, 'string')} ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `${typeName(lang, 'number')} ${String(value)}`;
  return `${typeName(lang, typeof value)} ${String(value)}`;
}

function zodIssueToError(lang: Lang, issue: z.core.$ZodIssue): ContractError {
  const path = formatPath(issue.path);
  const found = describeValue(lang, issue.input);
  const make = (code: string, params: Record<string, string | number> = {}) => ({ path, code, message: validationMessage(lang, code, { found, ...params }) });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return make('required', { expected: typeName(lang, issue.expected) });
      if (issue.expected === 'int') return make('not-integer');
      return make('type', { expected: typeName(lang, issue.expected) });
    case 'invalid_value':
      return make('value', { expected: issue.values.map((v) => JSON.stringify(v)).join(' | ') });
    case 'too_small':
      if (issue.origin === 'string') return make('empty-text');
      if (issue.origin === 'array') return make('too-short', { expected: String(issue.minimum), found: Array.isArray(issue.input) ? issue.input.length : found });
      return make('too-small', { expected: String(issue.minimum) });
    case 'too_big':
      return make('too-big', { expected: String(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern?.includes(PERIOD_REGEX_SOURCE.slice(1, 12))) return make('period');
      return make('format', { expected: issue.pattern ?? issue.format });
    case 'unrecognized_keys':
      return make('unknown-key', { found: issue.keys.join(', ') });
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      // Without a discriminator, name what each branch wanted at this place: "Text | Objekt".
      const branchTypes = [...new Set(issue.errors.flatMap((branch) => branch.filter((i) => i.path.length === 0 && i.code === 'invalid_type').map((i) => typeName(lang, (i as { expected: string }).expected))))];
      const expected = options ? options.map((o) => JSON.stringify(o)).join(' | ') : branchTypes.join(' | ') || '…';
      const discriminator = issue.discriminator;
      const input = issue.input as Record<string, unknown> | undefined;
      return make('union', { expected, ...(discriminator && isRecord(input) ? { found: describeValue(lang, input[discriminator]) } : {}) });
    }
    default:
      return { path, code: issue.code ?? 'invalid', message: issue.message };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayAt = (v: unknown, key: string): unknown[] => (isRecord(v) && Array.isArray(v[key]) ? (v[key] as unknown[]) : []);

/** Area ids per level, from inline geometry; levels whose geometry is a URL map to `undefined`. */
export function areaIdsOfLevel(level: Record<string, unknown>): Map<string, number> | undefined {
  const geometry = level.geometry;
  if (!isRecord(geometry)) return undefined;
  const idProperty = typeof level.idProperty === 'string' ? level.idProperty : 'id';
  const ids = new Map<string, number>();
  arrayAt(geometry, 'features').forEach((feature, index) => {
    const id = featureId(feature, idProperty);
    if (id !== undefined && !ids.has(id)) ids.set(id, index);
  });
  return ids;
}


function checkUniqueIds(items: unknown[], basePath: Path, report: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) report([...basePath, index, 'id'], 'duplicate-id', { found: item.id, first: formatPath([...basePath, first, 'id']) });
    else seen.set(item.id, index);
  });
}

const PERIOD_PATTERN = new RegExp(PERIOD_REGEX_SOURCE);

function checkPeriod(value: unknown, path: Path, report: Report): void {
  // The schema's pattern accepts 2023-02-30; only a calendar knows better.
  if (typeof value === 'string' && PERIOD_PATTERN.test(value) && !parsePeriod(value)) report(path, 'period', {}, { value });
}

function checkValueStatus(entry: Record<string, unknown>, path: Path, report: Report): void {
  const { value, status } = entry;
  const withoutNumber = (VALUE_STATUSES_WITHOUT_NUMBER as readonly unknown[]).includes(status);
  if (value === null && status === undefined) report([...path, 'status'], 'missing-status');
  else if (withoutNumber && typeof value === 'number') report([...path, 'value'], 'status-with-number', { status: String(status), found: String(value) });
  else if (value === null && typeof status === 'string' && !withoutNumber) report([...path, 'value'], 'status-without-number', { status });
}

function checkRing(ring: unknown, path: Path, report: Report): void {
  if (!Array.isArray(ring)) return;
  for (let i = 0; i < ring.length; i++) {
    const pos = ring[i] as unknown;
    if (!Array.isArray(pos)) continue;
    const [lon, lat] = pos as unknown[];
    if (typeof lon === 'number' && typeof lat === 'number' && (lon < -180 || lon > 180 || lat < -90 || lat > 90)) {
      report([...path, i], 'coordinate-range', { found: `[${lon}, ${lat}]` });
      return;
    }
  }
  const first = ring[0] as unknown;
  const last = ring[ring.length - 1] as unknown;
  if (ring.length >= 4 && Array.isArray(first) && Array.isArray(last) && (first[0] !== last[0] || first[1] !== last[1])) report(path, 'ring-not-closed');
}

function checkGeometry(level: Record<string, unknown>, path: Path, report: Report): void {
  const geometry = level.geometry;
  if (!isRecord(geometry)) return;
  const idProperty = typeof level.idProperty === 'string' ? level.idProperty : 'id';
  const seen = new Map<string, number>();
  arrayAt(geometry, 'features').forEach((feature, f) => {
    const featurePath = [...path, 'geometry', 'features', f];
    if (!isRecord(feature)) return;
    const id = featureId(feature, idProperty);
    if (id === undefined) report([...featurePath, 'properties', idProperty], 'feature-id-missing', { expected: idProperty });
    else if (seen.has(id)) report([...featurePath, 'properties', idProperty], 'duplicate-id', { found: id, first: formatPath([...path, 'geometry', 'features', seen.get(id)!]) });
    else seen.set(id, f);
    const geom = feature.geometry;
    if (!isRecord(geom) || !Array.isArray(geom.coordinates)) return;
    const polygons = geom.type === 'MultiPolygon' ? geom.coordinates : [geom.coordinates];
    polygons.forEach((polygon: unknown, p: number) => {
      if (!Array.isArray(polygon)) return;
      const polyPath = geom.type === 'MultiPolygon' ? [...featurePath, 'geometry', 'coordinates', p] : [...featurePath, 'geometry', 'coordinates'];
      polygon.forEach((ring: unknown, r: number) => checkRing(ring, [...polyPath, r], report));
    });
  });
}

/** Checks that the JSON Schema cannot express. Works on the raw document, so it runs even when the structure has errors. */
export function checkSemantics(doc: unknown, report: Report): void {
  if (!isRecord(doc)) return;
  const levels = arrayAt(doc, 'areaLevels');
  const indicators = arrayAt(doc, 'indicators');
  checkUniqueIds(levels, ['areaLevels'], report);
  checkUniqueIds(indicators, ['indicators'], report);
  if (isRecord(doc.meta)) checkPeriod(doc.meta.updated, ['meta', 'updated'], report);

  const areasByLevel = new Map<string, Map<string, number> | undefined>();
  levels.forEach((level, index) => {
    if (!isRecord(level)) return;
    checkGeometry(level, ['areaLevels', index], report);
    if (typeof level.id === 'string' && !areasByLevel.has(level.id)) areasByLevel.set(level.id, areaIdsOfLevel(level));
  });

  indicators.forEach((indicator, i) => {
    if (!isRecord(indicator)) return;
    const base = ['indicators', i];
    const levelId = indicator.level;
    const knownLevel = typeof levelId === 'string' && areasByLevel.has(levelId);
    if (typeof levelId === 'string' && !knownLevel) report([...base, 'level'], 'unknown-level', { found: levelId, expected: [...areasByLevel.keys()].map((k) => `"${k}"`).join(', ') || '—' });
    const areas = knownLevel ? areasByLevel.get(levelId) : undefined;
    const seen = new Map<string, number>();
    arrayAt(indicator, 'values').forEach((entry, v) => {
      if (!isRecord(entry)) return;
      const path = [...base, 'values', v];
      checkPeriod(entry.period, [...path, 'period'], report);
      checkValueStatus(entry, path, report);
      if (typeof entry.area === 'string') {
        if (areas && !areas.has(entry.area)) report([...path, 'area'], 'unknown-area', { found: entry.area, level: String(levelId) });
        const key = `${entry.area}\u0000${String(entry.period)}`;
        const first = seen.get(key);
        if (first !== undefined) report(path, 'duplicate-value', { area: entry.area, period: String(entry.period), first: formatPath([...base, 'values', first]) });
        else seen.set(key, v);
      }
    });
    const seenTotal = new Map<string, number>();
    arrayAt(indicator, 'total').forEach((entry, t) => {
      if (!isRecord(entry)) return;
      const path = [...base, 'total', t];
      checkPeriod(entry.period, [...path, 'period'], report);
      checkValueStatus(entry, path, report);
      if (typeof entry.period === 'string') {
        const first = seenTotal.get(entry.period);
        if (first !== undefined) report([...path, 'period'], 'duplicate-period', { found: entry.period, first: formatPath([...base, 'total', first]) });
        else seenTotal.set(entry.period, t);
      }
    });
    arrayAt(indicator, 'notes').forEach((entry, n) => isRecord(entry) && checkPeriod(entry.period, [...base, 'notes', n, 'period'], report));
  });

  checkHousing(doc.housing, ['housing'], report, areasByLevel);
  checkFunding(doc.funding, ['funding'], report, areasByLevel);
}

class TooManyErrors extends Error {}

/**
 * A union reports "matches nothing" at its own path. When the input is an object, the branch
 * that got furthest (deepest first issue) says far better what is wrong: report its issues.
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0 || typeof issue.input !== 'object' || issue.input === null) return [issue];
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(...branch.map((i) => i.path.length));
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
  if (depth(best) === 0 && best.every((i) => i.code === 'invalid_type')) return [issue];
  return best.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue));
}

/** Validates a parsed JSON value against the contract. Never throws. */
export function validateContract(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'de';
  const maxErrors = options.maxErrors ?? 1000;
  const errors: ContractError[] = [];
  const parsed = contractSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues.flatMap(unwrapUnion)) {
      if (errors.length >= maxErrors) break;
      errors.push(zodIssueToError(lang, issue));
    }
  }
  const report: Report = (path, code, params = {}, found) => {
    if (errors.length >= maxErrors) throw new TooManyErrors();
    const allParams = found ? { ...params, found: describeValue(lang, found.value) } : params;
    errors.push({ path: formatPath(path), code, message: validationMessage(lang, code, allParams) });
  };
  try {
    checkSemantics(input, report);
  } catch (error) {
    if (!(error instanceof TooManyErrors)) throw error;
  }
  if (errors.length === 0 && parsed.success) return { valid: true, document: parsed.data, errors: [] };
  return { valid: false, errors };
}

/** Parses JSON text and validates it; a syntax error becomes one error at `$`. */
export function validateContractText(text: string, options: ValidateOptions = {}): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const lang = options.lang ?? 'de';
    return { valid: false, errors: [{ path: '$', code: 'not-json', message: validationMessage(lang, 'not-json', { found: (error as Error).message }) }] };
  }
  return validateContract(value, options);
}
