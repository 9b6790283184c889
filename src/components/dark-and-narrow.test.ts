/**
 * Issue 13 (dark mode, narrow columns) and issue 17 (a shrunken root font) for the map, the
 * gauge, the tracker and the profile; the dark-mode tests for the trend too (its narrow and
 * root-font tests are in its folder).
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define/district-map.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import '../define/indicator-trend.ts';
import { insideScroller, shadowElements, whenSettled } from '../test-support/hostile.ts';
import { NO_VALUE_STYLE } from './district-map/palettes.ts';
import { contrast, luminance } from '../test-support/colours.ts';

type Tag = 'qw-district-map' | 'qw-housing-gauge' | 'qw-funding-tracker' | 'qw-district-profile' | 'qw-indicator-trend';

/** Each widget on the Wesel sample, as an editor would paste it. */
const SNIPPETS: Record<Tag, string> = {
  'qw-district-map': '<qw-district-map src="/demo/data/wesel.json" indicator="arbeitslosenanteil" renderer="svg"></qw-district-map>',
  'qw-housing-gauge': '<qw-housing-gauge src="/demo/data/wesel.json"></qw-housing-gauge>',
  'qw-funding-tracker': '<qw-funding-tracker src="/demo/data/wesel.json"></qw-funding-tracker>',
  'qw-district-profile': '<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>',
  'qw-indicator-trend': '<qw-indicator-trend src="/demo/data/wesel.json" indicator="kinderarmut" areas="innenstadt,feldmark" show-total></qw-indicator-trend>',
};
const DARK_TAGS = Object.keys(SNIPPETS) as Tag[];
const TAGS = DARK_TAGS.filter((tag) => tag !== 'qw-indicator-trend');

async function place(tag: Tag, { width, attributes = '' }: { width?: number; attributes?: string } = {}): Promise<HTMLElement> {
  const snippet = SNIPPETS[tag].replace('></', ` ${attributes}></`);
  const wrapper = await fixture<HTMLDivElement>(`<div style="${width ? `width:${width}px` : ''}">${snippet}</div>`);
  const el = wrapper.querySelector<HTMLElement>(tag)!;
  await whenSettled(el);
  expect(el.getAttribute('state'), `${tag} state`).to.equal('ready');
  // The map fits its geometry after the first frame.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

function pastTheBox(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  return shadowElements(el.shadowRoot!)
    .filter((child) => !child.matches('.sr-only, .sr-only *, style, title, desc, defs, defs *'))
    .filter((child) => !insideScroller(child, el))
    .map((child) => ({ child, rect: child.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5))
    .map(({ child, rect }) => `${child.localName}.${[...child.classList].join('.')} ${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of ${Math.round(box.width)}px`);
}

/** The smallest font size of visible text, as the reader sees it. */
function smallestText(el: HTMLElement): { size: number; where: string } {
  let size = Infinity;
  let where = '';
  for (const element of shadowElements(el.shadowRoot!)) {
    if (element.closest('.sr-only')) continue;
    if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue;
    let px = parseFloat(getComputedStyle(element).fontSize);
    if (element instanceof SVGGraphicsElement) {
      const m = element.getScreenCTM();
      if (m) px *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    }
    if (px < size) {
      size = px;
      where = `${element.localName}.${[...element.classList].join('.')} "${element.textContent!.trim().slice(0, 30)}"`;
    }
  }
  return { size, where };
}

const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('dark theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('qw-district-map: every district, legend swatch and "keine Angabe"/"geheim" pattern stands out from the dark ground (3:1)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await place('qw-district-map');
    const ground = getComputedStyle(el).backgroundColor;
    const districts = [...el.shadowRoot!.querySelectorAll('path.district')];
    expect(districts.length).to.be.greaterThan(5);
    // The darkest classes are close to the ground; the outline separates every district from it.
    for (const path of districts) expect(contrast(getComputedStyle(path).stroke, ground), 'district outline').to.be.at.least(3);
    for (const swatch of el.shadowRoot!.querySelectorAll('.swatch')) expect(contrast(getComputedStyle(swatch).borderTopColor, ground), 'legend swatch border').to.be.at.least(3);
    for (const kind of Object.values(NO_VALUE_STYLE)) expect(contrast(hexToRgb(kind.background), ground), 'pattern ground').to.be.at.least(3);
  });

  for (const tag of DARK_TAGS) {
    it(`${tag}: follows prefers-color-scheme: dark ground, light text, 0 axe violations in chart and table view`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await place(tag);
      const style = getComputedStyle(el);
      expect(luminance(style.backgroundColor), `${tag} background ${style.backgroundColor}`).to.be.below(0.05);
      expect(luminance(style.color), `${tag} text ${style.color}`).to.be.above(0.6);
      await expect(el).to.be.accessible();
      el.setAttribute('view', 'table');
      await whenSettled(el);
      await expect(el).to.be.accessible();
    });

    it(`${tag}: theme="dark" on a light page is dark too, theme="light" on a dark one light`, async () => {
      const dark = await place(tag, { attributes: 'theme="dark"' });
      expect(luminance(getComputedStyle(dark).backgroundColor)).to.be.below(0.05);
      await expect(dark).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      const light = await place(tag, { attributes: 'theme="light"' });
      expect(luminance(getComputedStyle(light).backgroundColor)).to.be.above(0.9);
    });
  }
});

describe('narrow columns', () => {
  for (const tag of TAGS) {
    for (const view of ['chart', 'table']) {
      it(`${tag} (${view}): no element reaches past the widget at 320, 375 and 480 px`, async () => {
        for (const width of [320, 375, 480]) {
          const el = await place(tag, { width, attributes: `view="${view}"` });
          expect(el.getBoundingClientRect().width, `${tag} at ${width}px`).to.be.at.most(width + 0.5);
          expect(pastTheBox(el), `${tag} ${view} at ${width}px`).to.deep.equal([]);
        }
      });
    }
  }
});

describe('a table wider than its column', () => {
  it('keeps the key column in place, shows a shadow where more columns follow and tells screen readers', async () => {
    let checked = 0;
    for (const tag of TAGS) {
      const el = await place(tag, { width: 320, attributes: 'view="table"' });
      const regions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')];
      for (const region of regions) expect(region.querySelector(':scope > .sr-only')?.textContent, tag).to.equal('Tabelle seitlich scrollbar');
      for (const region of regions.filter((r) => r.scrollWidth > r.clientWidth + 1)) {
        expect(getComputedStyle(region).backgroundImage, `${tag}: the edge shadow`).to.contain('radial-gradient');
        const key = region.querySelector<HTMLElement>('tbody th[scope="row"]');
        if (!key) continue;
        const before = key.getBoundingClientRect().left;
        region.scrollLeft = region.scrollWidth;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(region.scrollLeft, `${tag}: scrolled`).to.be.greaterThan(0);
        expect(Math.round(key.getBoundingClientRect().left), `${tag}: the key column stays`).to.equal(Math.round(before));
        checked++;
      }
    }
    expect(checked, 'at least one table scrolls at 320 px').to.be.greaterThan(0);
  });
});

describe('on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));
  // Paper does not scroll: a table wider than its column would lose its last columns (the
  // tracker's status, an amount) where the screen lets the reader scroll to them. 600 px is the
  // column a full-width widget gets on A4 portrait.
  for (const tag of DARK_TAGS) {
    for (const view of tag === 'qw-funding-tracker' ? ['chart'] : ['chart', 'table']) {
      it(`${tag} (${view}): every table prints whole on A4 portrait (600 px)`, async () => {
        const width = 600;
        const el = await place(tag, { width, attributes: `view="${view}"` });
        await emulateMedia({ media: 'print' });
        const regions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.table-scroll')].filter((r) => r.getClientRects().length > 0);
        if (view === 'table' || tag === 'qw-funding-tracker') expect(regions.length, `${tag}: printed tables`).to.be.greaterThan(0);
        const cut = regions.filter((r) => r.scrollWidth > r.clientWidth + 1).map((r) => `${r.getAttribute('aria-label')}: ${r.scrollWidth} of ${r.clientWidth} px`);
        expect(cut.join('; '), `${tag} ${view} at ${width}px`).to.equal('');
        const box = el.getBoundingClientRect();
        const past = regions.flatMap((r) => [...r.querySelectorAll('th, td')]).filter((cell) => cell.getBoundingClientRect().right > box.right + 0.5);
        expect(past.map((cell) => cell.textContent!.trim().slice(0, 20)), `${tag} ${view} at ${width}px: cells past the widget`).to.deep.equal([]);
        // A table of many columns prints a block per row: every value after its column's name.
        const stacked = regions.filter((r) => r.classList.contains('stack-on-paper'));
        if (tag === 'qw-district-profile' && view === 'table') expect(stacked.length, 'the profile stacks its table').to.equal(1);
        for (const cell of stacked.flatMap((r) => [...r.querySelectorAll<HTMLElement>('td')]).filter((td) => td.getClientRects().length > 0)) {
          expect(getComputedStyle(cell).display, 'a block per value').to.equal('block');
          expect(getComputedStyle(cell, '::before').content).to.equal(`"${cell.dataset.label}: "`);
        }
      });
    }
  }
});

describe('a host page with html { font-size: 62.5% }', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const tag of TAGS) {
    it(`${tag}: no visible text under 12 px`, async () => {
      document.documentElement.style.fontSize = '62.5%';
      const el = await place(tag, { width: 640 });
      const smallest = smallestText(el);
      expect(smallest.size, smallest.where).to.be.at.least(12);
    });
  }
});

/**
 * WCAG 2.2 success criterion 2.5.8 (target size, minimum): what a finger or a shaky hand must hit
 * is at least 24 × 24 CSS px. Links inside running text are exempt; the widgets' own controls
 * (disclosures, buttons, selects, sliders) are not.
 */
function smallTargets(el: HTMLElement): string[] {
  return shadowElements(el.shadowRoot!)
    .filter((node) => node.matches('summary, button, select, input:not([type="hidden"])') && !node.closest('.sr-only'))
    .map((node) => ({ node, rect: node.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0 && (rect.width < 24 - 0.01 || rect.height < 24 - 0.01))
    .map(({ node, rect }) => `${node.localName}.${node.className || '-'} "${node.textContent?.trim().slice(0, 30)}" ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
}

describe('touch targets', () => {
  for (const tag of DARK_TAGS) {
    it(`${tag}: every control is at least 24 × 24 px (WCAG 2.5.8) at 375 and 1024 px`, async () => {
      let controls = 0;
      for (const width of [375, 1024]) {
        const el = await place(tag, { width });
        controls += shadowElements(el.shadowRoot!).filter((node) => node.matches('summary, button')).length;
        expect(smallTargets(el), `${tag} at ${width}px`).to.deep.equal([]);
      }
      expect(controls, 'controls checked').to.be.greaterThan(0);
    });
  }
});

/** Words (2–20 letters) of the cells under `root` wider than the cell's room: a word the table split. */
function splitWords(root: ParentNode, cells = '.table-scroll tbody :is(td, th), .table-scroll thead th'): string[] {
  const context = document.createElement('canvas').getContext('2d')!;
  const split: string[] = [];
  for (const cell of root.querySelectorAll<HTMLElement>(cells)) {
    const style = getComputedStyle(cell);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    // The sort arrows are an element of their own beside the header's words.
    const text = (cell.textContent ?? '').replace(/[↕▲▼↑↓]/g, ' ');
    // A line may end after a dash or slash ("2016–" "2020", "Büderich/" "Ginderich"): those parts are the words.
    for (const word of text.split(/\s+|(?<=[–/])/).filter((w) => w.length > 1 && w.length <= 20)) {
      const width = context.measureText(word).width;
      if (width > room + 1) split.push(`${word} (${Math.round(width)} px in ${Math.round(room)} px)`);
    }
  }
  return split;
}

describe('data tables on a phone', () => {
  for (const tag of DARK_TAGS) {
    it(`${tag}: the table view keeps every word whole at 375 px and scrolls sideways instead`, async () => {
      const el = await place(tag, { width: 375, attributes: 'view="table"' });
      const regions = el.shadowRoot!.querySelectorAll('.table-scroll');
      expect(regions.length, 'tables').to.be.greaterThan(0);
      expect(splitWords(el.shadowRoot!)).to.deep.equal([]);
      expect(el.getBoundingClientRect().width).to.be.at.most(375.5);
    });
  }
});

describe('the profile on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));
  for (const width of [360, 640, 720]) {
    it(`keeps the words of its facts whole in a column of ${width} px`, async () => {
      const el = await place('qw-district-profile', { width });
      await emulateMedia({ media: 'print' });
      expect(el.shadowRoot!.querySelectorAll('.fact').length, 'facts').to.be.greaterThan(4);
      expect(splitWords(el.shadowRoot!, '.fact :is(dt, dd)')).to.deep.equal([]);
    });
  }
});

describe('the tracker’s projects on a phone', () => {
  it('keeps the words of the projects table whole at 375 px: the table scrolls sideways, its caption wraps in view', async () => {
    const el = await place('qw-funding-tracker', { width: 375 });
    const region = el.shadowRoot!.querySelector<HTMLElement>('.projects .table-scroll')!;
    expect(region.scrollWidth, 'the table scrolls').to.be.greaterThan(region.clientWidth);
    expect(splitWords(region.parentElement!)).to.deep.equal([]);
    const caption = region.querySelector('caption')!;
    expect(caption.getBoundingClientRect().width, 'the caption').to.be.at.most(region.clientWidth + 0.5);
  });
});
