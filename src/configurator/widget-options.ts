/**
 * What the configurator offers for each widget: one control per attribute an editor may set,
 * made from the widgets' attribute descriptors (embed/widget-registry.ts), with choices read from
 * the loaded data (indicators, periods, areas, programmes). Pure: no DOM.
 */
import type { ContractDocument } from '../contract/schema.ts';
import { COMMON_OPTIONS, WIDGET_OPTIONS, type EmbeddableWidget } from '../embed/widget-registry.ts';
import type { Lang } from '../shared/i18n.ts';
import type { Choice, OptionDescriptor, Options } from '../shared/options.ts';

export type { Choice, Options };
export { areaChoices } from '../shared/options.ts';

interface ControlBase {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
}

/** A choice list; `choices[0]` is what an empty or unknown value means. */
export interface SelectControl extends ControlBase {
  readonly kind: 'select';
  readonly choices: readonly Choice[];
}
export interface TextControl extends ControlBase {
  readonly kind: 'text' | 'url' | 'date';
  readonly placeholder?: string;
}
export interface NumberControl extends ControlBase {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly placeholder?: string;
}
/** A boolean attribute: value `'true'` (present) or `''` (absent). */
export interface CheckboxControl extends ControlBase {
  readonly kind: 'checkbox';
}
/** Several of the choices, stored comma-separated (`areas="innenstadt,feldmark"`). */
export interface MultiControl extends ControlBase {
  readonly kind: 'multi';
  readonly choices: readonly Choice[];
}

export type OptionControl = SelectControl | TextControl | NumberControl | CheckboxControl | MultiControl;

export const WIDGET_LABELS: Readonly<Record<EmbeddableWidget, string>> = {
  'district-map': 'Karte der Sozialräume',
  'indicator-trend': 'Zeitreihe eines Indikators',
  'housing-gauge': 'Geförderter Wohnraum',
  'funding-tracker': 'Förderprogramme',
  'district-profile': 'Steckbrief eines Gebiets',
};

/**
 * The choices of a list: read from the document, or the fixed values with the empty choice first
 * (it stands for the default, so the default value itself is not offered twice).
 */
function choicesOf(descriptor: OptionDescriptor, doc: ContractDocument | undefined, options: Options, lang: Lang): readonly Choice[] {
  if (descriptor.choices) return doc ? descriptor.choices(doc, options, lang) : [];
  const values = descriptor.values ?? [];
  const standard = values.find((v) => v.value === descriptor.default)?.label ?? descriptor.unset;
  return [...(standard ? [{ value: '', label: standard[lang] }] : []), ...values.filter((v) => v.value !== descriptor.default).map((v) => ({ value: v.value, label: v.label[lang] }))];
}

/** The control for one attribute, given the loaded document and what is chosen so far. */
export function controlFor(descriptor: OptionDescriptor, doc: ContractDocument | undefined, options: Options, lang: Lang = 'de'): OptionControl {
  const { name } = descriptor;
  const base = { name, label: descriptor.label[lang], ...(descriptor.hint ? { hint: descriptor.hint[lang] } : {}) };
  switch (descriptor.kind) {
    case 'select':
    case 'multi': {
      const choices = choicesOf(descriptor, doc, options, lang);
      if (choices.length === 0 && descriptor.freeInput) {
        const { label, placeholder } = descriptor.freeInput;
        return { kind: 'text', name, label: label[lang], ...(placeholder ? { placeholder } : {}) };
      }
      return { ...base, kind: descriptor.kind, choices };
    }
    case 'number': {
      const detail = doc && descriptor.fromDocument ? descriptor.fromDocument(doc, options) : {};
      const range = descriptor.min !== undefined && descriptor.max !== undefined ? ` (${descriptor.min}–${descriptor.max})` : '';
      const unit = detail.unit ? ` (${detail.unit})` : '';
      const placeholder = detail.placeholder ?? descriptor.placeholder ?? descriptor.default;
      return {
        ...base,
        kind: 'number',
        label: `${base.label}${range}${unit}`,
        ...(descriptor.min !== undefined ? { min: descriptor.min } : {}),
        ...(descriptor.max !== undefined ? { max: descriptor.max } : {}),
        ...(descriptor.step !== undefined ? { step: descriptor.step } : {}),
        ...(placeholder !== undefined ? { placeholder } : {}),
      };
    }
    case 'checkbox':
      return { ...base, kind: 'checkbox' };
    default:
      return { ...base, kind: descriptor.kind, ...(descriptor.placeholder ? { placeholder: descriptor.placeholder } : {}) };
  }
}

const configurable = (descriptor: OptionDescriptor) => descriptor.configurable !== false;

/** The value a control stands for: for a list, an unknown value falls back to its first choice. */
export function effectiveValue(control: OptionControl, options: Options): string {
  const value = options[control.name] ?? '';
  if (control.kind === 'select') return control.choices.some((c) => c.value === value) ? value : (control.choices[0]?.value ?? '');
  if (control.kind === 'multi') return value.split(',').filter((v) => control.choices.length === 0 || control.choices.some((c) => c.value === v)).join(',');
  if (control.kind === 'checkbox') return value === 'true' ? 'true' : '';
  return value.trim();
}

/** The controls for `widget`, in the order of its descriptors. */
export function widgetControls(widget: EmbeddableWidget, doc: ContractDocument, options: Options, lang: Lang = 'de'): OptionControl[] {
  return WIDGET_OPTIONS[widget].filter(configurable).map((descriptor) => controlFor(descriptor, doc, options, lang));
}

/** Controls every widget has (the data address is chosen separately). */
export function commonControls(lang: Lang = 'de'): OptionControl[] {
  return COMMON_OPTIONS.filter(configurable).map((descriptor) => controlFor(descriptor, undefined, {}, lang));
}

/**
 * The attributes of the snippet, in a stable order (src, the widget's own, then the common ones),
 * with list values resolved and empty ones left out.
 */
export function snippetAttributes(widget: EmbeddableWidget, doc: ContractDocument, options: Options, src: string | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (src) attributes.src = src;
  for (const control of [...widgetControls(widget, doc, options), ...commonControls()]) {
    const value = effectiveValue(control, options);
    if (value !== '') attributes[control.name] = value;
  }
  return attributes;
}
