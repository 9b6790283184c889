// The built drop-in folder dist/cdn in a real browser: what a city web editor gets.
// Pages under test/dist/ (and pages made from configurator snippets) are served from 127.0.0.1
// with the documented Content-Security-Policy of scripts/csp.mjs; headless Chromium is driven
// with puppeteer-core. Needs `npm run build` first (scripts/test.mjs builds when dist is stale).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { WIDGET_CSP_DIRECTIVES, cspString } from '../../scripts/csp.mjs';
import { analyse } from '../../scripts/size.mjs';
import { CSP, WAIT_TIMEOUT, launchChromium, pause, serveRepository, waitFor, whenReady } from './lib/browser.mjs';

const ENTRY = 'dist/cdn/quartier-widgets.js';
const TEST_TIMEOUT = 60_000;

/** Pages the tests write (from configurator snippets), served from memory under /__generated/, each with its policy. */
const generated = new Map();
const blankPage = (title, body) => `<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
const addPage = (name, html, policy = CSP) => generated.set(name, { html, policy });
/** test/dist/all-four.html under another address: a test that changes how the browser loads it leaves the original's cache alone. */
const addAllFourPage = (name) => addPage(name, readFileSync('test/dist/all-four.html', 'utf8').replace('href="all-four.css"', 'href="/test/dist/all-four.css"'));

/** The repository on 127.0.0.1; `cors` lets pages of another origin load from it (a separate asset server). */
const serve = ({ cors = false } = {}) => serveRepository({ cors, pageFor: (path) => generated.get(/^\/__generated\/([\w-]+\.html)$/.exec(path)?.[1]) });

let server;
let assetServer;
let browser;
let origin;
let assetOrigin;

before(async () => {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first (CI builds before \`npm test\`).`);
  if (!existsSync('test/dist/all-four.html')) throw new Error('test/dist/*.html are missing (is test/dist/ git-ignored? .gitignore must ignore /dist/, not dist/).');
  server = await serve();
  assetServer = await serve({ cors: true });
  origin = `http://127.0.0.1:${server.config.port}`;
  assetOrigin = `http://127.0.0.1:${assetServer.config.port}`;
  browser = await launchChromium({ protocolTimeout: WAIT_TIMEOUT * 2 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await assetServer?.stop();
});

/**
 * A page that records its requests, CSP violations (also inside iframes), console errors and
 * uncaught errors. Listeners are installed through the DevTools protocol, which the page's CSP
 * does not govern, so the page itself needs no inline script.
 */
async function openPage(path, { width = 1280, height = 1600, policy = CSP } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const log = { requests: [], workers: [], violations: [], errors: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  // A worker's own script request is not a page request: record the workers too.
  page.on('workercreated', (worker) => log.workers.push(worker.url()));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) log.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => log.errors.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // "Failed to load resource" repeats a response above (and the browser's own favicon request).
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) log.errors.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__qwViolation', (text) => log.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__qwViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  assert.equal(response.headers()['content-security-policy'], policy, `${path} is served with the documented policy`);
  return { page, log };
}

/** Waits until the host page's iframe is as high as the document inside it (±2 px); returns both heights. */
async function frameFits(page, frame) {
  const measure = async () => ({
    iframe: await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
    content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
  });
  const deadline = Date.now() + WAIT_TIMEOUT;
  let heights = await measure();
  while (Math.abs(heights.iframe - heights.content) > 2 && Date.now() < deadline) {
    await pause(100);
    heights = await measure();
  }
  assert.ok(Math.abs(heights.iframe - heights.content) <= 2, `iframe ${heights.iframe}px, content ${heights.content}px`);
  return heights;
}

/** The files of dist/cdn that only a map or a trend should bring: the engines' lazy chunks and workers (not the validator, which every widget loads lazily, nor the configurator's import readers). */
function engineFiles() {
  const { lazy, workers } = analyse();
  const engines = Object.fromEntries(Object.entries(lazy).filter(([name]) => /maplibre|vega/.test(name)));
  // The validation worker is every widget's (validate-worker.ts), not an engine's.
  const engineWorkers = Object.fromEntries(Object.entries(workers).filter(([name]) => name !== 'qw-validate-worker'));
  const files = [...Object.values(engines), ...Object.values(engineWorkers)].flatMap((set) => [...set]).map((file) => basename(file));
  return { files, names: [...Object.keys(engines), ...Object.keys(engineWorkers)] };
}

const isEngineRequest = (url, files) => files.includes(basename(new URL(url).pathname)) || /maplibre|vega/i.test(new URL(url).pathname);

test('the validation worker lies beside every built module that starts it, with no imports of its own', () => {
  const files = readdirSync('dist', { recursive: true }).filter((file) => String(file).endsWith('.js')).map((file) => join('dist', String(file)));
  const starters = files.filter((file) => !file.endsWith('qw-validate-worker.js') && readFileSync(file, 'utf8').includes('./qw-validate-worker.js'));
  assert.ok(starters.some((file) => file.startsWith('dist/cdn/')) && starters.some((file) => !file.startsWith('dist/cdn/')), `modules that start it: ${starters.join(', ')}`);
  for (const file of starters) {
    const worker = join(dirname(file), 'qw-validate-worker.js');
    assert.ok(existsSync(worker), `${worker} (started by ${file}) is missing`);
    assert.doesNotMatch(readFileSync(worker, 'utf8'), /\bimport\s*[\s{*'"(]/, `${worker} imports other files`);
  }
});

describe('dist/cdn in a browser', { timeout: TEST_TIMEOUT * 8 }, () => {
  test('a page with only a gauge requests no maplibre or vega file', { timeout: TEST_TIMEOUT }, async () => {
    const engines = engineFiles();
    // The build must have engine chunks at all, or this test would prove nothing.
    assert.ok(engines.names.includes('maplibre-gl') && engines.names.some((name) => name.startsWith('vega')), `lazy chunks: ${engines.names.join(', ')}`);
    for (const path of ['/test/dist/gauge-only.html', '/test/dist/gauge-define-only.html']) {
      const { page, log } = await openPage(path);
      try {
        await whenReady(page, 'qw-housing-gauge');
        await page.waitForNetworkIdle({ idleTime: 500, timeout: WAIT_TIMEOUT });
        const text = await page.evaluate(() => document.querySelector('qw-housing-gauge').shadowRoot.textContent);
        assert.match(text, /1\.743/, 'the gauge shows Wesel’s subsidised stock');
        assert.ok(log.requests.some((url) => url.endsWith('/demo/data/wesel.json')), 'the data was requested');
        const engineRequests = [...log.requests, ...log.workers].filter((url) => isEngineRequest(url, engines.files));
        assert.deepEqual(engineRequests, [], `${path} requested engine files`);
        // A German page never downloads the English texts (i18n.ts).
        assert.deepEqual(log.requests.filter((url) => /\.texts\.en-/.test(url)), [], `${path} requested English texts`);
        // A city's document is validated on the page: no worker starts for it (loader.ts, workerFromBytes).
        assert.deepEqual(log.workers, [], `${path}: workers`);
        assert.deepEqual(log.violations, []);
        assert.deepEqual(log.errors, []);
      } finally {
        await page.close();
      }
    }
  });

  test('an English page loads the widget’s English texts with the data and shows English only', { timeout: TEST_TIMEOUT }, async () => {
    addPage('gauge-english.html', readFileSync('test/dist/gauge-only.html', 'utf8').replace('<html lang="de">', '<html lang="en">'));
    const { page, log } = await openPage('/__generated/gauge-english.html');
    try {
      await whenReady(page, 'qw-housing-gauge');
      const english = log.requests.filter((url) => /\.texts\.en-/.test(url));
      assert.equal(english.length, 1, `English texts requested: ${english.join(', ')}`);
      assert.match(english[0], /housing-gauge\.texts\.en-/);
      const text = await page.evaluate(() => document.querySelector('qw-housing-gauge').shadowRoot.textContent);
      assert.match(text, /Publicly subsidised housing/);
      assert.match(text, /of all flats are publicly subsidised/);
      assert.match(text, /1,743/, 'English number format');
      // The source citation quotes a German title: the test looks for the widget's own German words.
      assert.doesNotMatch(text, /aller Wohnungen sind öffentlich gefördert|Geförderte Wohnungen/, 'German widget texts on an English page');
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  test('a lazily loaded chunk’s own imports are requested together with it, not after it arrived', { timeout: TEST_TIMEOUT }, async () => {
    // The chunks whose static imports come a round trip late without preloads: each widget's define
    // module, the check of valid documents, the error path (every widget awaits it before it is ready)
    // and vega's chunk. Their responses are held back for a while; whatever they import must be
    // requested meanwhile, by the `modulepreload` links written beside each import().
    const HOLD_MS = 700;
    const held = (path) => /^\/dist\/cdn\/(define\/[\w-]+\.js|chunks\/(valid-document|error-path|embed)-[\w-]+\.js)$/.test(path);
    const staticImports = (path) => [...readFileSync(`.${path}`, 'utf8').matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => new URL(m[1], `http://x${path}`).pathname);
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 2400 });
    const requested = new Map();
    const released = new Map();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!requested.has(path)) requested.set(path, performance.now());
      if (!held(path)) return void request.continue();
      setTimeout(() => {
        released.set(path, performance.now());
        void request.continue();
      }, HOLD_MS);
    });
    addAllFourPage('preload-waterfall.html');
    try {
      await page.goto(`${origin}/__generated/preload-waterfall.html`, { waitUntil: 'load' });
      for (const tag of ['qw-indicator-trend', 'qw-housing-gauge', 'qw-funding-tracker']) await whenReady(page, tag);
      const parents = [...released.keys()];
      for (const expected of ['define/indicator-trend.js', 'define/housing-gauge.js', 'chunks/valid-document-', 'chunks/error-path-', 'chunks/embed-']) assert.ok(parents.some((path) => path.includes(expected)), `${expected} was requested (held: ${parents.join(', ')})`);
      const late = [];
      let checked = 0;
      for (const parent of parents) {
        for (const child of staticImports(parent)) {
          if (!requested.has(child)) continue; // loaded before the parent was asked for
          checked++;
          if (requested.get(child) >= released.get(parent)) late.push(`${child} after ${parent}`);
        }
      }
      assert.ok(checked >= 8, `only ${checked} static imports of the held chunks were seen`);
      assert.deepEqual(late, [], 'imports requested only after their importer arrived');
      // The sample document is valid: zod and the wording of findings are never needed.
      assert.deepEqual([...requested.keys()].filter((path) => /chunks\/(validator|json-text)-/.test(path)), [], 'the validator was loaded for a valid document');
    } finally {
      await page.close();
    }
  });

  test('all four widgets render from dist/cdn under the documented CSP, without any violation', { timeout: TEST_TIMEOUT }, async () => {
    const { page, log } = await openPage('/test/dist/all-four.html', { width: 1400, height: 2400 });
    try {
      for (const tag of ['qw-housing-gauge', 'qw-funding-tracker', 'qw-indicator-trend', 'qw-district-map']) await whenReady(page, tag);
      // The map drew with WebGL, and maplibre's worker (worker-src) tiled the districts.
      await waitFor(page, 'the map to draw its districts with WebGL', () => {
        const map = document.querySelector('qw-district-map');
        return map.activeRenderer === 'webgl' && map.map?.loaded() && map.map.querySourceFeatures('qw-districts').length > 0;
      });
      // vega drew the two districts and the city total without eval.
      const lines = await waitFor(page, 'the trend lines', () => document.querySelector('qw-indicator-trend').shadowRoot.querySelectorAll('.vega svg .lines_marks path').length || false);
      assert.equal(lines, 3);
      const texts = await page.evaluate(() => Object.fromEntries(['qw-housing-gauge', 'qw-funding-tracker'].map((tag) => [tag, document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' ')])));
      assert.match(texts['qw-housing-gauge'], /1\.743/);
      assert.match(texts['qw-funding-tracker'], /Soziale Angebote/);
      assert.ok(log.workers.some((url) => /\/dist\/cdn\/chunks\/maplibre-gl-worker\.mjs(\?|$)/.test(url)), `the map worker ran from dist/cdn (workers: ${log.workers.join(', ')})`);
      await page.waitForNetworkIdle({ idleTime: 300, timeout: WAIT_TIMEOUT });
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  test('with the folder and the data on another server, the policy needs that origin in script-src, worker-src and connect-src', { timeout: TEST_TIMEOUT }, async () => {
    const policy = cspString({
      ...WIDGET_CSP_DIRECTIVES,
      'script-src': [...WIDGET_CSP_DIRECTIVES['script-src'], assetOrigin],
      'worker-src': [...WIDGET_CSP_DIRECTIVES['worker-src'], assetOrigin],
      'connect-src': [...WIDGET_CSP_DIRECTIVES['connect-src'], assetOrigin],
    });
    const body = [
      `<script type="module" src="${assetOrigin}/dist/cdn/quartier-widgets.js"></script>`,
      `<qw-district-map src="${assetOrigin}/demo/data/wesel.json" indicator="kinderarmut" renderer="webgl"></qw-district-map>`,
      `<qw-indicator-trend src="${assetOrigin}/demo/data/wesel.json" indicator="kinderarmut" areas="innenstadt"></qw-indicator-trend>`,
    ].join('\n');
    addPage('cross-origin.html', blankPage('Assets on another server', body), policy);
    const { page, log } = await openPage('/__generated/cross-origin.html', { width: 1200, height: 2000, policy });
    try {
      for (const tag of ['qw-indicator-trend', 'qw-district-map']) await whenReady(page, tag);
      // maplibre wraps a cross-origin worker in a blob: URL that imports the worker module from the asset server.
      await waitFor(page, 'the map to draw with WebGL', () => {
        const map = document.querySelector('qw-district-map');
        return map.activeRenderer === 'webgl' && map.map?.loaded() && map.map.querySourceFeatures('qw-districts').length > 0;
      });
      const elsewhere = log.requests.filter((url) => /^https?:/.test(url) && !url.startsWith(`${origin}/`) && !url.startsWith(`${assetOrigin}/`));
      assert.deepEqual(elsewhere, [], 'no request to a third host');
      await page.waitForNetworkIdle({ idleTime: 300, timeout: WAIT_TIMEOUT });
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  test('when the page breaks <link> elements, the widgets load all the same: a preload is only a hint', { timeout: TEST_TIMEOUT }, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.evaluateOnNewDocument(() => {
      Object.defineProperty(HTMLLinkElement.prototype, 'rel', {
        set() {
          throw new Error('this page allows no new links');
        },
      });
    });
    addAllFourPage('broken-links.html');
    try {
      await page.goto(`${origin}/__generated/broken-links.html`, { waitUntil: 'load' });
      for (const tag of ['qw-indicator-trend', 'qw-housing-gauge', 'qw-funding-tracker']) await whenReady(page, tag);
      assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length), 0, 'no preload could be made');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('under a policy of a nonce and \'strict-dynamic\', the widgets, their chunks and the chunks’ preloads load without a violation', { timeout: TEST_TIMEOUT }, async () => {
    const nonce = 'qw-test-nonce-8f3a';
    const policy = cspString({ ...WIDGET_CSP_DIRECTIVES, 'script-src': [`'nonce-${nonce}'`, "'strict-dynamic'"] });
    const body = [
      `<script type="module" nonce="${nonce}" src="/dist/cdn/quartier-widgets.js"></script>`,
      '<qw-indicator-trend src="/demo/data/wesel.json" indicator="kinderarmut" areas="innenstadt"></qw-indicator-trend>',
      '<qw-housing-gauge src="/demo/data/wesel.json"></qw-housing-gauge>',
    ].join('\n');
    addPage('strict-dynamic.html', blankPage('Nonce and strict-dynamic', body), policy);
    const { page, log } = await openPage('/__generated/strict-dynamic.html', { width: 1200, height: 2000, policy });
    try {
      for (const tag of ['qw-indicator-trend', 'qw-housing-gauge']) await whenReady(page, tag);
      await page.waitForNetworkIdle({ idleTime: 300, timeout: WAIT_TIMEOUT });
      const links = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => ({ href: link.href, nonce: link.nonce })));
      assert.ok(links.length >= 3, `modulepreload links: ${JSON.stringify(links)}`);
      assert.deepEqual(links.filter((link) => link.nonce !== nonce), [], 'every preload carries the page’s nonce');
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  test('the iframe page sets its host frame to the widget’s height, also when the widget grows', { timeout: TEST_TIMEOUT }, async () => {
    const { page, log } = await openPage('/test/dist/iframe-host.html', { width: 1000, height: 800 });
    try {
      const frameElement = await page.waitForSelector('iframe', { timeout: WAIT_TIMEOUT });
      const frame = await frameElement.contentFrame();
      await whenReady(frame, 'qw-housing-gauge');
      const before = await frameFits(page, frame);
      assert.ok(before.iframe > 300, `the 150 px frame grew to the widget (${before.iframe}px)`);
      // Open "Daten als Tabelle": the widget grows, the frame follows.
      await frame.evaluate(() => document.querySelector('qw-housing-gauge').shadowRoot.querySelector('details.table-toggle > summary').click());
      await waitFor(frame, 'the table to open', () => Boolean(document.querySelector('qw-housing-gauge').shadowRoot.querySelector('details.table-toggle[open] table')));
      const opened = await frameFits(page, frame);
      assert.ok(opened.iframe > before.iframe + 50, `the frame grew from ${before.iframe}px to ${opened.iframe}px`);
      // And shrinks again when the table closes.
      await frame.evaluate(() => document.querySelector('qw-housing-gauge').shadowRoot.querySelector('details.table-toggle > summary').click());
      const closed = await frameFits(page, frame);
      assert.ok(Math.abs(closed.iframe - before.iframe) <= 2, `the frame went back to ${before.iframe}px (is ${closed.iframe}px)`);
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  test('the inline host snippet from the README sizes the frame as embed-host.js does', { timeout: TEST_TIMEOUT }, async () => {
    const readme = readFileSync('README.md', 'utf8');
    const snippet = /<script>\s*(addEventListener\('message'[\s\S]*?)<\/script>/.exec(readme)?.[1];
    assert.ok(snippet, 'README.md shows the inline host snippet');
    assert.ok(snippet.trim().split('\n').length <= 3, 'three lines at most');
    // Only for this page: the inline snippet is for hosts whose policy allows inline scripts.
    const policy = cspString({ ...WIDGET_CSP_DIRECTIVES, 'script-src': [...WIDGET_CSP_DIRECTIVES['script-src'], "'unsafe-inline'"] });
    const iframe = '<iframe src="/dist/cdn/embed.html?widget=housing-gauge&amp;src=%2Fdemo%2Fdata%2Fwesel.json&amp;lang=en" title="Subsidised housing" width="100%" height="150" frameborder="0"></iframe>';
    addPage('inline-host.html', blankPage('Inline host snippet', `${iframe}\n<script>${snippet}</script>`), policy);
    const { page, log } = await openPage('/__generated/inline-host.html', { width: 1000, height: 800, policy });
    try {
      const frame = await (await page.waitForSelector('iframe', { timeout: WAIT_TIMEOUT })).contentFrame();
      await whenReady(frame, 'qw-housing-gauge');
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en', 'embed.html takes the widget’s language');
      const fit = await frameFits(page, frame);
      assert.ok(fit.iframe > 300, `the 150 px frame grew to the widget (${fit.iframe}px)`);
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  test('the policy is enforced and the listener sees violations: eval and an inline script are refused and reported', { timeout: TEST_TIMEOUT }, async () => {
    const probe = await openPage('/test/dist/eval-probe.html');
    try {
      assert.equal(await waitFor(probe.page, 'the eval probe', () => document.documentElement.dataset.eval), 'EvalError');
      const deadline = Date.now() + WAIT_TIMEOUT;
      while (!probe.log.violations.length && Date.now() < deadline) await pause(50);
      assert.match(probe.log.violations[0] ?? '', /^script-src eval/);
    } finally {
      await probe.page.close();
    }
    addPage('inline-script.html', blankPage('Inline', '<script>document.title = "ran";</script>'));
    const { page, log } = await openPage('/__generated/inline-script.html');
    try {
      const deadline = Date.now() + WAIT_TIMEOUT;
      while (!log.violations.length && Date.now() < deadline) await pause(50);
      assert.match(log.violations[0] ?? '', /^script-src/);
      assert.equal(await page.title(), 'Inline');
    } finally {
      await page.close();
    }
  });
});
