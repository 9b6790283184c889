// The shipped CLI (dist/cli.js) against the sample data and against broken documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'qw-cli-'));
const sample = JSON.parse(readFileSync('demo/data/wesel.json', 'utf8'));

function broken(name, mutate) {
  const doc = structuredClone(sample);
  mutate(doc);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

test('the sample documents are valid (exit 0)', () => {
  for (const file of ['demo/data/wesel.json', 'demo/data/kreis-wesel.json']) {
    const result = cli('validate', file);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
  }
});

const cases = [
  ['string-for-number', (d) => (d.indicators[0].values.find((v) => typeof v.value === 'number').value = '17,1'), /^\$\.indicators\[0\]\.values\[\d+\]\.value: erwartet Zahl, gefunden Text "17,1"$/],
  ['unknown-area', (d) => (d.indicators[0].values[0].area = 'atlantis'), /^\$\.indicators\[0\]\.values\[0\]\.area: unbekanntes Gebiet "atlantis"/],
  ['duplicate-indicator', (d) => d.indicators.push(structuredClone(d.indicators[0])), new RegExp(`^\\$\\.indicators\\[\\d+\\]\\.id: Kennung "[^"]+" ist doppelt vergeben`)],
  ['bad-period', (d) => (d.indicators[0].values[0].period = '2023-13'), /^\$\.indicators\[0\]\.values\[0\]\.period: ungültiger Zeitraum/],
  ['suppressed-with-number', (d) => Object.assign(d.indicators[0].values[0], { status: 'suppressed', value: 5 }), /^\$\.indicators\[0\]\.values\[0\]\.value: ein Wert mit Status "suppressed" darf keine Zahl tragen/],
];

for (const [name, mutate, expected] of cases) {
  test(`exits 1 and names the place: ${name}`, () => {
    const result = cli('validate', broken(name, mutate));
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.some((line) => expected.test(line)), `no line matches ${expected}:\n${result.stdout}`);
  });
}

test('exits 1 for a truncated file', () => {
  const file = join(dir, 'truncated.json');
  writeFileSync(file, readFileSync('demo/data/wesel.json', 'utf8').slice(0, 5000));
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^\$: kein gültiges JSON: /);
});

test('--json and --lang en give machine-readable English output', () => {
  const file = broken('json-en', (d) => (d.indicators[0].values[0].period = '2023-13'));
  const result = cli('validate', '--json', '--lang', 'en', file);
  assert.equal(result.status, 1);
  const [report] = JSON.parse(result.stdout);
  assert.equal(report.valid, false);
  assert.deepEqual(report.errors[0].path, '$.indicators[0].values[0].period');
  assert.match(report.errors[0].message, /^invalid period: expected a year, half-year, quarter, month or date after ISO 8601/);
});

test('several files: each line names its file; exit 1 when one is invalid', () => {
  const bad = broken('several', (d) => (d.version = 2));
  const result = cli('validate', 'demo/data/wesel.json', bad);
  assert.equal(result.status, 1);
  assert.equal(result.stdout.trim(), `${bad}: $.version: erwartet 1, gefunden Zahl 2`);
});

test('a missing file exits 2', () => {
  const result = cli('validate', join(dir, 'gibt-es-nicht.json'));
  assert.equal(result.status, 2);
  assert.match(result.stderr, /nicht lesbar/);
});

test('schema prints the JSON Schema, draft 2020-12', () => {
  const result = cli('schema');
  assert.equal(result.status, 0);
  const schema = JSON.parse(result.stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.properties.indicators);
});
