/**
 * One long string (a 10,000-character label, a 1 MB unit) never makes a widget grow past a sane
 * size: texts beyond the contract's caps are shortened with an ellipsis where they are drawn.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/indicator-trend.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import { expectWithinBox, longTextDocument, weselDocument, whenSettled, widgetFor, WIDGET_TAGS, type WidgetTag } from '../test-support/hostile.ts';

const WIDTH = 640;
const AREAS = ['innenstadt', 'feldmark', 'fusternberg'];

/** The widget's height with the sample's own texts: long texts may add some lines, not pages. */
const normalHeights = new Map<string, number>();
async function normalHeight(tag: WidgetTag): Promise<number> {
  if (!normalHeights.has(tag)) {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"></div>`);
    const el = widgetFor(tag, await weselDocument(), AREAS);
    wrapper.append(el);
    await whenSettled(el);
    normalHeights.set(tag, el.getBoundingClientRect().height);
  }
  return normalHeights.get(tag)!;
}
/** Every text of the document long: more lines everywhere, but bounded (the unbounded cases were 300,000 px and more). */
const maxHeight = async (tag: WidgetTag) => (await normalHeight(tag)) * 3 + 1000;
/** One long text: a few more lines. */
const maxHeightOne = async (tag: WidgetTag) => (await normalHeight(tag)) * 1.5 + 800;

describe('long strings', () => {
  for (const length of [150, 10_000]) {
    for (const tag of WIDGET_TAGS) {
      it(`<${tag}> stays within its box with ${length}-character texts`, async () => {
        const doc = await longTextDocument(length);
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"></div>`);
        const el = widgetFor(tag, doc, AREAS);
        wrapper.append(el);
        await whenSettled(el);
        expect(el.getAttribute('state')).to.equal('ready');
        expectWithinBox(el, await maxHeight(tag));
      });
    }
  }

  it('a 1 MB unit does not make the gauge or the trend tall', async () => {
    const doc = await longTextDocument(100);
    const unit = 'W'.repeat(1024 * 1024);
    doc.housing.unit = unit;
    for (const indicator of doc.indicators) indicator.unit = unit;
    for (const tag of ['qw-housing-gauge', 'qw-indicator-trend', 'qw-district-map', 'qw-district-profile'] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${WIDTH}px"></div>`);
      const el = widgetFor(tag, doc, AREAS);
      wrapper.append(el);
      await whenSettled(el);
      expectWithinBox(el, await maxHeightOne(tag));
      expect(el.shadowRoot!.textContent!.length, `${tag} text`).to.be.below(200_000);
    }
  });

  it('the trend keeps a plot of at least 150 × 100 px with a 120-character unit', async () => {
    const doc = await longTextDocument(40);
    for (const indicator of doc.indicators) indicator.unit = `Einheit ${'lang '.repeat(24)}`;
    const el = widgetFor('qw-indicator-trend', doc, AREAS);
    await fixture(html`<div style="width: ${WIDTH}px">${el}</div>`);
    await whenSettled(el);
    // The vega view's own width and height after autosize: the plot inside the axes.
    const chart = (el as unknown as { chart: { view?: { width(): number; height(): number } } }).chart;
    await waitUntil(() => chart.view, 'vega did not draw', { timeout: 15000 });
    const view = chart.view!;
    expect(view.height()).to.be.at.least(100);
    expect(view.width()).to.be.at.least(150);
  });

  it('the table view keeps the full text; the chart gives it as a title', async () => {
    const doc = await longTextDocument(300);
    const full = doc.funding.programmes[0].projects[0].name as string;
    const el = widgetFor('qw-funding-tracker', doc, AREAS);
    el.setAttribute('view', 'table');
    await fixture(html`<div style="width: ${WIDTH}px">${el}</div>`);
    await whenSettled(el);
    expect(el.shadowRoot!.textContent).to.include(full);
    const chart = widgetFor('qw-funding-tracker', doc, AREAS);
    await fixture(html`<div style="width: ${WIDTH}px">${chart}</div>`);
    await whenSettled(chart);
    const shortened = [...chart.shadowRoot!.querySelectorAll('[title]')].filter((e) => e.getAttribute('title') === full);
    expect(shortened.length, 'a cut text keeps its full wording as title').to.be.greaterThan(0);
  });
});
