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

/**
 * A widget's own texts. The German ones come with the widget; the English ones are a module of
 * their own, loaded only where a widget shows English, so that German pages (nearly all of them)
 * do not download them.
 */
export interface WidgetTexts<K extends string> {
  readonly de: Record<K, string>;
  readonly en: () => Promise<{ readonly en: Record<K, string> }>;
}

/** What `QwElement` needs of a widget's texts: load a language, and know whether it is there. */
export interface TextLoader {
  /**
   * Resolves once the texts of `lang` are there: at once for German, after the English module
   * arrived for English (loaded once per page). `QwElement` awaits it with the data.
   */
  load(lang: Lang): Promise<void>;
  /** Whether the texts of `lang` are there, so that a widget can show that language now. */
  has(lang: Lang): boolean;
}

export interface Translate<K extends string> extends TextLoader {
  (lang: Lang, key: SharedKey | K, params?: Params): string;
}

/** A translate function over the shared catalogue and a widget's own. */
export function translator<K extends string>(own?: WidgetTexts<K>): Translate<K> {
  let english: Record<K, string> | undefined;
  let englishLoading: Promise<void> | undefined;
  let warned = false;
  const ownText = (lang: Lang, key: string): string | undefined => {
    if (!own) return undefined;
    if (lang === 'en') {
      if (english) return (english as Record<string, string>)[key];
      if (!warned && key in own.de) {
        warned = true;
        console.warn(`quartier-widgets: English text "${key}" asked for before the English texts were loaded (translator.load('en')); German shown instead`);
      }
    }
    return (own.de as Record<string, string>)[key];
  };
  const translate = (lang: Lang, key: SharedKey | K, params?: Params): string => {
    const text = ownText(lang, key) ?? (shared[lang] as Record<string, string>)[key] ?? (errorCatalogue?.[lang] as Record<string, string> | undefined)?.[key] ?? key;
    return interpolate(text, params);
  };
  translate.has = (lang: Lang): boolean => lang !== 'en' || !own || english !== undefined;
  translate.load = (lang: Lang): Promise<void> => {
    if (!own || translate.has(lang)) return Promise.resolve();
    return (englishLoading ??= own.en().then(
      (module) => {
        english = module.en;
      },
      (error: unknown) => {
        // A failed chunk request is asked again next time.
        englishLoading = undefined;
        throw error;
      },
    ));
  };
  return translate;
}

export const t = translator();

export function normalizeLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The English text when the language is English and there is one, else the German. */
export function localized<T>(lang: Lang, de: T, en: T | undefined | null): T {
  return lang === 'en' && en !== undefined && en !== null && en !== '' ? en : de;
}
