/**
 * Writes the attribute tables of README.md from the attribute descriptors
 * (src/embed/widget-registry.ts), in German and English: each table stands between
 * `<!-- qw-options:<widget|common>:<de|en> -->` and `<!-- /qw-options -->`.
 *
 *   node scripts/readme-options.mjs           rewrite README.md
 *   node scripts/readme-options.mjs --check   exit 1 when README.md is out of date
 *
 * test/node/readme-options.test.mjs runs the check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const README = `${ROOT}README.md`;

/** The registry of descriptors, bundled in memory (the descriptors are TypeScript). */
export async function loadRegistry() {
  const result = await build({
    entryPoints: [`${ROOT}src/embed/widget-registry.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const WORDS = {
  de: { head: ['Attribut', 'Werte', 'Standard', 'Bedeutung'], onOff: 'an/aus', off: 'aus', text: 'Text', number: 'Zahl', common: 'wie bei allen Bausteinen (siehe oben)', generated: 'erzeugt aus den Attributbeschreibungen: node scripts/readme-options.mjs' },
  en: { head: ['attribute', 'values', 'default', 'meaning'], onOff: 'on/off', off: 'off', text: 'text', number: 'number', common: 'as for every widget (see above)', generated: 'generated from the attribute descriptors: node scripts/readme-options.mjs' },
};

const code = (value) => `\`${value}\``;
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What values the attribute takes, for the values column. */
function valuesText(descriptor, lang) {
  const words = WORDS[lang];
  if (descriptor.kind === 'checkbox') return words.onOff;
  if (descriptor.values) return descriptor.values.map((v) => code(v.value)).join(', ');
  if (descriptor.kind === 'number' && descriptor.min !== undefined && descriptor.max !== undefined) return `${descriptor.min}–${descriptor.max}`;
  return descriptor.format?.[lang] ?? (descriptor.kind === 'number' ? words.number : words.text);
}

function defaultText(descriptor, lang) {
  if (descriptor.default !== undefined) return code(descriptor.default);
  if (descriptor.kind === 'checkbox') return WORDS[lang].off;
  return descriptor.unset?.[lang] ?? '';
}

/** One markdown table of attributes; `commonNames` adds the closing row that refers to the common table. */
export function attributeTable(descriptors, lang, commonNames) {
  const words = WORDS[lang];
  const rows = descriptors.map((d) => [code(d.name), valuesText(d, lang), defaultText(d, lang), (d.description ?? d.label)[lang]]);
  if (commonNames) rows.push([commonNames.map(code).join(', '), '', '', words.common]);
  return [
    `<!-- ${words.generated} -->`,
    `| ${words.head.join(' | ')} |`,
    `| ${words.head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Marker key (`district-map:de`, `common:en`) → table. */
export function readmeTables({ COMMON_OPTIONS, WIDGET_OPTIONS }) {
  const tables = new Map();
  const commonNames = COMMON_OPTIONS.map((d) => d.name);
  for (const lang of ['de', 'en']) {
    tables.set(`common:${lang}`, attributeTable(COMMON_OPTIONS, lang));
    for (const [widget, descriptors] of Object.entries(WIDGET_OPTIONS)) tables.set(`${widget}:${lang}`, attributeTable(descriptors, lang, commonNames));
  }
  return tables;
}

const MARKER = /(<!-- qw-options:([\w-]+:(?:de|en)) -->\n)([\s\S]*?)(<!-- \/qw-options -->)/g;

/** README text with every marked table replaced; throws when a table has no marker or a marker no table. */
export function applyTables(readme, tables) {
  const seen = new Set();
  const text = readme.replace(MARKER, (_match, open, key, _old, close) => {
    if (!tables.has(key)) throw new Error(`README.md: no attribute table for marker "${key}"`);
    seen.add(key);
    return `${open}${tables.get(key)}\n${close}`;
  });
  const missing = [...tables.keys()].filter((key) => !seen.has(key));
  if (missing.length) throw new Error(`README.md: no marker <!-- qw-options:${missing[0]} --> … <!-- /qw-options --> for ${missing.join(', ')}`);
  return text;
}

async function main() {
  const check = process.argv.includes('--check');
  const readme = readFileSync(README, 'utf8');
  const updated = applyTables(readme, readmeTables(await loadRegistry()));
  if (updated === readme) {
    console.log('README.md: attribute tables up to date');
    return;
  }
  if (check) {
    console.error('README.md: attribute tables out of date; run node scripts/readme-options.mjs');
    process.exit(1);
  }
  writeFileSync(README, updated);
  console.log('README.md: attribute tables rewritten');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
