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
 * What a widget imports only after its own module has run and asked for its data (the words and
 * tables it shows with the data, the error texts): requested beside the define module, they
 * arrive in one round trip instead of a chain of three.
 */
const WITH_DATA: Readonly<Record<string, () => Promise<unknown>>> = {
  'qw-district-map': () => import('../components/district-map/with-data.ts'),
  'qw-district-profile': () => import('../components/district-profile/with-data.ts'),
  'qw-funding-tracker': () => import('../components/funding-tracker/with-data.ts'),
  'qw-housing-gauge': () => import('../components/housing-gauge/with-data.ts'),
  'qw-indicator-trend': () => import('../components/indicator-trend/with-data.ts'),
};
const EVERY_WIDGET_WITH_DATA = () => Promise.all([import('./error-path.ts'), import('./validation-client.ts')]);

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
  if (!engine || enginesStarted.has(name)) return;
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
  // Once the widget is defined it loads its engine itself (and stops watching when it leaves the page).
  void customElements.whenDefined(name).then(() => observer.disconnect());
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

// Shared with the loader (loader.ts), which validates documents in this worker or, when it is null, itself.
const WORKER_KEY = Symbol.for('quartier-widgets.validation-worker');

/**
 * Starts the page's validation worker with the first widget, so that it has loaded (and loaded
 * the browser's locale data for number formats, see validate-worker.ts) by the time the first
 * document arrives. Workers must come from the page's origin: for a folder on another server the
 * loader validates on the page's thread.
 */
function startValidationWorker(): void {
  const scope = globalThis as unknown as Record<symbol, Worker | null | undefined>;
  if (scope[WORKER_KEY] !== undefined || typeof Worker === 'undefined') return;
  const url = new URL('./qw-validate-worker.js', import.meta.url);
  if (url.origin !== location.origin) return;
  try {
    const worker = new Worker(url, { type: 'module', name: 'quartier-widgets' });
    // A worker that cannot load (a policy without worker-src 'self') leaves the validation to the page.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      if (scope[WORKER_KEY] === worker) scope[WORKER_KEY] = null;
    });
    scope[WORKER_KEY] = worker;
  } catch {
    scope[WORKER_KEY] = null;
  }
}

let formatsWarmed = false;

/**
 * The first number or date format of a page costs 30–50 ms while the browser loads its locale
 * data, on the main thread and right before the first drawing. A small worker that formats once
 * loads the same data for the whole page process meanwhile (src/shared/qw-intl-warm.js); the
 * widgets' formats then take a fraction of a millisecond. Best effort, as the validation worker.
 */
function warmFormats(): void {
  if (formatsWarmed || typeof Worker === 'undefined') return;
  formatsWarmed = true;
  const url = new URL('./qw-intl-warm.js', import.meta.url);
  if (url.origin !== location.origin) return;
  try {
    new Worker(url, { name: 'quartier-widgets formats' }).addEventListener('error', (event) => event.preventDefault());
  } catch {
    // not allowed here: the first format pays as before
  }
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
    // The widget imports these itself when it needs them and reports a failure then.
    WITH_DATA[name]?.().catch(() => undefined);
    if (!started.size) EVERY_WIDGET_WITH_DATA().catch(() => undefined);
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
    warmFormats();
    startValidationWorker();
    prefetchDocument(element);
    startEngine(element);
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
