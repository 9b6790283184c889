// A small HTTP server on 127.0.0.1 for the hardening suite: the built drop-in folder and the
// sample data from the repository, pages and documents the tests make in memory, and the network
// faults a city's server can produce. Every request is counted, so a test can prove that no
// request reached a server (the "foreign" instance stands for another organisation's host).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** Only what a CMS page loads from us; never the repository as a whole. */
const STATIC_ROOTS = ['/dist/', '/demo/', '/test/fixtures/hardening/'];

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a server. `routes` maps exact paths to handlers `(request, response, server) => void`;
 * `pages` and `documents` are Maps the tests fill (path → { body, type, policy }).
 */
export async function startServer({ root = process.cwd(), policy, cors = false } = {}) {
  const state = {
    requests: [],
    counters: new Map(),
    routes: new Map(),
    files: new Map(),
    sockets: new Set(),
    origin: '',
  };

  const count = (key) => {
    const next = (state.counters.get(key) ?? 0) + 1;
    state.counters.set(key, next);
    return next;
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    state.requests.push(url.pathname + url.search);
    count(url.pathname);
    if (cors) response.setHeader('Access-Control-Allow-Origin', '*');
    try {
      const route = state.routes.get(url.pathname);
      if (route) return await route(request, response, { count: count(`route:${url.pathname}`), url, state });
      const made = state.files.get(url.pathname);
      if (made) {
        const type = made.type ?? TYPES[extname(url.pathname)] ?? 'application/octet-stream';
        response.setHeader('Content-Type', type);
        if (type.startsWith('text/html') && (made.policy ?? policy)) response.setHeader('Content-Security-Policy', made.policy ?? policy);
        response.end(made.body);
        return;
      }
      const path = normalize(decodeURIComponent(url.pathname));
      if (!STATIC_ROOTS.some((prefix) => path.startsWith(prefix)) || path.split(sep).some((part) => part.startsWith('.'))) {
        response.statusCode = 404;
        response.end('not found');
        return;
      }
      const body = await readFile(join(root, path));
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      response.setHeader('Content-Type', type);
      if (type.startsWith('text/html') && policy) response.setHeader('Content-Security-Policy', policy);
      response.end(body);
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.statusCode = error?.code === 'ENOENT' || error?.code === 'EISDIR' ? 404 : 500;
      response.end(String(error?.code ?? 'error'));
    }
  });
  server.on('connection', (socket) => {
    state.sockets.add(socket);
    socket.on('close', () => state.sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${server.address().port}`;

  return {
    get origin() {
      return state.origin;
    },
    /** Every path requested so far (with query). */
    get requests() {
      return state.requests;
    },
    /** Requests so far whose path starts with `prefix`. */
    requestsTo(prefix = '/') {
      return state.requests.filter((path) => path.startsWith(prefix)).length;
    },
    /** Serves `body` at `path` (HTML pages get `pagePolicy`, else the server's policy; `null` sends none). */
    file(path, body, { type, policy: pagePolicy } = {}) {
      state.files.set(path, { body, type, policy: pagePolicy });
      return `${state.origin}${path}`;
    },
    route(path, handler) {
      state.routes.set(path, handler);
      return `${state.origin}${path}`;
    },
    async stop() {
      for (const socket of state.sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The network faults of issue 17, as routes on `server`. `sample` is the text of a good document;
 * `foreign` is the other origin's server (the redirect target). Returns the route paths.
 */
export function installFaults(server, { sample, foreignOrigin }) {
  const json = (response, body, status = 200) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.end(body);
  };
  const routes = {
    notFound: server.route('/fault/404.json', (_, response) => json(response, '{"error":"not found"}', 404)),
    serverError: server.route('/fault/500.json', (_, response) => json(response, '{"error":"boom"}', 500)),
    // Accepts the request and never answers.
    hang: server.route('/fault/hang.json', () => {}),
    // Sends a good document's first bytes slowly and never finishes in time.
    trickle: server.route('/fault/trickle.json', async (_, response) => {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      for (let offset = 0; offset < sample.length && !response.destroyed; offset += 16) {
        response.write(sample.slice(offset, offset + 16));
        await pause(250);
      }
      if (!response.destroyed) response.end();
    }),
    // Slow, but within the timeout: the widget must wait for it and render.
    trickleComplete: server.route('/fault/trickle-complete.json', async (_, response) => {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      const step = Math.ceil(sample.length / 8);
      for (let offset = 0; offset < sample.length; offset += step) {
        response.write(sample.slice(offset, offset + step));
        await pause(150);
      }
      response.end();
    }),
    // Announces the whole length, sends half, and cuts the connection.
    truncated: server.route('/fault/truncated.json', (_, response) => {
      const body = Buffer.from(sample);
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('Content-Length', String(body.length));
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => response.socket?.destroy(), 50));
    }),
    // A CMS error page with status 200.
    html: server.route('/fault/html.json', (_, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end('<!doctype html><html><head><title>Seite nicht gefunden</title></head><body><h1>Hoppla!</h1></body></html>');
    }),
    redirectForeign: server.route('/fault/redirect-foreign.json', (_, response) => {
      response.statusCode = 302;
      response.setHeader('Location', `${foreignOrigin}/data/wesel.json`);
      response.end();
    }),
    redirectLoop: server.route('/fault/loop.json', (_, response, { count }) => {
      response.statusCode = 302;
      response.setHeader('Location', `/fault/loop.json?hop=${count}`);
      response.end();
    }),
    // Fails once, then recovers: the reader's "Erneut versuchen" must reach the server again. The
    // failure comes late, so that both widgets on this src ask while it is pending, even when the
    // drop-in script loads their modules at different times.
    flaky: server.route('/fault/flaky.json', (_, response, { count }) =>
      count === 1 ? setTimeout(() => json(response, '{"error":"busy"}', 503), 3000) : json(response, sample),
    ),
  };
  return routes;
}
