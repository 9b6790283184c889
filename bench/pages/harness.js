/**
 * In-page half of the benchmark. bench/run.mjs opens this page in a fresh browser context for
 * every run and calls one of the functions on `window.bench`; each returns its timings in
 * milliseconds (performance.now(), measured inside the page).
 *
 * "painted" is the end of the first frame after the event (requestAnimationFrame, then a
 * message): the event says the work is handed to the browser, the frame says it is on screen.
 */
const stage = document.getElementById('stage');

// A page under the widgets' CSP: name what a policy blocks, and where.
addEventListener('securitypolicyviolation', (event) => {
  console.error(`CSP blocked ${event.violatedDirective} at ${new URL(event.sourceFile || location.href).pathname}:${event.lineNumber}:${event.columnNumber} ${event.sample}`);
});

// Long tasks of the main thread, for the blocking time (below); buffered: also those before a function starts.
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/**
 * Total blocking time from `t0` on, as Lighthouse counts it: of every task of the main thread
 * longer than 50 ms, the part beyond 50 ms, in which a tap or key would have waited. Unthrottled
 * (Lighthouse's phone profile multiplies each task by four first).
 */
async function blockingSince(t0) {
  // The observer reports a task after it ended: one more task lets the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return longTasks.filter((task) => task.startTime >= t0).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

/** Resolves after the next frame has been produced. */
function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms: ${what()}`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Fetch and response times of the page's resources, relative to `origin`. */
function resourceTimes(origin) {
  return performance.getEntriesByType('resource').map((r) => ({
    name: new URL(r.name).pathname,
    start: Math.round(r.startTime - origin),
    end: Math.round(r.responseEnd - origin),
  }));
}

function setAttributes(element, attrs) {
  for (const [name, value] of Object.entries(attrs)) if (value !== false && value !== undefined) element.setAttribute(name, value === true ? '' : String(value));
}

// ---------------------------------------------------------------- widgets
/**
 * Imports the drop-in script, appends one widget and waits for its first `qw-ready` (for the
 * WebGL map: the first one drawn by WebGL).
 */
async function widget({ core, tag, attrs, waitFor = 'ready', timeoutMs = 60000, calibrate = false }) {
  const t0 = performance.now();
  await import(core);
  const tDefined = performance.now();
  // The drop-in script is an autoloader: the tag is defined once its element is on the page (below).
  const element = document.createElement(tag);
  setAttributes(element, attrs);
  const readies = [];
  const states = {};
  let tAppend = 0;
  new MutationObserver(() => {
    const state = element.getAttribute('state');
    if (state && states[state] === undefined) states[state] = Math.round(performance.now() - tAppend);
  }).observe(element, { attributes: true, attributeFilter: ['state'] });
  const ready = new Promise((resolve, reject) => {
    element.addEventListener('qw-ready', () => {
      const t = performance.now();
      const renderer = element.activeRenderer ?? null;
      readies.push({ at: Math.round(t - tAppend), renderer });
      if (waitFor !== 'webgl' || renderer === 'webgl') resolve(t);
    });
    element.addEventListener('qw-error', (event) => reject(new Error(`qw-error ${event.detail.code}: ${event.detail.message}`)));
  });
  tAppend = performance.now();
  stage.append(element);
  await withTimeout(customElements.whenDefined(tag), timeoutMs, () => `<${tag}> was not defined by ${core}: is dist/cdn stale? (npm run bench -- --build)`);
  const tReady = await withTimeout(ready, timeoutMs, () => `<${tag}> ready events ${JSON.stringify(readies)}, states ${JSON.stringify(states)}`);
  const tPainted = await nextFrame();
  const result = {
    core: tDefined - t0,
    ready: tReady - tAppend,
    painted: tPainted - tAppend,
    renderer: element.activeRenderer ?? null,
    states,
    readies,
    resources: resourceTimes(tAppend),
    blocking: await blockingSince(t0),
  };
  if (calibrate) result.calibration = calibration(element);
  return result;
}

/** What the baselines need to draw the same picture: the box sizes and the trend's theme. */
function calibration(element) {
  const root = element.shadowRoot;
  const box = root.querySelector('.map-box')?.getBoundingClientRect();
  const vega = root.querySelector('.vega');
  const style = getComputedStyle(element);
  const read = (name) => style.getPropertyValue(name).trim();
  const props = {};
  for (const name of ['--_trend-1', '--_trend-2', '--_trend-3', '--_trend-4', '--_trend-5', '--_trend-6', '--_trend-total', '--_trend-target', '--_color-text', '--_color-muted', '--_trend-grid', '--_color-background', '--_color-focus', '--qw-trend-height'])
    props[name] = read(name);
  return {
    mapBox: box ? { width: Math.round(box.width), height: Math.round(box.height) } : null,
    vegaWidth: vega ? vega.clientWidth : null,
    fontFamily: style.fontFamily,
    fontSize: style.fontSize,
    props,
    // The spec the widget handed to vega-embed, from its chart controller's embed result (private
    // TypeScript fields, plain properties at run time: null when they are renamed).
    widgetSpec: element.chart?.result?.spec ? JSON.parse(JSON.stringify(element.chart.result.spec)) : null,
  };
}

/** Builds the trend's vega-lite spec with the widget's own modules (bench/.cache/trend-spec.js). */
async function trendSpec({ module, src, attrs, calibration: c }) {
  const { trendSpecFor } = await import(module);
  const raw = await (await fetch(src)).json();
  return trendSpecFor(raw, { attrs, width: c.vegaWidth, fontFamily: c.fontFamily, fontSize: c.fontSize, props: c.props });
}

// ---------------------------------------------------------------- baselines
function box(width, height) {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  if (height) div.style.height = `${height}px`;
  div.style.position = 'relative';
  stage.append(div);
  return div;
}

function loadStylesheet(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`stylesheet ${href} failed`));
    document.head.append(link);
  });
}

const PALETTE = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
const NO_VALUE = '#d9d9d9';

/** The hand-written choropleth's colours: the indicator's latest period in five quantile classes. */
function colours(doc, indicatorId) {
  const indicator = doc.indicators.find((i) => i.id === indicatorId) ?? doc.indicators[0];
  const latest = indicator.values.reduce((max, v) => (v.period > max ? v.period : max), '');
  const values = indicator.values.filter((v) => v.period === latest && typeof v.value === 'number' && !v.status?.match(/suppressed|missing/));
  const sorted = values.map((v) => v.value).sort((a, b) => a - b);
  const breaks = [1, 2, 3, 4].map((k) => sorted[Math.floor((k * sorted.length) / 5)]);
  const colour = new Map(values.map((v) => [v.area, PALETTE[breaks.filter((b) => v.value >= b).length]]));
  return { indicator, colour };
}

function levelOf(doc, indicator) {
  const level = doc.areaLevels.find((l) => l.id === indicator.level) ?? doc.areaLevels[0];
  return { geojson: level.geometry, idProperty: level.idProperty ?? 'id', nameProperty: level.nameProperty ?? 'name' };
}

function bbox(geojson) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (coords) => {
    if (typeof coords[0] === 'number') {
      if (coords[0] < minX) minX = coords[0];
      if (coords[0] > maxX) maxX = coords[0];
      if (coords[1] < minY) minY = coords[1];
      if (coords[1] > maxY) maxY = coords[1];
    } else for (const c of coords) visit(c);
  };
  for (const f of geojson.features) visit(f.geometry.coordinates);
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

let baselineMap = null;

/**
 * What a developer writes without the widget: import maplibre-gl and fetch the document in
 * parallel, an empty style, the geometry as a GeoJSON source, one fill layer coloured by a
 * `match` on the id, fitted to the bounds; done at the first `idle`.
 */
async function mapBaseline({ engine, css, src, indicator, width, height, interactive = false, timeoutMs = 60000 }) {
  const t0 = performance.now();
  const container = box(width, height);
  const [maplibre, doc] = await Promise.all([import(engine), fetch(src).then((r) => r.json()), loadStylesheet(css)]);
  const tLoaded = performance.now();
  const { indicator: ind, colour } = colours(doc, indicator);
  const { geojson, idProperty, nameProperty } = levelOf(doc, ind);
  const fillColor = ['match', ['to-string', ['get', idProperty]]];
  const byColour = new Map();
  for (const [area, c] of colour) byColour.set(c, [...(byColour.get(c) ?? []), area]);
  for (const [c, areas] of byColour) fillColor.push(areas, c);
  fillColor.push(NO_VALUE);
  const map = new maplibre.Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#ffffff' } }] },
    bounds: bbox(geojson),
    fitBoundsOptions: { padding: 12 },
    interactive,
    attributionControl: false,
    fadeDuration: 0,
  });
  const idle = new Promise((resolve) => {
    map.once('load', () => {
      map.addSource('areas', { type: 'geojson', data: geojson, promoteId: idProperty });
      map.addLayer({
        id: 'fill',
        type: 'fill',
        source: 'areas',
        paint: { 'fill-color': fillColor, 'fill-outline-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#000000', '#ffffff'] },
      });
      map.once('idle', () => resolve(performance.now()));
    });
  });
  const tIdle = await withTimeout(idle, timeoutMs, () => 'maplibre never reached idle');
  const tPainted = await nextFrame();
  baselineMap = { map, idProperty, nameProperty, container };
  return { ready: tIdle - t0, painted: tPainted - t0, loaded: tLoaded - t0, resources: resourceTimes(t0), blocking: await blockingSince(t0) };
}

/** vega-embed with the spec the widget builds, the same options (SVG, vega-interpreter, no eval). */
async function vegaBaseline({ embed, interpreter, src, spec, width, timeoutMs = 60000 }) {
  const t0 = performance.now();
  const container = box(width);
  const [embedModule, interpreterChunk] = await Promise.all([import(embed), import(interpreter), fetch(src).then((r) => r.json())]);
  const tLoaded = performance.now();
  // The interpreter is a shared chunk of the build; its module namespace is one of the exports.
  const expressionInterpreter = interpreterChunk.expressionInterpreter ?? Object.values(interpreterChunk).find((v) => v && typeof v === 'object' && 'expressionInterpreter' in v)?.expressionInterpreter;
  if (!expressionInterpreter) throw new Error(`no expressionInterpreter in ${interpreter}`);
  const drawn = (async () => {
    const result = await embedModule.default(container, spec, {
      mode: 'vega-lite',
      renderer: 'svg',
      actions: false,
      defaultStyle: false,
      ast: true,
      expr: expressionInterpreter,
      hover: false,
      // The widget passes its own tooltip handler; vega-embed's default one would insert a <style> (blocked by the CSP).
      tooltip: () => {},
      logLevel: embedModule.vega.Error,
    });
    await result.view.runAsync();
    return performance.now();
  })();
  const tDrawn = await withTimeout(drawn, timeoutMs, () => 'vega-embed did not finish');
  const tPainted = await nextFrame();
  return { ready: tDrawn - t0, painted: tPainted - t0, loaded: tLoaded - t0, resources: resourceTimes(t0), blocking: await blockingSince(t0) };
}

/** A hand-written SVG choropleth (no library): Web Mercator, fitted, one <path> per area. */
async function svgBaseline({ src, indicator, width, height }) {
  const t0 = performance.now();
  const container = box(width, height);
  const doc = await (await fetch(src)).json();
  const tLoaded = performance.now();
  const { indicator: ind, colour } = colours(doc, indicator);
  const { geojson, idProperty } = levelOf(doc, ind);
  const project = ([lon, lat]) => [(180 + lon) / 360, (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360];
  const [[minLon, minLat], [maxLon, maxLat]] = bbox(geojson);
  const [x0, y1] = project([minLon, minLat]);
  const [x1, y0] = project([maxLon, maxLat]);
  const pad = 12;
  const scale = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  const dx = (width - (x1 - x0) * scale) / 2 - x0 * scale;
  const dy = (height - (y1 - y0) * scale) / 2 - y0 * scale;
  const ring = (r) => `M${r.map((p) => { const [x, y] = project(p); return `${(x * scale + dx).toFixed(1)},${(y * scale + dy).toFixed(1)}`; }).join('L')}Z`;
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  for (const feature of geojson.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const path = document.createElementNS(NS, 'path');
    path.setAttribute('d', polygons.map((p) => p.map(ring).join('')).join(''));
    path.setAttribute('fill', colour.get(String(feature.properties[idProperty])) ?? NO_VALUE);
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('stroke', '#ffffff');
    path.setAttribute('stroke-width', '0.5');
    svg.append(path);
  }
  container.append(svg);
  const tDrawn = performance.now();
  const tPainted = await nextFrame();
  return { ready: tDrawn - t0, painted: tPainted - t0, loaded: tLoaded - t0, resources: resourceTimes(t0), blocking: await blockingSince(t0) };
}

// ---------------------------------------------------------------- the CMS page
/** The drop-in script and 20 widgets at once, as an editor's page; done when each fired `qw-ready`. */
async function cms({ core, widgets, timeoutMs = 60000, settleMs = 0 }) {
  stage.classList.add('cms');
  const t0 = performance.now();
  await import(core);
  const tDefined = performance.now();
  const elements = widgets.map(({ tag, attrs }) => {
    const element = document.createElement(tag);
    setAttributes(element, attrs);
    return element;
  });
  const fired = new Set();
  const firstReady = elements.map(
    (element) =>
      new Promise((resolve, reject) => {
        element.addEventListener(
          'qw-ready',
          () => {
            fired.add(element);
            resolve({ tag: element.localName, at: performance.now() - t0, renderer: element.activeRenderer ?? null });
          },
          { once: true },
        );
        element.addEventListener('qw-error', (event) => reject(new Error(`<${element.localName}> qw-error ${event.detail.code}: ${event.detail.message}`)));
      }),
  );
  stage.append(...elements);
  const done = await withTimeout(Promise.all(firstReady), timeoutMs, () => {
    const waiting = elements.filter((e) => !fired.has(e));
    return `${waiting.length} widgets without qw-ready: ${waiting.map((e) => `<${e.localName} state=${e.getAttribute('state')}> at y=${Math.round(e.getBoundingClientRect().top)}`).join(', ')}; viewport ${innerWidth}×${innerHeight}`;
  });
  const tAll = Math.max(...done.map((d) => d.at));
  const tPainted = (await nextFrame()) - t0;
  if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
  return {
    core: tDefined - t0,
    allReady: tAll,
    painted: tPainted,
    perWidget: done.map((d) => ({ ...d, at: Math.round(d.at) })),
    height: document.documentElement.scrollHeight,
    resources: resourceTimes(t0),
    blocking: await blockingSince(t0),
  };
}

/** Lays the 20 widgets out and reports how tall the page is once their data is shown. */
async function cmsHeight({ core, widgets }) {
  stage.classList.add('cms');
  await import(core);
  const elements = widgets.map(({ tag, attrs }) => {
    const element = document.createElement(tag);
    setAttributes(element, attrs);
    return element;
  });
  stage.append(...elements);
  await withTimeout(
    new Promise((resolve) => {
      const check = () => (elements.every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading') ? resolve() : setTimeout(check, 50));
      check();
    }),
    60000,
    () => 'widgets still loading',
  );
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return document.documentElement.scrollHeight;
}

// ---------------------------------------------------------------- hover
let hoverTarget = null;

/** Points over the map, each on a different area than the one before: where the mouse goes. */
function hoverPoints(count) {
  const map = stage.querySelector('qw-district-map');
  const rect = (map ? map.shadowRoot.querySelector('.map-box') : baselineMap.container).getBoundingClientRect();
  const idAt = (x, y) => {
    if (map) return map.shadowRoot.elementFromPoint(x, y)?.closest('[data-id]')?.getAttribute('data-id') ?? null;
    const hit = baselineMap.map.queryRenderedFeatures([x - rect.left, y - rect.top], { layers: ['fill'] })[0];
    return hit ? String(hit.properties[baselineMap.idProperty]) : null;
  };
  // A deterministic scatter (golden-ratio sequence) over the middle of the box.
  const points = [];
  let previous = null;
  for (let i = 1; points.length < count && i < count * 40; i++) {
    const x = Math.round(rect.left + rect.width * (0.15 + 0.7 * ((i * 0.6180339887) % 1)));
    const y = Math.round(rect.top + rect.height * (0.15 + 0.7 * ((i * 0.7548776662) % 1)));
    const id = idAt(x, y);
    if (id && id !== previous) {
      points.push({ x, y, id });
      previous = id;
    }
  }
  return points;
}

/** Sets up the measurement of the next pointer move: event → panel text → frame (→ maplibre frame). */
function armHover() {
  const map = stage.querySelector('qw-district-map');
  const panelRoot = map ? map.shadowRoot : stage;
  const panelText = () => (map ? (map.shadowRoot.querySelector('[part=panel] .name')?.textContent ?? '') : (stage.querySelector('.baseline-panel')?.textContent ?? ''));
  const glMap = map ? map.map : baselineMap.map;
  const before = panelText();
  hoverTarget = new Promise((resolve, reject) => {
    let t0 = 0;
    let tPanel = 0;
    let tGl = 0;
    let panelDone = false;
    // The baseline outlines through feature-state: its highlight is on screen only after
    // maplibre's next render. The widget draws the outline in its SVG overlay; should a move still
    // make maplibre draw, that render runs in a frame before ours ends (maplibre schedules it with
    // requestAnimationFrame first) and is counted in `gl` and in the frame.
    let glDone = !glMap || Boolean(map);
    const finish = async () => {
      if (!panelDone || !glDone) return;
      const tFrame = await nextFrame();
      resolve({ panel: tPanel - t0, gl: tGl ? tGl - t0 : null, frame: tFrame - t0, text: panelText() });
    };
    addEventListener(
      'pointermove',
      (event) => {
        t0 = event.timeStamp;
        if (glMap) {
          glMap.once('render', () => {
            tGl = performance.now();
            glDone = true;
            void finish();
          });
        }
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (panelText() === before) return;
      tPanel = performance.now();
      observer.disconnect();
      panelDone = true;
      void finish();
    });
    observer.observe(panelRoot, { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error(`hover: no update (panel "${panelText()}")`)), 10000);
  });
}

function hoverResult() {
  return hoverTarget;
}

/** The baseline's hover: a panel with the name and an outline through feature-state, as maplibre's examples do. */
function enableBaselineHover() {
  const { map, idProperty, nameProperty } = baselineMap;
  const panel = document.createElement('p');
  panel.className = 'baseline-panel';
  stage.prepend(panel);
  let hovered = null;
  map.on('mousemove', 'fill', (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    const id = feature.properties[idProperty];
    if (id === hovered) return;
    if (hovered !== null) map.setFeatureState({ source: 'areas', id: hovered }, { hover: false });
    hovered = id;
    map.setFeatureState({ source: 'areas', id }, { hover: true });
    panel.textContent = String(feature.properties[nameProperty]);
  });
}

function webgl2() {
  return Boolean(document.createElement('canvas').getContext('webgl2'));
}

window.bench = { widget, trendSpec, mapBaseline, vegaBaseline, svgBaseline, cms, cmsHeight, hoverPoints, armHover, hoverResult, enableBaselineHover, webgl2 };
