/**
 * Heavy engines load late: a widget waits until it is near the viewport before importing
 * maplibre or vega. Without IntersectionObserver (old embedded browsers) it loads at once.
 * An aborted wait stops observing and never resolves: the element has left the page.
 */
export function whenNearViewport(element: Element, rootMargin = '300px', signal?: AbortSignal): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    if (signal?.aborted) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin },
    );
    signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
    observer.observe(element);
  });
}
