import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/district-map.ts';
import { liveMapCount, webglKnownMissing } from './maplibre-renderer.ts';
import { districtPaths, gridContract, settled } from './test-fixtures.ts';

// A page of its own: a map under `auto` earlier on the page would have probed WebGL already.
describe('qw-district-map with renderer="webgl" in a browser without WebGL', () => {
  it('with an explicit renderer="webgl" asks maplibre itself (no probe), and draws SVG when maplibre finds no WebGL', async () => {
    const el = document.createElement('qw-district-map');
    el.setAttribute('renderer', 'webgl');
    el.data = gridContract();
    const errors: Event[] = [];
    el.addEventListener('qw-error', (event) => errors.push(event));
    const ready = oneEvent(el, 'qw-ready');
    document.body.append(el);
    await ready;
    try {
      // No probe ran for `webgl`: WebGL is known to be missing only after maplibre tried to create its context.
      await waitUntil(() => webglKnownMissing(), 'maplibre did not try');
      expect(performance.getEntriesByType('resource').some((r) => r.name.includes('maplibre-gl')), 'maplibre was loaded to try').to.be.true;
      await settled(el);
      expect(el.activeRenderer).to.equal('svg');
      expect(liveMapCount()).to.equal(0);
      expect(el.shadowRoot!.querySelector('.gl')!.children, 'maplibre’s canvas removed again').to.have.length(0);
      expect(districtPaths(el)).to.have.length(6);
      expect(errors, 'no error: the SVG map is the fallback').to.have.length(0);
    } finally {
      el.remove();
    }
  });
});
