import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../define/district-map.ts';
import type { QwDistrictMap } from './district-map.ts';
import type { ContractInput } from '../../contract/schema.ts';
import { clearContractCache } from '../../shared/loader.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { liveMapCount, webglKnownMissing } from './maplibre-renderer.ts';
import { districtPaths, gridContract, pathOf, settled } from './test-fixtures.ts';

// This group runs in a Chromium without WebGL, as on many administration PCs and virtual desktops.
describe('qw-district-map without WebGL', () => {
  beforeEach(() => clearContractCache());
  afterEach(() => resetMouse());

  it('really has no WebGL here', () => {
    expect(document.createElement('canvas').getContext('webgl2')).to.equal(null);
  });

  it('draws every district as SVG in its class colour, with legend and summary, and fires qw-ready', async () => {
    const el = document.createElement('qw-district-map');
    el.setAttribute('classification', 'jenks');
    el.setAttribute('classes', '3');
    el.data = gridContract();
    const ready = oneEvent(el, 'qw-ready');
    document.body.append(el);
    await ready;
    try {
      // WebGL was probed and found missing, so maplibre was never even downloaded.
      await waitUntil(() => webglKnownMissing(), 'WebGL was not probed');
      expect(performance.getEntriesByType('resource').map((r) => r.name).filter((name) => name.includes('/maplibre-gl/'))).to.deep.equal([]);
      expect(el.activeRenderer).to.equal('svg');
      expect(el.map).to.equal(undefined);
      expect(liveMapCount()).to.equal(0);
      expect(el.shadowRoot!.querySelector('.gl')!.children).to.have.length(0);
      const paths = districtPaths(el);
      expect(paths).to.have.length(6);
      // jenks of 1, 2, 4, 5, 6, 12 in three classes: {1, 2} {4, 5, 6} {12}.
      expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => pathOf(el, id).getAttribute('fill'))).to.deep.equal(['#fee8c8', '#fee8c8', '#fdbb84', '#fdbb84', '#fdbb84', '#e34a33']);
      for (const path of paths) {
        expect(getComputedStyle(path).fillOpacity).to.equal('1');
        const box = path.getBoundingClientRect();
        expect(box.width * box.height).to.be.greaterThan(100);
      }
      const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => [li.querySelector('span')!.textContent, li.querySelector('.count .sr-only')!.textContent]);
      expect(legend).to.deep.equal([
        ['bis 2,0\u00a0%', '2 Gebiete'],
        ['über 2,0 bis 6,0\u00a0%', '3 Gebiete'],
        ['über 6,0\u00a0%', '1 Gebiet'],
      ]);
      expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('Am höchsten in Feld F (12,0');
    } finally {
      el.remove();
    }
  });

  it('keeps mouse and keyboard: hover shows the panel, Enter selects and fires qw-select', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><button>vorher</button><qw-district-map period="2023" .data=${miniContract()}></qw-district-map></div>`);
    const el = wrapper.querySelector('qw-district-map')!;
    await settled(el);
    await waitUntil(() => webglKnownMissing());
    const mitte = pathOf(el, 'mitte');
    mitte.scrollIntoView({ block: 'center' });
    const box = mitte.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"] .name')?.textContent === 'Mitte');
    expect(el.shadowRoot!.querySelector('.hl-hover')!.getAttribute('d')).to.equal(mitte.getAttribute('d'));
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement!.getAttribute('data-id');
    expect(first).to.equal('nord');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('mitte');
    const selected = oneEvent(el, 'qw-select');
    await sendKeys({ press: ' ' });
    expect((await selected).detail).to.deep.equal({ areaId: 'mitte', indicator: 'arbeitslose', period: '2023' });
    expect(el.getAttribute('selected')).to.equal('mitte');
    expect(el.shadowRoot!.querySelector('.hl-selected')!.getAttribute('d')).to.equal(mitte.getAttribute('d'));
    expect(pathOf(el, 'ost').getAttribute('fill')).to.equal('url(#qw-pattern-suppressed)');
  });

  it('draws the 396 municipalities of NRW as SVG and follows the pointer', async function () {
    this.timeout(60000);
    const geojson = await (await fetch('/data/sources/nrw_gemeinden_dvg2.geojson')).json();
    const values = geojson.features.map((f: { properties: { ags: string } }) => ({ area: f.properties.ags, period: '2022', value: Number(f.properties.ags.slice(-3)) % 50 }));
    const doc: ContractInput = {
      version: 1,
      meta: { title: 'NRW', publisher: 'Test', license: 'dl-de/zero-2-0', municipality: { name: 'Nordrhein-Westfalen' }, example: true },
      areaLevels: [{ id: 'gemeinde', label: 'Gemeinden', idProperty: 'ags', nameProperty: 'name', geometry: geojson }],
      indicators: [{ id: 'testwert', label: 'Testwert', unit: 'Punkte', polarity: 'positive', level: 'gemeinde', values, example: true }],
    };
    const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 700px" .data=${doc}></qw-district-map>`);
    await settled(el);
    await waitUntil(() => webglKnownMissing());
    const paths = districtPaths(el);
    expect(paths).to.have.length(396);
    expect(paths.filter((p) => /^#[0-9a-f]{6}$/.test(p.getAttribute('fill')!))).to.have.length(396);
    const wesel = pathOf(el, '05170048');
    wesel.scrollIntoView({ block: 'center' });
    const box = wesel.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"] .name')?.textContent === 'Wesel', 'the panel did not follow the pointer');
    expect(el.shadowRoot!.querySelector('.hl-hover')!.getAttribute('d')).to.equal(wesel.getAttribute('d'));
  });
});
