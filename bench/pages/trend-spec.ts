/**
 * The vega-lite spec that <qw-indicator-trend> hands to vega-embed, built with the widget's own
 * modules, so that the vega baseline draws exactly the same chart. bench/run.mjs bundles this
 * file with esbuild into bench/.cache/trend-spec.js and calls it once per data set, before the
 * timed runs (it validates the document, which the baseline itself does not do).
 *
 * It repeats the few lines of QwIndicatorTrend that choose the model, the theme and the height
 * (`model()`, `theme()`, `chartHeight()`, `specFor()`); run.mjs compares the result with the
 * spec the widget actually drew and says so when they differ.
 */
import { validateContract } from '../../src/contract/validate.ts';
import { formatValue } from '../../src/shared/format.ts';
import { normalizeLang } from '../../src/shared/i18n.ts';
import { areaNames, buildTrendModel, levelOf, pickIndicator, resolveAreas } from '../../src/components/indicator-trend/series.ts';
import { buildTrendSpec, DEFAULT_THEME, type TrendTheme } from '../../src/components/indicator-trend/spec.ts';
import { tt } from '../../src/components/indicator-trend/indicator-trend.texts.ts';

interface Options {
  readonly attrs: Record<string, string | boolean>;
  /** `.vega` container width of the widget, px. */
  readonly width: number;
  readonly fontFamily: string;
  /** The widget's computed custom properties (`--_trend-1` …, `--qw-trend-height`). */
  readonly props: Record<string, string>;
}

const CHART_MIN_WIDTH = 240;
const NARROW_WIDTH = 480;

export function trendSpecFor(raw: unknown, { attrs, width: containerWidth, fontFamily, props }: Options): unknown {
  const lang = normalizeLang(typeof attrs.lang === 'string' ? attrs.lang : 'de');
  const { document, errors } = validateContract(raw, { lang });
  if (!document) throw new Error(`invalid document: ${errors[0]?.path} ${errors[0]?.message}`);
  const indicator = pickIndicator(document, typeof attrs.indicator === 'string' ? attrs.indicator : undefined);
  if (!indicator) throw new Error('no indicator');
  const level = levelOf(document, indicator);
  const target = typeof attrs.target === 'string' ? Number(attrs.target.replace(',', '.')) : undefined;
  const model = buildTrendModel(indicator, {
    lang,
    areas: resolveAreas(indicator, level, { areas: typeof attrs.areas === 'string' ? attrs.areas : undefined, groupArea: undefined }),
    showTotal: attrs['show-total'] !== undefined && attrs['show-total'] !== false,
    target: target !== undefined && Number.isFinite(target) ? target : undefined,
    names: areaNames(level),
    municipality: document.meta.municipality.name,
    totalLabel: (name) => tt(lang, 'total', { name }),
  });
  const read = (name: string, fallback: string) => props[name]?.trim() || fallback;
  const theme: TrendTheme = {
    series: [1, 2, 3, 4, 5, 6].map((i) => read(`--_trend-${i}`, DEFAULT_THEME.series[i - 1]!)),
    total: read('--_trend-total', DEFAULT_THEME.total),
    target: read('--_trend-target', DEFAULT_THEME.target),
    text: read('--_color-text', DEFAULT_THEME.text),
    muted: read('--_color-muted', DEFAULT_THEME.muted),
    grid: read('--_trend-grid', DEFAULT_THEME.grid),
    background: read('--_color-background', DEFAULT_THEME.background),
    focus: read('--_color-focus', DEFAULT_THEME.focus),
    font: fontFamily || DEFAULT_THEME.font,
    forcedColors: false,
  };
  const width = Math.max(CHART_MIN_WIDTH, containerWidth || 640);
  const custom = Number.parseFloat(props['--qw-trend-height'] ?? '');
  const height = Number.isFinite(custom) && custom > 0 ? custom : width < NARROW_WIDTH ? 260 : 320;
  const { unit, decimals } = model.indicator;
  return buildTrendSpec(model, {
    lang,
    width,
    height,
    theme,
    hidden: [],
    ...(model.target !== undefined ? { targetLabel: tt(lang, 'target', { value: formatValue(lang, model.target, unit, decimals) }) } : {}),
  });
}
