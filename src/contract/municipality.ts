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
      return lang === 'en' ? withName('City total', name, 'city total') : withName('Gesamtstadt', name, 'Gesamtstadt');
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
