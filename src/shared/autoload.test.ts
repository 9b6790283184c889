import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { discover, startAutoload } from './autoload.ts';

const defined = (tag: string) => Boolean(customElements.get(tag));

describe('autoloader', () => {
  it('loads only the widgets on the page, marks them loading at once, and the ones added later', async () => {
    // Nothing of the library is defined in this test page before the autoloader runs.
    expect(['qw-housing-gauge', 'qw-funding-tracker', 'qw-district-map'].some(defined)).to.be.false;
    const host = await fixture<HTMLDivElement>(html`<div><qw-housing-gauge></qw-housing-gauge></div>`);
    const observer = startAutoload(document);
    const gauge = host.querySelector('qw-housing-gauge')!;
    expect(gauge.getAttribute('state'), 'loading before its class arrives').to.equal('loading');
    await customElements.whenDefined('qw-housing-gauge');
    expect(gauge).to.have.property('state', 'loading');
    expect(defined('qw-funding-tracker'), 'a tracker that is not on the page is not loaded').to.be.false;
    expect(defined('qw-district-map')).to.be.false;

    // Added later: the observer sees it.
    const tracker = document.createElement('qw-funding-tracker');
    host.append(tracker);
    await customElements.whenDefined('qw-funding-tracker');
    expect(tracker.shadowRoot, 'the element upgraded').to.exist;
    observer?.disconnect();
  });

  it('finds widgets inside a shadow root only when asked (discover)', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<qw-district-profile area="nord"></qw-district-profile>';
    discover(shadow);
    expect(shadow.querySelector('qw-district-profile')!.getAttribute('state')).to.equal('loading');
    await customElements.whenDefined('qw-district-profile');
    expect(defined('qw-district-profile')).to.be.true;
  });
});

describe('autoloader head start: data', () => {
  const requestsFor = (path: string) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname + new URL(entry.name).search === path);
  const prefetched = () => (globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('quartier-widgets.prefetch')];

  it('requests a widget’s document as its tag appears, and the widget uses that response: one request', async () => {
    // A tag not defined yet in this page (the tests above defined the gauge, the tracker and the profile).
    const src = `/demo/data/wesel.json?head-start=${Date.now()}`;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<qw-indicator-trend src="${src}" indicator="kinderarmut"></qw-indicator-trend>`;
    discover(host);
    const url = new URL(src, document.baseURI).href;
    expect(prefetched()?.has(url), 'requested before the widget’s module arrived').to.be.true;
    const trend = host.querySelector('qw-indicator-trend')!;
    await waitUntil(() => trend.getAttribute('state') === 'ready', 'the trend did not get its data', { timeout: 8000 });
    expect(prefetched()?.has(url), 'taken by the loader').to.be.false;
    expect(requestsFor(src)).to.have.length(1);
  });
});
