/**
 * A module a widget needs only once its data is there (the words of the figures, table rows,
 * summaries): `load()` starts the dynamic import once, `current` is the module after it resolved.
 * A failed import is forgotten, so the next `load()` (a retry) tries again.
 */
export interface LazyModule<T> {
  load(): Promise<T>;
  /** The loaded module; reading it before `load()` resolved is a programming error. */
  readonly current: T;
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= importModule().then(
        (module) => (loaded = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    get current() {
      if (loaded === undefined) throw new Error('lazyModule: read before load() resolved');
      return loaded;
    },
  };
}
