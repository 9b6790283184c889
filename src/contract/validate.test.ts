import { expect } from '@open-wc/testing';
import { validateContract, validateContractText } from './validate.ts';
import { comparePeriods, parsePeriod, periodInstant, sortPeriods } from './period.ts';
import { miniContract, trendContract } from '../test-support/fixtures.ts';
import { TEXT_LIMITS } from './limits.ts';

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

describe('contract 1.1: publishing bodies of every level', () => {
  it('accepts a Kreis and a Land document, and v1 documents as they were', () => {
    for (const [name, ags] of [['Kreis Wesel', '05170'], ['Nordrhein-Westfalen', '05'], ['Düsseldorf', '051'], ['Wesel', '05170048'], ['Wesel', '051700048048']]) {
      const doc = miniContract() as any;
      doc.meta.municipality = { name, ags };
      expect(errorsOf(doc), ags).to.deep.equal([]);
    }
    const withLabel = miniContract() as any;
    withLabel.meta.totalLabel = 'Kreis Wesel';
    withLabel.meta.totalLabelEn = 'District of Wesel';
    expect(validateContract(withLabel).document!.meta.totalLabel).to.equal('Kreis Wesel');
  });

  it('says in words which keys exist, without a regular expression', () => {
    const doc = miniContract() as any;
    doc.meta.municipality.ags = '0517';
    const [error] = errorsOf(doc);
    expect(error!.code).to.equal('key-format');
    expect(error!.message).to.equal(
      'Metadaten, Feld „municipality.ags“: ungültiger Schlüssel: erwartet 2, 3, 5, 8 oder 12 Ziffern (Land „05“, Regierungsbezirk „051“, Kreis „05170“, Gemeinde „05170048“ oder Regionalschlüssel), gefunden Text "0517"',
    );
  });

  it('puts no pattern into any message', () => {
    const doc = miniContract() as any;
    doc.meta.municipality.ags = 'x';
    doc.meta.municipality.ars = '123';
    doc.indicators[0].id = '-kaputt';
    doc.indicators[0].values[0].period = '2023/24';
    doc.funding = { programmes: [{ id: 'p', name: 'P', budget: 1, currency: 'Euro' }] };
    const messages = errorsOf(doc).map((e) => e.message);
    expect(messages).to.have.length(5);
    for (const message of messages) expect(message).not.to.match(/\^|\\d|\[A-Z|\$\//);
  });
});

describe('messages for people', () => {
  it('names indicator, area and period, and suggests the nearest area', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[4].area = 'nordd';
    expect(errorsOf(doc)[0]!.message).to.equal(
      'Indikator „arbeitslose“, Gebiet „nordd“, 2023, Feld „area“: unbekanntes Gebiet „nordd“ in der Raumebene „bezirk“ – meinten Sie „nord“? (erlaubt: „nord“, „mitte“, „sued“, „ost“)',
    );
  });

  it('suggests the nearest enumeration value and the nearest level', () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[3].status = 'mising';
    doc.indicators[0].level = 'bezirke';
    const messages = errorsOf(doc).map((e) => e.message);
    expect(messages.find((m) => m.includes('„status“'))).to.match(/gefunden Text "mising" – meinten Sie „missing“\?$/);
    expect(messages.find((m) => m.includes('„level“'))).to.equal('Indikator „arbeitslose“, Feld „level“: unbekannte Raumebene „bezirke“: erwartet eine von "bezirk" – meinten Sie „bezirk“?');
  });

  it('names the indicator in every indicator message', () => {
    const doc = trendContract() as any;
    doc.indicators[1].values[0].value = '17,1';
    doc.indicators[1].values[1].period = '2023-13';
    doc.indicators[1].total[0].value = null;
    doc.indicators[1].notes[0].text = '';
    doc.indicators[1].unit = 5;
    const errors = errorsOf(doc);
    expect(errors).to.have.length(5);
    for (const error of errors) expect(error.message).to.match(/^Indikator „einwohner“, /);
  });
});

describe('URLs and text caps', () => {
  it('refuses javascript: and data: URLs and names the field', () => {
    const doc = miniContract() as any;
    doc.meta.sources[0].url = 'javascript:alert(1)';
    doc.meta.licenseUrl = 'data:text/html,x';
    doc.funding = { programmes: [{ id: 'p', name: 'P', budget: 1, url: 'JavaScript:alert(1)' }] };
    const errors = errorsOf(doc);
    expect(errors.map((e) => `${e.path} ${e.code}`)).to.have.members(['$.meta.sources[0].url unsafe-url', '$.meta.licenseUrl unsafe-url', '$.funding.programmes[0].url unsafe-url']);
    expect(errors.find((e) => e.path === '$.meta.sources[0].url')!.message).to.equal(
      'Metadaten, Feld „sources[0].url“: unzulässige Adresse: erwartet eine Adresse mit https: oder http: oder eine relative Adresse, gefunden Text "javascript:alert(1)"',
    );
  });

  it('reports a too long label as a soft error: invalid for the CLI, usable for widgets', () => {
    const doc = miniContract() as any;
    const label = 'Arbeitslosenanteil '.repeat(20);
    doc.indicators[0].label = label;
    doc.indicators[0].unit = 'x'.repeat(TEXT_LIMITS.unit + 1);
    const result = validateContract(doc);
    expect(result.valid).to.be.false;
    expect(result.errors.map((e) => `${e.path} ${e.code} ${e.soft}`)).to.deep.equal(['$.indicators[0].label too-long true', '$.indicators[0].unit too-long true']);
    expect(result.errors[0]!.message).to.equal(`Indikator „arbeitslose“, Feld „label“: Text zu lang: erlaubt sind 200 Zeichen, gefunden ${label.length} (die Bausteine kürzen ihn mit „…“)`);
    expect(result.document!.indicators[0]!.label).to.equal(label);
    expect(result.brokenParts!.size).to.equal(0);
  });
});

describe('scoped validity: broken parts', () => {
  it('keeps the intact indicators when one value of one indicator is wrong', () => {
    const doc = trendContract() as any;
    doc.indicators[0].values[1].value = '17,1';
    const result = validateContract(doc);
    expect(result.valid).to.be.false;
    expect(result.errors.map((e) => `${e.part} ${e.path}`)).to.deep.equal(['indicator:quote $.indicators[0].values[1].value']);
    expect([...result.brokenParts!.keys()]).to.deep.equal(['indicator:quote']);
    expect(result.brokenParts!.get('indicator:quote')).to.deep.equal(result.errors);
    expect(result.document!.indicators.map((i) => i.id), 'the broken indicator is removed').to.deep.equal(['einwohner']);
    expect(result.document!.indicators[0]!.decimals).to.equal(0);
  });

  it('removes a broken housing section or programme and keeps the rest', () => {
    const doc = miniContract() as any;
    doc.housing = { stock: [{ period: '2020', value: 'viele' }] };
    doc.funding = { programmes: [{ id: 'gut', name: 'Gut', budget: 10 }, { id: 'kaputt', name: 'Kaputt', budget: -1 }] };
    doc.indicators[0].values[0].area = 'atlantis';
    const result = validateContract(doc);
    expect([...result.brokenParts!.keys()]).to.have.members(['housing', 'programme:kaputt', 'indicator:arbeitslose']);
    expect(result.document!.housing).to.equal(undefined);
    expect(result.document!.funding!.programmes.map((p) => p.id)).to.deep.equal(['gut']);
    expect(result.document!.indicators).to.deep.equal([]);
    expect(result.document!.meta.title).to.equal('Teststadt');
  });

  it('gives no document when an error lies outside every part', () => {
    for (const mutate of [(d: any) => (d.version = 2), (d: any) => delete d.meta.title, (d: any) => (d.areaLevels[0].geometry.features[0].geometry.coordinates[0][1] = [700000, 0]), (d: any) => (d.extra = 1)]) {
      const doc = miniContract() as any;
      doc.indicators[0].values[0].value = 'x';
      mutate(doc);
      const result = validateContract(doc);
      expect(result.valid).to.be.false;
      expect(result.document).to.equal(undefined);
      expect(result.brokenParts).to.equal(undefined);
    }
  });
});

describe('ids and pages that touch Object.prototype', () => {
  function oddIds(): any {
    const doc = miniContract() as any;
    const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    doc.areaLevels[0].geometry.features.forEach((f: any, i: number) => (f.properties.id = ids[i]));
    doc.indicators[0].id = 'constructor';
    doc.indicators[0].values.forEach((v: any, i: number) => (v.area = ids[i % 4]));
    return doc;
  }

  it('treats constructor, __proto__ and toString as ids like any other', () => {
    const result = validateContract(oddIds());
    expect(result.errors).to.deep.equal([]);
    expect(result.document!.indicators[0]!.values.map((v) => v.area).slice(0, 4)).to.deep.equal(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    const doc = oddIds();
    doc.indicators[0].values[0].area = 'valueOf';
    expect(errorsOf(doc).map((e) => e.code)).to.deep.equal(['unknown-area']);
  });

  it('validates alike when the page added enumerable properties to Object.prototype, and leaves them there', () => {
    const proto = Object.prototype as any;
    proto.polluted = 'x';
    proto.status = 'suppressed';
    try {
      expect(validateContract(oddIds()).errors).to.deep.equal([]);
      const doc = miniContract() as any;
      doc.indicators[0].values[0].value = null;
      expect(errorsOf(doc).map((e) => e.code)).to.deep.equal(['missing-status']);
      expect(proto.polluted).to.equal('x');
      expect(Object.keys(Object.getOwnPropertyDescriptors(Object.prototype))).to.include('polluted');
    } finally {
      delete proto.polluted;
      delete proto.status;
    }
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
