import { expect } from '@open-wc/testing';
import { areaNames } from '../../../contract/areas.ts';
import { validateContract } from '../../../contract/validate.ts';
import { parsePeriod, periodInstant } from '../../../contract/period.ts';
import type { ContractDocument, ContractInput } from '../../../contract/schema.ts';
import { trendContract } from '../../../test-support/fixtures.ts';
import { wholePhrases } from '../../../contract/municipality.ts';
import { buildTrendModel, drawableValue, endpoints, levelOf, pickIndicator, resolveAreas, TOTAL_KEY, unknownAreas, type ModelOptions } from './series.ts';

function documentOf(input: ContractInput = trendContract()): ContractDocument {
  const result = validateContract(input);
  if (!result.valid) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.document!;
}

function model(id: string, areas: string[], options: Partial<ModelOptions> = {}, input?: ContractInput) {
  const doc = documentOf(input);
  const indicator = pickIndicator(doc, id)!;
  return buildTrendModel(indicator, {
    lang: 'de',
    areas,
    showTotal: false,
    names: areaNames(levelOf(doc, indicator)),
    whole: wholePhrases({ totalLabel: `${doc.meta.municipality.name} gesamt` }, 'de'),
    ...options,
  });
}

describe('trend series', () => {
  it('picks the named indicator, else the first with more than one period', () => {
    const doc = documentOf();
    expect(pickIndicator(doc, undefined)!.id).to.equal('quote');
    expect(pickIndicator(doc, 'einwohner')!.id).to.equal('einwohner');
    expect(pickIndicator(doc, 'nichts')).to.equal(undefined);
    const single = trendContract();
    single.indicators = [{ ...single.indicators![1]!, id: 'eins', total: [] }, ...single.indicators!];
    expect(pickIndicator(documentOf(single), undefined)!.id).to.equal('quote');
  });

  it('resolves areas: the group selection, else the attribute, else the first area with a series', () => {
    const doc = documentOf();
    const quote = pickIndicator(doc, 'quote')!;
    const level = levelOf(doc, quote);
    expect(resolveAreas(quote, level, { areas: 'mitte, sued ,mitte', groupArea: null })).to.deep.equal(['mitte', 'sued']);
    expect(resolveAreas(quote, level, { areas: 'mitte', groupArea: 'sued' })).to.deep.equal(['sued']);
    // Ost has no values in this indicator: the selection does not empty the chart.
    expect(resolveAreas(quote, level, { areas: 'mitte', groupArea: 'ost' })).to.deep.equal(['mitte']);
    // Level order is nord, mitte, sued, ost; Nord is the first with more than one period.
    expect(resolveAreas(quote, level, {})).to.deep.equal(['nord']);
    const people = pickIndicator(doc, 'einwohner')!;
    expect(resolveAreas(people, levelOf(doc, people), {})).to.deep.equal([]);
    expect(unknownAreas(quote, level, 'mitte,atlantis, ost')).to.deep.equal(['atlantis']);
  });

  it('keeps a row for every period, a gap for missing and suppressed values, and marks provisional ones', () => {
    const m = model('quote', ['mitte', 'sued'], { showTotal: true });
    expect(m.periods).to.deep.equal(['2019', '2020', '2022-06-30', '2023']);
    expect(m.series.map((s) => s.key)).to.deep.equal(['mitte', 'sued', TOTAL_KEY]);
    expect(m.series.map((s) => s.label)).to.deep.equal(['Mitte', 'Süd', 'Teststadt gesamt']);
    const [mitte, sued, total] = m.series;
    expect(mitte!.points.map((p) => [p.period, p.value, p.status ?? '', p.provisional])).to.deep.equal([
      ['2019', 12.5, '', false],
      ['2020', 14, '', false],
      ['2022-06-30', null, 'missing', false],
      ['2023', 16.5, 'provisional', true],
    ]);
    // Süd reports years only: the reference date of other series is not a gap in its own line.
    expect(sued!.points.map((p) => [p.period, p.value, p.status ?? ''])).to.deep.equal([
      ['2019', null, 'suppressed'],
      ['2020', 4, ''],
      ['2023', 4.5, ''],
    ]);
    expect(mitte!.points.map((p) => p.city)).to.deep.equal([10, 10.5, 11, 11.5]);
    expect(total!.points.every((p) => p.city === null)).to.be.true;
    // Area ids are free text: an area called like the total's key does not merge with it.
    const clash = trendContract();
    (clash.areaLevels![0]!.geometry as { features: { properties: Record<string, unknown> }[] }).features[0]!.properties.id = TOTAL_KEY;
    for (const indicator of clash.indicators!) indicator.values = indicator.values!.map((v) => (v.area === 'nord' ? { ...v, area: TOTAL_KEY } : v));
    const both = model('quote', [TOTAL_KEY], { showTotal: true }, clash);
    expect(both.series.map((s) => [s.key, s.kind])).to.deep.equal([[TOTAL_KEY, 'area'], [`${TOTAL_KEY}#`, 'total']]);
    expect(mitte!.points.map((p) => p.instant)).to.deep.equal(m.periods.map(periodInstant));
    expect(endpoints(mitte!)!.last.period).to.equal('2023');
  });

  it('treats a period the series skips inside its own span as a gap, not a bridge', () => {
    const input = trendContract();
    input.indicators![0]!.values = [
      { area: 'nord', period: '2019', value: 1 },
      { area: 'nord', period: '2020', value: 2 },
      { area: 'nord', period: '2021', value: 3 },
      { area: 'mitte', period: '2019', value: 4 },
      { area: 'mitte', period: '2021', value: 6 },
    ];
    const m = model('quote', ['nord', 'mitte'], {}, input);
    const mitte = m.series.find((s) => s.key === 'mitte')!;
    expect(mitte.points.map((p) => [p.period, p.value, p.unreported])).to.deep.equal([
      ['2019', 4, false],
      ['2020', null, true],
      ['2021', 6, false],
    ]);
  });

  it('never draws a suppressed value, even when the data holds a number', () => {
    expect(drawableValue({ value: 5, status: 'suppressed' })).to.equal(null);
    expect(drawableValue({ value: 5, status: 'unreliable' })).to.equal(null);
    expect(drawableValue({ value: 5, status: 'provisional' })).to.equal(5);
    expect(drawableValue({ value: Number.NaN })).to.equal(null);
  });

  it('starts a new segment at a series break, placed at the start of its period', () => {
    const m = model('einwohner', []);
    expect(m.series.map((s) => s.key)).to.deep.equal([TOTAL_KEY]);
    expect(m.series[0]!.points.map((p) => [p.period, p.segment])).to.deep.equal([
      ['2013-12-31', 0],
      ['2021-12-31', 0],
      ['2022-05-15', 1],
      ['2022-06-30', 1],
      ['2023-12-31', 1],
    ]);
    expect(m.notes).to.deep.equal([{ number: 1, key: 'note|1', period: '2022-05-15', instant: parsePeriod('2022-05-15')!.start, text: 'Zensus 2022: neue Basis', seriesBreak: true }]);

    const yearly = trendContract();
    yearly.indicators![0]!.notes = [
      { period: '2023', text: 'Neue Basis', textEn: 'New basis', seriesBreak: true },
      { period: '2010', text: 'Vor der Reihe' },
    ];
    const broken = model('quote', ['nord'], { lang: 'en' }, yearly);
    // A break in a year takes effect from 1 January: the 2023 point is on the new basis.
    expect(broken.notes.map((n) => [n.text, n.instant])).to.deep.equal([['New basis', Date.UTC(2023, 0, 1)]]);
    expect(broken.series[0]!.points.map((p) => p.segment)).to.deep.equal([0, 0, 0, 1]);
  });

  it('takes the target from the attribute, else from the data', () => {
    expect(model('quote', ['mitte']).target).to.equal(9);
    expect(model('quote', ['mitte'], { target: 12.5 }).target).to.equal(12.5);
    expect(model('einwohner', []).target).to.equal(undefined);
  });

  it('labels the indicator in the reader’s language', () => {
    expect(model('quote', ['mitte']).label).to.equal('SGB-II-Quote');
    expect(model('quote', ['mitte'], { lang: 'en' }).label).to.equal('SGB II rate');
  });
});
