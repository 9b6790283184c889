/**
 * `npm run size`: bytes (minified and gzip -9) of what a page loads from the drop-in folder
 * dist/cdn, checked against size-budget.json (gzip bytes per name). Fails when a bundle grows
 * over its budget or has none.
 * - `core`: the static import graph of quartier-widgets.js, what every page with the all-in-one
 *   script loads before its widgets' own modules (the script is an autoloader: each `qw-*` tag on
 *   the page loads its define module, a `page:<widget>` row);
 * - one row per lazy chunk: the static graph of a dynamic import() target, minus the core,
 *   minus what every widget page loads anyway (lit, the widget base) and minus what its importers
 *   have loaded already (their static graphs and their widget's `with-data` chunk, which loads with
 *   the data before anything can be clicked), named after the npm package rollup named the chunk
 *   after (from its source map); chunks of one name get a row each, `name (importers)`;
 * - `maplibre-gl-worker`: the map's worker, started only when a map draws with WebGL;
 * - `page:embed`, `page:configurator`: what embed.html and the configurator add to the core;
 *   `page:embed-host`: the one file a page with embed iframes loads;
 *   `page:<widget>`: all a page with only that widget loads before anything shows (its define
 *   entry and static imports; the validator and the engines come later, lazily);
 *   `page:all-in-one+housing-gauge`: the same page with quartier-widgets.js instead of the define module.
 * `--write` also writes size-report.json. `--update-budget` writes size-budget.json from the
 * measured sizes plus 5 % headroom (for a deliberate change; review the diff).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist/cdn';
const ENTRY = join(DIST, 'quartier-widgets.js');
const BUDGET_FILE = 'size-budget.json';
const HEADROOM = 1.05;
const PAGES = { 'page:embed': 'embed.js', 'page:configurator': 'configurator.js' };
const STANDALONE = {
  'page:embed-host': 'embed-host.js',
  'page:housing-gauge': 'define/housing-gauge.js',
  'page:funding-tracker': 'define/funding-tracker.js',
  'page:district-profile': 'define/district-profile.js',
  'page:district-map': 'define/district-map.js',
  'page:indicator-trend': 'define/indicator-trend.js',
};

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function imports(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => m[1]).filter((s) => s.startsWith('.')).map((s) => join(dirname(file), s));
}

function staticGraph(entry, exclude = new Set()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || exclude.has(file)) return;
    seen.add(file);
    for (const dep of imports(file, STATIC_IMPORT)) visit(dep);
  };
  visit(entry);
  return seen;
}

const sizeOf = (files) => {
  let min = 0;
  let gzip = 0;
  for (const file of files) {
    const code = readFileSync(file);
    min += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { min, gzip };
};

/**
 * Rollup names a chunk after its first module (`embed` for vega-embed's build/embed.js), which
 * says little. The source map tells which file that was; name the chunk after its npm package.
 */
function chunkName(file) {
  const rollupName = relative(DIST, file).replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return rollupName;
  const { sources = [] } = JSON.parse(readFileSync(mapFile, 'utf8'));
  const named = sources.filter((source) => basename(source).replace(/\.(m?js|ts)$/, '') === rollupName);
  const packageOf = (source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
  const packages = [...new Set(named.map(packageOf))];
  return packages.length === 1 && packages[0] ? packages[0] : rollupName;
}

/** Which files of dist/cdn a page loads, and when. */
export function analyse() {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first`);
  const core = staticGraph(ENTRY);
  const lazyEntries = new Set();
  /** Who loads each lazy chunk: its static graph is there already when the import() runs. */
  const importers = new Map();
  const queue = [...core, ...Object.values(PAGES).map((page) => join(DIST, page))];
  const visited = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (visited.has(file) || !existsSync(file)) continue;
    visited.add(file);
    for (const dep of imports(file, STATIC_IMPORT)) queue.push(dep);
    for (const target of imports(file, DYNAMIC_IMPORT)) {
      if (!core.has(target)) lazyEntries.add(target);
      if (!importers.has(target)) importers.set(target, new Set());
      importers.get(target).add(file);
      queue.push(target);
    }
  }
  const widgetPages = Object.entries(STANDALONE).filter(([name]) => name !== 'page:embed-host').map(([, page]) => join(DIST, page)).filter((file) => existsSync(file));
  const widgetGraphs = widgetPages.map((page) => staticGraph(page));
  // What every widget page loads anyway (lit, the widget base): not counted again in a lazy row.
  const common = new Set([...core, ...(widgetGraphs[0] ?? [])].filter((file) => core.has(file) || widgetGraphs.every((graph) => graph.has(file))));
  const lazy = {};
  // A widget's `with-data` chunk loads with its data, before anything can be clicked: what the
  // widget's later chunks (its export code) share with it is there already.
  const withData = (file) => imports(file, DYNAMIC_IMPORT).filter((target) => /\/with-data-[\w-]{8}\.js$/.test(target));
  const loadedBy = (file, entry, seen = new Set()) => {
    const graph = staticGraph(file);
    for (const member of [...graph]) for (const target of withData(member)) if (target !== entry) for (const dep of staticGraph(target)) graph.add(dep);
    // A lazy chunk runs after one of its widget importers did: what each of them had loaded is there too.
    const before = [...(importers.get(file) ?? [])].filter((importer) => !core.has(importer) && !seen.has(importer));
    const sets = before.map((importer) => loadedBy(importer, entry, new Set([...seen, file])));
    for (const dep of sets[0] ?? []) if (sets.every((set) => set.has(dep))) graph.add(dep);
    return graph;
  };
  const rollupName = (file) => relative(DIST, file).replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  const named = new Map();
  for (const entry of [...lazyEntries].sort()) {
    if (widgetPages.includes(entry)) continue;
    const name = chunkName(entry);
    named.set(name, [...(named.get(name) ?? []), entry]);
  }
  for (const [name, entries] of named) {
    for (const entry of entries) {
      // What every importer has loaded before the import() runs (the widget's own chunk for its
      // export code) is not the lazy chunk's cost.
      // The autoloader imports each widget's `with-data` early too (a head start); the widget's own import says what is loaded by then.
      const all = [...(importers.get(entry) ?? [])];
      const byWidgets = all.filter((importer) => !core.has(importer));
      const importersOf = byWidgets.length ? byWidgets : all;
      const loaded = importersOf.map((importer) => loadedBy(importer, entry));
      const already = new Set([...common, ...(loaded[0] ?? [])].filter((file) => common.has(file) || loaded.every((graph) => graph.has(file))));
      // Chunks of one name (each widget's `export`) get a row each, named after who loads them.
      const by = [...new Set(importersOf.map(rollupName))].sort().join(', ');
      lazy[entries.length > 1 ? `${name} (${by})` : name] = staticGraph(entry, already);
    }
  }
  const chunks = join(DIST, 'chunks');
  const workers = {};
  for (const file of existsSync(chunks) ? readdirSync(chunks) : []) {
    if (/worker\.m?js$/.test(file)) workers[file.replace(/\.m?js$/, '')] = new Set([join(chunks, file)]);
  }
  const pages = {};
  for (const [name, page] of Object.entries(PAGES)) if (existsSync(join(DIST, page))) pages[name] = staticGraph(join(DIST, page), core);
  for (const [name, page] of Object.entries(STANDALONE)) if (existsSync(join(DIST, page))) pages[name] = staticGraph(join(DIST, page));
  if (pages['page:housing-gauge']) pages['page:all-in-one+housing-gauge'] = new Set([...core, ...pages['page:housing-gauge']]);
  return { core, lazy, workers, pages };
}

/** Sizes per bundle name, in the order printed. */
export function measure() {
  const { core, lazy, workers, pages } = analyse();
  const rows = { core, ...lazy, ...workers, ...pages };
  return Object.fromEntries(Object.entries(rows).map(([name, files]) => [name, { files: files.size, ...sizeOf(files) }]));
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measure();
  if (process.argv.includes('--update-budget')) {
    const gzip = Object.fromEntries(Object.entries(result).map(([name, size]) => [name, Math.ceil((size.gzip * HEADROOM) / 100) * 100]));
    writeFileSync(BUDGET_FILE, `${JSON.stringify({ $comment: 'gzip -9 bytes per bundle of dist/cdn, as printed by `npm run size`; about 5 % over the measured size. Raise a budget only for a deliberate change.', gzip }, null, 2)}\n`);
    console.log(`size: ${BUDGET_FILE} written`);
  }
  const budget = existsSync(BUDGET_FILE) ? JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) : { gzip: {} };
  let failed = false;
  console.log(`${'bundle'.padEnd(34)} ${'files'.padStart(5)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'budget'.padStart(10)}`);
  for (const [name, size] of Object.entries(result)) {
    const limit = budget.gzip[name];
    const over = limit !== undefined && size.gzip > limit;
    if (over) failed = true;
    console.log(`${name.padEnd(34)} ${String(size.files).padStart(5)} ${kB(size.min).padStart(10)} ${kB(size.gzip).padStart(10)} ${(limit === undefined ? '—' : kB(limit)).padStart(10)}${over ? `  OVER BUDGET by ${size.gzip - limit} B` : ''}`);
  }
  const unbudgeted = Object.keys(result).filter((name) => budget.gzip[name] === undefined);
  const stale = Object.keys(budget.gzip).filter((name) => result[name] === undefined);
  if (process.argv.includes('--write')) writeFileSync('size-report.json', `${JSON.stringify(result, null, 2)}\n`);
  if (stale.length) console.warn(`Budgets for bundles that no longer exist: ${stale.join(', ')} — remove them from ${BUDGET_FILE}.`);
  if (unbudgeted.length) {
    console.error(`No budget for: ${unbudgeted.join(', ')} — add them to ${BUDGET_FILE} (gzip bytes).`);
    failed = true;
  }
  if (failed) {
    console.error('size: budget exceeded or missing');
    process.exit(1);
  }
  console.log('size: all bundles within budget');
}
