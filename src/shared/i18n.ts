/** Text catalogues. German first; every key exists in both languages (the type enforces it). */
import type { Lang } from '../contract/messages.ts';
import type { errorTexts } from './error-path.ts';

export type { Lang };
export type Params = Record<string, string | number>;
export type Catalogue<K extends string> = Record<Lang, Record<K, string>>;

const shared = {
  de: {
    loading: 'Daten werden geladen …',
    empty: 'Für diese Auswahl liegen keine Daten vor.',
    example: 'Beispieldaten',
    exampleHint: 'Die Zahlen sind zur Veranschaulichung erfunden und keine amtlichen Werte.',
    source: 'Quelle',
    sources: 'Quellen',
    sourcesCount: 'Quellen ({count})',
    license: 'Lizenz',
    updated: 'Stand',
    showTable: 'Daten als Tabelle',
    downloadCsv: 'CSV herunterladen',
    downloadPng: 'PNG herunterladen',
    downloadSvg: 'SVG herunterladen',
    sortAscending: 'aufsteigend sortiert',
    sortDescending: 'absteigend sortiert',
    sortBy: 'Sortieren nach {column}',
    noValue: 'keine Angabe',
    suppressed: 'geheim',
    'status.suppressed': 'geheim gehalten',
    'status.missing': 'keine Angabe',
    'status.pending': 'Angabe folgt',
    'status.not-applicable': 'nicht sinnvoll',
    'status.unreliable': 'nicht sicher genug',
    'status.provisional': 'vorläufig',
    'status.revised': 'berichtigt',
    'status.estimated': 'geschätzt',
    schematic: 'Schematische Gebietsgrenzen',
  },
  en: {
    loading: 'Loading data …',
    empty: 'There is no data for this selection.',
    example: 'Example data',
    exampleHint: 'The figures are made up for illustration and are not official values.',
    source: 'Source',
    sources: 'Sources',
    sourcesCount: 'Sources ({count})',
    license: 'Licence',
    updated: 'As of',
    showTable: 'Data as a table',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    sortBy: 'Sort by {column}',
    noValue: 'no data',
    suppressed: 'confidential',
    'status.suppressed': 'confidential',
    'status.missing': 'no data',
    'status.pending': 'to follow',
    'status.not-applicable': 'not applicable',
    'status.unreliable': 'not reliable enough',
    'status.provisional': 'provisional',
    'status.revised': 'revised',
    'status.estimated': 'estimated',
    schematic: 'Schematic area boundaries',
  },
} satisfies Catalogue<string>;

type ErrorKey = keyof typeof errorTexts.de;
export type SharedKey = keyof typeof shared.de | ErrorKey;
// Both languages must have the same keys: a missing English text is a type error here.
const _enHasAllKeys: Record<keyof typeof shared.de, string> = shared.en;
void _enHasAllKeys;

/**
 * The error texts load with the data, not before the loading state: `QwElement` awaits
 * `loadErrorPath()` before it sets a document or a failure, so every text of a failure or a
 * configuration check is there when it is asked for.
 */
let errorCatalogue: Catalogue<ErrorKey> | undefined;
let errorPath: Promise<typeof import('./error-path.ts')> | undefined;
export function loadErrorPath(): Promise<typeof import('./error-path.ts')> {
  return (errorPath ??= import('./error-path.ts').then(
    (module) => {
      errorCatalogue = module.errorTexts;
      return module;
    },
    (error: unknown) => {
      // A failed chunk request is asked again next time.
      errorPath = undefined;
      throw error;
    },
  ));
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translate function over the shared catalogue and a widget's own. */
export function translator<K extends string>(own?: Catalogue<K>) {
  return (lang: Lang, key: SharedKey | K, params?: Params): string => {
    const text = (own?.[lang] as Record<string, string> | undefined)?.[key] ?? (shared[lang] as Record<string, string>)[key] ?? (errorCatalogue?.[lang] as Record<string, string> | undefined)?.[key] ?? key;
    return interpolate(text, params);
  };
}

export const t = translator();

export function normalizeLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The English text when the language is English and there is one, else the German. */
export function localized<T>(lang: Lang, de: T, en: T | undefined | null): T {
  return lang === 'en' && en !== undefined && en !== null && en !== '' ? en : de;
}
