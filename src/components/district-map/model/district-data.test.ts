import { expect } from '@open-wc/testing';
import { text } from '../district-map.texts.ts';
import { validateContract } from '../../../contract/validate.ts';
import type { ContractDocument } from '../../../contract/schema.ts';
import { miniContract } from '../../../test-support/fixtures.ts';
import { buildModel, indicatorPeriods, type ModelOptions } from './district-data.ts';
import { csvRows, districtLabel, measureText, rangeText, summaryText } from '../describe.ts';

function mini(): ContractDocument {
  const result = validateContract(miniContract());
  if (!result.valid) throw new Error('fixture invalid');
  return result.document;
}

const AREAS = [
  { id: 'nord', name: 'Nord' },
  { id: 'mitte', name: 'Mitte' },
  { id: 'sued', name: 'Süd' },
  { id: 'ost', name: 'Ost' },
];

function model(options: Partial<ModelOptions> = {}, doc = mini()) {
  const indicator = doc.indicators[0]!;
  return buildModel(indicator, doc.areaLevels[0]!, AREAS, { body: doc.meta, period: '2023', method: 'quantile', classes: 3, ...options });
}

describe('district map model', () => {
  // The English texts are a module of their own (i18n.ts): a widget loads them with its data.
  before(() => text.load('en'));

  it('lists the periods oldest first', () => {
    expect(indicatorPeriods(mini().indicators[0]!)).to.deep.equal(['2022', '2023']);
  });

  it('ranks the values (1 = highest), takes the difference to the city total and leaves confidential districts out', () => {
    const m = model();
    const by = (id: string) => m.byId.get(id)!;
    expect(by('mitte')).to.include({ kind: 'value', measure: 17.1, rank: 1, difference: 7.5 });
    expect(by('nord')).to.include({ kind: 'value', measure: 7.5, rank: 2, difference: -2.1 });
    expect(by('sued')).to.include({ kind: 'value', measure: 4, rank: 3, difference: -5.6 });
    expect(by('ost')).to.include({ kind: 'suppressed', measure: null, rank: null, difference: null, classIndex: null, color: null });
    expect(m.counts).to.deep.equal({ value: 3, missing: 0, suppressed: 1 });
    expect(m.cityMeasure).to.equal(9.6);
  });

  it('gives equal values the same rank, and names every district that shares the highest or lowest value', () => {
    const doc = mini();
    const values = doc.indicators[0]!.values as { area: string; period: string; value: number | null }[];
    // 2023: Nord and Mitte both 17.1; with Ost given too, Süd and Ost share the lowest 4.
    for (const v of values) if (v.period === '2023' && v.area === 'nord') v.value = 17.1;
    const ost = values.find((v) => v.period === '2023' && v.area === 'ost')! as { value: number | null; status?: string };
    ost.value = 4;
    delete ost.status;
    const m = model({}, doc);
    expect(['mitte', 'nord', 'sued', 'ost'].map((id) => m.byId.get(id)!.rank)).to.deep.equal([1, 1, 3, 3]);
    expect(summaryText('de', m)).to.contain('Am höchsten in Nord und Mitte (17,1\u00a0%), am niedrigsten in Süd und Ost (4,0\u00a0%).');
    expect(summaryText('en', m)).to.contain('Nord and Mitte');
  });

  it('colours by class in the palette of the polarity', () => {
    const m = model();
    // Three values, three quantile classes: one each; negative polarity, orange-red light to dark.
    expect(['sued', 'nord', 'mitte'].map((id) => m.byId.get(id)!.color)).to.deep.equal(['#fee8c8', '#fdbb84', '#e34a33']);
    expect(m.classes.map((c) => c.count)).to.deep.equal([1, 1, 1]);
  });

  it('compares two periods as a change, and a change involving a confidential value stays confidential', () => {
    const m = model({ compare: '2022' });
    expect(m.diverging).to.be.true;
    expect(m.centre).to.deep.equal({ value: 0, kind: 'zero' });
    expect(m.byId.get('nord')!.measure).to.equal(-0.5);
    expect(m.byId.get('mitte')!.measure).to.equal(0.6);
    expect(m.byId.get('sued')!.measure).to.equal(-0.25);
    expect(m.byId.get('ost')!.kind).to.equal('suppressed');
    expect(m.cityMeasure).to.equal(-0.2);
    expect(measureText('de', m, m.byId.get('mitte')!)).to.equal('+0,6\u00a0Prozentpunkte');
    expect(measureText('de', m, m.byId.get('ost')!)).to.equal('geheim gehalten');
  });

  it('keeps the breaks of all periods with fixed breaks', () => {
    const fixed2022 = model({ period: '2022', fixedBreaks: true, method: 'equal-interval' });
    const fixed2023 = model({ period: '2023', fixedBreaks: true, method: 'equal-interval' });
    expect(fixed2022.breaks).to.deep.equal(fixed2023.breaks);
    // Pooled values 4 … 17.1 in three equal classes: 8.4 and 12.7 (one decimal).
    expect(fixed2023.breaks).to.deep.equal([8.4, 12.7]);
    expect(model({ period: '2022', method: 'equal-interval' }).breaks).to.not.deep.equal(fixed2023.breaks);
  });

  it('centres a diverging palette on the city total', () => {
    const m = model({ palette: 'red-blue', classes: 4, method: 'equal-interval' });
    expect(m.centre).to.deep.equal({ value: 9.6, kind: 'total' });
    // Deviations −5.6, −2.1, 7.5: magnitude classes split at 3.75 → 3.8; mirrored around 9.6.
    expect(m.breaks).to.deep.equal([5.8, 9.6, 13.4]);
    expect(m.byId.get('mitte')!.color).to.equal('#ca0020');
  });

  it('describes classes, districts and the whole map in words, never with a number for a confidential value', () => {
    const m = model({ method: 'manual', manualBreaks: [5, 10] });
    expect(rangeText('de', m, m.classes[0]!)).to.equal('bis 5,0\u00a0%');
    expect(rangeText('de', m, m.classes[1]!)).to.equal('über 5,0 bis 10,0\u00a0%');
    expect(rangeText('en', m, m.classes[2]!)).to.equal('over 10.0%');
    expect(districtLabel('de', m, m.byId.get('mitte')!)).to.equal('Mitte: 17,1\u00a0%, Rang 1 von 3, +7,5\u00a0Prozentpunkte zur Gesamtstadt');
    expect(districtLabel('de', m, m.byId.get('ost')!)).to.equal('Ost: geheim gehalten');
    expect(summaryText('de', m)).to.equal(
      'Arbeitslosenanteil, 2023, 4 Bezirke. Am höchsten in Mitte (17,1\u00a0%), am niedrigsten in Süd (4,0\u00a0%). Gesamtstadt: 9,6\u00a0%. 1 von 3 Gebieten mit Angabe liegen über dem Wert der Gesamtstadt. Geheim gehalten: 1.',
    );
    const rows = csvRows('de', m);
    const ost = rows.find((r) => r[1] === 'ost')!;
    expect(ost).to.deep.equal(['Ost', 'ost', '2023', null, 'geheim gehalten', '%', null, 'geheim']);
    expect(rows[rows.length - 1]).to.deep.equal(['Gesamtstadt', '', '2023', 9.6, '', '%', null, '']);
  });
});
