import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/funding-tracker.ts';
import type { QwFundingTracker } from './funding-tracker.ts';
import { recordViolationsUnderStrictCsp } from '../../test-support/csp.ts';

describe('<qw-funding-tracker> under a strict Content-Security-Policy', () => {
  it('renders bars, tables and filters without a CSP violation', async () => {
    const { violations, settle } = await recordViolationsUnderStrictCsp();

    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker src="/demo/data/wesel.json" now="2023-11-20"></qw-funding-tracker>`);
    await waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 5000 });
    await settle();
    expect(el.state).to.equal('ready');
    const segment = el.shadowRoot!.querySelector<HTMLElement>('.bar .segment')!;
    // Widths set through the CSSOM (styleMap) are allowed by style-src 'self'; the parts are really drawn.
    expect(segment.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.bar')!).display).to.equal('flex');
    expect(violations).to.deep.equal([]);
  });
});
