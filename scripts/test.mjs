/**
 * `npm test`: the Node tests (CLI) and the browser tests (web-test-runner in headless
 * Chromium), then one plain closing line `N passed, N failed` over both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const extraArgs = process.argv.slice(2);

// The CLI tests run the shipped artefact; build it alone when it is missing or older than its sources.
const newestSource = ['src/contract', 'src/cli']
  .flatMap((dir) => readdirSync(dir).map((file) => statSync(join(dir, file)).mtimeMs))
  .reduce((a, b) => Math.max(a, b), 0);
if (!existsSync('dist/cli.js') || statSync('dist/cli.js').mtimeMs < newestSource) {
  const build = spawnSync('node_modules/.bin/rollup', ['-c', '--silent'], { stdio: 'inherit', env: { ...process.env, QW_BUILD: 'cli' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const nodeTests = existsSync('test/node') ? readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f)) : [];
if (nodeTests.length && !extraArgs.length) {
  const node = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(node.stdout);
  process.stderr.write(node.stderr);
  const pass = Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (node.status !== 0 && fail === 0 ? 1 : 0);
}

const summaryFile = join(mkdtempSync(join(tmpdir(), 'qw-test-')), 'summary.json');
const wtr = spawnSync('node_modules/.bin/web-test-runner', extraArgs, { stdio: 'inherit', env: { ...process.env, QW_TEST_SUMMARY: summaryFile } });
if (existsSync(summaryFile)) {
  const browser = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed + browser.sessionErrors;
  totals.skipped += browser.skipped;
} else {
  totals.failed += 1;
}
if (wtr.status !== 0 && totals.failed === 0) totals.failed = 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
