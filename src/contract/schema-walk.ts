/**
 * Reads the zod schema alongside a raw document: which fields an object may have at a path (for
 * "meinten Sie …?"), and which texts are longer than their cap (`cappedText` in `primitives.ts`).
 * Goes by the raw value where a union offers several forms (a source is a text or an object).
 */
import './zod.ts';
import { globalRegistry } from 'zod/mini';
import type { Path } from './report.ts';
import { isRecord } from './raw.ts';

// The parts of zod's internal definition this module reads; zod documents `_zod.def` as public.
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly options?: readonly Schema[];
  readonly items?: readonly Schema[];
  readonly rest?: Schema | null;
  readonly valueType?: Schema;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

function kindFits(type: string, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return type === 'array' || type === 'tuple';
  if (typeof value === 'object') return type === 'object' || type === 'record';
  if (typeof value === 'string') return type === 'string' || type === 'enum' || type === 'literal';
  return type !== 'object' && type !== 'array' && type !== 'string';
}

/** The concrete schemas (no wrappers) that `value` is meant for. */
function forms(schema: Schema, value: unknown): Schema[] {
  const def = schema._zod.def;
  if (WRAPPERS.has(def.type) && def.innerType) return forms(def.innerType, value);
  if (def.type === 'pipe' && def.in) return forms(def.in, value);
  if (def.type === 'union' && def.options) {
    const all = def.options.flatMap((option) => forms(option, value));
    const fitting = all.filter((s) => kindFits(s._zod.def.type, value));
    return fitting.length ? fitting : all;
  }
  return [schema];
}

function child(schema: Schema, key: PropertyKey): Schema | undefined {
  const def = schema._zod.def;
  if (def.type === 'object' && def.shape && typeof key === 'string') return Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'tuple' && typeof key === 'number') return def.items?.[key] ?? def.rest ?? undefined;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** The field names an object at `path` of `doc` may have, as the schema `root` defines them. */
export function fieldNamesAt(root: Schema, doc: unknown, path: Path): string[] {
  let schemas = forms(root, doc);
  let value: unknown = doc;
  for (const key of path) {
    value = isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key) ? value[key] : Array.isArray(value) && typeof key === 'number' ? value[key] : undefined;
    schemas = schemas.flatMap((s) => {
      const next = child(s, key);
      return next ? forms(next, value) : [];
    });
  }
  const names = new Set<string>();
  for (const s of schemas) {
    const shape = s._zod.def.type === 'object' ? s._zod.def.shape : undefined;
    if (shape) for (const name of Object.keys(shape)) names.add(name);
  }
  return [...names];
}

const capOf = (schema: Schema): number | undefined => {
  const max = (globalRegistry.get(schema as never) as { maxLength?: unknown } | undefined)?.maxLength;
  return typeof max === 'number' ? max : undefined;
};

const capsBelow = new WeakMap<Schema, boolean>();

/** Whether any text at or below `schema` has a cap: the walk skips geometry and the like. */
function hasCaps(schema: Schema): boolean {
  const known = capsBelow.get(schema);
  if (known !== undefined) return known;
  capsBelow.set(schema, false); // the contract has no recursive schemas; this guards against one anyway
  const def = schema._zod.def;
  const children = [def.innerType, def.in, def.element, def.valueType, def.rest ?? undefined, ...(def.options ?? []), ...(def.items ?? []), ...Object.values(def.shape ?? {})];
  const result = capOf(schema) !== undefined || children.some((c) => c !== undefined && hasCaps(c));
  capsBelow.set(schema, result);
  return result;
}

/** Per object schema: its fields that hold a capped text somewhere below. */
const cappedFields = new WeakMap<Schema, readonly [string, Schema][]>();

function fieldsWithCaps(schema: Schema): readonly [string, Schema][] {
  let fields = cappedFields.get(schema);
  if (!fields) {
    fields = Object.entries(schema._zod.def.shape ?? {}).filter(([, child]) => hasCaps(child));
    cappedFields.set(schema, fields);
  }
  return fields;
}

/** Calls `tooLong` for every text in `doc` longer than its cap. */
export function findLongTexts(root: Schema, doc: unknown, tooLong: (path: Path, max: number, length: number) => void): void {
  // One path, grown and shrunk as the walk goes: a copy only for a text that is too long.
  const path: PropertyKey[] = [];
  const walk = (schema: Schema, value: unknown) => {
    for (const form of forms(schema, value)) {
      if (!hasCaps(form)) continue;
      const def = form._zod.def;
      if (typeof value === 'string') {
        const max = capOf(form);
        if (max !== undefined && value.length > max) tooLong([...path], max, value.length);
      } else if (def.type === 'object' && isRecord(value)) {
        for (const [key, child] of fieldsWithCaps(form)) {
          if (!Object.hasOwn(value, key)) continue;
          path.push(key);
          walk(child, value[key]);
          path.pop();
        }
      } else if (def.type === 'array' && def.element && Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          walk(def.element, value[index]);
          path.pop();
        }
      } else continue;
      return; // one fitting form per value: a source object is not also checked as a text
    }
  };
  walk(root, doc);
}
