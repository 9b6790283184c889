import { expect } from '@open-wc/testing';
import { memoByObject, memoLast } from './memo.ts';

describe('memoLast', () => {
  it('returns the cached result while the arguments are the same', () => {
    let calls = 0;
    const double = memoLast((a: number, b: object) => {
      calls += 1;
      return { sum: a * 2, b };
    });
    const key = {};
    const first = double(2, key);
    expect(double(2, key)).to.equal(first);
    expect(calls).to.equal(1);
  });

  it('recomputes when any argument changes, and keeps only the last call', () => {
    let calls = 0;
    const f = memoLast((a: number, b?: string) => {
      calls += 1;
      return `${a}${b ?? ''}`;
    });
    f(1, 'x');
    f(1, 'y');
    f(1, 'x');
    expect(calls).to.equal(3);
    expect(f(1, 'x')).to.equal('1x');
    expect(calls).to.equal(3);
  });

  it('treats NaN as equal to NaN', () => {
    let calls = 0;
    const f = memoLast((n: number) => (calls += 1, n));
    f(Number.NaN);
    f(Number.NaN);
    expect(calls).to.equal(1);
  });
});

describe('memoByObject', () => {
  it('computes once per object', () => {
    let calls = 0;
    const size = memoByObject((o: { items: number[] }) => (calls += 1, o.items.length));
    const a = { items: [1, 2] };
    const b = { items: [1] };
    expect(size(a)).to.equal(2);
    expect(size(b)).to.equal(1);
    expect(size(a)).to.equal(2);
    expect(calls).to.equal(2);
  });

  it('caches undefined results too', () => {
    let calls = 0;
    const none = memoByObject((_o: object) => {
      calls += 1;
      return undefined;
    });
    const key = {};
    none(key);
    none(key);
    expect(calls).to.equal(1);
  });
});
