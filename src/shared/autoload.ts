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

/**
 * Engines a widget near the viewport will import once its own module has loaded and rendered:
 * imported as soon as its tag appears, they download and compile while the widget's module and
 * data load, as a page written by hand imports them on its first line. The same specifiers as
 * the widgets', so the widget later gets the module already there.
 */
const ENGINES: Readonly<Record<string, (element: Element) => (() => Promise<unknown>) | undefined>> = {
  'qw-indicator-trend': () => () => Promise.all([import('vega-embed'), import('vega-interpreter')]),
  // Under `auto` the map first asks whether the WebGL is a GPU or software (it draws SVG then); only an explicit `webgl` is certain.
  'qw-district-map': (element) => (element.getAttribute('renderer') === 'webgl' ? () => import('maplibre-gl') : undefined),
};

/** The margin around the viewport within which an engine loads early: the widgets' own rule (visibility.ts). */
const NEAR_VIEWPORT_MARGIN = '300px';

const enginesStarted = new Set<string>();
/** How long the autoloader watches for an element to come near the viewport; after that the widget's own watch is there. */
const ENGINE_WATCH_MS = 2000;

/** The tags whose engine the autoloader imported ahead of the widget: a diagnostic for tests. */
export function enginesStartedEarly(): readonly string[] {
  return [...enginesStarted];
}

/**
 * Imports the element's engine once it is near the viewport. An observer, not a measurement: it
 * answers after the next layout instead of forcing one while the page is still being built.
 */
function startEngine(element: Element): void {
  const name = element.localName;
  const engine = ENGINES[name]?.(element);
  if (!engine || enginesStarted.has(name) || !element.isConnected) return;
  if (typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      if (enginesStarted.has(name)) return;
      enginesStarted.add(name);
      // A failure is the widget's to report when it asks for the engine itself.
      engine().catch(() => enginesStarted.delete(name));
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  observer.observe(element);
  // The widget loads its engine itself once it has rendered (and stops watching when it leaves the page).
  setTimeout(() => observer.disconnect(), ENGINE_WATCH_MS);
}

// Shared with the loader (loader.ts) through the global symbol registry: the autoloader stays free of the loader's chunk.
const PREFETCH_KEY = Symbol.for('quartier-widgets.prefetch');
/** How long a prefetched response waits for its widget before it is dropped (a widget removed before its module arrived). */
const PREFETCH_UNCLAIMED_MS = 30_000;

interface Prefetch {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

/**
 * Requests a widget's document when its tag appears, with the request the loader would make
 * (same headers, same credentials), so the data arrives while the widget's module is still on
 * its way. The loader takes the response (`takePrefetch` in loader.ts) instead of asking again.
 */
function prefetchDocument(element: Element): void {
  const src = element.getAttribute('src');
  if (!src || element.querySelector(':scope > script[type="application/json"]')) return;
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return;
  }
  const scope = globalThis as unknown as Record<symbol, Map<string, Prefetch> | undefined>;
  const pending = (scope[PREFETCH_KEY] ??= new Map());
  if (pending.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal, headers: { accept: 'application/json, application/geo+json' } });
  // Unclaimed: the loader reports failures when it asks; until then nothing may surface as unhandled.
  response.catch(() => undefined);
  const entry = { response, controller };
  pending.set(url, entry);
  setTimeout(() => {
    if (pending.get(url) !== entry) return;
    pending.delete(url);
    controller.abort();
  }, PREFETCH_UNCLAIMED_MS);
}

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
    prefetchDocument(element);
    startEngine(element);
    warmIntl();
  }
}

// Shared with warm-intl.ts through the global symbol registry: one warm-up per page, whoever starts it.
const INTL_WARMED_KEY = Symbol.for('quartier-widgets.intl-warmed');

/**
 * ICU's data for number and date formats loads with the page's first format (25–50 ms, once per
 * browser process, whatever the locale; `warm-intl.ts`, which the widget base calls for pages
 * without the autoloader). Here it loads while the main thread waits for the widget's modules and
 * data. Not imported from there: rollup would move that module, and the widget base with it, into
 * this tiny core.
 */
function warmIntl(): void {
  const scope = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (scope[INTL_WARMED_KEY]) return;
  scope[INTL_WARMED_KEY] = true;
  const warm = () => {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm);
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
