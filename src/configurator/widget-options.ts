/**
 * What the configurator offers for each widget: one control per attribute an editor may set,
 * with choices read from the loaded data (indicators, periods, areas, programmes). Pure: no DOM.
 * `widget-options.test.ts` keeps it complete against EMBEDDABLE_WIDGETS, which in turn is kept
 * equal to the widgets' real attributes.
 */
import type { AreaLevel, ContractDocument } from '../contract/schema.ts';
import { sortPeriods } from '../contract/period.ts';
import { featureId } from '../contract/validate.ts';
import { CLASSIFICATION_METHODS, MAX_CLASSES, MIN_CLASSES } from '../components/district-map/classify.ts';
import { PALETTES, type PaletteName } from '../components/district-map/palettes.ts';
import type { EmbeddableWidget } from '../embed/embed-params.ts';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

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

export type Options = Readonly<Record<string, string>>;

export const WIDGET_LABELS: Readonly<Record<EmbeddableWidget, string>> = {
  'district-map': 'Karte der Sozialräume',
  'indicator-trend': 'Zeitreihe eines Indikators',
  'housing-gauge': 'Geförderter Wohnraum',
  'funding-tracker': 'Förderprogramme',
};

const CLASSIFICATION_LABELS: Readonly<Record<(typeof CLASSIFICATION_METHODS)[number], string>> = {
  quantile: 'Quantile (gleich viele Gebiete je Klasse)',
  'equal-interval': 'Gleiche Abstände',
  jenks: 'Natürliche Brüche (Jenks)',
  manual: 'Eigene Grenzen (siehe unten)',
};

// Partial: a palette added to the map later still shows, under its id.
const PALETTE_LABELS: Readonly<Partial<Record<PaletteName, string>>> = {
  'orange-red': 'Orange–Rot',
  blues: 'Blau',
  purples: 'Violett',
  greens: 'Grün',
  viridis: 'Viridis',
  'red-blue': 'Rot–Blau (um den Stadtwert)',
  'orange-purple': 'Orange–Violett (um den Stadtwert)',
  'brown-teal': 'Braun–Petrol (um den Stadtwert)',
};

const periodChoices = (periods: Iterable<string>): Choice[] => sortPeriods(periods).map((p) => ({ value: p, label: p }));

/** The areas of a level with their names, when the geometry is inside the document. */
export function areaChoices(level: AreaLevel | undefined): Choice[] {
  if (!level || typeof level.geometry === 'string') return [];
  const choices: Choice[] = [];
  for (const feature of level.geometry.features) {
    const id = featureId(feature, level.idProperty);
    if (id === undefined) continue;
    const name = (feature.properties as Record<string, unknown> | null)?.[level.nameProperty];
    choices.push({ value: id, label: typeof name === 'string' && name ? name : id });
  }
  return choices.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

/** The value a control stands for: for a list, an unknown value falls back to its first choice. */
export function effectiveValue(control: OptionControl, options: Options): string {
  const value = options[control.name] ?? '';
  if (control.kind === 'select') return control.choices.some((c) => c.value === value) ? value : (control.choices[0]?.value ?? '');
  if (control.kind === 'multi') return value.split(',').filter((v) => control.choices.length === 0 || control.choices.some((c) => c.value === v)).join(',');
  if (control.kind === 'checkbox') return value === 'true' ? 'true' : '';
  return value.trim();
}

function districtMapControls(doc: ContractDocument, options: Options): OptionControl[] {
  const levels = doc.areaLevels;
  const level = levels.find((l) => l.id === options.level);
  const indicators = doc.indicators.filter((i) => !level || i.level === level.id);
  const indicatorControl: SelectControl = { kind: 'select', name: 'indicator', label: 'Indikator', choices: indicators.map((i) => ({ value: i.id, label: i.label })) };
  const indicator = indicators.find((i) => i.id === effectiveValue(indicatorControl, options));
  const periods = periodChoices(indicator?.values.map((v) => v.period) ?? []);
  const period = options.period ?? '';
  const shownLevel = level ?? levels.find((l) => l.id === indicator?.level);
  return [
    indicatorControl,
    { kind: 'select', name: 'period', label: 'Zeitraum', choices: [{ value: '', label: 'neuester, mit Zeitregler' }, ...periods] },
    { kind: 'select', name: 'compare', label: 'Veränderung seit', hint: 'Zeigt die Veränderung vom gewählten zum angezeigten Zeitraum.', choices: [{ value: '', label: 'kein Vergleich' }, ...periods.filter((p) => p.value !== period)] },
    { kind: 'select', name: 'level', label: 'Gebietsebene', choices: [{ value: '', label: 'Ebene des Indikators' }, ...levels.map((l) => ({ value: l.id, label: l.label }))] },
    { kind: 'select', name: 'classification', label: 'Klassenbildung', choices: [{ value: '', label: 'Standard (Quantile)' }, ...CLASSIFICATION_METHODS.map((m) => ({ value: m, label: CLASSIFICATION_LABELS[m] }))] },
    { kind: 'number', name: 'classes', label: `Anzahl Klassen (${MIN_CLASSES}–${MAX_CLASSES})`, min: MIN_CLASSES, max: MAX_CLASSES, step: 1, placeholder: '5' },
    { kind: 'text', name: 'breaks', label: 'Eigene Klassengrenzen', placeholder: '5,10,20', hint: 'Durch Komma getrennt; wählt „Eigene Grenzen“.' },
    { kind: 'checkbox', name: 'fixed-breaks', label: 'Klassen über alle Zeiträume (Farben bleiben vergleichbar)' },
    { kind: 'select', name: 'palette', label: 'Farben', choices: [{ value: '', label: 'automatisch (nach Bedeutung des Indikators)' }, ...PALETTES.map((p) => ({ value: p, label: PALETTE_LABELS[p] ?? p }))] },
    { kind: 'select', name: 'renderer', label: 'Zeichnen', choices: [{ value: '', label: 'automatisch (WebGL, sonst SVG)' }, { value: 'svg', label: 'immer SVG' }] },
    { kind: 'checkbox', name: 'no-labels', label: 'Gebietsnamen auf der Karte ausblenden' },
    shownLevel && typeof shownLevel.geometry !== 'string'
      ? { kind: 'select', name: 'selected', label: 'Vorausgewähltes Gebiet', choices: [{ value: '', label: 'keines' }, ...areaChoices(shownLevel)] }
      : { kind: 'text', name: 'selected', label: 'Vorausgewähltes Gebiet (Kennung)' },
    { kind: 'url', name: 'basemap', label: 'Hintergrundkarte (Adresse eines maplibre-Stils)', hint: 'Leer lassen: Ohne Hintergrundkarte wird kein fremder Server angefragt.' },
  ];
}

function trendControls(doc: ContractDocument, options: Options): OptionControl[] {
  const indicatorControl: SelectControl = { kind: 'select', name: 'indicator', label: 'Indikator', choices: doc.indicators.map((i) => ({ value: i.id, label: i.label })) };
  const indicator = doc.indicators.find((i) => i.id === effectiveValue(indicatorControl, options));
  const withValues = new Set(indicator?.values.map((v) => v.area));
  const areas = areaChoices(doc.areaLevels.find((l) => l.id === indicator?.level)).filter((a) => withValues.has(a.value));
  return [
    indicatorControl,
    areas.length
      ? { kind: 'multi', name: 'areas', label: 'Gebiete', hint: 'Ohne Auswahl: das in der Gruppe gewählte oder das erste Gebiet.', choices: areas }
      : { kind: 'text', name: 'areas', label: 'Gebiete (Kennungen, durch Komma getrennt)', placeholder: 'innenstadt,feldmark' },
    { kind: 'checkbox', name: 'show-total', label: 'Gesamtstadt als Vergleichslinie' },
    { kind: 'number', name: 'target', label: `Zielwert${indicator?.unit ? ` (${indicator.unit})` : ''}`, step: 'any', ...(indicator?.target !== undefined ? { placeholder: String(indicator.target) } : {}) },
  ];
}

function housingControls(doc: ContractDocument): OptionControl[] {
  return [
    { kind: 'select', name: 'period', label: 'Stand', choices: [{ value: '', label: 'neuester' }, ...periodChoices(doc.housing?.stock.map((s) => s.period) ?? [])] },
    { kind: 'number', name: 'horizon', label: 'Vorausschau in Jahren (0–50)', min: 0, max: 50, step: 1, placeholder: '10' },
  ];
}

function fundingControls(doc: ContractDocument): OptionControl[] {
  return [
    { kind: 'select', name: 'programme', label: 'Programm', choices: [{ value: '', label: 'alle Programme' }, ...(doc.funding?.programmes ?? []).map((p) => ({ value: p.id, label: p.name }))] },
    { kind: 'select', name: 'layout', label: 'Darstellung', choices: [{ value: '', label: 'vollständig' }, { value: 'compact', label: 'kompakt (für eine Seitenleiste)' }] },
    { kind: 'date', name: 'now', label: 'Stichtag für Fristen', hint: 'Leer lassen: heute. Für archivierte Seiten ein festes Datum.' },
  ];
}

/** The controls for `widget`, in the order of EMBEDDABLE_WIDGETS. */
export function widgetControls(widget: EmbeddableWidget, doc: ContractDocument, options: Options): OptionControl[] {
  switch (widget) {
    case 'district-map':
      return districtMapControls(doc, options);
    case 'indicator-trend':
      return trendControls(doc, options);
    case 'housing-gauge':
      return housingControls(doc);
    case 'funding-tracker':
      return fundingControls(doc);
  }
}

/** Controls every widget has (the data address is chosen separately). */
export function commonControls(): OptionControl[] {
  return [
    { kind: 'select', name: 'lang', label: 'Sprache', choices: [{ value: '', label: 'wie die Seite (sonst Deutsch)' }, { value: 'de', label: 'Deutsch' }, { value: 'en', label: 'English' }] },
    { kind: 'select', name: 'view', label: 'Ansicht', choices: [{ value: '', label: 'Grafik (mit Tabelle zum Aufklappen)' }, { value: 'table', label: 'nur Tabelle' }] },
    { kind: 'text', name: 'group', label: 'Gruppe', placeholder: 'sozialbericht', hint: 'Bausteine mit derselben Gruppe auf einer Seite teilen Gebiet und Zeitraum. Nicht im iframe.' },
  ];
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
