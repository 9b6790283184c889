import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../define/indicator-trend.ts';
import type { QwIndicatorTrend } from './indicator-trend.ts';

/** The Wesel sample: "Bevölkerung" has day periods, "Kinderarmut" eight years, a target and two areas. */
let wesel: unknown;
before(async () => {
  wesel = await (await fetch('/demo/data/wesel.json')).json();
});

async function trendIn(width: number, attributes: Record<string, string>): Promise<QwIndicatorTrend> {
  const column = await fixture<HTMLDivElement>(html`<div></div>`);
  column.style.width = `${width}px`;
  const el = document.createElement('qw-indicator-trend');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = wesel;
  const ready = oneEvent(el, 'qw-ready');
  column.append(el);
  el.scrollIntoView();
  await ready;
  return el;
}

/** A box whose overflow is clipped or scrolls: what is inside may be wider, the box itself not. */
const clips = (element: Element) => {
  const style = getComputedStyle(element);
  return !['visible', 'clip'].includes(style.overflowX) && element.localName !== 'svg';
};

/** Every rendered element of the shadow root (SVG text included) that reaches past the host's box. */
function outside(el: QwIndicatorTrend, tolerance = 1): string[] {
  const host = el.getBoundingClientRect();
  const found: string[] = [];
  const visit = (parent: Element | ShadowRoot) => {
    for (const element of parent.children) {
      const box = element.getBoundingClientRect();
      const drawn = box.width > 0 || box.height > 0;
      if (drawn && (box.left < host.left - tolerance || box.right > host.right + tolerance)) {
        const name = `${element.localName}${element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ')[0]}` : ''}`;
        found.push(`${name} "${(element.textContent ?? '').trim().slice(0, 24)}" ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)} of ${Math.round(host.width)}`);
      }
      if (!clips(element)) visit(element);
    }
  };
  visit(el.shadowRoot!);
  return found;
}

describe('<qw-indicator-trend> in narrow columns', () => {
  const cases: [string, Record<string, string>][] = [
    ['Bevölkerung (day periods, notes)', { indicator: 'bevoelkerung', 'show-total': '' }],
    ['Kinderarmut (two areas, total, target)', { indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': '' }],
  ];
  for (const width of [320, 375, 480]) {
    for (const [name, attributes] of cases) {
      it(`keeps every element of the chart inside a ${width} px column: ${name}`, async () => {
        const el = await trendIn(width, attributes);
        expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        expect(el.shadowRoot!.querySelectorAll('.vega svg .lines_marks path').length, 'lines drawn').to.be.greaterThan(0);
        expect(outside(el)).to.deep.equal([]);
      });
      it(`keeps the table view inside a ${width} px column, key column sticky, a sign that more columns follow: ${name}`, async () => {
        const el = await trendIn(width, { ...attributes, view: 'table' });
        expect(outside(el)).to.deep.equal([]);
        for (const cell of el.shadowRoot!.querySelectorAll('tr > :first-child')) expect(getComputedStyle(cell).position, 'first column sticky').to.equal('sticky');
        const scroll = el.shadowRoot!.querySelector('.table-scroll')!;
        const style = getComputedStyle(scroll);
        // The sign: a shadow fixed at the box's right edge, and a cover that travels with the content.
        expect(style.backgroundImage).to.match(/radial-gradient.*linear-gradient|linear-gradient.*radial-gradient/);
        expect(style.backgroundAttachment).to.match(/local/).and.to.match(/scroll/);
      });
    }
  }
});

/** The smallest font size a reader sees in the widget: HTML text and SVG text, scaled as drawn. */
function smallestText(el: QwIndicatorTrend): { size: number; where: string } {
  let size = Infinity;
  let where = '';
  const visit = (parent: Element | ShadowRoot) => {
    for (const element of parent.children) {
      visit(element);
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      const box = element.getBoundingClientRect();
      if (!own || box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let px = Number.parseFloat(style.fontSize);
      const matrix = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null;
      if (matrix) px *= Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c));
      if (px < size) {
        size = px;
        where = `${element.localName} "${element.textContent!.trim().slice(0, 30)}"`;
      }
    }
  };
  visit(el.shadowRoot!);
  return { size: Math.round(size * 10) / 10, where };
}

describe('<qw-indicator-trend> on a careless host page', () => {
  it('draws text of at least 12 px, in the chart too, when the page shrinks its root font (html { font-size: 62.5% })', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      for (const width of [320, 720]) {
        const el = await trendIn(width, { indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': '' });
        expect(el.shadowRoot!.querySelectorAll('.vega svg text').length, 'chart text drawn').to.be.greaterThan(5);
        const smallest = smallestText(el);
        expect(smallest.size, `${width} px: ${smallest.where}`).to.be.at.least(12);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('draws, toggles and exports when the page adds enumerable functions to Object.prototype and Array.prototype', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const arrayProto = Array.prototype as unknown as Record<string, unknown>;
    proto.qwHostAddition = function qwHostAddition() {
      return 'host';
    };
    proto.qwFlag = true;
    arrayProto.qwHostArrayAddition = function qwHostArrayAddition() {
      return 'host';
    };
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const el = await trendIn(480, { indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': '' });
      expect(el.getAttribute('state')).to.equal('ready');
      const lines = () => el.shadowRoot!.querySelectorAll('.vega svg .lines_marks path').length;
      expect(lines(), 'two districts and the total').to.equal(3);
      expect(el.shadowRoot!.querySelectorAll('.vega svg .role-axis-label text').length, 'axis labels').to.be.greaterThan(4);
      // A run after a signal change (the legend hides a series) goes through the guard too.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.legend button')!.click();
      await waitUntil(() => lines() === 2, 'one series hidden', { timeout: 5000 });
      expect(errors, 'nothing logged as an error').to.deep.equal([]);
      expect(Object.keys(Object.prototype), 'the page’s additions are enumerable again').to.include.members(['qwHostAddition', 'qwFlag']);
      expect(typeof proto.qwHostAddition).to.equal('function');
    } finally {
      console.error = original;
      delete proto.qwHostAddition;
      delete proto.qwFlag;
      delete arrayProto.qwHostArrayAddition;
    }
  });
});
