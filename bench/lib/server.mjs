/**
 * A small static HTTP server for the benchmark, on 127.0.0.1: the repository root, gzip like a
 * production web server (compressed once, kept in memory, so serving costs no CPU during a
 * measurement), `Cache-Control: no-store`, the widgets' documented Content-Security-Policy on
 * HTML, and a log of every response so that a run can count what a page loaded (worker scripts
 * included, which a page's own resource timing does not see).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

/**
 * @param {{ root: string, csp: string }} options
 * @returns {Promise<{ url: string, log: { path: string, bytes: number, encodedBytes: number }[], resetLog(): void, close(): Promise<void> }>}
 */
export async function startServer({ root, csp }) {
  const cache = new Map();
  const log = [];

  async function load(path) {
    const info = await stat(path);
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const body = await readFile(path);
    const gzip = COMPRESSIBLE.has(extname(path)) ? gzipSync(body, { level: 9 }) : null;
    const entry = { mtimeMs: info.mtimeMs, body, gzip };
    cache.set(path, entry);
    return entry;
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    let entry;
    try {
      entry = await load(path);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const extension = extname(path);
    const headers = { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (extension === '.html') headers['content-security-policy'] = csp;
    const gzip = entry.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    if (gzip) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(body);
    log.push({ path: url.pathname, bytes: entry.body.length, encodedBytes: body.length });
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    resetLog: () => void log.splice(0),
    /** Fills the gzip cache before timing starts. */
    warm: (paths) => Promise.all(paths.map((p) => load(normalize(join(root, p))))),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
