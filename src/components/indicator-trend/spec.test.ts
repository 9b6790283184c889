import { expect } from '@open-wc/testing';
import { areaNames } from '../../contract/areas.ts';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { validateContract } from '../../contract/validate.ts';
import { periodInstant } from '../../contract/period.ts';
import type { ContractInput } from '../../contract/schema.ts';
import { trendContract } from '../../test-support/fixtures.ts';
import { wholePhrases } from '../../contract/municipality.ts';
import { buildTrendModel, levelOf, pickIndicator } from './model/series.ts';
import { axisPeriodLabel, axisUnit, buildTrendSpec, chartFontSize, DEFAULT_THEME, FORCED_COLORS_THEME, MAX_PERIOD_TICKS, seriesStyles, themeFromStyle, timeDomain, utcDateTime, type SpecOptions } from './spec.ts';

function trendModel(id: string, areas: string[], showTotal = false, input: ContractInput = trendContract(), lang: 'de' | 'en' = 'de') {
  const doc = validateContract(input).document!;
  const indicator = pickIndicator(doc, id)!;
  return buildTrendModel(indicator, { lang, areas, showTotal, names: areaNames(levelOf(doc, indicator)), whole: wholePhrases(doc.meta, lang) });
}

const options: SpecOptions = { lang: 'de', width: 600, height: 300, theme: DEFAULT_THEME, targetLabel: 'Ziel: 9,0 %' };

// The spec is handled as plain JSON here, as vega-lite reads it.
type Json = any;
const layer = (spec: Json, name: string): Json => spec.layer.find((l: Json) => l.name === name);

/** Runs a spec the way the widget does: compiled, parsed to an AST, interpreted (no eval). */
async function run(spec: Json): Promise<View> {
  const view = new View(parse(compile(spec).spec, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter } as any);
  await view.runAsync();
  return view;
}

describe('trend spec', () => {
  it('is plain JSON: no functions, nothing lost in serialisation', () => {
    const spec = buildTrendSpec(trendModel('quote', ['mitte', 'nord'], true), options);
    expect(JSON.parse(JSON.stringify(spec))).to.deep.equal(spec);
  });

  it('has one row per point, nulls included, so that lines break at gaps', () => {
    const spec: Json = buildTrendSpec(trendModel('quote', ['mitte'], true), options);
    const rows = spec.datasets.rows as Json[];
    expect(rows.filter((r) => r.series === 'mitte').map((r) => r.value)).to.deep.equal([12.5, 14, null, 16.5]);
    expect(rows.filter((r) => r.provisional).map((r) => r.key)).to.deep.equal(['mitte|2023', '#total|2023']);
    expect(layer(spec, 'lines').mark.invalid).to.equal('break-paths-filter-domains');
    expect(layer(spec, 'lines').encoding.detail.field).to.equal('segment');
    expect(layer(spec, 'points').transform.map((t: Json) => t.filter)).to.include('!datum.provisional');
    expect(layer(spec, 'provisional').mark.filled).to.equal(false);
  });

  it('puts every period at its instant on a UTC time axis, labelled like the table, in DateTimes', () => {
    const m = trendModel('quote', ['nord']);
    const spec: Json = buildTrendSpec(m, options);
    const x = layer(spec, 'lines').encoding.x;
    expect(x.type).to.equal('temporal');
    expect(x.scale.type).to.equal('utc');
    expect(x.axis.values).to.deep.equal(m.periods.map((p) => utcDateTime(periodInstant(p))));
    expect(utcDateTime(periodInstant('2020'))).to.deep.equal({ utc: true, year: 2020, month: 7, date: 2, hours: 0, minutes: 0, seconds: 0, milliseconds: 0 });
    expect(x.axis.labelExpr).to.contain(`'${periodInstant('2022-06-30')}': '30.06.2022'`);
    const [start, end] = timeDomain(m);
    expect(start).to.be.below(periodInstant('2019'));
    expect(end).to.be.above(periodInstant('2023'));
  });

  it('re-lays the x axis out for a narrow chart: two-digit years, flush end labels, fewer free ticks', () => {
    const m = trendModel('quote', ['nord']);
    const wide: Json = buildTrendSpec(m, options);
    const narrow: Json = buildTrendSpec(m, { ...options, width: 300 });
    expect(narrow.layer.find((l: Json) => l.name === 'lines').encoding.x.axis.labelExpr).to.contain(`'${periodInstant('2022-06-30')}': '30.06.22'`);
    // Flush: the newest label ends at its tick; the threshold covers the domain's 4 % margin.
    const flush = (spec: Json, width: number) => {
      const threshold = layer(spec, 'lines').encoding.x.axis.labelFlush;
      expect(threshold, `at ${width} px`).to.be.a('number').and.to.be.above(width * 0.04);
    };
    flush(wide, 600);
    flush(narrow, 300);
    expect(axisPeriodLabel('de', '2024-12-31', true)).to.equal('31.12.24');
    expect(axisPeriodLabel('en', '2024-12-31', true)).to.equal('31/12/24');
    expect(axisPeriodLabel('de', '2024-12-31', false)).to.equal('31.12.2024');
    expect(axisPeriodLabel('de', '2024', true)).to.equal('2024');
    const input = trendContract();
    input.indicators![0]!.values = Array.from({ length: MAX_PERIOD_TICKS + 1 }, (_, i) => ({ area: 'nord', period: `${2000 + i}`, value: i }));
    const many = trendModel('quote', ['nord'], false, input);
    expect(layer(buildTrendSpec(many, { ...options, width: 300 }), 'lines').encoding.x.axis.tickCount).to.equal(4);
    expect(layer(buildTrendSpec(many, options), 'lines').encoding.x.axis.tickCount).to.equal(8);
  });

  it('sizes chart text in px from the host font, never below 12 px', () => {
    expect(chartFontSize(16)).to.equal(12);
    expect(chartFontSize(10), 'html { font-size: 62.5% }').to.equal(12);
    expect(chartFontSize(24), 'a reader’s larger font').to.equal(18);
    expect(chartFontSize(Number.NaN)).to.equal(12);
    const theme = themeFromStyle(() => '', 'serif', 24);
    const spec: Json = buildTrendSpec(trendModel('quote', ['nord']), { ...options, theme });
    expect(spec.config.axis.labelFontSize).to.equal(18);
    expect(spec.config.axis.titleFontSize).to.equal(18);
    expect(spec.config.text.fontSize).to.equal(18);
    expect(layer(spec, 'targetLabel').mark.fontSize).to.equal(18);
  });

  it('lets the axis choose its ticks when there are many periods', () => {
    const input = trendContract();
    input.indicators![0]!.values = Array.from({ length: MAX_PERIOD_TICKS + 1 }, (_, i) => ({ area: 'nord', period: `${2000 + i}`, value: i }));
    const spec: Json = buildTrendSpec(trendModel('quote', ['nord'], false, input), options);
    const axis = layer(spec, 'lines').encoding.x.axis;
    expect(axis.values).to.equal(undefined);
    expect(axis.labelExpr).to.equal(undefined);
  });

  it('gets formats from the view’s locale and the unit from the indicator', () => {
    const spec: Json = buildTrendSpec(trendModel('quote', ['nord']), options);
    expect(spec.config.locale.number).to.include({ decimal: ',', thousands: '.' });
    expect(spec.config.locale.time.months[2]).to.equal('März');
    expect(layer(spec, 'lines').encoding.y.axis.labelExpr).to.equal("'' + datum.label + '\u00a0%'");
    const en: Json = buildTrendSpec(trendModel('quote', ['nord'], false, trendContract(), 'en'), { ...options, lang: 'en' });
    expect(en.config.locale.number).to.include({ decimal: '.', thousands: ',' });
    expect(axisUnit('%', 'en')).to.deep.equal({ prefix: '', suffix: '%', title: null });
    expect(axisUnit('€', 'en')).to.deep.equal({ prefix: '€', suffix: '', title: null });
    expect(axisUnit('Personen', 'de')).to.deep.equal({ prefix: '', suffix: '', title: 'Personen' });
  });

  it('draws the total dashed and square, districts solid in distinct colours and shapes', () => {
    const m = trendModel('quote', ['mitte', 'nord'], true);
    const styles = seriesStyles(m, DEFAULT_THEME);
    expect(styles.map((s) => s.key)).to.deep.equal(['mitte', 'nord', '#total']);
    expect(styles.map((s) => s.colour)).to.deep.equal(['#0072B2', '#D55E00', '#1f2328']);
    expect(styles.map((s) => s.shape)).to.deep.equal(['circle', 'triangle-up', 'square']);
    expect(styles.map((s) => s.dash)).to.deep.equal([[1, 0], [1, 0], [6, 4]]);
    const spec: Json = buildTrendSpec(m, options);
    expect(layer(spec, 'lines').encoding.color.scale).to.deep.equal({ domain: ['mitte', 'nord', '#total'], range: ['#0072B2', '#D55E00', '#1f2328'] });
    // High contrast: one system colour, told apart by dashes.
    const forced = seriesStyles(m, FORCED_COLORS_THEME);
    expect(new Set(forced.map((s) => s.colour))).to.deep.equal(new Set(['CanvasText']));
    expect(new Set(forced.map((s) => s.dash.join()))).to.have.property('size', 3);
  });

  it('adds target and note layers only when there is a target or a note', () => {
    const withBoth: Json = buildTrendSpec(trendModel('quote', ['mitte']), options);
    expect(withBoth.layer.map((l: Json) => l.name)).to.deep.equal(['notes', 'noteNumbers', 'target', 'targetLabel', 'lines', 'points', 'provisional', 'hitAreas', 'focus']);
    expect(layer(withBoth, 'target').data.values).to.deep.equal([{ target: 9 }]);
    expect(layer(withBoth, 'targetLabel').data.values[0].label).to.equal('Ziel: 9,0 %');
    const input = trendContract();
    delete input.indicators![0]!.target;
    input.indicators![0]!.notes = [];
    const plain: Json = buildTrendSpec(trendModel('quote', ['mitte'], false, input), options);
    expect(plain.layer.map((l: Json) => l.name)).to.deep.equal(['lines', 'points', 'provisional', 'hitAreas', 'focus']);
  });

  it('starts with the hidden series the legend asks for', () => {
    const spec: Json = buildTrendSpec(trendModel('quote', ['mitte', 'nord']), { ...options, hidden: ['nord'] });
    expect(spec.params).to.deep.equal([
      { name: 'hiddenSeries', value: ['nord'] },
      { name: 'focusKey', value: '' },
    ]);
  });

  it('runs through vega-interpreter with the time scale and the labels right', async () => {
    const m = trendModel('quote', ['nord'], true);
    const spec: Json = buildTrendSpec(m, options);
    const vg = JSON.stringify(compile(spec).spec);
    // Timestamps would compile to datetime(ms), which the interpreter reads as a year.
    expect(vg).not.to.match(/datetime\(\d{10,}\)/);
    const view = await run(spec);
    try {
      const x = view.scale('x') as (v: number) => number;
      const xs = m.periods.map((p) => x(periodInstant(p)));
      expect(xs.every(Number.isFinite)).to.be.true;
      expect(xs[1]! - xs[0]!).to.be.closeTo((xs[2]! - xs[1]!) / ((periodInstant('2022-06-30') - periodInstant('2020')) / (periodInstant('2020') - periodInstant('2019'))), 0.5);
      const svg = await view.toSVG();
      expect(svg).to.contain('>30.06.2022<');
      expect(svg).to.contain('>2019<');
      expect(svg).to.match(/>\d+,\d&nbsp;%<|>\d+,\d\u00a0%</);
    } finally {
      view.finalize();
    }
  });

  it('keeps a plot of a usable size when the unit is 120+ characters long', async () => {
    const input = trendContract() as Json;
    input.indicators[0].unit = `Leistungsberechtigte ${'nach dem Zweiten Buch Sozialgesetzbuch '.repeat(4)}`;
    expect(input.indicators[0].unit.length).to.be.above(120);
    const view = await run(buildTrendSpec(trendModel('quote', ['mitte', 'nord'], true, input), options));
    expect(view.height(), 'plot height').to.be.at.least(150);
    expect(view.width(), 'plot width').to.be.at.least(300);
  });
});
