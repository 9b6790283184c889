/**
 * Heavy engines load late: a widget waits until it is near the viewport before importing
 * maplibre or vega. Without IntersectionObserver (old embedded browsers) it loads at once.
 */
export function whenNearViewport(element: Element, rootMargin = '300px'): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
  });
}
