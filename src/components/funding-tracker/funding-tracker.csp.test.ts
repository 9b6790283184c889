import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/funding-tracker.ts';
import type { QwFundingTracker } from './funding-tracker.ts';

describe('<qw-funding-tracker> under a strict Content-Security-Policy', () => {
  it('renders bars, tables and filters without a CSP violation', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // The page really forbids inline styles: prove it, so this test cannot pass on a lax page.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'width: 12px');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.getBoundingClientRect().width).to.not.equal(12);
    probe.remove();
    violations.length = 0;

    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker src="/demo/data/wesel.json" now="2023-11-20"></qw-funding-tracker>`);
    await waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.state).to.equal('ready');
    const segment = el.shadowRoot!.querySelector<HTMLElement>('.bar .segment')!;
    // Widths set through the CSSOM (styleMap) are allowed by style-src 'self'; the parts are really drawn.
    expect(segment.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.bar')!).display).to.equal('flex');
    expect(violations).to.deep.equal([]);
  });
});
