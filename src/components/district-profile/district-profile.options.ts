/**
 * The attributes of `<qw-district-profile>` beyond the common ones (`src`, `lang`, `group`,
 * `view`): the single source for the embed allow-list, the configurator, the stories' argTypes
 * and the README table.
 */
import { areaNames } from '../../contract/areas.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { formatPeriod } from '../../shared/format.ts';
import { localized, type Lang } from '../../shared/i18n.ts';
import { defineOptions, type Choice, type Options } from '../../shared/options.ts';
import { chosenIndicators, indicatorPeriods, parseIdList } from './model/profile-model.ts';

/** The levels an area can be chosen from: those the (chosen) indicators refer to, or the fixed one. */
function levelsFor(document: ContractDocument, options: Options) {
  if (options.level) return document.areaLevels.filter((l) => l.id === options.level);
  const { indicators } = chosenIndicators(document, options.indicators);
  const wanted = new Set(indicators.map((i) => i.level));
  return document.areaLevels.filter((l) => wanted.has(l.id));
}

function areaChoices(document: ContractDocument, options: Options, lang: Lang): Choice[] {
  const levels = levelsFor(document, options);
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const level of levels) {
    for (const [id, name] of areaNames(level)) {
      if (seen.has(id)) continue;
      seen.add(id);
      choices.push({ value: id, label: levels.length > 1 ? `${name} (${localized(lang, level.label, level.labelEn)})` : name });
    }
  }
  return choices;
}

function indicatorChoices(document: ContractDocument, options: Options, lang: Lang): Choice[] {
  const indicators = options.level ? document.indicators.filter((i) => i.level === options.level) : document.indicators;
  return indicators.map((i) => ({ value: i.id, label: localized(lang, i.label, i.labelEn) }));
}

function periodChoices(document: ContractDocument, options: Options, lang: Lang): Choice[] {
  const { indicators } = chosenIndicators(document, options.indicators);
  const shown = options.level ? indicators.filter((i) => i.level === options.level) : indicators;
  const periods = [...new Set(shown.flatMap(indicatorPeriods))].sort();
  return [{ value: '', label: lang === 'en' ? 'latest of each indicator' : 'jeweils der neueste' }, ...periods.map((p) => ({ value: p, label: formatPeriod(lang, p) }))];
}

function levelChoices(document: ContractDocument, _options: Options, lang: Lang): Choice[] {
  return [{ value: '', label: lang === 'en' ? "the area's level" : 'die Ebene des Gebiets' }, ...document.areaLevels.map((l) => ({ value: l.id, label: localized(lang, l.label, l.labelEn) }))];
}

export const districtProfileOptions = defineOptions([
  {
    name: 'area',
    kind: 'select',
    label: { de: 'Gebiet', en: 'Area' },
    description: {
      de: 'Das Gebiet des Steckbriefs. Ein Gebiet, das die Daten nicht haben, ergibt eine Fehlermeldung; in einer `group` gilt das dort gewählte Gebiet, solange eines gewählt ist.',
      en: "The profile's area. An id the data lacks gives an error; in a `group` the area selected there wins while there is one.",
    },
    format: { de: 'Gebiets-ID, z. B. `feldmark`, im Kreis der AGS `05170048`', en: 'area id, e.g. `feldmark`; in a Kreis document the AGS `05170048`' },
    unset: { de: 'keins: Der Baustein bittet um eine Auswahl', en: 'none: the widget asks for one' },
    freeInput: { label: { de: 'Gebiet (Kennung)', en: 'Area (id)' }, placeholder: 'feldmark' },
    hint: {
      de: 'Die Kennung des Gebiets, dessen Steckbrief erscheint. In einer Gruppe folgt der Steckbrief dem dort gewählten Gebiet.',
      en: 'The id of the area whose profile is shown. In a group the profile follows the area chosen there.',
    },
    choices: areaChoices,
  },
  {
    name: 'indicators',
    kind: 'multi',
    label: { de: 'Indikatoren', en: 'Indicators' },
    description: { de: 'Die Indikatoren in der gewünschten Reihenfolge', en: 'The indicators, in the order shown' },
    format: { de: 'Indikator-IDs mit Komma', en: 'comma-separated indicator ids' },
    unset: { de: 'alle Indikatoren der Ebene', en: "all indicators of the level" },
    hint: { de: 'Kennungen mit Komma, in der gewünschten Reihenfolge; ohne Angabe alle.', en: 'Comma-separated ids in the order wanted; all when empty.' },
    choices: indicatorChoices,
    parse: (value: string) => parseIdList(value),
  },
  {
    name: 'period',
    kind: 'select',
    label: { de: 'Zeitraum', en: 'Period' },
    description: { de: 'Der Zeitraum; jede Zeile nennt ihren Stand', en: 'The period; every row states its own' },
    format: { de: 'ISO 8601, z. B. `2023`', en: 'ISO 8601, e.g. `2023`' },
    unset: { de: 'der Zeitraum der `group`, sonst je Indikator der neueste', en: "the `group`'s period, else each indicator's latest" },
    hint: {
      de: 'ISO-8601-Zeitraum (z. B. 2023). Indikatoren ohne diesen Zeitraum zeigen ihren neuesten.',
      en: 'ISO 8601 period (e.g. 2023). Indicators without it show their latest.',
    },
    choices: periodChoices,
  },
  {
    name: 'level',
    kind: 'select',
    label: { de: 'Gebietsebene', en: 'Area level' },
    description: { de: 'Die Gebietsebene, deren Gebiete verglichen werden', en: 'The area level whose areas are compared' },
    format: { de: 'Ebenen-ID', en: 'level id' },
    unset: { de: 'die Ebene des Gebiets', en: "the area's level" },
    hint: {
      de: 'Die Ebene, deren Gebiete verglichen werden; ohne Angabe die des Gebiets. Indikatoren anderer Ebenen fehlen mit Hinweis.',
      en: "The level whose areas are compared; by default the area's. Indicators of other levels are left out with a note.",
    },
    choices: levelChoices,
  },
]);
