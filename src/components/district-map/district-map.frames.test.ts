import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../define/district-map.ts';
import type { QwDistrictMap } from './district-map.ts';
import { clearContractCache } from '../../shared/loader.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { webglSupport } from './maplibre-renderer.ts';
import { gridContract, pathOf, settled } from './test-fixtures.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The centre of a district on screen. */
function centreOf(path: SVGPathElement): [number, number] {
  const box = path.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('qw-district-map: frames', () => {
  beforeEach(() => clearContractCache());
  afterEach(() => resetMouse());

  // First in the file: the page has not loaded maplibre yet.
  it('draws SVG under renderer="auto" on software WebGL and does not download maplibre', async function () {
    if (webglSupport() !== 'software') this.skip();
    const el = await fixture<QwDistrictMap>(html`<qw-district-map .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    await pause(500);
    expect(el.activeRenderer).to.equal('svg');
    expect(el.map).to.equal(undefined);
    expect(performance.getEntriesByType('resource').map((r) => r.name).filter((name) => name.includes('/maplibre-gl/'))).to.deep.equal([]);
  });

  it('reads the outline colour of the theme from the computed style only when WebGL draws (it forces a style recalculation of every path)', async () => {
    const read: string[] = [];
    const original = CSSStyleDeclaration.prototype.getPropertyValue;
    CSSStyleDeclaration.prototype.getPropertyValue = function (this: CSSStyleDeclaration, name: string) {
      read.push(name);
      return original.call(this, name);
    };
    try {
      // Under `auto` on software WebGL (here SwiftShader) the map draws SVG: the case of the browsers without a GPU.
      const svgMap = await fixture<QwDistrictMap>(html`<qw-district-map renderer=${webglSupport() === 'software' ? 'auto' : 'svg'} .data=${gridContract()}></qw-district-map>`);
      await settled(svgMap, 'svg');
      await pause(200);
      expect(read, 'read for an SVG map').to.not.include('--_map-outline');
      const glMap = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${gridContract()}></qw-district-map>`);
      await settled(glMap, 'webgl');
      expect(read, 'read for renderer="webgl"').to.include('--_map-outline');
    } finally {
      CSSStyleDeclaration.prototype.getPropertyValue = original;
    }
  });

  it('draws no WebGL frame while idle, nor for hover and selection (the SVG overlay outlines them)', async () => {
    const el = await fixture<QwDistrictMap>(html`<div style="width: 600px"><qw-district-map classes="3" renderer="webgl" .data=${gridContract()}></qw-district-map></div>`).then(
      (w) => w.querySelector('qw-district-map')!,
    );
    await settled(el, 'webgl');
    const map = el.map!;
    // Let the first frames finish, then count.
    await waitUntil(() => map.loaded() && !map.isMoving(), 'maplibre did not settle');
    await pause(300);
    let frames = 0;
    map.on('render', () => frames++);
    await pause(500);
    expect(frames, 'frames while idle').to.equal(0);

    for (const id of ['a', 'e', 'c']) {
      await sendMouse({ type: 'move', position: centreOf(pathOf(el, id)) });
      await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"] .name')?.textContent === `Feld ${id.toUpperCase()}`, `the panel did not follow to ${id}`);
      await el.updateComplete;
      const outline = el.shadowRoot!.querySelector('.hl-hover');
      expect(outline?.getAttribute('d'), `outline of ${id}`).to.equal(pathOf(el, id).getAttribute('d'));
      expect(getComputedStyle(outline!).display).to.not.equal('none');
    }
    await sendMouse({ type: 'click', position: centreOf(pathOf(el, 'c')) });
    await waitUntil(() => el.selected === 'c');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hl-selected')?.getAttribute('d')).to.equal(pathOf(el, 'c').getAttribute('d'));
    await pause(300);
    expect(frames, 'frames for hover and selection').to.equal(0);

    // A real change still draws: new colours, one frame (or a few) and idle again.
    el.classes = 4;
    await waitUntil(() => frames > 0, 'new classes drew no frame');
  });

  it('follows the renderer attribute: webgl draws WebGL, back to auto draws SVG on software WebGL', async function () {
    if (webglSupport() !== 'software') this.skip();
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    el.renderer = 'auto';
    await settled(el, 'svg');
    expect(el.map).to.equal(undefined);
    el.setAttribute('renderer', 'webgl');
    await settled(el, 'webgl');
  });

  it('draws WebGL without MSAA or a preserved drawing buffer; its PNG comes from the vector drawing', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    expect(el.map!.getCanvas().getContext('webgl2')!.getContextAttributes()).to.include({ preserveDrawingBuffer: false, antialias: false });
    const png = await el.toPng();
    const bitmap = await createImageBitmap(png);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let topClass = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 0xe3 && data[i + 1] === 0x4a && data[i + 2] === 0x33) topClass++;
    // The legend's swatch alone has a few hundred such pixels; a blank read of the canvas would leave only those.
    expect(topClass, 'pixels of the top class colour').to.be.greaterThan(3000);
  });
});
