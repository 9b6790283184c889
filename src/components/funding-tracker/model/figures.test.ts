import { expect } from '@open-wc/testing';
import { programmeSchema, type Programme } from '../../../contract/funding.schema.ts';
import {
  areaTotals,
  daysBetween,
  deadlineEntries,
  filterProjects,
  largestRemainder,
  localIsoDate,
  nextDeadline,
  parseLocalDate,
  programmeFigures,
  type FigureKey,
} from './figures.ts';

/** Parses through the schema, so defaults are filled exactly as for real data. */
const make = (input: Record<string, unknown>): Programme => programmeSchema.parse({ id: 'p', name: 'Programm', ...input });

/**
 * Hand-made: funds 125 000 = budget 100 000 + additions 20 000 + 5 000. Committed 110 000,
 * paid 80 000, of which 6 000 came back. Still available = 125 000 − 110 000 + 6 000 = 21 000.
 */
const handMade = () =>
  make({
    budget: 100000,
    additions: [{ amount: 20000 }, { amount: 5000 }],
    committed: 110000,
    paid: 80000,
    returned: 6000,
    projects: [
      { name: 'A', area: 'nord', amount: 60000, status: 'paid' },
      { name: 'B', area: 'mitte', amount: 30000, status: 'approved' },
      { name: 'C', area: 'nord', amount: 20000, status: 'completed' },
      { name: 'D', area: 'sued', amount: 9000, status: 'applied' },
      { name: 'E', amount: 4000, status: 'withdrawn' },
    ],
  });

const amounts = (figures: ReturnType<typeof programmeFigures>) =>
  Object.fromEntries((Object.keys(figures.figures) as FigureKey[]).map((key) => [key, figures.figures[key].amount]));
const percents = (figures: ReturnType<typeof programmeFigures>) =>
  Object.fromEntries((Object.keys(figures.figures) as FigureKey[]).map((key) => [key, figures.figures[key].percent]));

describe('funding figures', () => {
  it('computes total funds and what is still available: returned money flows back', () => {
    const f = programmeFigures(handMade());
    expect(amounts(f)).to.deep.equal({ budget: 100000, additions: 25000, funds: 125000, committed: 110000, paid: 80000, returned: 6000, available: 21000 });
    expect(f.segments.map((s) => [s.kind, s.amount])).to.deep.equal([
      ['paid', 74000],
      ['open', 30000],
      ['available', 21000],
    ]);
    expect(f.segments.reduce((sum, s) => sum + s.amount, 0)).to.equal(125000);
    expect(f.amountDecimals).to.equal(0);
    expect(f.currency).to.equal('EUR');
  });

  it('gives shares of the total funds that add up, parts and sums alike', () => {
    const f = programmeFigures(handMade());
    expect(f.segments.map((s) => s.percent)).to.deep.equal([59.2, 24, 16.8]);
    expect(percents(f)).to.deep.equal({ budget: 80, additions: 20, funds: 100, committed: 88, paid: 64, returned: 4.8, available: 16.8 });
  });

  it('rounds with the largest remainder: thirds make 100 %, not 99.9 %', () => {
    const f = programmeFigures(make({ budget: 30000, committed: 20000, paid: 10000 }));
    expect(f.segments.map((s) => s.percent)).to.deep.equal([33.4, 33.3, 33.3]);
    const { committed, paid, available } = f.figures;
    // Derived shares are sums of the rounded parts: committed = paid + open, committed + available = 100.
    expect([committed.percent, paid.percent, available.percent]).to.deep.equal([66.7, 33.4, 33.3]);
    expect(largestRemainder([1, 1, 1], 3, 1)).to.deep.equal([334, 333, 333]);
    expect(largestRemainder([1, 1, 1], 3, 0)).to.deep.equal([34, 33, 33]);
    // Each part is its exact share rounded down or up; the largest remainders get the missing steps.
    expect(largestRemainder([1, 2, 3, 994], 1000, 1)).to.deep.equal([1, 2, 3, 994]);
    expect(largestRemainder([3335, 3335, 3330], 10000, 1)).to.deep.equal([334, 333, 333]);
    expect(largestRemainder([0, 10], 10, 1), 'an empty part stays 0').to.deep.equal([0, 1000]);
  });

  it('keeps every displayed sum consistent when the shares are awkward', () => {
    // 417 690 with committed 356 200, paid 292 800, returned 4 850 (the Wesel example).
    const f = programmeFigures(make({ budget: 417690, committed: 356200, paid: 292800, returned: 4850 }));
    const [paidNet, open, available] = f.segments.map((s) => Math.round(s.percent! * 10));
    expect(paidNet! + open! + available!).to.equal(1000);
    const p = (key: FigureKey) => Math.round(f.figures[key].percent! * 10);
    expect(p('committed') - p('paid')).to.equal(open);
    expect(p('paid') - p('returned')).to.equal(paidNet);
    expect(p('committed') - p('returned') + p('available')).to.equal(1000);
    expect(f.figures.available.amount).to.equal(417690 - 356200 + 4850);
    expect(f.segments.map((s) => s.percent)).to.deep.equal([68.9, 15.2, 15.9]);
    expect(percents(f)).to.deep.include({ committed: 85.3, paid: 70.1, returned: 1.2, available: 15.9 });
  });

  it('adds cents exactly and shows them when there are any', () => {
    const f = programmeFigures(make({ budget: 0.1, additions: [{ amount: 0.2 }], committed: 0.3, paid: 0.1 }));
    expect(f.figures.funds.amount).to.equal(0.3);
    expect(f.figures.available.amount).to.equal(0);
    expect(f.segments.map((s) => s.amount)).to.deep.equal([0.1, 0.2, 0]);
    expect(f.amountDecimals).to.equal(2);
  });

  it('says "unknown" instead of 0 for what is not published', () => {
    const nothingKnown = programmeFigures(make({ budget: 417690 }));
    expect(nothingKnown.figures.committed.amount).to.equal(null);
    expect(nothingKnown.figures.paid.amount).to.equal(null);
    expect(nothingKnown.figures.available.amount).to.equal(null);
    expect(nothingKnown.figures.available.percent).to.equal(null);
    expect(nothingKnown.segments.map((s) => [s.kind, s.amount, s.percent])).to.deep.equal([['unknown', 417690, 100]]);

    const allocated = programmeFigures(make({ budget: 3035230, committed: 3035230 }));
    expect(allocated.segments.map((s) => [s.kind, s.amount, s.percent])).to.deep.equal([
      ['committed', 3035230, 100],
      ['available', 0, 0],
    ]);
    expect(allocated.figures.paid.amount).to.equal(null);
    expect(allocated.figures.committed.percent).to.equal(100);
  });

  it('has no shares when there are no funds', () => {
    const f = programmeFigures(make({ budget: 0, committed: 0, paid: 0 }));
    expect(f.figures.funds.percent).to.equal(null);
    expect(f.segments.every((s) => s.percent === null && s.amount === 0)).to.be.true;
  });

  it('marks exactly what is illustrative, and what is computed from it', () => {
    const f = programmeFigures(make({ budget: 417690, committed: 356200, paid: 292800, returned: 4850, exampleFields: ['committed', 'paid', 'returned'] }));
    const examples = Object.fromEntries((Object.keys(f.figures) as FigureKey[]).map((key) => [key, f.figures[key].example]));
    expect(examples).to.deep.equal({ budget: false, additions: false, funds: false, committed: true, paid: true, returned: true, available: true });
    expect(f.segments.every((s) => s.example)).to.be.true;
    const real = programmeFigures(make({ budget: 1000, committed: 500, paid: 100 }));
    expect(Object.values(real.figures).some((fig) => fig.example)).to.be.false;
    const whole = programmeFigures(make({ budget: 1000, example: true }));
    expect(whole.figures.budget.example && whole.figures.funds.example).to.be.true;
    expect(programmeFigures(make({ budget: 1000 }), { example: true }).figures.budget.example, 'section flag').to.be.true;
  });

  it('counts days to deadlines from an injected today, in calendar days', () => {
    expect(daysBetween('2024-03-19', '2024-03-31')).to.equal(12);
    expect(daysBetween('2024-03-31', '2024-03-31')).to.equal(0);
    expect(daysBetween('2024-11-21', '2024-03-31')).to.equal(-235);
    // Across the change to summer time (31 March 2024) a day is still a day.
    expect(daysBetween('2024-03-30', '2024-04-02')).to.equal(3);
    expect(daysBetween('2024-03-30', 'morgen')).to.equal(null);
    expect(localIsoDate(new Date(2024, 2, 5, 23, 59))).to.equal('2024-03-05');
    expect(localIsoDate(parseLocalDate('2024-11-21')!)).to.equal('2024-11-21');
    expect(parseLocalDate('21.11.2024')).to.equal(undefined);
  });

  it('lists the deadlines by date and finds the next one', () => {
    const programme = make({ budget: 1, deadline: '2024-09-30', deadlines: [{ date: '2025-03-31', kind: 'proof' }, { date: '2024-03-31', kind: 'application', label: 'Antragsfrist' }] });
    const entries = deadlineEntries(programme, '2024-06-01');
    expect(entries.map((e) => [e.kind, e.date, e.days])).to.deep.equal([
      ['application', '2024-03-31', -62],
      ['deadline', '2024-09-30', 121],
      ['proof', '2025-03-31', 303],
    ]);
    expect(entries[0]!.label).to.equal('Antragsfrist');
    expect(nextDeadline(entries)!.date).to.equal('2024-09-30');
    expect(nextDeadline(deadlineEntries(programme, '2026-01-01'))!.date, 'all passed: the last one').to.equal('2025-03-31');
    expect(nextDeadline([])).to.equal(undefined);
  });

  it('totals the committed amounts of funded projects by area, largest first', () => {
    expect(areaTotals(handMade().projects)).to.deep.equal([
      { area: 'nord', count: 2, amount: 80000 },
      { area: 'mitte', count: 1, amount: 30000 },
    ]);
    const withoutArea = make({ budget: 1, projects: [{ name: 'X', amount: 5 }, { name: 'Y', area: 'a', amount: 1 }] });
    expect(areaTotals(withoutArea.projects).map((t) => t.area)).to.deep.equal(['a', null]);
  });

  it('filters projects by status, area and words, ignoring case and accents', () => {
    const programme = make({
      budget: 1,
      projects: [
        { name: 'Sprachcafé für Eltern', recipient: 'Familienzentrum', area: 'schepersfeld', amount: 1, status: 'paid' },
        { name: 'Offener Seniorentreff', recipient: 'Caritas-Verband', area: 'fusternberg', amount: 1, status: 'approved' },
        { name: 'Spielmobil', recipient: 'Jugendring', area: 'schepersfeld', amount: 1, status: 'applied' },
      ],
    });
    const names = (filter: Parameters<typeof filterProjects>[1]) => filterProjects(programme.projects, filter, (id) => (id === 'fusternberg' ? 'Fusternberg' : 'Schepersfeld')).map((p) => p.name);
    expect(names({})).to.have.length(3);
    expect(names({ status: 'applied' })).to.deep.equal(['Spielmobil']);
    expect(names({ area: 'schepersfeld' })).to.deep.equal(['Sprachcafé für Eltern', 'Spielmobil']);
    expect(names({ query: 'SPRACHCAFE' })).to.deep.equal(['Sprachcafé für Eltern']);
    expect(names({ query: 'caritas treff' })).to.deep.equal(['Offener Seniorentreff']);
    expect(names({ query: 'fusternberg' }), 'area names match').to.deep.equal(['Offener Seniorentreff']);
    expect(names({ area: 'schepersfeld', status: 'paid' })).to.deep.equal(['Sprachcafé für Eltern']);
    expect(names({ query: 'gibt es nicht' })).to.deep.equal([]);
  });
});
