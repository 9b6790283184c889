import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/housing-gauge.ts';
import type { QwHousingGauge } from './housing-gauge.ts';
import { recordViolationsUnderStrictCsp } from '../../test-support/csp.ts';

describe('<qw-housing-gauge> under a strict Content-Security-Policy', () => {
  it('draws the gauge, the projection and the bars without a CSP violation', async () => {
    const { violations, settle } = await recordViolationsUnderStrictCsp();

    const el = await fixture<QwHousingGauge>(html`<qw-housing-gauge src="/demo/data/wesel.json"></qw-housing-gauge>`);
    await waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 5000 });
    await el.updateComplete;
    await settle();
    expect(el.state).to.equal('ready');
    const root = el.shadowRoot!;
    // Positions and widths set through the CSSOM (styleMap) are allowed by style-src 'self'.
    const innenstadt = root.querySelector<HTMLElement>('button.row[data-area="innenstadt"] .bar-fill')!;
    const feldmark = root.querySelector<HTMLElement>('button.row[data-area="feldmark"] .bar-fill')!;
    expect(innenstadt.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(feldmark.getBoundingClientRect().width / innenstadt.getBoundingClientRect().width).to.be.closeTo(300 / 436, 0.02);
    // The NRW mark sits at 9.3 of 12 on the track; its label (anchored at its end there) is placed through the CSSOM too.
    const track = root.querySelector('.track')!.getBoundingClientRect();
    const line = root.querySelector('line.mark.reference')!.getBoundingClientRect();
    const label = root.querySelector<HTMLElement>('.mark-label.reference')!;
    expect(label.classList.contains('end')).to.be.true;
    expect((line.left + line.right) / 2 - track.left).to.be.closeTo(track.width * (9.3 / 12), 2);
    expect(label.getBoundingClientRect().right - track.left).to.be.closeTo(track.width * (9.3 / 12), 2);
    expect(violations).to.deep.equal([]);
  });
});
