/** The attributes of `<qw-indicator-trend>` (see shared/options.ts), in the order the configurator offers them. */
import type { ContractDocument } from '../../contract/schema.ts';
import { localized } from '../../shared/i18n.ts';
import { areaChoices, defineOptions, parseDecimal, type Options } from '../../shared/options.ts';

/**
 * The indicator the widget picks without `indicator`: the first with more than one period. The
 * same rule as `pickIndicator` (model/series.ts; a test holds them together), not imported: the
 * configurator and every trend page would then share a chunk, one more request for each trend.
 */
const defaultIndicator = (document: ContractDocument) =>
  document.indicators.find((i) => new Set([...i.values, ...i.total].map((v) => v.period)).size > 1) ?? document.indicators[0];

/** The indicator shown: the chosen one, else (and for an unknown id) the widget's own choice. */
const shownIndicator = (document: ContractDocument, options: Options) => document.indicators.find((i) => i.id === options.indicator) ?? defaultIndicator(document);

export const INDICATOR_TREND_OPTIONS = defineOptions([
  {
    name: 'indicator',
    kind: 'select',
    label: { de: 'Indikator', en: 'Indicator' },
    description: { de: 'Der Indikator im Zeitverlauf', en: 'The indicator over time' },
    format: { de: 'Indikator-ID', en: 'indicator id' },
    unset: { de: 'der erste Indikator mit mehr als einem Zeitraum', en: 'the first indicator with more than one period' },
    // The widget's own choice first, where a list starts: an indicator with one period draws no line.
    choices: (document, _options, lang) => {
      const first = defaultIndicator(document);
      return [...(first ? [first] : []), ...document.indicators.filter((i) => i !== first)].map((i) => ({ value: i.id, label: localized(lang, i.label, i.labelEn) }));
    },
  },
  {
    name: 'areas',
    kind: 'multi',
    label: { de: 'Gebiete', en: 'Areas' },
    description: { de: 'Die Gebiete, je eine Linie', en: 'The areas, one line each' },
    hint: { de: 'Ohne Auswahl: das in der Gruppe gewählte oder das erste Gebiet.', en: 'None chosen: the area selected in the group, or the first.' },
    format: { de: 'Gebiets-IDs mit Komma, z. B. `innenstadt,feldmark`', en: 'area ids with commas, e.g. `innenstadt,feldmark`' },
    unset: {
      de: 'das in der `group` gewählte Gebiet, sonst das erste Gebiet mit Zeitreihe, sonst nur die Gesamtstadt',
      en: 'the area selected in the `group`, else the first area with a series, else the city total alone',
    },
    // Only areas with values of the indicator: another would be an empty line.
    choices: (document, options) => {
      const indicator = shownIndicator(document, options);
      const withValues = new Set(indicator?.values.map((v) => v.area));
      return areaChoices(document.areaLevels.find((l) => l.id === indicator?.level)).filter((a) => withValues.has(a.value));
    },
    freeInput: { label: { de: 'Gebiete (Kennungen, durch Komma getrennt)', en: 'Areas (ids, comma-separated)' }, placeholder: 'innenstadt,feldmark' },
  },
  {
    name: 'show-total',
    kind: 'checkbox',
    label: { de: 'Gesamtstadt als Vergleichslinie', en: 'City total as a reference line' },
    description: { de: 'Zeichnet die Gesamtstadt (`indicator.total`) als Vergleichslinie', en: 'Draws the city total (`indicator.total`) as a reference line' },
  },
  {
    name: 'target',
    kind: 'number',
    label: { de: 'Zielwert', en: 'Target' },
    description: { de: 'Zielwert als Linie, in der Einheit des Indikators', en: 'Target value drawn as a line, in the indicator’s unit' },
    format: { de: 'Zahl, z. B. `8` oder `12,5`', en: 'number, e.g. `8` or `12.5`' },
    unset: { de: '`indicator.target` aus den Daten', en: '`indicator.target` from the data' },
    step: 'any',
    fromDocument: (document, options) => {
      const indicator = shownIndicator(document, options);
      return { ...(indicator?.unit ? { unit: indicator.unit } : {}), ...(indicator?.target !== undefined ? { placeholder: String(indicator.target) } : {}) };
    },
    parse: parseDecimal,
  },
]);
