// Headless Chromium for the hardening suite (the approach of test/node/dist.test.mjs: puppeteer-core,
// the system Chromium, software WebGL) and the page-side instruments the tests read: observers,
// timers, WebGL contexts and downloaded blobs, installed before any page script runs.
import { chromePath, launchChromium, pause, pollPage } from '../lib/browser.mjs';

export const WAIT_TIMEOUT = 20_000;

// Timers of background pages must not be throttled: cycles and fuzz cases measure pages side by side.
const UNTHROTTLED = ['--disable-background-timer-throttling', '--disable-renderer-backgrounding'];

export { chromePath, pause };

export const launch = () => launchChromium({ extraArgs: UNTHROTTLED, protocolTimeout: 120_000 });

/**
 * Installed in every page before its own scripts (through the DevTools protocol, which the page's
 * CSP does not govern). Counts what a widget may leave behind, and keeps the blobs offered for
 * download. Must stay transparent: it wraps, it never changes behaviour.
 */
function instruments() {
  const h = (window.__h = { blobs: [], errors: [] });
  const live = (refs) => refs.filter((ref) => ref.deref() !== undefined);

  // Observers: (observer, target) pairs still observed. Weak references, so the instrument itself
  // keeps nothing alive; a pair counts only while both ends live and it was not ended.
  const pairs = [];
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
    const Original = window[name];
    if (!Original) continue;
    const Wrapped = class extends Original {
      observe(target, options) {
        if (!pairs.some((pair) => pair.observer.deref() === this && pair.target.deref() === target && !pair.ended)) pairs.push({ kind: name, observer: new WeakRef(this), target: new WeakRef(target), ended: false });
        return super.observe(target, options);
      }
      unobserve(target) {
        for (const pair of pairs) if (pair.observer.deref() === this && pair.target.deref() === target) pair.ended = true;
        return super.unobserve(target);
      }
      disconnect() {
        for (const pair of pairs) if (pair.observer.deref() === this) pair.ended = true;
        return super.disconnect();
      }
    };
    Object.defineProperty(Wrapped, 'name', { value: name });
    window[name] = Wrapped;
  }
  h.observed = (kind) => pairs.filter((pair) => !pair.ended && pair.observer.deref() && pair.target.deref() && (!kind || pair.kind === kind)).length;

  // Timers: pending timeouts and running intervals.
  const timeouts = new Map();
  const intervals = new Set();
  const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;
  window.setTimeout = function (callback, delay, ...args) {
    let id;
    const wrapped =
      typeof callback === 'function'
        ? function (...callArgs) {
            timeouts.delete(id);
            return callback.apply(this, callArgs);
          }
        : callback;
    id = setT.call(window, wrapped, delay, ...args);
    timeouts.set(id, Number(delay) || 0);
    return id;
  };
  window.setInterval = function (...args) {
    const id = setI.apply(window, args);
    intervals.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    timeouts.delete(id);
    intervals.delete(id);
    return clearT.call(window, id);
  };
  window.clearInterval = function (id) {
    timeouts.delete(id);
    intervals.delete(id);
    return clearI.call(window, id);
  };
  h.timers = () => ({ timeouts: timeouts.size, intervals: intervals.size, delays: [...timeouts.values()].sort((a, b) => b - a).slice(0, 10) });

  // WebGL contexts that are neither collected nor lost.
  const contexts = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = getContext.call(this, type, ...rest);
    if (context && /webgl/i.test(String(type)) && !contexts.some((ref) => ref.deref() === context)) contexts.push(new WeakRef(context));
    return context;
  };
  h.webglContexts = () => live(contexts).filter((ref) => !ref.deref().isContextLost()).length;

  // Downloads: the blobs the widgets hand to URL.createObjectURL.
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    if (object instanceof Blob && !/javascript|wasm/.test(object.type)) h.blobs.push(object);
    return createObjectURL.call(URL, object);
  };
  h.downloads = async () => Promise.all(h.blobs.map(async (blob) => ({ type: blob.type, text: /^text\//.test(blob.type) ? await blob.text() : '' })));

  // Widgets that completed a render (qw-ready is composed and bubbles; the capture phase sees it first).
  // Counted per element: a widget given a new document must fire it again.
  const drawn = new WeakMap();
  document.addEventListener('qw-ready', (event) => drawn.set(event.composedPath()[0], (drawn.get(event.composedPath()[0]) ?? 0) + 1), true);
  h.readyCount = (element) => drawn.get(element) ?? 0;
  h.isReady = (element) => h.readyCount(element) > 0;

  addEventListener('error', (event) => h.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => h.errors.push(`unhandled rejection: ${String(event.reason?.message ?? event.reason)}`));
}

/**
 * A page with the instruments, recording requests, uncaught errors, console errors, CSP violations
 * and crashes in `log`. `log.mark()` starts a new section (errors are read per section).
 */
export async function openPage(browser, url, { width = 1280, height = 1200, navigate = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => {});
  const log = { requests: [], pageErrors: [], consoleErrors: [], violations: [], crashed: false };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('error', () => (log.crashed = true));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) log.consoleErrors.push(message.text());
  });
  await page.exposeFunction('__hViolation', (text) => log.violations.push(text));
  await page.evaluateOnNewDocument(instruments);
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => window.__hViolation(`${event.violatedDirective} ${event.blockedURI}`));
  });
  if (navigate) await page.goto(url, { waitUntil: 'load' });
  return { page, session, log };
}

/** Polls `fn` in the page (or frame) until it returns a truthy value; throws after `timeout` with `what` and the last value. */
export const waitFor = (context, what, fn, args = [], timeout = WAIT_TIMEOUT) => pollPage(context, what, fn, args, timeout);

/** Waits until no widget matching `selector` is loading; returns their states. */
export const settled = (context, selector = '[state]', timeout = WAIT_TIMEOUT) =>
  waitFor(
    context,
    `${selector} to settle`,
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      if (!widgets.length || widgets.some((widget) => widget.getAttribute('state') === 'loading')) return false;
      return widgets.map((widget) => widget.getAttribute('state'));
    },
    [selector],
    timeout,
  );

/** The text of a widget's shadow root, whitespace collapsed. */
export const widgetText = (context, selector) => context.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '', selector);

/** The JS heap after a forced collection, DOM nodes and event listeners, through the DevTools protocol. */
export async function metrics(page, session) {
  await session.send('HeapProfiler.enable').catch(() => {});
  for (let i = 0; i < 3; i++) {
    await session.send('HeapProfiler.collectGarbage');
    await pause(30);
  }
  await session.send('Performance.enable');
  const { metrics: list } = await session.send('Performance.getMetrics');
  const value = (name) => list.find((metric) => metric.name === name)?.value ?? NaN;
  const page_ = await page.evaluate(() => ({
    resizeObserved: window.__h.observed('ResizeObserver'),
    intersectionObserved: window.__h.observed('IntersectionObserver'),
    webglContexts: window.__h.webglContexts(),
    timers: window.__h.timers(),
  }));
  return {
    heap: value('JSHeapUsedSize'),
    nodes: value('Nodes'),
    listeners: value('JSEventListeners'),
    ...page_,
    pendingTimers: page_.timers.timeouts + page_.timers.intervals,
  };
}

/**
 * Functions evaluated in the page: a walk through every shadow root, the unsafe links, the
 * layout of a widget against its box, and its smallest text. Passed to `page.evaluate` as
 * strings so they can call each other.
 */
export const PAGE_HELPERS = `
window.__hp = (() => {
  const allElements = (root) => {
    const out = [];
    const visit = (node) => {
      for (const element of node.querySelectorAll('*')) {
        out.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root);
    return out;
  };
  const inside = (widget) => (widget.shadowRoot ? allElements(widget.shadowRoot) : []);
  const unsafeLinks = (root = document) =>
    allElements(root)
      .flatMap((element) => ['href', 'xlink:href', 'src', 'action', 'formaction'].map((name) => [element, name, element.getAttribute(name)]))
      .filter(([element, name, value]) => value !== null && /^\\s*(javascript|data|vbscript):/i.test(value.replace(/[\\u0000-\\u001f\\s]/g, '')) && !(name === 'src' && element.localName === 'img' && /^data:image\\//i.test(value)))
      .map(([element, name, value]) => element.localName + '[' + name + ']=' + value.slice(0, 60));
  const scrolls = (element) => {
    const style = getComputedStyle(element);
    return !['visible', 'clip'].includes(style.overflowX) || element.localName === 'details' && !element.open;
  };
  /** Elements wider than the box, and the widget's height. Contents of scroll containers may be wider. */
  const layout = (widget, boxWidth) => {
    const rect = widget.getBoundingClientRect();
    const wide = [];
    const visit = (node) => {
      for (const element of node.children) {
        const r = element.getBoundingClientRect();
        if (r.width > boxWidth + 1) wide.push(element.localName + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '') + ' ' + Math.round(r.width) + 'px');
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!scrolls(element) && element.localName !== 'svg') visit(element);
      }
    };
    if (widget.shadowRoot) visit(widget.shadowRoot);
    return { width: Math.round(rect.width), height: Math.round(rect.height), wide: wide.slice(0, 8), wideCount: wide.length };
  };
  /** The smallest rendered font size of visible text in the widget. */
  const smallestText = (widget) => {
    let smallest = Infinity;
    let where = '';
    for (const element of inside(widget)) {
      const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
      if (!own) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let size = parseFloat(style.fontSize);
      // SVG text may be scaled by its viewBox: measure what the reader sees.
      if (element instanceof SVGElement && element.getScreenCTM) {
        const m = element.getScreenCTM();
        if (m) size *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      }
      if (size < smallest) {
        smallest = size;
        where = element.localName + ' "' + element.textContent.trim().slice(0, 30) + '"';
      }
    }
    return { size: Math.round(smallest * 10) / 10, where };
  };
  /** Whether a map widget drew districts: SVG paths, or a WebGL canvas with differing pixels. */
  const mapDrawn = async (widget) => {
    if (widget.activeRenderer === 'svg') return inside(widget).filter((e) => e.localName === 'path').length > 0 ? 'svg' : '';
    const map = widget.map;
    if (!map) return '';
    const gl = map.painter?.context?.gl;
    if (!gl || gl.isContextLost()) return '';
    const features = map.getSource?.('qw-districts') ? map.querySourceFeatures('qw-districts').length : 0;
    const colours = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(-1), 3000);
      map.once('render', () => {
        clearTimeout(timer);
        const seen = new Set();
        const pixel = new Uint8Array(4);
        for (let x = 1; x < 10; x++)
          for (let y = 1; y < 10; y++) {
            gl.readPixels(Math.floor((gl.drawingBufferWidth * x) / 10), Math.floor((gl.drawingBufferHeight * y) / 10), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
            seen.add(pixel.join(','));
          }
        resolve(seen.size);
      });
      map.triggerRepaint();
    });
    return features > 0 && colours > 1 ? 'webgl' : '';
  };
  return { allElements, inside, unsafeLinks, layout, smallestText, mapDrawn };
})();
`;

export const installHelpers = (context) => context.evaluate(PAGE_HELPERS);
