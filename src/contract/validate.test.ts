import { expect } from '@open-wc/testing';
import { validateContract, validateContractText } from './validate.ts';
import { comparePeriods, parsePeriod, periodInstant, sortPeriods } from './period.ts';
import { miniContract } from '../test-support/fixtures.ts';

const errorsOf = (doc: unknown, lang: 'de' | 'en' = 'de') => validateContract(doc, { lang }).errors;
const paths = (doc: unknown) => errorsOf(doc).map((e) => `${e.path} ${e.code}`);

describe('contract validation', () => {
  it('accepts the hand-made document and fills defaults', () => {
    const result = validateContract(miniContract());
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.be.true;
    const ind = result.document!.indicators[0]!;
    expect(ind.decimals).to.equal(1);
    expect(result.document!.areaLevels[0]!.idProperty).to.equal('id');
  });

  it('names the path, what was expected and what was found for a string where a number belongs', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[1].value = '16,5';
    const [error] = errorsOf(doc);
    expect(error!.path).to.equal('$.indicators[0].values[1].value');
    expect(error!.code).to.equal('type');
    expect(error!.message).to.equal('Indikator „arbeitslose“, Gebiet „mitte“, 2022, Feld „value“: erwartet Zahl, gefunden Text "16,5"');
    expect(errorsOf(doc, 'en')[0]!.message).to.equal('Indicator “arbeitslose”, area “mitte”, 2022, field “value”: expected number, found text "16,5"');
  });

  it('reports an unknown area id against the level geometry', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values.push({ area: 'west', period: '2023', value: 3 });
    expect(paths(doc)).to.deep.equal(['$.indicators[0].values[8].area unknown-area']);
    expect(errorsOf(doc)[0]!.message).to.equal(
      'Indikator „arbeitslose“, Gebiet „west“, 2023, Feld „area“: unbekanntes Gebiet „west“ in der Raumebene „bezirk“ (erlaubt: „nord“, „mitte“, „sued“, „ost“)',
    );
  });

  it('reports a duplicated indicator id and a duplicated value', () => {
    const doc = miniContract() as any;
    doc.indicators.push({ ...doc.indicators[0] });
    doc.indicators[0].values.push({ area: 'nord', period: '2023', value: 1 });
    expect(paths(doc)).to.include('$.indicators[1].id duplicate-id');
    expect(paths(doc)).to.include('$.indicators[0].values[8] duplicate-value');
  });

  it('rejects periods that do not exist: 2023-13, 2023-02-30, 2023-Q5', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[0].period = '2023-13';
    doc.indicators[0].values[1].period = '2023-02-30';
    doc.indicators[0].values[2].period = '2023-Q5';
    expect(paths(doc)).to.have.members(['$.indicators[0].values[0].period period', '$.indicators[0].values[1].period period', '$.indicators[0].values[2].period period']);
  });

  it('rejects a suppressed value that carries a number, and null without a reason', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[7].value = 12;
    doc.indicators[0].values[0].value = null;
    expect(paths(doc)).to.have.members(['$.indicators[0].values[7].value status-with-number', '$.indicators[0].values[0].status missing-status']);
  });

  it('rejects non-finite numbers given through the data property', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[0].value = Number.POSITIVE_INFINITY;
    doc.indicators[0].values[1].value = Number.NaN;
    expect(paths(doc)).to.have.members(['$.indicators[0].values[0].value type', '$.indicators[0].values[1].value type']);
  });

  it('checks geometry: type, WGS84 range, closed rings', () => {
    const doc = miniContract() as any;
    const features = doc.areaLevels[0].geometry.features;
    features[0].geometry.type = 'Point';
    features[1].geometry.coordinates[0][1] = [700000, 5700000];
    features[2].geometry.coordinates[0][4] = [6.7, 51.7];
    const found = paths(doc);
    expect(found).to.include('$.areaLevels[0].geometry.features[0].geometry.type union');
    expect(found).to.include('$.areaLevels[0].geometry.features[1].geometry.coordinates[0][1] coordinate-range');
    expect(found).to.include('$.areaLevels[0].geometry.features[2].geometry.coordinates[0] ring-not-closed');
  });

  it('reports every error, not only the first', () => {
    const doc = miniContract() as any;
    doc.version = 2;
    doc.meta.title = '';
    doc.indicators[0].level = 'stadtteil';
    doc.indicators[0].decimals = 1.5;
    expect(paths(doc)).to.have.members(['$.version value', '$.meta.title empty-text', '$.indicators[0].level unknown-level', '$.indicators[0].decimals not-integer']);
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[0].staus = 'suppressed';
    const [error] = errorsOf(doc);
    expect(error!.path).to.equal('$.indicators[0].values[0].staus');
    expect(error!.message).to.equal('Indikator „arbeitslose“, Gebiet „nord“, 2022: unbekanntes Feld „staus“ – meinten Sie „status“? (erlaubt: „area“, „period“, „value“, „status“, „note“)');
    expect(errorsOf(doc, 'en')[0]!.message).to.equal('Indicator “arbeitslose”, area “nord”, 2022: unknown field “staus” – did you mean “status”? (allowed: “area”, “period”, “value”, “status”, “note”)');
  });

  it('says what a date that does not exist is', () => {
    const doc = miniContract() as any;
    doc.meta.updated = '2023-02-30';
    expect(errorsOf(doc)[0]!.message).to.match(/gefunden Text "2023-02-30"$/);
  });

  it('turns truncated JSON text into one error at the root', () => {
    const text = JSON.stringify(miniContract()).slice(0, 200);
    const result = validateContractText(text);
    expect(result.valid).to.be.false;
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]!.path).to.equal('$');
    expect(result.errors[0]!.code).to.equal('not-json');
  });
});

describe('periods', () => {
  it('parses every ISO granularity', () => {
    expect(parsePeriod('2023')!.granularity).to.equal('year');
    expect(parsePeriod('2023-H2')!.granularity).to.equal('half');
    expect(parsePeriod('2023-Q2')!.granularity).to.equal('quarter');
    expect(parsePeriod('2023-06')!.granularity).to.equal('month');
    expect(parsePeriod('2024-02-29')!.granularity).to.equal('day');
    expect(parsePeriod('2023-02-29')).to.equal(null);
    expect(parsePeriod('23')).to.equal(null);
  });

  it('sorts chronologically and places spans at their middle', () => {
    expect(sortPeriods(['2023-06', '2022', '2023-Q1', '2021-12-31', '2022'])).to.deep.equal(['2021-12-31', '2022', '2023-Q1', '2023-06']);
    expect(comparePeriods('2023', '2023-01')).to.be.lessThan(0);
    expect(new Date(periodInstant('2023-12-31')).toISOString()).to.equal('2023-12-31T00:00:00.000Z');
    expect(new Date(periodInstant('2023-06')).toISOString()).to.equal('2023-06-16T00:00:00.000Z');
  });
});
