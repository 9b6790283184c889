import { expect } from '@open-wc/testing';
import { defaultPalette, DIVERGING_PALETTES, divergingClassColors, isPaletteName, NEUTRAL_MIDDLE, paletteColors, PALETTES } from './palettes.ts';

/** Relative luminance (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

describe('palettes', () => {
  it('has a colour per class for 1 to 9 classes in every palette, all distinct', () => {
    for (const name of PALETTES) {
      for (let count = 1; count <= 9; count++) {
        const colors = paletteColors(name, count, 'neutral');
        expect(colors, `${name} ${count}`).to.have.length(count);
        expect(new Set(colors).size, `${name} ${count}`).to.equal(count);
        for (const c of colors) expect(c).to.match(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('darkens towards need: high values for negative polarity, low values for positive', () => {
    expect(paletteColors('orange-red', 3, 'negative')).to.deep.equal(['#fee8c8', '#fdbb84', '#e34a33']);
    expect(paletteColors('orange-red', 3, 'positive')).to.deep.equal(['#e34a33', '#fdbb84', '#fee8c8']);
    expect(paletteColors('blues', 3, 'neutral')).to.deep.equal(['#deebf7', '#9ecae1', '#3182bd']);
  });

  it('chooses orange-red for need and blue for neutral indicators; red-blue or orange-purple when diverging', () => {
    expect(defaultPalette('negative', false)).to.equal('orange-red');
    expect(defaultPalette('positive', false)).to.equal('orange-red');
    expect(defaultPalette('neutral', false)).to.equal('blues');
    expect(defaultPalette('negative', true)).to.equal('red-blue');
    expect(defaultPalette('neutral', true)).to.equal('orange-purple');
  });

  it('puts red on the worse side of a diverging palette and the neutral colour in the middle', () => {
    // negative polarity: above the centre is worse → red at the top.
    expect(paletteColors('red-blue', 5, 'negative')).to.deep.equal(['#0571b0', '#92c5de', NEUTRAL_MIDDLE, '#f4a582', '#ca0020']);
    expect(paletteColors('red-blue', 5, 'positive')).to.deep.equal(['#ca0020', '#f4a582', NEUTRAL_MIDDLE, '#92c5de', '#0571b0']);
  });

  it('colours uneven diverging classes by their side of the centre', () => {
    // Symmetric: the full ramp.
    expect(divergingClassColors([-2, 0, 2], 0, 'red-blue', 'positive')).to.deep.equal(['#ca0020', '#f4a582', '#92c5de', '#0571b0']);
    // The lowest class holds the centre, the others lie above it: neutral, then the upper side.
    expect(divergingClassColors([5, 10], 0, 'red-blue', 'positive')).to.deep.equal([NEUTRAL_MIDDLE, '#92c5de', '#0571b0']);
    // Two classes below the centre, one above: the lower side keeps its colours.
    expect(divergingClassColors([-4, 0], 0, 'red-blue', 'positive')).to.deep.equal(['#ca0020', '#f4a582', '#92c5de']);
    // One class containing the centre: the neutral colour.
    expect(divergingClassColors([], 0, 'red-blue', 'positive')).to.deep.equal([NEUTRAL_MIDDLE]);
  });

  it('gives every diverging palette a neutral middle that stands out from a white page', () => {
    for (const name of DIVERGING_PALETTES) {
      for (const count of [3, 5, 7, 9]) {
        const colors = paletteColors(name, count, 'neutral');
        const middle = colors[(count - 1) / 2]!;
        expect(middle, `${name} ${count}`).to.equal(NEUTRAL_MIDDLE);
        // ColorBrewer's #f7f7f7 has 1.07 against white.
        expect(contrast(middle, '#ffffff'), `${name} ${count}`).to.be.greaterThan(1.2);
      }
    }
  });

  it('knows its palette names', () => {
    expect(isPaletteName('viridis')).to.be.true;
    expect(isPaletteName('rainbow')).to.be.false;
  });
});
