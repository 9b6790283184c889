/**
 * Builds the fixtures of the import tests (test/fixtures/import/) from the public files in
 * data/sources/: the 13 municipalities of Kreis Wesel (DVG2 boundaries) and their population.
 * Each fixture is a file as an office would deliver it:
 *   - kreis-wesel-gemeinden-25832.zip   zipped Shapefile, EPSG:25832 (.prj), Windows-1252 DBF, no .cpg
 *   - kreis-wesel-gemeinden-kaputt.zip  the same with one broken ring (Hünxe: two points)
 *   - bevoelkerung-breit.csv            wide, as German Excel saves it: Windows-1252, ";", title line,
 *                                       decimal comma (in 1.000), official names with ", Stadt", symbols, a total row, notes
 *   - bevoelkerung-lang.xlsx            long, AGS stored as numbers, dates as dates, a sheet of notes first
 *   - genesis-12411-kreis-wesel.csv     GENESIS flat file (ffcsv) with value_q, and the same as .zip
 * The figures are the real ones; the symbols replace a few cells on purpose (listed in SYMBOLS).
 *
 *   node scripts/build-import-fixtures.mjs
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import writeXlsxFile from 'write-excel-file/universal';
import { PRJ, PROJ4, encodeWindows1252, writeShapefile } from './shapefile-writer.mjs';

const OUT = 'test/fixtures/import';
mkdirSync(OUT, { recursive: true });
const MTIME = new Date(2024, 0, 1);
const zip = (files) => zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: MTIME }]])), { level: 9 });

const geojson = JSON.parse(readFileSync('data/sources/kreis_wesel_gemeinden_dvg2.geojson', 'utf8'));
const population = csvParse(readFileSync('data/sources/kreis_wesel_gemeinden_bevoelkerung.csv', 'utf8'));

// ------------------------------------------------------------------ Shapefile, EPSG:25832, Windows-1252
const toUtm = proj4('WGS84', PROJ4['EPSG:25832']);
const project = (polygons) => polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => toUtm.forward([lon, lat]).map((v) => Math.round(v * 1000) / 1000))));
const features = geojson.features.map((f) => ({
  polygons: project(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates),
  properties: { AGS: f.properties.ags, GEN: f.properties.name, KREIS: 'Wesel' },
}));
const fields = [
  { name: 'AGS', type: 'C', length: 8 },
  { name: 'GEN', type: 'C', length: 40 },
  { name: 'KREIS', type: 'C', length: 20 },
];
const shapefile = (list) => {
  const { shp, shx, dbf } = writeShapefile(list, fields, 'windows-1252');
  return zip({ 'dvg2gem_kreis_wesel.shp': shp, 'dvg2gem_kreis_wesel.shx': shx, 'dvg2gem_kreis_wesel.dbf': dbf, 'dvg2gem_kreis_wesel.prj': new TextEncoder().encode(PRJ['EPSG:25832']) });
};
writeFileSync(`${OUT}/kreis-wesel-gemeinden-25832.zip`, shapefile(features));
const broken = features.map((f) => (f.properties.GEN === 'Hünxe' ? { ...f, polygons: [[[f.polygons[0][0][0], f.polygons[0][0][1], f.polygons[0][0][0]]]] } : f));
writeFileSync(`${OUT}/kreis-wesel-gemeinden-kaputt.zip`, shapefile(broken));

// ------------------------------------------------------------------ wide CSV as German Excel saves it
/** Cells replaced by a symbol on purpose: [ags, date] → text. */
const SYMBOLS = {
  '05170004|2020-12-31': '.',
  '05170036|2022-05-15': '/',
  '05170040|2022-06-30': '...',
  '05170028|2022-06-30': 'x',
};
const PROVISIONAL = new Set(['05170052|2022-06-30', '05170048|2022-06-30']);
const OFFICIAL = { '05170008': 'Dinslaken, Stadt', '05170020': 'Kamp-Lintfort, Stadt', '05170024': 'Moers, Stadt', '05170044': 'Voerde (Niederrhein), Stadt', '05170048': 'Wesel, Stadt' };
const dates = [...new Set(population.map((r) => r.stichtag))].sort();
const germanDate = (iso) => iso.split('-').reverse().join('.');
const thousands = (n) => (n / 1000).toFixed(3).replace('.', ',');
const municipalities = [...new Map(population.map((r) => [r.ags, r.gemeinde])).entries()];
const lines = ['Bevölkerung der Gemeinden im Kreis Wesel (in 1.000);;;;', ';;;;', ['Gemeinde', ...dates.map(germanDate)].join(';')];
for (const [ags, name] of municipalities) {
  const cells = dates.map((date) => {
    const key = `${ags}|${date}`;
    if (SYMBOLS[key]) return SYMBOLS[key];
    const row = population.find((r) => r.ags === ags && r.stichtag === date);
    return `${thousands(Number(row.bevoelkerung))}${PROVISIONAL.has(key) ? ' p' : ''}`;
  });
  lines.push([OFFICIAL[ags] ?? name, ...cells].join(';'));
}
lines.push(['Kreis Wesel', ...dates.map((date) => thousands(population.filter((r) => r.stichtag === date).reduce((s, r) => s + Number(r.bevoelkerung), 0)))].join(';'));
lines.push(';;;;', 'Quelle: IT.NRW, Zensus 2022; Zeichenerklärung: . geheim, / unsicher, ... später, x nicht sinnvoll, p vorläufig;;;');
writeFileSync(`${OUT}/bevoelkerung-breit.csv`, encodeWindows1252(`${lines.join('\r\n')}\r\n`));

// ------------------------------------------------------------------ long XLSX, AGS stored as numbers
const header = ['AGS', 'Gemeinde', 'Stichtag', 'Indikator', 'Wert', 'Einheit'].map((value) => ({ value, fontWeight: 'bold' }));
const rows = population.map((r) => [
  { value: Number(r.ags), type: Number },
  { value: r.gemeinde, type: String },
  { value: new Date(`${r.stichtag}T00:00:00Z`), type: Date, format: 'dd.mm.yyyy' },
  { value: 'bevoelkerung', type: String },
  r.ags === '05170004' && r.stichtag === '2020-12-31' ? { value: '.', type: String } : { value: Number(r.bevoelkerung), type: Number },
  { value: 'Personen', type: String },
]);
const notes = [[{ value: 'Bevölkerung der Gemeinden im Kreis Wesel', type: String }], [{ value: 'Quelle: IT.NRW; Zensus 2022 (Statistische Ämter des Bundes und der Länder), dl-de/by-2-0', type: String }]];
const blob = await writeXlsxFile([
  { sheet: 'Hinweise', data: notes },
  { sheet: 'Daten', data: [header, ...rows] },
]).toBlob();
writeFileSync(`${OUT}/bevoelkerung-lang.xlsx`, new Uint8Array(await blob.arrayBuffer()));

// ------------------------------------------------------------------ GENESIS flat file
const ffHeader = 'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label;value_q';
const ffRows = [];
for (const date of ['2021-12-31', '2022-06-30']) {
  let sum = 0;
  for (const [ags] of municipalities) {
    const row = population.find((r) => r.ags === ags && r.stichtag === date);
    sum += Number(row.bevoelkerung);
    const q = date === '2022-06-30' ? 'p' : 'e';
    const suppressed = ags === '05170036' && date === '2021-12-31';
    ffRows.push(['12411', 'Fortschreibung des Bevölkerungsstandes', 'STAG', 'Stichtag', date, 'GEMEIN', 'Gemeinden', ags, OFFICIAL[ags] ?? row.gemeinde, suppressed ? '.' : row.bevoelkerung, 'Anzahl', 'BEVSTD', 'Bevölkerungsstand', suppressed ? '.' : q].join(';'));
  }
  ffRows.push(['12411', 'Fortschreibung des Bevölkerungsstandes', 'STAG', 'Stichtag', date, 'GEMEIN', 'Gemeinden', '05170', 'Wesel, Kreis', String(sum), 'Anzahl', 'BEVSTD', 'Bevölkerungsstand', date === '2022-06-30' ? 'p' : 'e'].join(';'));
}
const ffcsv = new TextEncoder().encode(`${ffHeader}\n${ffRows.join('\n')}\n`);
writeFileSync(`${OUT}/genesis-12411-kreis-wesel.csv`, ffcsv);
writeFileSync(`${OUT}/genesis-12411-kreis-wesel.zip`, zip({ '12411-01-01-5_flat.csv': ffcsv }));
console.log(`fixtures written to ${OUT}/`);
