/**
 * The vega-lite spec that <qw-indicator-trend> hands to vega-embed, built by the widget's own
 * functions, so that the vega baseline draws exactly the same chart. bench/run.mjs bundles this
 * file with esbuild into bench/.cache/trend-spec.js and calls it once per data set, before the
 * timed runs (it validates the document, which the baseline itself does not do).
 *
 * Nothing here repeats the widget: the model (`trendModel`), the theme (`themeFromStyle`), the
 * width (`chartWidth`) and the spec with its height (`widgetSpec`) are the functions the element
 * calls. run.mjs still compares the result with the spec the widget actually drew.
 */
import { validateContract } from '../../src/contract/validate.ts';
import { normalizeLang } from '../../src/shared/i18n.ts';
import { parseTarget, trendModel } from '../../src/components/indicator-trend/model/series.ts';
import { chartWidth, themeFromStyle, widgetSpec } from '../../src/components/indicator-trend/spec.ts';

interface Options {
  readonly attrs: Record<string, string | boolean>;
  /** `.vega` container width of the widget, px. */
  readonly width: number;
  readonly fontFamily: string;
  /** The widget's computed font size, px (`16px`). */
  readonly fontSize?: string;
  /** The widget's computed custom properties (`--_trend-1` …, `--qw-trend-height`). */
  readonly props: Record<string, string>;
}

export function trendSpecFor(raw: unknown, { attrs, width, fontFamily, fontSize, props }: Options): unknown {
  const lang = normalizeLang(typeof attrs.lang === 'string' ? attrs.lang : 'de');
  const { document, errors } = validateContract(raw, { lang });
  if (!document) throw new Error(`invalid document: ${errors[0]?.path} ${errors[0]?.message}`);
  const text = (name: string) => (typeof attrs[name] === 'string' ? (attrs[name] as string) : undefined);
  const model = trendModel(document, {
    lang,
    indicator: text('indicator'),
    areas: text('areas'),
    groupArea: undefined,
    showTotal: attrs['show-total'] !== undefined && attrs['show-total'] !== false,
    target: parseTarget(text('target')),
  });
  if (!model) throw new Error('no indicator');
  return widgetSpec(model, {
    lang,
    width: chartWidth(width),
    theme: themeFromStyle((name) => props[name] ?? '', fontFamily, Number.parseFloat(fontSize ?? '')),
    customHeight: props['--qw-trend-height'],
  });
}
