import { expect } from '@open-wc/testing';
import { authorPeriodMissing, resolvePeriod } from './period.ts';

const periods = ['2021', '2022', '2023'];

describe('resolvePeriod', () => {
  it('takes the latest without any choice', () => {
    expect(resolvePeriod(periods, {})).to.equal('2023');
  });
  it('takes the author period over the group period', () => {
    expect(resolvePeriod(periods, { author: '2021', shared: '2022' })).to.equal('2021');
  });
  it('takes the group period when there is no author period', () => {
    expect(resolvePeriod(periods, { shared: '2022' })).to.equal('2022');
  });
  it("takes the reader's own pick over everything", () => {
    expect(resolvePeriod(periods, { picked: '2022', author: '2021', shared: '2023' })).to.equal('2022');
  });
  it('skips candidates the data lacks', () => {
    expect(resolvePeriod(periods, { picked: '1999', author: '2030', shared: '2021' })).to.equal('2021');
    expect(resolvePeriod(periods, { shared: '2019' })).to.equal('2023');
  });
  it('returns undefined without periods', () => {
    expect(resolvePeriod([], { author: '2021' })).to.equal(undefined);
  });
});

describe('authorPeriodMissing', () => {
  it('is true only for an author period the data lacks', () => {
    expect(authorPeriodMissing(periods, '2030')).to.equal(true);
    expect(authorPeriodMissing(periods, '2022')).to.equal(false);
    expect(authorPeriodMissing(periods, undefined)).to.equal(false);
    expect(authorPeriodMissing(periods, '')).to.equal(false);
  });
});
