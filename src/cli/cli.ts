/**
 * `quartier-widgets <command>`: the command line of the package, in German and English (`--lang`).
 * Each command lives in its own module; this one only picks it.
 * Exit codes: 0 valid, 1 invalid, 2 usage or read error.
 */
import { contractJsonSchema } from '../contract/json-schema.ts';
import type { Lang } from '../contract/messages.ts';
import { validateCommand } from './validate-command.ts';

const USAGE: Record<Lang, string> = {
  de: `Aufruf:
  quartier-widgets validate <Datei|URL>... [--json] [--offline] [--lang de|en]
  quartier-widgets import [--into DOK.json] [--geometry DATEI …] [--table DATEI …] -o AUS.json
  quartier-widgets template --geometry DATEI … -o vorlage.xlsx
  quartier-widgets schema
  quartier-widgets help [--lang de|en]

validate    prüft Datendokumente gegen das Datenformat von quartier-widgets (Version 1.1).
            Eine Zeile je Fehler: wo (Indikator, Gebiet, Zeitraum), was, und der JSON-Pfad in [ ].
            Geometrie, die als Adresse angegeben ist, wird mitgeladen und mitgeprüft.
            Rückgabewert 0 gültig, 1 ungültig, 2 Aufruf falsch oder Datei nicht lesbar.
  --json    maschinenlesbare Ausgabe: [{ "file", "valid", "errors": [{ "path", "code", "message", "soft", "part" }], "warnings" }]
  --offline Geometrie-Adressen nicht laden (ein Hinweis nennt sie)
  --lang    Sprache der Meldungen: de (Standard) oder en
import      macht aus Gebietsgrenzen (GeoJSON, gezipptes Shapefile) und Tabellen (CSV, XLSX,
            GENESIS) ein Datendokument; Einzelheiten: quartier-widgets import --help
template    schreibt eine Excel-Vorlage zum Ausfüllen (Gebiete vorausgefüllt)
schema      gibt das JSON Schema (Entwurf 2020-12) des Datenformats aus.
help        zeigt diese Hilfe.`,
  en: `Usage:
  quartier-widgets validate <file|url>... [--json] [--offline] [--lang de|en]
  quartier-widgets import [--into DOC.json] [--geometry FILE …] [--table FILE …] -o OUT.json
  quartier-widgets template --geometry FILE … -o template.xlsx
  quartier-widgets schema
  quartier-widgets help [--lang de|en]

validate    checks data documents against the quartier-widgets data contract (version 1.1).
            One line per error: where (indicator, area, period), what, and the JSON path in [ ].
            Geometry given as a URL is loaded and checked too.
            Exit 0 valid, 1 invalid, 2 wrong usage or a file that cannot be read.
  --json    machine-readable output: [{ "file", "valid", "errors": [{ "path", "code", "message", "soft", "part" }], "warnings" }]
  --offline do not load geometry URLs (a note names them)
  --lang    language of the messages: de (default) or en
import      turns area boundaries (GeoJSON, zipped Shapefile) and tables (CSV, XLSX, GENESIS)
            into a data document; details: quartier-widgets import --help
template    writes an Excel workbook to fill in (areas prefilled)
schema      prints the JSON Schema (draft 2020-12) of the contract.
help        shows this help.`,
};

const HELP = new Set(['help', '--help', '-h']);

/** `--lang en` or `--lang=en` anywhere on the line (German otherwise), and the line without it. */
function splitLang(argv: readonly string[]): { lang: Lang; args: string[] } {
  let lang: Lang = 'de';
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') lang = argv[++i] === 'en' ? 'en' : 'de';
    else if (arg.startsWith('--lang=')) lang = arg.slice(7) === 'en' ? 'en' : 'de';
    else args.push(arg);
  }
  return { lang, args };
}

export async function main(argv: readonly string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const { lang, args } = splitLang(argv);
  const [command, ...rest] = args;
  // import and template read their own options (and `--lang`); their readers load only when used.
  const own = lang === 'en' ? [...rest, '--lang', 'en'] : rest;
  if (command === 'import') return (await import('./import-command.ts')).importCommand(own, out, err);
  if (command === 'template') return (await import('./template-command.ts')).templateCommand(own, out, err);
  if (command === 'schema') {
    out(JSON.stringify(contractJsonSchema(), null, 2));
    return 0;
  }
  if (command === 'validate') return validateCommand(rest, lang, USAGE[lang], out, err);
  if (command !== undefined && HELP.has(command)) {
    out(USAGE[lang]);
    return 0;
  }
  if (command === undefined) {
    err(USAGE[lang]);
    return 2;
  }
  err(`${lang === 'en' ? `Unknown command “${command}”.` : `Unbekannter Befehl „${command}“.`}\n\n${USAGE[lang]}`);
  return 2;
}
