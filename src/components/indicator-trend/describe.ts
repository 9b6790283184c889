/**
 * What a trend says in words and rows: value texts, differences to the city, the screen-reader
 * summary, the table rows and the CSV. Pure functions over the trend model.
 */
import { formatDifference, formatEntry, formatNumber, formatPeriod, formatValue, statusText } from '../../shared/format.ts';
import type { Lang } from '../../shared/i18n.ts';
import type { Column } from '../../shared/table.ts';
import { text } from './indicator-trend.texts.ts';
import { endpoints, type TrendModel, type TrendPoint, type TrendSeries } from './model/series.ts';

/** `a, b und c` / `a, b and c`. */
export function joinWords(lang: Lang, words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${text(lang, 'and')} ${words[words.length - 1]}`;
}

/** `16,5 % (vorläufig)`, `geheim gehalten`, `keine Angabe`. */
export function valueText(lang: Lang, model: TrendModel, point: Pick<TrendPoint, 'value' | 'status' | 'unreported'>): string {
  const { unit, decimals } = model.indicator;
  if (point.unreported) return statusText(lang, 'missing');
  return formatEntry(lang, { value: point.value, status: point.status }, unit, decimals);
}

/** `Unterschied zur Gesamtstadt: +5,0 Prozentpunkte` (`zum Kreis Wesel`); nothing for the total itself or a gap. */
export function differenceText(lang: Lang, model: TrendModel, point: TrendPoint): string | undefined {
  const total = model.series.find((s) => s.key === point.series)?.kind === 'total';
  if (total || point.value === null) return undefined;
  const { to, of } = model.whole;
  if (point.city === null) return text(lang, 'differenceNone', { of });
  const { unit, decimals } = model.indicator;
  return text(lang, 'difference', { to, difference: formatDifference(lang, point.value - point.city, unit, decimals) });
}

/** `16,5 % (2023, vorläufig)`: a value with its period and, if any, its status. */
function endpointText(lang: Lang, model: TrendModel, point: TrendPoint): string {
  const { unit, decimals } = model.indicator;
  const flags = [formatPeriod(lang, point.period), ...(point.status ? [statusText(lang, point.status)] : [])];
  return `${formatValue(lang, point.value ?? 0, unit, decimals)} (${flags.join(', ')})`;
}

/** A positive distance in the unit: `18,1 Prozentpunkte`, `1.200 Personen`. */
function magnitude(lang: Lang, model: TrendModel, amount: number): string {
  const { unit, decimals } = model.indicator;
  return unit.trim() === '%' ? text(lang, 'percentagePoints', { value: formatNumber(lang, amount, decimals) }) : formatValue(lang, amount, unit, decimals);
}

/** Direction over the span and the latest value against the city, per shown series; gaps, breaks and target. */
export function trendSummary(lang: Lang, model: TrendModel, shown: readonly TrendSeries[]): string {
  const { unit, decimals } = model.indicator;
  const period = (p: string) => formatPeriod(lang, p);
  const parts: string[] = [];
  const first = model.periods[0];
  const last = model.periods[model.periods.length - 1];
  if (first && last) parts.push(text(lang, 'summaryIntro', { indicator: model.label, from: period(first), to: period(last) }));
  for (const s of shown) {
    const ends = endpoints(s);
    if (!ends) {
      parts.push(text(lang, 'summaryNone', { series: s.label }));
      continue;
    }
    const params = { series: s.label, first: endpointText(lang, model, ends.first), last: endpointText(lang, model, ends.last) };
    if (ends.first === ends.last) parts.push(text(lang, 'summarySingle', params));
    else {
      const a = Number(ends.first.value!.toFixed(decimals));
      const b = Number(ends.last.value!.toFixed(decimals));
      parts.push(text(lang, a < b ? 'summaryRose' : a > b ? 'summaryFell' : 'summaryUnchanged', params));
    }
    const latest = ends.last;
    if (s.kind === 'area' && latest.city !== null) {
      const difference = Number((latest.value! - latest.city).toFixed(decimals));
      const value = valueText(lang, model, latest);
      const { dative } = model.whole;
      if (difference === 0) parts.push(text(lang, 'summaryEqual', { series: s.label, value, dative }));
      else {
        const city = formatValue(lang, latest.city, unit, decimals);
        parts.push(text(lang, difference > 0 ? 'summaryAbove' : 'summaryBelow', { series: s.label, value, difference: magnitude(lang, model, Math.abs(difference)), city, dative }));
      }
    }
    const gaps = s.points.filter((p) => p.value === null);
    if (gaps.length) parts.push(text(lang, 'summaryGaps', { list: gaps.map((p) => `${s.label} ${period(p.period)} (${valueText(lang, model, p)})`).join(', ') }));
  }
  const breaks = model.notes.filter((n) => n.seriesBreak);
  if (breaks.length) parts.push(text(lang, 'summaryBreaks', { periods: joinWords(lang, breaks.map((n) => period(n.period))) }));
  if (model.target !== undefined) parts.push(text(lang, 'summaryTarget', { value: formatValue(lang, model.target, unit, decimals) }));
  return parts.join(' ');
}

export interface PeriodRow {
  readonly period: string;
  readonly instant: number;
  /** The shown series' points in this period, by series key. */
  readonly cells: ReadonlyMap<string, TrendPoint>;
  /** The data's notes for this period (breaks first marked) and the points' own notes. */
  readonly notes: readonly string[];
}

/** One row per period for the table and the CSV: exactly what the chart shows. */
export function periodRows(lang: Lang, model: TrendModel, shown: readonly TrendSeries[]): PeriodRow[] {
  return model.periods.map((period) => {
    const cells = new Map<string, TrendPoint>();
    for (const s of shown) {
      const point = s.points.find((p) => p.period === period);
      if (point) cells.set(s.key, point);
    }
    const notes = [
      ...model.notes.filter((n) => n.period === period).map((n) => (n.seriesBreak ? `${text(lang, 'seriesBreak')}: ${n.text}` : n.text)),
      ...shown.flatMap((s) => {
        const note = cells.get(s.key)?.note;
        return note ? [`${s.label}: ${note}`] : [];
      }),
    ];
    const instant = model.series.flatMap((s) => s.points).find((p) => p.period === period)?.instant ?? 0;
    return { period, instant, cells, notes };
  });
}

/** A table cell: the value in words, `keine Angabe` where the series has no entry. */
export function cellText(lang: Lang, model: TrendModel, row: PeriodRow, key: string): string {
  const point = row.cells.get(key);
  return point ? valueText(lang, model, point) : statusText(lang, 'missing');
}

/**
 * The CSV table: ISO periods, numbers as numbers, and per series with any flagged value a column
 * with the flag in words (vorläufig, geheim gehalten, keine Angabe), so nothing is lost.
 */
export function csvTable(lang: Lang, model: TrendModel, shown: readonly TrendSeries[]): { header: string[]; rows: (string | number | null)[][] } {
  const flagged = new Set(shown.filter((s) => s.points.some((p) => p.status || p.unreported)).map((s) => s.key));
  const header = [
    text(lang, 'periodColumn'),
    ...shown.flatMap((s) => (flagged.has(s.key) ? [s.label, text(lang, 'statusColumn', { series: s.label })] : [s.label])),
    text(lang, 'notesColumn'),
  ];
  const rows = periodRows(lang, model, shown).map((row) => [
    row.period,
    ...shown.flatMap((s) => {
      const point = row.cells.get(s.key);
      const value = point?.value ?? null;
      if (!flagged.has(s.key)) return [value];
      const flag = !point || point.unreported ? statusText(lang, 'missing') : point.status ? statusText(lang, point.status) : '';
      return [value, flag];
    }),
    row.notes.join(' | '),
  ]);
  return { header, rows };
}

/** The table's columns: the period, a column per shown series, the notes when there are any. */
export function tableColumns(lang: Lang, model: TrendModel, shown: readonly TrendSeries[], rows: readonly PeriodRow[]): Column<PeriodRow>[] {
  const withNotes = rows.some((r) => r.notes.length);
  return [
    { key: 'period', label: text(lang, 'periodColumn'), rowHeader: true, sortValue: (r) => r.instant, render: (r) => formatPeriod(lang, r.period) },
    ...shown.map((s): Column<PeriodRow> => ({ key: s.key, label: s.label, numeric: true, sortValue: (r) => r.cells.get(s.key)?.value ?? null, render: (r) => cellText(lang, model, r, s.key) })),
    ...(withNotes ? [{ key: 'notes', label: text(lang, 'notesColumn'), sortValue: (r: PeriodRow) => r.notes.join(' ') || null }] : []),
  ];
}

/** Under the title: the series' names and the span, `Innenstadt und Wesel (Gesamtstadt) · 2015 bis 2023`. */
export function subheadingText(lang: Lang, model: TrendModel): string {
  const first = model.periods[0];
  const last = model.periods[model.periods.length - 1];
  const span = first && last && first !== last ? text(lang, 'subheadingSpan', { from: formatPeriod(lang, first), to: formatPeriod(lang, last) }) : first ? formatPeriod(lang, first) : '';
  return [joinWords(lang, model.series.map((s) => s.label)), span].filter(Boolean).join(' · ');
}

/** What the screen reader hears when a point is stepped to: series, period, value, difference to the city. */
export function pointAnnouncement(lang: Lang, model: TrendModel, series: TrendSeries, point: TrendPoint): string {
  const difference = differenceText(lang, model, point);
  const said = text(lang, 'announcePoint', { series: series.label, period: formatPeriod(lang, point.period), value: valueText(lang, model, point) });
  return difference ? `${said}. ${difference}.` : `${said}.`;
}
