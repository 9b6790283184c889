/**
 * Shapes one indicator of a contract document into the series a trend chart draws:
 * which areas, which periods, where the gaps and series breaks are, and each point's
 * difference to the city. Pure: no DOM, no vega; the spec, the table, the tooltips and
 * the summary all read this one model, so they show the same thing.
 */
import type { AreaLevel, ContractDocument, Indicator, ValueStatus } from '../../../contract/schema.ts';
import { VALUE_STATUSES_WITHOUT_NUMBER } from '../../../contract/statuses.ts';
import { areaNames } from '../../../contract/areas.ts';
import { wholePhrases, type WholePhrases } from '../../../contract/municipality.ts';
import { parsePeriod, periodInstant, sortPeriods } from '../../../contract/period.ts';
import { localized, type Lang } from '../../../shared/i18n.ts';

/** The key of the city-total series (lengthened in the unlikely case an area has this id). */
export const TOTAL_KEY = '#total';

export interface TrendPoint {
  /** `series|period`, unique in the model. */
  readonly key: string;
  readonly series: string;
  readonly period: string;
  /** Where the period sits on the time axis (UTC ms): a reference date at its day, a span at its middle. */
  readonly instant: number;
  /** `null` for a gap: missing, suppressed or not reported at all. */
  readonly value: number | null;
  readonly status?: ValueStatus;
  readonly note?: string;
  /** No entry in the data although the series reports this kind of period before and after. */
  readonly unreported: boolean;
  readonly provisional: boolean;
  /** Increases at every series break; lines do not connect points of different segments. */
  readonly segment: number;
  /** The city total in the same period, for the difference (area series only). */
  readonly city: number | null;
}

export interface TrendSeries {
  readonly key: string;
  readonly kind: 'area' | 'total';
  readonly label: string;
  readonly points: readonly TrendPoint[];
}

export interface TrendNote {
  /** 1-based number shown in the chart and in the list below it. */
  readonly number: number;
  readonly key: string;
  readonly period: string;
  /** Where the marker sits: a series break at the start of its period (between the points before and from it), a note at the period. */
  readonly instant: number;
  readonly text: string;
  readonly seriesBreak: boolean;
}

export interface TrendModel {
  readonly indicator: Indicator;
  /** The document's whole in the model's language: the total series' name and the texts about it. */
  readonly whole: WholePhrases;
  readonly label: string;
  /** Every period any shown series reports, chronologically. */
  readonly periods: readonly string[];
  readonly series: readonly TrendSeries[];
  readonly notes: readonly TrendNote[];
  readonly target?: number;
}

export interface TrendSelection {
  readonly indicator?: string | undefined;
  /** The `areas` attribute as written: comma-separated ids. */
  readonly areas?: string | undefined;
  /** The area selected in the widget's group, if any. */
  readonly groupArea?: string | null | undefined;
  readonly showTotal: boolean;
  /** The `target` attribute; the indicator's `target` when undefined. */
  readonly target?: number | undefined;
}

const withoutNumber = new Set<string>(VALUE_STATUSES_WITHOUT_NUMBER);

/** A number that may be drawn: suppressed and other number-less statuses never are, whatever the data holds. */
export function drawableValue(entry: { value: number | null; status?: string | undefined }): number | null {
  if (entry.value === null || !Number.isFinite(entry.value)) return null;
  if (entry.status && withoutNumber.has(entry.status)) return null;
  return entry.value;
}

export function indicatorLabel(indicator: Indicator, lang: Lang): string {
  return localized(lang, indicator.label, indicator.labelEn);
}

function distinctPeriods(indicator: Indicator): Set<string> {
  return new Set([...indicator.values.map((v) => v.period), ...indicator.total.map((v) => v.period)]);
}

/** The indicator the widget shows: the named one, else the first with more than one period. */
export function pickIndicator(document: ContractDocument, id: string | undefined): Indicator | undefined {
  if (id) return document.indicators.find((i) => i.id === id);
  return document.indicators.find((i) => distinctPeriods(i).size > 1) ?? document.indicators[0];
}

export function levelOf(document: ContractDocument, indicator: Indicator): AreaLevel | undefined {
  return document.areaLevels.find((l) => l.id === indicator.level);
}

/** The `target` attribute: `8,5` and `8.5` both mean 8.5; anything else is kept as NaN (and reported). */
export function parseTarget(value: string | null | undefined): number | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'));
}

export function parseAreaList(text: string | undefined): string[] {
  return [...new Set((text ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
}

/** Ids in the `areas` attribute that neither the level nor the indicator's values know. */
export function unknownAreas(indicator: Indicator, level: AreaLevel | undefined, areas: string | undefined): string[] {
  const known = new Set([...areaNames(level).keys(), ...indicator.values.map((v) => v.area)]);
  return parseAreaList(areas).filter((id) => !known.has(id));
}

/**
 * The areas drawn: the group's selected area when the indicator has values for it, else the
 * `areas` attribute, else the first area (in the level's order) with values in more than one
 * period; none when no area has a series (the city total alone is then shown).
 */
export function resolveAreas(indicator: Indicator, level: AreaLevel | undefined, selection: Pick<TrendSelection, 'areas' | 'groupArea'>): string[] {
  const withValues = new Set(indicator.values.map((v) => v.area));
  if (selection.groupArea && withValues.has(selection.groupArea)) return [selection.groupArea];
  const listed = parseAreaList(selection.areas);
  if (listed.length) return listed;
  const periodsPerArea = new Map<string, Set<string>>();
  for (const v of indicator.values) {
    if (drawableValue(v) === null) continue;
    let set = periodsPerArea.get(v.area);
    if (!set) periodsPerArea.set(v.area, (set = new Set()));
    set.add(v.period);
  }
  const order = [...areaNames(level).keys(), ...withValues];
  const first = order.find((id) => (periodsPerArea.get(id)?.size ?? 0) > 1);
  return first ? [first] : [];
}

interface Entry {
  readonly period: string;
  readonly value: number | null;
  readonly status?: ValueStatus | undefined;
  readonly note?: string | undefined;
}

/** Where the period starts (UTC ms); series breaks take effect from there. */
function periodStart(period: string): number {
  return parsePeriod(period)?.start ?? Number.NaN;
}

function buildPoints(key: string, entries: readonly Entry[], allPeriods: readonly string[], breaks: readonly number[], city: Map<string, number> | null): TrendPoint[] {
  const byPeriod = new Map<string, Entry>();
  for (const e of entries) if (!byPeriod.has(e.period)) byPeriod.set(e.period, e);
  const own = [...byPeriod.keys()].map(parsePeriod).filter((p) => p !== null);
  if (!own.length) return [];
  const granularities = new Set(own.map((p) => p.granularity));
  const first = Math.min(...own.map((p) => p.start));
  const last = Math.max(...own.map((p) => p.start));
  const points: TrendPoint[] = [];
  for (const period of allPeriods) {
    const entry = byPeriod.get(period);
    const parsed = parsePeriod(period);
    if (!parsed) continue;
    // A period of the series' own kind inside its span, without an entry: a gap, not a bridge.
    const unreported = !entry && granularities.has(parsed.granularity) && parsed.start > first && parsed.start < last;
    if (!entry && !unreported) continue;
    const value = entry ? drawableValue(entry) : null;
    points.push({
      key: `${key}|${period}`,
      series: key,
      period,
      instant: periodInstant(period),
      value,
      ...(entry?.status ? { status: entry.status } : {}),
      ...(entry?.note ? { note: entry.note } : {}),
      unreported,
      provisional: entry?.status === 'provisional' && value !== null,
      segment: breaks.filter((start) => start <= parsed.start).length,
      city: city?.get(period) ?? null,
    });
  }
  return points;
}

export interface ModelOptions {
  readonly lang: Lang;
  readonly areas: readonly string[];
  readonly showTotal: boolean;
  readonly target?: number | undefined;
  readonly names: ReadonlyMap<string, string>;
  /** The document's whole (`wholePhrases(meta, lang)`): its long name labels the total series. */
  readonly whole: WholePhrases;
}

export function buildTrendModel(indicator: Indicator, options: ModelOptions): TrendModel {
  const { lang, areas, names } = options;
  const showTotal = options.showTotal || areas.length === 0;
  const selected = new Set(areas);
  const entries = indicator.values.filter((v) => selected.has(v.area));
  const periods = sortPeriods([...entries.map((v) => v.period), ...(showTotal ? indicator.total.map((v) => v.period) : [])]).filter((p) => parsePeriod(p));

  const starts = periods.map(periodStart);
  const ends = periods.map((p) => parsePeriod(p)!.end);
  const spanStart = Math.min(...starts);
  const spanEnd = Math.max(...ends);
  const noteEntries = [...indicator.notes]
    .filter((n) => parsePeriod(n.period) && periodStart(n.period) >= spanStart && periodStart(n.period) < spanEnd)
    .sort((a, b) => periodStart(a.period) - periodStart(b.period) || periodInstant(a.period) - periodInstant(b.period));
  const notes: TrendNote[] = noteEntries.map((n, i) => ({
    number: i + 1,
    key: `note|${i + 1}`,
    period: n.period,
    instant: n.seriesBreak ? periodStart(n.period) : periodInstant(n.period),
    text: localized(lang, n.text, n.textEn),
    seriesBreak: n.seriesBreak === true,
  }));
  // A break at the very first period separates nothing.
  const breaks = notes.filter((n) => n.seriesBreak && n.instant > spanStart).map((n) => n.instant);

  const city = new Map<string, number>();
  for (const t of indicator.total) {
    const value = drawableValue(t);
    if (value !== null) city.set(t.period, value);
  }

  const series: TrendSeries[] = areas.map((id) => ({
    key: id,
    kind: 'area' as const,
    label: names.get(id) ?? id,
    points: buildPoints(
      id,
      entries.filter((v) => v.area === id),
      periods,
      breaks,
      city,
    ),
  }));
  if (showTotal && indicator.total.length) {
    let key = TOTAL_KEY;
    while (selected.has(key)) key += '#';
    series.push({ key, kind: 'total', label: options.whole.long, points: buildPoints(key, indicator.total, periods, breaks, null) });
  }
  const target = options.target ?? indicator.target;
  return {
    indicator,
    whole: options.whole,
    label: indicatorLabel(indicator, lang),
    periods,
    series,
    notes,
    ...(target !== undefined && Number.isFinite(target) ? { target } : {}),
  };
}

/**
 * The model the widget draws for its attributes: the indicator they name (or the default), its
 * areas (the group's selected area first), the total named after the document's whole
 * (`Wesel (Gesamtstadt)`, `Kreis Wesel`). Undefined
 * without an indicator. The bench builds the baseline's chart from this too.
 */
export function trendModel(document: ContractDocument, selection: TrendSelection & { readonly lang: Lang }): TrendModel | undefined {
  const indicator = pickIndicator(document, selection.indicator);
  if (!indicator) return undefined;
  const level = levelOf(document, indicator);
  const { lang, target } = selection;
  return buildTrendModel(indicator, {
    lang,
    areas: resolveAreas(indicator, level, selection),
    showTotal: selection.showTotal,
    target: target !== undefined && Number.isFinite(target) ? target : undefined,
    names: areaNames(level),
    whole: wholePhrases(document.meta, lang),
  });
}

/** Whether anything can be drawn. */
export function hasValues(model: TrendModel): boolean {
  return model.series.some((s) => s.points.some((p) => p.value !== null));
}

/** The first and the last point with a value. */
export function endpoints(series: TrendSeries): { first: TrendPoint; last: TrendPoint } | undefined {
  const drawn = series.points.filter((p) => p.value !== null);
  return drawn.length ? { first: drawn[0]!, last: drawn[drawn.length - 1]! } : undefined;
}
