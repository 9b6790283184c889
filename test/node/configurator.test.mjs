// The configurator as a city hosts it: dist/cdn/configurator.html, served with the documented
// Content-Security-Policy. It imports files in its worker, and the snippets it makes — with a
// live-page address — render when pasted into a blank page served from dist/cdn/, in all three
// ways (script + element, iframe, inline data). Needs `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { WAIT_TIMEOUT, launchChromium, serveRepository, waitFor, whenReady } from './lib/browser.mjs';

const TEST_TIMEOUT = 90_000;

/** Pages made from snippets, served from memory under /dist/cdn/pasted/: beside the widgets, as on a city's server. */
const pasted = new Map();
const blankPage = (body) => `<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><title>Eingefügt</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

let server;
let browser;
let origin;

before(async () => {
  if (!existsSync('dist/cdn/configurator.html')) throw new Error('dist/cdn/configurator.html is missing: run `npm run build` first.');
  server = await serveRepository({ pageFor: (path) => pasted.get(/^\/dist\/cdn\/pasted\/([\w-]+\.html)$/.exec(path)?.[1]) });
  origin = `http://127.0.0.1:${server.config.port}`;
  browser = await launchChromium({ protocolTimeout: WAIT_TIMEOUT * 2 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage(path, { width = 1280, height = 1400 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const log = { workers: [], violations: [], errors: [] };
  page.on('workercreated', (worker) => log.workers.push(worker.url()));
  page.on('response', (response) => {
    // The live address check may meet a 404 on purpose; the favicon is the browser's own request.
    if (response.status() >= 400 && !/favicon\.ico$|gibt-es-nicht/.test(response.url())) log.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) log.errors.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__qwViolation', (text) => log.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => window.__qwViolation(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, log };
}

/** The preview widget lives in the configurator's shadow root. */
const previewReady = (page, tag) =>
  waitFor(page, `the ${tag} preview to be ready`, (name) => {
    const widget = document.querySelector('qw-configurator').shadowRoot.querySelector(`.preview ${name}`);
    if (widget?.getAttribute('state') === 'error') return { error: widget.shadowRoot.textContent.replace(/\s+/g, ' ').slice(0, 300) };
    return widget?.getAttribute('state') === 'ready';
  }, tag);

/** Sets a form field inside the configurator as an editor does. */
const setField = (page, selector, value, event = 'change') =>
  page.evaluate(
    (selector, value, event) => {
      const el = document.querySelector('qw-configurator');
      const field = el.shadowRoot.querySelector(selector);
      if (!field) throw new Error(`no field ${selector}`);
      if (field.type === 'checkbox' || field.type === 'radio') field.checked = value;
      else field.value = value;
      field.dispatchEvent(new Event(event, { bubbles: true }));
      return el.updateComplete;
    },
    selector,
    value,
    event,
  );
const code = (page) => page.evaluate(() => document.querySelector('qw-configurator').shadowRoot.querySelector('textarea').value);

describe('the configurator from dist/cdn', { timeout: TEST_TIMEOUT * 4 }, () => {
  test('makes snippets with the live-page address that render pasted into a blank page, in all three ways', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page, log } = await openPage('/dist/cdn/configurator.html');
    const snippets = {};
    try {
      await page.waitForSelector('qw-configurator', { timeout: WAIT_TIMEOUT });
      await setField(page, 'input[name="cdn-base"]', '/dist/cdn/', 'input');
      await setField(page, 'input[name="live-src"]', '/demo/data/wesel.json');
      await waitFor(page, 'the live address to load', () => Boolean(document.querySelector('qw-configurator').document));
      await setField(page, 'select[name="widget"]', 'indicator-trend');
      await setField(page, 'select[name="indicator"]', 'kinderarmut');
      await setField(page, 'input[name="areas"][value="innenstadt"]', true);
      await setField(page, 'input[name="areas"][value="feldmark"]', true);
      await setField(page, 'input[name="show-total"]', true);
      snippets.script = await code(page);
      await setField(page, 'input[name="snippet-kind"][value="inline"]', true);
      snippets.inline = await code(page);
      await setField(page, 'input[name="snippet-kind"][value="iframe"]', true);
      snippets.iframe = await code(page);
      assert.match(snippets.script, /^<script type="module" src="\/dist\/cdn\/quartier-widgets\.js"><\/script>\n<qw-indicator-trend src="\/demo\/data\/wesel\.json" indicator="kinderarmut" areas="[^"]*" show-total><\/qw-indicator-trend>$/);
      assert.match(snippets.iframe, /^<iframe src="\/dist\/cdn\/embed\.html\?widget=indicator-trend&amp;src=%2Fdemo%2Fdata%2Fwesel\.json&amp;indicator=kinderarmut/);
      assert.match(snippets.iframe, /<script type="module" src="\/dist\/cdn\/embed-host\.js"><\/script>$/);
      assert.match(snippets.inline, /^<script type="module" src="\/dist\/cdn\/quartier-widgets\.js"><\/script>\n<qw-indicator-trend indicator="kinderarmut"[^>]*>\n {2}<script type="application\/json">\{"version":1,/);
      assert.ok(!snippets.inline.includes('"housing"'), 'the inline data holds only what the trend shows');
      // What the editor set survives a reload: it is in the page address.
      const hash = await page.evaluate(() => location.hash);
      assert.match(hash, /widget=indicator-trend/);
      assert.match(hash, /live=%2Fdemo%2Fdata%2Fwesel\.json/);
      await page.reload({ waitUntil: 'load' });
      await waitFor(page, 'the configurator to reload its data', () => Boolean(document.querySelector('qw-configurator').document));
      assert.equal(await code(page), snippets.iframe, 'after a reload the same snippet');
      assert.deepEqual(log.violations, [], 'the configurator runs under the documented CSP');
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }

    for (const [kind, snippet] of Object.entries(snippets)) {
      pasted.set(`${kind}.html`, blankPage(snippet));
      const { page: pastedPage, log: pastedLog } = await openPage(`/dist/cdn/pasted/${kind}.html`, { width: 1000, height: 1200 });
      try {
        const context = kind === 'iframe' ? await (await pastedPage.waitForSelector('iframe', { timeout: WAIT_TIMEOUT })).contentFrame() : pastedPage;
        await whenReady(context, 'qw-indicator-trend');
        const legend = await waitFor(context, 'the trend legend', () => document.querySelector('qw-indicator-trend').shadowRoot.querySelector('[part="legend"]')?.textContent.replace(/\s+/g, ' '));
        assert.match(legend, /Innenstadt/, kind);
        assert.match(legend, /Feldmark/, kind);
        assert.deepEqual(pastedLog.violations, [], kind);
        assert.deepEqual(pastedLog.errors, [], kind);
      } finally {
        await pastedPage.close();
      }
    }
  });

  test('imports a zipped Shapefile and a CSV in its worker, under the CSP', { timeout: TEST_TIMEOUT }, async () => {
    const { page, log } = await openPage('/dist/cdn/configurator.html');
    try {
      const input = await page.waitForFunction(() => document.querySelector('qw-configurator')?.shadowRoot?.querySelector('input[type="file"]'), { timeout: WAIT_TIMEOUT });
      await input.asElement().uploadFile(resolve('test/fixtures/import/kreis-wesel-gemeinden-25832.zip'), resolve('test/fixtures/import/bevoelkerung-breit.csv'));
      await waitFor(page, 'the files to be recognised', () => Boolean(document.querySelector('qw-configurator').shadowRoot.querySelector('select[name="map-areaId"]')));
      await setField(page, 'select[name="map-areaId"]', 'AGS');
      await setField(page, 'select[name="map-areaName"]', 'GEN');
      await setField(page, 'input[name="map-level"]', 'gemeinde');
      await setField(page, 'input[name="map-indicator"]', 'bevoelkerung');
      await setField(page, 'input[name="map-label"]', 'Bevölkerung');
      await setField(page, 'input[name="map-publisher"]', 'Kreis Wesel');
      const text = await waitFor(page, 'the import', () => {
        const el = document.querySelector('qw-configurator');
        return el.importedText ?? (el.shadowRoot.querySelector('.issues.errors') && !el.shadowRoot.querySelector('[role="status"]').textContent ? { error: el.shadowRoot.querySelector('.issues.errors').textContent } : false);
      });
      const doc = JSON.parse(text);
      assert.equal(doc.areaLevels[0].geometry.features.length, 13);
      assert.equal(doc.indicators[0].values.find((v) => v.area === '05170004' && v.period === '2020-12-31').status, 'suppressed');
      const recognised = await page.evaluate(() => document.querySelector('qw-configurator').shadowRoot.textContent.replace(/\s+/g, ' '));
      assert.match(recognised, /Koordinatensystem: EPSG:25832/);
      assert.match(recognised, /windows-1252/);
      assert.ok(log.workers.some((url) => url.endsWith('/dist/cdn/configurator-import-worker.js')), `the import ran in the worker (workers: ${log.workers.join(', ')})`);
      await previewReady(page, 'qw-district-map');
      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  const PHONE_OPTIONS = { 'indicator-trend': '&o.indicator=kinderarmut&o.areas=innenstadt%2Cfeldmark' };
  for (const widget of ['district-map', 'indicator-trend', 'housing-gauge', 'funding-tracker', 'district-profile']) {
    test(`fits a 375 px phone without sideways scrolling (${widget})`, { timeout: TEST_TIMEOUT }, async () => {
      const { page, log } = await openPage(`/dist/cdn/configurator.html#live=%2Fdemo%2Fdata%2Fwesel.json&widget=${widget}${PHONE_OPTIONS[widget] ?? ''}`, { width: 375, height: 800 });
      try {
        await waitFor(page, 'the data', () => Boolean(document.querySelector('qw-configurator').document));
        await previewReady(page, `qw-${widget}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(widths.scroll <= widths.client, `page is ${widths.scroll}px wide in a ${widths.client}px window`);
        if (process.env.QW_SCREENSHOT) await page.screenshot({ path: process.env.QW_SCREENSHOT.replace(/(\.png)?$/, `-${widget}.png`), fullPage: true });
        assert.deepEqual(log.errors, []);
      } finally {
        await page.close();
      }
    });
  }
});
