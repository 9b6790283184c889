/**
 * Reading a parsed but unvalidated document. Keys and ids come from data, so every lookup asks
 * for an own property: an id like `constructor` or a page that added `Object.prototype.foo`
 * must not make an inherited value look like data.
 */
export type RawRecord = Record<string, unknown>;

export const isRecord = (v: unknown): v is RawRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The own property `key` of `v`, else `undefined`. */
export function own(v: unknown, key: string): unknown {
  return isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined;
}

/** The own list `key` of `v`, else an empty list. */
export function arrayAt(v: unknown, key: string): unknown[] {
  const value = own(v, key);
  return Array.isArray(value) ? value : [];
}

/** The entries of the list `key` that are objects, with their index in the list. */
export function recordsAt(v: unknown, key: string): [RawRecord, number][] {
  return arrayAt(v, key).flatMap((item, index) => (isRecord(item) ? [[item, index] as [RawRecord, number]] : []));
}

/** The own text property `key`, else `undefined`. */
export function textAt(v: unknown, key: string): string | undefined {
  const value = own(v, key);
  return typeof value === 'string' ? value : undefined;
}

/** The value at a path of keys and indexes, own properties only. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key];
    else if (typeof key === 'string') at = own(at, key);
    else return undefined;
  }
  return at;
}
