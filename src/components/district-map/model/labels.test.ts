import { expect } from '@open-wc/testing';
import { abbreviations, boxInside, planLabels, twoLineSplits, type LabelCandidate, type PlacementOptions } from './labels.ts';
import { ringOf, type Polygon } from './projection.ts';

/** Every character 6 px wide. */
const measure = (text: string) => text.length * 6;
const options: PlacementOptions = { pixelsPerUnit: 1, lineHeight: 15, measure, margin: 2, badgePadding: { x: 4, y: 1 } };

const rect = (left: number, top: number, right: number, bottom: number): Polygon => [
  ringOf([
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
    [left, top],
  ]),
];

/** A rectangular district with its label point in the middle. */
const district = (id: string, text: string, left: number, top: number, right: number, bottom: number): LabelCandidate => ({
  id,
  text,
  x: (left + right) / 2,
  y: (top + bottom) / 2,
  outline: rect(left, top, right, bottom),
  area: (right - left) * (bottom - top),
});

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('district map labels', () => {
  describe('names', () => {
    it('names a district in full, on one line at its label point, when the name fits inside', () => {
      const plan = planLabels([district('mitte', 'Mitte', 0, 0, 100, 60)], options);
      expect(plan).to.deep.equal({ mode: 'names', labels: [{ id: 'mitte', text: 'Mitte', lines: ['Mitte'], x: 50, y: 30, kind: 'name' }], key: [] });
    });

    it('wraps a name onto two balanced lines when one line is too wide', () => {
      // "Innenstadt Nord" is 90 px; two lines of at most 60 px fit into 70 px.
      const plan = planLabels([district('n', 'Innenstadt Nord', 0, 0, 70, 60)], options);
      expect(plan.mode).to.equal('names');
      expect(plan.labels[0]!.lines).to.deep.equal(['Innenstadt', 'Nord']);
      expect(plan.labels[0]!.kind).to.equal('name');
    });

    it('abbreviates a name that fits neither on one line nor on two', () => {
      // 40 px wide and one line high: "Innenstadt" (60 px) and "Innens." (42 px) cannot fit, "Innen." (36 px) can.
      const plan = planLabels([district('n', 'Innenstadt', 0, 0, 40, 20)], options);
      expect(plan.mode).to.equal('names');
      expect(plan.labels[0]).to.include({ kind: 'abbreviation', text: 'Innen.' });
    });

    it('never gives two districts the same abbreviation', () => {
      // "Innenst.", "Innens." and "Innen." would stand for both; "Innenstäd." is too wide: numbers.
      expect(abbreviations('Innenstädte')).to.include('Innenst.');
      const plan = planLabels([district('a', 'Innenstadt', 0, 0, 50, 20), district('b', 'Innenstädte', 100, 0, 150, 20)], options);
      expect(plan.mode).to.equal('numbers');
    });

    it('never lets names overlap: where a name would cover another, the map is numbered, and the numbers keep apart', () => {
      // An enclave: its name would sit on the name of the district around it.
      const ring = district('ring', 'Außenring', 0, 0, 200, 100);
      const core = district('core', 'Kern', 60, 30, 140, 70);
      const plan = planLabels([ring, core], options);
      expect(plan.mode).to.equal('numbers');
      const [first, second] = plan.labels.map((l) => ({ left: l.x - 7, right: l.x + 7, top: l.y - 8.5, bottom: l.y + 8.5 }));
      expect(overlap(first!, second!)).to.be.false;
      expect(boxInside(core.outline, { left: plan.labels[1]!.x, right: plan.labels[1]!.x, top: plan.labels[1]!.y, bottom: plan.labels[1]!.y })).to.be.true;
    });

    it('places nothing before the map has a size, and nothing for no districts', () => {
      expect(planLabels([district('m', 'Mitte', 0, 0, 100, 60)], { ...options, pixelsPerUnit: 0 }).labels).to.deep.equal([]);
      expect(planLabels([district('m', 'Mitte', 0, 0, 100, 60)], { ...options, pixelsPerUnit: Number.NaN }).labels).to.deep.equal([]);
      expect(planLabels([], options).labels).to.deep.equal([]);
    });

    it('scales the room with the map: a name that does not fit small fits large, anchors stay in viewBox units', () => {
      const c = district('i', 'Innenstadt', 0, 0, 40, 20);
      expect(planLabels([c], options).labels[0]!.kind).to.equal('abbreviation');
      const plan = planLabels([c], { ...options, pixelsPerUnit: 2 });
      expect(plan.labels).to.deep.equal([{ id: 'i', text: 'Innenstadt', lines: ['Innenstadt'], x: 20, y: 10, kind: 'name' }]);
    });
  });

  describe('numbers', () => {
    const wide = district('w', 'Weite Flur', 0, 0, 200, 100);
    const tiny = district('t', 'Kleines Eck mit langem Namen', 200, 0, 230, 30);

    it('numbers every district, in the order given, with a key, when one name does not fit: never names and numbers mixed', () => {
      const plan = planLabels([wide, tiny], options);
      expect(plan.mode).to.equal('numbers');
      expect(plan.labels.map((l) => [l.id, l.text, l.kind])).to.deep.equal([
        ['w', '1', 'number'],
        ['t', '2', 'number'],
      ]);
      expect(plan.key).to.deep.equal([
        { number: 1, id: 'w', text: 'Weite Flur' },
        { number: 2, id: 't', text: 'Kleines Eck mit langem Namen' },
      ]);
    });

    it('numbers a phone-sized map unless every full name fits: no abbreviations there', () => {
      const c = district('n', 'Innenstadt', 0, 0, 50, 20);
      expect(planLabels([c], { ...options, narrow: true }).mode).to.equal('numbers');
      expect(planLabels([district('m', 'Mitte', 0, 0, 100, 60)], { ...options, narrow: true }).mode).to.equal('names');
    });

    it('moves a number that would cover another within its district, and keeps every number inside', () => {
      // Two districts whose label points are 6 px apart: the second number has to move.
      const left = { ...district('l', 'Links mit sehr langem Namen', 0, 0, 60, 60), x: 57, y: 30 };
      const right = { ...district('r', 'Rechts mit sehr langem Namen', 60, 0, 120, 60), x: 63, y: 30 };
      const plan = planLabels([left, right], options);
      expect(plan.mode).to.equal('numbers');
      const boxes = plan.labels.map((l) => ({ left: l.x - 7, right: l.x + 7, top: l.y - 8.5, bottom: l.y + 8.5 }));
      expect(overlap(boxes[0]!, boxes[1]!)).to.be.false;
      expect(plan.labels[1]!.x).to.be.greaterThan(60);
    });

    it('falls back to names where they fit when there are too many districts for a key', () => {
      const many = Array.from({ length: 5 }, (_, i) => district(`d${i}`, i === 0 ? 'Ein viel zu langer Name' : `D${i}`, i * 40, 0, i * 40 + 40, 40));
      const plan = planLabels(many, { ...options, maxKeyEntries: 4 });
      expect(plan.mode).to.equal('sparse');
      expect(plan.key).to.deep.equal([]);
      expect(plan.labels.map((l) => l.text)).to.deep.equal(['D1', 'D2', 'D3', 'D4']);
    });

    it('measures each text once, though names are tried for every district first and again where they fit', () => {
      const counts = new Map<string, number>();
      const counting = (text: string) => {
        counts.set(text, (counts.get(text) ?? 0) + 1);
        return measure(text);
      };
      const many = [district('w', 'Weite Flur', 0, 0, 200, 100), district('v', 'Viertel am Bach', 200, 0, 400, 100), tiny];
      const plan = planLabels(many, { ...options, measure: counting, maxKeyEntries: 0 });
      expect(plan.mode).to.equal('sparse');
      expect(plan.labels.map((l) => l.id)).to.deep.equal(['w', 'v']);
      expect([...counts].filter(([, n]) => n > 1)).to.deep.equal([]);
      expect(counts.has('Weite Flur')).to.equal(true);
    });

    it('is deterministic: the same input gives the same plan', () => {
      expect(planLabels([tiny, wide], options)).to.deep.equal(planLabels([tiny, wide], options));
    });
  });

  describe('helpers', () => {
    it('tells whether a box lies inside an outline, also in an L-shaped one', () => {
      const square = rect(0, 0, 100, 100);
      expect(boxInside(square, { left: 10, top: 10, right: 90, bottom: 90 })).to.be.true;
      expect(boxInside(square, { left: 10, top: 10, right: 101, bottom: 90 })).to.be.false;
      const ell: Polygon = [
        ringOf([
          [0, 0],
          [40, 0],
          [40, 60],
          [100, 60],
          [100, 100],
          [0, 100],
          [0, 0],
        ]),
      ];
      expect(boxInside(ell, { left: 5, top: 65, right: 95, bottom: 95 })).to.be.true;
      expect(boxInside(ell, { left: 5, top: 40, right: 95, bottom: 80 })).to.be.false;
    });

    it('breaks a name after a space, a hyphen or a slash', () => {
      expect(twoLineSplits('Innenstadt inkl. Lippedorf')).to.deep.equal([
        ['Innenstadt', 'inkl. Lippedorf'],
        ['Innenstadt inkl.', 'Lippedorf'],
      ]);
      expect(twoLineSplits('Obrighoven-Lackhausen')).to.deep.equal([['Obrighoven-', 'Lackhausen']]);
      expect(twoLineSplits('Büderich/Ginderich')).to.deep.equal([['Büderich/', 'Ginderich']]);
      expect(twoLineSplits('Feldmark')).to.deep.equal([]);
    });

    it('abbreviates long words after a consonant, longest form first, never below five letters', () => {
      expect(abbreviations('Innenstadt Nord')).to.deep.equal(['Innenst. Nord', 'Innens. Nord', 'Innen. Nord']);
      expect(abbreviations('Obrighoven/Wittenberg')).to.include('Obrigh./Witten.');
      // Short words and words already abbreviated stay.
      expect(abbreviations('Innenstadt inkl. Lippedorf')[0]).to.equal('Innenst. inkl. Lippedorf');
      expect(abbreviations('Nord')).to.deep.equal([]);
    });
  });
});
