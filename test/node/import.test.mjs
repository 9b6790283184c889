// `quartier-widgets import` and `template` against fixtures built from the public data
// (scripts/build-import-fixtures.mjs): the CLI from source (an esbuild bundle of src/cli/bin.ts, so
// the test never runs a stale build) and the import core's pure modules.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvParse } from 'd3-dsv';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/import');
const dir = mkdtempSync(join(tmpdir(), 'qw-import-'));
const fixture = (name) => join(FIXTURES, name);
const out = (name) => join(dir, name);
let core;

const NODE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

before(async () => {
  await build({ entryPoints: [join(ROOT, 'src/cli/bin.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out('cli.mjs'), logLevel: 'error', banner: { js: NODE_BANNER } });
  await build({
    stdin: {
      contents: [
        "export * from './src/import/values.ts';",
        "export * from './src/import/periods.ts';",
        "export { AreaMatcher, normalizeName } from './src/import/area-match.ts';",
        "export { runImport } from './src/import/import.ts';",
        "export { readDelimited } from './src/import/delimited.ts';",
        "export { crsFromPrj } from './src/import/projection.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out('core.mjs'),
    logLevel: 'error',
    banner: { js: NODE_BANNER },
  });
  core = await import(pathToFileURL(out('core.mjs')).href);
});

const cli = (...args) => spawnSync(process.execPath, [out('cli.mjs'), ...args], { encoding: 'utf8', cwd: dir });
const META = ['--title', 'Kreis Wesel', '--publisher', 'Kreis Wesel', '--license', 'dl-de/by-2-0'];
const GEOMETRY = ['--geometry', fixture('kreis-wesel-gemeinden-25832.zip'), '--area-id', 'AGS', '--area-name', 'GEN', '--level', 'gemeinde', '--level-label', 'Gemeinden'];
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

// The public sources the fixtures were built from.
const sourceGeometry = JSON.parse(readFileSync(join(ROOT, 'data/sources/kreis_wesel_gemeinden_dvg2.geojson'), 'utf8'));
const population = csvParse(readFileSync(join(ROOT, 'data/sources/kreis_wesel_gemeinden_bevoelkerung.csv'), 'utf8'));
const figure = (ags, date) => Number(population.find((r) => r.ags === ags && r.stichtag === date).bevoelkerung);
const DATES = [...new Set(population.map((r) => r.stichtag))].sort();
const AGS = [...new Set(population.map((r) => r.ags))];

function importOk(name, ...args) {
  const file = out(name);
  const result = cli('import', ...args, '-o', file);
  assert.equal(result.status, 0, result.stderr);
  return { doc: read(file), file, stderr: result.stderr };
}

const metres = ([lon1, lat1], [lon2, lat2]) => Math.hypot((lon1 - lon2) * 111_320 * Math.cos((lat1 * Math.PI) / 180), (lat1 - lat2) * 110_574);
const vertices = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);

test('zipped Shapefile in EPSG:25832 with Windows-1252 attributes: ids, names and every vertex within 1 m', () => {
  const { doc } = importOk('shape.json', ...GEOMETRY, '--max-kb', '0', ...META);
  const level = doc.areaLevels[0];
  assert.equal(level.id, 'gemeinde');
  assert.equal(level.idProperty, 'AGS');
  assert.equal(level.nameProperty, 'GEN');
  assert.equal(level.geometry.features.length, sourceGeometry.features.length);
  for (const source of sourceGeometry.features) {
    const imported = level.geometry.features.find((f) => f.properties.AGS === source.properties.ags);
    assert.ok(imported, `missing ${source.properties.ags}`);
    assert.equal(imported.properties.GEN, source.properties.name);
    const got = vertices(imported.geometry);
    const want = vertices(source.geometry);
    const far = (from, to) => Math.max(...from.map((p) => Math.min(...to.map((q) => metres(p, q)))));
    assert.ok(far(want, got) < 1, `${source.properties.name}: a source vertex is ${far(want, got).toFixed(2)} m from the import`);
    assert.ok(far(got, want) < 1, `${source.properties.name}: an imported vertex is ${far(got, want).toFixed(2)} m from the source`);
  }
  assert.ok(level.geometry.features.some((f) => f.properties.GEN === 'Hünxe'));
  assert.ok(level.geometry.features.some((f) => f.properties.GEN === 'Voerde (Niederrhein)'));
});

test('rings are closed and oriented after RFC 7946 (exterior counter-clockwise)', () => {
  const { doc } = importOk('orient.json', ...GEOMETRY, ...META);
  for (const feature of doc.areaLevels[0].geometry.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        assert.deepEqual(ring[0], ring.at(-1));
        let area = 0;
        for (let k = 0; k < ring.length - 1; k++) area += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
        assert.equal(area > 0, i === 0, `${feature.properties.GEN} ring ${i}`);
      });
    }
  }
});

/** The values of one indicator as `ags|date` → entry. */
const valuesOf = (doc, id) => new Map(doc.indicators.find((i) => i.id === id).values.map((v) => [`${v.area}|${v.period}`, v]));

test('wide CSV as German Excel saves it: every value, symbol and the total row', () => {
  const { doc, stderr } = importOk('wide.json', ...GEOMETRY, '--table', fixture('bevoelkerung-breit.csv'), '--indicator', 'bevoelkerung', '--label', 'Bevölkerung', '--unit', 'Tsd.', ...META);
  const symbols = { '05170004|2020-12-31': 'suppressed', '05170036|2022-05-15': 'unreliable', '05170040|2022-06-30': 'pending', '05170028|2022-06-30': 'not-applicable' };
  const provisional = new Set(['05170052|2022-06-30', '05170048|2022-06-30']);
  const values = valuesOf(doc, 'bevoelkerung');
  assert.equal(values.size, AGS.length * DATES.length);
  for (const ags of AGS) {
    for (const date of DATES) {
      const key = `${ags}|${date}`;
      const entry = values.get(key);
      if (symbols[key]) assert.deepEqual(entry, { area: ags, period: date, value: null, status: symbols[key] }, key);
      else if (provisional.has(key)) assert.deepEqual(entry, { area: ags, period: date, value: figure(ags, date) / 1000, status: 'provisional' }, key);
      else assert.deepEqual(entry, { area: ags, period: date, value: figure(ags, date) / 1000 }, key);
    }
  }
  const indicator = doc.indicators[0];
  assert.equal(indicator.label, 'Bevölkerung');
  assert.equal(indicator.unit, 'Tsd.');
  assert.deepEqual(
    indicator.total,
    DATES.map((date) => ({ period: date, value: population.filter((r) => r.stichtag === date).reduce((s, r) => s + Number(r.bevoelkerung), 0) / 1000 })),
  );
  assert.doesNotMatch(stderr, /Fehler/);
});

test('XLSX in long layout: AGS stored as numbers get their leading zero, dates become periods, the notes sheet is skipped', () => {
  const { doc } = importOk('long.json', ...GEOMETRY, '--table', fixture('bevoelkerung-lang.xlsx'), '--label', 'Bevölkerung', ...META);
  const values = valuesOf(doc, 'bevoelkerung');
  assert.equal(values.size, population.length);
  for (const row of population) {
    const entry = values.get(`${row.ags}|${row.stichtag}`);
    if (row.ags === '05170004' && row.stichtag === '2020-12-31') assert.deepEqual(entry, { area: row.ags, period: row.stichtag, value: null, status: 'suppressed' });
    else assert.deepEqual(entry, { area: row.ags, period: row.stichtag, value: Number(row.bevoelkerung) });
  }
  assert.equal(doc.indicators[0].unit, 'Personen');
});

test('GENESIS flat file, as .csv and as the delivered .zip: values, value_q statuses, the Kreis row as total', () => {
  const csv = importOk('genesis-csv.json', ...GEOMETRY, '--table', fixture('genesis-12411-kreis-wesel.csv'), ...META);
  const zip = importOk('genesis-zip.json', ...GEOMETRY, '--table', fixture('genesis-12411-kreis-wesel.zip'), ...META);
  assert.deepEqual(zip.doc, csv.doc);
  const indicator = csv.doc.indicators[0];
  assert.equal(indicator.id, 'bevstd');
  assert.equal(indicator.label, 'Bevölkerungsstand');
  const values = valuesOf(csv.doc, 'bevstd');
  assert.equal(values.size, AGS.length * 2);
  for (const ags of AGS) {
    assert.deepEqual(values.get(`${ags}|2021-12-31`), ags === '05170036' ? { area: ags, period: '2021-12-31', value: null, status: 'suppressed' } : { area: ags, period: '2021-12-31', value: figure(ags, '2021-12-31') });
    assert.deepEqual(values.get(`${ags}|2022-06-30`), { area: ags, period: '2022-06-30', value: figure(ags, '2022-06-30'), status: 'provisional' });
  }
  assert.equal(indicator.total.length, 2);
  assert.equal(indicator.total[1].status, 'provisional');
});

test('--into keeps everything and adds only what is imported; a repeat gives the same bytes', () => {
  const base = 'demo/data/kreis-wesel.json';
  const original = read(join(ROOT, base));
  const first = importOk('merged.json', '--into', join(ROOT, base), '--table', fixture('genesis-12411-kreis-wesel.csv'));
  const { indicators, ...rest } = first.doc;
  const { indicators: originalIndicators, ...originalRest } = original;
  assert.deepEqual(rest, originalRest);
  assert.deepEqual(indicators.slice(0, originalIndicators.length), originalIndicators);
  assert.equal(indicators.at(-1).id, 'bevstd');
  const again = importOk('merged-again.json', '--into', first.file, '--table', fixture('genesis-12411-kreis-wesel.csv'));
  assert.equal(readFileSync(again.file, 'utf8'), readFileSync(first.file, 'utf8'));
});

test('the same import twice gives byte-identical output', () => {
  const args = [...GEOMETRY, '--table', fixture('bevoelkerung-breit.csv'), '--indicator', 'bevoelkerung', '--label', 'Bevölkerung', ...META];
  const a = importOk('repeat-a.json', ...args);
  const b = importOk('repeat-b.json', ...args);
  assert.equal(readFileSync(a.file, 'utf8'), readFileSync(b.file, 'utf8'));
  const c = importOk('repeat-c.json', '--into', a.file, '--table', fixture('bevoelkerung-breit.csv'), '--indicator', 'bevoelkerung');
  assert.equal(readFileSync(c.file, 'utf8'), readFileSync(a.file, 'utf8'));
});

function failing(name, args, expected) {
  const file = out(name);
  const result = cli('import', ...args, '-o', file);
  assert.equal(result.status, 1, result.stderr);
  assert.equal(existsSync(file), false, 'nothing may be written');
  for (const pattern of expected) assert.match(result.stderr, pattern);
  return result.stderr;
}

function brokenCsv(name, edit) {
  const text = new TextDecoder('windows-1252').decode(readFileSync(fixture('bevoelkerung-breit.csv')));
  const file = out(name);
  writeFileSync(file, edit(text));
  return file;
}

test('an unknown area fails with file, row, value and the closest names; nothing is written', () => {
  const table = brokenCsv('unbekannt.csv', (t) => t.replace('\nSonsbeck;', '\nSonsbek;'));
  failing('unknown.json', [...GEOMETRY, '--table', table, '--indicator', 'bevoelkerung', '--label', 'B', ...META], [/unbekannt\.csv: Zeile 13, Spalte A: Gebiet „Sonsbek“ ist in der Raumebene „gemeinde“ unbekannt; meinten Sie Sonsbeck \(05170040\)\?/]);
});

test('a bad number fails with file, row, column and value', () => {
  const table = brokenCsv('zahl.csv', (t) => t.replace('Hamminkeln;26,962', 'Hamminkeln;26,96a'));
  failing('bad-number.json', [...GEOMETRY, '--table', table, '--indicator', 'bevoelkerung', '--label', 'B', ...META], [/zahl\.csv: Zeile 6, Spalte B \(31\.12\.2020\): „26,96a“ ist keine Zahl/]);
});

test('a broken geometry fails with file, feature number and name; English messages with --lang en', () => {
  failing('broken.json', ['--geometry', fixture('kreis-wesel-gemeinden-kaputt.zip'), '--area-id', 'AGS', '--area-name', 'GEN', ...META], [/kreis-wesel-gemeinden-kaputt\.zip: Fläche Nr\. 11: Fläche „Hünxe“ \(05170016\): Ring 1 hat nur 2 verschiedene Punkte/]);
  failing('broken-en.json', ['--geometry', fixture('kreis-wesel-gemeinden-kaputt.zip'), '--area-id', 'AGS', '--area-name', 'GEN', '--lang', 'en', ...META], [/area no\. 11: area „Hünxe“ \(05170016\): ring 1 has only 2 distinct points/]);
});

test('usage errors exit 2; --help in German and English exits 0', () => {
  assert.equal(cli('import', '--table', 'x.csv').status, 2);
  assert.equal(cli('import', '--geometry', 'x.zip', '-o', 'y.json', ...META).status, 2, 'without --area-id');
  assert.equal(cli('import', '--table', 'x.csv', '-o', 'y.json').status, 2, 'a new document without --title');
  assert.equal(cli('import', '--frobnicate', '-o', 'y.json').status, 2);
  const help = cli('import', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Deutsch: Erzeugt ein Datendokument/);
  assert.match(help.stdout, /English: builds a data document/);
  assert.equal(cli('template', '--help').status, 0);
});

test('simplification to the byte budget keeps every area and the shared borders (396 NRW municipalities)', () => {
  const source = JSON.parse(readFileSync(join(ROOT, 'data/sources/nrw_gemeinden_dvg2.geojson'), 'utf8'));
  const { doc, stderr } = importOk('nrw.json', '--geometry', join(ROOT, 'data/sources/nrw_gemeinden_dvg2.geojson'), '--area-id', 'ags', '--area-name', 'name', ...META);
  assert.match(stderr, /Geometrie vereinfacht: .* → \d+ kB \(Budget 200 kB\)/);
  const features = doc.areaLevels[0].geometry.features;
  assert.equal(features.length, source.features.length);
  assert.ok(JSON.stringify(doc.areaLevels[0].geometry).length <= 200_000);
  for (const f of features) {
    const rings = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat();
    for (const ring of rings) assert.ok(new Set(ring.map(String)).size >= 3, `${f.properties.name}: a ring collapsed`);
  }
  // Neighbours before (a shared vertex) still share their border after: the same vertices on both sides.
  const key = (p) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
  const sets = features.map((f) => new Set(vertices(f.geometry).map(key)));
  const sourceSets = new Map(source.features.map((f) => [f.properties.ags, new Set(vertices(f.geometry).map(key))]));
  let pairs = 0;
  for (let a = 0; a < features.length; a++) {
    for (let b = a + 1; b < features.length; b++) {
      const before = [...sourceSets.get(features[a].properties.ags)].filter((k) => sourceSets.get(features[b].properties.ags).has(k)).length;
      if (before < 2) continue;
      pairs++;
      const shared = [...sets[a]].filter((k) => sets[b].has(k)).length;
      assert.ok(shared >= 2, `${features[a].properties.name} and ${features[b].properties.name} lost their shared border`);
    }
  }
  assert.ok(pairs > 900, `only ${pairs} neighbour pairs`);
});

test('template: ids with leading zero and names prefilled, symbols explained; the filled workbook imports', async () => {
  const file = out('vorlage.xlsx');
  const result = cli('template', '--geometry', fixture('kreis-wesel-gemeinden-25832.zip'), '--area-id', 'AGS', '--area-name', 'GEN', '--period', '2023,2024', '--indicator', 'bevoelkerung', '--label', 'Bevölkerung', '-o', file);
  assert.equal(result.status, 0, result.stderr);
  const { default: readXlsxFile } = await import('read-excel-file/node');
  const sheets = await readXlsxFile(readFileSync(file));
  assert.deepEqual(sheets.map((s) => s.sheet), ['Daten', 'Zeichenerklärung']);
  const data = sheets[0].data;
  const header = data.findIndex((row) => row[0] === 'Gebiets-ID');
  assert.deepEqual(data[header], ['Gebiets-ID', 'Gebiet', '2023', '2024']);
  const rows = data.slice(header + 1);
  assert.deepEqual(rows.map((r) => r[0]).sort(), [...AGS].sort());
  assert.ok(rows.some((r) => r[1] === 'Hünxe'));
  assert.ok(sheets[1].data.some((row) => row[0] === '/' && /nicht sicher genug/.test(row[1])));
  // A department fills it in: numbers, a symbol, a provisional figure.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const filled = rows.map((r, i) => [{ value: r[0], type: String }, { value: r[1], type: String }, { value: 1000 + i, type: Number }, i === 0 ? { value: '.', type: String } : { value: `${2000 + i},5 p`, type: String }]);
  const blob = await writeXlsxFile([{ sheet: 'Daten', data: [...data.slice(0, header + 1).map((row) => row.map((v) => (v === null ? null : { value: String(v), type: String }))), ...filled] }]).toBlob();
  const back = out('vorlage-ausgefuellt.xlsx');
  writeFileSync(back, new Uint8Array(await blob.arrayBuffer()));
  const { doc } = importOk('from-template.json', ...GEOMETRY, '--table', back, '--indicator', 'bevoelkerung', '--label', 'Bevölkerung', ...META);
  const values = valuesOf(doc, 'bevoelkerung');
  assert.deepEqual(values.get(`${rows[0][0]}|2024`), { area: rows[0][0], period: '2024', value: null, status: 'suppressed' });
  assert.deepEqual(values.get(`${rows[1][0]}|2024`), { area: rows[1][0], period: '2024', value: 2001.5, status: 'provisional' });
  assert.deepEqual(values.get(`${rows[1][0]}|2023`), { area: rows[1][0], period: '2023', value: 1001 });
});

test('values: official symbols become statuses, never numbers (only "-" is zero); German and English numbers', () => {
  const v = (cell, style = 'comma') => core.parseValueCell(cell, style);
  assert.deepEqual(v('-'), { value: 0 });
  assert.deepEqual(v('.'), { value: null, status: 'suppressed' });
  assert.deepEqual(v('...'), { value: null, status: 'pending' });
  assert.deepEqual(v('…'), { value: null, status: 'pending' });
  assert.deepEqual(v('x'), { value: null, status: 'not-applicable' });
  assert.deepEqual(v('/'), { value: null, status: 'unreliable' });
  assert.deepEqual(v('()'), { value: null, status: 'unreliable' });
  assert.deepEqual(v('(12,3)'), { value: 12.3, note: 'Aussagewert eingeschränkt' });
  assert.deepEqual(v('g'), { value: null, status: 'suppressed' });
  assert.deepEqual(v('t'), { value: null, status: 'pending' });
  assert.deepEqual(v('u'), { value: null, status: 'unreliable' });
  assert.deepEqual(v('12,3 p'), { value: 12.3, status: 'provisional' });
  assert.deepEqual(v('1.234,5r'), { value: 1234.5, status: 'revised' });
  assert.deepEqual(v('7 s'), { value: 7, status: 'estimated' });
  assert.deepEqual(v('1.234.567,89'), { value: 1234567.89 });
  assert.deepEqual(v('1 234,5'), { value: 1234.5 });
  assert.deepEqual(v('-3,2'), { value: -3.2 });
  assert.deepEqual(v('12,5 %'), { value: 12.5 });
  assert.deepEqual(v('1,234.5', 'point'), { value: 1234.5 });
  assert.deepEqual(v('0.25', 'point'), { value: 0.25 });
  assert.deepEqual(v(42), { value: 42 });
  assert.deepEqual(v(''), { empty: true });
  for (const bad of ['12,3,4', 'abc', '12.5', '1,2.3']) assert.deepEqual(v(bad), { error: 'bad-number' }, bad);
  assert.equal(core.detectDecimalStyle(['12,5', '1.234'], ';').style, 'comma');
  assert.equal(core.detectDecimalStyle(['12.5', '1,234'], ',').style, 'point');
  assert.equal(core.detectDecimalStyle(['1.234'], ';').style, 'comma');
});

test('periods from the usual notations', () => {
  assert.equal(core.periodFromCell(2023), '2023');
  const cases = {
    '2023': '2023',
    '2023-12-31': '2023-12-31',
    '31.12.2023': '2023-12-31',
    '1.6.2023': '2023-06-01',
    '2023-Q2': '2023-Q2',
    'Q2/2023': '2023-Q2',
    '2. Quartal 2023': '2023-Q2',
    '2023-06': '2023-06',
    '06/2023': '2023-06',
    'Juni 2023': '2023-06',
    'März 2024': '2024-03',
    'June 2023': '2023-06',
    '2023-H1': '2023-H1',
    'Stand 31.12.2023': '2023-12-31',
  };
  for (const [text, expected] of Object.entries(cases)) assert.equal(core.periodFromCell(text), expected, text);
  assert.equal(core.periodFromCell(new Date(Date.UTC(2022, 4, 15))), '2022-05-15');
  for (const bad of ['31.02.2023', '2023-13', 'Juno 2023', 'Q5/2023', 'gestern']) assert.equal(core.periodFromCell(bad), null, bad);
});

test('areas: id first (AGS as a number, Regionalschlüssel), then names without case, umlauts, ß, spacing or ", Stadt"', () => {
  const matcher = new core.AreaMatcher(
    [
      { id: '05170048', name: 'Wesel' },
      { id: '05170016', name: 'Hünxe' },
      { id: '05170044', name: 'Voerde (Niederrhein)' },
      { id: '05111000', name: 'Düsseldorf' },
      { id: '09162000', name: 'München' },
    ],
    { totalKeys: ['Kreis Wesel'] },
  );
  const id = (a, b) => {
    const m = matcher.match(a, b);
    return m.kind === 'area' ? m.id : m.kind;
  };
  assert.equal(id(5170048, undefined), '05170048');
  assert.equal(id('051700048048', undefined), '05170048');
  assert.equal(id(undefined, 'Wesel, Stadt'), '05170048');
  assert.equal(id(undefined, 'Stadt Wesel'), '05170048');
  assert.equal(id(undefined, 'HUENXE'), '05170016');
  assert.equal(id(undefined, 'hünxe '), '05170016');
  assert.equal(id(undefined, 'Voerde(Niederrhein), Stadt'), '05170044');
  assert.equal(id(undefined, 'Duesseldorf, Landeshauptstadt'), '05111000');
  assert.equal(id(undefined, 'Muenchen, Landeshauptstadt'), '09162000');
  assert.equal(id(undefined, 'Kreis Wesel'), 'total');
  assert.equal(id(undefined, 'Wesel, Kreis'), 'total');
  assert.equal(id(undefined, 'Insgesamt'), 'total');
  assert.equal(id('05170016', 'Wesel'), '05170016', 'keys win over names');
  const unknown = matcher.match(undefined, 'Huenx');
  assert.equal(unknown.kind, 'unknown');
  assert.deepEqual(unknown.suggestions, ['Hünxe (05170016)']);
});

test('CSV sniffing: separator, BOM, Windows-1252; CRS from ESRI .prj texts', () => {
  const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Gebiet\tWert\nHünxe\t1,5\n')]);
  const tsv = core.readDelimited(utf8Bom);
  assert.equal(tsv.separator, '\t');
  assert.equal(tsv.encodingReason, 'bom');
  assert.equal(tsv.rows[1][0], 'Hünxe');
  const cp1252 = core.readDelimited(new Uint8Array([...new TextEncoder().encode('Titel\nGebiet,Wert\n'), 0x48, 0xfc, 0x6e, 0x78, 0x65, ...new TextEncoder().encode(',"1,5"\n')]));
  assert.equal(cp1252.separator, ',');
  assert.equal(cp1252.encoding, 'windows-1252');
  assert.deepEqual(cp1252.rows[2], ['Hünxe', '1,5']);
  assert.equal(core.crsFromPrj('PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PARAMETER["Central_Meridian",9.0]]').crs, 'EPSG:25832');
  assert.equal(core.crsFromPrj('PROJCS["ETRS_1989_UTM_Zone_33N",GEOGCS["GCS_ETRS_1989"],PARAMETER["Central_Meridian",15.0]]').crs, 'EPSG:25833');
  assert.equal(core.crsFromPrj('PROJCS["DHDN_3_Degree_Gauss_Zone_2",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz"],PARAMETER["False_Easting",2500000.0]]').crs, 'EPSG:31466');
  assert.equal(core.crsFromPrj('PROJCS["DHDN_3_Degree_Gauss_Zone_3",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz"],PARAMETER["False_Easting",3500000.0]]').crs, 'EPSG:31467');
  assert.equal(core.crsFromPrj('PROJCS["ETRS89 / ETRS-TM32",GEOGCS["ETRS89"]]').crs, 'EPSG:3044');
  assert.equal(core.crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]').crs, 'EPSG:4326');
  assert.equal(core.crsFromPrj('PROJCS["Lambert_Conformal_Conic",GEOGCS["GCS_ETRS_1989"]]').crs, undefined);
});

test('the import core runs on bytes alone (no file system): the browser can use it', async () => {
  const result = await core.runImport({
    geometry: { name: 'gemeinden.zip', bytes: new Uint8Array(readFileSync(fixture('kreis-wesel-gemeinden-25832.zip'))) },
    areaId: 'AGS',
    areaName: 'GEN',
    table: { name: 'genesis.csv', bytes: new Uint8Array(readFileSync(fixture('genesis-12411-kreis-wesel.csv'))) },
    title: 'T',
    publisher: 'Kreis Wesel',
    license: 'dl-de/by-2-0',
  });
  assert.equal(result.ok, true, JSON.stringify(result.issues.filter((i) => i.severity === 'error')));
  assert.equal(result.document.indicators[0].values.length, 26);
  assert.ok(result.text.endsWith('}\n'));
  const source = readFileSync(join(ROOT, 'src/import/import.ts'), 'utf8') + readFileSync(join(ROOT, 'src/import/geometry.ts'), 'utf8');
  assert.doesNotMatch(source, /from 'node:/);
});
