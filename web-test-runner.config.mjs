import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { cspString } from './scripts/csp.mjs';

/** Debian's chromium or any usual install; nothing is downloaded. */
export function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  return candidates.find((path) => path && existsSync(path));
}

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.');
  process.exit(1);
}

/** Whether any file under src/ ends with `suffix`: a group without files makes the runner fail. */
function hasTests(suffix, dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? hasTests(suffix, join(dir, entry.name)) : entry.name.endsWith(suffix),
  );
}

export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

/** Endpoints the loader tests need: any HTTP status, a slow answer, a body that is not JSON. */
function testEndpoints() {
  const flakyCounts = new Map();
  return async (ctx, next) => {
    const status = /^\/__test\/status\/(\d{3})$/.exec(ctx.path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = 'error page';
      return;
    }
    const slow = /^\/__test\/slow\/(\d+)$/.exec(ctx.path);
    if (slow) {
      await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    }
    // Fails with 500 for the first `fails` requests of a key, then serves a document: a server that recovers.
    const flaky = /^\/__test\/flaky\/(\w+)\/(\d+)$/.exec(ctx.path);
    if (flaky) {
      const count = (flakyCounts.get(flaky[1]) ?? 0) + 1;
      flakyCounts.set(flaky[1], count);
      if (count <= Number(flaky[2])) {
        ctx.status = 500;
        ctx.body = 'temporarily broken';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await readFile('demo/data/wesel.json', 'utf8');
      return;
    }
    // Announces a longer body than it sends, then drops the connection: a transfer cut off mid-body.
    if (ctx.path === '/__test/truncated') {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      ctx.res.write('{"version": 1, "meta": {"title": "abgeschn');
      setTimeout(() => ctx.res.destroy(), 50);
      return;
    }
    if (ctx.path === '/__test/redirect-loop') {
      ctx.redirect('/__test/redirect-loop');
      return;
    }
    // A large body, streamed: the size limit must stop reading it.
    const big = /^\/__test\/big\/(\d+)$/.exec(ctx.path);
    if (big) {
      ctx.type = 'application/json';
      ctx.body = `{"pad": "${'x'.repeat(Number(big[1]))}"}`;
      return;
    }
    // The built folders have the validation worker bundled beside the loader; here it is served from its source.
    if (ctx.path === '/src/shared/qw-validate-worker.js') {
      ctx.redirect('/src/contract/validate-worker.ts');
      return;
    }
    if (ctx.path === '/__test/not-json') {
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "meta": {"title": "abgeschnit';
      return;
    }
    return next();
  };
}

const groups = [
  {
    // WebGL switched off, as on many administration PCs and virtual desktops.
    name: 'no-webgl',
    suffix: '.nowebgl.test.ts',
    files: 'src/**/*.nowebgl.test.ts',
    browsers: [chromeLauncher({ launchOptions: { executablePath, args: [...chromeArgs, '--disable-software-rasterizer', '--use-gl=swiftshader'] } })],
  },
  {
    // The page sends the documented Content-Security-Policy (scripts/csp.mjs).
    name: 'csp',
    suffix: '.csp.test.ts',
    files: 'src/**/*.csp.test.ts',
    testRunnerHtml: (testFramework) =>
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${cspString()}"><script type="module" src="${testFramework}"></script></head><body></body></html>`,
  },
];

/**
 * Files named to `node scripts/test.mjs` (QW_TEST_FILES, paths or globs): each runs in the group its
 * name asks for, as in the full run. Given to web-test-runner's `--files`, a CSP test would run in
 * the default group and fail for want of the policy. A glob runs only the default group's files.
 */
const named = process.env.QW_TEST_FILES ? JSON.parse(process.env.QW_TEST_FILES) : undefined;

/** The group a test file runs in besides the default one (`csp`, `no-webgl`), else undefined. */
export function testGroupOf(file) {
  return groups.find((group) => file.endsWith(group.suffix))?.name;
}

export default {
  middleware: [testEndpoints()],
  // *.nowebgl.test.ts and *.csp.test.ts run in their own groups below.
  files: [...(named ? named.filter((file) => !testGroupOf(file)) : ['src/**/*.test.ts']), '!src/**/*.nowebgl.test.ts', '!src/**/*.csp.test.ts'],
  groups: groups
    .filter((group) => (named ? named.some((file) => file.endsWith(group.suffix)) : hasTests(group.suffix)))
    .map(({ suffix, ...group }) => (named ? { ...group, files: named.filter((file) => file.endsWith(suffix)) } : group)),
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 1800000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: chromeArgs } })],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
