/**
 * Attribute descriptors: what each widget attribute is, in one place. A widget's
 * `<widget>.options.ts` lists its descriptors; the embed allow-list, the configurator's
 * controls, the stories' argTypes and the README's attribute tables are all derived from them.
 * Pure: no DOM, no lit.
 */
import type { ContractDocument } from '../contract/schema.ts';
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

/**
 * - `select`: one of `choices` (`choices[0]` is what an empty or unknown value means);
 * - `multi`: several of `choices`, comma-separated;
 * - `text`, `url`, `date`, `number`: free input;
 * - `checkbox`: a boolean attribute, on when present.
 */
export type OptionKind = 'select' | 'multi' | 'text' | 'url' | 'date' | 'number' | 'checkbox';

/** The attribute values chosen so far (attribute name → value; absent or `''` = not set). */
export type Options = Readonly<Record<string, string>>;

export interface OptionDescriptor {
  /** The attribute name (`fixed-breaks`). */
  readonly name: string;
  readonly kind: OptionKind;
  /** What the attribute means, for labels and the README. */
  readonly label: Texts;
  readonly hint?: Texts;
  /** The value that applies when the attribute is absent, as documented (`'5'`, `'quantile'`). */
  readonly default?: string;
  /** Choices that do not depend on the data (`classification`), with the German and English labels. */
  readonly values?: ReadonlyArray<{ readonly value: string; readonly label: Texts }>;
  /** Choices read from the document (indicators, periods, areas), given what else is chosen. */
  readonly choices?: (document: ContractDocument, options: Options, lang: Lang) => readonly Choice[];
  readonly placeholder?: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /**
   * Whether an embed URL may set it (default true). `group` links widgets on one page and is
   * meaningless in an iframe that holds a single widget.
   */
  readonly embeddable?: boolean;
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
