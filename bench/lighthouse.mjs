/**
 * Lighthouse on a page with one widget, as a city's web team checks a page before it goes live
 * (issue 14: "a Lighthouse score below 90 is a reason to refuse a widget"). Not part of
 * `npm run bench` and not a dependency of the project (Lighthouse brings 200 packages):
 *
 *   npm install --no-save lighthouse@12
 *   npm run bench:lighthouse -- [--runs 3] [--desktop] [--only map,trend] [--cdn dist/cdn,.ab/before]
 *
 * Each page is a plain CMS page (heading, paragraph, the widget's snippet from the README, a
 * paragraph after it) served with the widgets' CSP by the bench's server, from `dist/cdn/`
 * (build first). The phone profile is Lighthouse's default: a simulated slow 4G network and a
 * CPU four times slower than this machine's. Medians of the runs, pages alternating.
 * `--cdn` compares builds: each folder (a copy of `dist/cdn` inside the repository) gets its own
 * pages, and the builds alternate with the pages, so that this host's noise falls on all of them.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { cspString } from '../scripts/csp.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 3));
const DESKTOP = args.includes('--desktop');

let lighthouse, chromeLauncher;
try {
  ({ default: lighthouse } = await import('lighthouse'));
  chromeLauncher = await import('chrome-launcher');
} catch {
  console.error('Lighthouse is not installed: npm install --no-save lighthouse@12');
  process.exit(2);
}
const BUILDS = option('--cdn', 'dist/cdn').split(',').map((dir) => dir.replace(/^\.?\/|\/$/g, ''));
for (const dir of BUILDS) {
  if (existsSync(join(ROOT, dir, 'quartier-widgets.js'))) continue;
  console.error(`No ${dir}/quartier-widgets.js: npm run build first.`);
  process.exit(2);
}

const WESEL = '/demo/data/wesel.json';
const PAGES = {
  map: `<qw-district-map src="${WESEL}" indicator="arbeitslosenanteil"></qw-district-map>`,
  trend: `<qw-indicator-trend src="${WESEL}" indicator="kinderarmut" areas="innenstadt,feldmark" show-total></qw-indicator-trend>`,
  gauge: `<qw-housing-gauge src="${WESEL}"></qw-housing-gauge>`,
  tracker: `<qw-funding-tracker src="${WESEL}"></qw-funding-tracker>`,
  profile: `<qw-district-profile src="${WESEL}" area="feldmark"></qw-district-profile>`,
};
const only = option('--only', '').split(',').filter(Boolean);
const widgets = Object.keys(PAGES).filter((name) => !only.length || only.includes(name));
/** One page per widget and build: `trend`, or `trend @ .ab/before` when builds are compared. */
const pages = widgets.flatMap((widget) => BUILDS.map((dir) => ({ widget, dir, name: BUILDS.length > 1 ? `${widget} @ ${dir}` : widget, file: `${widget}-${dir.replace(/\W+/g, '_')}.html` })));

const folder = join(ROOT, 'bench/.cache/lighthouse');
mkdirSync(folder, { recursive: true });
for (const { widget, dir, file } of pages) {
  writeFileSync(
    join(folder, file),
    `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sozialbericht – Beispielseite</title><meta name="description" content="Eine Seite mit einem Baustein von quartier-widgets">
<script type="module" src="/${dir}/quartier-widgets.js"></script>
</head><body><main><h1>Sozialbericht</h1><p>Die Zahlen des Sozialberichts für die Sozialräume der Stadt.</p>
${PAGES[widget]}
<p>Weiterer Text der Seite.</p></main></body></html>
`,
  );
}

const server = await startServer({ root: ROOT, csp: cspString() });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader'] });
const desktop = {
  formFactor: 'desktop',
  screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
  throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 },
};
const rows = new Map(pages.map(({ name }) => [name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // The builds (and the pages) take turns going first.
    const order = run % 2 ? [...pages].reverse() : pages;
    for (const { name, file } of order) {
      const { lhr } = await lighthouse(`${server.url}/bench/.cache/lighthouse/${file}`, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
        ...(DESKTOP ? desktop : {}),
      });
      const audit = (id) => lhr.audits[id].numericValue;
      rows.get(name).push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        FCP: audit('first-contentful-paint'),
        LCP: audit('largest-contentful-paint'),
        TBT: audit('total-blocking-time'),
        CLS: audit('cumulative-layout-shift'),
        SI: audit('speed-index'),
      });
      process.stderr.write(`  ${name} run ${run + 1}: ${rows.get(name).at(-1).performance}\n`);
    }
  }
} finally {
  await chrome.kill();
  await server.close?.();
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`Lighthouse ${DESKTOP ? 'desktop' : 'phone (simulated slow 4G, 4× CPU)'}, medians of ${RUNS} runs`);
console.log(['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'performance per run'].join('\t'));
for (const [name, list] of rows) {
  const m = (key) => median(list.map((row) => row[key]));
  console.log([name, m('performance'), m('accessibility'), `${Math.round(m('FCP'))} ms`, `${Math.round(m('LCP'))} ms`, `${Math.round(m('TBT'))} ms`, m('CLS').toFixed(3), `${Math.round(m('SI'))} ms`, list.map((row) => row.performance).join(' ')].join('\t'));
}
process.exit(0);
