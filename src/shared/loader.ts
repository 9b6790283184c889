/**
 * Loads contract documents: one request per URL for every widget on the page, a timeout,
 * distinct errors for HTTP, network, timeout, JSON and contract failures, and area geometry
 * given as a URL resolved against the document's own URL.
 */
import type { ContractError, ValidationResult } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import type { Lang } from './i18n.ts';
import { yieldToMain } from './yield.ts';

export type LoadErrorCode = 'no-source' | 'http' | 'network' | 'cors' | 'redirect' | 'truncated' | 'too-large' | 'timeout' | 'not-json' | 'invalid';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; timeoutMs?: number; errors?: readonly ContractError[]; cause?: string; causes?: Readonly<Record<Lang, string>>; line?: number; column?: number; level?: string; limitBytes?: number; sizeBytes?: number } = {},
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Documents above this size are refused before they freeze the page (a city's document is a
 * few MB; Germany's 10,997 municipalities are 5 MB). Pages change it with `setMaxDocumentBytes`.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
let maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;

/** Sets the size limit for documents and geometry files loaded from now on (bytes; > 0). */
export function setMaxDocumentBytes(bytes: number): void {
  if (Number.isFinite(bytes) && bytes > 0) maxDocumentBytes = bytes;
}

export function getMaxDocumentBytes(): number {
  return maxDocumentBytes;
}

// The raw JSON of each URL, shared by all widgets. A failed load is forgotten at once, so a retry
// (the "Erneut versuchen" button, or a corrected src) asks the server again.
const jsonCache = new Map<string, Promise<unknown>>();
// Validation results per raw document and language: five widgets on one 10 MB file validate it once.
const validated = new WeakMap<object, Map<Lang, Promise<ValidationResult>>>();

/** Forgets every cached document (tests; a page that wants fresh data). */
export function clearContractCache(): void {
  jsonCache.clear();
}

export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** Tells every widget on the page that a URL is being retried (widgets sharing a `src` retry together). */
export class RetryEvent extends Event {
  constructor(readonly url: string) {
    super('retry');
  }
}

const RETRY_KEY = Symbol.for('quartier-widgets.retry');

/** One channel per page, also shared by two copies of the library. */
export function retryChannel(): EventTarget {
  const scope = globalThis as unknown as Record<symbol, EventTarget | undefined>;
  return (scope[RETRY_KEY] ??= new EventTarget());
}

export function fetchJson(url: string, timeoutMs = DEFAULT_TIMEOUT_MS, context: { level?: string } = {}): Promise<unknown> {
  void loadDocumentCheck();
  const absolute = absoluteUrl(url);
  let pending = jsonCache.get(absolute);
  if (!pending) {
    pending = requestJson(absolute, timeoutMs, context);
    jsonCache.set(absolute, pending);
    pending.catch(() => {
      if (jsonCache.get(absolute) === pending) jsonCache.delete(absolute);
    });
  }
  return pending;
}

/**
 * Why a fetch failed without a response. The browser says only "Failed to fetch" for a refused
 * CORS request, a redirect loop and an unreachable server alike. Two probes tell them apart:
 * a request that does not follow redirects and gets one means the redirects are the problem;
 * an opaque (`no-cors`) request that gets an answer means the server is there but does not
 * allow the page to read it (CORS, or the page's own policy).
 */
async function diagnoseFetchFailure(url: string, signal: AbortSignal): Promise<'cors' | 'redirect' | 'network'> {
  try {
    const manual = await fetch(url, { redirect: 'manual', signal, credentials: 'omit', cache: 'no-store' });
    if (manual.type === 'opaqueredirect') return 'redirect';
  } catch {
    // A cross-origin request without CORS headers fails here too: the next probe decides.
  }
  try {
    await fetch(url, { mode: 'no-cors', signal, credentials: 'omit', cache: 'no-store' });
    return 'cors';
  } catch {
    return 'network';
  }
}

/** Reads the body up to the size limit; a body cut off mid-transfer throws `truncated`. */
async function readLimited(response: Response, url: string, limit: number, level?: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new LoadError('too-large', `Too large: ${url}`, { url, limitBytes: limit, sizeBytes: declared, ...(level ? { level } : {}) });
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      void reader.cancel();
      throw new LoadError('too-large', `Too large: ${url}`, { url, limitBytes: limit, sizeBytes: received, ...(level ? { level } : {}) });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

// Filled by the autoloader (autoload.ts), which requests a widget's `src` as soon as its tag appears.
const PREFETCH_KEY = Symbol.for('quartier-widgets.prefetch');

/** The autoloader's request for `url`, if it made one that nobody took yet: the loader uses it instead of asking again. */
function takePrefetch(url: string): { response: Promise<Response>; controller: AbortController } | undefined {
  const pending = (globalThis as unknown as Record<symbol, Map<string, { response: Promise<Response>; controller: AbortController }> | undefined>)[PREFETCH_KEY];
  const entry = pending?.get(url);
  if (entry) pending!.delete(url);
  return entry;
}

async function requestJson(url: string, timeoutMs: number, { level }: { level?: string } = {}): Promise<unknown> {
  const prefetched = takePrefetch(url);
  const controller = prefetched?.controller ?? new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const where = level ? { url, level } : { url };
  const timedOut = () => new LoadError('timeout', `Timed out after ${timeoutMs} ms: ${url}`, { ...where, timeoutMs });
  let response: Response;
  try {
    response = await (prefetched?.response ?? fetch(url, { signal: controller.signal, headers: { accept: 'application/json, application/geo+json' } }));
  } catch (error) {
    if (controller.signal.aborted) {
      clearTimeout(timer);
      throw timedOut();
    }
    const reason = await diagnoseFetchFailure(url, controller.signal);
    clearTimeout(timer);
    if (controller.signal.aborted) throw timedOut();
    throw new LoadError(reason, `${reason}: ${url}`, { ...where, cause: String(error) });
  }
  try {
    if (!response.ok) throw new LoadError('http', `HTTP ${response.status}: ${url}`, { ...where, status: response.status });
    let text: string;
    try {
      text = await readLimited(response, url, maxDocumentBytes, level);
    } catch (error) {
      if (error instanceof LoadError) throw error;
      if (controller.signal.aborted) throw timedOut();
      throw new LoadError('truncated', `Transfer cut off: ${url}`, { ...where, cause: String(error) });
    }
    const raw = await parseText(text, `Not JSON: ${url}`, where);
    if (typeof raw === 'object' && raw !== null) rawTexts.set(raw, text);
    return raw;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Parses through the contract's own reading path (`parseContractText`), so the CLI and the widgets
 * accept the same files (a byte-order mark included) and tell a syntax error by line and column.
 * A well-formed text needs only `JSON.parse`; the reading path with its messages loads for a broken
 * one. The cache is shared by widgets of either language, so the error carries both wordings.
 */
async function parseText(text: string, message: string, where: { url?: string; level?: string }): Promise<unknown> {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // fall through to the detailed reading below
  }
  const { parseContractText } = await import('../contract/json-text.ts');
  const parsed = parseContractText(text, { lang: 'de' });
  if (parsed.ok) return parsed.value;
  const english = parseContractText(text, { lang: 'en' });
  const { line, column } = parsed.error;
  throw new LoadError('not-json', message, {
    ...where,
    cause: parsed.error.message,
    causes: { de: parsed.error.message, en: english.ok ? parsed.error.message : english.error.message },
    ...(line !== undefined && column !== undefined ? { line, column } : {}),
  });
}

export function parseInlineJson(text: string): Promise<unknown> {
  return parseText(text, 'Inline data is not JSON', {});
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Geometry that could not be loaded, per document and level id. The document itself stays
 * usable: widgets that need the level's shapes (the map) report the failure, the others show
 * area ids where they would show names.
 */
const geometryFailures = new WeakMap<object, ReadonlyMap<string, LoadError>>();

/** The failure of a level's geometry URL in a loaded document, if it failed. */
export function geometryFailure(document: ContractDocument, levelId: string): LoadError | undefined {
  return geometryFailures.get(document)?.get(levelId);
}

/** Replaces geometry URLs with the fetched GeoJSON (relative to `baseUrl`); returns the input when there are none. */
async function inlineGeometry(raw: unknown, baseUrl: string, timeoutMs: number): Promise<{ raw: unknown; failures: ReadonlyMap<string, LoadError> }> {
  const failures = new Map<string, LoadError>();
  if (!isRecord(raw) || !Array.isArray(raw.areaLevels) || !raw.areaLevels.some((l) => isRecord(l) && typeof l.geometry === 'string')) return { raw, failures };
  const levels = await Promise.all(
    raw.areaLevels.map(async (level: unknown) => {
      if (!isRecord(level) || typeof level.geometry !== 'string') return level;
      const levelId = typeof level.id === 'string' ? level.id : '?';
      try {
        return { ...level, geometry: await fetchJson(new URL(level.geometry, baseUrl).href, timeoutMs, { level: levelId }) };
      } catch (error) {
        // The same URL may have failed before as another kind of request: name the level either way.
        const failure = error instanceof LoadError ? new LoadError(error.code, error.message, { ...error.details, level: levelId }) : new LoadError('network', String(error), { url: level.geometry, level: levelId });
        failures.set(levelId, failure);
        console.warn(`quartier-widgets: the geometry of area level "${levelId}" could not be loaded (${failure.code}): ${failure.details.url ?? level.geometry}`);
        return level;
      }
    }),
  );
  return { raw: { ...raw, areaLevels: levels }, failures };
}

const resolvedCache = new WeakMap<object, Promise<{ raw: unknown; failures: ReadonlyMap<string, LoadError> }>>();

/**
 * The check of valid documents (the parse generated from the schema and the contract's rules,
 * without zod) loads after the widget has shown its loading state, in parallel with the data: a
 * page pays for it once, whatever its widgets. The validator (zod, the findings and their words,
 * about 20 kB gzip more) loads only for a document that has something to report.
 */
let documentCheckModule: Promise<typeof import('../contract/valid-document.ts')> | undefined;
function loadDocumentCheck(): Promise<typeof import('../contract/valid-document.ts')> {
  return (documentCheckModule ??= import('../contract/valid-document.ts'));
}

let validatorModule: Promise<typeof import('../contract/validate.ts')> | undefined;
function loadValidator(): Promise<typeof import('../contract/validate.ts')> {
  return (validatorModule ??= import('../contract/validate.ts'));
}

/** The text each fetched document was parsed from: what the validation worker is sent. */
const rawTexts = new WeakMap<object, string>();

/**
 * Documents from this size on are validated in a worker (validation-client.ts), so that the page
 * stays responsive while a country's worth of geometry is checked. Below it a worker costs more
 * than it saves: its start-up and the validator's own (building its schemas, ~100 ms) come on top
 * of a validation of a few dozen milliseconds, and on two cores nothing else was waiting for the
 * main thread (bench/README.md, "Head start and validation worker").
 */
const DEFAULT_WORKER_FROM_BYTES = 8 * 1024 * 1024;
let workerFromBytes = DEFAULT_WORKER_FROM_BYTES;

/** From which document size (characters of its text) validation runs in the worker; undefined: the default. Tests. */
export function setWorkerValidationFrom(bytes: number | undefined): void {
  workerFromBytes = bytes ?? DEFAULT_WORKER_FROM_BYTES;
}

/** The validation worker's client (validation-client.ts), loaded with the first large document. */
let clientModule: Promise<typeof import('./validation-client.ts')> | undefined;
function loadValidationClient(): Promise<typeof import('./validation-client.ts')> {
  return (clientModule ??= import('./validation-client.ts'));
}

let validations = 0;

/** How many validations this page has run (one per document and language, whatever the number of widgets): a diagnostic for tests. */
export function validationCount(): number {
  return validations;
}

function validateCached(raw: unknown, lang: Lang): Promise<ValidationResult> {
  const onThisThread = async (): Promise<ValidationResult> => {
    const { validDocument } = await loadDocumentCheck();
    const document = validDocument(raw);
    if (document) return { valid: true, document, errors: [] };
    const validator = await loadValidator();
    // Building the validator's schemas and the validation are two long steps: not one task.
    await yieldToMain();
    return validator.explainContract(raw, { lang });
  };
  const validate = async () => {
    validations++;
    const text = isRecord(raw) ? rawTexts.get(raw) : undefined;
    if (text === undefined || text.length < workerFromBytes || !isRecord(raw)) return onThisThread();
    const client = await loadValidationClient().catch(() => undefined);
    const worker = client?.validationWorker();
    return client && worker ? client.validateInWorker(worker, text, raw, lang).catch(onThisThread) : onThisThread();
  };
  if (!isRecord(raw)) return validate();
  let perLang = validated.get(raw);
  if (!perLang) validated.set(raw, (perLang = new Map()));
  let result = perLang.get(lang);
  if (!result) {
    result = validate();
    perLang.set(lang, result);
  }
  return result;
}

/**
 * Turns a raw document (fetched, inline or set as property) into a valid contract,
 * or throws a {@link LoadError}.
 */
export async function resolveContract(raw: unknown, { lang, baseUrl = document.baseURI, timeoutMs = DEFAULT_TIMEOUT_MS }: { lang: Lang; baseUrl?: string; timeoutMs?: number }): Promise<ContractDocument> {
  let inlined: unknown = raw;
  let failures: ReadonlyMap<string, LoadError> = new Map();
  if (isRecord(raw)) {
    let pending = resolvedCache.get(raw);
    if (!pending) {
      pending = inlineGeometry(raw, baseUrl, timeoutMs);
      resolvedCache.set(raw, pending);
    }
    ({ raw: inlined, failures } = await pending);
    // A failed geometry is not kept: the next load (a retry) asks for it again.
    if (failures.size) resolvedCache.delete(raw);
  }
  const result = await validateCached(inlined, lang);
  // The widget draws next: the validation's task ends here.
  await yieldToMain();
  const document = result.document;
  // Errors outside any part (meta, areaLevels, structure) leave no document: every widget stops.
  if (!document) throw new LoadError('invalid', `Invalid contract: ${result.errors.length} errors`, { errors: result.errors, url: baseUrl });
  if (result.brokenParts?.size) {
    partProblems.set(document, result.brokenParts);
    warnBrokenParts(document, result.brokenParts);
  }
  if (failures.size) geometryFailures.set(document, failures);
  return document;
}

/**
 * Parts of a loaded document (`indicator:<id>`, `housing`, `funding`, `programme:<id>`) that
 * had errors and were left out of it, with their errors. A widget that shows one of them says
 * so; the others render.
 */
const partProblems = new WeakMap<object, ReadonlyMap<string, readonly ContractError[]>>();
const warnedDocuments = new WeakSet<object>();

export function brokenParts(document: ContractDocument): ReadonlyMap<string, readonly ContractError[]> {
  return partProblems.get(document) ?? new Map();
}

function warnBrokenParts(document: ContractDocument, parts: ReadonlyMap<string, readonly ContractError[]>): void {
  if (warnedDocuments.has(document)) return;
  warnedDocuments.add(document);
  const paths = [...parts.values()].flatMap((errors) => errors.map((e) => e.path));
  console.warn(`quartier-widgets: ${parts.size} part(s) of the document have errors and are not shown (${[...parts.keys()].join(', ')}): ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`);
}

/** Fetches and validates the contract at `url`. */
export async function loadContract(url: string, options: { lang: Lang; timeoutMs?: number }): Promise<ContractDocument> {
  const absolute = absoluteUrl(url);
  const raw = await fetchJson(absolute, options.timeoutMs);
  try {
    return await resolveContract(raw, { ...options, baseUrl: absolute });
  } catch (error) {
    if (error instanceof LoadError && error.code === 'invalid') throw new LoadError('invalid', error.message, { ...error.details, url: absolute });
    throw error;
  }
}
