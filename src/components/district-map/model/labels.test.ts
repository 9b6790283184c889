import { expect } from '@open-wc/testing';
import { placeLabels, type LabelCandidate } from './labels.ts';

/** Every character 6 px wide. */
const measure = (text: string) => text.length * 6;
const options = { pixelsPerUnit: 1, lineHeight: 15, measure };

const candidate = (id: string, x: number, y: number, width: number, height: number, area = width * height): LabelCandidate => ({ id, text: id, x, y, width, height, area });

describe('district map labels', () => {
  it('places a name that fits inside its district, at its anchor', () => {
    expect(placeLabels([candidate('Mitte', 50, 40, 100, 60)], options)).to.deep.equal([{ id: 'Mitte', text: 'Mitte', x: 50, y: 40 }]);
  });

  it('leaves out a name wider than its district or a district lower than one and a half lines', () => {
    // "Feldmark" is 48 px, plus 2 px margin on each side.
    expect(placeLabels([candidate('Feldmark', 50, 40, 51, 60)], options)).to.deep.equal([]);
    expect(placeLabels([candidate('Feldmark', 50, 40, 52, 60)], options)).to.have.length(1);
    expect(placeLabels([candidate('Nord', 50, 40, 100, 22)], options)).to.deep.equal([]);
    expect(placeLabels([candidate('Nord', 50, 40, 100, 22.5)], options)).to.have.length(1);
  });

  it('labels larger districts first and drops a name that would overlap one already placed', () => {
    const small = candidate('Klein', 60, 45, 100, 100, 10);
    const large = candidate('Groß', 50, 40, 100, 100, 1000);
    const far = candidate('Fern', 300, 300, 100, 100, 5);
    expect(placeLabels([small, large, far], options).map((l) => l.id)).to.deep.equal(['Groß', 'Fern']);
  });

  it('scales the room with the map: a name that does not fit small fits large', () => {
    const c = candidate('Innenstadt', 10, 10, 40, 20);
    expect(placeLabels([c], options)).to.deep.equal([]);
    const placed = placeLabels([c], { ...options, pixelsPerUnit: 2 });
    // Anchors stay in viewBox units, whatever the scale.
    expect(placed).to.deep.equal([{ id: 'Innenstadt', text: 'Innenstadt', x: 10, y: 10 }]);
  });

  it('places nothing before the map has a size', () => {
    expect(placeLabels([candidate('Mitte', 50, 40, 100, 60)], { ...options, pixelsPerUnit: 0 })).to.deep.equal([]);
    expect(placeLabels([candidate('Mitte', 50, 40, 100, 60)], { ...options, pixelsPerUnit: Number.NaN })).to.deep.equal([]);
  });
});
