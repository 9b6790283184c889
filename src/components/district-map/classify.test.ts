import { expect } from '@open-wc/testing';
import { classCounts, classIndex, classRanges, computeBreaks, divergingBreaks, parseBreaks } from './classify.ts';

// Six values chosen so that every method classifies them differently (worked out by hand below).
const VALUES = [1, 2, 4, 5, 6, 12];
const classesOf = (breaks: number[]) => VALUES.map((v) => classIndex(v, breaks));

describe('classify', () => {
  it('quantile: equal counts, breaks at the interpolated quantiles (type 7)', () => {
    // p = 1/3: index 5/3 → 2 + 2/3·(4 − 2) = 3.33…; p = 2/3: index 10/3 → 5 + 1/3·(6 − 5) = 5.33…
    expect(computeBreaks(VALUES, { method: 'quantile', classes: 3 })).to.deep.equal([2 + 4 / 3, 5 + 1 / 3]);
    const breaks = computeBreaks(VALUES, { method: 'quantile', classes: 3, decimals: 1 });
    expect(breaks).to.deep.equal([3.3, 5.3]);
    expect(classesOf(breaks)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it('equal-interval: the range split into equal widths', () => {
    // (12 − 1) / 3 = 3.67: breaks 4.67 and 8.33, shown with one decimal.
    const breaks = computeBreaks(VALUES, { method: 'equal-interval', classes: 3, decimals: 1 });
    expect(breaks).to.deep.equal([4.7, 8.3]);
    expect(classesOf(breaks)).to.deep.equal([0, 0, 0, 1, 1, 2]);
    expect(classCounts(VALUES, breaks)).to.deep.equal([3, 2, 1]);
  });

  it('jenks: the optimal natural breaks (ckmeans), at the top value of each group', () => {
    // {1,2} {4,5,6} {12}: within-group squares 0.5 + 2 + 0 = 2.5, less than any other split.
    const breaks = computeBreaks(VALUES, { method: 'jenks', classes: 3, decimals: 1 });
    expect(breaks).to.deep.equal([2, 6]);
    expect(classesOf(breaks)).to.deep.equal([0, 0, 1, 1, 1, 2]);
  });

  it('manual: the author\'s breaks, sorted, upper limits inclusive', () => {
    const breaks = computeBreaks(VALUES, { method: 'manual', classes: 3, manual: [8, 1.5] });
    expect(breaks).to.deep.equal([1.5, 8]);
    expect(classesOf(breaks)).to.deep.equal([0, 1, 1, 1, 1, 2]);
    expect(classIndex(8, breaks)).to.equal(1);
    expect(classIndex(8.01, breaks)).to.equal(2);
  });

  it('gives fewer classes than asked when the data has fewer distinct values, none for a single value', () => {
    expect(computeBreaks([3, 3, 3, 7, 7], { method: 'quantile', classes: 5 })).to.have.length.at.most(1);
    expect(computeBreaks([3, 3, 7, 7], { method: 'jenks', classes: 5 })).to.deep.equal([3]);
    expect(computeBreaks([4, 4, 4], { method: 'equal-interval', classes: 4 })).to.deep.equal([]);
    expect(computeBreaks([], { method: 'quantile', classes: 4 })).to.deep.equal([]);
  });

  it('keeps unrounded breaks where rounding would merge two classes', () => {
    expect(computeBreaks([0.1, 0.2, 0.3, 0.4], { method: 'equal-interval', classes: 3, decimals: 0 })).to.have.length(2);
  });

  it('diverging: symmetric around 0, the middle class straddles 0 for an odd count', () => {
    const deviations = [-3, -1, 0.5, 2, 4];
    // magnitudes up to 4 in 3 equal classes: 1.33 and 2.67, mirrored.
    const odd = divergingBreaks(deviations, { method: 'equal-interval', classes: 5, decimals: 1 });
    expect(odd).to.deep.equal([-2.7, -1.3, 1.3, 2.7]);
    expect(deviations.map((d) => classIndex(d, odd))).to.deep.equal([0, 2, 2, 3, 4]);
    const even = divergingBreaks(deviations, { method: 'equal-interval', classes: 4, decimals: 1 });
    expect(even).to.deep.equal([-2, 0, 2]);
    expect(deviations.map((d) => classIndex(d, even))).to.deep.equal([0, 1, 2, 2, 3]);
  });

  it('describes the classes as ranges', () => {
    expect(classRanges([5, 10])).to.deep.equal([
      { index: 0, upper: 5 },
      { index: 1, lower: 5, upper: 10 },
      { index: 2, lower: 10 },
    ]);
  });

  it('parses breaks written by editors', () => {
    expect(parseBreaks('5,10,20')).to.deep.equal([5, 10, 20]);
    expect(parseBreaks(' 20, 5 ,10 ')).to.deep.equal([5, 10, 20]);
    expect(parseBreaks('2,5; 7,5')).to.deep.equal([2.5, 7.5]);
    expect(parseBreaks('-1.5,0,1.5')).to.deep.equal([-1.5, 0, 1.5]);
    expect(parseBreaks('5,zehn')).to.equal(null);
    expect(parseBreaks('')).to.equal(null);
  });
});
