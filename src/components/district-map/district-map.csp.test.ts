import { expect, waitUntil } from '@open-wc/testing';
import type { Map as MaplibreMap } from 'maplibre-gl';
import '../../define/district-map.ts';
import { clearContractCache } from '../../shared/loader.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { pathOf, settled } from './test-fixtures.ts';

// The page sends the documented Content-Security-Policy (scripts/csp.mjs): no inline styles,
// no eval, workers only from 'self' or blob:.
describe('qw-district-map under a strict Content-Security-Policy', () => {
  it('draws with WebGL (maplibre and its worker), places its boxes through the CSSOM and violates nothing', async function () {
    this.timeout(30000);
    clearContractCache();
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const el = document.createElement('qw-district-map');
    // SwiftShader here: `auto` would draw SVG.
    el.renderer = 'webgl';
    el.data = miniContract();
    document.body.append(el);
    try {
      await settled(el, 'webgl');
      const map = el.map as MaplibreMap;
      // The worker ran: the GeoJSON was tiled and the districts were drawn.
      expect(map.querySourceFeatures('qw-districts').length).to.be.greaterThan(0);
      // The aspect ratio and the name positions are set through the CSSOM, which the policy allows.
      const box = el.shadowRoot!.querySelector<HTMLElement>('.map-box')!;
      expect(box.style.aspectRatio).to.match(/^\d+ \/ \d+$/);
      expect(box.getBoundingClientRect().height).to.be.greaterThan(100);
      await waitUntil(() => el.shadowRoot!.querySelector('.label'));
      expect(el.shadowRoot!.querySelector<HTMLElement>('.label')!.style.left).to.match(/%$/);
      expect(pathOf(el, 'mitte').getAttribute('fill')).to.equal('#e34a33');
      const png = await el.toPng();
      expect(png.type).to.equal('image/png');
      el.renderer = 'svg';
      await settled(el, 'svg');
      expect((await el.toPng()).size).to.be.greaterThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
