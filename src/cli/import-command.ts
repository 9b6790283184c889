/**
 * `quartier-widgets import`: reads the files, runs the import core (src/import, no file system
 * there) and writes the document only when it is valid. Exit codes as `validate`: 0 written,
 * 1 errors in the input (nothing written), 2 usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Lang } from '../contract/messages.ts';

export const IMPORT_USAGE = `quartier-widgets import [--into DOC.json]
    [--geometry FILE --area-id FIELD [--area-name FIELD] [--level ID] [--level-label TEXT] [--crs EPSG:N]]
    [--table FILE [--sheet NAME] [--indicator ID --label TEXT --unit TEXT] [--period P]]
    [--title TEXT] [--publisher TEXT] [--license ID]
    -o OUT.json

Deutsch: Erzeugt ein Datendokument aus Gebietsgrenzen (GeoJSON oder Shapefile als .zip, in
EPSG:4326, 25832, 25833, 31466, 31467, 3044 oder 4647) und einer Tabelle (CSV/TSV, XLSX oder
GENESIS-Flatfile, auch als .zip) oder ergänzt mit --into ein vorhandenes Dokument.
  --into DOC.json       vorhandenes Dokument: alles bleibt, nur Importiertes kommt hinzu oder wird ersetzt
  --geometry FILE       Gebietsgrenzen; --area-id: Feld mit der Kennung, --area-name: Feld mit dem Namen
  --level ID            Kennung der Raumebene (Vorgabe: gebiet), --level-label: ihre Bezeichnung
  --crs EPSG:N          Koordinatensystem, wenn keine .prj-Datei es nennt
  --max-kb N            Größenbudget der Geometrie in kB (Vorgabe 200, mind. 0,4 kB je Gebiet; 0: nicht vereinfachen)
  --table FILE          Tabelle: breit (Zeile je Gebiet, Spalte je Zeitraum) oder lang (Gebiet, Zeitraum, Indikator, Wert)
  --sheet NAME          Blatt einer XLSX-Datei (Vorgabe: das erste mit einer Tabelle)
  --indicator ID        Indikator, wenn die Tabelle keine Indikator-Spalte hat; --label, --unit: Bezeichnung, Einheit
  --period P            Zeitraum, wenn die Tabelle keinen nennt (2023, 2023-12-31, 31.12.2023, 2023-Q2, Juni 2023 …)
  --title, --publisher, --license   Angaben des Dokuments (für ein neues Dokument Pflicht)
  -o OUT.json           Ausgabedatei; wird nur geschrieben, wenn das Ergebnis gültig ist
  --verbose             auch Hinweise ausgeben (erkanntes Format, Kodierung, Koordinatensystem)
  --lang de|en          Sprache der Meldungen
Exit-Code: 0 geschrieben, 1 Fehler in den Eingaben (nichts geschrieben), 2 Aufruf falsch.
Anleitung mit Beispielen: docs/import.md

English: builds a data document from area boundaries (GeoJSON or a zipped Shapefile, in
EPSG:4326, 25832, 25833, 31466, 31467, 3044 or 4647) and a table (CSV/TSV, XLSX or a GENESIS flat
file, also zipped), or adds to an existing document with --into (everything else is kept; only
what is imported is added or replaced). Tables are wide (a row per area, a column per period) or
long (area, period, indicator, value). --max-kb sets the geometry's size budget (default 200 kB,
at least 0.4 kB per area; 0: no simplification). --verbose also prints notes, --lang en English
messages. The output is validated against the contract and written only when valid.
Exit code: 0 written, 1 errors in the input (nothing written), 2 usage. Guide: docs/import.md`;

export type ParsedArgs = { values: Map<string, string>; flags: Set<string> } | { error: string };

/** `--name value`, `--name=value` and bare flags; unknown options are a usage error. */
export function parseArgs(args: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flagOptions.includes(name)) {
      flags.add(name);
      continue;
    }
    if (!valueOptions.includes(name)) return { error: arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}` };
    const value = name !== arg ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return { error: `${name} needs a value` };
    if (values.has(name)) return { error: `${name} given twice` };
    values.set(name, value);
  }
  return { values, flags };
}

export async function readInput(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

const VALUE_OPTIONS = ['--into', '--geometry', '--area-id', '--area-name', '--level', '--level-label', '--crs', '--max-kb', '--table', '--sheet', '--indicator', '--label', '--unit', '--period', '--title', '--publisher', '--license', '-o', '--output', '--lang'];

export async function importCommand(args: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const parsed = parseArgs(args, VALUE_OPTIONS, ['--verbose', '--help', '-h']);
  if ('error' in parsed) {
    err(`${parsed.error}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, flags } = parsed;
  if (flags.has('--help') || flags.has('-h')) {
    out(IMPORT_USAGE);
    return 0;
  }
  const lang: Lang = values.get('--lang') === 'en' ? 'en' : 'de';
  const de = lang === 'de';
  const output = values.get('-o') ?? values.get('--output');
  const usage = (message: string) => {
    err(`${message}\n\n${IMPORT_USAGE}`);
    return 2;
  };
  if (!output) return usage(de ? '-o OUT.json fehlt' : '-o OUT.json is missing');
  if (!values.has('--geometry') && !values.has('--table')) return usage(de ? '--geometry oder --table fehlt' : '--geometry or --table is missing');
  if (values.has('--geometry') && !values.has('--area-id')) return usage(de ? '--area-id fehlt (das Feld der Geometrie mit der Gebietskennung)' : '--area-id is missing (the geometry field holding the area id)');
  if (!values.has('--into')) {
    const missing = ['--title', '--publisher', '--license'].filter((o) => !values.has(o));
    if (missing.length) return usage(de ? `Für ein neues Dokument fehlt ${missing.join(', ')}` : `a new document needs ${missing.join(', ')}`);
  }
  let maxBytes: number | undefined;
  if (values.has('--max-kb')) {
    const kb = Number(values.get('--max-kb')!.replace(',', '.'));
    if (!Number.isFinite(kb) || kb < 0) return usage(de ? '--max-kb erwartet eine Zahl ≥ 0' : '--max-kb expects a number ≥ 0');
    maxBytes = Math.round(kb * 1000);
  }

  let files;
  try {
    const read = async (option: string) => (values.has(option) ? readInput(values.get(option)!) : undefined);
    const [geometry, table, into] = await Promise.all([read('--geometry'), read('--table'), values.has('--into') ? readFile(values.get('--into')!, 'utf8') : undefined]);
    files = { geometry, table, into };
  } catch (error) {
    err(`${de ? 'nicht lesbar' : 'cannot read'}: ${(error as Error).message}`);
    return 1;
  }
  const { runImport } = await import('../import/import.ts');
  const { formatIssue } = await import('../import/messages.ts');
  const pick = (option: string) => values.get(option);
  const result = await runImport({
    lang,
    ...(files.into !== undefined ? { into: { name: values.get('--into')!, text: files.into } } : {}),
    ...(files.geometry ? { geometry: { name: values.get('--geometry')!, bytes: files.geometry.bytes } } : {}),
    ...(files.table ? { table: { name: values.get('--table')!, bytes: files.table.bytes } } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...Object.fromEntries(
      [
        ['areaId', '--area-id'],
        ['areaName', '--area-name'],
        ['level', '--level'],
        ['levelLabel', '--level-label'],
        ['crs', '--crs'],
        ['sheet', '--sheet'],
        ['indicator', '--indicator'],
        ['label', '--label'],
        ['unit', '--unit'],
        ['period', '--period'],
        ['title', '--title'],
        ['publisher', '--publisher'],
        ['license', '--license'],
      ]
        .filter(([, option]) => values.has(option!))
        .map(([key, option]) => [key, pick(option!)]),
    ),
  });
  const shown = result.issues.filter((i) => i.severity !== 'info' || flags.has('--verbose'));
  for (const issue of shown) {
    const tag = issue.severity === 'error' ? (de ? 'Fehler' : 'error') : issue.severity === 'warning' ? (de ? 'Warnung' : 'warning') : 'Info';
    err(`${tag}: ${formatIssue(issue, lang)}`);
  }
  if (!result.ok || result.text === undefined) {
    const count = result.issues.filter((i) => i.severity === 'error').length;
    err(de ? `${count} Fehler – ${output} wurde nicht geschrieben.` : `${count} error(s) – ${output} was not written.`);
    return 1;
  }
  await writeFile(output, result.text);
  err(de ? `${output} geschrieben (${Math.round(Buffer.byteLength(result.text) / 1000)} kB).` : `${output} written (${Math.round(Buffer.byteLength(result.text) / 1000)} kB).`);
  return 0;
}
