/**
 * demo/data/wesel.json: the city of Wesel. Real figures from the CSVs in data/sources/, schematic
 * district polygons, one illustrative time series (marked `example`).
 */
import { readCsv, readJson, num, SourceList, ATTRIBUTION_GEOBASIS_NRW, ZENSUS_2022_SERIES_BREAKS, cleanUrl } from './io.mjs';
import { voronoiDistricts, toMultiPolygon, fromMultiPolygon, cleanMultiPolygon, unionAll, areaKm2, pointInMultiPolygon } from './geometry.mjs';
import { buildHousing } from './housing.mjs';
import { buildWeselFunding } from './funding.mjs';

const AGS = '05170048';

/** The five Stadtteile of the city's statistics (wesel_bevoelkerung_stadtteile_2024.csv, column stadtteil_nr). */
const STADTTEILE = [
  { nr: '1', id: 'wesel', name: 'Wesel' },
  { nr: '2', id: 'flueren', name: 'Flüren' },
  { nr: '3', id: 'obrighoven-lackhausen', name: 'Obrighoven-Lackhausen' },
  { nr: '4', id: 'bislich', name: 'Bislich' },
  { nr: '5', id: 'buederich', name: 'Büderich' },
];

/**
 * The 11 Sozialräume of the Kinder- und Familienbericht (social-burden index), with the Stadtteil each lies in
 * and the seed points of their schematic polygons.
 *
 * NO OFFICIAL POLYGONS EXIST in open data. Each Sozialraum is the union of the Voronoi cells around its
 * seed points, clipped to the real city boundary. The seeds are APPROXIMATE centres of the places, chosen
 * by hand from general knowledge of Wesel's geography (Rhine running SE→NW south-west of the old town,
 * Büderich/Ginderich on the left bank, Bislich/Diersfordt in the north-west, Lippedorf south of the Lippe,
 * Obrighoven/Wittenberg/Lackhausen to the east and north-east). They were then nudged so that the union per
 * Stadtteil comes within about 10 % of the published Stadtteil areas (Wesel 26.08, Flüren 9.15,
 * Obrighoven-Lackhausen 26.79, Bislich 36.53, Büderich 24.0 km²); run with --verbose to see the areas.
 *
 *   id                      name (as published)            Stadtteil                 seed points  [lon, lat]
 */
const SOZIALRAEUME = [
  { id: 'innenstadt', name: 'Innenstadt inkl. Lippedorf', stadtteil: 'wesel', seeds: [[6.612, 51.657, 'Altstadt'], [6.622, 51.64, 'Lippedorf']] },
  { id: 'innenstadt-nord', name: 'Innenstadt Nord', stadtteil: 'wesel', seeds: [[6.624, 51.665]] },
  { id: 'feldmark', name: 'Feldmark', stadtteil: 'wesel', seeds: [[6.61, 51.676]] },
  { id: 'schepersfeld', name: 'Schepersfeld', stadtteil: 'wesel', seeds: [[6.636, 51.67]] },
  { id: 'fusternberg', name: 'Fusternberg', stadtteil: 'wesel', seeds: [[6.639, 51.655]] },
  { id: 'blumenkamp', name: 'Blumenkamp', stadtteil: 'wesel', seeds: [[6.626, 51.686]] },
  { id: 'flueren', name: 'Flüren', stadtteil: 'flueren', seeds: [[6.582, 51.689]] },
  { id: 'lackhausen', name: 'Lackhausen', stadtteil: 'obrighoven-lackhausen', seeds: [[6.647, 51.686]] },
  { id: 'obrighoven-wittenberg', name: 'Obrighoven/Wittenberg', stadtteil: 'obrighoven-lackhausen', seeds: [[6.653, 51.649, 'Obrighoven'], [6.684, 51.68, 'Wittenberg']] },
  { id: 'bislich', name: 'Bislich', stadtteil: 'bislich', seeds: [[6.49, 51.69, 'Bislich'], [6.522, 51.672, 'Bergerfurth'], [6.538, 51.71, 'Diersfordt']] },
  { id: 'buederich-ginderich', name: 'Büderich/Ginderich', stadtteil: 'buederich', seeds: [[6.575, 51.63, 'Büderich'], [6.53, 51.635, 'Ginderich'], [6.555, 51.65, 'Werrich/Perrich']] },
];

/**
 * Area names used by the first Sozialbericht (end of 2023) and the housing monitor → Sozialraum.
 * `partial`: the published area is only part of the Sozialraum, so its value is NOT used as the
 * Sozialraum's value (it goes into the note of a missing value instead).
 */
const REPORT_AREAS = {
  'Innenstadt inkl. Lippedorf': { id: 'innenstadt' },
  Innenstadt: { id: 'innenstadt' },
  'Innenstadt Nord': { id: 'innenstadt-nord' },
  Schepersfeld: { id: 'schepersfeld' },
  Feldmark: { id: 'feldmark' },
  Fusternberg: { id: 'fusternberg' },
  Blumenkamp: { id: 'blumenkamp' },
  Flüren: { id: 'flueren' },
  Lackhausen: { id: 'lackhausen' },
  'Obrighoven/Wittenberg': { id: 'obrighoven-wittenberg' },
  'Büderich/Ginderich': { id: 'buederich-ginderich' },
  Bislich: { id: 'bislich' },
  'Bislich/Diersfordt/Bergerfurth': { id: 'bislich', note: 'im Bericht: Bislich/Diersfordt/Bergerfurth (entspricht dem Stadtteil Bislich)' },
  Wittenberg: { id: 'obrighoven-wittenberg', partial: true },
  Ginderich: { id: 'buederich-ginderich', partial: true },
};
const CITY = 'Stadt Wesel';

export function buildWesel({ verbose = false } = {}) {
  const sources = new SourceList();
  const indicatorRows = readCsv('wesel_sozialraum_indikatoren.csv');
  const stadtteilRows = readCsv('wesel_bevoelkerung_stadtteile_2024.csv');
  const seriesRows = readCsv('wesel_bevoelkerung_zeitreihe.csv');
  const housingRows = readCsv('wesel_gefoerderter_wohnraum.csv');
  const staerkungspaktRows = readCsv('staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv');

  const { sozialraum, stadtteil } = buildAreaLevels(verbose);

  const indicators = [
    belastungsindex(indicatorRows, sources),
    arbeitslosenanteil(indicatorRows, sources),
    migrationshintergrund(indicatorRows, sources),
    bevoelkerung(stadtteilRows, seriesRows, sources),
    kinderarmutExample(),
  ];

  const housing = buildHousing(housingRows, { areaShareRows: indicatorRows, areaId: (name) => REPORT_AREAS[name]?.id });
  housingRows.forEach((r) => sources.page(r.source_url));
  indicatorRows.filter((r) => r.indikator === 'anteil_an_allen_oeffentlich_gefoerderten_we').forEach((r) => sources.page(r.source_url));

  const funding = buildWeselFunding(staerkungspaktRows, { ags: AGS });
  staerkungspaktRows.filter((r) => r.ags === AGS).forEach((r) => sources.page(r.source_url));
  sources.add({ title: 'Stadt Wesel: Sozialplanung (Stärkungspakt NRW – gemeinsam gegen Armut)', url: 'https://wesel.de/gesellschaft-bildung/sozialplanung' });
  sources.add({ title: ATTRIBUTION_GEOBASIS_NRW, url: 'https://www.govdata.de/dl-de/zero-2-0', license: 'dl-de/zero-2-0' });

  return {
    version: 1,
    meta: {
      title: 'Wesel: Sozialräume, Bevölkerung, geförderter Wohnraum und Förderprogramme',
      description:
        'Beispieldokument für quartier-widgets, zusammengestellt aus öffentlich zugänglichen Zahlen (Berichte der Stadt Wesel, wie sie die Presse zitiert, wesel.de, IT.NRW, Zensus 2022). ' +
        'Keine Veröffentlichung der Stadt Wesel. Die Grenzen der Sozialräume und Stadtteile sind schematisch (Voronoi-Zellen um geschätzte Ortsmitten, auf die amtliche Stadtgrenze zugeschnitten). ' +
        'Teile mit dem Kennzeichen „Beispieldaten“ sind erfunden.',
      publisher: 'quartier-widgets (zusammengestellt aus öffentlichen Quellen)',
      license: 'dl-de/by-2-0',
      licenseUrl: 'https://www.govdata.de/dl-de/by-2-0',
      sources: sources.toArray(),
      updated: '2024-12-31',
      municipality: { name: 'Wesel', ags: AGS, ars: '051700048048' },
    },
    areaLevels: [sozialraum, stadtteil],
    indicators,
    housing,
    funding,
  };
}

// ------------------------------------------------------------------------------------------ geometry

function buildAreaLevels(verbose) {
  const boundaryFc = readJson('wesel_stadtgrenze_dvg2.geojson');
  const cityFeature = boundaryFc.features.find((f) => f.properties.ags === AGS);
  if (!cityFeature) throw new Error(`wesel_stadtgrenze_dvg2.geojson: no feature with ags ${AGS}`);
  const boundary = toMultiPolygon(cityFeature.geometry);

  const seeds = SOZIALRAEUME.flatMap((s) => s.seeds.map(([lon, lat, label]) => ({ district: s.id, lon, lat, label: label ?? s.name })));
  for (const seed of seeds) if (!pointInMultiPolygon([seed.lon, seed.lat], boundary)) throw new Error(`seed ${seed.label} (${seed.district}) lies outside the city boundary`);

  const cells = voronoiDistricts(boundary, seeds);
  const source =
    'Schematisch, keine amtlichen Grenzen: Voronoi-Zellen um geschätzte Ortsmitten, zugeschnitten auf die Stadtgrenze aus DVG2 ' +
    '(Verwaltungsgrenzen: © Land NRW (2022), Geobasis NRW, dl-de/zero-2-0). Flächen weichen von den amtlichen ab.';

  const sozialraumFeatures = SOZIALRAEUME.map((s) => ({
    type: 'Feature',
    properties: { id: s.id, name: s.name, stadtteil: s.stadtteil },
    geometry: fromMultiPolygon(cleanMultiPolygon(cells.get(s.id))),
  }));

  const stadtteilFeatures = STADTTEILE.map((t) => {
    const parts = SOZIALRAEUME.filter((s) => s.stadtteil === t.id).map((s) => cells.get(s.id));
    if (parts.length === 0) throw new Error(`Stadtteil ${t.id} has no Sozialraum`);
    return { type: 'Feature', properties: { id: t.id, name: t.name }, geometry: fromMultiPolygon(cleanMultiPolygon(unionAll(parts))) };
  });

  if (verbose) {
    console.log(`  city boundary: ${areaKm2(boundary).toFixed(2)} km² (official 122.56)`);
    for (const f of [...sozialraumFeatures, ...stadtteilFeatures]) console.log(`  ${f.properties.id.padEnd(24)} ${areaKm2(toMultiPolygon(f.geometry)).toFixed(2)} km²`);
  }

  const level = (id, label, labelEn, features) => ({
    id,
    label,
    labelEn,
    geometry: { type: 'FeatureCollection', features },
    idProperty: 'id',
    nameProperty: 'name',
    schematic: true,
    source,
  });
  return {
    sozialraum: level('sozialraum', 'Sozialräume', 'Social areas', sozialraumFeatures),
    stadtteil: level('stadtteil', 'Stadtteile', 'Districts', stadtteilFeatures),
  };
}

// ------------------------------------------------------------------------------------------ indicators

const rowsOf = (rows, key) => rows.filter((r) => r.indikator === key);

/**
 * One value per Sozialraum from report rows: mapped where the published area matches the Sozialraum,
 * `missing` where nothing (or only a part) was published, `unreliable` for a published bound such as ">40".
 */
function sozialraumValues(rows, period, unit) {
  const byId = new Map();
  const partials = new Map();
  for (const r of rows) {
    if (r.raumeinheit === CITY) continue;
    const area = REPORT_AREAS[r.raumeinheit];
    if (!area) throw new Error(`wesel_sozialraum_indikatoren.csv: unknown area "${r.raumeinheit}" (add it to REPORT_AREAS)`);
    if (area.partial) partials.set(area.id, `nur für den Teilraum ${r.raumeinheit} veröffentlicht: ${deNumber(r.wert)} ${unit}`);
    else if (byId.has(area.id)) throw new Error(`two rows for Sozialraum ${area.id} (${r.indikator})`);
    else byId.set(area.id, { row: r, area });
  }
  return SOZIALRAEUME.map(({ id }) => {
    const hit = byId.get(id);
    if (!hit) {
      const note = partials.get(id) ?? 'nicht veröffentlicht';
      return { area: id, period, value: null, status: 'missing', note };
    }
    const notes = [hit.area.note, germanNote(hit.row.anmerkung)].filter(Boolean);
    const bound = /^([<>])\s*(\d+(?:\.\d+)?)$/.exec(hit.row.wert.trim());
    if (bound) {
      const text = `${bound[1] === '>' ? 'über' : 'unter'} ${deNumber(bound[2])} ${unit}`;
      return { area: id, period, value: null, status: 'unreliable', note: [text, ...notes].join('; ') };
    }
    const entry = { area: id, period, value: num(hit.row.wert, `(${hit.row.indikator}, ${hit.row.raumeinheit})`) };
    if (notes.length) entry.note = notes.join('; ');
    return entry;
  });
}

function cityRow(rows) {
  return rows.find((r) => r.raumeinheit === CITY);
}

/** The CSV notes are ASCII-only; these are the ones shown to readers, in proper German. */
function germanNote(text) {
  if (!text) return undefined;
  const known = {
    '1157 Arbeitslose': '1.157 Arbeitslose',
    '30 Arbeitslose': '30 Arbeitslose',
    'im Artikel: noerdlicher Innenstadtbereich': 'im Bericht: nördlicher Innenstadtbereich',
  };
  if (text in known) return known[text];
  return undefined; // other CSV notes are for the compiler, not for readers
}

const deNumber = (text) => String(text).replace('.', ',');

function belastungsindex(rows, sources) {
  const list = rowsOf(rows, 'sozialer_belastungsindex');
  if (list.length !== SOZIALRAEUME.length) throw new Error(`expected ${SOZIALRAEUME.length} index rows, found ${list.length}`);
  const url = sources.page(list[0].source_url);
  return {
    id: 'sozialer_belastungsindex',
    label: 'Sozialer Belastungsindex',
    labelEn: 'Social burden index',
    unit: 'Index',
    decimals: 2,
    polarity: 'negative',
    level: 'sozialraum',
    description:
      'Index aus den Anteilen der Empfängerinnen und Empfänger von Leistungen nach SGB II und Arbeitslosengeld I, der Ausländerinnen und Ausländer und der Alleinerziehenden je Einwohner. ' +
      'Höhere Werte bedeuten eine stärkere soziale Belastung. Berichtszeitraum 2007–2016.',
    source: `Kinder- und Familienbericht der Stadt Wesel (Universität Koblenz-Landau), zitiert nach Rheinische Post: ${url}`,
    values: sozialraumValues(list, '2016', ''),
    total: [],
    notes: [
      {
        period: '2016',
        text: 'Berichtszeitraum 2007–2016: der Index fasst den ganzen Zeitraum zusammen; er ist hier beim Jahr 2016 eingetragen.',
        textEn: 'Reporting period 2007–2016: the index summarises the whole period and is filed under 2016.',
      },
    ],
  };
}

function arbeitslosenanteil(rows, sources) {
  const list = rowsOf(rows, 'arbeitslose_anteil_erwerbsfaehige_bev');
  const city = cityRow(list);
  const official = cityRow(rowsOf(rows, 'arbeitslosenquote_amtlich'));
  const period = city.stand;
  const url = sources.page(city.source_url);
  return {
    id: 'arbeitslosenanteil',
    label: 'Arbeitslosenanteil',
    labelEn: 'Unemployment share',
    unit: '%',
    decimals: 1,
    polarity: 'negative',
    level: 'sozialraum',
    description:
      'Arbeitslose in Prozent der Bevölkerung im erwerbsfähigen Alter, städtische Berechnung im Ersten Sozialbericht der Stadt Wesel (Stand Ende 2023). ' +
      `Nicht die amtliche Arbeitslosenquote der Bundesagentur für Arbeit (Stadt Wesel ${deNumber(official.wert)} %). ` +
      'Der Bericht nennt Werte für eigene Gebiete, nicht für alle Sozialräume. Übernommen sind nur Werte, deren Gebiet dem Sozialraum im Wesentlichen entspricht ' +
      '(Innenstadt, nördlicher Innenstadtbereich, Feldmark, Schepersfeld, Lackhausen, Bislich/Diersfordt/Bergerfurth). ' +
      'Wittenberg und Ginderich sind nur Teile der Sozialräume Obrighoven/Wittenberg und Büderich/Ginderich; ihre Werte stehen dort in der Anmerkung, der Sozialraum bleibt ohne Wert.',
    source: `Erster Sozialbericht der Stadt Wesel, zitiert nach NRZ: ${url}`,
    values: sozialraumValues(list, period, '%'),
    total: [{ period, value: num(city.wert), note: '2.536 Arbeitslose; städtische Berechnung' }],
    notes: [
      {
        period,
        text: `Städtische Berechnung, nicht die amtliche Arbeitslosenquote (Stadt Wesel ${deNumber(official.wert)} %, Kreis Wesel 6,9 %, NRW 7,2 %).`,
        textEn: `The city's own computation, not the official unemployment rate (Wesel ${official.wert} %, Kreis Wesel 6.9 %, NRW 7.2 %).`,
      },
    ],
  };
}

function migrationshintergrund(rows, sources) {
  const list = rowsOf(rows, 'anteil_migrationshintergrund');
  const city = cityRow(list);
  const url = sources.page(city.source_url);
  const period = '2023'; // the CSV says "ca. 2023"
  return {
    id: 'migrationshintergrund',
    label: 'Bevölkerung mit Migrationshintergrund',
    labelEn: 'Population with a migration background',
    unit: '%',
    decimals: 1,
    polarity: 'neutral',
    level: 'sozialraum',
    description:
      'Anteil der Einwohnerinnen und Einwohner mit Migrationshintergrund, Erster Sozialbericht der Stadt Wesel. ' +
      'Für die Innenstadt nennt der Bericht nur „über 40 %“; für mehrere Sozialräume nennt der Bericht keinen Wert. Bislich: Wert für Bislich/Diersfordt/Bergerfurth.',
    source: `Erster Sozialbericht der Stadt Wesel, zitiert nach NRZ: ${url}`,
    values: sozialraumValues(list, period, '%'),
    total: [{ period, value: num(city.wert), note: 'knapp 17.000 Personen' }],
    notes: [{ period, text: 'Stand etwa 2023; der Bericht nennt keinen genauen Stichtag.', textEn: 'As of about 2023; the report gives no exact reference date.' }],
  };
}

function bevoelkerung(stadtteilRows, seriesRows, sources) {
  const values = STADTTEILE.map((t) => {
    const row = stadtteilRows.find((r) => r.ebene === 'stadtteil' && r.stadtteil_nr === t.nr);
    if (!row) throw new Error(`wesel_bevoelkerung_stadtteile_2024.csv: no Stadtteil ${t.nr}`);
    if (row.stadtteil !== t.name) throw new Error(`Stadtteil ${t.nr} is "${row.stadtteil}", expected "${t.name}"`);
    sources.page(row.source_url);
    return { area: t.id, period: row.stichtag, value: num(row.bevoelkerung) };
  });
  const cityRow2024 = stadtteilRows.find((r) => r.ebene === 'stadt');
  const sum = values.reduce((s, v) => s + v.value, 0);
  if (sum !== num(cityRow2024.bevoelkerung)) throw new Error(`Stadtteile sum to ${sum}, city total is ${cityRow2024.bevoelkerung}`);

  // City total over time. 1913 is left out (it would squeeze the axis); only reference dates are used.
  const total = seriesRows
    .filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.stichtag))
    .map((r) => {
      sources.page(r.source_url);
      const entry = { period: r.stichtag, value: num(r.bevoelkerung) };
      if (/abgeleitet/i.test(r.anmerkung)) Object.assign(entry, { status: 'estimated', note: 'abgeleitet: Stand 31.12.2021 minus Veränderung zum Vorjahr' });
      else entry.note = seriesNote(r.basis);
      return entry;
    });
  const at2024 = total.find((t) => t.period === cityRow2024.stichtag);
  if (!at2024 || at2024.value !== sum) throw new Error('population series and Stadtteil table disagree on 2024-12-31');

  return {
    id: 'bevoelkerung',
    label: 'Bevölkerung',
    labelEn: 'Population',
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    level: 'stadtteil',
    description:
      'Einwohnerinnen und Einwohner nach Stadtteilen am 31.12.2024 laut Melderegister der Stadt (Haupt- und Nebenwohnsitz). ' +
      'Die Reihe für die ganze Stadt mischt Quellen mit verschiedener Abgrenzung: Fortschreibung von IT.NRW auf Basis des Zensus 2011 (Hauptwohnsitz), Zensus 2022 und Melderegister; siehe Anmerkungen.',
    source: `Stadt Wesel, Bevölkerungszahlen: ${cleanUrl(cityRow2024.source_url)}; Zeitreihe: IT.NRW (zitiert nach NRZ und WAZ), Zensus 2022, Stadt Wesel`,
    values,
    total,
    notes: [
      ...ZENSUS_2022_SERIES_BREAKS,
      {
        period: '2024-12-31',
        text: 'Melderegister der Stadt, Haupt- und Nebenwohnsitz: andere Abgrenzung als IT.NRW (31.12.2023, nur Hauptwohnsitz: 61.277).',
        textEn: "The city's population register, main and secondary residences: defined differently from IT.NRW (31 Dec 2023, main residence only: 61,277).",
        seriesBreak: true,
      },
    ],
  };
}

function seriesNote(basis) {
  if (/^Zensus 2022/.test(basis)) return 'Zensus 2022';
  if (/Melderegister/.test(basis)) return 'Melderegister, Haupt- und Nebenwohnsitz';
  if (/IT\.NRW/.test(basis)) return 'IT.NRW, Basis Zensus 2011';
  return undefined;
}

/**
 * ILLUSTRATIVE: child poverty (SGB II rate of under-15s) per Sozialraum, 2016–2023. Invented to demonstrate
 * the trend widget; levels follow the ranking of the real social-burden index and 2023 unemployment shares.
 * Bislich 2016/2017 suppressed (small numbers), Büderich/Ginderich 2019 missing, all 2023 values provisional.
 */
function kinderarmutExample() {
  const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  // Common course relative to 2023: slow decline to 2019, pandemic bump, rise from mid-2022
  // (refugees from Ukraine move into SGB II in June 2022).
  const course = { 2016: 1.04, 2017: 1.02, 2018: 0.98, 2019: 0.94, 2020: 0.96, 2021: 0.95, 2022: 0.97, 2023: 1 };
  // [value 2023, relative drift per year: > 0 = worsening faster than the city]
  const base = {
    innenstadt: [36.8, 0.008],
    'innenstadt-nord': [24.1, 0.004],
    feldmark: [22.3, -0.005],
    schepersfeld: [26.5, 0.012],
    fusternberg: [20.9, 0],
    blumenkamp: [8.2, 0.006],
    flueren: [8.9, -0.01],
    lackhausen: [6.9, 0],
    'obrighoven-wittenberg': [7.4, -0.004],
    bislich: [4.1, -0.02],
    'buederich-ginderich': [8, -0.006],
  };
  const at = ([v2023, drift], year) => Math.round(v2023 * course[year] * (1 - drift * (2023 - year)) * 10) / 10;
  const values = [];
  for (const { id } of SOZIALRAEUME) {
    for (const year of years) {
      const period = String(year);
      if (id === 'bislich' && year <= 2017) values.push({ area: id, period, value: null, status: 'suppressed', note: 'Geheimhaltung: kleine Fallzahl' });
      else if (id === 'buederich-ginderich' && year === 2019) values.push({ area: id, period, value: null, status: 'missing', note: 'keine Angabe' });
      else if (year === 2023) values.push({ area: id, period, value: at(base[id], year), status: 'provisional' });
      else values.push({ area: id, period, value: at(base[id], year) });
    }
  }
  const total = years.map((year) => {
    const value = at([18.7, 0.003], year);
    return year === 2023 ? { period: String(year), value, status: 'provisional' } : { period: String(year), value };
  });
  return {
    id: 'kinderarmut',
    label: 'Kinderarmut (SGB-II-Quote unter 15 Jahren)',
    labelEn: 'Child poverty (SGB II rate, under 15)',
    unit: '%',
    decimals: 1,
    polarity: 'negative',
    level: 'sozialraum',
    description:
      'BEISPIELDATEN: erfundene, plausible Werte, um eine Zeitreihe zu zeigen. Keine veröffentlichten Zahlen. ' +
      'Gemeint wäre: Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II in Prozent aller Kinder unter 15 Jahren. ' +
      'Die Rangfolge der Sozialräume folgt dem Sozialen Belastungsindex und dem Arbeitslosenanteil 2023.',
    source: 'Beispieldaten (erfunden) für quartier-widgets',
    target: 15,
    example: true,
    values,
    total,
    notes: [
      {
        period: '2022',
        text: 'Seit Juni 2022 erhalten Geflüchtete aus der Ukraine Leistungen nach dem SGB II; das hebt die Quote.',
        textEn: 'Since June 2022 refugees from Ukraine receive SGB II benefits, which raises the rate.',
      },
      { period: '2023', text: 'Vorläufige Werte.', textEn: 'Provisional figures.' },
    ],
  };
}
