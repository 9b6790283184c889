/** The attributes of `<qw-funding-tracker>` (see shared/options.ts), in the order the configurator offers them. */
import { localized } from '../../shared/i18n.ts';
import { defineOptions, parseDay, parseOneOf, type ValueChoice } from '../../shared/options.ts';

const LAYOUTS: readonly ValueChoice[] = [
  { value: 'full', label: { de: 'vollständig', en: 'full' } },
  { value: 'compact', label: { de: 'kompakt (für eine Seitenleiste)', en: 'compact (for a sidebar)' } },
];

export const FUNDING_TRACKER_OPTIONS = defineOptions([
  {
    name: 'programme',
    kind: 'select',
    label: { de: 'Programm', en: 'Programme' },
    description: { de: 'Zeigt dieses eine Programm', en: 'Shows this one programme' },
    format: { de: 'Programm-ID', en: 'programme id' },
    unset: { de: 'alle Programme als Liste', en: 'all programmes as a list' },
    choices: (document, _options, lang) => [
      { value: '', label: localized(lang, 'alle Programme', 'all programmes') },
      ...(document.funding?.programmes ?? []).map((p) => ({ value: p.id, label: localized(lang, p.name, p.nameEn) })),
    ],
  },
  {
    name: 'layout',
    kind: 'select',
    label: { de: 'Darstellung', en: 'Layout' },
    description: { de: '`compact`: für eine Seitenleiste nur Balken, Hauptzahlen und nächste Frist', en: '`compact`: bar, main figures and the next deadline, for a sidebar' },
    values: LAYOUTS,
    default: 'full',
    parse: parseOneOf(LAYOUTS),
  },
  {
    name: 'now',
    kind: 'date',
    label: { de: 'Stichtag für Fristen', en: 'Reference day for deadlines' },
    description: {
      de: 'Stichtag, ab dem die Tage bis zu den Fristen gezählt werden; für archivierte Seiten ein festes Datum',
      en: 'The day deadlines are counted from; a fixed date for archived pages',
    },
    hint: { de: 'Leer lassen: heute. Für archivierte Seiten ein festes Datum.', en: 'Leave empty: today. A fixed date for archived pages.' },
    format: { de: 'JJJJ-MM-TT', en: 'YYYY-MM-DD' },
    unset: { de: 'heute', en: 'today' },
    parse: parseDay,
  },
]);
