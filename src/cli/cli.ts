/**
 * `quartier-widgets validate <file|url>… [--json] [--lang en]`
 * `quartier-widgets schema` prints the JSON Schema of the contract.
 * Exit codes: 0 valid, 1 invalid, 2 usage or read error.
 */
import { readFile } from 'node:fs/promises';
import { validateContractText, type ContractError } from '../contract/validate.ts';
import { contractJsonSchema } from '../contract/json-schema.ts';
import type { Lang } from '../contract/messages.ts';

const USAGE = `Usage:
  quartier-widgets validate <file|url>... [--json] [--lang de|en]
  quartier-widgets schema

validate   checks data documents against the quartier-widgets data contract v1.
           Prints one line per error ("file: path: message"); exit 0 valid, 1 invalid, 2 unreadable.
  --json   machine-readable output: [{ "file", "valid", "errors": [{ "path", "code", "message" }] }]
  --lang   language of the messages: de (default) or en
schema     prints the JSON Schema (draft 2020-12) of the contract.`;

interface FileResult {
  file: string;
  valid: boolean;
  readError?: string;
  errors: readonly ContractError[];
}

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

export async function main(argv: readonly string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'import') return (await import('./import-command.ts')).importCommand(rest, out, err);
  if (command === 'template') return (await import('./template-command.ts')).templateCommand(rest, out, err);
  if (command === 'schema') {
    out(JSON.stringify(contractJsonSchema(), null, 2));
    return 0;
  }
  if (command !== 'validate') {
    (command === '--help' || command === '-h' || command === 'help' ? out : err)(USAGE);
    return command === '--help' || command === '-h' || command === 'help' ? 0 : 2;
  }
  let json = false;
  let lang: Lang = 'de';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang') lang = rest[++i] === 'en' ? 'en' : 'de';
    else if (arg.startsWith('--lang=')) lang = arg.slice(7) === 'en' ? 'en' : 'de';
    else if (arg.startsWith('-')) {
      err(`Unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    err(USAGE);
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readSource(file);
    } catch (error) {
      results.push({ file, valid: false, readError: (error as Error).message, errors: [] });
      continue;
    }
    const result = validateContractText(text, { lang });
    results.push({ file, valid: result.valid, errors: result.errors });
  }
  if (json) {
    out(JSON.stringify(results.map(({ file, valid, readError, errors }) => ({ file, valid, ...(readError ? { readError } : {}), errors })), null, 2));
  } else {
    for (const r of results) {
      if (r.readError) err(`${r.file}: ${lang === 'de' ? 'nicht lesbar' : 'cannot read'}: ${r.readError}`);
      const prefix = results.length > 1 ? `${r.file}: ` : '';
      for (const e of r.errors) out(`${prefix}${e.path}: ${e.message}`);
      if (r.valid) err(`${r.file}: ${lang === 'de' ? 'gültig' : 'valid'}`);
    }
  }
  if (results.some((r) => r.readError)) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}
