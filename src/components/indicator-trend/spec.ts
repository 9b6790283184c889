/**
 * Builds the vega-lite spec of a trend chart from the trend model. Pure and JSON-only: no
 * functions, no expressions that need `eval` (the view runs through vega-interpreter),
 * every number and date format through the view's own locale (`config.locale`).
 */
import type { TopLevelSpec } from 'vega-lite';
import { parsePeriod, periodInstant } from '../../contract/period.ts';
import { formatPeriod, formatValue, locale } from '../../shared/format.ts';
import type { Lang } from '../../shared/i18n.ts';
import { text } from './indicator-trend.texts.ts';
import { vegaLocale } from './locale.ts';
import type { TrendModel } from './model/series.ts';

/** Colours and font of the chart; the element reads them from its `--qw-*` properties. */
export interface TrendTheme {
  /** One colour per area series, in order; repeats when there are more series. */
  readonly series: readonly string[];
  readonly total: string;
  readonly target: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly background: string;
  readonly focus: string;
  readonly font: string;
  /** Size of the chart's text, px: from the host's font size, never below {@link MIN_CHART_FONT_PX}. */
  readonly fontSize: number;
  /** Windows high contrast: every mark in system colours, series told apart by dashes and shapes. */
  readonly forcedColors: boolean;
}

export const DEFAULT_THEME: TrendTheme = {
  // Okabe–Ito based, darkened where needed for 3:1 against white (WCAG 1.4.11).
  series: ['#0072B2', '#D55E00', '#007D5A', '#AA3377', '#8A6D00', '#332288'],
  total: '#1f2328',
  target: '#57606a',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#e3e6ea',
  background: '#ffffff',
  focus: '#0b5cad',
  font: 'system-ui, sans-serif',
  fontSize: 12,
  forcedColors: false,
};

export const FORCED_COLORS_THEME: TrendTheme = {
  series: ['CanvasText'],
  total: 'CanvasText',
  target: 'CanvasText',
  text: 'CanvasText',
  muted: 'CanvasText',
  grid: 'GrayText',
  background: 'Canvas',
  focus: 'Highlight',
  font: DEFAULT_THEME.font,
  fontSize: DEFAULT_THEME.fontSize,
  forcedColors: true,
};

/** The chart never draws text smaller than this, whatever the page does to its root font. */
export const MIN_CHART_FONT_PX = 12;

/**
 * The chart's text size for the host's computed font size (px): three quarters of it, as the
 * HTML around the chart sizes its small print, and at least {@link MIN_CHART_FONT_PX}. vega draws
 * in px, so the chart follows a reader's larger font but not a page's `html { font-size: 62.5% }`.
 */
export function chartFontSize(hostFontPx: number): number {
  return Number.isFinite(hostFontPx) && hostFontPx > 0 ? Math.max(MIN_CHART_FONT_PX, Math.round(hostFontPx * 0.75)) : DEFAULT_THEME.fontSize;
}

export interface SpecOptions {
  readonly lang: Lang;
  readonly width: number;
  readonly height: number;
  readonly theme: TrendTheme;
  /** Series keys hidden through the legend (the `hiddenSeries` param's first value). */
  readonly hidden?: readonly string[];
  /** The text next to the target line, already formatted (`Ziel: 15,0 %`). */
  readonly targetLabel?: string;
}

/** Names the element uses to talk to the running view. */
export const HIDDEN_PARAM = 'hiddenSeries';
export const FOCUS_PARAM = 'focusKey';

const AREA_SHAPES = ['circle', 'triangle-up', 'diamond', 'triangle-down', 'cross', 'wedge'] as const;
const TOTAL_SHAPE = 'square';
const TOTAL_DASH = [6, 4];
const AREA_DASHES_FORCED = [[1, 0], [10, 3], [3, 3], [10, 3, 3, 3], [1, 4], [14, 4, 2, 4]];
/** Beyond this many periods the axis picks its own ticks instead of one label per period. */
export const MAX_PERIOD_TICKS = 24;

const NBSP = '\u00a0';

/** Below this chart width the chart is narrow: lower, with shorter date labels on the x axis. */
const NARROW_WIDTH = 480;

const narrowDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A period as an x-axis label: as the table writes it (`31.12.2024`, `Dez. 2024`), or with a
 * two-digit year in a narrow chart (`31.12.24`, `Dez. 24`), so that more labels fit a phone.
 */
export function axisPeriodLabel(lang: Lang, period: string, narrow: boolean): string {
  const parsed = parsePeriod(period);
  if (!narrow || !parsed || (parsed.granularity !== 'day' && parsed.granularity !== 'month')) return formatPeriod(lang, period, 'short');
  const key = `${lang}|${parsed.granularity}`;
  let format = narrowDateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = parsed.granularity === 'day' ? { day: '2-digit', month: '2-digit', year: '2-digit' } : { month: 'short', year: '2-digit' };
    format = new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', ...options });
    narrowDateFormats.set(key, format);
  }
  return format.format(parsed.start);
}

/**
 * What the y axis puts around its numbers: `%` and `€` as the table writes them (`12,5 %`,
 * `12.5%`, `1.200 €`, `€1,200`); any other unit goes into the axis title.
 */
export function axisUnit(unit: string, lang: Lang): { prefix: string; suffix: string; title: string | null } {
  const u = unit.trim();
  if (u === '%') return { prefix: '', suffix: lang === 'de' ? `${NBSP}%` : '%', title: null };
  if (u === '€' || u === 'EUR') return lang === 'de' ? { prefix: '', suffix: `${NBSP}€`, title: null } : { prefix: '€', suffix: '', title: null };
  return { prefix: '', suffix: '', title: u || null };
}

/** The x domain with a margin, so that the first and last points do not sit on the frame. */
export function timeDomain(model: TrendModel): [number, number] {
  const instants = [...model.series.flatMap((s) => s.points.map((p) => p.instant)), ...model.notes.map((n) => n.instant)].filter(Number.isFinite);
  if (!instants.length) return [0, 1];
  const min = Math.min(...instants);
  const max = Math.max(...instants);
  const margin = max > min ? (max - min) * 0.04 : 183 * 86_400_000;
  return [Math.round(min - margin), Math.round(max + margin)];
}

/**
 * An instant as a vega-lite DateTime. Plain timestamps in a temporal domain or tick list compile
 * to `datetime(ms)`, which vega-interpreter reads as a year (`new Date(ms, 0, 1)`); DateTimes
 * compile to `utc(y, m, d, …)`, which both the interpreter and the code generator get right.
 */
export function utcDateTime(instant: number) {
  const d = new Date(instant);
  return {
    utc: true as const,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    date: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    milliseconds: d.getUTCMilliseconds(),
  };
}

/** A vega expression string literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export type PointShape = (typeof AREA_SHAPES)[number] | typeof TOTAL_SHAPE;

export interface SeriesStyle {
  readonly key: string;
  readonly colour: string;
  readonly shape: PointShape;
  /** SVG dash array; `[1, 0]` is solid. */
  readonly dash: readonly number[];
}

/** Colour, point shape and dash of every series: the chart and the HTML legend use the same. */
export function seriesStyles(model: TrendModel, theme: TrendTheme): SeriesStyle[] {
  let area = 0;
  return model.series.map((s) => {
    if (s.kind === 'total') return { key: s.key, colour: theme.total, shape: TOTAL_SHAPE, dash: TOTAL_DASH };
    const i = area++;
    return {
      key: s.key,
      colour: theme.series[i % theme.series.length]!,
      shape: AREA_SHAPES[i % AREA_SHAPES.length]!,
      dash: theme.forcedColors ? AREA_DASHES_FORCED[i % AREA_DASHES_FORCED.length]! : [1, 0],
    };
  });
}

export function buildTrendSpec(model: TrendModel, options: SpecOptions): TopLevelSpec {
  const { lang, theme } = options;
  const styles = seriesStyles(model, theme);
  const keys = styles.map((s) => s.key);
  const colours = styles.map((s) => s.colour);
  const shapes = styles.map((s) => s.shape);
  const dashes = styles.map((s) => [...s.dash]);

  const rows = model.series.flatMap((s) =>
    s.points.map((p) => ({ key: p.key, series: s.key, instant: p.instant, value: p.value, provisional: p.provisional, segment: p.segment })),
  );
  const notes = model.notes.map((n) => ({ key: n.key, instant: n.instant, number: String(n.number), seriesBreak: n.seriesBreak }));

  const unit = axisUnit(model.indicator.unit, lang);
  const narrow = options.width < NARROW_WIDTH;
  const periodTicks = model.periods.length <= MAX_PERIOD_TICKS;
  const tickLabels = Object.fromEntries(model.periods.map((p) => [String(periodInstant(p)), axisPeriodLabel(lang, p, narrow)]));
  const labelLookup = `{${Object.entries(tickLabels)
    .map(([instant, label]) => `${quote(instant)}: ${quote(label)}`)
    .join(', ')}}`;

  const x = {
    field: 'instant',
    type: 'temporal' as const,
    title: null,
    scale: { type: 'utc' as const, domain: timeDomain(model).map(utcDateTime) },
    axis: {
      grid: false,
      labelOverlap: 'greedy',
      labelSeparation: 6,
      labelPadding: 4,
      // The first and last labels align with their tick instead of centring on it: centred, the
      // newest date hung past the chart's right edge (the domain's margin is 4 % of the width).
      labelFlush: Math.ceil(options.width * 0.05) + 1,
      ...(periodTicks
        ? { values: Object.keys(tickLabels).map((instant) => utcDateTime(Number(instant))), labelExpr: `${labelLookup}[toString(+datum.value)] || utcFormat(datum.value, '%d.%m.%Y')` }
        : { tickCount: narrow ? 4 : 8 }),
    },
  };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: unit.title,
    scale: { zero: false, nice: true },
    axis: {
      grid: true,
      tickCount: 6,
      // A long unit in the title must not eat the plot: with autosize "fit" a 120-character
      // vertical title left 0 px for the lines. The title is cut to the plot's height (vega adds "…").
      titleLimit: Math.max(60, Math.round(options.height) - 24),
      labelLimit: Math.max(60, Math.round(options.width / 4)),
      ...(unit.prefix || unit.suffix ? { labelExpr: `${quote(unit.prefix)} + datum.label + ${quote(unit.suffix)}` } : {}),
    },
  };
  const seriesScale = (range: unknown[]) => ({ domain: keys, range });
  const color = { field: 'series', type: 'nominal' as const, scale: seriesScale(colours), legend: null };
  const shape = { field: 'series', type: 'nominal' as const, scale: seriesScale(shapes), legend: null };
  const notHidden = { filter: `indexof(${HIDDEN_PARAM}, datum.series) < 0` };
  const drawn = { filter: 'isValid(datum.value) && isFinite(datum.value)' };

  const layers: unknown[] = [];
  if (notes.length) {
    layers.push(
      {
        name: 'notes',
        data: { name: 'notes' },
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: {
          x,
          color: { value: theme.muted },
          strokeDash: { condition: { test: 'datum.seriesBreak', value: [5, 3] }, value: [1, 3] },
        },
      },
      {
        name: 'noteNumbers',
        data: { name: 'notes' },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 2, fontWeight: 'bold', fontSize: theme.fontSize },
        encoding: { x, y: { value: 0 }, text: { field: 'number' }, color: { value: theme.muted }, tooltip: { field: 'key', type: 'nominal' } },
      },
    );
  }
  if (model.target !== undefined) {
    const targetY = { ...y, field: 'target' };
    layers.push({
      name: 'target',
      data: { values: [{ target: model.target }] },
      mark: { type: 'rule', strokeWidth: 1.5, strokeDash: [2, 3] },
      encoding: { y: targetY, color: { value: theme.target } },
    });
    if (options.targetLabel) {
      layers.push({
        name: 'targetLabel',
        data: { values: [{ target: model.target, label: options.targetLabel }] },
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 2, dy: -3, fontSize: theme.fontSize, limit: Math.max(60, Math.round(options.width * 0.6)) },
        encoding: { x: { value: 0 }, y: targetY, text: { field: 'label' }, color: { value: theme.target } },
      });
    }
  }
  layers.push(
    {
      name: 'lines',
      data: { name: 'rows' },
      transform: [notHidden],
      mark: { type: 'line', strokeWidth: 2.5, invalid: 'break-paths-filter-domains', strokeCap: 'round', strokeJoin: 'round' },
      encoding: { x, y, color, strokeDash: { field: 'series', type: 'nominal', scale: seriesScale(dashes), legend: null }, detail: { field: 'segment', type: 'nominal' } },
    },
    {
      name: 'points',
      data: { name: 'rows' },
      transform: [notHidden, drawn, { filter: '!datum.provisional' }],
      mark: { type: 'point', filled: true, size: 50, opacity: 1 },
      encoding: { x, y, color, shape },
    },
    {
      name: 'provisional',
      data: { name: 'rows' },
      transform: [notHidden, drawn, { filter: 'datum.provisional' }],
      mark: { type: 'point', filled: false, fill: theme.background, strokeWidth: 2, size: 60, opacity: 1 },
      encoding: { x, y, color, shape },
    },
    {
      // Generous invisible targets: the tooltip should not need a pixel-exact pointer.
      name: 'hitAreas',
      data: { name: 'rows' },
      transform: [notHidden, drawn],
      mark: { type: 'point', filled: true, size: 500, opacity: 0 },
      encoding: { x, y, tooltip: { field: 'key', type: 'nominal' } },
    },
    {
      name: 'focus',
      data: { name: 'rows' },
      transform: [notHidden, drawn, { filter: `datum.key === ${FOCUS_PARAM}` }],
      mark: { type: 'point', filled: false, size: 280, strokeWidth: 3, opacity: 1 },
      encoding: { x, y, color: { value: theme.focus } },
    },
  );

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: Math.max(120, Math.round(options.width)),
    height: Math.max(120, Math.round(options.height)),
    autosize: { type: 'fit', contains: 'padding' },
    padding: { top: 6, right: 8, bottom: 4, left: 4 },
    background: theme.background,
    params: [
      { name: HIDDEN_PARAM, value: [...(options.hidden ?? [])] },
      { name: FOCUS_PARAM, value: '' },
    ],
    datasets: { rows, notes },
    layer: layers,
    config: {
      locale: vegaLocale(lang),
      font: theme.font,
      aria: false,
      view: { stroke: null },
      axis: {
        labelColor: theme.text,
        titleColor: theme.text,
        domainColor: theme.muted,
        tickColor: theme.muted,
        gridColor: theme.grid,
        labelFontSize: theme.fontSize,
        titleFontSize: theme.fontSize,
        titleFontWeight: 'normal',
      },
      text: { font: theme.font, fontSize: theme.fontSize },
    },
  };
  return spec as unknown as TopLevelSpec;
}

/** The chart is never drawn narrower than this (px); below, the box scrolls. */
export const CHART_MIN_WIDTH = 240;

/**
 * The theme from the element's computed custom properties (`read` returns '' for an unset one):
 * the private `--_trend-*` and `--_color-*` properties the styles resolve from the public ones.
 */
export function themeFromStyle(read: (name: string) => string, fontFamily: string, hostFontPx = Number.NaN): TrendTheme {
  const value = (name: string, fallback: string) => read(name).trim() || fallback;
  return {
    series: DEFAULT_THEME.series.map((fallback, i) => value(`--_trend-${i + 1}`, fallback)),
    total: value('--_trend-total', DEFAULT_THEME.total),
    target: value('--_trend-target', DEFAULT_THEME.target),
    text: value('--_color-text', DEFAULT_THEME.text),
    muted: value('--_color-muted', DEFAULT_THEME.muted),
    grid: value('--_trend-grid', DEFAULT_THEME.grid),
    background: value('--_color-background', DEFAULT_THEME.background),
    focus: value('--_color-focus', DEFAULT_THEME.focus),
    font: fontFamily || DEFAULT_THEME.font,
    fontSize: chartFontSize(hostFontPx),
    forcedColors: false,
  };
}

/** The plot's height: the `--qw-trend-height` property when it is a positive length in px, else by width. */
export function chartHeight(width: number, customHeight: string | undefined): number {
  const custom = Number.parseFloat(customHeight ?? '');
  if (Number.isFinite(custom) && custom > 0) return custom;
  return width < NARROW_WIDTH ? 260 : 320;
}

export interface WidgetSpecOptions {
  readonly lang: Lang;
  /** Width of the chart box, px (0 when unknown). */
  readonly width: number;
  readonly theme: TrendTheme;
  /** The computed value of `--qw-trend-height`. */
  readonly customHeight?: string | undefined;
  readonly hidden?: readonly string[];
}

/** The chart's width for a box `width` px wide: at least {@link CHART_MIN_WIDTH}, 640 when unknown. */
export function chartWidth(width: number, unknown = 640): number {
  return Math.max(CHART_MIN_WIDTH, width || unknown);
}

/** The spec exactly as `<qw-indicator-trend>` draws it (and the bench's vega baseline with it). */
export function widgetSpec(model: TrendModel, { lang, width, theme, customHeight, hidden = [] }: WidgetSpecOptions): TopLevelSpec {
  const { unit, decimals } = model.indicator;
  return buildTrendSpec(model, {
    lang,
    width,
    height: chartHeight(width, customHeight),
    theme,
    hidden,
    ...(model.target !== undefined ? { targetLabel: text(lang, 'target', { value: formatValue(lang, model.target, unit, decimals) }) } : {}),
  });
}
