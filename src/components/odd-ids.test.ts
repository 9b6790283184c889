/**
 * Area ids that are names of `Object.prototype` (`constructor`, `__proto__`, `toString` …) draw
 * like any other id in every widget, and the WebGL map never says "ready" while it shows nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/indicator-trend.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import type { QwDistrictMap } from './district-map/district-map.ts';
import { MaplibreRenderer } from './district-map/maplibre-renderer.ts';
import { settled } from './district-map/test-fixtures.ts';
import { ODD_IDS, oddIdDocument, whenSettled, widgetFor, WIDGET_TAGS } from '../test-support/hostile.ts';

describe('odd area ids', () => {
  it('the WebGL map draws every district, constructor and __proto__ included', async () => {
    const { doc } = await oddIdDocument();
    const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 600px" renderer="webgl" indicator="arbeitslosenanteil" .data=${doc}></qw-district-map>`);
    await settled(el, 'webgl');
    expect(el.state).to.equal('ready');
    const drawn = new Set(el.map!.queryRenderedFeatures({ layers: ['qw-fill'] }).map((f) => f.properties['qw_id'] as string));
    for (const id of ODD_IDS) expect(drawn.has(id), `WebGL draws ${id}`).to.equal(true);
    expect(drawn.size).to.equal(11);
    // Selecting one keeps WebGL (the outline is drawn in the SVG overlay).
    el.selected = 'constructor';
    await el.updateComplete;
    await settled(el, 'webgl');
    expect(el.activeRenderer).to.equal('webgl');
  });

  it('the SVG map draws and names them', async () => {
    const { doc } = await oddIdDocument();
    const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 600px" renderer="svg" indicator="arbeitslosenanteil" .data=${doc}></qw-district-map>`);
    await settled(el, 'svg');
    for (const id of ODD_IDS) {
      const path = el.shadowRoot!.querySelector(`path.district[data-id="${id}"]`);
      expect(path, id).to.exist;
      expect(path!.getAttribute('fill'), `${id} is coloured`).to.match(/^(#|url\()/);
    }
  });

  it('a WebGL map that draws nothing falls back to SVG and is ready with districts on screen', async () => {
    const { doc } = await oddIdDocument();
    const original = Object.getOwnPropertyDescriptor(MaplibreRenderer.prototype, 'drawnFeatureCount')!;
    MaplibreRenderer.prototype.drawnFeatureCount = () => 0;
    try {
      const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 600px" renderer="webgl" indicator="arbeitslosenanteil" .data=${doc}></qw-district-map>`);
      await settled(el);
      // Give WebGL the time it would take to draw.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(el.state).to.equal('ready');
      expect(el.activeRenderer).to.equal('svg');
      expect(el.shadowRoot!.querySelectorAll('path.district')).to.have.length(11);
    } finally {
      Object.defineProperty(MaplibreRenderer.prototype, 'drawnFeatureCount', original);
    }
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> renders with them`, async () => {
      const { doc } = await oddIdDocument();
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
        const el = widgetFor(tag, doc, [...ODD_IDS]);
        wrapper.append(el);
        await whenSettled(el);
        expect(el.getAttribute('state'), `${tag} state`).to.equal('ready');
        expect(errors).to.deep.equal([]);
        const shown = el.shadowRoot!.textContent!;
        expect(shown).not.to.match(/function Object\(\)|\[native code\]|\[object Object\]/);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }

  it('a licence id "constructor" is shown as written, not as a property of Object', async () => {
    const { doc } = await oddIdDocument();
    doc.meta.license = 'constructor';
    const el = widgetFor('qw-housing-gauge', doc, []);
    await fixture(html`<div style="width: 700px">${el}</div>`);
    await whenSettled(el);
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!.textContent!;
    expect(footer).to.include('constructor');
    expect(footer).not.to.match(/\bObject\b/);
  });

  it('the profile of the area "constructor" shows its own name and values', async () => {
    const { doc } = await oddIdDocument();
    const el = widgetFor('qw-district-profile', doc, ['constructor']);
    await fixture(html`<div style="width: 700px">${el}</div>`);
    await whenSettled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.include('Innenstadt inkl. Lippedorf');
  });
});
