import { expect } from '@open-wc/testing';
import { projectStock } from './projection.ts';

/** A hand-made series: 1,000 dwellings in 2020; every figure below is worked out by hand. */
const base = { period: '2020', value: 1000 };
const expiring = [
  { period: '2021', value: 50 },
  { period: '2022', value: 30 },
  // 2023: no entry at all
  { period: '2024', value: 100 },
  { period: '2026', value: 40 },
  { period: '2031', value: 500 }, // after a 10-year horizon
];
const additions = [
  { period: '2022', value: 10 },
  { period: '2024', value: 150 }, // more joining than leaving in 2024
  { period: '2025', value: 20 },
];

describe('projectStock', () => {
  it('subtracts cumulative expiries and adds cumulative additions, year by year', () => {
    const p = projectStock({ base, expiring, additions, horizon: 6 });
    expect(p.baseYear).to.equal(2020);
    expect(p.endYear).to.equal(2026);
    expect(p.years.map((y) => y.year)).to.deep.equal([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(p.years.map((y) => y.expiring)).to.deep.equal([50, 30, 0, 100, 0, 40]);
    expect(p.years.map((y) => y.additions)).to.deep.equal([0, 10, 0, 150, 20, 0]);
    expect(p.years.map((y) => y.cumulativeExpiring)).to.deep.equal([50, 80, 80, 180, 180, 220]);
    expect(p.years.map((y) => y.cumulativeAdditions)).to.deep.equal([0, 10, 10, 160, 180, 180]);
    // 1000−50 = 950; −30+10 = 930; 930; −100+150 = 980; +20 = 1000; −40 = 960
    expect(p.years.map((y) => y.stock)).to.deep.equal([950, 930, 930, 980, 1000, 960]);
    expect(p.totalExpiring).to.equal(220);
    expect(p.totalAdditions).to.equal(180);
    expect(p.finalStock).to.equal(960);
    expect(p.hasEntries).to.be.true;
  });

  it('keeps the stock of the year before in a year without entries', () => {
    const p = projectStock({ base, expiring, additions, horizon: 4 });
    const [y2022, y2023] = [p.years[1]!, p.years[2]!];
    expect(y2023.expiring).to.equal(0);
    expect(y2023.additions).to.equal(0);
    expect(y2023.stock).to.equal(y2022.stock);
  });

  it('lets the stock grow in a year with more additions than expiries', () => {
    const p = projectStock({ base, expiring, additions, horizon: 4 });
    const y2024 = p.years.find((y) => y.year === 2024)!;
    expect(y2024.stock - p.years.find((y) => y.year === 2023)!.stock).to.equal(50);
  });

  it('cuts off at the horizon and counts what lies beyond it', () => {
    const p = projectStock({ base, expiring, additions, horizon: 3 });
    expect(p.years.map((y) => y.year)).to.deep.equal([2021, 2022, 2023]);
    expect(p.finalStock).to.equal(930);
    expect(p.beyond).to.deep.equal({ expiring: 100 + 40 + 500, additions: 150 + 20 });
    const ten = projectStock({ base, expiring, additions, horizon: 10 });
    expect(ten.endYear).to.equal(2030);
    expect(ten.finalStock).to.equal(960);
    expect(ten.beyond.expiring).to.equal(500);
    expect(projectStock({ base, expiring, additions, horizon: 11 }).finalStock).to.equal(460);
  });

  it('leaves out entries the base count already holds', () => {
    const p = projectStock({ base: { period: '2022', value: 900 }, expiring, additions, horizon: 2 });
    expect(p.years.map((y) => [y.year, y.stock])).to.deep.equal([
      [2023, 900],
      [2024, 950],
    ]);
  });

  it('counts months and dates in their calendar year, and a later part of the base year in the first projected year', () => {
    const p = projectStock({
      base: { period: '2020-06-30', value: 100 },
      expiring: [
        { period: '2020-03', value: 7 }, // before the base date: already out
        { period: '2020-09', value: 5 },
        { period: '2021-Q2', value: 3 },
        { period: '2021-12-31', value: 2 },
      ],
      additions: [],
      horizon: 2,
    });
    expect(p.years.map((y) => [y.year, y.expiring, y.stock])).to.deep.equal([
      [2021, 10, 90],
      [2022, 0, 90],
    ]);
  });

  it('says when nothing falls inside the horizon, and handles a zero horizon', () => {
    const none = projectStock({ base, expiring: [{ period: '2040', value: 5 }], additions: [], horizon: 10 });
    expect(none.hasEntries).to.be.false;
    expect(none.finalStock).to.equal(1000);
    expect(none.years.every((y) => y.stock === 1000)).to.be.true;
    const zero = projectStock({ base, expiring, additions, horizon: 0 });
    expect(zero.years).to.deep.equal([]);
    expect(zero.finalStock).to.equal(1000);
    expect(projectStock({ base, expiring, additions, horizon: Number.NaN }).years).to.deep.equal([]);
  });

  it('marks the years whose figures are illustrative', () => {
    const p = projectStock({
      base,
      expiring: [
        { period: '2021', value: 1, example: true },
        { period: '2022', value: 1 },
      ],
      additions: [{ period: '2040', value: 1, example: true }],
      horizon: 5,
    });
    expect(p.years.map((y) => y.example)).to.deep.equal([true, false, false, false, false]);
    expect(p.example).to.be.true;
    expect(projectStock({ base, expiring: [{ period: '2022', value: 1 }], additions: [{ period: '2040', value: 1, example: true }], horizon: 5 }).example).to.be.false;
  });

  it('adds up the Wesel sample: 384 dwellings over 2022–2031 leave 1,359 of 1,743', () => {
    const split = [39, 39, 39, 39, 38, 38, 38, 38, 38, 38].map((value, i) => ({ period: String(2022 + i), value, example: true }));
    const p = projectStock({ base: { period: '2021', value: 1743 }, expiring: split, additions: [], horizon: 10 });
    expect(p.totalExpiring).to.equal(384);
    expect(p.finalStock).to.equal(1359);
    expect(p.endYear).to.equal(2031);
  });

  it('refuses a base period that is not ISO 8601', () => {
    expect(() => projectStock({ base: { period: 'letztes Jahr', value: 1 }, expiring: [], additions: [], horizon: 1 })).to.throw(RangeError);
  });
});
