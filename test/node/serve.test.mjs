// `npm start`'s server: loopback by default, only the demo's folders, never a dotfile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createStaticServer, hostFromArgs, servedFile } from '../../scripts/static-server.mjs';

let server;
let base;
before(async () => {
  server = createStaticServer({ root: process.cwd(), csp: "default-src 'self'" });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('binds to loopback unless --host is given', () => {
  assert.equal(hostFromArgs([]), '127.0.0.1');
  assert.equal(hostFromArgs(['--host', '0.0.0.0']), '0.0.0.0');
  assert.equal(hostFromArgs(['--host=192.0.2.1']), '192.0.2.1');
  assert.equal(hostFromArgs(['--host']), '0.0.0.0');
});

test('serves the demo with the CSP and the sample data', async () => {
  const page = await fetch(`${base}/demo/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  const data = await fetch(`${base}/demo/data/wesel.json`);
  assert.equal(data.status, 200);
  assert.equal((await data.json()).version, 1);
});

test('never serves the repository, dotfiles or paths outside the served folders', async () => {
  for (const path of ['/.git/config', '/.git/HEAD', '/package.json', '/src/index.ts', '/demo/../package.json', '/demo/%2e%2e/package.json', '/demo/.hidden', '/dist/..%2f.git/config', '/node_modules/lit/package.json', '/.ci/run']) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 404, path);
  }
});

test('servedFile rejects traversal and dot segments', () => {
  assert.equal(servedFile('/r', '/demo/%2e%2e/x'), null);
  assert.equal(servedFile('/r', '/demo/.git/config'), null);
  assert.equal(servedFile('/r', '/x/y'), null);
  assert.equal(servedFile('/r', '/demo/a%5c..%5cb'), null);
  assert.equal(servedFile('/r', '/demo/index.html'), '/r/demo/index.html');
});
