/**
 * Texts of `<qw-indicator-trend>`, German first; the type requires every key in both languages.
 * The whole (`{to}`, `{of}`, `{dative}`) comes declined from `wholePhrases`: a Kreis is not a "Gesamtstadt".
 */
import { translator, type Catalogue } from '../../shared/i18n.ts';

type TrendKey =
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

export const trendTexts: Catalogue<TrendKey> = {
  de: {
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
  },
  en: {
    legend: 'Series',
    legendHint: 'The buttons show or hide a series.',
    provisionalKey: 'provisional value',
    seriesBreak: 'Series break',
    seriesBreakKey: 'Series break: values before and after are not comparable',
    target: 'Target: {value}',
    targetKey: 'Target',
    notes: 'Notes',
    noteMarker: 'Note {number}',
    chartLabel: 'Chart: {title}',
    chartHint: 'Use the left and right arrow keys to step through the periods, up and down to change the series, Home and End for the first and last period, Escape to stop.',
    difference: 'Difference {to}: {difference}',
    differenceNone: 'no value {of} to compare',
    periodColumn: 'Period',
    notesColumn: 'Note',
    tableCaption: '{indicator} by period',
    statusColumn: '{series}: flag',
    subheadingAreas: '{areas}',
    subheadingSpan: '{from} to {to}',
    summaryIntro: '{indicator}, {from} to {to}.',
    summaryRose: '{series}: rose from {first} to {last}.',
    summaryFell: '{series}: fell from {first} to {last}.',
    summaryUnchanged: '{series}: {first} and {last}, unchanged.',
    summarySingle: '{series}: one value only, {last}.',
    summaryNone: '{series}: no value.',
    summaryAbove: 'Most recently {series}, at {value}, is {difference} above {dative} ({city}).',
    summaryBelow: 'Most recently {series}, at {value}, is {difference} below {dative} ({city}).',
    summaryEqual: 'Most recently {series}, at {value}, is level with {dative}.',
    summaryBreaks: 'Series break at {periods}: values before and after are not comparable.',
    summaryGaps: 'No value: {list}.',
    summaryTarget: 'Target: {value}.',
    percentagePoints: '{value} percentage points',
    and: 'and',
    announcePoint: '{series}, {period}: {value}',
    'error.indicator': 'The data has no indicator "{id}".',
    'error.indicator.hint': 'Indicators in the data: {list}',
    'error.areas': 'The areas "{ids}" do not exist for this indicator.',
    'error.areas.hint': 'Areas of the level {level}: {list}',
    'error.target': 'The target "{value}" is not a number.',
    'error.target.hint': 'Put a number in the "target" attribute, e.g. target="8" or target="12.5".',
  },
};

export const text = translator(trendTexts);

export type TrendTextKey = Parameters<typeof text>[1];
