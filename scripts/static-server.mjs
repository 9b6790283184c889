/**
 * The static server behind `npm start`: only what the demo needs (demo/, dist/, docs/, data/),
 * never a dotfile or a path outside those folders, on 127.0.0.1 unless a host is named.
 * HTML answers carry the strict Content-Security-Policy a city CMS page would send.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const SERVED_FOLDERS = ['demo', 'dist', 'docs', 'data'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
};

/**
 * The file a request path may read, or null. Decoded segments are checked one by one: no empty
 * or dot segment (`.git`, `..`, `.env`), no backslash, and the first segment is a served folder.
 */
export function servedFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
  if (segments[0] === '' || !SERVED_FOLDERS.includes(segments[0] ?? '')) return null;
  if (segments.some((s) => s.startsWith('.'))) return null;
  const file = resolve(root, ...segments.filter(Boolean));
  const base = resolve(root, segments[0]);
  return file === base || file.startsWith(base + sep) ? file : null;
}

export function createStaticServer({ root = process.cwd(), csp } = {}) {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/demo') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = servedFile(root, url.pathname);
    try {
      if (!file) throw new Error('not served');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'content-length': info.size, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      if (type.startsWith('text/html') && csp) headers['content-security-policy'] = csp;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
}

/** `--host NAME` from the command line, else loopback. */
export function hostFromArgs(args) {
  const index = args.indexOf('--host');
  if (index >= 0) return args[index + 1] && !args[index + 1].startsWith('--') ? args[index + 1] : '0.0.0.0';
  const inline = args.find((a) => a.startsWith('--host='));
  return inline ? inline.slice('--host='.length) : '127.0.0.1';
}
