/**
 * Gives the main thread back to the browser between two long steps of loading a widget (the
 * validator's module and the validation; the validation and the first drawing), so that a tap,
 * a key or the page's own painting waits for one of them, not for all: one task of 100 ms
 * becomes two of 50 (what Lighthouse counts as Total Blocking Time, and a page's INP).
 * `scheduler.yield()`, where the browser has it, goes on ahead of other queued tasks, so the
 * widget is not held up by them; elsewhere a zero timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has painted what the page holds now (a frame, then a task after it),
 * or after `atMostMs` where no frame comes (a tab in the background draws none). Before a long
 * step that changes nothing on screen until it ends: what is ready shows first.
 */
export function afterNextPaint(atMostMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, atMostMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
