// The shipped CLI (dist/cli.js) against the sample data and against broken documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
/** For tests that serve files from this process: spawnSync would block the server. */
const cliAsync = (...args) =>
  new Promise((resolve) => execFile(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => resolve({ status: error ? error.code : 0, stdout, stderr })));
const dir = mkdtempSync(join(tmpdir(), 'qw-cli-'));
const sample = JSON.parse(readFileSync('demo/data/wesel.json', 'utf8'));
const kreis = JSON.parse(readFileSync('demo/data/kreis-wesel.json', 'utf8'));
const kinderarmut = () => sample.indicators.findIndex((i) => i.id === 'kinderarmut');

function write(name, doc) {
  const file = join(dir, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return file;
}

function broken(name, mutate, from = sample) {
  const doc = structuredClone(from);
  mutate(doc);
  return write(`${name}.json`, doc);
}

test('the sample documents are valid (exit 0)', () => {
  for (const file of ['demo/data/wesel.json', 'demo/data/kreis-wesel.json']) {
    const result = cli('validate', file);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
  }
});

test('a Kreis document and a Land document are valid (contract 1.1)', () => {
  assert.deepEqual(kreis.meta.municipality, { name: 'Kreis Wesel', ags: '05170' });
  const land = broken('land', (d) => {
    d.meta.municipality = { name: 'Nordrhein-Westfalen', ags: '05' };
    d.meta.totalLabel = 'Nordrhein-Westfalen';
  }, kreis);
  const result = cli('validate', land);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

const cases = [
  ['string-for-number', (d) => (d.indicators[0].values.find((v) => typeof v.value === 'number').value = '17,1'), /^Indikator „[^“]+“, Gebiet „[^“]+“, \d{4}[^,]*, Feld „value“: erwartet Zahl, gefunden Text "17,1" \[\$\.indicators\[0\]\.values\[\d+\]\.value\]$/],
  ['unknown-area', (d) => (d.indicators[0].values[0].area = 'atlantis'), /^Indikator „[^“]+“, Gebiet „atlantis“, .*: unbekanntes Gebiet „atlantis“ .*\[\$\.indicators\[0\]\.values\[0\]\.area\]$/],
  ['duplicate-indicator', (d) => d.indicators.push(structuredClone(d.indicators[0])), /^Indikator „[^“]+“, Feld „id“: Kennung „[^“]+“ ist doppelt vergeben .*\[\$\.indicators\[\d+\]\.id\]$/],
  ['bad-period', (d) => (d.indicators[0].values[0].period = '2023-13'), /, 2023-13, Feld „period“: ungültiger Zeitraum.* \[\$\.indicators\[0\]\.values\[0\]\.period\]$/],
  ['suppressed-with-number', (d) => Object.assign(d.indicators[0].values[0], { status: 'suppressed', value: 5 }), /Feld „value“: ein Wert mit Status „suppressed“ darf keine Zahl tragen/],
  ['misspelt-field', (d) => (d.indicators[0].values[0].staus = 'missing'), /: unbekanntes Feld „staus“ – meinten Sie „status“\? .*\[\$\.indicators\[0\]\.values\[0\]\.staus\]$/],
  ['misspelt-area', (d) => (d.indicators[kinderarmut()].values[0].area = 'feldmarkk'), /^Indikator „kinderarmut“, Gebiet „feldmarkk“, .*: unbekanntes Gebiet „feldmarkk“ in der Raumebene „sozialraum“ – meinten Sie „feldmark“\?/],
  ['javascript-url', (d) => (d.meta.sources[0].url = 'javascript:alert(document.cookie)'), /^Metadaten, Feld „sources\[0\]\.url“: unzulässige Adresse: erwartet eine Adresse mit https: oder http: oder eine relative Adresse, gefunden Text "javascript:alert\(document\.cookie\)" \[\$\.meta\.sources\[0\]\.url\]$/],
  ['data-url-programme', (d) => (d.funding.programmes[0].url = 'data:text/html,<script>alert(1)</script>'), /^Förderprogramm „[^“]+“, Feld „url“: unzulässige Adresse/],
  ['too-long-label', (d) => (d.indicators[0].label = 'x'.repeat(250)), /^Indikator „[^“]+“, Feld „label“: Text zu lang: erlaubt sind 200 Zeichen, gefunden 250/],
  ['bad-key', (d) => (d.meta.municipality.ags = '0517'), /^Metadaten, Feld „municipality\.ags“: ungültiger Schlüssel: erwartet 2, 3, 5, 8 oder 12 Ziffern/],
];

for (const [name, mutate, expected] of cases) {
  test(`exits 1 and names the place: ${name}`, () => {
    const result = cli('validate', broken(name, mutate));
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.some((line) => expected.test(line)), `no line matches ${expected}:\n${result.stdout}`);
    assert.ok(!/\^|\\d|\[0-9/.test(result.stdout), `a message shows a pattern:\n${result.stdout}`);
  });
}

test('names the indicator id in every indicator message', () => {
  const file = broken('every-indicator-message', (d) => {
    const ind = d.indicators[kinderarmut()];
    ind.values[0].value = '17,1';
    ind.values[1].period = '2023/24';
    ind.values[2].status = 'supressed';
    ind.values[3].area = 'feldmarkk';
    ind.values[4].staus = 'x';
    ind.total[0].value = null;
    ind.notes = [{ period: 'neu', text: '' }];
    ind.unit = 'u'.repeat(41);
    ind.level = 'sozialraeume';
    ind.decimals = 1.5;
  });
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.ok(lines.length >= 10, result.stdout);
  for (const line of lines) assert.match(line, /^Indikator „kinderarmut“, /);
  assert.ok(lines.some((l) => /meinten Sie „suppressed“\?/.test(l)), result.stdout);
  assert.ok(lines.some((l) => /meinten Sie „sozialraum“\?/.test(l)), result.stdout);
});

test('a broken JSON file gives line and column', () => {
  const text = JSON.stringify(sample, null, 2);
  const at = text.indexOf('"indicators"');
  const line = text.slice(0, at).split('\n').length;
  const file = write('syntax.json', `${text.slice(0, at)}"x" 1, ${text.slice(at)}`);
  const result = cli('validate', file);
  assert.equal(result.status, 1);
  assert.equal(result.stdout.trim(), `Kein gültiges JSON in Zeile ${line}, Spalte 7: erwartet „:“ nach dem Feldnamen, gefunden „1“ [$]`);
  const oneLine = JSON.stringify(sample);
  const cut = oneLine.indexOf(',"', 5000) + 1;
  const truncated = cli('validate', '--lang', 'en', write('truncated.json', oneLine.slice(0, cut)));
  assert.equal(truncated.status, 1);
  assert.equal(truncated.stdout.trim(), `Not valid JSON at line 1, column ${cut + 1}: expected a field name in "…", found the end of the file [$]`);
  assert.ok(!/position/.test(result.stdout + truncated.stdout));
});

test('a file with a UTF-8 byte-order mark is accepted', () => {
  const file = join(dir, 'bom.json');
  writeFileSync(file, '\uFEFF' + readFileSync('demo/data/wesel.json', 'utf8'));
  assert.equal(readFileSync(file)[0], 0xef);
  const result = cli('validate', file);
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('--json and --lang en give machine-readable English output with the part and the JSON path', () => {
  const file = broken('json-en', (d) => (d.indicators[kinderarmut()].values[0].value = '17,1'));
  const result = cli('validate', '--json', '--lang', 'en', file);
  assert.equal(result.status, 1);
  const [report] = JSON.parse(result.stdout);
  assert.equal(report.valid, false);
  assert.equal(report.errors.length, 1);
  const [error] = report.errors;
  assert.equal(error.path, `$.indicators[${kinderarmut()}].values[0].value`);
  assert.equal(error.part, 'indicator:kinderarmut');
  assert.match(error.message, /^Indicator “kinderarmut”, area “[^”]+”, \d{4}, field “value”: expected number, found text "17,1"$/);
});

test('several files: each line names its file; exit 1 when one is invalid', () => {
  const bad = broken('several', (d) => (d.version = 2));
  const result = cli('validate', 'demo/data/wesel.json', bad);
  assert.equal(result.status, 1);
  assert.equal(result.stdout.trim(), `${bad}: Feld „version“: erwartet 1, gefunden Zahl 2 [$.version]`);
});

test('a missing file is reported in plain words (exit 2), in German and English', () => {
  const missing = join(dir, 'gibt-es-nicht.json');
  const result = cli('validate', missing);
  assert.equal(result.status, 2);
  assert.equal(result.stderr.trim(), `${missing}: nicht lesbar: Die Datei „${missing}“ gibt es nicht. Stimmen Name und Ordner?`);
  const en = cli('validate', missing, '--lang', 'en');
  assert.equal(en.status, 2);
  assert.match(en.stderr, /The file “.*gibt-es-nicht\.json” does not exist\./);
});

test('help in German and English; an unknown command or option is named (exit 2)', () => {
  const de = cli('help');
  assert.equal(de.status, 0);
  assert.match(de.stdout, /^Aufruf:/);
  assert.match(de.stdout, /prüft Datendokumente/);
  const en = cli('--help', '--lang', 'en');
  assert.equal(en.status, 0);
  assert.match(en.stdout, /^Usage:/);
  const unknown = cli('frobnicate');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^Unbekannter Befehl „frobnicate“\./);
  assert.match(cli('--lang', 'en', 'frobnicate').stderr, /^Unknown command “frobnicate”\./);
  const option = cli('validate', '--strict', 'demo/data/wesel.json');
  assert.equal(option.status, 2);
  assert.match(option.stderr, /^Unbekannte Option „--strict“\./);
  assert.equal(cli().status, 2);
});

/** A document whose first level points at a geometry file next to it. */
function withGeometryFile(folder, geometry) {
  mkdirSync(join(dir, folder), { recursive: true });
  const doc = structuredClone(sample);
  if (geometry !== undefined) writeFileSync(join(dir, folder, 'sozialraum.geojson'), typeof geometry === 'string' ? geometry : JSON.stringify(geometry));
  doc.areaLevels[0].geometry = 'sozialraum.geojson';
  writeFileSync(join(dir, folder, 'daten.json'), JSON.stringify(doc));
  return join(dir, folder, 'daten.json');
}

test('validates geometry given as a relative file reference, or says it did not (--offline)', () => {
  const good = withGeometryFile('geo-good', sample.areaLevels[0].geometry);
  assert.equal(cli('validate', good).status, 0);

  const bad = structuredClone(sample.areaLevels[0].geometry);
  bad.features[0].geometry.coordinates[0][1] = [700000, 5700000];
  const badFile = withGeometryFile('geo-bad', bad);
  const result = cli('validate', badFile);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^Raumebene „sozialraum“, Fläche „[^“]+“, Feld „geometry\.coordinates\[0\]\[1\]“: Koordinate außerhalb von WGS84.*\[\$\.areaLevels\[0\]\.geometry\.features\[0\]\.geometry\.coordinates\[0\]\[1\]\]$/m);

  const missing = cli('validate', withGeometryFile('geo-missing', undefined));
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /^Raumebene „sozialraum“, Feld „geometry“: die Geometrie unter .*sozialraum\.geojson ist nicht lesbar: Die Datei .* gibt es nicht/m);

  const notJson = cli('validate', withGeometryFile('geo-html', '<!doctype html><p>Not found</p>'));
  assert.equal(notJson.status, 1);
  assert.match(notJson.stdout, /ist nicht lesbar: Kein gültiges JSON in Zeile 1, Spalte 1/);

  const offline = cli('validate', '--offline', badFile);
  assert.equal(offline.status, 0, offline.stdout);
  assert.match(offline.stderr, /Hinweis: Raumebene „sozialraum“: die Geometrie unter „sozialraum\.geojson“ wurde nicht geprüft \(--offline\)\./);
});

test('validates a document and its geometry from a local HTTP server', async () => {
  const doc = structuredClone(sample);
  doc.areaLevels[0].geometry = 'geo/sozialraum.geojson';
  doc.areaLevels[1].geometry = 'geo/fehlt.geojson';
  const files = { '/daten/wesel.json': JSON.stringify(doc), '/daten/geo/sozialraum.geojson': JSON.stringify(sample.areaLevels[0].geometry) };
  const requested = [];
  const server = createServer((request, response) => {
    requested.push(request.url);
    const body = files[request.url];
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(body ?? 'nicht gefunden');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    const result = await cliAsync('validate', `${base}/daten/wesel.json`);
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n'), [`Raumebene „stadtteil“, Feld „geometry“: die Geometrie unter ${base}/daten/geo/fehlt.geojson ist nicht lesbar: Die Adresse „${base}/daten/geo/fehlt.geojson“ antwortet mit HTTP 404 (nicht gefunden). [$.areaLevels[1].geometry]`]);
    assert.deepEqual(requested.sort(), ['/daten/geo/fehlt.geojson', '/daten/geo/sozialraum.geojson', '/daten/wesel.json']);
    files['/daten/geo/fehlt.geojson'] = JSON.stringify(sample.areaLevels[1].geometry);
    assert.equal((await cliAsync('validate', `${base}/daten/wesel.json`)).status, 0);
  } finally {
    server.close();
  }
});

test('schema prints the JSON Schema, draft 2020-12, with the 1.1 additions', () => {
  const result = cli('schema');
  assert.equal(result.status, 0);
  const schema = JSON.parse(result.stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.properties.indicators);
  const text = result.stdout;
  assert.ok(text.includes('"totalLabel"'));
  assert.ok(text.includes('(?:\\\\d{2}|\\\\d{3}|\\\\d{5}|\\\\d{8}|\\\\d{12})'), 'the key pattern');
  assert.ok(text.includes('[Hh][Tt][Tt][Pp][Ss]?:'), 'the URL pattern');
  assert.ok(/"maxLength": 200/.test(text) && /"maxLength": 40/.test(text), 'the text caps');
});

test('works on a runtime whose Object.prototype has enumerable additions', () => {
  const polluted = 'data:text/javascript,Object.prototype.polluted = "x"; Object.prototype.status = "missing";';
  const run = (...args) => spawnSync(process.execPath, ['--import', polluted, 'dist/cli.js', ...args], { encoding: 'utf8' });
  const valid = run('validate', 'demo/data/wesel.json');
  assert.equal(valid.status, 0, valid.stdout + valid.stderr);
  const invalid = run('validate', broken('polluted', (d) => (d.indicators[0].values[0].value = null)));
  assert.equal(invalid.status, 1);
  assert.match(invalid.stdout, /fehlender Wert ohne Grund/);
  assert.equal(run('schema').status, 0);
});
