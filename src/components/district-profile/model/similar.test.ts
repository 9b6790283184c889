import { expect } from '@open-wc/testing';
import { similarAreas } from './similar.ts';

/**
 * Three indicators with the same numbers per area, so every distance is |x − 5| / sd per
 * indicator: "twin" (5) is nearest, "low" (4) and "near" (6) tie and are ordered by id, "far" (9)
 * is last. "gap" (5) would match perfectly but has a number for one indicator of three only.
 */
function columns(): Map<string, number>[] {
  const full = { x: 5, twin: 5, near: 6, low: 4, far: 9 };
  return [new Map(Object.entries(full)), new Map(Object.entries(full)), new Map(Object.entries({ ...full, gap: 5 }))];
}
const ids = ['x', 'twin', 'near', 'low', 'far', 'gap'];

describe('similarAreas', () => {
  it('finds the three nearest areas, ties ordered by id, whatever the order of the input', () => {
    const result = similarAreas(ids, 'x', columns());
    expect(result.areas.map((a) => a.id)).to.deep.equal(['twin', 'low', 'near']);
    expect(result.areas[0]!.distance).to.equal(0);
    expect(result.areas[1]!.distance).to.be.closeTo(result.areas[2]!.distance, 1e-12);
    expect(similarAreas([...ids].reverse(), 'x', columns().map((c) => new Map([...c].reverse()))).areas.map((a) => a.id)).to.deep.equal(['twin', 'low', 'near']);
  });

  it('computes the distance as the root mean squared z difference over the shared indicators', () => {
    const result = similarAreas(ids, 'x', columns(), 10);
    // In the first two columns sd = population sd of (5, 5, 6, 4, 9); the third adds gap = 5.
    const sd = (values: number[]) => {
      const m = values.reduce((a, b) => a + b) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
    };
    const s1 = sd([5, 5, 6, 4, 9]);
    const s3 = sd([5, 5, 6, 4, 9, 5]);
    const far = result.areas.find((a) => a.id === 'far')!;
    expect(far.distance).to.be.closeTo(Math.sqrt(((4 / s1) ** 2 * 2 + (4 / s3) ** 2) / 3), 1e-12);
    expect(far.shared).to.equal(3);
  });

  it('leaves out areas that share fewer than half of the counted indicators', () => {
    const result = similarAreas(ids, 'x', columns(), 10);
    expect(result.counted).to.equal(3);
    expect(result.minimumShared).to.equal(2);
    expect(result.areas.map((a) => a.id)).to.not.include('gap');
  });

  it('does not count indicators the area lacks or that do not spread', () => {
    const flat = new Map([
      ['x', 1],
      ['twin', 1],
      ['near', 1],
    ]);
    const withoutTarget = new Map([
      ['twin', 1],
      ['near', 2],
    ]);
    const result = similarAreas(ids, 'x', [...columns(), flat, withoutTarget]);
    expect(result.counted).to.equal(3);
    expect(similarAreas(ids, 'x', [flat]).areas).to.deep.equal([]);
  });
});
