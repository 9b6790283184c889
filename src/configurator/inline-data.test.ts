import { expect } from '@open-wc/testing';
import { validateContract } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import { documentForWidget, namesOnlyLevel } from './inline-data.ts';

let wesel: ContractDocument;
let weselText: string;

before(async () => {
  weselText = await (await fetch('/demo/data/wesel.json')).text();
  const result = validateContract(JSON.parse(weselText));
  if (!result.valid) throw new Error('demo/data/wesel.json is invalid');
  wesel = result.document;
});

const valid = (doc: unknown) => {
  const result = validateContract(doc);
  expect(result.valid, result.valid ? '' : JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
};
const size = (doc: unknown) => JSON.stringify(doc).length;

describe('documentForWidget', () => {
  it('gives a gauge meta and housing with the names of its areas, no indicator and no outline', () => {
    const doc = documentForWidget(wesel, 'housing-gauge', {});
    valid(doc);
    expect(doc.indicators).to.deep.equal([]);
    expect(doc.housing).to.deep.equal(wesel.housing);
    expect(doc.meta).to.deep.equal(wesel.meta);
    const levels = doc.areaLevels as { id: string; schematic?: boolean }[];
    expect(levels.map((l) => l.id)).to.deep.equal(['sozialraum']);
    expect(levels[0]!.schematic).to.equal(true);
    expect(size(doc)).to.be.below(weselText.length / 2);
  });

  it('gives a map its indicator and the full geometry of its level, nothing else', () => {
    const doc = documentForWidget(wesel, 'district-map', { indicator: 'kinderarmut' });
    valid(doc);
    const indicators = doc.indicators as { id: string; level: string }[];
    expect(indicators.map((i) => i.id)).to.deep.equal(['kinderarmut']);
    const level = (doc.areaLevels as { id: string }[])[0];
    expect(level).to.deep.equal(wesel.areaLevels.find((l) => l.id === indicators[0]!.level));
    expect(doc).to.not.have.property('housing');
    expect(doc).to.not.have.property('funding');
  });

  it('gives a map without an indicator attribute the first indicator of the chosen level', () => {
    const doc = documentForWidget(wesel, 'district-map', { level: 'stadtteil' });
    valid(doc);
    const expected = wesel.indicators.find((i) => i.level === 'stadtteil');
    expect((doc.indicators as { id: string }[]).map((i) => i.id)).to.deep.equal(expected ? [expected.id] : []);
  });

  it('gives a trend its indicator and only the names of the areas', () => {
    const doc = documentForWidget(wesel, 'indicator-trend', { indicator: 'kinderarmut', areas: 'innenstadt' });
    valid(doc);
    expect((doc.indicators as { id: string }[]).map((i) => i.id)).to.deep.equal(['kinderarmut']);
    expect((doc.areaLevels as { schematic?: boolean }[]).every((l) => l.schematic)).to.equal(true);
  });

  it('gives a funding tracker only the chosen programme', () => {
    const doc = documentForWidget(wesel, 'funding-tracker', { programme: 'soziale-angebote' });
    valid(doc);
    const funding = doc.funding as { programmes: { id: string }[] };
    expect(funding.programmes.map((p) => p.id)).to.deep.equal(['soziale-angebote']);
    expect(doc.indicators).to.deep.equal([]);
  });

  it('gives a profile the listed indicators of one level', () => {
    const ids = wesel.indicators.filter((i) => i.level === 'sozialraum').slice(0, 2).map((i) => i.id);
    const doc = documentForWidget(wesel, 'district-profile', { area: 'innenstadt', indicators: ids.join(',') });
    valid(doc);
    expect((doc.indicators as { id: string }[]).map((i) => i.id)).to.deep.equal(ids);
    expect((doc.areaLevels as { id: string }[]).map((l) => l.id)).to.deep.equal(['sozialraum']);
  });
});

describe('namesOnlyLevel', () => {
  it('keeps every area and its name as a counter-clockwise box around it', () => {
    const level = wesel.areaLevels[0]!;
    const boxed = namesOnlyLevel(level) as { geometry: { features: { properties: unknown; geometry: { coordinates: number[][][] } }[] } };
    expect(boxed.geometry.features.map((f) => f.properties)).to.deep.equal(typeof level.geometry === 'string' ? [] : level.geometry.features.map((f) => f.properties));
    const ring = boxed.geometry.features[0]!.geometry.coordinates[0]!;
    expect(ring).to.have.length(5);
    expect(ring[0]).to.deep.equal(ring[4]);
    const [start, right, top] = ring as [number, number][];
    expect(right![0]).to.be.above(start![0]);
    expect(top![1]).to.be.above(start![1]);
  });
});
