/**
 * `npm run bench`: how fast the widgets are, in real headless Chromium, against what a developer
 * would write by hand. Prints one table and writes bench/results.json. Not part of `npm test`.
 *
 *   npm run bench                  full run (5 runs per figure, about 5 minutes on 2 cores)
 *   npm run bench -- --quick       2 runs per figure, fewer hover moves: for development
 *   npm run bench -- --runs 9      more runs per figure
 *   npm run bench -- --only trend  only the groups whose id matches (map, trend, gauge, cms, hover, validation, import, …)
 *   npm run bench -- --build       run `npm run build` first even when dist/cdn exists
 *   npm run bench -- --latency 50  every request of the pages waits 50 ms (a city network, not loopback)
 *
 * How to read the figures: bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kB, ms, range, ratio, round, summary, table } from './lib/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = flag('--quick');
const RUNS = Number(option('--runs') ?? (QUICK ? 2 : 5));
const HOVER_MOVES = QUICK ? 8 : 25;
const ONLY = option('--only') ? new RegExp(option('--only')) : null;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive whole number');
/** Milliseconds each request of a page waits (DevTools network emulation); 0: loopback as it is. */
const LATENCY = Number(option('--latency') ?? 0);
if (!Number.isFinite(LATENCY) || LATENCY < 0) throw new Error('--latency needs milliseconds (0 or more)');

const DIST = 'dist/cdn';
const CORE = `${DIST}/quartier-widgets.js`;
const CACHE = 'bench/.cache';
const SHARED_DATA = resolve(process.env.QW_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data'));
const CHROME_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'];
/** WebGL off, as on administration PCs and virtual desktops without a GPU (same flags as the no-webgl test group). */
const NO_WEBGL_ARGS = ['--disable-software-rasterizer', '--use-gl=swiftshader'];
const VIEWPORT = { width: 1280, height: 900 };

const log = (...parts) => console.error(...parts);
const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(1);
};

// ---------------------------------------------------------------- prerequisites
function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  return candidates.find((path) => path && existsSync(path));
}

const chromePath = findChrome();
if (!chromePath) fail('no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.');
if (!existsSync(SHARED_DATA)) fail(`the shared data folder ${SHARED_DATA} is missing. It lies beside the repository (../shared/data) in CI and on a fresh clone; or set QW_SHARED_DATA.`);

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let build;
if (!existsSync(CORE) || flag('--build')) {
  log(`build: ${existsSync(CORE) ? '--build given' : `${CORE} is missing`}, running npm run build …`);
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
  build = { ran: true, at: new Date(statSync(CORE).mtimeMs).toISOString() };
} else {
  build = { ran: false, at: new Date(statSync(CORE).mtimeMs).toISOString() };
  const stale = newestIn('src') > statSync(CORE).mtimeMs;
  build.staleAgainstSrc = stale;
  log(`build: reusing ${DIST} (built ${build.at})${stale ? ' — older than src/: the figures are for the built code (npm run bench -- --build)' : ''}`);
}
if (!existsSync('dist/contract.js')) fail('dist/contract.js is missing: run npm run build');

// ---------------------------------------------------------------- sizes
const { measure } = await import(pathToFileURL(join(ROOT, 'scripts/size.mjs')).href);
/** The lazy engine chunks, found as the targets of the build's dynamic import()s. */
const lazyTargets = (() => {
  const targets = new Set();
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.js')) for (const m of readFileSync(path, 'utf8').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) targets.add(join(dirname(path), m[1]));
    }
  };
  visit(DIST);
  return [...targets];
})();
const chunkFile = (prefix) => {
  const file = lazyTargets.find((path) => path.split('/').pop().startsWith(prefix));
  if (!file) fail(`no lazy chunk ${prefix}* in ${DIST}: the build has changed, bench/run.mjs must follow`);
  return `/${file}`;
};
const ENGINE = {
  maplibre: chunkFile('maplibre-gl-'),
  maplibreCss: '/node_modules/maplibre-gl/dist/maplibre-gl.css',
  vegaEmbed: chunkFile('embed-'),
  vegaInterpreter: chunkFile('vega-interpreter-'),
};
/** Bytes per bundle name as scripts/size.mjs measures them (core, lazy chunks, worker, pages). */
function bundleSizes() {
  const measured = measure();
  // Older size.mjs: { core, lazy: { name: size } }; newer: { core, name: size, … }.
  const sizes = measured.lazy ? { core: measured.core, ...measured.lazy } : { ...measured };
  const workerFile = `${DIST}/chunks/maplibre-gl-worker.mjs`;
  if (existsSync(workerFile) && !Object.keys(sizes).some((name) => /worker/.test(name))) {
    const code = readFileSync(workerFile);
    sizes['maplibre-gl-worker'] = { files: 1, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  return sizes;
}
const sizes = bundleSizes();
const workerFile = `${DIST}/chunks/maplibre-gl-worker.mjs`;

// ---------------------------------------------------------------- data
const { writeDocuments, largeDocumentText } = await import('./lib/data.mjs');
log('data: building the NRW and Germany documents …');
const documents = writeDocuments(SHARED_DATA, `${CACHE}/data`);
const { validateContractText } = await import(pathToFileURL(join(ROOT, 'dist/contract.js')).href);
for (const [name, { file }] of Object.entries(documents)) {
  const result = validateContractText(readFileSync(file, 'utf8'));
  if (!result.valid) fail(`${file} is not a valid contract document: ${result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  documents[name].valid = true;
}

const DATA = {
  wesel: {
    label: 'Wesel',
    areas: '11 Sozialräume',
    src: '/demo/data/wesel.json',
    map: { indicator: 'arbeitslosenanteil' },
    trend: { indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': true },
  },
  nrw: {
    label: 'NRW',
    areas: '396 Gemeinden',
    src: `/${CACHE}/data/nrw.json`,
    map: { indicator: 'arbeitslosenanteil' },
    trend: { indicator: 'arbeitslosenanteil', areas: '05170048,05111000,05315000', 'show-total': true },
  },
  de: { label: 'Deutschland', areas: '10.997 Gemeinden', src: `/${CACHE}/data/de.json`, map: { indicator: 'arbeitslosenanteil' } },
};
for (const data of Object.values(DATA)) data.bytes = statSync(join(ROOT, data.src)).size;

// ---------------------------------------------------------------- validation (Node)
function validationBenchmark() {
  log('validation: 10 MB document …');
  const { text, years } = largeDocumentText(SHARED_DATA);
  const parse = [];
  const validate = [];
  let errors = null;
  const runs = Math.max(RUNS, 5);
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    JSON.parse(text);
    const p = performance.now() - t;
    t = performance.now();
    const result = validateContractText(text);
    const v = performance.now() - t;
    errors = result.errors.length;
    if (i === 0) continue; // warm-up
    parse.push(p);
    validate.push(v);
  }
  const s = { parse: summary(parse), validate: summary(validate) };
  return { bytes: text.length, years, features: 10997, errors, ...s, ratio: round(s.validate.median / s.parse.median, 2) };
}

// ---------------------------------------------------------------- the trend spec bundle
async function bundleTrendSpec() {
  const { build: esbuild } = await import('esbuild');
  await esbuild({
    entryPoints: ['bench/pages/trend-spec.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: `${CACHE}/trend-spec.js`,
    tsconfig: 'tsconfig.json',
    // src/contract/zod.ts configures zod by a bare import, which package.json's sideEffects list omits.
    ignoreAnnotations: true,
    logLevel: 'error',
  });
  return `/${CACHE}/trend-spec.js`;
}

// ---------------------------------------------------------------- browser plumbing
const { startServer } = await import('./lib/server.mjs');
const { cspString } = await import(pathToFileURL(join(ROOT, 'scripts/csp.mjs')).href);
const puppeteer = (await import('puppeteer-core')).default;

let server;
const browsers = {};
async function browserFor(kind) {
  browsers[kind] ??= puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: kind === 'nowebgl' ? [...CHROME_ARGS, ...NO_WEBGL_ARGS] : CHROME_ARGS,
    protocolTimeout: 300000,
  });
  return browsers[kind];
}

/** What the server sent since the last reset: scripts (worker included) and data. */
function served() {
  const out = { js: { files: 0, bytes: 0, transferred: 0 }, data: { files: 0, bytes: 0, transferred: 0 }, other: { files: 0, bytes: 0, transferred: 0 }, paths: [] };
  for (const entry of server.log) {
    const kind = /\.m?js$/.test(entry.path) ? 'js' : /\.(geo)?json$/.test(entry.path) ? 'data' : 'other';
    out[kind].files++;
    out[kind].bytes += entry.bytes;
    out[kind].transferred += entry.encodedBytes;
    out.paths.push(entry.path);
  }
  return out;
}

/**
 * One run: a fresh browser context (empty HTTP cache, no compiled code from earlier runs), the
 * harness page, one call of `window.bench[fn]`, and whatever `after` does with the open page.
 */
async function run(browserKind, fn, arg, { viewport = VIEWPORT, after } = {}) {
  const browser = await browserFor(browserKind);
  const context = await browser.createBrowserContext();
  const pageErrors = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(180000);
    page.on('pageerror', (error) => pageErrors.push(String(error.message ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.setViewport(viewport);
    await page.goto(`${server.url}/bench/pages/harness.html`, { waitUntil: 'load' });
    // Loopback answers in under a millisecond, which hides every request that waits for another;
    // a real network does not. Applies to the page's requests from here on (not to workers').
    if (LATENCY > 0) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY, downloadThroughput: -1, uploadThroughput: -1 });
    }
    server.resetLog();
    const result = await page.evaluate((name, a) => window.bench[name](a), fn, arg);
    if (result === null || typeof result !== 'object') return result;
    result.served = served();
    if (after) result.after = await after(page, result);
    if (pageErrors.length) result.pageErrors = pageErrors;
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- scenarios
const widgetArgs = (tag, attrs, extra = {}) => ({ core: `/${CORE}`, tag, attrs, ...extra });

/**
 * Groups of runs measured together: the widget(s) and their hand-written baseline alternate
 * (A, B, A, B …) so that the machine's noise falls on both. The first round is a warm-up that
 * also calibrates the baselines (the widget's box size, the trend's spec) and is not counted.
 */
function groups() {
  const list = [];
  for (const key of ['wesel', 'nrw', 'de']) {
    const data = DATA[key];
    const mapAttrs = { src: data.src, ...data.map };
    list.push({
      id: `map-webgl-${key}`,
      title: 'map',
      data: key,
      items: [
        // renderer="webgl": under `auto` the widget draws SVG on software WebGL (SwiftShader here), see bench/README.md.
        { id: 'widget', label: 'WebGL (renderer="webgl")', browser: 'webgl', fn: 'widget', arg: () => widgetArgs('qw-district-map', { ...mapAttrs, renderer: 'webgl' }, { waitFor: 'webgl' }), calibrate: true },
        { id: 'baseline', label: 'maplibre-gl by hand', browser: 'webgl', fn: 'mapBaseline', baseline: true, arg: (c) => ({ engine: ENGINE.maplibre, css: ENGINE.maplibreCss, src: data.src, indicator: data.map.indicator, ...c.mapBox }) },
      ],
    });
    list.push({
      id: `map-svg-${key}`,
      title: 'map',
      data: key,
      items: [
        { id: 'widget', label: 'SVG: browser without WebGL', browser: 'nowebgl', fn: 'widget', arg: () => widgetArgs('qw-district-map', mapAttrs), calibrate: true, expectRenderer: 'svg' },
        { id: 'forced', label: 'SVG: renderer="svg"', browser: 'webgl', fn: 'widget', arg: () => widgetArgs('qw-district-map', { ...mapAttrs, renderer: 'svg' }), expectRenderer: 'svg' },
        { id: 'baseline', label: 'SVG by hand, no library (floor)', browser: 'nowebgl', fn: 'svgBaseline', baseline: true, arg: (c) => ({ src: data.src, indicator: data.map.indicator, ...c.mapBox }) },
      ],
    });
  }
  for (const key of ['wesel', 'nrw']) {
    const data = DATA[key];
    const attrs = { src: data.src, ...data.trend };
    list.push({
      id: `trend-${key}`,
      title: 'trend',
      data: key,
      items: [
        { id: 'widget', label: 'vega, SVG', browser: 'webgl', fn: 'widget', arg: () => widgetArgs('qw-indicator-trend', attrs), calibrate: true, trendAttrs: attrs },
        { id: 'baseline', label: 'vega-embed by hand', browser: 'webgl', fn: 'vegaBaseline', baseline: true, arg: (c) => ({ embed: ENGINE.vegaEmbed, interpreter: ENGINE.vegaInterpreter, src: data.src, spec: c.spec, width: c.vegaWidth }) },
      ],
    });
  }
  for (const key of ['wesel', 'nrw']) {
    const data = DATA[key];
    list.push({
      id: `gauge-tracker-${key}`,
      title: 'gauge, tracker',
      data: key,
      items: [
        { id: 'gauge', label: 'gauge', browser: 'webgl', fn: 'widget', arg: () => widgetArgs('qw-housing-gauge', { src: data.src }) },
        { id: 'tracker', label: 'tracker', browser: 'webgl', fn: 'widget', arg: () => widgetArgs('qw-funding-tracker', { src: data.src }) },
      ],
    });
  }
  return list.filter((g) => !ONLY || ONLY.test(g.id));
}

async function calibrateGroup(group, trendSpecModule) {
  const calibration = {};
  for (const item of group.items.filter((i) => i.calibrate)) {
    const result = await run(item.browser, item.fn, { ...item.arg(calibration), calibrate: true });
    const c = result.calibration;
    if (c.mapBox) calibration.mapBox = c.mapBox;
    if (item.trendAttrs) {
      const data = DATA[group.data];
      calibration.vegaWidth = c.vegaWidth;
      const built = await run('webgl', 'trendSpec', { module: trendSpecModule, src: data.src, attrs: item.trendAttrs, calibration: c });
      delete built.served;
      calibration.specCheck = c.widgetSpec === null ? 'widget spec not readable (private field renamed): built with the widget modules' : JSON.stringify(c.widgetSpec) === JSON.stringify(built) ? 'identical to the widget’s' : 'differs from the widget’s: the widget’s is used';
      calibration.spec = c.widgetSpec ?? built;
    }
  }
  return calibration;
}

async function measureGroup(group, trendSpecModule) {
  log(`\n${group.id}: ${group.title}, ${DATA[group.data].label}`);
  const calibration = await calibrateGroup(group, trendSpecModule);
  const results = Object.fromEntries(group.items.map((item) => [item.id, { runs: [], errors: [] }]));
  // Warm-up of the items not yet run, then the measured rounds.
  for (let round = 0; round <= RUNS; round++) {
    for (const item of group.items) {
      if (round === 0 && item.calibrate) continue;
      try {
        const result = await run(item.browser, item.fn, item.arg(calibration));
        if (item.expectRenderer && result.renderer !== item.expectRenderer) throw new Error(`drew with ${result.renderer}, expected ${item.expectRenderer}`);
        if (round > 0) results[item.id].runs.push(result);
        log(`  ${round === 0 ? 'warm-up' : `run ${round}`} ${item.label}: ${ms(result.ready)} ready, ${ms(result.painted)} painted${result.renderer ? ` (${result.renderer})` : ''}`);
      } catch (error) {
        results[item.id].errors.push(String(error.message ?? error).split('\n')[0]);
        log(`  ${item.label}: FAILED ${error.message}`);
      }
    }
  }
  const out = { id: group.id, title: group.title, data: group.data, calibration: { ...calibration, spec: calibration.spec ? '(captured)' : undefined }, items: {} };
  for (const item of group.items) {
    const { runs, errors } = results[item.id];
    const first = runs[0];
    out.items[item.id] = {
      label: item.label,
      baseline: Boolean(item.baseline),
      browser: item.browser,
      runs: runs.length,
      errors,
      ready: summary(runs.map((r) => r.ready)),
      painted: summary(runs.map((r) => r.painted)),
      core: item.fn === 'widget' ? summary(runs.map((r) => r.core)) : null,
      total: summary(runs.map((r) => (item.fn === 'widget' ? r.core + r.painted : r.painted))),
      dataReady: item.fn === 'widget' ? summary(runs.map((r) => r.states?.ready)) : summary(runs.map((r) => r.loaded)),
      engineRequested: summary(runs.map((r) => r.resources?.find((x) => /maplibre-gl-[^w]|embed-/.test(x.name))?.start)),
      blocking: summary(runs.map((r) => r.blocking)),
      renderer: first?.renderer ?? null,
      readyEvents: first?.readies?.length ?? null,
      served: first ? { js: first.served.js, data: first.served.data, paths: first.served.paths } : null,
      pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors ?? []))].slice(0, 5),
    };
  }
  const baseline = group.items.find((i) => i.baseline);
  if (baseline) {
    const b = out.items[baseline.id].total?.median;
    for (const item of group.items.filter((i) => !i.baseline)) {
      const w = out.items[item.id].total?.median;
      out.items[item.id].ratio = b && w ? round(w / b, 2) : null;
    }
  }
  return out;
}

// ---------------------------------------------------------------- the CMS page
function cmsWidgets() {
  const src = DATA.wesel.src;
  const one = [
    { tag: 'qw-district-map', attrs: { src, indicator: 'arbeitslosenanteil' } },
    { tag: 'qw-indicator-trend', attrs: { src, ...DATA.wesel.trend } },
    { tag: 'qw-housing-gauge', attrs: { src } },
    { tag: 'qw-funding-tracker', attrs: { src } },
  ];
  return Array.from({ length: 5 }, () => one).flat();
}

async function measureCms() {
  log('\ncms: 20 widgets (5 of each) on one page, one data file');
  const widgets = cmsWidgets();
  const height = await run('webgl', 'cmsHeight', { core: `/${CORE}`, widgets });
  // Tall enough that every card is in view: the worst case, everything loads and draws.
  const viewport = { width: 1920, height: Math.min(16000, height + 100) };
  const runs = [];
  const errors = [];
  // Each of the four widgets alone on a page, with the same attributes and data, alternating with
  // the CMS page: the issue's ratio is the page against the slowest of them (script import to qw-ready, as on the page).
  const singles = Object.fromEntries(widgets.slice(0, 4).map(({ tag }) => [tag, []]));
  for (let round = 0; round <= RUNS; round++) {
    try {
      const result = await run('webgl', 'cms', { core: `/${CORE}`, widgets }, { viewport });
      if (round > 0) runs.push(result);
      log(`  ${round === 0 ? 'warm-up' : `run ${round}`}: all ready ${ms(result.allReady)}, JS ${kB(result.served.js.transferred)} transferred`);
    } catch (error) {
      errors.push(String(error.message ?? error));
      log(`  FAILED ${error.message}`);
    }
    for (const { tag, attrs } of widgets.slice(0, 4)) {
      try {
        const single = await run('webgl', 'widget', widgetArgs(tag, attrs));
        if (round > 0) singles[tag].push(single.core + single.ready);
      } catch (error) {
        errors.push(`<${tag}> alone: ${String(error.message ?? error)}`);
      }
    }
  }
  const single = Object.fromEntries(Object.entries(singles).map(([tag, times]) => [tag, summary(times)]));
  const slowest = Object.entries(single).sort((a, b) => (b[1]?.median ?? 0) - (a[1]?.median ?? 0))[0];
  const first = runs[0];
  const dataRequests = first ? first.served.paths.filter((p) => p === DATA.wesel.src).length : null;
  return {
    widgets: widgets.length,
    viewport,
    runs: runs.length,
    errors,
    allReady: summary(runs.map((r) => r.allReady)),
    single,
    slowest: slowest ? { tag: slowest[0], median: slowest[1]?.median ?? null } : null,
    ratio: slowest?.[1]?.median && runs.length ? round(summary(runs.map((r) => r.allReady)).median / slowest[1].median, 2) : null,
    painted: summary(runs.map((r) => r.painted)),
    core: summary(runs.map((r) => r.core)),
    blocking: summary(runs.map((r) => r.blocking)),
    served: first ? { js: first.served.js, data: first.served.data, other: first.served.other, dataRequests, paths: first.served.paths } : null,
    mapRenderers: first ? first.perWidget.filter((w) => w.tag === 'qw-district-map').map((w) => w.renderer) : null,
    pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors ?? []))].slice(0, 5),
  };
}

// ---------------------------------------------------------------- hover
async function hoverMoves(page) {
  const points = await page.evaluate((n) => window.bench.hoverPoints(n), HOVER_MOVES + 1);
  const moves = [];
  const failures = [];
  for (const [i, point] of points.entries()) {
    await page.evaluate(() => window.bench.armHover());
    await page.mouse.move(point.x, point.y);
    try {
      const result = await page.evaluate(() => window.bench.hoverResult());
      if (i > 0) moves.push(result); // the first move is a warm-up
    } catch (error) {
      failures.push(String(error.message ?? error).split('\n')[0]);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { points: points.length, moves, failures };
}

async function measureHover() {
  log('\nhover: 10,997-municipality map');
  const data = DATA.de;
  const attrs = { src: data.src, ...data.map };
  const cases = [
    { id: 'webgl', label: 'widget, WebGL (renderer="webgl")', browser: 'webgl', fn: 'widget', arg: widgetArgs('qw-district-map', { ...attrs, renderer: 'webgl' }, { waitFor: 'webgl', calibrate: true }) },
    { id: 'svg', label: 'widget, SVG (browser without WebGL)', browser: 'nowebgl', fn: 'widget', arg: widgetArgs('qw-district-map', attrs) },
  ];
  const out = {};
  let mapBox = null;
  for (const c of cases) {
    try {
      const result = await run(c.browser, c.fn, c.arg, { after: (page) => hoverMoves(page) });
      mapBox ??= result.calibration?.mapBox;
      out[c.id] = hoverSummary(c.label, result.after);
    } catch (error) {
      out[c.id] = { label: c.label, error: String(error.message ?? error) };
    }
    log(`  ${c.label}: ${out[c.id].error ?? `${ms(out[c.id].frame?.median)} to the frame (median of ${out[c.id].frame?.n})`}`);
  }
  try {
    const arg = { engine: ENGINE.maplibre, css: ENGINE.maplibreCss, src: data.src, indicator: data.map.indicator, ...(mapBox ?? { width: 766, height: 900 }), interactive: true };
    const result = await run('webgl', 'mapBaseline', arg, {
      after: async (page) => {
        await page.evaluate(() => window.bench.enableBaselineHover());
        return hoverMoves(page);
      },
    });
    out.baseline = hoverSummary('maplibre-gl by hand (mousemove → feature-state)', result.after);
  } catch (error) {
    out.baseline = { label: 'maplibre-gl by hand', error: String(error.message ?? error) };
  }
  log(`  baseline: ${out.baseline.error ?? `${ms(out.baseline.frame?.median)} to the frame`}`);
  for (const id of ['webgl', 'svg']) {
    if (out[id]?.frame && out.baseline?.frame) out[id].ratio = round(out[id].frame.median / out.baseline.frame.median, 2);
  }
  return out;
}

function hoverSummary(label, { moves, failures, points }) {
  return {
    label,
    points,
    moves: moves.length,
    failures,
    panel: summary(moves.map((m) => m.panel)),
    gl: summary(moves.map((m) => m.gl).filter((v) => v !== null)),
    frame: summary(moves.map((m) => Math.max(m.frame, m.gl ?? 0))),
  };
}

// ---------------------------------------------------------------- report
function environment(browserVersion) {
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    chromium: browserVersion,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((v) => round(v, 2)),
    commit,
    uncommittedFiles: dirty,
    runs: RUNS,
    quick: QUICK,
    latencyMs: LATENCY,
  };
}

function printReport(results) {
  const env = results.environment;
  const out = [];
  out.push(`quartier-widgets benchmark · ${env.date.slice(0, 16).replace('T', ' ')} UTC · ${env.chromium} · Node ${env.node} · ${env.cpus} CPUs · load ${env.loadAverage[0]} → ${results.loadAfter[0]}`);
  out.push(`${env.runs} runs per figure (median [min–max]), each in a fresh browser context (cold HTTP cache); widget and baseline runs alternate. Build: ${results.build.ran ? 'ran npm run build' : `reused ${DIST} of ${results.build.at}`}${results.build.staleAgainstSrc ? ' (older than src/)' : ''}.`);
  if (env.latencyMs) out.push(`Network: every request of a page waits ${env.latencyMs} ms (DevTools emulation; workers' requests do not).`);
  out.push('');

  out.push('Bytes (dist/cdn; gzip -9)');
  const sizeRows = [['', 'files', 'min', 'gzip']];
  const WORKERS = { 'maplibre-gl-worker': 'started by a WebGL map', 'qw-validate-worker': 'validates documents from 8 MB' };
  const describe = (name) =>
    name === 'core'
      ? 'core: quartier-widgets.js + its static imports (every page)'
      : /worker/.test(name)
        ? `worker: ${name}${WORKERS[name] ? ` (${WORKERS[name]})` : ''}`
        : name.startsWith('page:')
          ? `page ${name.slice(5)} (on top of the core)`
          : `lazy chunk: ${name}`;
  for (const [name, s] of Object.entries(results.sizes)) sizeRows.push([describe(name), s.files, kB(s.min), kB(s.gzip)]);
  out.push(table(sizeRows, ['l', 'r', 'r', 'r']));
  out.push('');

  if (results.groups.length) {
    out.push('Time to ready (ms after append() until qw-ready; total adds the import of the drop-in script and runs to the painted frame; baselines: from their first line to drawn / painted)');
    const rows = [['', 'data', 'variant', 'append→qw-ready [min–max]', 'core', 'total', 'engine at', 'data at', 'blocking', 'JS gz', 'ratio']];
    for (const group of results.groups) {
      const data = DATA[group.data];
      const dataLabel = `${data.label} (${data.areas.split(' ')[0]})`;
      Object.values(group.items).forEach((item, index) => {
        const name = item.baseline ? '  baseline' : index === 0 ? group.title : '';
        if (!item.runs) {
          rows.push([name, dataLabel, item.label, `FAILED: ${(item.errors[0] ?? '').slice(0, 70)}`, '', '', '', '', '', '', '']);
          return;
        }
        rows.push([
          name,
          dataLabel,
          item.label,
          item.baseline ? `(drawn) ${range(item.ready)}` : range(item.ready),
          item.core ? ms(item.core.median) : '',
          ms(item.total?.median),
          ms(item.engineRequested?.median),
          ms(item.dataReady?.median),
          ms(item.blocking?.median),
          kB(item.served?.js.transferred),
          item.baseline ? '' : ratio(item.ratio),
        ]);
      });
    }
    out.push(table(rows, ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
    out.push('core = import of dist/cdn/quartier-widgets.js; engine at = when the maplibre/vega chunk was requested; data at = document fetched and parsed (widgets: and validated, state="ready");');
    out.push('blocking = total blocking time until painted (what each main-thread task beyond 50 ms held it longer, Lighthouse\'s TBT, unthrottled);');
    out.push('JS gz = script bytes the page transferred (gzip, worker included); ratio = widget total / baseline total (medians), "!" above 1.2: see bench/README.md.');
    const checks = results.groups.filter((g) => g.calibration.specCheck).map((g) => `${DATA[g.data].label}: ${g.calibration.specCheck}`);
    if (checks.length) out.push(`vega baseline spec: ${checks.join('; ')}.`);
    out.push('');
  }

  if (results.cms) {
    const c = results.cms;
    out.push(`CMS page: ${c.widgets} widgets (5 of each, one src = ${DATA.wesel.src}), viewport ${c.viewport.width}×${c.viewport.height} (all in view)`);
    if (c.allReady) {
      out.push(
        table(
          [
            ['until all 20 fired qw-ready (incl. script import)', range(c.allReady)],
            ...Object.entries(c.single ?? {}).map(([tag, times]) => [`  one <${tag}> alone, script import → qw-ready`, range(times)]),
            [`ratio: page / slowest widget alone (<${c.slowest?.tag ?? '?'}>), target ≤ 2.0`, c.ratio === null ? '—' : `${c.ratio.toFixed(2)} ${c.ratio <= 2 ? 'held' : 'above'}`],
            ['blocking time of the page until painted (TBT, unthrottled)', range(c.blocking)],
            ['JS loaded: transferred (gzip) / uncompressed / files', c.served ? `${kB(c.served.js.transferred)} / ${kB(c.served.js.bytes)} / ${c.served.js.files}` : '—'],
            ['data requests for the shared src', c.served ? String(c.served.dataRequests) : '—'],
            ['map renderers', c.mapRenderers ? c.mapRenderers.join(', ') : '—'],
          ],
          ['l', 'r'],
        ),
      );
    } else out.push(`  FAILED: ${c.errors[0]}`);
    out.push('');
  }

  if (results.hover) {
    const h = results.hover;
    out.push('Hover → highlight on the 10,997-municipality map (pointer event → panel text and highlight drawn → next frame)');
    const rows = [['', 'moves', 'panel updated', 'to the frame (median [min–max])', 'p90', 'ratio']];
    for (const key of ['webgl', 'svg', 'baseline']) {
      const r = h[key];
      if (!r) continue;
      if (r.error) rows.push([r.label, '', '', `FAILED: ${r.error.slice(0, 60)}`, '', '']);
      else rows.push([r.label, String(r.moves), ms(r.panel?.median), range(r.frame), ms(r.frame?.p90), key === 'baseline' ? '' : ratio(r.ratio)]);
    }
    out.push(table(rows, ['l', 'r', 'r', 'r', 'r', 'r']));
    out.push('');
  }

  if (results.validation) {
    const v = results.validation;
    out.push(`Contract validation in Node (dist/contract.js), ${(v.bytes / 2 ** 20).toFixed(1)} MiB document (10,997 areas, ${v.years} years of values)`);
    out.push(
      table(
        [
          ['validateContractText (parse + schema + checks)', range(v.validate)],
          ['baseline: JSON.parse of the same text', range(v.parse)],
          ['ratio', ratio(v.ratio)],
        ],
        ['l', 'r'],
      ),
    );
    out.push('');
  }
  if (results.import) {
    const m = results.import;
    out.push(`Import in Node (src/import): ${m.features.toLocaleString('en')} municipalities (VG5000) as a zipped Shapefile, EPSG:31467, Windows-1252 DBF (${kB(m.zipBytes)}) → contract document (${kB(m.outputBytes)}), validated`);
    out.push(
      table(
        [
          ['import, warm (unzip, DBF, projection, checks, budget, validation, text)', range(m.warm)],
          ['import, cold (first run: loading the readers too)', ms(m.cold)],
          ['target', `under ${ms(m.targetMs)}${m.warm && m.warm.median < m.targetMs ? ' ✓' : ' ✗'}`],
          ['geometry', m.simplified ?? 'within the default budget, not simplified'],
        ],
        ['l', 'r'],
      ),
    );
    out.push('');
  }
  const problems = [];
  for (const group of results.groups) for (const item of Object.values(group.items)) if (item.pageErrors?.length) problems.push(`${group.id}/${item.label}: ${item.pageErrors[0]}`);
  if (problems.length) out.push(`Page errors seen: ${problems.join(' | ')}`);
  out.push(`Written: ${relative(ROOT, RESULTS_FILE)}`);
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------- main
const RESULTS_FILE = join(ROOT, 'bench/results.json');
const started = performance.now();
const results = { environment: null, build, sizes, documents: Object.fromEntries(Object.entries(DATA).map(([k, d]) => [k, { src: d.src, bytes: d.bytes, areas: d.areas }])), groups: [], cms: null, hover: null, validation: null, import: null };
results.validation = !ONLY || ONLY.test('validation') ? validationBenchmark() : null;
if (!ONLY || ONLY.test('import')) {
  const { importBenchmark } = await import('./lib/import-bench.mjs');
  results.import = await importBenchmark({ sharedData: SHARED_DATA, cache: CACHE, runs: Math.max(3, RUNS), log });
}

server = await startServer({ root: ROOT, csp: cspString() });
try {
  await server.warm([...Object.values(DATA).map((d) => d.src), ENGINE.maplibre, ENGINE.vegaEmbed, `/${workerFile}`]);
  const trendSpecModule = await bundleTrendSpec();
  const webgl = await browserFor('webgl');
  results.environment = environment(await webgl.version());
  const probe = await run('webgl', 'webgl2', undefined);
  if (!probe) log('warning: this Chromium has no WebGL2: the WebGL figures will fail');
  if (await run('nowebgl', 'webgl2', undefined)) log('warning: the no-WebGL browser still has WebGL2: the SVG-fallback figures are not what a user without WebGL gets');
  for (const group of groups()) results.groups.push(await measureGroup(group, trendSpecModule));
  if (!ONLY || ONLY.test('cms')) results.cms = await measureCms();
  if (!ONLY || ONLY.test('hover')) results.hover = await measureHover();
} finally {
  for (const browser of Object.values(browsers)) await (await browser).close();
  await server.close();
}
results.loadAfter = loadavg().map((v) => round(v, 2));
results.durationSeconds = Math.round((performance.now() - started) / 1000);
writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
printReport(results);
log(`bench: done in ${results.durationSeconds} s`);
