import { expect } from '@open-wc/testing';
import { bandOf, gaugeBands, gaugeScale, hatchPath, labelAnchor, niceCeil, position, stackLabels } from './gauge-geometry.ts';

describe('gauge geometry', () => {
  it('hatches a rectangle with diagonal segments that stay inside it', () => {
    const rect = { x: 11.5, y: 40, width: 7, height: 60 };
    const d = hatchPath(rect);
    const segments = d.split('M').filter(Boolean);
    expect(segments.length).to.be.greaterThan(15);
    for (const segment of segments) {
      const [x1, y1, x2, y2] = segment.split(/[ L]/).map(Number);
      for (const [x, y] of [[x1!, y1!], [x2!, y2!]]) {
        expect(x).to.be.within(rect.x - 0.01, rect.x + rect.width + 0.01);
        expect(y).to.be.within(rect.y - 0.01, rect.y + rect.height + 0.01);
      }
      expect(x1! + y1!, 'on one diagonal').to.be.closeTo(x2! + y2!, 0.02);
    }
    expect(hatchPath({ x: 0, y: 100, width: 7, height: 0 })).to.equal('');
  });

  it('rounds a maximum up to a round number', () => {
    expect(niceCeil(10.695)).to.equal(12);
    expect(niceCeil(9.3)).to.equal(10);
    expect(niceCeil(2004)).to.equal(2500);
    expect(niceCeil(0.7)).to.equal(0.8);
    expect(niceCeil(5)).to.equal(5);
    expect(niceCeil(0)).to.equal(1);
    expect(niceCeil(Number.NaN)).to.equal(1);
  });

  it('builds a scale from 0 that holds the Wesel share and the NRW reference with room to spare', () => {
    const scale = gaugeScale([5.78, 9.3]);
    expect(scale.min).to.equal(0);
    expect(scale.max).to.equal(12);
    expect(scale.ticks).to.deep.equal([0, 2, 4, 6, 8, 10, 12]);
    expect(gaugeScale([1743, 2000]).ticks).to.deep.equal([0, 500, 1000, 1500, 2000, 2500]);
    expect(gaugeScale([undefined, Number.NaN]).max).to.equal(1.2);
  });

  it('places values in percent of the track, clamped to it', () => {
    const scale = gaugeScale([5.78, 9.3]);
    expect(position(scale, 6)).to.equal(50);
    expect(position(scale, 9.3)).to.be.closeTo(77.5, 1e-9);
    expect(position(scale, 50)).to.equal(100);
    expect(position(scale, -1)).to.equal(0);
  });

  it('splits the track at the reference and the target', () => {
    const scale = gaugeScale([5.78, 9.3, 10]);
    expect(gaugeBands(scale, { reference: 9.3, target: 10 })).to.deep.equal([
      { kind: 'below', from: 0, to: 9.3 },
      { kind: 'reference', from: 9.3, to: 10 },
      { kind: 'both', from: 10, to: 12 },
    ]);
    expect(gaugeBands(scale, { reference: 9.3 })).to.deep.equal([
      { kind: 'below', from: 0, to: 9.3 },
      { kind: 'reference', from: 9.3, to: 12 },
    ]);
    expect(gaugeBands(scale, { target: 8, reference: 9.3 }).map((b) => b.kind)).to.deep.equal(['below', 'target', 'both']);
    expect(gaugeBands(scale, {})).to.deep.equal([{ kind: 'neutral', from: 0, to: 12 }]);
  });

  it('finds the band a value falls in', () => {
    const bands = gaugeBands(gaugeScale([9.3]), { reference: 9.3 });
    expect(bandOf(bands, 5.78)!.kind).to.equal('below');
    expect(bandOf(bands, 9.3)!.kind).to.equal('reference');
    expect(bandOf(bands, 12)!.kind).to.equal('reference');
  });

  it('puts labels of marks close to each other on separate lines, from the smallest value up', () => {
    const scale = gaugeScale([10]); // 0–12
    const { placed, lines } = stackLabels(scale, [{ value: 9.3 }, { value: 8 }, { value: 2 }, { value: 10 }]);
    // 8 → 66.7 %, 9.3 → 77.5 %, 10 → 83.3 %: each within 22 points of the ones before; 2 → 16.7 % is far away.
    expect(placed.map((p) => [p.item.value, p.line])).to.deep.equal([
      [2, 0],
      [8, 0],
      [9.3, 1],
      [10, 2],
    ]);
    expect(lines).to.equal(3);
    expect(placed[2]!.left).to.be.closeTo(77.5, 1e-9);
    expect(stackLabels(scale, [{ value: 1 }, { value: 11 }]).lines).to.equal(1);
    expect(stackLabels(scale, [])).to.deep.equal({ placed: [], lines: 0 });
  });

  it('anchors a label so that it stays inside the track near the edges', () => {
    expect([0, 24.9, 25, 75, 75.1, 100].map(labelAnchor)).to.deep.equal(['start', 'start', 'middle', 'middle', 'end', 'end']);
  });
});
