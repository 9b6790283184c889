import { expect } from '@open-wc/testing';
import { areaIdsOfLevel, validateContract, type Report } from './validate.ts';
import { checkHousing, type AreasByLevel } from './housing.checks.ts';
import { contractJsonSchema } from './json-schema.ts';
import { miniContract } from '../test-support/fixtures.ts';

/** A hand-made housing section on the test document's level `bezirk` (nord, mitte, sued, ost). */
function housingDoc(): any {
  const doc = miniContract() as any;
  doc.housing = {
    level: 'bezirk',
    stock: [
      { period: '2019', value: 900, share: 4.5 },
      { period: '2020', value: 1000, share: 5, dwellings: 20000 },
    ],
    need: [{ period: '2020', value: 120 }],
    target: [{ period: '2030', share: 8 }],
    expiring: [
      { period: '2021', value: 50 },
      { period: '2022', value: 30, example: true },
    ],
    additions: [{ period: '2022', value: 10 }],
    lost: [{ from: '2015', period: '2019', value: 80 }],
    byArea: [
      { area: 'nord', period: '2020', value: 400, shareOfTotal: 40 },
      { area: 'mitte', period: '2020', value: 500, shareOfTotal: 50, share: 9.5 },
      { area: 'sued', period: '2020', value: null, status: 'suppressed' },
    ],
    bySize: [
      { size: '1 Zimmer', period: '2020', share: 25 },
      { size: '2 Zimmer', period: '2020', value: 750, share: 75 },
    ],
    reference: { share: 9.3 },
  };
  return doc;
}

const paths = (doc: unknown) => validateContract(doc).errors.map((e) => `${e.path} ${e.code}`);
/** The rule's own words: the place that validate.ts puts first is tested in validate.test.ts and below. */
const messagesOf = (doc: unknown) => validateContract(doc).errors.map((e) => e.message.slice(e.message.indexOf(': ') + 2));

/** The semantic checks alone, with the area ids of the document's levels (as validate.ts collects them). */
function housingChecks(doc: any): string[] {
  const found: string[] = [];
  const report: Report = (path, code) => void found.push(`${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')} ${code}`);
  const levels: AreasByLevel = new Map(doc.areaLevels.map((level: Record<string, unknown>) => [level.id as string, areaIdsOfLevel(level)]));
  checkHousing(doc.housing, ['housing'], report, levels);
  return found;
}

describe('housing contract', () => {
  it('accepts a complete hand-made section and fills the defaults', () => {
    const result = validateContract(housingDoc());
    expect(result.errors).to.deep.equal([]);
    const housing = result.document!.housing!;
    expect(housing.unit).to.equal('WE');
    expect(housing.need[0]!.kind).to.equal('households');
    expect(housing.reference!.label).to.equal('NRW');
    expect(housing.expiring[1]!.example).to.be.true;
    const minimal = validateContract({ ...miniContract(), housing: { stock: [{ period: '2021', value: 1743 }] } });
    expect(minimal.valid).to.be.true;
    expect(minimal.document!.housing!.byArea).to.deep.equal([]);
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const doc = housingDoc();
    doc.housing.byArea[2].staus = 'suppressed';
    doc.housing.expiring[0].exampel = true;
    expect(paths(doc)).to.include.members(['$.housing.byArea[2].staus unknown-key', '$.housing.expiring[0].exampel unknown-key']);
  });

  it('reports a period given twice in stock, expiring and additions', () => {
    const doc = housingDoc();
    doc.housing.stock.push({ period: '2020', value: 1 });
    doc.housing.expiring.push({ period: '2021', value: 1 });
    doc.housing.additions.push({ period: '2022', value: 1 });
    expect(paths(doc)).to.have.members(['$.housing.stock[2].period duplicate-period', '$.housing.expiring[2].period duplicate-period', '$.housing.additions[1].period duplicate-period']);
    expect(validateContract(doc).errors[0]!.message).to.equal('Wohnraum, Bestand 2020, Feld „period“: doppelter Zeitraum 2020 (zuerst bei $.housing.stock[1])');
  });

  it('allows one need per period and kind, and one size per period', () => {
    const doc = housingDoc();
    doc.housing.need.push({ period: '2020', value: 1500, kind: 'units' });
    expect(paths(doc)).to.deep.equal([]);
    doc.housing.need.push({ period: '2020', value: 130 });
    doc.housing.bySize.push({ size: '1 Zimmer', period: '2020', share: 1 });
    expect(paths(doc)).to.include.members(['$.housing.need[2].period duplicate-period', '$.housing.bySize[2].period duplicate-period']);
  });

  it('rejects calendar dates that do not exist', () => {
    const doc = housingDoc();
    doc.housing.expiring[0].period = '2023-02-30';
    doc.housing.lost[0].from = '2015-13';
    expect(paths(doc)).to.have.members(['$.housing.expiring[0].period period', '$.housing.lost[0].from period']);
    expect(validateContract(doc).errors.find((e) => e.path === '$.housing.expiring[0].period')!.message).to.contain('gefunden Text "2023-02-30"');
  });

  it('keeps shares between 0 and 100 and counts not negative', () => {
    const doc = housingDoc();
    doc.housing.stock[0].share = 105;
    doc.housing.reference.share = -1;
    doc.housing.expiring[0].value = -5;
    expect(paths(doc)).to.have.members(['$.housing.stock[0].share too-big', '$.housing.reference.share too-small', '$.housing.expiring[0].value too-small']);
  });

  it('checks the share against the dwellings it was computed from', () => {
    const doc = housingDoc();
    doc.housing.stock[1].share = 5.2;
    const errors = validateContract(doc).errors;
    expect(errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['$.housing.stock[1].share inconsistent-amount']);
    expect(errors[0]!.message).to.contain('1000 / 20000 × 100 = 5');
    const rounded = housingDoc();
    rounded.housing.stock[1] = { period: '2020', value: 1743, share: 5.78, dwellings: 30156 };
    rounded.housing.byArea = [];
    expect(paths(rounded)).to.deep.equal([]);
    const tooMany = housingDoc();
    tooMany.housing.stock[1] = { period: '2020', value: 30000, dwellings: 20000 };
    expect(paths(tooMany)).to.include('$.housing.stock[1].value too-big');
  });

  it('needs a share or a number in a target, and a figure or a status in a breakdown entry', () => {
    const doc = housingDoc();
    doc.housing.target.push({ period: '2035' });
    doc.housing.byArea.push({ area: 'ost', period: '2020' });
    doc.housing.bySize.push({ size: '3 Zimmer', period: '2020' });
    expect(paths(doc)).to.have.members(['$.housing.target[1] required', '$.housing.byArea[3] required', '$.housing.bySize[2] required']);
  });

  it('applies the value status rules to breakdowns: null needs a reason, withheld values carry no number', () => {
    const doc = housingDoc();
    doc.housing.byArea[2].value = 12;
    doc.housing.bySize[0].value = null;
    expect(paths(doc)).to.have.members(['$.housing.byArea[2].value status-with-number', '$.housing.bySize[0].status missing-status']);
  });

  it('reports a span that runs backwards', () => {
    const doc = housingDoc();
    doc.housing.lost[0] = { from: '2021', period: '2019', value: 80 };
    const errors = validateContract(doc).errors;
    expect(errors.map((e) => `${e.path} ${e.code}`)).to.deep.equal(['$.housing.lost[0].from too-big']);
    expect(errors[0]!.message).to.equal('Wohnraum, ausgelaufene Bindungen 2019, Feld „from“: zu groß: erwartet höchstens "2019", gefunden Text "2021"');
  });

  it('reports shares of one whole that add up to more than 100 %, beyond rounding', () => {
    const doc = housingDoc();
    doc.housing.byArea[0].shareOfTotal = 55;
    doc.housing.bySize[0].share = 27;
    const errors = validateContract(doc).errors;
    expect(errors.map((e) => `${e.path} ${e.code}`)).to.have.members(['$.housing.byArea inconsistent-amount', '$.housing.bySize inconsistent-amount']);
    expect(messagesOf(doc)).to.include('widersprüchliche Beträge: Σ shareOfTotal (2020) = 105 > 100');
    const rounding = housingDoc();
    rounding.housing.bySize = [
      { size: 'a', period: '2020', share: 33.4 },
      { size: 'b', period: '2020', share: 33.3 },
      { size: 'c', period: '2020', share: 33.4 },
    ];
    expect(paths(rounding)).to.deep.equal([]);
  });

  it('reports areas whose counts add up to more than the stock of that period', () => {
    const doc = housingDoc();
    doc.housing.byArea[0].value = 600;
    expect(paths(doc)).to.deep.equal(['$.housing.byArea inconsistent-amount']);
  });

  it('reports an area twice in one period', () => {
    const doc = housingDoc();
    doc.housing.byArea.push({ area: 'nord', period: '2020', value: 1 });
    expect(paths(doc)).to.include('$.housing.byArea[3] duplicate-value');
  });

  it('checks the areas of byArea against the level the section names', () => {
    const doc = housingDoc();
    doc.housing.byArea.push({ area: 'atlantis', period: '2020', value: 1 });
    expect(housingChecks(doc)).to.deep.equal(['.housing.byArea[3].area unknown-area']);
    doc.housing.level = 'gemeinde';
    expect(housingChecks(doc)).to.deep.equal(['.housing.level unknown-level']);
    delete doc.housing.level;
    expect(housingChecks(doc)).to.deep.equal([]);
  });

  it('publishes every housing field with a description in the JSON Schema', () => {
    const schema = contractJsonSchema() as any;
    const housing = schema.properties.housing;
    expect(Object.keys(housing.properties)).to.include.members(['unit', 'level', 'stock', 'need', 'target', 'expiring', 'additions', 'lost', 'byArea', 'bySize', 'reference']);
    for (const key of ['stock', 'need', 'target', 'expiring', 'additions', 'lost', 'byArea', 'bySize']) {
      expect(housing.properties[key].description, key).to.be.a('string').and.not.empty;
      expect(housing.properties[key].items.required, key).to.include('period');
    }
    expect(housing.properties.byArea.items.properties.shareOfTotal.maximum).to.equal(100);
  });

  it('holds Wesel\'s real figures exactly in the sample data, and marks only the yearly split as illustrative', async () => {
    const response = await fetch('/demo/data/wesel.json');
    const result = validateContract(await response.json());
    expect(result.errors).to.deep.equal([]);
    const housing = result.document!.housing!;
    expect(housing.stock).to.deep.equal([{ period: '2021', value: 1743, share: 5.78 }]);
    expect(housing.reference!.share).to.equal(9.3);
    expect(housing.need.map((n) => [n.period, n.value, n.kind])).to.deep.equal([['2021', 235, 'households']]);
    expect(housing.lost.map((l) => [l.from, l.period, l.value])).to.deep.equal([['2016', '2020', 206]]);
    expect(housing.expiring.reduce((sum, e) => sum + e.value, 0)).to.equal(384);
    expect(housing.expiring.map((e) => e.period)).to.deep.equal(['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031']);
    expect(housing.expiring.every((e) => e.example === true)).to.be.true;
    expect(housing.example).to.be.undefined;
    expect(housing.byArea.map((a) => [a.area, a.shareOfTotal, a.status])).to.deep.equal([
      ['innenstadt', 25, 'estimated'],
      ['feldmark', 17.2, 'estimated'],
      ['schepersfeld', 15.8, 'estimated'],
      ['fusternberg', 15, 'estimated'],
    ]);
  });
});
