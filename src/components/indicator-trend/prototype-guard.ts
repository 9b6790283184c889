/**
 * A host page may add enumerable properties to `Object.prototype` (old libraries and polyfills
 * do). vega and vega-lite walk their own plain objects with `for…in` in about 80 places, and so
 * meet such additions: vega-util's config merge copies an inherited function into the config,
 * which vega-lite's `structuredClone` then refuses ("… could not be cloned"); vega's parser
 * recurses into the function without end; the renderer reads it as a gradient. The chart would
 * never draw. So every piece of vega work runs while the additions are not enumerable.
 */

let holders = 0;
let hiddenKeys: string[] = [];

/** `defineProperty` reads a descriptor's fields through the prototype chain: one without a prototype. */
const flag = (enumerable: boolean): PropertyDescriptor => Object.assign(Object.create(null) as PropertyDescriptor, { enumerable });

/**
 * Makes the page's enumerable additions to `Object.prototype` non-enumerable until the returned
 * function is called. Nothing is deleted and no value changes: the additions stay readable and
 * callable, and only the `enumerable` flag is put back, so a value the page assigns meanwhile is
 * kept. Counted: several charts may run at once, and the last one to finish puts the flags back.
 * A non-configurable addition cannot be hidden and stays as it is.
 */
export function hidePrototypeAdditions(): () => void {
  if (holders++ === 0) {
    hiddenKeys = Object.keys(Object.prototype).filter((key) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.configurable);
    for (const key of hiddenKeys) Object.defineProperty(Object.prototype, key, flag(false));
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders > 0) return;
    for (const key of hiddenKeys) if (Object.prototype.hasOwnProperty.call(Object.prototype, key)) Object.defineProperty(Object.prototype, key, flag(true));
    hiddenKeys = [];
  };
}

/** Runs synchronous `work` with the additions hidden: no other script can see them hidden. */
export function withPlainPrototype<T>(work: () => T): T {
  const release = hidePrototypeAdditions();
  try {
    return work();
  } finally {
    release();
  }
}

/**
 * Runs asynchronous vega work (a dataflow run and its rendering) with the additions hidden.
 * Between its steps the page's own scripts may run and find them not enumerable (still there);
 * a page without additions is not touched at all.
 */
export async function withPlainPrototypeAsync<T>(work: () => Promise<T>): Promise<T> {
  if (!holders && !Object.keys(Object.prototype).length) return work();
  const release = hidePrototypeAdditions();
  try {
    return await work();
  } finally {
    release();
  }
}
