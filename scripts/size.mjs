/**
 * `npm run size`: bytes (minified and gzip -9) of the core a page always loads and of each
 * lazy chunk, checked against size-budget.json. Fails when a budget is exceeded.
 * The core is the static import graph of dist/quartier-widgets.js; a lazy chunk is the
 * static graph of a dynamic import() target, minus what the core already has.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist/cdn';
const ENTRY = join(DIST, 'quartier-widgets.js');
const BUDGET_FILE = 'size-budget.json';

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

/** Names a lazy chunk after what it holds (rollup names chunks after their first module). */
const chunkName = (file) => relative(DIST, file).replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

export function measure() {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build first`);
  const core = staticGraph(ENTRY);
  const lazyEntries = new Set();
  const queue = [...core];
  const visited = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (visited.has(file)) continue;
    visited.add(file);
    for (const target of imports(file, DYNAMIC_IMPORT)) {
      if (!core.has(target)) lazyEntries.add(target);
      for (const dep of staticGraph(target)) queue.push(dep);
    }
  }
  const result = { core: { files: core.size, ...sizeOf(core) }, lazy: {} };
  for (const entry of [...lazyEntries].sort()) {
    const files = staticGraph(entry, core);
    result.lazy[chunkName(entry)] = { files: files.size, ...sizeOf(files) };
  }
  return result;
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measure();
  const budget = existsSync(BUDGET_FILE) ? JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) : { gzip: {} };
  const rows = [['core', result.core], ...Object.entries(result.lazy)];
  let failed = false;
  console.log(`${'bundle'.padEnd(28)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'budget'.padStart(10)}`);
  for (const [name, size] of rows) {
    const limit = budget.gzip[name];
    const over = limit !== undefined && size.gzip > limit;
    if (over) failed = true;
    console.log(`${name.padEnd(28)} ${kB(size.min).padStart(10)} ${kB(size.gzip).padStart(10)} ${(limit === undefined ? '—' : kB(limit)).padStart(10)}${over ? '  OVER BUDGET' : ''}`);
  }
  const unbudgeted = rows.filter(([name]) => budget.gzip[name] === undefined).map(([name]) => name);
  if (process.argv.includes('--write')) {
    writeFileSync('size-report.json', `${JSON.stringify(result, null, 2)}\n`);
  }
  if (unbudgeted.length) {
    console.error(`No budget for: ${unbudgeted.join(', ')} — add them to ${BUDGET_FILE}.`);
    failed = true;
  }
  if (failed) {
    console.error('size: budget exceeded or missing');
    process.exit(1);
  }
  console.log('size: all bundles within budget');
}
