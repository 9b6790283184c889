/**
 * Which URLs a document may carry: `https:`, `http:` or a URL relative to the document. Anything
 * else (`javascript:`, `data:`, `file:`, …) could run script or leave the page when rendered as a link.
 * The JSON Schema publishes the same rule as a pattern, so editors' tools agree with the widgets.
 */

/**
 * An http(s) scheme, or no scheme at all: no `:` before the first `/`, `?` or `#`. Written for
 * ECMA-262 without flags (JSON Schema `pattern`), hence the spelled-out case of "http".
 * Leading blanks or control characters fail the rule, which browsers would strip before a scheme.
 */
export const SAFE_URL_PATTERN_SOURCE = '^(?:[Hh][Tt][Tt][Pp][Ss]?:|(?![\\s\\u0000-\\u001f])[^:/?#]*(?:[/?#]|$))';

const SAFE_URL = new RegExp(SAFE_URL_PATTERN_SOURCE);

/** Whether `url` is an `https:`, `http:` or relative URL. */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && url.length > 0 && SAFE_URL.test(url);
}

/** `url` when it may become a link's `href`, else `undefined` (render the text without a link). */
export function safeHref(url: unknown): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}
