import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Map as MaplibreMap } from 'maplibre-gl';
import '../../define/district-map.ts';
import type { QwDistrictMap } from './district-map.ts';
import type { ContractInput } from '../../contract/schema.ts';
import { clearContractCache } from '../../shared/loader.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { liveMapCount, MAX_WEBGL_MAPS } from './maplibre-renderer.ts';
import { districtPaths, gridContract, pathOf, settled } from './test-fixtures.ts';
import { pointInside } from '../../test-support/svg-points.ts';

/** orange-red, 3 classes: the colours for a `negative` indicator from low to high. */
const ORANGE_RED_3 = ['#fee8c8', '#fdbb84', '#e34a33'];
const GRID_IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Hand-computed classes of 1, 2, 4, 5, 6, 12 (see classify.test.ts). */
const EXPECTED_CLASSES: Record<string, { attrs: Record<string, string>; classes: number[] }> = {
  quantile: { attrs: { classification: 'quantile' }, classes: [0, 0, 1, 1, 2, 2] },
  'equal-interval': { attrs: { classification: 'equal-interval' }, classes: [0, 0, 0, 1, 1, 2] },
  jenks: { attrs: { classification: 'jenks' }, classes: [0, 0, 1, 1, 1, 2] },
  manual: { attrs: { breaks: '1.5,8' }, classes: [0, 1, 1, 1, 1, 2] },
};

const mapOf = (el: QwDistrictMap): MaplibreMap => el.map!;

/** Resolves after maplibre has drawn a complete frame. */
function mapIdle(el: QwDistrictMap): Promise<void> {
  const map = mapOf(el);
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** The numeric id maplibre knows a district by (expressions and feature states use it, safe for any district id). */
function featureKey(el: QwDistrictMap, id: string): number | string | undefined {
  return mapOf(el).querySourceFeatures('qw-districts').find((f) => f.properties['qw_id'] === id)?.id;
}

/** The colour maplibre is told to fill a district with (the `match` expression of the fill layer). */
function paintedColor(el: QwDistrictMap, id: string): string {
  const expression = mapOf(el).getPaintProperty('qw-fill', 'fill-color') as unknown;
  if (typeof expression === 'string') return expression;
  const key = featureKey(el, id);
  const parts = expression as unknown[];
  for (let i = 2; i < parts.length - 1; i += 2) if ((parts[i] as unknown[]).includes(key)) return parts[i + 1] as string;
  return parts[parts.length - 1] as string;
}

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/**
 * A copy of the WebGL canvas. The map keeps no drawing buffer (no `preserveDrawingBuffer`), so
 * the copy is taken inside a frame, as the PNG download does.
 */
function canvasCopy(el: QwDistrictMap): Promise<HTMLCanvasElement> {
  const map = mapOf(el);
  const canvas = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  return new Promise((resolve) => {
    map.once('render', () => {
      copy.getContext('2d')!.drawImage(canvas, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The colour the WebGL canvas (a copy of it) shows in the middle of a district. */
function drawnColor(el: QwDistrictMap, copy: HTMLCanvasElement, id: string): string {
  const path = pathOf(el, id);
  const box = path.getBBox();
  const ratio = copy.width / path.ownerSVGElement!.viewBox.baseVal.width;
  const [r, g, b] = copy.getContext('2d')!.getImageData(Math.round((box.x + box.width / 2) * ratio), Math.round((box.y + box.height / 2) * ratio), 1, 1).data;
  return hex(r!, g!, b!);
}


function withName(doc: ContractInput, id: string, name: string): ContractInput {
  const level = doc.areaLevels![0]!;
  const geometry = level.geometry as { features: { properties: Record<string, unknown> }[] };
  geometry.features.find((f) => f.properties.id === id)!.properties.name = name;
  return doc;
}

describe('qw-district-map', () => {
  beforeEach(() => clearContractCache());
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  describe('colours follow the classification', () => {
    for (const [method, { attrs, classes }] of Object.entries(EXPECTED_CLASSES)) {
      it(`${method}: WebGL and SVG draw each district in its hand-computed class colour`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
        const [gl, svgMap] = (['webgl', 'svg'] as const).map((renderer) => {
          const el = document.createElement('qw-district-map');
          for (const [name, value] of Object.entries({ ...attrs, classes: '3', renderer })) el.setAttribute(name, value);
          el.data = gridContract();
          wrapper.append(el);
          return el;
        }) as [QwDistrictMap, QwDistrictMap];
        await settled(gl, 'webgl');
        await settled(svgMap);
        await mapIdle(gl);
        const expected = classes.map((c) => ORANGE_RED_3[c]);
        expect(GRID_IDS.map((id) => paintedColor(gl, id)), 'paint expression').to.deep.equal(expected);
        const copy = await canvasCopy(gl);
        expect(GRID_IDS.map((id) => drawnColor(gl, copy, id)), 'WebGL pixels').to.deep.equal(expected);
        expect(svgMap.activeRenderer).to.equal('svg');
        expect(GRID_IDS.map((id) => pathOf(svgMap, id).getAttribute('fill')), 'SVG fills').to.deep.equal(expected);
        // The legend counts the same classes.
        const counts = [...svgMap.shadowRoot!.querySelectorAll('.legend li .count [aria-hidden]')].map((c) => Number(c.textContent));
        expect(counts).to.deep.equal([0, 1, 2].map((c) => classes.filter((k) => k === c).length));
      });
    }
  });

  it('lists every district in the table view, with value, rank and class, sortable', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map view="table" classes="3" .data=${gridContract()}></qw-district-map>`);
    await settled(el);
    const rows = () => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows().map((r) => r[0])).to.deep.equal(['Feld A', 'Feld B', 'Feld C', 'Feld D', 'Feld E', 'Feld F']);
    expect(rows()[5]).to.deep.equal(['Feld F', '12,0\u00a0%', '+7,0\u00a0Prozentpunkte', '1', 'über 5,3\u00a0%']);
    expect(el.shadowRoot!.querySelector('.svg-map')).to.equal(null);
    const rankButton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button')].find((b) => b.textContent!.includes('Rang'))!;
    rankButton.click();
    await el.updateComplete;
    expect(rows().map((r) => r[0])).to.deep.equal(['Feld F', 'Feld E', 'Feld D', 'Feld C', 'Feld B', 'Feld A']);
  });

  it('is operated by keyboard alone: Tab into the map, arrows move, Enter selects and fires qw-select', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <button id="before">vorher</button>
      <qw-district-map classes="3" renderer="webgl" .data=${gridContract()}></qw-district-map>
    </div>`);
    const el = wrapper.querySelector('qw-district-map')!;
    await settled(el, 'webgl');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('a');
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('b');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('e');
    await el.updateComplete;
    // The focus ring is drawn around the focused district, and the panel tells about it.
    const ring = el.shadowRoot!.querySelector('.hl-focus');
    expect(ring?.getAttribute('d')).to.equal(pathOf(el, 'e').getAttribute('d'));
    expect(getComputedStyle(ring!).strokeWidth).to.equal('3.5px');
    expect(el.shadowRoot!.querySelector('[part="panel"]')!.textContent).to.contain('Feld E');
    const selected = oneEvent(el, 'qw-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ areaId: 'e', indicator: 'quote', period: '2023' });
    expect(el.selected).to.equal('e');
    expect(el.getAttribute('selected')).to.equal('e');
    expect(pathOf(el, 'e').getAttribute('aria-selected')).to.equal('true');
    // The selection is outlined in the SVG above the canvas, not by a WebGL frame.
    await el.updateComplete;
    const selectedOutline = el.shadowRoot!.querySelector('.hl-selected')!;
    expect(selectedOutline.getAttribute('d')).to.equal(pathOf(el, 'e').getAttribute('d'));
    expect(getComputedStyle(selectedOutline).display).to.not.equal('none');
    // Typing a name's first letter jumps to it; Escape clears the selection.
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('a');
    const cleared = oneEvent(el, 'qw-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.areaId).to.equal(null);
    expect(el.hasAttribute('selected')).to.be.false;
  });

  it('shows suppressed values as "geheim" everywhere and never as a number', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map compare="2022" renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    const ost = pathOf(el, 'ost');
    expect(ost.getAttribute('aria-label')).to.equal('Ost: geheim gehalten');
    expect(ost.getAttribute('fill')).to.equal('url(#qw-pattern-suppressed)');
    const legendEntry = el.shadowRoot!.querySelector('.legend li[data-kind="suppressed"]')!;
    expect(legendEntry.textContent).to.contain('geheim');
    expect(legendEntry.querySelector('rect')!.getAttribute('fill')).to.equal('url(#qw-swatch-suppressed)');
    // WebGL: the district is hatched, not coloured by a class.
    expect(mapOf(el).getFilter('qw-pattern')).to.deep.equal(['in', ['id'], ['literal', [featureKey(el, 'ost')]]]);
    // 2022 had no value, 2023 is confidential: the change is confidential too.
    ost.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part="panel"]')!.textContent!.replace(/\s+/g, ' ');
    expect(panel).to.contain('Ost');
    expect(panel).to.match(/2022 keine Angabe 2023 geheim gehalten Veränderung geheim gehalten/);
    const details = el.shadowRoot!.querySelector('details')!;
    details.open = true;
    await waitUntil(() => el.shadowRoot!.querySelector('tbody'));
    const ostRow = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Ost'))!;
    expect(ostRow.textContent).to.not.match(/\d/);
    expect(ostRow.textContent).to.contain('geheim');
    const csvLine = (await el.toCsv()).replace(/"/g, '').split('\r\n').find((line) => line.startsWith('Ost;'))!;
    expect(csvLine).to.equal('Ost;ost;2023;;keine Angabe;;geheim gehalten;;%;;geheim');
    expect(el.shadowRoot!.querySelector('.sr-only[part="summary"]')!.textContent).to.contain('Geheim gehalten: 1.');
  });

  it('shows a district name containing HTML as text', async () => {
    const name = '<img src=x onerror=__qw=1>N';
    const el = await fixture<QwDistrictMap>(html`<div style="width: 1200px"><qw-district-map renderer="webgl" .data=${withName(miniContract(), 'nord', name)}></qw-district-map></div>`).then((w) => w.querySelector('qw-district-map')!);
    await settled(el, 'webgl');
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b')).to.equal(null);
    expect(pathOf(el, 'nord').getAttribute('aria-label')).to.equal(`${name}: 7,5\u00a0%, Rang 2 von 3, -2,1\u00a0Prozentpunkte zur Gesamtstadt`);
    const label = [...root.querySelectorAll('.label')].find((l) => l.textContent === name);
    expect(label, 'the name is on the map, as text').to.exist;
    expect(label!.children).to.have.length(0);
    pathOf(el, 'nord').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root.querySelector('[part="panel"] .name')!.textContent).to.equal(name);
    expect((window as unknown as { __qw?: number }).__qw).to.equal(undefined);
  });

  it('sends no request to another host, and the map style names no glyph, sprite or tile server', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    const style = mapOf(el).getStyle();
    expect(style.glyphs).to.equal(undefined);
    expect(style.sprite).to.equal(undefined);
    expect(Object.values(style.sources).map((s) => s.type)).to.deep.equal(['geojson']);
    const foreign = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
  });

  it('leaves no WebGL context behind after 50 connect/disconnect cycles', async function () {
    this.timeout(180000);
    const before = liveMapCount();
    const contexts: WebGL2RenderingContext[] = [];
    const host = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    for (let cycle = 0; cycle < 50; cycle++) {
      const el = document.createElement('qw-district-map');
      el.renderer = 'webgl';
      el.data = miniContract();
      host.append(el);
      if (cycle % 2 === 0) {
        await settled(el, 'webgl');
        contexts.push(mapOf(el).getCanvas().getContext('webgl2')!);
      } else {
        // Removed while the map is still loading: its canvas exists, its first frame does not.
        await waitUntil(() => el.shadowRoot!.querySelector('.gl canvas'), 'maplibre did not start', { timeout: 10000 });
      }
      el.remove();
    }
    await waitUntil(() => liveMapCount() === before, `maps still alive: ${liveMapCount()}`, { timeout: 10000 });
    expect(contexts).to.have.length(25);
    expect(contexts.every((gl) => gl.isContextLost())).to.be.true;
    // The budget is whole again: a new map still gets WebGL.
    const last = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(last, 'webgl');
  });

  it('draws a basemap only when the author names one, under the districts, and survives one that cannot be loaded', async () => {
    // Both maps near the viewport.
    await setViewport({ width: 800, height: 2500 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <qw-district-map id="with" renderer="webgl" basemap="/src/components/district-map/test-basemap.style.json" .data=${gridContract()}></qw-district-map>
      <qw-district-map id="broken" renderer="webgl" basemap="/__test/status/404" .data=${gridContract()}></qw-district-map>
    </div>`);
    const [withBasemap, broken] = ['#with', '#broken'].map((s) => wrapper.querySelector<QwDistrictMap>(s)!) as [QwDistrictMap, QwDistrictMap];
    await settled(withBasemap, 'webgl');
    await mapIdle(withBasemap);
    // Every district has a value: one fill layer, no pattern layer.
    expect(mapOf(withBasemap).getStyle().layers.map((l) => l.id)).to.deep.equal(['land', 'qw-fill']);
    // The corner lies outside the districts: the basemap shows.
    const copy = await canvasCopy(withBasemap);
    const [r, g, b] = copy.getContext('2d')!.getImageData(2, 2, 1, 1).data;
    expect(hex(r!, g!, b!)).to.equal('#123456');
    expect(mapOf(withBasemap).getPaintProperty('qw-fill', 'fill-opacity')).to.equal(0.8);
    await settled(broken, 'webgl');
    expect(mapOf(broken).getStyle().layers.map((l) => l.id)).to.deep.equal(['qw-fill']);
    expect(paintedColor(broken, 'f')).to.equal('#b30000');
  });

  it('keeps a page within the WebGL budget: maps beyond it draw as SVG', async function () {
    this.timeout(60000);
    // All maps near the viewport, so that each one asks for WebGL.
    await setViewport({ width: 1200, height: 5000 });
    const count = MAX_WEBGL_MAPS + 2;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: repeat(5, 1fr); width: 1000px">
      ${Array.from({ length: count }, () => html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`)}
    </div>`);
    const maps = [...wrapper.querySelectorAll('qw-district-map')];
    await waitUntil(() => maps.filter((m) => m.activeRenderer === 'webgl').length === MAX_WEBGL_MAPS, 'not all budgeted maps drew with WebGL', { timeout: 30000 });
    expect(liveMapCount()).to.equal(MAX_WEBGL_MAPS);
    const svgMaps = maps.filter((m) => m.activeRenderer === 'svg');
    expect(svgMaps).to.have.length(2);
    for (const m of svgMaps) expect(districtPaths(m).map((p) => p.getAttribute('fill'))).to.include('#e34a33');
  });

  it('falls back to SVG when the WebGL context is lost, and says so with qw-ready', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    expect(el.shadowRoot!.querySelector('.svg-map')!.classList.contains('overlay')).to.be.true;
    const live = liveMapCount();
    const readyWith: string[] = [];
    el.addEventListener('qw-ready', () => readyWith.push(el.activeRenderer));
    mapOf(el).getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    await waitUntil(() => readyWith.includes('svg'), 'no qw-ready after the switch to SVG');
    expect(el.activeRenderer).to.equal('svg');
    expect(el.map).to.equal(undefined);
    expect(liveMapCount()).to.equal(live - 1);
    const svgMap = el.shadowRoot!.querySelector('.svg-map')!;
    expect(svgMap.classList.contains('overlay')).to.be.false;
    expect(getComputedStyle(pathOf(el, 'mitte')).fillOpacity).to.equal('1');
    expect(pathOf(el, 'mitte').getAttribute('fill')).to.equal('#e34a33');
  });

  it('draws all 396 municipalities of NRW and follows the pointer over them', async function () {
    this.timeout(120000);
    const geojson = await (await fetch('/data/sources/nrw_gemeinden_dvg2.geojson')).json();
    // Values derived from the AGS, so the test is deterministic: the last three digits modulo 97, as a share.
    const values = geojson.features.map((f: { properties: { ags: string } }) => ({ area: f.properties.ags, period: '2022', value: (Number(f.properties.ags.slice(-3)) % 97) / 2 }));
    const doc: ContractInput = {
      version: 1,
      meta: { title: 'NRW', publisher: 'Test', license: 'dl-de/zero-2-0', municipality: { name: 'Nordrhein-Westfalen' }, example: true },
      areaLevels: [{ id: 'gemeinde', label: 'Gemeinden', idProperty: 'ags', nameProperty: 'name', geometry: geojson }],
      indicators: [{ id: 'testwert', label: 'Testwert', unit: '%', decimals: 1, polarity: 'negative', level: 'gemeinde', values, example: true }],
    };
    await setViewport({ width: 1000, height: 900 });
    const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 900px" classification="jenks" renderer="webgl" .data=${doc}></qw-district-map>`);
    await settled(el, 'webgl');
    expect(districtPaths(el)).to.have.length(396);
    expect(el.shadowRoot!.querySelector('[part="example-badge"]')).to.not.equal(null);
    const wesel = pathOf(el, '05170048');
    wesel.scrollIntoView({ block: 'center' });
    const [x, y] = pointInside(wesel);
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"] .name')?.textContent === 'Wesel', 'the panel did not follow the pointer');
    await waitUntil(() => el.shadowRoot!.querySelector('.hl-hover')?.getAttribute('d') === wesel.getAttribute('d'), 'the hovered municipality is not outlined');
    // 048 % 97 / 2 = 24
    expect(el.shadowRoot!.querySelector('[part="panel"]')!.textContent).to.contain('24,0\u00a0%');
    const [x2, y2] = pointInside(pathOf(el, '05170004'));
    await sendMouse({ type: 'move', position: [x2, y2] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"] .name')?.textContent === 'Alpen');
    await waitUntil(() => el.shadowRoot!.querySelector('.hl-hover')?.getAttribute('d') === pathOf(el, '05170004').getAttribute('d'));
  });

  it('shares the selection with its group', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <qw-district-map id="one" group="quartier" .data=${miniContract()} renderer="svg"></qw-district-map>
      <qw-district-map id="two" group="quartier" .data=${miniContract()} renderer="svg"></qw-district-map>
    </div>`);
    const [one, two] = ['#one', '#two'].map((s) => wrapper.querySelector<QwDistrictMap>(s)!) as [QwDistrictMap, QwDistrictMap];
    await settled(one);
    await settled(two);
    pathOf(one, 'sued').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await two.updateComplete;
    expect(two.selected).to.equal('sued');
    expect(pathOf(two, 'sued').getAttribute('aria-selected')).to.equal('true');
    expect(two.shadowRoot!.querySelector('.hl-selected')!.getAttribute('d')).to.equal(pathOf(two, 'sued').getAttribute('d'));
  });

  it('changes the period with the slider and tells the group', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map group="zeit" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    expect(shadowText(el)).to.contain('2023 · Bezirke');
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('2023');
    const ready = oneEvent(el, 'qw-ready');
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    await ready;
    expect(shadowText(el)).to.contain('2022 · Bezirke');
    expect(pathOf(el, 'ost').getAttribute('aria-label')).to.equal('Ost: keine Angabe');
    const fixed = await fixture<QwDistrictMap>(html`<qw-district-map period="2022" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(fixed);
    expect(fixed.shadowRoot!.querySelector('input[type="range"]')).to.equal(null);
  });

  it('plays through the periods and stops at the last', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    const play = el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button')!;
    expect(play.textContent).to.equal('Abspielen');
    // At the last period, play starts from the first.
    play.click();
    await el.updateComplete;
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    expect(play.textContent).to.equal('Anhalten');
    expect(el.shadowRoot!.querySelector('output')!.textContent).to.equal('2022');
    await waitUntil(() => el.shadowRoot!.querySelector('output')!.textContent === '2023', 'did not move on', { timeout: 5000 });
    await waitUntil(() => play.getAttribute('aria-pressed') === 'false', 'did not stop at the last period', { timeout: 5000 });
  });

  it('keeps the breaks over all periods with fixed-breaks', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map fixed-breaks classification="equal-interval" classes="3" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    const legend = () => [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.querySelector('span')!.textContent);
    const in2023 = legend();
    expect(in2023.slice(0, 3)).to.deep.equal(['bis 8,4\u00a0%', 'über 8,4 bis 12,7\u00a0%', 'über 12,7\u00a0%']);
    expect(shadowText(el)).to.contain('Grenzen für alle Zeiträume gleich');
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(legend().slice(0, 3)).to.deep.equal(in2023.slice(0, 3));
  });

  it('shows the change between two periods on a diverging palette', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map compare="2022" classes="4" classification="equal-interval" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Veränderung 2022 bis 2023');
    expect(shadowText(el)).to.contain('Farbmitte: keine Veränderung');
    // Changes −0.5, +0.6, −0.25: the increase is red (higher is worse), the decreases blue.
    expect(pathOf(el, 'mitte').getAttribute('fill')).to.equal('#ca0020');
    expect(pathOf(el, 'nord').getAttribute('fill')).to.equal('#0571b0');
    expect(pathOf(el, 'sued').getAttribute('fill')).to.equal('#92c5de');
  });

  it('explains configuration errors in words and recovers when the attribute is fixed', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map indicator="armut" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await waitUntil(() => el.state === 'error');
    expect(shadowText(el)).to.contain('Den Indikator „armut“ gibt es in den Daten nicht.');
    expect(shadowText(el)).to.contain('Vorhandene Indikatoren: „arbeitslose“');
    el.indicator = 'arbeitslose';
    await waitUntil(() => el.state === 'ready', 'did not recover');
    el.setAttribute('classes', '12');
    await waitUntil(() => el.state === 'error');
    expect(shadowText(el)).to.contain('zwischen 2 und 9');
    el.setAttribute('classes', '3');
    el.setAttribute('classification', 'manual');
    await waitUntil(() => el.state === 'error' && shadowText(el).includes('fehlen die Klassengrenzen'));
    el.setAttribute('breaks', '5,10');
    await waitUntil(() => el.state === 'ready');
    el.setAttribute('palette', 'regenbogen');
    await waitUntil(() => el.state === 'error');
    expect(shadowText(el)).to.contain('Möglich sind: auto, orange-red');
  });

  it('speaks English', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map lang="en" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Unemployment share');
    expect(shadowText(el)).to.contain('confidential');
    expect(pathOf(el, 'mitte').getAttribute('aria-label')).to.equal('Mitte: 17.1%, rank 1 of 3, +7.5\u00a0percentage points to the city total');
    expect(el.shadowRoot!.querySelector('.sr-only[part="summary"]')!.textContent).to.contain('Highest in Mitte (17.1%)');
  });

  it('puts names on the map where they fit and leaves them off where they do not', async () => {
    const wide = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 900px" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(wide);
    await waitUntil(() => wide.shadowRoot!.querySelectorAll('.label').length > 0);
    expect([...wide.shadowRoot!.querySelectorAll('.label')].map((l) => l.textContent).sort()).to.deep.equal(['Mitte', 'Nord', 'Ost', 'Süd']);
    const narrow = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 280px" renderer="svg" .data=${withName(miniContract(), 'nord', 'Ein außerordentlich langer Bezirksname mit Zusatz')}></qw-district-map>`);
    await settled(narrow);
    await waitUntil(() => narrow.shadowRoot!.querySelectorAll('.label').length > 0);
    expect([...narrow.shadowRoot!.querySelectorAll('.label')].map((l) => l.textContent)).to.not.include('Ein außerordentlich langer Bezirksname mit Zusatz');
  });

  it('fits a container 280 px wide without horizontal scrolling', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 280px" .data=${withName(miniContract(), 'mitte', 'Mitte mit Altstadt und Hafenviertel')}></qw-district-map>`);
    await settled(el);
    // The panel at its widest: a long name, value, rank, city total and difference.
    pathOf(el, 'mitte').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="panel"]')!.textContent).to.contain('Prozentpunkte');
    const right = el.getBoundingClientRect().right;
    const sticking = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => node.getBoundingClientRect().right > right + 0.5);
    expect(sticking.map((node) => `${node.tagName}.${node.getAttribute('class') ?? ''}`)).to.deep.equal([]);
  });

  it('prints the SVG map also where WebGL draws on screen', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    expect(getComputedStyle(pathOf(el, 'mitte')).fillOpacity).to.equal('0');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(pathOf(el, 'mitte')).fillOpacity).to.equal('1');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.gl')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.actions')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('on paper in a narrow column keeps the legend under the map, as on screen', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: 320px" renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'svg');
    await emulateMedia({ media: 'print' });
    try {
      const mapWidth = el.shadowRoot!.querySelector('.map-box')!.getBoundingClientRect().width;
      expect(mapWidth, 'the map takes the column').to.be.greaterThan(0.85 * el.getBoundingClientRect().width);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('downloads the shown values as CSV and the map as PNG', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map>`);
    await settled(el, 'webgl');
    // Quotes are the CSV writer's business; the cells are what matters.
    const csv = (await el.toCsv()).replace(/"/g, '');
    expect(csv.startsWith('\ufeffGebiet;Kennung;Zeitraum;Wert;Status;Einheit;Rang;Klasse\r\n')).to.be.true;
    expect(csv).to.contain('Mitte;mitte;2023;17,1;;%;1;');
    expect(csv).to.contain('Gesamtstadt;;2023;9,6;;%;;');
    for (const renderer of ['webgl', 'svg'] as const) {
      if (renderer === 'svg') {
        el.renderer = 'svg';
        await settled(el, 'svg');
      }
      const png = await el.toPng();
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.be.greaterThan(300);
      // The map's colours are in the image.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let found = false;
      for (let i = 0; i < data.length && !found; i += 4) found = data[i] === 0xe3 && data[i + 1] === 0x4a && data[i + 2] === 0x33;
      expect(found, `${renderer}: the top class colour is in the PNG`).to.be.true;
    }
  });

  it('removes its map when disconnected and draws it again when put back', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><qw-district-map renderer="webgl" .data=${miniContract()}></qw-district-map></div>`);
    const el = host.querySelector('qw-district-map')!;
    await settled(el, 'webgl');
    const live = liveMapCount();
    el.remove();
    expect(el.map).to.equal(undefined);
    expect(liveMapCount()).to.equal(live - 1);
    host.append(el);
    await settled(el, 'webgl');
    expect(liveMapCount()).to.equal(live);
  });

  it('takes the legend width from --qw-map-legend-width, and still from the earlier --qw-legend-width', async () => {
    const el = await fixture<QwDistrictMap>(html`<qw-district-map renderer="svg" .data=${miniContract()}></qw-district-map>`);
    await settled(el);
    const width = () => getComputedStyle(el).getPropertyValue('--_legend-width').trim();
    expect(width()).to.equal('15rem');
    el.style.setProperty('--qw-legend-width', '18rem');
    expect(width()).to.equal('18rem');
    el.style.setProperty('--qw-map-legend-width', '20rem');
    expect(width()).to.equal('20rem');
  });
});
