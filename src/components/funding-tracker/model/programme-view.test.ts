import { expect } from '@open-wc/testing';
import { fundingDocument } from '../test-fixtures.ts';
import { applicationCounts, programmeViews, projectFilterChoices, shownFigures, shownProgrammes, trackerIsExample } from './programme-view.ts';

describe('funding programme views', () => {
  it('shows the programme the attribute names, or all', () => {
    const doc = fundingDocument();
    expect(shownProgrammes(doc, undefined).map((p) => p.id)).to.deep.equal(['quartiersfonds', 'landesmittel']);
    expect(shownProgrammes(doc, 'landesmittel').map((p) => p.id)).to.deep.equal(['landesmittel']);
    expect(shownProgrammes(doc, 'unbekannt')).to.deep.equal([]);
  });

  it('builds a view per programme: name, figures, deadlines from today, area names', () => {
    const [fonds, land] = programmeViews(fundingDocument(), { programme: undefined, lang: 'en', today: '2024-03-29' });
    expect([fonds!.index, fonds!.name, land!.name]).to.deep.equal([0, 'Neighbourhood fund', 'Landesprogramm']);
    // 100.000 + 20.000 + 5.000 = 125.000; 125.000 − 110.000 + 6.000 = 21.000 still available.
    expect(fonds!.figures.figures.funds.amount).to.equal(125000);
    expect(fonds!.figures.figures.available.amount).to.equal(21000);
    expect(fonds!.deadlines.map((d) => [d.date, d.days])).to.deep.equal([
      ['2024-03-31', 2],
      ['2024-12-31', 277],
    ]);
    expect(['nord', 'sued', 'atlantis'].map(fonds!.areaName)).to.deep.equal(['Nord', 'Süd', 'atlantis']);
    expect([fonds!.sectionExample, fonds!.marks]).to.deep.equal([false, true]);
  });

  it('marks illustrative parts only when not everything shown is illustrative', () => {
    const doc = fundingDocument();
    expect(trackerIsExample(doc, shownProgrammes(doc, undefined))).to.be.false;
    expect(trackerIsExample(doc, shownProgrammes(doc, 'landesmittel'))).to.be.true;
    expect(trackerIsExample(doc, [])).to.be.false;
    expect(programmeViews(doc, { programme: 'landesmittel', lang: 'de', today: '2024-01-01' })[0]!.marks).to.be.false;
    const wholeSection = programmeViews(fundingDocument({ example: true }), { programme: undefined, lang: 'de', today: '2024-01-01' });
    expect(wholeSection.map((v) => [v.sectionExample, v.marks])).to.deep.equal([
      [true, false],
      [true, false],
    ]);
    expect(programmeViews(fundingDocument({}, { example: true }), { programme: 'quartiersfonds', lang: 'de', today: '2024-01-01' })[0]!.sectionExample).to.be.true;
  });

  it('picks the figure cards, the application counts and the filter choices', () => {
    const [fonds, land] = shownProgrammes(fundingDocument(), undefined);
    expect(shownFigures(fonds!, false)).to.deep.equal(['budget', 'additions', 'funds', 'committed', 'paid', 'returned', 'available']);
    expect(shownFigures(fonds!, true)).to.deep.equal(['funds', 'committed', 'paid', 'available']);
    expect(shownFigures(land!, false)).to.deep.equal(['budget', 'committed', 'paid', 'returned', 'available']);
    expect(shownFigures(land!, true)).to.deep.equal(['budget', 'committed', 'paid', 'available']);
    expect(applicationCounts(fonds!.applications)).to.deep.equal([
      ['received', 12],
      ['approved', 4],
      ['rejected', 5],
      ['pending', 2],
    ]);
    expect(applicationCounts(undefined)).to.deep.equal([]);
    const [view] = programmeViews(fundingDocument(), { programme: 'quartiersfonds', lang: 'de', today: '2024-01-01' });
    // Statuses in their natural order; areas by name: Mitte, Nord, Ost, Süd.
    expect(projectFilterChoices(view!, 'de')).to.deep.equal({ statuses: ['applied', 'approved', 'paid', 'completed'], areas: ['mitte', 'nord', 'ost', 'sued'] });
  });
});
