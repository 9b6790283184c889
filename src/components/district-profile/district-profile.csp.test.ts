import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define/district-profile.ts';
import type { QwDistrictProfile } from './district-profile.ts';
import { recordViolationsUnderStrictCsp } from '../../test-support/csp.ts';
import { pictureToPng } from '../../shared/export-image.ts';

describe('<qw-district-profile> under a strict Content-Security-Policy', () => {
  it('draws the rows, spines and similar areas, and makes the PNG, without a CSP violation', async () => {
    const { violations, settle } = await recordViolationsUnderStrictCsp();

    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>`);
    await waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 5000 });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    const root = el.shadowRoot!;
    // The spine is placed by SVG attributes in percent, never by style attributes: the dot of
    // Feldmark's 0.35 sits at (0.35 − 0.09) / (0.6 − 0.09) of the inset track.
    const spine = root.querySelector('li.row[data-indicator="sozialer_belastungsindex"] svg.spine')!.getBoundingClientRect();
    const dot = root.querySelector('li.row[data-indicator="sozialer_belastungsindex"] circle.area')!.getBoundingClientRect();
    const expected = 0.04 + ((0.35 - 0.09) / (0.6 - 0.09)) * 0.92;
    expect((dot.left + dot.right) / 2 - spine.left).to.be.closeTo(spine.width * expected, 1.5);
    expect(getComputedStyle(root.querySelector('.facts')!).display).to.equal('grid');
    // The PNG goes through a blob: image, which the documented policy allows.
    const image = (await el.toSvg())!;
    const png = await pictureToPng(image, 1);
    expect(png.type).to.equal('image/png');
    await settle();
    expect(violations).to.deep.equal([]);
  });
});
