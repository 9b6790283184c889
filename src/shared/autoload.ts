/**
 * The autoloader behind the drop-in folder's `quartier-widgets.js`: a page pays only for the
 * widgets it has. Each `qw-*` tag in the page loads its own define module the first time it
 * appears (already there, or added later); the element upgrades when its class arrives, keeping
 * attributes and properties set before. Side-effect free: `define/autoload.ts` starts it.
 *
 * Elements inside another component's shadow root are not seen by the page's observer (as with
 * Shoelace's autoloader): call {@link discover} on that root, or {@link loadWidget} for a tag.
 */
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'qw-district-map': () => import('../define/district-map.ts'),
  'qw-district-profile': () => import('../define/district-profile.ts'),
  'qw-funding-tracker': () => import('../define/funding-tracker.ts'),
  'qw-housing-gauge': () => import('../define/housing-gauge.ts'),
  'qw-indicator-trend': () => import('../define/indicator-trend.ts'),
};

/** The tags the autoloader knows. */
export const AUTOLOADED_TAGS: readonly string[] = Object.keys(LOADERS);

const started = new Map<string, Promise<unknown>>();

/** Loads the define module of one widget tag (once); resolves when the tag is defined. Unknown tags resolve at once. */
export function loadWidget(tag: string): Promise<unknown> {
  const name = tag.toLowerCase();
  const loader = LOADERS[name];
  if (!loader) return Promise.resolve();
  let pending = started.get(name);
  if (!pending) {
    pending = loader().catch((error: unknown) => {
      // A failed chunk request (offline, deployment in progress) may succeed on the next appearance.
      started.delete(name);
      console.error(`quartier-widgets: <${name}> could not be loaded`, error);
    });
    started.set(name, pending);
  }
  return pending;
}

/** Whether every known widget is defined: then nothing is left to watch. */
function allDefined(): boolean {
  return AUTOLOADED_TAGS.every((tag) => customElements.get(tag));
}

/** Loads the widgets used under `root` (the root itself included when it is an element). */
export function discover(root: ParentNode): void {
  const waiting = AUTOLOADED_TAGS.filter((tag) => !customElements.get(tag));
  if (!waiting.length) return;
  const found: Element[] = root instanceof Element && waiting.includes(root.localName) ? [root] : [];
  found.push(...root.querySelectorAll(waiting.join(',')));
  for (const element of found) {
    // Until its class arrives the element is loading too: page CSS and scripts that watch `state` see it at once.
    if (!element.hasAttribute('state')) element.setAttribute('state', 'loading');
    void loadWidget(element.localName);
  }
}

/**
 * Loads the widgets present under `root` now and those added later. The observer stops once
 * every widget is defined: after that it would only cost time on a busy page.
 */
export function startAutoload(root: Document | ShadowRoot | Element = document): MutationObserver | undefined {
  discover(root);
  if (allDefined()) return undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    if (allDefined()) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
