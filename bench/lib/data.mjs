/**
 * The benchmark's contract documents, built from the municipal boundaries in ../shared/data.
 * Every number is derived from the municipality's AGS (a hash), so each run and each machine gets
 * the same bytes; every section says `"example": true`, because none of it is real data.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NRW_GEOJSON = 'nrw_gemeinden_dvg2.geojson';
export const DE_GEOJSON = 'de_gemeinden_vg5000.geojson';

/** FNV-1a of the text, as a number in [0, 1). */
function hash(text, salt = 0) {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function meta(title, geometrySource) {
  return {
    title,
    description: 'Benchmark document of quartier-widgets. The boundaries are official; every number is invented (derived from the AGS).',
    publisher: 'quartier-widgets benchmark',
    license: 'dl-de/by-2-0',
    licenseUrl: 'https://www.govdata.de/dl-de/by-2-0',
    sources: [{ title: geometrySource }],
    updated: '2024-12-31',
    example: true,
  };
}

/** One indicator over `periods`: a share in percent per municipality, about 2 % of them suppressed. */
function indicator(ids, periods, { id = 'arbeitslosenanteil', label = 'Arbeitslosenanteil (Beispiel)' } = {}) {
  const values = [];
  const sums = new Map();
  for (const period of periods) {
    const year = Number(period.slice(0, 4));
    for (const ags of ids) {
      if (hash(ags, 7) < 0.02) {
        values.push({ area: ags, period, value: null, status: 'suppressed' });
        continue;
      }
      const value = round(Math.max(0.5, 2 + 14 * hash(ags) + (year - 2019) * (hash(ags, 3) - 0.5)), 1);
      values.push({ area: ags, period, value });
      const sum = sums.get(period) ?? [0, 0];
      sums.set(period, [sum[0] + value, sum[1] + 1]);
    }
  }
  return {
    id,
    label,
    labelEn: 'Unemployment share (example)',
    unit: '%',
    decimals: 1,
    polarity: 'negative',
    level: 'gemeinde',
    example: true,
    values,
    total: periods.map((period) => ({ period, value: round(sums.get(period)[0] / sums.get(period)[1], 1) })),
  };
}

function housing(ids) {
  const byArea = ids.map((ags) => ({ area: ags, period: '2023', value: Math.round(50 + 3000 * hash(ags, 11) ** 2) }));
  const stock = byArea.reduce((sum, a) => sum + a.value, 0);
  return {
    unit: 'WE',
    level: 'gemeinde',
    example: true,
    stock: [
      { period: '2021', value: Math.round(stock * 1.04), share: 5.1 },
      { period: '2023', value: stock, share: 4.9 },
    ],
    need: [{ period: '2023', value: Math.round(stock * 0.21), kind: 'households', label: 'Wohnungssuchende Haushalte' }],
    expiring: Array.from({ length: 12 }, (_, i) => ({ period: String(2024 + i), value: Math.round(stock * (0.01 + 0.02 * hash(String(i), 5))) })),
    additions: Array.from({ length: 4 }, (_, i) => ({ period: String(2024 + i), value: Math.round(stock * 0.008) })),
    byArea,
    reference: { share: 9.3, label: 'NRW', period: '2021' },
  };
}

function funding(ids, names) {
  const statuses = ['approved', 'paid', 'completed', 'applied'];
  const projects = ids.map((ags, i) => ({
    id: `p-${ags}`,
    name: `Quartiersprojekt ${names.get(ags)}`,
    recipient: `Träger ${(i % 40) + 1}`,
    area: ags,
    amount: Math.round(5000 + 95000 * hash(ags, 13)),
    status: statuses[Math.floor(hash(ags, 17) * statuses.length)],
  }));
  const funded = projects.filter((p) => p.status !== 'applied').reduce((sum, p) => sum + p.amount, 0);
  const paid = projects.filter((p) => p.status === 'paid' || p.status === 'completed').reduce((sum, p) => sum + p.amount, 0);
  return {
    level: 'gemeinde',
    programmes: [
      {
        id: 'quartiersfonds',
        name: 'Quartiersfonds (Beispiel)',
        funder: 'Land Nordrhein-Westfalen (Beispiel)',
        currency: 'EUR',
        budget: Math.round(funded * 1.25),
        committed: funded,
        paid,
        returned: Math.round(paid * 0.01),
        start: '2023-01-01',
        end: '2025-12-31',
        deadlines: [
          { date: '2025-06-30', kind: 'application', label: 'Anträge bis' },
          { date: '2026-03-31', kind: 'proof', label: 'Verwendungsnachweis bis' },
        ],
        applications: { received: ids.length + 40, approved: projects.filter((p) => p.status !== 'applied').length, rejected: 25, withdrawn: 5 },
        projects,
        example: true,
      },
    ],
  };
}

function readGeojson(dataDir, file) {
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

function level(geojson, label) {
  return { id: 'gemeinde', label, geometry: geojson, idProperty: 'ags', nameProperty: 'name' };
}

/** NRW: 396 municipalities with an indicator over five years, the housing and the funding section. */
export function nrwDocument(dataDir) {
  const geojson = readGeojson(dataDir, NRW_GEOJSON);
  const ids = geojson.features.map((f) => f.properties.ags);
  const names = new Map(geojson.features.map((f) => [f.properties.ags, f.properties.name]));
  return {
    version: 1,
    meta: { ...meta('Benchmark: 396 Gemeinden in NRW (Beispieldaten)', '© Land NRW (2022), Geobasis NRW, DVG2, dl-de/zero-2-0'), municipality: { name: 'Nordrhein-Westfalen' } },
    areaLevels: [level(geojson, 'Gemeinden')],
    indicators: [indicator(ids, ['2019', '2020', '2021', '2022', '2023'])],
    housing: housing(ids),
    funding: funding(ids, names),
  };
}

/** Germany: 10,997 municipalities, one indicator over two years (the map's case). */
export function deDocument(dataDir) {
  const geojson = readGeojson(dataDir, DE_GEOJSON);
  const ids = geojson.features.map((f) => f.properties.ags);
  return {
    version: 1,
    meta: { ...meta('Benchmark: 10.997 Gemeinden in Deutschland (Beispieldaten)', '© GeoBasis-DE / BKG 2021, VG5000, dl-de/by-2-0'), municipality: { name: 'Deutschland' } },
    areaLevels: [level(geojson, 'Gemeinden')],
    indicators: [indicator(ids, ['2022', '2023'])],
  };
}

const MIB = 1024 * 1024;

/** The German geometry plus as many years of values as it takes to pass `bytes` (10 MiB). */
export function largeDocumentText(dataDir, bytes = 10 * MIB) {
  const geojson = readGeojson(dataDir, DE_GEOJSON);
  const ids = geojson.features.map((f) => f.properties.ags);
  const doc = {
    version: 1,
    meta: { ...meta('Benchmark: 10-MB-Dokument (Beispieldaten)', '© GeoBasis-DE / BKG 2021, VG5000, dl-de/by-2-0'), municipality: { name: 'Deutschland' } },
    areaLevels: [level(geojson, 'Gemeinden')],
    indicators: [],
  };
  let text = '';
  for (let years = 1; years <= 40; years++) {
    const periods = Array.from({ length: years }, (_, i) => String(2023 - years + 1 + i));
    doc.indicators = [indicator(ids, periods)];
    text = JSON.stringify(doc);
    if (text.length >= bytes) return { text, years };
  }
  return { text, years: 40 };
}

/**
 * Writes the NRW and Germany documents into `outDir` (once; rebuilt when the generator or the
 * GeoJSON is newer) and returns their file names and sizes.
 */
export function writeDocuments(dataDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const generator = statSync(new URL(import.meta.url)).mtimeMs;
  const out = {};
  for (const [name, build, source] of [
    ['nrw.json', nrwDocument, NRW_GEOJSON],
    ['de.json', deDocument, DE_GEOJSON],
  ]) {
    const file = join(outDir, name);
    const fresh = existsSync(file) && statSync(file).mtimeMs > Math.max(generator, statSync(join(dataDir, source)).mtimeMs);
    if (!fresh) writeFileSync(file, JSON.stringify(build(dataDir)));
    out[name] = { file, bytes: statSync(file).size };
  }
  return out;
}
