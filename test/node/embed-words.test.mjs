/**
 * Editors' words through the iframe embed: `heading`, `heading-level` and `description` in the
 * frame's address reach the widget inside it as a real <h3> and its accessible description.
 * Needs `npm run build` first (dist/cdn/embed.html).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { WAIT_TIMEOUT, launchChromium, serveRepository, waitFor } from './lib/browser.mjs';

const EMBED = 'dist/cdn/embed.html';
const TEST_TIMEOUT = 60_000;

const HEADING = 'Wohnen in Wesel – für den Ausschuss';
const DESCRIPTION = 'Die Redaktion erklärt in einem Satz, was die Grafik zeigt.';

/** Host pages the test writes, served from memory under /__generated/. */
const generated = new Map();

let server;
let browser;
let origin;

before(async () => {
  if (!existsSync(EMBED)) throw new Error(`${EMBED} is missing: run \`npm run build\` first.`);
  server = await serveRepository({ pageFor: (path) => generated.get(/^\/__generated\/([\w-]+\.html)$/.exec(path)?.[1]) });
  origin = `http://127.0.0.1:${server.config.port}`;
  browser = await launchChromium({ protocolTimeout: WAIT_TIMEOUT * 2 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const WIDGETS = [
  ['housing-gauge', {}],
  ['funding-tracker', {}],
  ['district-profile', { area: 'feldmark' }],
  ['indicator-trend', { 'show-total': 'true' }],
  ['district-map', {}],
];

describe("editors' words in the iframe embed", () => {
  for (const [widget, extra] of WIDGETS) {
    test(`${widget}: heading, heading-level=3 and description in the frame address give an <h3> and the description`, { timeout: TEST_TIMEOUT }, async () => {
      const params = new URLSearchParams({ widget, src: '/demo/data/wesel.json', heading: HEADING, 'heading-level': '3', description: DESCRIPTION, ...extra });
      const iframe = `<iframe src="/${EMBED}?${params.toString().replace(/&/g, '&amp;')}" title="${widget}" width="100%" height="600"></iframe>`;
      generated.set(`embed-words-${widget}.html`, `<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><title>${widget}</title></head>\n<body>\n${iframe}\n</body>\n</html>\n`);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(`${origin}/__generated/embed-words-${widget}.html`, { waitUntil: 'load' });
        const frame = await (await page.waitForSelector('iframe', { timeout: WAIT_TIMEOUT })).contentFrame();
        const tag = `qw-${widget}`;
        const found = await waitFor(
          frame,
          `${tag} to be ready with its heading`,
          (name) => {
            const el = document.querySelector(name);
            const state = el?.getAttribute('state');
            if (state === 'error') return { error: el.shadowRoot.textContent.replace(/\s+/g, ' ').slice(0, 300) };
            if (state !== 'ready') return null;
            const root = el.shadowRoot;
            const base = root.querySelector('[part~="base"]');
            const described = base?.getAttribute('aria-describedby');
            return {
              h3: root.querySelector('h3')?.textContent.trim() ?? null,
              h2: root.querySelectorAll('h2').length,
              labelledBy: base?.getAttribute('aria-labelledby') === root.querySelector('h3')?.id,
              description: described ? (root.getElementById(described)?.textContent.trim() ?? null) : null,
            };
          },
          tag,
        );
        assert.equal(found.h3, HEADING);
        assert.equal(found.h2, 0, 'the title is no <h2>');
        assert.ok(found.labelledBy, 'the widget is named by its <h3>');
        assert.equal(found.description, DESCRIPTION);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
});
