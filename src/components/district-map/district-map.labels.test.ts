/**
 * Names on the map with the Wesel demo data, as a reader sees them: every district named or
 * numbered at phone, tablet and desktop widths, no two labels on top of each other, the
 * territory's outline, and a layout that stays put while the pointer moves over the map.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../define/district-map.ts';
import type { ContractInput } from '../../contract/schema.ts';
import { clearContractCache } from '../../shared/loader.ts';
import type { QwDistrictMap } from './district-map.ts';
import { districtPaths, settled } from './test-fixtures.ts';
import { pointInside } from '../../test-support/svg-points.ts';

const LEVELS = [
  { level: 'sozialraum', indicator: 'arbeitslosenanteil', count: 11 },
  { level: 'stadtteil', indicator: 'bevoelkerung', count: 5 },
] as const;
const WIDTHS = [320, 480, 900] as const;

let wesel: ContractInput;
const weselCopy = (): ContractInput => structuredClone(wesel);

const rectOf = (el: Element) => {
  const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
  return { left, top, right, bottom, width, height };
};
type Rect = ReturnType<typeof rectOf>;
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;


async function weselMap(width: number, level: string, indicator: string, renderer: 'svg' | 'webgl', data = weselCopy()): Promise<QwDistrictMap> {
  // renderer="webgl": under auto, software WebGL (SwiftShader here) draws SVG.
  const el = await fixture<QwDistrictMap>(html`<qw-district-map style="width: ${width}px" renderer=${renderer} level=${level} indicator=${indicator} .data=${data}></qw-district-map>`);
  await settled(el, renderer);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.label').length > 0, 'no labels drawn', { timeout: 5000 });
  return el;
}

describe('qw-district-map labels with the Wesel data', () => {
  before(async () => {
    wesel = (await (await fetch('/demo/data/wesel.json')).json()) as ContractInput;
  });
  beforeEach(async () => {
    clearContractCache();
    await setViewport({ width: 1000, height: 900 });
  });
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  for (const renderer of ['svg', 'webgl'] as const) {
    for (const { level, indicator, count } of LEVELS) {
      for (const width of WIDTHS) {
        it(`${renderer}, ${level}, ${width} px: every district has a visible name, or a number with its key entry, and no two labels overlap`, async () => {
          const el = await weselMap(width, level, indicator, renderer);
          const root = el.shadowRoot!;
          const mapBox = rectOf(root.querySelector('.map-box')!);
          const labels = [...root.querySelectorAll<HTMLElement>('.labels .label')];
          const key = [...root.querySelectorAll<HTMLElement>('[part="label-key"] li')];
          const names = new Map(districtPaths(el).map((p) => [p.dataset.id!, p]));
          expect(names.size).to.equal(count);
          const numbered = labels.some((l) => l.classList.contains('number'));
          // One mode per map: all names or all numbers.
          expect(labels.every((l) => l.classList.contains('number') === numbered), 'names and numbers mixed').to.be.true;
          for (const id of names.keys()) {
            const label = labels.find((l) => l.dataset.id === id);
            expect(label, `${id} has a label`).to.exist;
            const box = rectOf(label!);
            expect(box.width > 0 && box.height > 0 && getComputedStyle(label!).visibility === 'visible', `${id} is visible`).to.be.true;
            expect(box.left >= mapBox.left - 1 && box.right <= mapBox.right + 1 && box.top >= mapBox.top - 1 && box.bottom <= mapBox.bottom + 1, `${id} lies on the map`).to.be.true;
            if (numbered) {
              const entry = key.find((li) => li.dataset.id === id);
              expect(entry, `${id} is in the key`).to.exist;
              expect(entry!.querySelector('.key-number')!.textContent).to.equal(label!.textContent!.trim());
              expect(rectOf(entry!).height, `${id}'s key entry is visible`).to.be.greaterThan(0);
            }
          }
          if (!numbered) expect(key).to.have.length(0);
          // On a phone the Wesel names do not all fit: the numbered key.
          if (width === 320) expect(numbered, 'numbered on a phone').to.be.true;
          const boxes = labels.map((l) => ({ id: l.dataset.id, box: rectOf(l) }));
          for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} and ${b.id} overlap`).to.be.false;
        });
      }
    }
  }

  it('on paper narrower than the screen, the names scale with the map: none overlaps another or leaves the map', async () => {
    const el = await weselMap(900, 'sozialraum', 'arbeitslosenanteil', 'svg');
    const root = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    try {
      // Printing lays the page out anew at the paper's width and runs no observer that would place
      // the names again: the width changes and the labels are measured in one task.
      el.style.width = '420px';
      const layer = root.querySelector<HTMLElement>('.labels')!;
      const labels = [...root.querySelectorAll<HTMLElement>('.labels .label')];
      expect(labels, 'the names placed on screen').to.have.length(11);
      const mapBox = rectOf(root.querySelector('.map-box')!);
      const boxes = labels.map((l) => ({ id: l.dataset.id, box: rectOf(l) }));
      for (const { id, box } of boxes) expect(box.left >= mapBox.left - 1 && box.right <= mapBox.right + 1, `${id} lies on the map`).to.be.true;
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `${a.id} and ${b.id} overlap`).to.be.false;
      // Scaled from the width they were placed for, as the map is.
      const placedFor = Number(layer.style.getPropertyValue('--_labels-placed-for'));
      const width = layer.getBoundingClientRect().width;
      expect(placedFor, 'placed for the wider screen map').to.be.greaterThan(width * 1.3);
      for (const label of labels) expect(parseFloat(getComputedStyle(label).fontSize), label.dataset.id).to.be.closeTo((12 * width) / placedFor, 0.1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('names the districts that were never named before at a desktop width, in full, wrapped or abbreviated', async () => {
    await setViewport({ width: 1300, height: 900 });
    const el = await weselMap(1200, 'sozialraum', 'arbeitslosenanteil', 'svg');
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.labels .label')];
    expect(labels.some((l) => l.classList.contains('number'))).to.be.false;
    const shown = (id: string) => labels.find((l) => l.dataset.id === id)?.innerText.replace(/\s+/g, ' ');
    expect(shown('innenstadt')).to.match(/^Innenst/);
    expect(shown('innenstadt-nord')).to.match(/^Innen.*Nord$/);
    expect(shown('obrighoven-wittenberg')).to.match(/^Obrigh/);
    expect(labels).to.have.length(11);
  });

  it('paints the map with its labels and key in the same frame: nothing below moves a frame later (no layout shift)', async () => {
    // At 320 px the Wesel map numbers its districts and lists them in a key under the map: drawn a
    // frame after the map, the key pushed the legend down by 180 px (CLS 0.085 on a phone).
    const el = document.createElement('qw-district-map') as QwDistrictMap;
    Object.assign(el, { data: weselCopy() });
    el.setAttribute('renderer', 'svg');
    el.setAttribute('indicator', 'arbeitslosenanteil');
    el.style.width = '320px';
    document.body.append(el);
    const firstFrame = new Promise<{ labels: number; key: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!el.shadowRoot?.querySelector('.map-box')) return;
        observer.disconnect();
        // A frame callback runs before the frame's layout and resize observers: what it sees is painted.
        requestAnimationFrame(() => resolve({ labels: el.shadowRoot!.querySelectorAll('.labels .label').length, key: !!el.shadowRoot!.querySelector('[part="label-key"]') }));
      });
      // Lit made the shadow root when the element was connected; the chart arrives with the data, later.
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    try {
      expect(await firstFrame).to.deep.equal({ labels: 11, key: true });
    } finally {
      el.remove();
    }
  });

  it('tells the full name of a numbered district when the pointer is on its key entry', async () => {
    const el = await weselMap(320, 'sozialraum', 'arbeitslosenanteil', 'svg');
    const entry = el.shadowRoot!.querySelector<HTMLElement>('[part="label-key"] li[data-id="fusternberg"]')!;
    const box = rectOf(entry);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="panel"] .name')!.textContent).to.contain('Fusternberg');
    expect(el.shadowRoot!.querySelector('.hl-hover')).to.exist;
  });

  it('draws the outline of the whole territory in both renderers', async () => {
    for (const renderer of ['svg', 'webgl'] as const) {
      const el = await weselMap(700, 'sozialraum', 'arbeitslosenanteil', renderer);
      const outline = el.shadowRoot!.querySelector<SVGPathElement>('path.territory')!;
      expect(outline, renderer).to.exist;
      const style = getComputedStyle(outline);
      expect(style.display).to.not.equal('none');
      expect(style.stroke).to.not.match(/none|transparent|rgba\(\d+, \d+, \d+, 0\)/);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      // Every district's border is part of it.
      expect(outline.getAttribute('d')!.length).to.be.greaterThan(districtPaths(el).reduce((sum, p) => sum + p.getAttribute('d')!.length, 0) - 1);
      // Under the districts, which cover its inner half: first in the map's box.
      expect(outline.closest('svg')!.matches('.map-box > svg:first-child')).to.be.true;
      el.remove();
    }
  });

  for (const width of [900, 480]) {
    it(`${width} px: the legend and the buttons stay where they are while the pointer moves over districts with long and short details`, async () => {
      const data = weselCopy();
      const features = (data.areaLevels![0]!.geometry as { features: { properties: Record<string, unknown> }[] }).features;
      features[0]!.properties.name = 'Innenstadt inklusive Lippedorf, Hafen, Auesee und dem alten Fischerviertel am Rhein';
      features[1]!.properties.name = 'Nord';
      const el = await weselMap(width, 'sozialraum', 'arbeitslosenanteil', 'svg', data);
      const root = el.shadowRoot!;
      // The legend and the download menu's button (in the menu's own shadow root).
      const steady = () => [root.querySelector('[part="legend"]')!, root.querySelector('.side qw-download-menu')!.shadowRoot!.querySelector('button')!].map((node) => JSON.stringify(rectOf(node)));
      const before = steady();
      expect(before).to.have.length(2);
      const panelHeights = new Set<number>();
      for (const path of districtPaths(el)) {
        const [x, y] = pointInside(path);
        await sendMouse({ type: 'move', position: [x, y] });
        await el.updateComplete;
        panelHeights.add(Math.round(rectOf(root.querySelector('[part="panel"]')!).height));
        expect(steady(), path.dataset.id).to.deep.equal(before);
      }
      // The test means something only if the details did change their height.
      expect(panelHeights.size).to.be.greaterThan(1);
    });
  }
  it('reads the labels’ font when the map is measured, not while it renders (a forced whole-page layout on a busy page)', async () => {
    const original = window.getComputedStyle;
    let rendering = false;
    const readsWhileRendering: string[] = [];
    window.getComputedStyle = ((...args: Parameters<typeof original>) => {
      if (rendering) readsWhileRendering.push(args[0].localName);
      return original.apply(window, args);
    }) as typeof original;
    try {
      const data = weselCopy();
      const el = document.createElement('qw-district-map') as QwDistrictMap;
      const update = (el as unknown as { update(changed: Map<PropertyKey, unknown>): void }).update;
      Object.assign(el, {
        update(this: QwDistrictMap, changed: Map<PropertyKey, unknown>) {
          rendering = true;
          try {
            update.call(this, changed);
          } finally {
            rendering = false;
          }
        },
      });
      el.setAttribute('renderer', 'svg');
      el.setAttribute('indicator', 'arbeitslosenanteil');
      el.style.cssText = 'width: 900px; font-family: "Courier New", monospace';
      el.data = data;
      document.body.append(el);
      try {
        await settled(el, 'svg');
        await waitUntil(() => el.shadowRoot!.querySelectorAll('.label').length > 0, 'no labels drawn', { timeout: 5000 });
        expect(readsWhileRendering, 'getComputedStyle during render').to.deep.equal([]);
        // The labels are still measured in the host's font.
        expect((el as unknown as { labelFontFamily: string }).labelFontFamily).to.contain('Courier New');
      } finally {
        el.remove();
      }
    } finally {
      window.getComputedStyle = original;
    }
  });
});
