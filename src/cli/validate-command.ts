/**
 * `quartier-widgets validate <file|url>… [--json] [--lang de|en] [--offline]`: reads each document
 * the way the widgets do (`parseContractText`: BOM accepted), fetches geometry given as a URL
 * (relative to the document) and validates it with the rest, and prints one line per error.
 * Exit codes: 0 valid, 1 invalid, 2 usage or a document that cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { validateContract, contractError, type ContractError } from '../contract/validate.ts';
import { parseContractText } from '../contract/json-text.ts';
import { isSafeUrl } from '../contract/url.ts';
import { isRecord, own, textAt } from '../contract/raw.ts';
import type { Lang } from '../contract/messages.ts';

type Print = (line: string) => void;

interface FileResult {
  file: string;
  valid: boolean;
  readError?: string;
  errors: readonly ContractError[];
  warnings: string[];
}

const TEXTS = {
  de: {
    valid: 'gültig',
    note: 'Hinweis',
    cannotRead: 'nicht lesbar',
    notFound: (what: string) => `Die Datei „${what}“ gibt es nicht. Stimmen Name und Ordner?`,
    isDirectory: (what: string) => `„${what}“ ist ein Ordner, keine Datei.`,
    noPermission: (what: string) => `Die Datei „${what}“ darf nicht gelesen werden (fehlende Leserechte).`,
    http: (what: string, status: number) => `Die Adresse „${what}“ antwortet mit HTTP ${status}${status === 404 ? ' (nicht gefunden)' : ''}.`,
    timeout: (what: string) => `Die Adresse „${what}“ antwortet nicht (nach 30 Sekunden abgebrochen).`,
    network: (what: string) => `Die Adresse „${what}“ ist nicht erreichbar (Netz, Name oder Server).`,
    other: (what: string, reason: string) => `„${what}“ kann nicht gelesen werden: ${reason}`,
    offline: (level: string, url: string) => `Raumebene „${level}“: die Geometrie unter „${url}“ wurde nicht geprüft (--offline).`,
    unknownOption: (option: string) => `Unbekannte Option „${option}“.`,
    noFiles: 'Keine Datei angegeben.',
  },
  en: {
    valid: 'valid',
    note: 'note',
    cannotRead: 'cannot read',
    notFound: (what: string) => `The file “${what}” does not exist. Are the name and folder right?`,
    isDirectory: (what: string) => `“${what}” is a folder, not a file.`,
    noPermission: (what: string) => `The file “${what}” may not be read (no read permission).`,
    http: (what: string, status: number) => `The address “${what}” answers with HTTP ${status}${status === 404 ? ' (not found)' : ''}.`,
    timeout: (what: string) => `The address “${what}” does not answer (given up after 30 seconds).`,
    network: (what: string) => `The address “${what}” cannot be reached (network, name or server).`,
    other: (what: string, reason: string) => `“${what}” cannot be read: ${reason}`,
    offline: (level: string, url: string) => `area level “${level}”: the geometry at “${url}” was not checked (--offline).`,
    unknownOption: (option: string) => `Unknown option “${option}”.`,
    noFiles: 'No file given.',
  },
} as const;

class ReadError extends Error {}

const isHttp = (source: string) => /^https?:\/\//i.test(source);

/** A file path or an http(s) URL as a URL, so that relative references resolve against it. */
const sourceUrl = (source: string): URL => (isHttp(source) ? new URL(source) : pathToFileURL(resolve(source)));

async function readText(url: URL, shown: string, lang: Lang): Promise<string> {
  const t = TEXTS[lang];
  if (url.protocol === 'file:') {
    try {
      return await readFile(fileURLToPath(url), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new ReadError(t.notFound(shown));
      if (code === 'EISDIR') throw new ReadError(t.isDirectory(shown));
      if (code === 'EACCES' || code === 'EPERM') throw new ReadError(t.noPermission(shown));
      throw new ReadError(t.other(shown, (error as Error).message));
    }
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { accept: 'application/json, application/geo+json' } });
  } catch (error) {
    throw new ReadError((error as Error).name === 'TimeoutError' ? t.timeout(shown) : t.network(shown));
  }
  if (!response.ok) throw new ReadError(t.http(shown, response.status));
  return response.text();
}

/**
 * Replaces each geometry URL of the raw document by the GeoJSON it names, so the validator checks
 * it like inline geometry. A geometry that cannot be read or parsed becomes an error at its level.
 */
async function inlineGeometry(doc: unknown, base: URL, lang: Lang, offline: boolean, result: FileResult): Promise<{ doc: unknown; errors: ContractError[] }> {
  const levels = own(doc, 'areaLevels');
  if (!isRecord(doc) || !Array.isArray(levels)) return { doc, errors: [] };
  const errors: ContractError[] = [];
  const inlined = await Promise.all(
    levels.map(async (level: unknown, index) => {
      const reference = own(level, 'geometry');
      // An unsafe URL is reported by the validator and never fetched.
      if (typeof reference !== 'string' || !isSafeUrl(reference)) return level;
      const levelName = textAt(level, 'id') ?? String(index + 1);
      if (offline) {
        result.warnings.push(TEXTS[lang].offline(levelName, reference));
        return level;
      }
      const url = new URL(reference, base);
      const shown = url.protocol === 'file:' ? fileURLToPath(url) : url.href;
      const path = ['areaLevels', index, 'geometry'];
      try {
        const parsed = parseContractText(await readText(url, shown, lang), { lang });
        if (parsed.ok) return { ...(level as Record<string, unknown>), geometry: parsed.value };
        errors.push(contractError(doc, path, 'geometry-unreadable', { url: shown, reason: parsed.error.message }, lang));
      } catch (error) {
        if (!(error instanceof ReadError)) throw error;
        errors.push(contractError(doc, path, 'geometry-unreadable', { url: shown, reason: error.message }, lang));
      }
      return level;
    }),
  );
  return { doc: { ...doc, areaLevels: inlined }, errors };
}

async function validateSource(source: string, lang: Lang, offline: boolean): Promise<FileResult> {
  const result: FileResult = { file: source, valid: false, errors: [], warnings: [] };
  const base = sourceUrl(source);
  let text: string;
  try {
    text = await readText(base, source, lang);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    result.readError = error.message;
    return result;
  }
  const parsed = parseContractText(text, { lang });
  if (!parsed.ok) {
    result.errors = [parsed.error];
    return result;
  }
  const { doc, errors: geometryErrors } = await inlineGeometry(parsed.value, base, lang, offline, result);
  const validation = validateContract(doc, { lang });
  result.errors = [...geometryErrors, ...validation.errors];
  result.valid = result.errors.length === 0;
  return result;
}

export async function validateCommand(args: readonly string[], lang: Lang, usage: string, out: Print, err: Print): Promise<number> {
  const t = TEXTS[lang];
  let json = false;
  let offline = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--offline') offline = true;
    else if (arg.startsWith('-')) {
      err(`${t.unknownOption(arg)}\n\n${usage}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    err(`${t.noFiles}\n\n${usage}`);
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of files) results.push(await validateSource(file, lang, offline));

  if (json) {
    out(JSON.stringify(results.map(({ file, valid, readError, errors, warnings }) => ({ file, valid, ...(readError ? { readError } : {}), errors, warnings })), null, 2));
  } else {
    for (const r of results) {
      if (r.readError) err(`${r.file}: ${t.cannotRead}: ${r.readError}`);
      const prefix = results.length > 1 ? `${r.file}: ` : '';
      // The place in words first; the JSON path last, for whoever edits the file by hand.
      for (const e of r.errors) out(`${prefix}${e.message} [${e.path}]`);
      for (const w of r.warnings) err(`${r.file}: ${t.note}: ${w}`);
      if (r.valid) err(`${r.file}: ${t.valid}`);
    }
  }
  if (results.some((r) => r.readError)) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}
