/**
 * The import figure of `npm run bench`: the 10,997 German municipalities (VG5000) as a user would
 * hand them to `quartier-widgets import` — a zipped Shapefile in their original system, DHDN /
 * Gauß-Krüger zone 3 (EPSG:31467), with a Windows-1252 DBF — imported in Node by the import core
 * (src/import, bundled once with esbuild): unzip, DBF, projection, checks, simplification to the
 * default budget, contract validation and serialisation. Target: under 5 s.
 *
 * Alone (no browser, no build): node bench/lib/import-bench.mjs [--runs 3]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PRJ, PROJ4, writeShapefile } from '../../scripts/shapefile-writer.mjs';
import { summary } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The boundaries as a zipped Shapefile in EPSG:31467; built once into the cache. */
async function shapefileZip(sharedData, cache) {
  const file = join(cache, 'import', 'de-gemeinden-vg5000-31467.zip');
  if (existsSync(file)) return file;
  const [{ default: proj4 }, { zipSync }] = await Promise.all([import('proj4'), import('fflate')]);
  const geojson = JSON.parse(readFileSync(join(sharedData, 'de_gemeinden_vg5000.geojson'), 'utf8'));
  const toGk = proj4('WGS84', PROJ4['EPSG:31467']);
  const features = geojson.features.map((f) => ({
    polygons: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((rings) => rings.map((ring) => ring.map((p) => toGk.forward(p).map((v) => Math.round(v * 100) / 100)))),
    properties: { AGS: f.properties.ags, GEN: f.properties.name, BEZ: f.properties.bez ?? '' },
  }));
  const fields = [
    { name: 'AGS', type: 'C', length: 8 },
    { name: 'GEN', type: 'C', length: 60 },
    { name: 'BEZ', type: 'C', length: 40 },
  ];
  const { shp, shx, dbf } = writeShapefile(features, fields, 'windows-1252');
  const mtime = new Date(2024, 0, 1);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, zipSync({ 'VG5000_GEM.shp': [shp, { mtime }], 'VG5000_GEM.shx': [shx, { mtime }], 'VG5000_GEM.dbf': [dbf, { mtime }], 'VG5000_GEM.prj': [new TextEncoder().encode(PRJ['EPSG:31467']), { mtime }] }));
  return file;
}

async function importCore(cache) {
  const { build } = await import('esbuild');
  const outfile = join(cache, 'import', 'import-core.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/import/import.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href);
}

export async function importBenchmark({ sharedData, cache, runs = 3, log = console.error }) {
  log('import: 10,997 municipalities as a zipped Shapefile (EPSG:31467, Windows-1252) …');
  const zipFile = await shapefileZip(sharedData, cache);
  const bytes = new Uint8Array(readFileSync(zipFile));
  const { runImport } = await importCore(cache);
  const options = { geometry: { name: 'VG5000_GEM.zip', bytes }, areaId: 'AGS', areaName: 'GEN', level: 'gemeinde', levelLabel: 'Gemeinden', title: 'Benchmark', publisher: 'quartier-widgets benchmark', license: 'dl-de/by-2-0' };
  const times = [];
  let first = null;
  let result = null;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    result = await runImport(options);
    const elapsed = performance.now() - t;
    if (!result.ok) throw new Error(`import failed: ${result.issues.filter((x) => x.severity === 'error').slice(0, 3).map((x) => x.message).join('; ')}`);
    if (i === 0) first = elapsed; // cold: includes loading the readers
    else times.push(elapsed);
    log(`  ${i === 0 ? 'cold' : `run ${i}`}: ${Math.round(elapsed)} ms`);
  }
  const features = result.document.areaLevels[0].geometry.features.length;
  const simplified = result.issues.find((x) => x.code === 'simplified')?.message ?? null;
  return { zipBytes: bytes.length, features, outputBytes: Buffer.byteLength(result.text), cold: first, warm: summary(times), simplified, targetMs: 5000 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const sharedData = resolve(process.env.QW_SHARED_DATA ?? join(ROOT, '..', 'shared', 'data'));
  const figure = await importBenchmark({ sharedData, cache: join(ROOT, 'bench/.cache'), runs: i > 0 ? Number(process.argv[i + 1]) : 3 });
  console.log(JSON.stringify(figure, null, 2));
}
