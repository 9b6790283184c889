/**
 * The publishing body of a document (`meta.municipality`, contract 1.1) and the name of its whole:
 * what widgets call the total of all areas. A Kreis's total is not a "Gesamtstadt".
 */
import type { Lang } from './messages.ts';

/** Land, Regierungsbezirk, Kreis or Gemeinde, following the official key's length. */
export type BodyKind = 'land' | 'regierungsbezirk' | 'kreis' | 'gemeinde';

/** Lengths of the official keys: Land 2, Regierungsbezirk 3, Kreis 5, Gemeinde 8 (AGS) or 12 (Regionalschlüssel). */
export const KEY_LENGTHS: Readonly<Record<number, BodyKind>> = Object.freeze({ 2: 'land', 3: 'regierungsbezirk', 5: 'kreis', 8: 'gemeinde', 12: 'gemeinde' });

/** The key rule for the JSON Schema: 2, 3, 5, 8 or 12 digits. */
export const KEY_PATTERN_SOURCE = '^(?:\\d{2}|\\d{3}|\\d{5}|\\d{8}|\\d{12})$';

/** The kind of body an official key belongs to; `undefined` for anything that is not such a key. */
export function bodyKind(key: unknown): BodyKind | undefined {
  if (typeof key !== 'string' || !/^\d+$/.test(key)) return undefined;
  return Object.hasOwn(KEY_LENGTHS, key.length) ? KEY_LENGTHS[key.length] : undefined;
}

/** What `wholeName` reads: the parts of `meta` that name the body. */
export interface BodyMeta {
  readonly municipality?: { readonly name: string; readonly ags?: string | undefined; readonly ars?: string | undefined } | undefined;
  readonly totalLabel?: string | undefined;
  readonly totalLabelEn?: string | undefined;
}

/** The whole of a Gemeinde, on its own (a table row, a term). */
export const CITY_TOTAL: Readonly<Record<Lang, string>> = Object.freeze({ de: 'Gesamtstadt', en: 'City total' });

export interface WholeName {
  /** Where the context already says which body it is, e.g. a table row: `Gesamtstadt`, `Kreis Wesel`. */
  readonly short: string;
  /** On its own, e.g. a legend or a summary: `Wesel (Gesamtstadt)`, `Kreis Wesel`. */
  readonly long: string;
}

// A name that already says its kind is used as it is: "Rhein-Kreis Neuss", "Städteregion Aachen".
const NAMES_ITS_KREIS = /kreis|region/i;
const NAMES_ITS_BEZIRK = /regierungsbezirk/i;

/**
 * The name of the whole of a document: `meta.totalLabel` (`totalLabelEn` in English) when set,
 * else derived from the body's kind: a Gemeinde gives `Gesamtstadt` / `Wesel (Gesamtstadt)`,
 * a Kreis `Kreis Wesel`, a Regierungsbezirk `Regierungsbezirk Düsseldorf`, a Land its name.
 * Without a key the kind is unknown and the words stay neutral (`Gesamt` / `Wesel (gesamt)`).
 */
export function wholeName(meta: BodyMeta, lang: Lang): WholeName {
  const label = lang === 'en' ? (meta.totalLabelEn ?? meta.totalLabel) : meta.totalLabel;
  if (label) return { short: label, long: label };
  const body = meta.municipality;
  const name = body?.name.trim() ?? '';
  const kind = bodyKind(body?.ags) ?? bodyKind(body?.ars);
  switch (kind) {
    case 'gemeinde':
      return withName(CITY_TOTAL[lang], name, lang === 'en' ? 'city total' : CITY_TOTAL.de);
    case 'kreis': {
      const whole = NAMES_ITS_KREIS.test(name) ? name : `Kreis ${name}`;
      return { short: whole, long: whole };
    }
    case 'regierungsbezirk': {
      const whole = NAMES_ITS_BEZIRK.test(name) ? name : `Regierungsbezirk ${name}`;
      return { short: whole, long: whole };
    }
    case 'land':
      return { short: name, long: name };
    default:
      return lang === 'en' ? withName('Total', name, 'total') : withName('Gesamt', name, 'gesamt');
  }
}

function withName(short: string, name: string, inBrackets: string): WholeName {
  return { short, long: name ? `${name} (${inBrackets})` : short };
}

/**
 * The whole's name in the grammatical forms a sentence needs. German declines it: the
 * Gesamtstadt is feminine (`zur Gesamtstadt`), a Kreis or Regierungsbezirk masculine
 * (`zum Kreis Wesel`, `des Kreises Wesel`), a Land's name and a free `totalLabel` take no
 * article (`zu Nordrhein-Westfalen`) and are never declined, so they read as given.
 */
export interface WholePhrases extends WholeName {
  /** Inside a sentence, without article: `Gesamtstadt`, `Kreis Wesel`; `city total`. */
  readonly inline: string;
  /** The subject of a sentence: `die Gesamtstadt`, `der Kreis Wesel`, `Nordrhein-Westfalen`; `the city total`. */
  readonly subject: string;
  /** After a preposition that takes the dative: `der Gesamtstadt`, `dem Kreis Wesel`, `Nordrhein-Westfalen`. */
  readonly dative: string;
  /** `zur Gesamtstadt`, `zum Kreis Wesel`, `zu Nordrhein-Westfalen`; `to the city total`. */
  readonly to: string;
  /** Whose value or change: `der Gesamtstadt`, `des Kreises Wesel`, `für Nordrhein-Westfalen`; `of the city total`. */
  readonly of: string;
  /** The body as a place (a free `totalLabel` does not change it): `Wesel`, `Kreis Wesel`, `Nordrhein-Westfalen`. */
  readonly place: string;
  /** `in Wesel`, `im Kreis Wesel`, `in Nordrhein-Westfalen`. */
  readonly inPlace: string;
}

/** A noun phrase with its article: feminine, masculine, or a name that takes none. */
interface Declined {
  readonly gender: 'f' | 'm' | 'none';
  readonly nominative: string;
  readonly dative: string;
  readonly genitive: string;
}

const ARTICLES = {
  f: { nominative: 'die', dative: 'der', genitive: 'der', zu: 'zur', in: 'in der' },
  m: { nominative: 'der', dative: 'dem', genitive: 'des', zu: 'zum', in: 'im' },
} as const;

const undeclined = (name: string): Declined => ({ gender: 'none', nominative: name, dative: name, genitive: name });

/**
 * Declines the name of a Kreis or Regierungsbezirk with the definite article: the head noun
 * (`Kreis`, `Rhein-Sieg-Kreis`, `Regierungsbezirk`) takes the genitive ending, an adjective
 * before it the weak ending (`der Märkische Kreis`, `des Märkischen Kreises`). A name with
 * "Region" (Städteregion Aachen) is feminine and not declined.
 */
function declineBody(name: string): Declined {
  if (/region/i.test(name)) return { gender: 'f', nominative: name, dative: name, genitive: name };
  const words = name.split(' ');
  const head = words.findIndex((word) => /(kreis|bezirk)$/i.test(word));
  if (head < 0) return undeclined(name);
  const with_ = (headWord: string, adjectiveEnding: string) =>
    words
      .map((word, i) => (i === head ? headWord : i === head - 1 && /er$/.test(word) ? `${word.slice(0, -2)}${adjectiveEnding}` : word))
      .join(' ');
  const headWord = words[head]!;
  return { gender: 'm', nominative: with_(headWord, 'e'), dative: with_(headWord, 'en'), genitive: with_(`${headWord}${/kreis$/i.test(headWord) ? 'es' : 's'}`, 'en') };
}

function germanPhrases(whole: WholeName, declined: Declined, place: Declined): Omit<WholePhrases, keyof WholeName | 'place'> {
  const inPlace = place.gender === 'none' ? `in ${place.dative}` : `${ARTICLES[place.gender].in} ${place.dative}`;
  if (declined.gender === 'none') {
    const name = declined.nominative;
    return { inline: whole.short, subject: name, dative: name, to: `zu ${name}`, of: `für ${name}`, inPlace };
  }
  const article = ARTICLES[declined.gender];
  return {
    inline: whole.short,
    subject: `${article.nominative} ${declined.nominative}`,
    dative: `${article.dative} ${declined.dative}`,
    to: `${article.zu} ${declined.dative}`,
    of: `${article.genitive} ${declined.genitive}`,
    inPlace,
  };
}

/**
 * The whole's name ({@link wholeName}) in the forms sentences need, and the body as a place.
 * Pure: widgets pass it into their text functions, which have no document.
 */
export function wholePhrases(meta: BodyMeta, lang: Lang): WholePhrases {
  const whole = wholeName(meta, lang);
  const body = meta.municipality;
  const name = body?.name.trim() ?? '';
  const kind = bodyKind(body?.ags) ?? bodyKind(body?.ars);
  const labelled = Boolean(lang === 'en' ? (meta.totalLabelEn ?? meta.totalLabel) : meta.totalLabel);
  const bodyWhole = labelled ? wholeName({ municipality: body }, lang) : whole;
  const placeName = kind === 'kreis' || kind === 'regierungsbezirk' ? bodyWhole.short : name || whole.short;
  if (lang === 'en') {
    const cityTotal = kind === 'gemeinde' && !labelled;
    const inline = cityTotal ? 'city total' : kind === undefined && !labelled ? whole.long : whole.short;
    const the = cityTotal ? 'the city total' : inline;
    return { ...whole, inline, subject: the, dative: the, to: `to ${the}`, of: `of ${the}`, place: placeName, inPlace: `in ${placeName}` };
  }
  const place = kind === 'kreis' || kind === 'regierungsbezirk' ? declineBody(placeName) : undeclined(placeName);
  let declined: Declined;
  if (labelled) declined = undeclined(whole.short);
  else if (kind === 'gemeinde') declined = { gender: 'f', nominative: whole.short, dative: whole.short, genitive: whole.short };
  else if (kind === 'kreis' || kind === 'regierungsbezirk') declined = declineBody(whole.short);
  else declined = undeclined(kind === 'land' ? whole.short : whole.long);
  return { ...whole, ...germanPhrases(whole, declined, place), place: placeName };
}
