/**
 * The words and numbers the map shows, from the model: values in the indicator's unit, class
 * ranges, accessible names, the screen-reader summary and the CSV rows. Pure; no DOM.
 * Every text about a district goes through {@link measureText}, which never turns a suppressed
 * value into a number.
 */
import { formatDifference, formatEntry, formatNumber, formatPeriod, formatSigned, formatValue, locale, statusText } from '../../shared/format.ts';
import { wholePhrases } from '../../contract/municipality.ts';
import { localized, t, type Lang, type Params } from '../../shared/i18n.ts';
import type { Column } from '../../shared/table.ts';
import { kindOf, type DistrictDatum, type LegendClass, type MapModel } from './model/district-data.ts';
import { text } from './district-map.texts.ts';

const NBSP = '\u00a0';

export function indicatorLabel(lang: Lang, model: Pick<MapModel, 'indicator'>): string {
  return localized(lang, model.indicator.label, model.indicator.labelEn);
}

export function levelLabel(lang: Lang, model: Pick<MapModel, 'level'>): string {
  return localized(lang, model.level.label, model.level.labelEn);
}

/** The whole's name in the forms the texts need (`{whole}`, `{inline}`, `{subject}`, `{to}`, `{of}`). */
export function wholeParams(lang: Lang, model: Pick<MapModel, 'body'>): Params {
  const { short, inline, subject, to, of } = wholePhrases(model.body, lang);
  return { whole: short, inline, subject, to, of };
}

/** The shown period: `2023`, or `Veränderung 2019 bis 2023`. */
export function periodText(lang: Lang, model: Pick<MapModel, 'period' | 'compare'>): string {
  return model.compare ? text(lang, 'changeFromTo', { from: formatPeriod(lang, model.compare), to: formatPeriod(lang, model.period) }) : formatPeriod(lang, model.period);
}

/** What follows a number in the indicator's unit; for changes of a share, percentage points. */
export function unitSuffix(lang: Lang, unit: string, change: boolean): string {
  const u = unit.trim();
  if (!u) return '';
  if (u === '%') return change ? `${NBSP}${lang === 'de' ? 'Prozentpunkte' : 'percentage points'}` : lang === 'de' ? `${NBSP}%` : '%';
  if (u === '€' || u === 'EUR') return `${NBSP}€`;
  return `${NBSP}${u}`;
}

function decimalsNeeded(value: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(value * 10 ** d) / 10 ** d - value) < 1e-9) return d;
  return 6;
}

/** Decimals for class limits: the indicator's, more only where a limit needs them to be told apart. */
export function breakDecimals(model: Pick<MapModel, 'breaks' | 'indicator'>): number {
  const needed = model.breaks.length ? Math.max(...model.breaks.map(decimalsNeeded)) : 0;
  return Math.max(model.indicator.decimals, Math.min(3, needed));
}

/**
 * A unit that names a kind of number rather than counting something ("Index", "Indexwert"):
 * "bis 0,13 Index" reads as if 0.13 indices were meant, so the legend names it before the
 * range instead ("Indexwert bis 0,13").
 */
export function isIndexUnit(unit: string): boolean {
  return /^index(wert|value)?$/i.test(unit.trim());
}

/** A class's range in words: `bis 5,0 %`, `über 5,0 bis 10,0 %`, `über 10,0 %`, `Indexwert bis 0,13`. */
export function rangeText(lang: Lang, model: MapModel, cls: Pick<LegendClass, 'lower' | 'upper'>): string {
  const range = rangeWords(lang, model, cls);
  if (!range || !isIndexUnit(model.indicator.unit)) return range;
  return `${text(lang, model.compare !== undefined ? 'indexChange' : 'indexValue')} ${range}`;
}

function rangeWords(lang: Lang, model: MapModel, cls: Pick<LegendClass, 'lower' | 'upper'>): string {
  const decimals = breakDecimals(model);
  const change = model.compare !== undefined;
  const bound = (v: number) => (change ? formatSigned(lang, v, decimals) : formatNumber(lang, v, decimals));
  const suffix = isIndexUnit(model.indicator.unit) ? '' : unitSuffix(lang, model.indicator.unit, change);
  if (cls.lower === undefined && cls.upper === undefined) {
    if (!model.extent) return '';
    const [min, max] = model.extent;
    return min === max ? `${bound(min)}${suffix}` : `${text(lang, 'rangeAll', { lower: bound(min), upper: bound(max) })}${suffix}`;
  }
  if (cls.lower === undefined) return `${text(lang, 'rangeFirst', { upper: bound(cls.upper!) })}${suffix}`;
  if (cls.upper === undefined) return `${text(lang, 'rangeLast', { lower: bound(cls.lower) })}${suffix}`;
  return `${text(lang, 'rangeMiddle', { lower: bound(cls.lower), upper: bound(cls.upper) })}${suffix}`;
}

/** A number in the indicator's unit: a value, or a change when comparing. */
export function numberText(lang: Lang, model: MapModel, value: number): string {
  const { unit, decimals } = model.indicator;
  return model.compare === undefined ? formatValue(lang, value, unit, decimals) : formatDifference(lang, value, unit, decimals);
}

/** The value (or change) of a district as text, or the reason there is none. */
export function measureText(lang: Lang, model: MapModel, district: DistrictDatum): string {
  const { unit, decimals } = model.indicator;
  if (district.kind === 'suppressed') return statusText(lang, 'suppressed');
  if (model.compare === undefined) {
    return district.entry ? formatEntry(lang, district.kind === 'value' ? district.entry : { ...district.entry, value: null }, unit, decimals) : t(lang, 'noValue');
  }
  if (district.kind === 'missing' || district.measure === null) return t(lang, 'noValue');
  return formatDifference(lang, district.measure, unit, decimals);
}

/** A single entry (a district's or the city's value in one period) as text. */
export function entryText(lang: Lang, model: MapModel, entry: { value: number | null; status?: string | undefined } | undefined): string {
  if (!entry) return t(lang, 'noValue');
  if (entry.status === 'suppressed') return statusText(lang, 'suppressed');
  return formatEntry(lang, entry, model.indicator.unit, model.indicator.decimals);
}

/** The city's value (or change) as text. */
export function cityText(lang: Lang, model: MapModel): string {
  const { unit, decimals } = model.indicator;
  if (model.compare === undefined) return entryText(lang, model, model.total);
  if (model.cityMeasure === null) {
    const suppressed = model.total?.status === 'suppressed' || model.compareTotal?.status === 'suppressed';
    return suppressed ? statusText(lang, 'suppressed') : t(lang, 'noValue');
  }
  return formatDifference(lang, model.cityMeasure, unit, decimals);
}

export function differenceText(lang: Lang, model: MapModel, district: DistrictDatum): string | null {
  if (district.difference === null) return null;
  return formatDifference(lang, district.difference, model.indicator.unit, model.indicator.decimals);
}

export function rankText(lang: Lang, model: MapModel, district: DistrictDatum): string | null {
  return district.rank === null ? null : text(lang, 'rankOf', { rank: district.rank, count: model.counts.value });
}

/** The legend class of a district in words, or why it has none. */
export function classText(lang: Lang, model: MapModel, district: DistrictDatum): string {
  if (district.kind === 'suppressed') return text(lang, 'suppressedLegend');
  if (district.classIndex === null) return text(lang, 'noValueLegend');
  const cls = model.classes[district.classIndex];
  return cls ? rangeText(lang, model, cls) : '';
}

/** The accessible name of a district on the map: name, value, rank, difference to the city. */
export function districtLabel(lang: Lang, model: MapModel, district: DistrictDatum): string {
  const parts = [`${district.name}: ${measureText(lang, model, district)}`];
  if (district.rank !== null) parts.push(text(lang, 'rankPhrase', { rank: district.rank, count: model.counts.value }));
  const difference = differenceText(lang, model, district);
  if (difference) parts.push(text(lang, model.compare ? 'differenceChangeShort' : 'differenceShort', { ...wholeParams(lang, model), difference }));
  return parts.join(', ');
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Names joined as a sentence does ("A, B und C"). Creating an `Intl.ListFormat` loads locale data
 * (tens of milliseconds the first time on a page): one per locale, and none for a single name,
 * the usual case of the highest and the lowest district.
 */
export function listOf(lang: Lang, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const key = locale(lang);
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(key, { type: 'conjunction' })));
  return format.format(names);
}

/** The screen-reader summary: highest and lowest, the city value, how many lie above it. */
export function summaryText(lang: Lang, model: MapModel): string {
  const valued = model.districts.filter((d) => d.measure !== null);
  const sentences = [text(lang, 'summary', { indicator: indicatorLabel(lang, model), period: periodText(lang, model), count: model.districts.length, level: levelLabel(lang, model) })];
  if (valued.length === 0) sentences.push(text(lang, 'summaryNone'));
  else {
    const max = Math.max(...valued.map((d) => d.measure!));
    const min = Math.min(...valued.map((d) => d.measure!));
    const at = (v: number) => valued.filter((d) => d.measure === v);
    const highest = at(max);
    const lowest = at(min);
    sentences.push(
      text(lang, model.compare ? 'summaryChange' : 'summaryHigh', {
        names: listOf(lang, highest.map((d) => d.name)),
        value: measureText(lang, model, highest[0]!),
        lowNames: listOf(lang, lowest.map((d) => d.name)),
        lowValue: measureText(lang, model, lowest[0]!),
      }),
    );
  }
  const cityKnown = model.compare ? model.cityMeasure !== null : model.total !== undefined;
  if (cityKnown) sentences.push(text(lang, model.compare ? 'summaryTotalChange' : 'summaryTotal', { ...wholeParams(lang, model), total: cityText(lang, model) }));
  if (model.cityMeasure !== null && valued.length) {
    const above = valued.filter((d) => d.difference !== null && d.difference > 0).length;
    sentences.push(text(lang, model.compare ? 'summaryAboveChange' : 'summaryAbove', { ...wholeParams(lang, model), above, count: valued.length }));
  }
  if (model.counts.missing) sentences.push(text(lang, 'summaryMissing', { count: model.counts.missing }));
  if (model.counts.suppressed) sentences.push(text(lang, 'summarySuppressed', { count: model.counts.suppressed }));
  return sentences.join(' ');
}

/** The shown values as CSV rows (header first): numbers stay numbers, reasons go to the status column. */
export function csvRows(lang: Lang, model: MapModel): (string | number | null)[][] {
  const comparing = model.compare !== undefined;
  const header = [text(lang, 'csvArea'), text(lang, 'csvId'), text(lang, 'csvPeriod')];
  if (comparing) header.push(text(lang, 'csvCompareValue', { period: model.compare! }), text(lang, 'csvCompareStatus', { period: model.compare! }));
  header.push(text(lang, 'csvValue'), text(lang, 'csvStatus'));
  if (comparing) header.push(text(lang, 'csvChange'));
  header.push(text(lang, 'csvUnit'), text(lang, 'csvRank'), text(lang, 'csvClass'));
  const number = (entry: { value: number | null; status?: string | undefined } | undefined) =>
    entry && entry.status !== 'suppressed' && entry.value !== null && Number.isFinite(entry.value) ? entry.value : null;
  const status = (entry: { status?: string | undefined } | undefined) => (entry ? (entry.status ? statusText(lang, entry.status) : '') : t(lang, 'noValue'));
  const rows: (string | number | null)[][] = model.districts.map((d) => {
    const row: (string | number | null)[] = [d.name, d.id, model.period];
    if (comparing) row.push(number(d.compareEntry), status(d.compareEntry));
    row.push(number(d.entry), status(d.entry));
    if (comparing) row.push(d.kind === 'value' ? d.measure : null);
    row.push(model.indicator.unit, d.rank, classText(lang, model, d));
    return row;
  });
  const city: (string | number | null)[] = [wholePhrases(model.body, lang).short, '', model.period];
  if (comparing) city.push(number(model.compareTotal), model.compareTotal ? status(model.compareTotal) : t(lang, 'noValue'));
  city.push(number(model.total), model.total ? status(model.total) : t(lang, 'noValue'));
  if (comparing) city.push(model.cityMeasure);
  city.push(model.indicator.unit, null, '');
  return [header, ...rows, city];
}

/** Value classes worth a legend entry: none when no district has a number (unless the author fixed them). */
export function valueClasses(model: MapModel): readonly LegendClass[] {
  return model.counts.value > 0 || model.method === 'manual' || model.fixedBreaks ? model.classes : [];
}

/** The note under the legend on the colour midpoint of a diverging palette, or ''. */
export function centreText(lang: Lang, model: MapModel): string {
  const centre = model.centre;
  if (!centre) return '';
  if (centre.kind === 'zero') return text(lang, 'centreZero');
  if (centre.kind === 'total') return text(lang, 'centreTotal', { ...wholeParams(lang, model), value: cityText(lang, model) });
  return text(lang, 'centreMedian', { value: numberText(lang, model, centre.value) });
}

/** The data table's caption: what, when, where; the city's value; what rank 1 means. */
export function tableCaption(lang: Lang, model: MapModel): string {
  const comparing = model.compare !== undefined;
  return [
    text(lang, 'tableCaption', { indicator: indicatorLabel(lang, model), period: periodText(lang, model), level: levelLabel(lang, model) }),
    text(lang, comparing ? 'tableCaptionChange' : 'tableCaptionTotal', { ...wholeParams(lang, model), total: cityText(lang, model) }),
    text(lang, comparing ? 'rankNoteChange' : 'rankNote'),
  ].join(' · ');
}

/** The data table's columns: name, value (or both periods and the change), difference, rank, class. */
export function tableColumns(lang: Lang, model: MapModel): Column<DistrictDatum>[] {
  const numberOf = (entry: DistrictDatum['entry']) => (kindOf(entry) === 'value' ? entry!.value : null);
  const measure: Column<DistrictDatum>['render'] = (d) => measureText(lang, model, d);
  const values: Column<DistrictDatum>[] =
    model.compare !== undefined
      ? [
          { key: 'compare', label: formatPeriod(lang, model.compare), numeric: true, sortValue: (d) => numberOf(d.compareEntry), render: (d) => entryText(lang, model, d.compareEntry) },
          { key: 'value', label: formatPeriod(lang, model.period), numeric: true, sortValue: (d) => numberOf(d.entry), render: (d) => entryText(lang, model, d.entry) },
          { key: 'change', label: text(lang, 'change'), numeric: true, sortValue: (d) => d.measure, render: measure },
        ]
      : [{ key: 'value', label: text(lang, 'value'), numeric: true, sortValue: (d) => d.measure, render: measure }];
  return [
    { key: 'name', label: text(lang, 'area'), rowHeader: true, sortValue: (d) => d.name },
    ...values,
    { key: 'difference', label: text(lang, model.compare !== undefined ? 'differenceChange' : 'difference', wholeParams(lang, model)), numeric: true, sortValue: (d) => d.difference, render: (d) => differenceText(lang, model, d) ?? '–' },
    { key: 'rank', label: text(lang, 'rank'), numeric: true, sortValue: (d) => d.rank, render: (d) => (d.rank === null ? '–' : String(d.rank)) },
    { key: 'class', label: text(lang, 'classColumn'), sortValue: (d) => (d.classIndex === null ? null : d.classIndex), render: (d) => classText(lang, model, d) },
  ];
}

/** One entry of the legend: a class with its colour, or the districts without a number with their pattern. */
export interface LegendItem {
  readonly label: string;
  readonly count: number;
  readonly color?: string;
  readonly pattern?: 'missing' | 'suppressed';
}

/** The legend's entries, as the widget and the PNG show them. */
export function legendItems(lang: Lang, model: MapModel): LegendItem[] {
  const items: LegendItem[] = valueClasses(model).map((c) => ({ label: rangeText(lang, model, c), count: c.count, color: c.color }));
  if (model.counts.missing) items.push({ label: text(lang, 'noValueLegend'), count: model.counts.missing, pattern: 'missing' });
  if (model.counts.suppressed) items.push({ label: text(lang, 'suppressedLegend'), count: model.counts.suppressed, pattern: 'suppressed' });
  return items;
}

export interface PanelRow {
  readonly term: string;
  readonly value: string;
}

/** The city's row of the details panel: its value, or its change when comparing. */
export function cityRow(lang: Lang, model: MapModel): PanelRow {
  return { term: model.compare ? text(lang, 'cityChange', wholeParams(lang, model)) : wholePhrases(model.body, lang).short, value: cityText(lang, model) };
}

/** The details of a district: value (or both periods and the change), rank, the city, the difference. */
export function panelRows(lang: Lang, model: MapModel, district: DistrictDatum): PanelRow[] {
  const rows: PanelRow[] = model.compare
    ? [
        { term: formatPeriod(lang, model.compare), value: entryText(lang, model, district.compareEntry) },
        { term: formatPeriod(lang, model.period), value: entryText(lang, model, district.entry) },
        { term: text(lang, 'change'), value: measureText(lang, model, district) },
      ]
    : [{ term: text(lang, 'value'), value: measureText(lang, model, district) }];
  const rank = rankText(lang, model, district);
  if (rank) rows.push({ term: text(lang, 'rank'), value: rank });
  rows.push(cityRow(lang, model));
  const difference = differenceText(lang, model, district);
  if (difference) rows.push({ term: text(lang, model.compare ? 'differenceChange' : 'difference', wholeParams(lang, model)), value: difference });
  return rows;
}
