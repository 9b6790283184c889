/**
 * Reads an element's box and styles right after the browser's next layout instead of forcing a
 * layout now. On a page that is still being built — twenty widgets rendering one after another —
 * every `clientWidth` or `getComputedStyle` in between forces a layout or style pass of the whole
 * page (about 50 ms each on a CMS page with twenty widgets); read here, the reads of all widgets in
 * one frame share the layout the browser makes anyway. One ResizeObserver for the page: its
 * callback runs after layout, and it runs every read before any caller goes on to change the page.
 */
/** Reads at once and returns what settles the caller's promise later. */
type Read = () => () => void;

const pending = new Map<Element, Read[]>();
let observer: ResizeObserver | undefined;

function runReads(entries: readonly ResizeObserverEntry[]): void {
  const due: Read[] = [];
  for (const { target } of entries) {
    due.push(...(pending.get(target) ?? []));
    pending.delete(target);
    observer?.unobserve(target);
  }
  // Every read now, while the layout is clean; the callers go on in a task of their own, after this
  // frame: what they change would otherwise be observed again in the same frame ("ResizeObserver loop").
  const settle = due.map((read) => read());
  setTimeout(() => settle.forEach((finish) => finish()));
}

/**
 * Resolves with `read()`, called after the next layout in which `element` takes part (at once,
 * where the browser has no ResizeObserver). An element that leaves the page before its next layout
 * is never read: call {@link forgetLayoutReads} then.
 */
export function afterLayout<T>(element: Element, read: () => T): Promise<T> {
  if (typeof ResizeObserver === 'undefined') return Promise.resolve().then(read);
  return new Promise<T>((resolve, reject) => {
    const run = () => {
      try {
        const value = read();
        return () => resolve(value);
      } catch (error) {
        return () => reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const reads = pending.get(element);
    if (reads) reads.push(run);
    else {
      pending.set(element, [run]);
      (observer ??= new ResizeObserver(runReads)).observe(element);
    }
  });
}

/** Drops the reads waiting for `element` (it left the page); their promises never settle. */
export function forgetLayoutReads(element: Element): void {
  if (!pending.delete(element)) return;
  observer?.unobserve(element);
}
