/**
 * German texts of `<qw-indicator-trend>` (English: `indicator-trend.texts.en.ts`); both are typed by `TrendKey`.
 * The whole (`{to}`, `{of}`, `{dative}`) comes declined from `wholePhrases`: a Kreis is not a "Gesamtstadt".
 */
import { translator } from '../../shared/i18n.ts';

export type TrendKey =
  | 'legend'
  | 'legendHint'
  | 'provisionalKey'
  | 'seriesBreak'
  | 'seriesBreakKey'
  | 'target'
  | 'targetKey'
  | 'notes'
  | 'noteMarker'
  | 'chartLabel'
  | 'chartHint'
  | 'difference'
  | 'differenceNone'
  | 'periodColumn'
  | 'notesColumn'
  | 'tableCaption'
  | 'statusColumn'
  | 'subheadingAreas'
  | 'subheadingSpan'
  | 'summaryIntro'
  | 'summaryRose'
  | 'summaryFell'
  | 'summaryUnchanged'
  | 'summarySingle'
  | 'summaryNone'
  | 'summaryAbove'
  | 'summaryBelow'
  | 'summaryEqual'
  | 'summaryBreaks'
  | 'summaryGaps'
  | 'summaryTarget'
  | 'percentagePoints'
  | 'and'
  | 'announcePoint'
  | 'error.indicator'
  | 'error.indicator.hint'
  | 'error.areas'
  | 'error.areas.hint'
  | 'error.target'
  | 'error.target.hint';

const de: Record<TrendKey, string> = {
  legend: 'Reihen',
  legendHint: 'Schaltflächen blenden eine Reihe ein oder aus.',
  provisionalKey: 'vorläufiger Wert',
  seriesBreak: 'Reihenbruch',
  seriesBreakKey: 'Reihenbruch: Werte davor und danach sind nicht vergleichbar',
  target: 'Ziel: {value}',
  targetKey: 'Zielwert',
  notes: 'Anmerkungen',
  noteMarker: 'Anmerkung {number}',
  chartLabel: 'Diagramm: {title}',
  chartHint: 'Mit den Pfeiltasten links und rechts durch die Zeiträume gehen, mit auf und ab die Reihe wechseln, Pos1 und Ende springen zum ersten und letzten Zeitraum, Escape beendet.',
  difference: 'Unterschied {to}: {difference}',
  differenceNone: 'kein Wert {of} zum Vergleich',
  periodColumn: 'Zeitraum',
  notesColumn: 'Anmerkung',
  tableCaption: '{indicator} nach Zeitraum',
  statusColumn: '{series}: Kennzeichen',
  subheadingAreas: '{areas}',
  subheadingSpan: '{from} bis {to}',
  summaryIntro: '{indicator}, {from} bis {to}.',
  summaryRose: '{series}: von {first} auf {last} gestiegen.',
  summaryFell: '{series}: von {first} auf {last} gesunken.',
  summaryUnchanged: '{series}: {first} und {last}, unverändert.',
  summarySingle: '{series}: nur ein Wert, {last}.',
  summaryNone: '{series}: kein Wert.',
  summaryAbove: 'Zuletzt liegt {series} mit {value} um {difference} über {dative} ({city}).',
  summaryBelow: 'Zuletzt liegt {series} mit {value} um {difference} unter {dative} ({city}).',
  summaryEqual: 'Zuletzt liegt {series} mit {value} gleichauf mit {dative}.',
  summaryBreaks: 'Reihenbruch bei {periods}: Werte davor und danach sind nicht vergleichbar.',
  summaryGaps: 'Ohne Wert: {list}.',
  summaryTarget: 'Zielwert: {value}.',
  percentagePoints: '{value} Prozentpunkte',
  and: 'und',
  announcePoint: '{series}, {period}: {value}',
  'error.indicator': 'Den Indikator „{id}“ gibt es in den Daten nicht.',
  'error.indicator.hint': 'Vorhandene Indikatoren: {list}',
  'error.areas': 'Die Gebiete „{ids}“ gibt es für diesen Indikator nicht.',
  'error.areas.hint': 'Gebiete der Raumebene {level}: {list}',
  'error.target': 'Der Zielwert „{value}“ ist keine Zahl.',
  'error.target.hint': 'Geben Sie im Attribut „target“ eine Zahl an, z. B. target="8" oder target="12.5".',
};

export const text = translator<TrendKey>({ de, en: () => import('./indicator-trend.texts.en.ts') });

export type TrendTextKey = Parameters<typeof text>[1];
