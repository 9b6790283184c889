/**
 * Attribute descriptors: what each widget attribute is, in one place. A widget's
 * `<widget>.options.ts` lists its descriptors; the embed allow-list, the configurator's
 * controls, the stories' argTypes and the README's attribute tables are all derived from them.
 * Pure: no DOM, no lit.
 */
import type { AreaLevel, ContractDocument } from '../contract/schema.ts';
import { areaNames } from '../contract/areas.ts';
import { sortPeriods } from '../contract/period.ts';
import type { Lang } from './i18n.ts';

/** A text in both languages. */
export interface Texts {
  readonly de: string;
  readonly en: string;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A value that does not depend on the data, with its meaning in both languages. */
export interface ValueChoice {
  readonly value: string;
  readonly label: Texts;
}

/**
 * - `select`: one of `choices` (`choices[0]` is what an empty or unknown value means);
 * - `multi`: several of `choices`, comma-separated;
 * - `text`, `url`, `date`, `number`: free input;
 * - `checkbox`: a boolean attribute, on when present.
 */
export type OptionKind = 'select' | 'multi' | 'text' | 'url' | 'date' | 'number' | 'checkbox';

/** The attribute values chosen so far (attribute name → value; absent or `''` = not set). */
export type Options = Readonly<Record<string, string>>;

/** What a loaded document adds to a free input: the unit for its label, the data's own value as example. */
export interface DocumentDetail {
  readonly unit?: string;
  readonly placeholder?: string;
}

export interface OptionDescriptor {
  /** The attribute name (`fixed-breaks`). */
  readonly name: string;
  readonly kind: OptionKind;
  /** Short name of the control (configurator, Storybook). */
  readonly label: Texts;
  /** What the attribute does, for the README and Storybook; `label` when absent. */
  readonly description?: Texts;
  /** A remark the configurator shows under its control. */
  readonly hint?: Texts;
  /** The form of a free value, for the README's values column (`Indikator-ID`, `JJJJ-MM-TT`). */
  readonly format?: Texts;
  /** The value that applies when the attribute is absent, as documented (`'5'`, `'quantile'`). */
  readonly default?: string;
  /**
   * What an absent attribute means when no single value says it (`der neueste Zeitraum`). A
   * `select` with `values` and no `default` shows it as its empty choice, so there it is plain text.
   */
  readonly unset?: Texts;
  /** Choices that do not depend on the data (`classification`), with the German and English labels. */
  readonly values?: readonly ValueChoice[];
  /** Choices read from the document (indicators, periods, areas), given what else is chosen. */
  readonly choices?: (document: ContractDocument, options: Options, lang: Lang) => readonly Choice[];
  /**
   * The free input offered instead when `choices` finds none in the document (areas whose
   * geometry is only a URL): the ids can still be typed.
   */
  readonly freeInput?: { readonly label: Texts; readonly placeholder?: string };
  /** The unit and example value a loaded document gives a free input (`Zielwert (%)`). */
  readonly fromDocument?: (document: ContractDocument, options: Options) => DocumentDetail;
  readonly placeholder?: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /**
   * Whether an embed URL may set it (default true). `group` links widgets on one page and is
   * meaningless in an iframe that holds a single widget.
   */
  readonly embeddable?: boolean;
  /** Whether the configurator offers a control for it (default true); it chooses `src` in its own field. */
  readonly configurable?: boolean;
  /**
   * Reads an attribute value; `undefined` means "invalid: fall back to the default" (the element
   * warns once on the console). Absent for free text.
   */
  readonly parse?: (value: string) => unknown;
}

/** Declares a widget's descriptors with their literal names kept (for typed look-ups). */
export function defineOptions<const T extends readonly OptionDescriptor[]>(descriptors: T): T {
  return descriptors;
}

/** The text in `lang`. */
export const inLang = (texts: Texts, lang: Lang): string => texts[lang];

/** What the attribute means for the README and Storybook. */
export const descriptionOf = (descriptor: OptionDescriptor): Texts => descriptor.description ?? descriptor.label;

/** Whole numbers from `min` to `max` (`"5"`; `"5.5"`, `"x"` and out-of-range values are invalid). */
export function parseInteger(min: number, max: number): (value: string) => number | undefined {
  return (value) => {
    const text = value.trim();
    if (!/^[+-]?\d+$/.test(text)) return undefined;
    const number = Number(text);
    return number >= min && number <= max ? number : undefined;
  };
}

/** A decimal number, German comma allowed (`"12,5"`). */
export function parseDecimal(value: string): number | undefined {
  const text = value.trim().replace(',', '.');
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** One of the descriptor's static values. */
export function parseOneOf(values: readonly ValueChoice[]): (value: string) => string | undefined {
  return (value) => {
    const text = value.trim();
    return values.some((v) => v.value === text) ? text : undefined;
  };
}

/** A calendar day `YYYY-MM-DD` that exists. */
export function parseDay(value: string): string | undefined {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** Periods as choices, oldest first. */
export const periodChoices = (periods: Iterable<string>): Choice[] => sortPeriods(periods).map((p) => ({ value: p, label: p }));

/** The areas of a level with their names, alphabetically; none when the geometry is only a URL. */
export function areaChoices(level: AreaLevel | undefined): Choice[] {
  return [...areaNames(level)].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'de'));
}
