import { expect } from '@open-wc/testing';
import { displayDocument, fullText } from './display-texts.ts';
import { miniContract } from '../test-support/fixtures.ts';
import { TEXT_LIMITS } from '../contract/limits.ts';
import type { ContractDocument } from '../contract/schema.ts';

type Feature = { properties: Record<string, unknown>; geometry: unknown };
const features = (document: ContractDocument) => (document.areaLevels[0]!.geometry as { features: Feature[] }).features;

describe('displayDocument', () => {
  it('returns the document itself when no text is too long', () => {
    const document = miniContract() as unknown as ContractDocument;
    expect(displayDocument(document)).to.equal(document);
  });

  it('shortens an area’s name in the geometry and an indicator’s description, keeping the whole wording findable', () => {
    const document = miniContract() as unknown as ContractDocument;
    const longName = `Nord ${'und Umgebung '.repeat(30)}`;
    const longDescription = 'Beschreibung '.repeat(500);
    features(document)[0]!.properties.name = longName;
    (document.indicators[0] as { description?: string }).description = longDescription;
    const shown = displayDocument(document);
    const name = features(shown)[0]!.properties.name as string;
    expect(name.length).to.be.at.most(TEXT_LIMITS.name);
    expect(fullText(shown, name)).to.equal(longName);
    expect((shown.indicators[0] as { description?: string }).description!.length).to.be.at.most(TEXT_LIMITS.description);
    // Only what leads to a shortened text is copied: shapes and the other features stay the same objects.
    expect(features(shown)[0]!.geometry).to.equal(features(document)[0]!.geometry);
    expect(features(shown)[1]).to.equal(features(document)[1]);
    expect(features(document)[0]!.properties.name, 'the input is not changed').to.equal(longName);
  });
});
