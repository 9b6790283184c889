/**
 * The chart engine loads late: not for the table view, not for a trend far below the fold,
 * and as soon as a trend comes near the viewport. Its own file, so that no other test in the
 * same page has loaded vega before.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/indicator-trend.ts';
import type { QwIndicatorTrend } from './indicator-trend.ts';
import { trendContract } from '../../test-support/fixtures.ts';

const vegaRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/node_modules\/vega/.test(entry.name));
const frames = (count: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(count);
});

describe('<qw-indicator-trend> loads vega only when a chart is near the viewport', () => {
  it('loads nothing for the table view, waits below the fold, loads when scrolled to', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);

    const table = document.createElement('qw-indicator-trend') as QwIndicatorTrend;
    table.setAttribute('view', 'table');
    table.data = trendContract();
    const tableReady = oneEvent(table, 'qw-ready');
    page.append(table);
    await tableReady;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);

    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    const chart = document.createElement('qw-indicator-trend') as QwIndicatorTrend;
    chart.data = trendContract();
    page.append(spacer, chart);
    await waitUntil(() => chart.state === 'ready', 'chart data did not load');
    await frames(10);
    expect(chart.shadowRoot!.querySelector('.vega svg')).to.equal(null);
    expect(vegaRequests().map((e) => e.name)).to.deep.equal([]);

    const drawn = oneEvent(chart, 'qw-ready');
    chart.scrollIntoView();
    await drawn;
    expect(chart.shadowRoot!.querySelector('.vega svg')).to.not.equal(null);
    expect(vegaRequests().some((e) => e.name.includes('/node_modules/vega-embed/'))).to.be.true;
  });
});
