import { expect } from '@open-wc/testing';
import { validateContract } from '../../../contract/validate.ts';
import type { ContractDocument } from '../../../contract/schema.ts';
import { miniContract } from '../../../test-support/fixtures.ts';
import { areaLevelFor, decimalsOf, housingModel, stockColumns, stockPeriods, type HousingModel } from './housing-model.ts';

/** The Wesel sample: 1.743 subsidised flats = 5,78 % in 2021 (NRW 9,3 %), 206 lost 2016–2020, 384 leaving by 2031, 235 households searching. */
async function wesel(): Promise<ContractDocument> {
  const result = validateContract(await (await fetch('/demo/data/wesel.json')).json());
  expect(result.errors).to.deep.equal([]);
  return result.document!;
}

function weselModel(doc: ContractDocument, lang: 'de' | 'en' = 'de', horizon = 10): HousingModel {
  return housingModel(doc, doc.housing!, { period: '2021', horizon, lang })!;
}

/** A hand-made document on the test level `bezirk` (Nord, Mitte, Süd, Ost); `housing` replaces the defaults. */
function handMade(housing: Record<string, unknown>): ContractDocument {
  const doc = miniContract() as Record<string, unknown>;
  doc.housing = { unit: 'WE', stock: [{ period: '2020', value: 1000 }], ...housing };
  const result = validateContract(doc);
  expect(result.errors).to.deep.equal([]);
  return result.document!;
}

describe('housing model', () => {
  it('reads the decimals a figure was written with, at most two', () => {
    expect([5.78, 9.3, 12, 0, 1 / 3, 1e-7, Number.NaN].map(decimalsOf)).to.deep.equal([2, 1, 0, 0, 2, 2, 0]);
  });

  it('takes the Wesel stock of 2021: 1.743 flats, 5,78 % against NRW 9,3 % on a scale to 12', async () => {
    const model = weselModel(await wesel());
    expect(stockPeriods(model.housing)).to.deep.equal(['2021']);
    expect(model.stock.value).to.equal(1743);
    expect(model.share).to.equal(5.78);
    const { gauge } = model;
    expect([gauge.mode, gauge.value, gauge.decimals]).to.deep.equal(['share', 5.78, 2]);
    expect(gauge.scale).to.deep.equal({ min: 0, max: 12, ticks: [0, 2, 4, 6, 8, 10, 12] });
    // Households searching are no flats: the need is a key figure, not a mark on the share gauge.
    expect(gauge.marks).to.deep.equal([{ kind: 'reference', value: 9.3, decimals: 1, label: 'NRW', period: '2021' }]);
    expect(gauge.bands).to.deep.equal([
      { kind: 'below', from: 0, to: 9.3 },
      { kind: 'reference', from: 9.3, to: 12 },
    ]);
    expect(model.need.map((n) => [n.kind, n.value])).to.deep.equal([['households', 235]]);
    expect(model.target).to.equal(undefined);
  });

  it('counts 206 flats lost 2016–2020 and 384 leaving by 2031, which leaves 1.359', async () => {
    const model = weselModel(await wesel());
    expect(model.lost.map((l) => [l.from, l.period, l.value])).to.deep.equal([['2016', '2020', 206]]);
    const { projection } = model;
    expect([projection.baseYear, projection.endYear, projection.baseValue]).to.deep.equal([2021, 2031, 1743]);
    expect(projection.totalExpiring).to.equal(384);
    expect(projection.totalAdditions).to.equal(0);
    expect(projection.finalStock).to.equal(1359);
    // Only the sum of 384 is published; its split into years is illustrative, and so is the model.
    expect(projection.example).to.be.true;
    expect(model.example).to.be.true;
    const columns = stockColumns(model);
    expect(columns[0]).to.deep.equal({ year: 2021, stock: 1743, kind: 'counted' });
    expect(columns.slice(1).map((c) => c.kind)).to.deep.equal(Array(10).fill('example'));
    expect(columns.at(-1)).to.deep.equal({ year: 2031, stock: 1359, kind: 'example' });
    expect(weselModel(await wesel(), 'de', 0).projection.years).to.deep.equal([]);
  });

  it('breaks the Wesel stock down by social area, largest first, with the names of the level', async () => {
    const doc = await wesel();
    const { areas } = weselModel(doc);
    expect(areas.level?.id).to.equal('sozialraum');
    expect([areas.period, areas.measure, areas.max]).to.deep.equal(['2021', 'value', 436]);
    expect(areas.rows.map((r) => [r.entry.area, r.name, r.measure])).to.deep.equal([
      ['innenstadt', 'Innenstadt inkl. Lippedorf', 436],
      ['feldmark', 'Feldmark', 300],
      ['schepersfeld', 'Schepersfeld', 275],
      ['fusternberg', 'Fusternberg', 261],
    ]);
    expect(areaLevelFor(doc, doc.housing!)?.id).to.equal('sozialraum');
    // Without a named level, the first level that holds every id.
    expect(areaLevelFor(doc, { ...doc.housing!, level: undefined })?.id).to.equal('sozialraum');
    expect(areaLevelFor(doc, { ...doc.housing!, level: undefined, byArea: [...doc.housing!.byArea, { area: 'atlantis', period: '2021', value: 1 }] })).to.equal(undefined);
  });

  it('lists the published flat sizes by share, with the unlisted rest, in German and English', async () => {
    const doc = await wesel();
    const { sizes } = weselModel(doc);
    expect([sizes.period, sizes.measure]).to.deep.equal(['2021', 'share']);
    expect(sizes.rows.map((r) => [r.label, r.measure])).to.deep.equal([
      ['für 1 Person', 9],
      ['für 5 Personen', 2.8],
      ['für 6 Personen', 1.6],
    ]);
    // 100 − (9 + 2,8 + 1,6) = 86,6
    expect(sizes.remainder).to.equal(86.6);
    expect(sizes.max).to.equal(86.6);
    const en = weselModel(doc, 'en');
    expect(en.sizes.rows.map((r) => r.label)).to.deep.equal(['for 1 person', 'for 5 people', 'for 6 people']);
    expect(en.gauge.marks[0]!.label).to.equal('North Rhine-Westphalia');
  });

  it('has no model for a period the stock lacks', async () => {
    const doc = await wesel();
    expect(housingModel(doc, doc.housing!, { period: '2020', horizon: 10, lang: 'de' })).to.equal(undefined);
    expect(stockPeriods(undefined)).to.deep.equal([]);
  });

  it('computes the share from all dwellings and marks the target and the need for flats on it', () => {
    const doc = handMade({
      stock: [{ period: '2020', value: 1000, dwellings: 20000 }],
      target: [
        { period: '2025', value: 1200 },
        { period: '2030', share: 8, label: 'Ziel 2030', labelEn: 'Target 2030' },
      ],
      need: [{ period: '2019', value: 1600, kind: 'units' }],
    });
    const model = housingModel(doc, doc.housing!, { period: '2020', horizon: 5, lang: 'en' })!;
    expect(model.share).to.equal(5);
    // The target due first after 2020: 1.200 of 20.000 = 6 %; the need of 2019 is the latest not after 2020: 1.600 = 8 %.
    expect(model.target?.period).to.equal('2025');
    expect(model.gauge.marks).to.deep.equal([
      { kind: 'target', value: 6, decimals: 1, label: '', period: '2025' },
      { kind: 'need', value: 8, decimals: 1, label: '', period: '2019' },
    ]);
    expect(model.gauge.decimals).to.equal(1);
    expect(model.gauge.scale.max).to.equal(10);
    expect(model.gauge.bands).to.deep.equal([
      { kind: 'below', from: 0, to: 6 },
      { kind: 'target', from: 6, to: 10 },
    ]);
  });

  it('draws a count gauge against the target number when there is no share', () => {
    const doc = handMade({ target: [{ period: '2030', value: 1500 }], need: [{ period: '2020', value: 1800, kind: 'units' }] });
    const { gauge, share } = housingModel(doc, doc.housing!, { period: '2020', horizon: 10, lang: 'de' })!;
    expect(share).to.equal(undefined);
    expect([gauge.mode, gauge.value, gauge.decimals]).to.deep.equal(['count', 1000, 0]);
    expect(gauge.marks.map((m) => [m.kind, m.value])).to.deep.equal([
      ['target', 1500],
      ['need', 1800],
    ]);
    expect(gauge.scale.max).to.equal(2500);
  });

  it('never draws a withheld count, and takes breakdowns of the latest period not after the stock', () => {
    const doc = handMade({
      byArea: [
        { area: 'nord', period: '2019', value: 400 },
        { area: 'sued', period: '2021', value: 10 },
      ],
      bySize: [{ size: '1 Zimmer', period: '2021', value: 250 }],
    });
    // The validator refuses a number beside `suppressed`; the model must hold even when one slips through.
    doc.housing!.byArea.push({ area: 'mitte', period: '2019', value: 999, status: 'suppressed' });
    const { areas, sizes } = housingModel(doc, doc.housing!, { period: '2020', horizon: 10, lang: 'de' })!;
    expect(areas.period).to.equal('2019');
    expect(areas.level?.id).to.equal('bezirk');
    expect(areas.rows.map((r) => [r.name, r.measure])).to.deep.equal([
      ['Nord', 400],
      ['Mitte', null],
    ]);
    expect(areas.max).to.equal(400);
    expect(sizes.period).to.equal(undefined);
    expect(sizes.rows).to.deep.equal([]);
  });
});
