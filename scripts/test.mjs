/**
 * `npm test`: the Node tests (CLI, sample data, the built dist/cdn in a browser) and the browser
 * tests (web-test-runner in headless Chromium), then one plain closing line `N passed, N failed`
 * over both. With files or globs as arguments only the browser tests of those files run, each in
 * the group its name asks for (web-test-runner.config.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, listed again just above the closing line, where a CI page's tail shows it. */
const failures = [];
const extraArgs = process.argv.slice(2);
const nodeTests = existsSync('test/node') ? readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f)) : [];
const runNodeTests = nodeTests.length > 0 && !extraArgs.length;

/** Newest modification time under `path` of what the build reads (tests and docs aside). */
function newestInput(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.(test|stories)\.ts$|\.md$/.test(path) ? 0 : stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'test-support')
    .reduce((newest, name) => Math.max(newest, newestInput(join(path, name))), 0);
}

// The dist tests (test/node/dist.test.mjs) load the built drop-in folder: build it when it is
// missing or older than what it is built from. CI builds before `npm test`, so this is a no-op there.
const DIST_ENTRY = 'dist/cdn/quartier-widgets.js';
const buildInputs = ['src', 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs'];
if (runNodeTests && (!existsSync(DIST_ENTRY) || statSync(DIST_ENTRY).mtimeMs < Math.max(...buildInputs.map(newestInput)))) {
  console.log(`${DIST_ENTRY} is missing or older than its sources: npm run build`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The CLI tests run the shipped artefact; build it alone when it is missing or older than its sources.
const newestSource = ['src/contract', 'src/cli', 'src/import']
  .flatMap((dir) => readdirSync(dir).map((file) => statSync(join(dir, file)).mtimeMs))
  .reduce((a, b) => Math.max(a, b), 0);
if (!existsSync('dist/cli.js') || statSync('dist/cli.js').mtimeMs < newestSource) {
  const build = spawnSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit', env: { ...process.env, QW_BUILD: 'cli' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (runNodeTests) {
  const node = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(node.stdout);
  process.stderr.write(node.stderr);
  const pass = Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (node.status !== 0 && fail === 0 ? 1 : 0);
  failures.push(...nodeFailures(node.stdout));
}

// Named files go to the config (QW_TEST_FILES), which runs each in its group; options pass through.
// When only files of the CSP or no-WebGL group are named, only those groups run: the default
// group would have no files, which the runner takes for an error.
const namedFiles = extraArgs.filter((arg) => !arg.startsWith('-'));
const namesOnly = namedFiles.length > 0 && namedFiles.length === extraArgs.length;
// Imported only here: the config looks for Chromium when it loads.
const groupOf = namesOnly ? (await import('../web-test-runner.config.mjs')).testGroupOf : undefined;
const browserRuns = !groupOf ? [extraArgs] : namedFiles.some((file) => !groupOf(file)) ? [[]] : [...new Set(namedFiles.map(groupOf))].map((group) => ['--group', group]);
for (const args of browserRuns) {
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'qw-test-')), 'summary.json');
  const wtr = spawnSync('node_modules/.bin/web-test-runner', args, {
    stdio: 'inherit',
    env: { ...process.env, QW_TEST_SUMMARY: summaryFile, ...(namesOnly ? { QW_TEST_FILES: JSON.stringify(namedFiles) } : {}) },
  });
  const failedBefore = totals.failed;
  if (existsSync(summaryFile)) {
    const browser = JSON.parse(readFileSync(summaryFile, 'utf8'));
    totals.passed += browser.passed;
    totals.failed += browser.failed + browser.sessionErrors;
    totals.skipped += browser.skipped;
    failures.push(...browser.failures.map((f) => `${f.file}: ${f.test}${f.error ? `\n${indent(f.error)}` : ''}`));
  } else {
    totals.failed += 1;
  }
  if (wtr.status !== 0 && totals.failed === failedBefore) totals.failed += 1;
}

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);

function indent(text) {
  return text.split('\n').map((line) => `    ${line}`).join('\n');
}

/**
 * The failed Node tests of a TAP report, named with their parents' names and the first lines of
 * their error. A parent that failed only because a child did (`subtestsFailed`) is not listed again.
 */
function nodeFailures(tap) {
  const lines = tap.split('\n');
  const names = [];
  const found = [];
  lines.forEach((line, index) => {
    const subtest = /^(\s*)# Subtest: (.*)$/.exec(line);
    if (subtest) names[subtest[1].length / 4] = subtest[2];
    const failed = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!failed) return;
    const depth = failed[1].length / 4;
    const details = [];
    const block = lines.slice(index + 1);
    for (const [at, yaml] of block.entries()) {
      if (!yaml.startsWith(`${failed[1]}  `)) break;
      if (/failureType: 'subtestsFailed'/.test(yaml)) return;
      if (!/^\s*(error|expected|actual|location):/.test(yaml) || details.length >= 4) continue;
      // A multi-line error (`error: |-`) has its first line below.
      details.push(/:\s*[|>]-?$/.test(yaml) ? `${yaml.trim().replace(/\s*[|>]-?$/, '')} ${block[at + 1]?.trim() ?? ''}` : yaml.trim());
    }
    found.push(`test/node: ${[...names.slice(0, depth), failed[2]].join(' › ')}${details.length ? `\n${indent(details.join('\n'))}` : ''}`);
  });
  return found;
}
