import { expect } from '@open-wc/testing';
import { validateContract } from '../../../contract/validate.ts';
import type { ContractDocument } from '../../../contract/schema.ts';
import { miniContract } from '../../../test-support/fixtures.ts';
import { checkSettings, classificationMethod, hasDistricts, isProblem, manualBreaks, paletteChoice, resolveSelection, selectionSources, type Selection } from './selection.ts';

function mini(): ContractDocument {
  const result = validateContract(miniContract());
  if (!result.valid) throw new Error('fixture invalid');
  return result.document;
}

const settings = { classes: 5, classesText: '5' };

describe('district map selection', () => {
  it('takes the first indicator and its level by default', () => {
    const selection = resolveSelection(mini(), {}) as Selection;
    expect(isProblem(selection)).to.equal(false);
    expect([selection.indicator.id, selection.level.id, selection.periods]).to.deep.equal(['arbeitslose', 'bezirk', ['2022', '2023']]);
    expect(selection.geometry!.shapes.map((s) => s.name)).to.deep.equal(['Nord', 'Mitte', 'Süd', 'Ost']);
    expect(hasDistricts(selection)).to.equal(true);
  });

  it('names what is missing and what there is', () => {
    const doc = mini();
    expect(resolveSelection(doc, { indicator: 'nix' })).to.deep.equal({ error: 'indicator', params: { value: 'nix', options: '„arbeitslose“' } });
    expect(resolveSelection(doc, { level: 'stadtteil' })).to.deep.equal({ error: 'level', params: { value: 'stadtteil', options: '„bezirk“' } });
    expect(resolveSelection({ ...doc, indicators: [] }, {})).to.deep.equal({ error: 'noIndicators', params: {} });
    const other = { ...doc.areaLevels[0]!, id: 'stadtteil' };
    expect(resolveSelection({ ...doc, areaLevels: [...doc.areaLevels, other] }, { indicator: 'arbeitslose', level: 'stadtteil' })).to.deep.equal({
      error: 'levelMismatch',
      params: { indicator: 'arbeitslose', actual: 'bezirk', value: 'stadtteil' },
    });
    expect(resolveSelection({ ...doc, areaLevels: [...doc.areaLevels, other] }, { level: 'stadtteil' })).to.deep.equal({ error: 'levelNoIndicator', params: { value: 'stadtteil' } });
    expect(hasDistricts({ error: 'noIndicators', params: {} })).to.equal(false);
  });

  it('checks period, comparison, classification, classes, breaks and palette against the selection', () => {
    const selection = resolveSelection(mini(), {}) as Selection;
    expect(checkSettings(selection, { ...settings, period: '2023', compare: '2022' })).to.equal(null);
    expect(checkSettings(selection, { ...settings, period: '2019' })).to.deep.equal({ error: 'period', params: { value: '2019', options: '2022, 2023' } });
    expect(checkSettings(selection, { ...settings, compare: '2019' })!.error).to.equal('compare');
    expect(checkSettings(selection, { ...settings, classification: 'random' })!.error).to.equal('classification');
    expect(checkSettings(selection, { classes: 12, classesText: '12' })).to.deep.equal({ error: 'classes', params: { value: '12' } });
    expect(checkSettings(selection, { ...settings, breaks: '5,x' })!.error).to.equal('breaks');
    expect(checkSettings(selection, { ...settings, classification: 'manual' })!.error).to.equal('manual');
    expect(checkSettings(selection, { ...settings, palette: 'rainbow' })!.error).to.equal('palette');
    expect(checkSettings(selection, { ...settings, palette: 'auto' })).to.equal(null);
  });

  it('reads the classification, the breaks and the palette as the attributes mean them', () => {
    expect(classificationMethod(undefined, undefined)).to.equal('quantile');
    expect(classificationMethod(undefined, '5,10')).to.equal('manual');
    expect(classificationMethod(' jenks ', '5,10')).to.equal('jenks');
    expect(classificationMethod('random', undefined)).to.equal(undefined);
    expect(manualBreaks('5,10,20')).to.deep.equal([5, 10, 20]);
    expect(manualBreaks(' ')).to.equal(undefined);
    expect(paletteChoice('auto')).to.equal(undefined);
    expect(paletteChoice('blues')).to.equal('blues');
    expect(paletteChoice('rainbow')).to.equal(undefined);
  });

  it('credits only what the map shows: the indicator source, else the document sources, and the level source, once', () => {
    const selection = resolveSelection(mini(), {}) as Selection;
    expect(selectionSources(['Agentur für Arbeit'], selection)).to.deep.equal(['Agentur für Arbeit']);
    expect(selectionSources([{ title: 'Statistikstelle' }], selection)).to.deep.equal(['Agentur für Arbeit']);
    const withLevel = { ...selection, level: { ...selection.level, source: 'Geobasis NRW' } };
    expect(selectionSources([{ title: 'Statistikstelle' }], withLevel)).to.deep.equal(['Agentur für Arbeit', 'Geobasis NRW']);
    const unsourced = { ...selection, indicator: { ...selection.indicator, source: undefined } };
    expect(selectionSources([{ title: 'Statistikstelle' }, 'Amt'], unsourced)).to.deep.equal([{ title: 'Statistikstelle' }, 'Amt']);
  });
});
