/**
 * The first `Intl.NumberFormat` of a page costs 25–50 ms on a slow machine and the first
 * `Intl.DateTimeFormat` a few more: ICU loads its data once per browser process, whatever the
 * locale (a later format in another locale costs a fraction of a millisecond). Every widget
 * formats numbers before it is ready, so that first load sits between the data's arrival and the
 * first drawing unless it happens earlier, in time the main thread would otherwise wait for
 * modules and data. Side-effect free until called; once per page.
 */
// Shared with the autoloader (autoload.ts) through the global symbol registry: once per page, whoever starts it.
const WARMED_KEY = Symbol.for('quartier-widgets.intl-warmed');
const scope = globalThis as unknown as Record<symbol, boolean | undefined>;

export function warmIntl(): void {
  if (scope[WARMED_KEY]) return;
  scope[WARMED_KEY] = true;
  const warm = () => {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}

/** Whether {@link warmIntl} was called on this page: a diagnostic for tests. */
export function intlWarmed(): boolean {
  return scope[WARMED_KEY] === true;
}
