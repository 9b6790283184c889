/**
 * demo/data/kreis-wesel.json: the 13 municipalities of Kreis Wesel with their official boundaries (DVG2),
 * population at four reference dates and the Stärkungspakt NRW allocation of 2023. All figures are real.
 * A Kreis document (contract 1.1): the publishing body is the Kreis (key 05170), so widgets call
 * the whole "Kreis Wesel", not "Gesamtstadt".
 */
import { readCsv, readJson, num, SourceList, ATTRIBUTION_GEOBASIS_NRW, ZENSUS_2022_SERIES_BREAKS, cleanUrl } from './io.mjs';
import { toMultiPolygon, fromMultiPolygon, cleanMultiPolygon } from './geometry.mjs';
import { buildKreisFunding } from './funding.mjs';

const KREIS_AGS = '05170';
const DATES = ['2020-12-31', '2021-12-31', '2022-05-15', '2022-06-30'];
const ZENSUS_DATE = '2022-05-15';
/** Kreis totals printed in the articles (SOURCES.md cross-checks); the build fails if the sums differ. */
const PUBLISHED_TOTALS = { '2021-12-31': 460433, '2022-05-15': 453093, '2022-06-30': 463871 };

export function buildKreisWesel() {
  const sources = new SourceList();
  const populationRows = readCsv('kreis_wesel_gemeinden_bevoelkerung.csv');
  const staerkungspaktRows = readCsv('staerkungspakt_nrw_gegen_armut_kreis_wesel_2023.csv');

  const gemeinde = gemeindeLevel();
  const agsList = gemeinde.geometry.features.map((f) => f.properties.ags);

  const population = bevoelkerung(populationRows, agsList, sources);
  const perInhabitant = staerkungspaktJeEinwohner(staerkungspaktRows, populationRows, agsList, sources);
  const funding = buildKreisFunding(staerkungspaktRows);
  const unknownArea = funding.programmes.flatMap((p) => p.projects).find((p) => p.area && !agsList.includes(p.area));
  if (unknownArea) throw new Error(`funding project ${unknownArea.name}: unknown AGS ${unknownArea.area}`);

  sources.add({ title: ATTRIBUTION_GEOBASIS_NRW, url: 'https://www.govdata.de/dl-de/zero-2-0', license: 'dl-de/zero-2-0' });

  return {
    version: 1,
    meta: {
      title: 'Kreis Wesel: Bevölkerung und Stärkungspakt NRW – gemeinsam gegen Armut',
      description:
        'Beispieldokument für quartier-widgets, zusammengestellt aus öffentlich zugänglichen Zahlen (IT.NRW und Zensus 2022, wie sie die Presse zitiert; Radio KW). ' +
        'Keine Veröffentlichung des Kreises Wesel. Gemeindegrenzen: DVG2 (amtlich, generalisiert).',
      publisher: 'quartier-widgets (zusammengestellt aus öffentlichen Quellen)',
      license: 'dl-de/by-2-0',
      licenseUrl: 'https://www.govdata.de/dl-de/by-2-0',
      sources: sources.toArray(),
      updated: '2023-12-31',
      // The body the document speaks for; `publisher` above says honestly who compiled it.
      municipality: { name: 'Kreis Wesel', ags: KREIS_AGS },
    },
    areaLevels: [gemeinde],
    indicators: [population, perInhabitant],
    funding,
  };
}

function gemeindeLevel() {
  const fc = readJson('kreis_wesel_gemeinden_dvg2.geojson');
  const features = fc.features
    .filter((f) => String(f.properties.ags).startsWith(KREIS_AGS))
    .sort((a, b) => a.properties.ags.localeCompare(b.properties.ags))
    .map((f) => ({
      type: 'Feature',
      properties: { ags: f.properties.ags, name: f.properties.name },
      geometry: fromMultiPolygon(cleanMultiPolygon(toMultiPolygon(f.geometry), 5)),
    }));
  if (features.length !== 13) throw new Error(`expected 13 municipalities, found ${features.length}`);
  return {
    id: 'gemeinde',
    label: 'Städte und Gemeinden',
    labelEn: 'Municipalities',
    geometry: { type: 'FeatureCollection', features },
    idProperty: 'ags',
    nameProperty: 'name',
    schematic: false,
    source: 'Digitale Verwaltungsgrenzen NRW (DVG2), Stand 08.03.2022. Verwaltungsgrenzen: © Land NRW (2022), Geobasis NRW, dl-de/zero-2-0 (www.govdata.de/dl-de/zero-2-0)',
  };
}

function bevoelkerung(rows, agsList, sources) {
  const values = [];
  for (const ags of agsList) {
    for (const date of DATES) {
      const row = rows.find((r) => r.ags === ags && r.stichtag === date);
      if (!row) throw new Error(`kreis_wesel_gemeinden_bevoelkerung.csv: no row for ${ags} ${date}`);
      sources.page(row.source_url);
      const entry = { area: ags, period: date, value: num(row.bevoelkerung) };
      if (/abgeleitet/i.test(row.anmerkung)) Object.assign(entry, { status: 'estimated', note: 'abgeleitet: Stand 31.12.2021 minus Veränderung zum Vorjahr' });
      values.push(entry);
    }
  }
  const total = DATES.map((date) => {
    const sum = values.filter((v) => v.period === date).reduce((s, v) => s + v.value, 0);
    if (PUBLISHED_TOTALS[date] !== undefined && PUBLISHED_TOTALS[date] !== sum) throw new Error(`Kreis total ${date}: sum ${sum}, published ${PUBLISHED_TOTALS[date]}`);
    const derived = values.some((v) => v.period === date && v.status === 'estimated');
    return derived
      ? { period: date, value: sum, status: 'estimated', note: 'Summe der abgeleiteten Gemeindewerte' }
      : { period: date, value: sum, note: 'Summe der 13 Städte und Gemeinden' };
  });
  return {
    id: 'bevoelkerung',
    label: 'Bevölkerung',
    labelEn: 'Population',
    unit: 'Personen',
    decimals: 0,
    polarity: 'neutral',
    level: 'gemeinde',
    description:
      'Einwohnerinnen und Einwohner der 13 Städte und Gemeinden. 31.12.2020, 31.12.2021 und 30.06.2022: Fortschreibung von IT.NRW auf Basis des Zensus 2011 (Hauptwohnsitz); ' +
      '15.05.2022: Zensus 2022. Die Werte zum 31.12.2020 sind abgeleitet (Stand 2021 minus Veränderung zum Vorjahr).',
    source: 'IT.NRW, zitiert nach NRZ; Zensus 2022 (Statistische Ämter des Bundes und der Länder, Tabelle 1000A-0000, dl-de/by-2-0)',
    values,
    total,
    notes: [
      ...ZENSUS_2022_SERIES_BREAKS,
    ],
  };
}

function staerkungspaktJeEinwohner(allocationRows, populationRows, agsList, sources) {
  const zensus = (ags) => {
    const row = populationRows.find((r) => r.ags === ags && r.stichtag === ZENSUS_DATE);
    if (!row) throw new Error(`no Zensus population for ${ags}`);
    return num(row.bevoelkerung);
  };
  const round2 = (x) => Math.round(x * 100) / 100;
  const values = agsList.map((ags) => {
    const row = allocationRows.find((r) => r.ags === ags);
    if (!row) throw new Error(`staerkungspakt CSV: no allocation for ${ags}`);
    sources.page(row.source_url);
    return { area: ags, period: row.jahr, value: round2(num(row.zuweisung_eur) / zensus(ags)) };
  });
  const municipal = allocationRows.filter((r) => r.ags.length === 8).reduce((s, r) => s + num(r.zuweisung_eur), 0);
  const kreisAdmin = allocationRows.find((r) => r.ags === KREIS_AGS);
  const population = agsList.reduce((s, ags) => s + zensus(ags), 0);
  const url = cleanUrl(allocationRows[0].source_url);
  return {
    id: 'staerkungspakt_je_einwohner',
    label: 'Stärkungspakt NRW 2023 je Einwohner',
    labelEn: 'Stärkungspakt NRW 2023 per inhabitant',
    unit: '€ je Einwohner',
    decimals: 2,
    polarity: 'neutral',
    level: 'gemeinde',
    description:
      'Zuweisung aus dem Stärkungspakt NRW – gemeinsam gegen Armut (2023) an die Stadt bzw. Gemeinde, geteilt durch die Einwohnerzahl nach dem Zensus 2022 (15.05.2022). ' +
      `Die Zuweisung an die Kreisverwaltung (${num(kreisAdmin.zuweisung_eur).toLocaleString('de-DE')} €) ist nicht enthalten.`,
    source: `Zuweisungen: Radio KW, ${url}; Einwohner: Zensus 2022 (Statistische Ämter des Bundes und der Länder, dl-de/by-2-0); eigene Berechnung`,
    values,
    total: [
      {
        period: values[0].period,
        value: round2(municipal / population),
        note: `${municipal.toLocaleString('de-DE')} € an die 13 Städte und Gemeinden je Einwohner des Kreises; ohne Kreisverwaltung`,
      },
    ],
    notes: [],
  };
}
