/**
 * Memoisation for derived view models. Widgets recompute models from many inputs on every
 * render; these keep the result while the inputs are the same objects and values.
 */

/**
 * A function that remembers its last result and returns it while every argument is
 * `Object.is`-equal to the last call's. One cache slot: what a render loop needs.
 */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((value, i) => Object.is(value, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

/**
 * A function of one object that remembers its result per object for as long as the object
 * lives (a document, a level, a geometry): shared by every widget that derives the same thing.
 */
export function memoByObject<K extends object, R>(compute: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key: K): R => {
    if (cache.has(key)) return cache.get(key) as R;
    const result = compute(key);
    cache.set(key, result);
    return result;
  };
}
