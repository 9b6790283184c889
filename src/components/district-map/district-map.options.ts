/** The attributes of `<qw-district-map>` (see shared/options.ts), in the order the configurator offers them. */
import type { ContractDocument } from '../../contract/schema.ts';
import { localized } from '../../shared/i18n.ts';
import { areaChoices, defineOptions, parseInteger, parseOneOf, periodChoices, type Options, type ValueChoice } from '../../shared/options.ts';
import { MAX_CLASSES, MIN_CLASSES, type ClassificationMethod } from './classify.ts';
import { PALETTES, type PaletteName } from './palettes.ts';

const CLASSIFICATIONS: readonly (ValueChoice & { readonly value: ClassificationMethod })[] = [
  { value: 'quantile', label: { de: 'Quantile (gleich viele Gebiete je Klasse)', en: 'Quantiles (as many areas in each class)' } },
  { value: 'equal-interval', label: { de: 'Gleiche Abstände', en: 'Equal intervals' } },
  { value: 'jenks', label: { de: 'Natürliche Brüche (Jenks)', en: 'Natural breaks (Jenks)' } },
  { value: 'manual', label: { de: 'Eigene Grenzen (siehe unten)', en: 'Own limits (see below)' } },
];

// Partial: a palette added to the map later still shows, under its id.
const PALETTE_LABELS: Readonly<Partial<Record<PaletteName, ValueChoice['label']>>> = {
  'orange-red': { de: 'Orange–Rot', en: 'Orange–red' },
  blues: { de: 'Blau', en: 'Blues' },
  purples: { de: 'Violett', en: 'Purples' },
  greens: { de: 'Grün', en: 'Greens' },
  viridis: { de: 'Viridis', en: 'Viridis' },
  'red-blue': { de: 'Rot–Blau (um den Stadtwert)', en: 'Red–blue (around the city value)' },
  'orange-purple': { de: 'Orange–Violett (um den Stadtwert)', en: 'Orange–purple (around the city value)' },
  'brown-teal': { de: 'Braun–Petrol (um den Stadtwert)', en: 'Brown–teal (around the city value)' },
};

const PALETTE_VALUES: readonly ValueChoice[] = [
  { value: 'auto', label: { de: 'automatisch (nach Bedeutung des Indikators)', en: 'automatic (by the meaning of the indicator)' } },
  ...PALETTES.map((p) => ({ value: p, label: PALETTE_LABELS[p] ?? { de: p, en: p } })),
];

const RENDERERS: readonly ValueChoice[] = [
  { value: 'auto', label: { de: 'automatisch (WebGL mit Grafikkarte, sonst SVG)', en: 'automatic (WebGL with a graphics card, else SVG)' } },
  { value: 'svg', label: { de: 'immer SVG', en: 'always SVG' } },
  { value: 'webgl', label: { de: 'WebGL, auch ohne Grafikkarte (Software-WebGL)', en: 'WebGL, also without a graphics card (software WebGL)' } },
];

/** The level chosen with `level`, the indicators it allows, and the indicator shown (an unknown id means the first). */
function shown(document: ContractDocument, options: Options) {
  const level = document.areaLevels.find((l) => l.id === options.level);
  const indicators = document.indicators.filter((i) => !level || i.level === level.id);
  const indicator = indicators.find((i) => i.id === options.indicator) ?? indicators[0];
  return { level, indicators, indicator, shownLevel: level ?? document.areaLevels.find((l) => l.id === indicator?.level) };
}

const periodsOf = (document: ContractDocument, options: Options) => periodChoices(shown(document, options).indicator?.values.map((v) => v.period) ?? []);

export const DISTRICT_MAP_OPTIONS = defineOptions([
  {
    name: 'indicator',
    kind: 'select',
    label: { de: 'Indikator', en: 'Indicator' },
    description: { de: 'Der Indikator, den die Karte zeigt', en: 'The indicator the map shows' },
    format: { de: 'Indikator-ID', en: 'indicator id' },
    unset: { de: 'der erste Indikator (der Ebene `level`, falls gesetzt)', en: 'the first indicator (of `level`, if set)' },
    choices: (document, options, lang) => shown(document, options).indicators.map((i) => ({ value: i.id, label: localized(lang, i.label, i.labelEn) })),
  },
  {
    name: 'period',
    kind: 'select',
    label: { de: 'Zeitraum', en: 'Period' },
    description: { de: 'Fester Zeitraum ohne Regler', en: 'A fixed period, without the slider' },
    format: { de: 'Zeitraum nach ISO 8601, z. B. `2023`', en: 'ISO 8601 period, e.g. `2023`' },
    unset: { de: 'der jüngste (oder der der `group`), mit Zeitregler', en: 'the latest (or the `group`’s), with a slider' },
    choices: (document, options, lang) => [{ value: '', label: localized(lang, 'neuester, mit Zeitregler', 'latest, with a slider') }, ...periodsOf(document, options)],
  },
  {
    name: 'compare',
    kind: 'select',
    label: { de: 'Veränderung seit', en: 'Change since' },
    description: { de: 'Zeigt die Veränderung von diesem Zeitraum bis `period` (bei Anteilen in Prozentpunkten)', en: 'Shows the change from this period to `period` (in percentage points for shares)' },
    hint: { de: 'Zeigt die Veränderung vom gewählten zum angezeigten Zeitraum.', en: 'Shows the change from the chosen to the shown period.' },
    format: { de: 'Zeitraum', en: 'period' },
    unset: { de: 'kein Vergleich', en: 'no comparison' },
    // Comparing a period with itself shows nothing: it is not offered.
    choices: (document, options, lang) => [
      { value: '', label: localized(lang, 'kein Vergleich', 'no comparison') },
      ...periodsOf(document, options).filter((p) => p.value !== (options.period ?? '')),
    ],
  },
  {
    name: 'level',
    kind: 'select',
    label: { de: 'Gebietsebene', en: 'Area level' },
    description: { de: 'Die Gebietsebene der Karte', en: 'The area level of the map' },
    format: { de: 'Raumebenen-ID', en: 'area level id' },
    unset: { de: 'die Ebene des Indikators', en: 'the indicator’s level' },
    choices: (document, _options, lang) => [
      { value: '', label: localized(lang, 'Ebene des Indikators', 'level of the indicator') },
      ...document.areaLevels.map((l) => ({ value: l.id, label: localized(lang, l.label, l.labelEn) })),
    ],
  },
  {
    name: 'classification',
    kind: 'select',
    label: { de: 'Klassenbildung', en: 'Classification' },
    description: { de: 'Wie die Werte in Farbklassen eingeteilt werden', en: 'How the values are divided into colour classes' },
    values: CLASSIFICATIONS,
    unset: { de: 'Standard (Quantile; eigene Grenzen, wenn angegeben)', en: 'default (quantiles; own limits when given)' },
    parse: parseOneOf(CLASSIFICATIONS),
  },
  {
    name: 'classes',
    kind: 'number',
    label: { de: 'Anzahl Klassen', en: 'Number of classes' },
    description: { de: 'Zahl der Klassen (weniger, wenn die Daten weniger verschiedene Werte haben)', en: 'Number of classes (fewer when the data have fewer distinct values)' },
    default: '5',
    min: MIN_CLASSES,
    max: MAX_CLASSES,
    step: 1,
    parse: parseInteger(MIN_CLASSES, MAX_CLASSES),
  },
  {
    name: 'breaks',
    kind: 'text',
    label: { de: 'Eigene Klassengrenzen', en: 'Own class limits' },
    description: { de: 'Klassengrenzen für `manual`', en: 'Class limits for `manual`' },
    hint: { de: 'Durch Komma getrennt; wählt „Eigene Grenzen“.', en: 'Comma-separated; chooses "Own limits".' },
    format: { de: 'Zahlen mit Komma, z. B. `5,10,20` (oder `2,5; 7,5`)', en: 'numbers with commas, e.g. `5,10,20` (or `2.5,7.5`)' },
    unset: { de: 'keine', en: 'none' },
    placeholder: '5,10,20',
  },
  {
    name: 'fixed-breaks',
    kind: 'checkbox',
    label: { de: 'Klassen über alle Zeiträume (Farben bleiben vergleichbar)', en: 'Classes over all periods (colours stay comparable)' },
    description: { de: 'Klassengrenzen über alle Zeiträume, damit die Farben vergleichbar bleiben', en: 'Class limits over all periods, so colours compare across years' },
  },
  {
    name: 'palette',
    kind: 'select',
    label: { de: 'Farben', en: 'Colours' },
    description: { de: 'Farbskala; die zweiseitigen sind um die Gesamtstadt zentriert', en: 'Colour scale; the diverging ones are centred on the city total' },
    values: PALETTE_VALUES,
    default: 'auto',
    parse: parseOneOf(PALETTE_VALUES),
  },
  {
    name: 'renderer',
    kind: 'select',
    label: { de: 'Zeichnen', en: 'Drawing' },
    description: {
      de: '`auto`: WebGL mit Grafikkarte, SVG bei Software-WebGL oder ohne WebGL; `svg`: immer SVG, ohne maplibre-gl zu laden; `webgl`: WebGL auch als Software-WebGL',
      en: '`auto`: WebGL with a graphics card, SVG on software WebGL or without WebGL; `svg`: always SVG, without loading maplibre-gl; `webgl`: WebGL also as software WebGL',
    },
    values: RENDERERS,
    default: 'auto',
    parse: parseOneOf(RENDERERS),
  },
  {
    name: 'no-labels',
    kind: 'checkbox',
    label: { de: 'Gebietsnamen auf der Karte ausblenden', en: 'Hide the area names on the map' },
    description: { de: 'Keine Gebietsnamen und -nummern auf der Karte, kein Nummernschlüssel', en: 'No area names or numbers on the map, no number key' },
  },
  {
    name: 'selected',
    kind: 'select',
    label: { de: 'Vorausgewähltes Gebiet', en: 'Preselected area' },
    description: { de: 'Gewähltes Gebiet; wird gespiegelt und mit der `group` geteilt', en: 'The selected area; reflected and shared with the `group`' },
    format: { de: 'Gebiets-ID', en: 'area id' },
    unset: { de: 'keines', en: 'none' },
    choices: (document, options, lang) => {
      const level = shown(document, options).shownLevel;
      if (!level || typeof level.geometry === 'string') return [];
      return [{ value: '', label: localized(lang, 'keines', 'none') }, ...areaChoices(level)];
    },
    freeInput: { label: { de: 'Vorausgewähltes Gebiet (Kennung)', en: 'Preselected area (id)' } },
  },
  {
    name: 'basemap',
    kind: 'url',
    label: { de: 'Hintergrundkarte (Adresse eines maplibre-Stils)', en: 'Basemap (address of a maplibre style)' },
    description: {
      de: 'Hintergrundkarte (nur WebGL); die Content-Security-Policy muss deren Server erlauben',
      en: 'Basemap (WebGL only); the Content-Security-Policy must allow its server',
    },
    hint: { de: 'Leer lassen: Ohne Hintergrundkarte wird kein fremder Server angefragt.', en: 'Leave empty: without a basemap no other server is contacted.' },
    format: { de: 'URL eines maplibre-Styles', en: 'URL of a maplibre style' },
    unset: { de: 'keine: kein fremder Server', en: 'none: no other server' },
  },
]);
