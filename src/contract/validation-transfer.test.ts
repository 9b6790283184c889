import { expect } from '@open-wc/testing';
import { validateContract } from './validate.ts';
import { withFeaturesFrom, withoutFeatures } from './validation-transfer.ts';
import { miniContract } from '../test-support/fixtures.ts';

const wesel = async (): Promise<Record<string, unknown>> => (await (await fetch('/demo/data/wesel.json')).json()) as Record<string, unknown>;

describe('validation results sent without the areas’ shapes', () => {
  it('leaves every level’s features out, and puts back exactly what validation makes of them', async () => {
    const raw = await wesel();
    const direct = validateContract(raw);
    const transferred = withoutFeatures(validateContract(raw));
    const levels = transferred.result.document!.areaLevels;
    expect(transferred.levelsWithoutFeatures).to.deep.equal(levels.map((_, index) => index));
    for (const level of levels) expect((level.geometry as { features: unknown[] }).features).to.have.length(0);
    // What a worker sends is a structured clone; the page adds its own parse of the same text.
    const landed = withFeaturesFrom(structuredClone(transferred), JSON.parse(JSON.stringify(raw)));
    expect(landed).to.deep.equal(direct);
  });

  it('keeps the result of a document with broken parts, their errors and the intact rest', async () => {
    const raw = await wesel();
    const indicators = raw.indicators as { values: { value: unknown }[] }[];
    indicators[0]!.values[0]!.value = 'viel';
    const direct = validateContract(raw);
    expect(direct.valid).to.be.false;
    expect(direct.brokenParts?.size).to.equal(1);
    const landed = withFeaturesFrom(structuredClone(withoutFeatures(validateContract(raw))), raw);
    expect(landed).to.deep.equal(direct);
  });

  it('passes a result without a document or without geometry through unchanged', () => {
    const invalid = validateContract({ version: 1 });
    expect(invalid.document).to.equal(undefined);
    expect(withoutFeatures(invalid)).to.deep.equal({ result: invalid, levelsWithoutFeatures: [] });
    const mini = miniContract();
    const result = validateContract(mini);
    expect(withFeaturesFrom(withoutFeatures(result), mini)).to.deep.equal(result);
  });
});
