/**
 * The embed page's boundaries. `embed.html` on a city's address must not show anyone's data:
 * it loads `src` and `basemap` only from the origins its own Content-Security-Policy allows in
 * `connect-src` (by default `'self'`). A city widens both in one place, that policy meta in its
 * copy of embed.html. `embed-host.js` resizes only frames that show a known embed.html, and
 * only to a sane height.
 */

/** Heights outside this range are clamped: a frame can neither collapse nor grow without bound. */
export const MIN_FRAME_HEIGHT = 60;
export const MAX_FRAME_HEIGHT = 10_000;

/** The sources of a `connect-src` directive in a policy string (`'self' https://daten.example.de`). */
export function connectSources(policy: string): string[] {
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === 'connect-src') return values;
  }
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === 'default-src') return values;
  }
  return [];
}

/**
 * Whether `url` (resolved against `pageUrl`) may be loaded under the given `connect-src` sources.
 * Understands `'self'`, `*`, scheme sources (`https:`) and host sources with an optional scheme,
 * `*.` sub-domain wildcard, port and path prefix, as CSP does; `'none'` allows nothing.
 */
export function allowedBySources(url: string, pageUrl: string, sources: readonly string[]): boolean {
  let target: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    target = new URL(url, page);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return false;
  return sources.some((source) => matchesSource(target, page, source));
}

function matchesSource(target: URL, page: URL, source: string): boolean {
  const lower = source.toLowerCase();
  if (lower === "'self'") return target.origin === page.origin;
  if (lower === '*') return true;
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return target.protocol === lower;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/.exec(lower);
  if (!match) return false;
  const [, scheme, wildcard, host, port, path] = match;
  if (scheme ? target.protocol !== `${scheme}:` : target.protocol !== page.protocol && !(page.protocol === 'http:' && target.protocol === 'https:')) return false;
  const targetHost = target.hostname.toLowerCase();
  if (wildcard ? !targetHost.endsWith(`.${host}`) : targetHost !== host) return false;
  const defaultPort = target.protocol === 'https:' ? '443' : '80';
  if (port !== '*' && (target.port || defaultPort) !== (port ?? defaultPort)) return false;
  if (path) return path.endsWith('/') ? target.pathname.startsWith(path) : target.pathname === path;
  return true;
}

/** Attributes of an embed request that name an address the page will load. */
export const URL_ATTRIBUTES = ['src', 'basemap'] as const;

/**
 * The first attribute whose address the page's policy does not allow, or undefined.
 * `sources` are the page's `connect-src` sources.
 */
export function blockedAttribute(attributes: ReadonlyArray<readonly [string, string]>, pageUrl: string, sources: readonly string[]): { name: string; value: string } | undefined {
  for (const [name, value] of attributes) {
    if (!(URL_ATTRIBUTES as readonly string[]).includes(name) || value.trim() === '') continue;
    if (!allowedBySources(value.trim(), pageUrl, sources)) return { name, value };
  }
  return undefined;
}

/** A reported height as a frame height in pixels, clamped; NaN and infinities give undefined. */
export function clampFrameHeight(height: unknown): number | undefined {
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
}

/**
 * Whether a frame shows the embed page `embedUrl` (same origin and path, any query) and the
 * message came from that origin.
 */
export function isKnownEmbedFrame(frameSrc: string, messageOrigin: string, embedUrl: string, pageUrl: string): boolean {
  try {
    const frame = new URL(frameSrc, pageUrl);
    const known = new URL(embedUrl, pageUrl);
    return frame.origin === known.origin && frame.pathname === known.pathname && messageOrigin === known.origin;
  } catch {
    return false;
  }
}
