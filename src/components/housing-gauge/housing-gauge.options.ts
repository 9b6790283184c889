/** The attributes of `<qw-housing-gauge>` (see shared/options.ts), in the order the configurator offers them. */
import { localized } from '../../shared/i18n.ts';
import { defineOptions, parseInteger, periodChoices } from '../../shared/options.ts';
import { DEFAULT_HORIZON, MAX_HORIZON } from './model/horizon.ts';

export const HOUSING_GAUGE_OPTIONS = defineOptions([
  {
    name: 'period',
    kind: 'select',
    label: { de: 'Stand', en: 'As of' },
    description: {
      de: 'Zeitraum des Bestands aus `housing.stock`. Ein Zeitraum, den die Daten nicht haben, ergibt eine Fehlermeldung mit den vorhandenen.',
      en: 'The stock period from `housing.stock`. A period the data do not have gives an error that lists the ones they have.',
    },
    format: { de: 'Zeitraum, z. B. `2021`', en: 'period, e.g. `2021`' },
    unset: { de: 'der neueste; teilt die `group` einen Zeitraum, den der Bestand hat, dieser', en: 'the latest; a period shared by the `group` when the stock has it' },
    choices: (document, _options, lang) => [{ value: '', label: localized(lang, 'neuester', 'latest') }, ...periodChoices(document.housing?.stock.map((s) => s.period) ?? [])],
  },
  {
    name: 'horizon',
    kind: 'number',
    label: { de: 'Vorausschau in Jahren', en: 'Years ahead' },
    description: { de: 'Jahre voraus für den erwarteten Bestand; bei `0` entfällt die Vorschau', en: 'Years ahead for the expected stock; `0` hides the projection' },
    default: String(DEFAULT_HORIZON),
    min: 0,
    max: MAX_HORIZON,
    step: 1,
    parse: parseInteger(0, MAX_HORIZON),
  },
]);
