import { expect } from '@open-wc/testing';
import type { ContractDocument } from '../../../contract/schema.ts';
import { resolveContract } from '../../../shared/loader.ts';
import { expectedRows, similarContract } from '../test-fixtures.ts';
import { checkSelection, judge, profileModel, rankOf, resolveArea, spinePosition, usable, wholeName } from './profile-model.ts';

const raw = async (url: string): Promise<any> => (await fetch(url)).json();
const validated = (data: unknown): Promise<ContractDocument> => resolveContract(structuredClone(data), { lang: 'de', timeoutMs: 5000 });

describe('profile model', () => {
  let wesel: any;
  let kreis: any;
  before(async () => {
    wesel = await raw('/demo/data/wesel.json');
    kreis = await raw('/demo/data/kreis-wesel.json');
  });

  for (const [name, file, area, level] of [
    ['Feldmark (Wesel, Sozialraum)', 'wesel', 'feldmark', 'sozialraum'],
    ['Wesel (Kreis Wesel, Gemeinde)', 'kreis', '05170048', 'gemeinde'],
    ['Bislich (a suppressed first value)', 'wesel', 'bislich', 'sozialraum'],
  ] as const) {
    it(`computes every value, whole, difference, rank and change for ${name} as the document gives them`, async () => {
      const source = file === 'wesel' ? wesel : kreis;
      const model = profileModel(await validated(source), { area })!;
      expect(model.level.id).to.equal(level);
      const expected = expectedRows(source, area, level);
      expect(model.rows.map((r) => r.indicator.id)).to.deep.equal(expected.map((e) => e.id));
      expect(expected.length).to.be.greaterThan(1);
      model.rows.forEach((row, i) => {
        const e = expected[i]!;
        const what = `${row.indicator.id}`;
        expect(row.period, what).to.equal(e.period);
        expect(row.value, what).to.equal(e.value);
        expect(row.whole, what).to.equal(e.whole);
        expect(row.difference?.value ?? null, what).to.equal(e.difference);
        if (row.difference) expect(row.difference.kind, what).to.equal(e.differenceKind);
        expect(row.rank?.position ?? null, what).to.equal(e.position);
        if (row.rank) expect(row.rank.of, what).to.equal(e.of);
        expect(row.previous ? { from: row.previous.from, delta: row.previous.delta } : null, what).to.deep.equal(e.previous);
        expect(row.first ? { from: row.first.from, delta: row.first.delta } : null, what).to.deep.equal(e.first);
      });
    });
  }

  it('knows Feldmark by hand: 3rd highest burden of 11, child poverty +3.6 points and worse, up 0.6 since 2022, down 1.7 since 2016', async () => {
    const model = profileModel(await validated(wesel), { area: 'feldmark' })!;
    const row = (id: string) => model.rows.find((r) => r.indicator.id === id)!;
    expect(row('sozialer_belastungsindex').rank).to.deep.equal({ position: 3, of: 11, end: 'high', ordinal: 3, scale: 'burden' });
    const poverty = row('kinderarmut');
    expect(poverty.difference).to.deep.equal({ kind: 'points', value: 3.6, judgement: 'worse' });
    expect(poverty.previous).to.include({ from: '2022', delta: 0.6, judgement: 'worse' });
    expect(poverty.first).to.include({ from: '2016', delta: -1.7, judgement: 'better' });
    // 9.6 among 17.1, 10.4, 9.6, 10.6, 3.7, 3: 4th of 6 from the top is the 3rd lowest burden.
    expect(row('arbeitslosenanteil').rank).to.deep.equal({ position: 4, of: 6, end: 'low', ordinal: 3, scale: 'burden' });
    expect(row('arbeitslosenanteil').difference).to.deep.equal({ kind: 'points', value: 0, judgement: 'same' });
    expect(row('migrationshintergrund').rank).to.include({ position: 2, of: 4, scale: 'value' });
    expect(row('migrationshintergrund').difference!.judgement).to.equal('unjudged');
    expect(row('sozialer_belastungsindex').whole).to.equal(null);
    expect(row('sozialer_belastungsindex').difference).to.equal(null);
  });

  it('leaves out indicators of another level, with the level named', async () => {
    const model = profileModel(await validated(wesel), { area: 'feldmark' })!;
    expect(model.leftOut.map((l) => [l.indicator.id, l.level?.id])).to.deep.equal([['bevoelkerung', 'stadtteil']]);
  });

  it('never ranks suppressed values: Bislich 2016 is withheld, so its change since 2016 has no number', async () => {
    const doc = structuredClone(wesel);
    const poverty = doc.indicators.find((i: any) => i.id === 'kinderarmut');
    poverty.values.find((v: any) => v.area === 'feldmark' && v.period === '2023').value = null;
    poverty.values.find((v: any) => v.area === 'feldmark' && v.period === '2023').status = 'suppressed';
    const model = profileModel(await validated(doc), { area: 'feldmark' })!;
    const row = model.rows.find((r) => r.indicator.id === 'kinderarmut')!;
    expect(row.value).to.equal(null);
    expect(row.rank).to.equal(null);
    expect(row.spine!.count).to.equal(10);
    const bislich = profileModel(await validated(wesel), { area: 'bislich' })!.rows.find((r) => r.indicator.id === 'kinderarmut')!;
    expect(bislich.first).to.include({ from: '2016', delta: null, judgement: null });
    // A number under a withholding status is still no number.
    expect(usable({ value: 3, status: 'suppressed' })).to.equal(null);
  });

  it('reverses rank and verdicts when the polarity is reversed', async () => {
    const doc = structuredClone(wesel);
    doc.indicators.find((i: any) => i.id === 'kinderarmut').polarity = 'positive';
    const row = profileModel(await validated(doc), { area: 'feldmark' })!.rows.find((r) => r.indicator.id === 'kinderarmut')!;
    expect(row.rank).to.deep.equal({ position: 8, of: 11, end: 'low', ordinal: 4, scale: 'burden' });
    expect(row.difference!.judgement).to.equal('better');
    expect(row.previous!.judgement).to.equal('better');
    expect(row.first!.judgement).to.equal('worse');
    expect(rankOf(3, [1, 2, 3, 4, 5], 'negative')).to.deep.equal({ position: 3, of: 5, end: 'high', ordinal: 3, scale: 'burden' });
    expect(rankOf(4, [1, 2, 3, 4, 5], 'positive')).to.deep.equal({ position: 4, of: 5, end: 'low', ordinal: 2, scale: 'burden' });
    expect(rankOf(5, [5, 5, 1], 'negative').position).to.equal(1);
    expect([judge('negative', 1), judge('positive', 1), judge('neutral', 1), judge('negative', 0)]).to.deep.equal(['worse', 'better', 'unjudged', 'same']);
  });

  it('takes the author period where an indicator has it, else the group period, else its latest', async () => {
    const document = await validated(wesel);
    const periods = (selection: object) => profileModel(document, { area: 'feldmark', ...selection })!.rows.map((r) => [r.indicator.id, r.period]);
    expect(periods({ period: '2022' })).to.deep.include(['kinderarmut', '2022']);
    expect(periods({ period: '2022' })).to.deep.include(['arbeitslosenanteil', '2023-12-31']);
    expect(periods({ sharedPeriod: '2019' })).to.deep.include(['kinderarmut', '2019']);
    expect(periods({ period: '2022', sharedPeriod: '2019' })).to.deep.include(['kinderarmut', '2022']);
    const row = profileModel(document, { area: 'feldmark', period: '2017' })!.rows.find((r) => r.indicator.id === 'kinderarmut')!;
    expect(row.previous!.from).to.equal('2016');
    expect(row.first).to.equal(null);
  });

  it("follows the group's area when a usable level has it, else the author's", async () => {
    const document = await validated(wesel);
    expect(resolveArea(document, { area: 'feldmark', sharedArea: 'bislich' })!.areaId).to.equal('bislich');
    expect(resolveArea(document, { area: 'feldmark', sharedArea: null })!.areaId).to.equal('feldmark');
    expect(resolveArea(document, { area: 'feldmark', sharedArea: 'nowhere' })!.areaId).to.equal('feldmark');
    expect(resolveArea(document, { area: 'feldmark', sharedArea: 'buederich', level: 'sozialraum' })!.areaId).to.equal('feldmark');
    expect(resolveArea(document, { area: 'buederich' })!.level.id).to.equal('stadtteil');
    expect(resolveArea(document, {})).to.equal(undefined);
  });

  it('reports wrong attributes as problems', async () => {
    const document = await validated(wesel);
    expect(checkSelection(document, { area: 'feldmark' })).to.equal(null);
    expect(checkSelection(document, { area: 'feldmark', level: 'bezirk' })).to.deep.equal({ kind: 'level', level: 'bezirk' });
    expect(checkSelection(document, { area: 'feldmark', indicators: 'kinderarmut, gibtsnicht' })).to.deep.equal({ kind: 'indicators', unknown: ['gibtsnicht'] });
    expect(checkSelection(document, { area: 'atlantis' })).to.include({ kind: 'area', area: 'atlantis' });
    expect(checkSelection(document, { area: 'feldmark', period: '1999' })).to.include({ kind: 'period', period: '1999' });
    expect(checkSelection(document, { area: 'feldmark', period: '2016' })).to.equal(null);
  });

  it('keeps the order of the indicators attribute', async () => {
    const model = profileModel(await validated(wesel), { area: 'feldmark', indicators: 'kinderarmut,arbeitslosenanteil' })!;
    expect(model.rows.map((r) => r.indicator.id)).to.deep.equal(['kinderarmut', 'arbeitslosenanteil']);
  });

  it('draws the spine from quartiles of the areas and places the whole on it', async () => {
    const row = profileModel(await validated(wesel), { area: 'feldmark' })!.rows.find((r) => r.indicator.id === 'kinderarmut')!;
    const sorted = [4.1, 6.9, 7.4, 8, 8.2, 8.9, 20.9, 22.3, 24.1, 26.5, 36.8];
    expect(row.spine).to.deep.include({ min: 4.1, max: 36.8, median: 8.9, count: 11, area: 22.3, whole: 18.7 });
    // position (n − 1) · p = 2.5 and 7.5.
    expect(row.spine!.q1).to.be.closeTo((sorted[2]! + sorted[3]!) / 2, 1e-9);
    expect(row.spine!.q3).to.be.closeTo((sorted[7]! + sorted[8]!) / 2, 1e-9);
    expect(spinePosition(row.spine!, 4.1)).to.equal(0);
    expect(spinePosition(row.spine!, 36.8)).to.equal(1);
    expect(row.spine!.wholeOnSpine).to.be.true;
  });

  it('leaves the whole off the spine when it lies beyond every area (a count)', async () => {
    const kreis = await validated(await raw('/demo/data/kreis-wesel.json'));
    const population = profileModel(kreis, { area: '05170048' })!.rows.find((r) => r.indicator.id === 'bevoelkerung')!;
    expect(population.spine!.whole).to.be.greaterThan(population.spine!.max);
    expect(population.spine!.wholeOnSpine).to.be.false;
    expect(population.spine!.domain).to.deep.equal([population.spine!.min, population.spine!.max]);
  });

  it('finds the similar areas of the hand-made document', async () => {
    const model = profileModel(await validated(similarContract()), { area: 'x' })!;
    expect(model.similar.areas.map((a) => a.id)).to.deep.equal(['twin', 'low', 'near']);
    expect(model.similar.counted).to.equal(3);
  });

  it('names the whole by meta.totalLabel when the document has one, else "Gesamtstadt"', async () => {
    const document = await validated(wesel);
    expect(wholeName(document, 'de')).to.equal('Gesamtstadt');
    expect(wholeName(document, 'en')).to.equal('City total');
    expect(wholeName({ ...document, meta: { ...document.meta, totalLabel: 'Kreis Wesel' } } as ContractDocument, 'de')).to.equal('Kreis Wesel');
  });
});
