/**
 * Loads contract documents: one request per URL for every widget on the page, a timeout,
 * distinct errors for HTTP, network, timeout, JSON and contract failures, and area geometry
 * given as a URL resolved against the document's own URL.
 */
import { validateContract, type ContractError } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import type { Lang } from './i18n.ts';

export type LoadErrorCode = 'no-source' | 'http' | 'network' | 'timeout' | 'not-json' | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; timeoutMs?: number; errors?: readonly ContractError[]; cause?: string } = {},
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_TIMEOUT_MS = 20_000;

// The raw JSON of each URL, shared by all widgets; failed loads are forgotten so a retry refetches.
const jsonCache = new Map<string, Promise<unknown>>();
// Validation results per raw document and language: five widgets on one 10 MB file validate it once.
const validated = new WeakMap<object, Map<Lang, { document?: ContractDocument; errors: readonly ContractError[] }>>();

/** Forgets every cached document (tests; a page that wants fresh data). */
export function clearContractCache(): void {
  jsonCache.clear();
}

export function fetchJson(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown> {
  const absolute = new URL(url, document.baseURI).href;
  let pending = jsonCache.get(absolute);
  if (!pending) {
    pending = requestJson(absolute, timeoutMs);
    jsonCache.set(absolute, pending);
    pending.catch(() => {
      if (jsonCache.get(absolute) === pending) jsonCache.delete(absolute);
    });
  }
  return pending;
}

async function requestJson(url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json, application/geo+json' } });
  } catch (error) {
    clearTimeout(timer);
    if (controller.signal.aborted) throw new LoadError('timeout', `Timed out after ${timeoutMs} ms: ${url}`, { url, timeoutMs });
    throw new LoadError('network', `Network error: ${url}`, { url, cause: String(error) });
  }
  try {
    if (!response.ok) throw new LoadError('http', `HTTP ${response.status}: ${url}`, { url, status: response.status });
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw new LoadError('timeout', `Timed out after ${timeoutMs} ms: ${url}`, { url, timeoutMs });
      throw new LoadError('network', `Network error: ${url}`, { url, cause: String(error) });
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new LoadError('not-json', `Not JSON: ${url}`, { url, cause: (error as Error).message });
    }
  } finally {
    clearTimeout(timer);
  }
}

export function parseInlineJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('not-json', 'Inline data is not JSON', { cause: (error as Error).message });
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Replaces geometry URLs with the fetched GeoJSON (relative to `baseUrl`); returns the input when there are none. */
async function inlineGeometry(raw: unknown, baseUrl: string, timeoutMs: number): Promise<unknown> {
  if (!isRecord(raw) || !Array.isArray(raw.areaLevels) || !raw.areaLevels.some((l) => isRecord(l) && typeof l.geometry === 'string')) return raw;
  const levels = await Promise.all(
    raw.areaLevels.map(async (level: unknown) =>
      isRecord(level) && typeof level.geometry === 'string' ? { ...level, geometry: await fetchJson(new URL(level.geometry, baseUrl).href, timeoutMs) } : level,
    ),
  );
  return { ...raw, areaLevels: levels };
}

const resolvedCache = new WeakMap<object, Promise<unknown>>();

function validateCached(raw: unknown, lang: Lang): { document?: ContractDocument; errors: readonly ContractError[] } {
  if (!isRecord(raw)) return validateContract(raw, { lang });
  let perLang = validated.get(raw);
  if (!perLang) validated.set(raw, (perLang = new Map()));
  let result = perLang.get(lang);
  if (!result) {
    result = validateContract(raw, { lang });
    perLang.set(lang, result);
  }
  return result;
}

/**
 * Turns a raw document (fetched, inline or set as property) into a valid contract,
 * or throws a {@link LoadError}.
 */
export async function resolveContract(raw: unknown, { lang, baseUrl = document.baseURI, timeoutMs = DEFAULT_TIMEOUT_MS }: { lang: Lang; baseUrl?: string; timeoutMs?: number }): Promise<ContractDocument> {
  let inlined: unknown;
  if (isRecord(raw)) {
    let pending = resolvedCache.get(raw);
    if (!pending) {
      pending = inlineGeometry(raw, baseUrl, timeoutMs);
      resolvedCache.set(raw, pending);
    }
    inlined = await pending;
  } else {
    inlined = raw;
  }
  const result = validateCached(inlined, lang);
  // A document with broken parts (result.document beside errors) still stops every widget until they read brokenParts; texts over their cap (soft) do not.
  if (!result.document || result.errors.some((e) => !e.soft)) throw new LoadError('invalid', `Invalid contract: ${result.errors.length} errors`, { errors: result.errors, url: baseUrl });
  return result.document;
}

/** Fetches and validates the contract at `url`. */
export async function loadContract(url: string, options: { lang: Lang; timeoutMs?: number }): Promise<ContractDocument> {
  const absolute = new URL(url, document.baseURI).href;
  const raw = await fetchJson(absolute, options.timeoutMs);
  try {
    return await resolveContract(raw, { ...options, baseUrl: absolute });
  } catch (error) {
    if (error instanceof LoadError && error.code === 'invalid') throw new LoadError('invalid', error.message, { ...error.details, url: absolute });
    throw error;
  }
}
