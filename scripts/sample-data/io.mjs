/**
 * Reading the input files in data/sources/ and naming their sources.
 * Nothing here reaches outside the repository's data/sources/ folder.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

export const SOURCES_DIR = fileURLToPath(new URL('../../data/sources/', import.meta.url));

/** Rows of a comma-separated file in data/sources/ (header line → object keys, all values strings). */
export function readCsv(name) {
  return csvParse(readFileSync(SOURCES_DIR + name, 'utf8'));
}

export function readJson(name) {
  return JSON.parse(readFileSync(SOURCES_DIR + name, 'utf8'));
}

/** A number from a CSV cell; throws on anything else so a changed input cannot slip through as NaN. */
export function num(text, where = '') {
  const value = Number(String(text).trim());
  if (String(text).trim() === '' || !Number.isFinite(value)) throw new Error(`not a number: ${JSON.stringify(text)} ${where}`);
  return value;
}

export const ATTRIBUTION_GEOBASIS_NRW =
  'Verwaltungsgrenzen: © Land NRW (2022), Geobasis NRW, dl-de/zero-2-0 (www.govdata.de/dl-de/zero-2-0)';
/** The two breaks in every NRW population series of 2022: the census count, then back to the old update. */
export const ZENSUS_2022_SERIES_BREAKS = [
  {
    period: '2022-05-15',
    text: 'Zensus 2022 (Stichtag 15.05.2022): neue Zählung, nicht vergleichbar mit der Fortschreibung auf Basis des Zensus 2011.',
    textEn: 'Census 2022 (15 May 2022): a new count, not comparable with the update based on the 2011 census.',
    seriesBreak: true,
  },
  {
    period: '2022-06-30',
    text: 'Wieder Fortschreibung von IT.NRW auf Basis des Zensus 2011 (Zensus 2022 noch nicht eingearbeitet).',
    textEn: 'Back to the IT.NRW update based on the 2011 census (Census 2022 not yet included).',
    seriesBreak: true,
  },
];

export const ATTRIBUTION_ZENSUS_2022 = 'Zensus 2022: Statistische Ämter des Bundes und der Länder, dl-de/by-2-0';

/**
 * Titles of the pages the CSVs cite in their source_url column. The build fails on a URL missing here,
 * so every source a document uses ends up named in its meta.sources.
 */
const PAGE_TITLES = {
  'https://wesel.de/politik-verwaltung/stadtverwaltung/statistik/bevoelkerungszahlen': 'Stadt Wesel: Bevölkerungszahlen (Statistik)',
  'https://rp-online.de/nrw/staedte/wesel/neuer-bericht-zeigt-soziale-probleme-in-weseler-innenstadt-auf_aid-19378287':
    'Rheinische Post: Neuer Bericht zeigt soziale Probleme in Weseler Innenstadt auf (Kinder- und Familienbericht der Stadt Wesel)',
  'https://app-webview.sparknews.funkemedien.de/nrw-nrz/lokales/wesel-hamminkeln-schermbeck/article407839320/wesel-in-einem-stadtteil-lebt-fast-die-haelfte-der-arbeitslosen.html?paid=true':
    'NRZ: Wesel – in einem Stadtteil lebt fast die Hälfte der Arbeitslosen (Erster Sozialbericht der Stadt Wesel)',
  'https://app-webview.sparknews.funkemedien.de/nrw-nrz/lokales/wesel-hamminkeln-schermbeck/article407837939/migration-in-wesel-das-sind-die-zehn-haeufigsten-nationen.html?paid=true':
    'NRZ: Migration in Wesel – das sind die zehn häufigsten Nationen (Erster Sozialbericht der Stadt Wesel)',
  'https://app-webview.sparknews.funkemedien.de/nrw-nrz/staedte/wesel-hamminkeln-schermbeck/article233375467/Bericht-zeigt-Wesel-hat-Nachholbedarf-bei-guenstigem-Wohnen.html?paid=true':
    'NRZ: Bericht zeigt – Wesel hat Nachholbedarf bei günstigem Wohnen (Monitoring öffentlich geförderter Wohnraum 2021)',
  'https://rp-online.de/nrw/staedte/wesel/sozialwohnungen-in-wesel-dringend-benoetigt_aid-22795521':
    'Rheinische Post: Sozialwohnungen in Wesel dringend benötigt (Angaben der Stadt, Mai 2018)',
  'http://www.derwesten.de/staedte/nachrichten-aus-wesel-hamminkeln-und-schermbeck/die-weseler-werden-weniger-id10233272.html':
    'WAZ: Die Weseler werden weniger (5. Statistischer Bericht der Stadt Wesel)',
  'https://app-webview.sparknews.funkemedien.de/nrw-nrz/lokales/wesel-hamminkeln-schermbeck/article402228093/einwohner-kreis-wesel-welche-stadt-am-meisten-verloren-hat.html':
    'NRZ: Einwohner Kreis Wesel – welche Stadt am meisten verloren hat (IT.NRW-Zahlen 31.12.2021)',
  'https://app-webview.sparknews.funkemedien.de/nrw-nrz/staedte/kreis-wesel/article236527211/Mehr-Menschen-im-Kreis-Wesel-Wo-es-den-groessten-Anstieg-gibt.html':
    'NRZ: Mehr Menschen im Kreis Wesel – wo es den größten Anstieg gibt (IT.NRW-Zahlen 30.06.2022)',
  'https://www.radiokw.de/artikel/kreis-wesel-drei-millionen-euro-vom-land-1551076.html':
    'Radio KW: Kreis Wesel – drei Millionen Euro vom Land (Stärkungspakt NRW – gemeinsam gegen Armut)',
  'https://ergebnisse.zensus2022.de/datenbank/online/statistic/1000A/table/1000A-0000':
    'Zensus 2022, Tabelle 1000A-0000 (über github.com/hdigital/data-snippets): Statistische Ämter des Bundes und der Länder',
};

const PAGE_LICENSES = {
  'https://ergebnisse.zensus2022.de/datenbank/online/statistic/1000A/table/1000A-0000': 'dl-de/by-2-0',
};

/** The URL of a source_url cell (some cells append a note in parentheses after the URL). */
export function cleanUrl(cell) {
  return String(cell).trim().split(/\s+/)[0];
}

/** A meta.sources entry for a URL cited in a CSV. */
export function pageSource(cell) {
  const url = cleanUrl(cell);
  const title = PAGE_TITLES[url];
  if (!title) throw new Error(`no title for source URL ${url}: add it to PAGE_TITLES in scripts/sample-data/io.mjs`);
  return PAGE_LICENSES[url] ? { title, url, license: PAGE_LICENSES[url] } : { title, url };
}

/** Collects meta.sources entries, once per URL (or title), in the order first used. */
export class SourceList {
  #items = new Map();
  add(entry) {
    const key = entry.url ?? entry.title;
    if (!this.#items.has(key)) this.#items.set(key, entry);
    return entry;
  }
  /** Adds the page cited in a CSV cell and returns its URL. */
  page(cell) {
    return this.add(pageSource(cell)).url;
  }
  toArray() {
    return [...this.#items.values()];
  }
}
