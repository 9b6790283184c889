/**
 * What a widget's footer credits: only the sources of what it shows, and links that are safe to
 * follow. Pure helpers for the base's footer and the widgets' `attribution` overrides.
 */
import type { Source } from '../contract/schema.ts';

/** Up to this many sources stand in the footer's line; more fold into "Quellen (n)". */
export const MAX_INLINE_SOURCES = 2;

const titleOf = (source: Source) => (typeof source === 'string' ? source : source.title);

/**
 * The sources of the shown parts (an indicator, a programme), each once by its title. A part
 * without a source of its own is credited with the document's sources, so nothing shown goes
 * uncredited; with no part shown, the document's sources stand.
 */
export function shownSources(documentSources: readonly Source[], partSources: readonly (Source | undefined)[]): Source[] {
  const fallback = partSources.length === 0 || partSources.some((s) => !s);
  const seen = new Set<string>();
  return [...(fallback ? documentSources : []), ...partSources.filter((s): s is Source => !!s)].filter((s) => {
    const key = titleOf(s).trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether `href` leads to another host than the page's; relative addresses stay on it. */
export function isOtherHost(href: string, base: string = globalThis.document?.baseURI ?? 'about:blank'): boolean {
  try {
    const target = new URL(href, base);
    return target.host !== new URL(base).host;
  } catch {
    return true;
  }
}
