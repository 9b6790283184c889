/**
 * zod walks objects with `for…in`, and the contract's checks read the raw document with plain
 * property access: a host page that adds an enumerable property to `Object.prototype` must not
 * change what they see. The additions are set aside around such work and put back right after.
 * Without zod, so that the parse of valid documents (valid-document.ts) can use it too.
 */

/** Removes the enumerable additions of `Object.prototype`; the returned function puts them back. */
export function setAsidePrototypeAdditions(): () => void {
  const aside: [string, PropertyDescriptor][] = [];
  // for…in over an empty object lists exactly the enumerable inherited properties.
  for (const key in {}) {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
    if (!descriptor?.configurable) continue; // cannot be removed; nothing we can do about it
    aside.push([key, descriptor]);
    delete (Object.prototype as Record<string, unknown>)[key];
  }
  if (aside.length === 0) return () => {};
  return () => {
    for (const [key, descriptor] of aside) Object.defineProperty(Object.prototype, key, descriptor);
  };
}

/** Runs `work` (a zod parse or conversion) with `Object.prototype` free of enumerable additions. */
export function withPlainPrototype<T>(work: () => T): T {
  const restore = setAsidePrototypeAdditions();
  try {
    return work();
  } finally {
    restore();
  }
}
