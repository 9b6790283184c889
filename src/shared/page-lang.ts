/**
 * Widgets without a `lang` of their own take the page's language; a single-page intranet that
 * switches language sets `lang` on `<html>` (or on a container) at run time instead of loading a
 * new page. One observer per page tells every such widget, as Lion's localize manager does for
 * `<html lang>`. Changes inside other components' shadow roots are not seen: set `lang` on the
 * widget there.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute in the page changes; returns the function that stops it. */
export function followPageLang(listener: () => void): () => void {
  observer ??= new MutationObserver(() => listeners.forEach((notify) => notify()));
  if (!listeners.size) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    // A page without widgets keeps no observer.
    if (!listeners.size) observer?.disconnect();
  };
}
