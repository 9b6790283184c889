/**
 * What every downloaded file says about itself: title, what is shown, sources, licence with the
 * attribution its terms require, "Stand", the "Beispieldaten" mark, the meaning of the status
 * words used, and the page's address. Pure: the widgets hand in what they show, the CSV/XLSX
 * writers and the image caption read the same entries.
 */
import type { Source } from '../contract/schema.ts';
import { formatPeriod, statusText } from './format.ts';
import { t, type Lang } from './i18n.ts';
import { licenseInfo } from './licenses.ts';

export interface ExportAttribution {
  readonly sources: readonly Source[];
  readonly license?: string | undefined;
  readonly licenseUrl?: string | undefined;
  readonly updated?: string | undefined;
}

export interface ExportMetaInput {
  readonly lang: Lang;
  /** The title shown: the editor's `heading` or the widget's own. */
  readonly title: string;
  /** What is shown, already in words: `[label, value]`, e.g. `['Indikator', 'Arbeitslosenanteil']`. */
  readonly shown: readonly (readonly [string, string])[];
  readonly attribution: ExportAttribution;
  /** The document's publisher (`meta.publisher`): the name a "Namensnennung" licence requires. */
  readonly publisher?: string | undefined;
  /** Whether any shown value is illustrative (`example: true`). */
  readonly example: boolean;
  /** The status codes (`suppressed`, `provisional`, …) of the shown values. */
  readonly statuses?: Iterable<string>;
  /** The page's address (`location.href`); left out for `about:` and `blob:` pages. */
  readonly address?: string | undefined;
}

export type ExportMetaKey = 'title' | 'shown' | 'sources' | 'license' | 'attribution' | 'updated' | 'example' | 'status' | 'address';

export interface ExportMetaEntry {
  readonly key: ExportMetaKey;
  readonly label: string;
  readonly value: string;
}

export interface ExportMeta {
  readonly lang: Lang;
  readonly title: string;
  readonly entries: readonly ExportMetaEntry[];
}

const TEXTS = {
  de: {
    title: 'Titel',
    attribution: 'Namensnennung',
    address: 'Seite',
    status: 'Zeichen',
    exampleValue: 'Beispieldaten: Die Zahlen sind zur Veranschaulichung erfunden und keine amtlichen Werte.',
    'status.suppressed': 'geheim gehalten: der Wert wird zum Schutz Einzelner nicht veröffentlicht',
    'status.missing': 'keine Angabe: es liegt kein Wert vor',
    'status.pending': 'Angabe folgt: der Wert liegt noch nicht vor',
    'status.not-applicable': 'nicht sinnvoll: eine Angabe wäre hier nicht sinnvoll',
    'status.unreliable': 'nicht sicher genug: der Wert ist statistisch nicht sicher genug',
    'status.provisional': 'vorläufig: der Wert kann sich noch ändern',
    'status.revised': 'berichtigt: der Wert wurde nachträglich korrigiert',
    'status.estimated': 'geschätzt: der Wert ist eine Schätzung',
  },
  en: {
    title: 'Title',
    attribution: 'Attribution',
    address: 'Page',
    status: 'Symbol',
    exampleValue: 'Example data: the figures are made up for illustration and are not official values.',
    'status.suppressed': 'confidential: the value is withheld to protect individuals',
    'status.missing': 'no data: there is no value',
    'status.pending': 'to follow: the value is not available yet',
    'status.not-applicable': 'not applicable: a value would make no sense here',
    'status.unreliable': 'not reliable enough: the value is statistically not reliable enough',
    'status.provisional': 'provisional: the value may still change',
    'status.revised': 'revised: the value was corrected later',
    'status.estimated': 'estimated: the value is an estimate',
  },
} as const;

const SHOWN = {
  de: { indicator: 'Indikator', period: 'Zeitraum', level: 'Gebietsebene', area: 'Gebiet', areas: 'Gebiete', programme: 'Förderprogramm', horizon: 'Vorausschau', unit: 'Einheit' },
  en: { indicator: 'Indicator', period: 'Period', level: 'Area level', area: 'Area', areas: 'Areas', programme: 'Funding programme', horizon: 'Outlook', unit: 'Unit' },
} as const;

/** The label of a "what is shown" line: `Indikator`, `Zeitraum`, `Gebietsebene`, … */
export function shownLabel(lang: Lang, key: keyof (typeof SHOWN)['de']): string {
  return SHOWN[lang][key];
}

type StatusKey = Extract<keyof (typeof TEXTS)['de'], `status.${string}`>;
export const KNOWN_STATUSES = Object.keys(TEXTS.de)
  .filter((k) => k.startsWith('status.'))
  .map((k) => k.slice('status.'.length));

const titleOf = (source: Source) => (typeof source === 'string' ? source : source.url ? `${source.title} (${source.url})` : source.title);

/** A licence whose terms require naming the provider: "by" in its id (dl-de/by-2-0, cc-by-4.0). */
export function requiresAttribution(license: string): boolean {
  return /(^|[-/])by([-/]|$)/i.test(license);
}

/** The page's address, unless it is none a reader could open again (`about:blank`, `blob:`, `data:`). */
export function pageAddress(href: string | undefined): string | undefined {
  if (!href || /^(about|blob|data|javascript):/i.test(href)) return undefined;
  return href;
}

/**
 * The status codes whose words appear in `cells` (what the table shows): a cell "geheim gehalten"
 * or "12,3 (vorläufig)" counts. Widgets that know their statuses hand them in directly.
 */
export function statusesIn(lang: Lang, cells: Iterable<unknown>): string[] {
  const words = KNOWN_STATUSES.map((code) => [code, statusText(lang, code)] as const);
  const found = new Set<string>();
  for (const cell of cells) {
    if (typeof cell !== 'string' || !cell) continue;
    for (const [code, word] of words) if (cell === word || cell.endsWith(`(${word})`)) found.add(code);
  }
  return KNOWN_STATUSES.filter((code) => found.has(code));
}

export function exportMeta(input: ExportMetaInput): ExportMeta {
  const { lang, title, attribution, publisher, example } = input;
  const own = TEXTS[lang];
  const entries: ExportMetaEntry[] = [{ key: 'title', label: own.title, value: title }];
  for (const [label, value] of input.shown) if (value) entries.push({ key: 'shown', label, value });
  const sources = attribution.sources.map(titleOf).filter(Boolean);
  if (sources.length) entries.push({ key: 'sources', label: t(lang, sources.length > 1 ? 'sources' : 'source'), value: sources.join('; ') });
  if (attribution.license) {
    const info = licenseInfo(attribution.license, attribution.licenseUrl);
    const licence = info.url ? `${info.name}, ${info.url}` : info.name;
    entries.push({ key: 'license', label: t(lang, 'license'), value: licence });
    // dl-de/by-2-0 and CC BY ask for the provider's name, the licence with its link, and a reference to the data.
    if (requiresAttribution(attribution.license)) {
      const provider = publisher?.trim() || attribution.sources.map((s) => (typeof s === 'string' ? s : s.title)).join('; ');
      const year = attribution.updated ? ` (${attribution.updated.slice(0, 4)})` : '';
      if (provider) entries.push({ key: 'attribution', label: own.attribution, value: `${provider}${year}, ${licence}` });
    }
  }
  if (attribution.updated) entries.push({ key: 'updated', label: t(lang, 'updated'), value: formatPeriod(lang, attribution.updated) });
  if (example) entries.push({ key: 'example', label: t(lang, 'example'), value: own.exampleValue });
  const statuses = new Set(input.statuses ?? []);
  for (const code of KNOWN_STATUSES) if (statuses.has(code)) entries.push({ key: 'status', label: own.status, value: own[`status.${code}` as StatusKey] });
  const address = pageAddress(input.address);
  if (address) entries.push({ key: 'address', label: own.address, value: address });
  return { lang, title, entries };
}

/** `[label, value]` rows for a spreadsheet: the title first, then everything else. */
export function metaRows(meta: ExportMeta): [string, string][] {
  return meta.entries.map((e) => [e.label, e.value]);
}

/**
 * The caption of an image: the title and what is shown above the chart; sources, licence,
 * "Stand", the mark, the status words and the address below it.
 */
export function captionLines(meta: ExportMeta): { above: string[]; below: string[] } {
  const above = [meta.title, meta.entries.filter((e) => e.key === 'shown').map((e) => `${e.label}: ${e.value}`).join(' · ')].filter(Boolean);
  const below = meta.entries.filter((e) => e.key !== 'title' && e.key !== 'shown').map((e) => (e.key === 'example' ? e.value : `${e.label}: ${e.value}`));
  return { above, below };
}
