/**
 * The first `Intl.NumberFormat` of a page costs 25–50 ms on a slow machine and the first
 * `Intl.DateTimeFormat` a few more: ICU loads its data once per browser process, whatever the
 * locale (a later format in another locale costs a fraction of a millisecond). Every widget
 * formats numbers before it is ready, so that first load sits between the data's arrival and the
 * first drawing unless it happens earlier, in time the main thread would otherwise wait for
 * modules and data. Side-effect free until called; once per page.
 */
let warmed = false;

export function warmIntl(): void {
  if (warmed) return;
  warmed = true;
  const warm = () => {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}

/** Whether {@link warmIntl} was called on this page: a diagnostic for tests. */
export function intlWarmed(): boolean {
  return warmed;
}
