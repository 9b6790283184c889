#!/usr/bin/env node
/**
 * Builds the sample data documents demo/data/wesel.json and demo/data/kreis-wesel.json from the
 * input files in data/sources/ (and nothing else), validates them against the data contract
 * (src/contract, bundled with esbuild in memory) and writes them.
 *
 *   node scripts/build-sample-data.mjs            build, validate, write
 *   node scripts/build-sample-data.mjs --check    build and validate; exit 1 if the files on disk differ
 *   node scripts/build-sample-data.mjs --verbose  also print the areas of the schematic polygons
 *
 * Exit code 1 with one line per error when a document does not validate.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildWesel } from './sample-data/wesel.mjs';
import { buildKreisWesel } from './sample-data/kreis-wesel.mjs';
import { stringifyCompact } from './sample-data/geometry.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const check = args.has('--check');
const verbose = args.has('--verbose');

const OUTPUTS = [
  { file: 'demo/data/wesel.json', make: () => buildWesel({ verbose }) },
  { file: 'demo/data/kreis-wesel.json', make: () => buildKreisWesel() },
];

/** The contract's validator, bundled in memory from the TypeScript sources and imported from a data: URL. */
async function loadValidator() {
  const result = await build({
    entryPoints: [ROOT + 'src/contract/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.validateContract;
}

const validateContract = await loadValidator();
let failed = false;

for (const { file, make } of OUTPUTS) {
  let doc;
  try {
    doc = make();
  } catch (error) {
    console.error(`${file}: build failed: ${error.message}`);
    failed = true;
    continue;
  }
  // Validate what a reader gets: the JSON text, parsed again.
  const text = stringifyCompact(doc);
  const result = validateContract(JSON.parse(text), { lang: 'en' });
  if (!result.valid) {
    for (const e of result.errors) console.error(`${file}: ${e.path}: ${e.message} [${e.code}]`);
    failed = true;
    continue;
  }
  const path = ROOT + file;
  const size = `${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`;
  if (check) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current !== text) {
      console.error(`${file}: out of date, run npm run build:data`);
      failed = true;
    } else console.log(`${file}: valid, up to date (${size})`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${file}: valid, written (${size})`);
  }
}

process.exit(failed ? 1 : 0);
