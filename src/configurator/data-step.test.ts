import { expect } from '@open-wc/testing';
import { EMPTY_MAPPING, downloadName, filesByKind, guessAreaFields, importOptionsFor, summariseDocument, type ChosenFile } from './data-step.ts';
import { formMessage } from './configurator-element.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const geometry: ChosenFile = { name: 'grenzen.zip', bytes: bytes('PK'), inspection: { kind: 'geometry', fields: ['AGS', 'GEN'], issues: [] } };
const table: ChosenFile = { name: 'werte.csv', bytes: bytes('a;b'), inspection: { kind: 'table', sheets: [], issues: [] } };
const doc: ChosenFile = { name: 'wesel.json', bytes: bytes('{"version":1}'), inspection: { kind: 'document', issues: [] } };

describe('data-step', () => {
  it('guesses the key and the name field of a geometry', () => {
    expect(guessAreaFields(['OBJID', 'GEN', 'AGS', 'BEZ'])).to.deep.equal({ areaId: 'AGS', areaName: 'GEN' });
    expect(guessAreaFields(['id', 'name'])).to.deep.equal({ areaId: 'id', areaName: 'name' });
    expect(guessAreaFields(['Schluessel', 'Bezeichnung'])).to.deep.equal({ areaId: 'Schluessel', areaName: 'Bezeichnung' });
    expect(guessAreaFields([])).to.deep.equal({ areaId: '', areaName: '' });
  });

  it('makes the import options of the CLI from the files and the form, empty fields left to the import', () => {
    const options = importOptionsFor([geometry, table], { ...EMPTY_MAPPING, areaId: 'AGS', areaName: 'GEN', indicator: 'bevoelkerung', label: ' Bevölkerung ', publisher: 'Kreis Wesel', title: 'Daten' });
    expect(options).to.deep.include({ areaId: 'AGS', areaName: 'GEN', indicator: 'bevoelkerung', label: 'Bevölkerung', publisher: 'Kreis Wesel', title: 'Daten', license: 'dl-de/by-2-0', lang: 'de' });
    expect(options.geometry?.name).to.equal('grenzen.zip');
    expect(options.table?.name).to.equal('werte.csv');
    expect(options).to.not.have.any.keys('into', 'crs', 'period', 'sheet', 'unit');
  });

  it('adds to a chosen document, and leaves out the mapping of a file kind not chosen', () => {
    const options = importOptionsFor([doc, table], { ...EMPTY_MAPPING, areaId: 'AGS', indicator: 'x' });
    expect(options.into).to.deep.equal({ name: 'wesel.json', text: '{"version":1}' });
    expect(options).to.not.have.any.keys('areaId', 'geometry');
    expect(options.indicator).to.equal('x');
    expect(filesByKind([table, { ...table, name: 'neu.csv' }]).table?.name).to.equal('neu.csv');
  });

  it('counts what the import made: areas, periods, matched areas and statuses', () => {
    const summary = summariseDocument({
      version: 1,
      areaLevels: [{ id: 'gemeinde', label: 'Gemeinden', idProperty: 'ags', geometry: { type: 'FeatureCollection', features: [{ properties: { ags: '1' } }, { properties: { ags: '2' } }, { properties: { ags: '3' } }] } }],
      indicators: [
        {
          id: 'bev',
          label: 'Bevölkerung',
          unit: 'Tsd.',
          level: 'gemeinde',
          values: [
            { area: '1', period: '2021', value: 1 },
            { area: '1', period: '2020', value: null, status: 'suppressed' },
            { area: '2', period: '2021', value: 2, status: 'provisional' },
          ],
          total: [{ period: '2021', value: 3 }],
        },
      ],
    });
    expect(summary.levels).to.deep.equal([{ id: 'gemeinde', label: 'Gemeinden', areas: 3 }]);
    expect(summary.indicators[0]).to.deep.equal({ id: 'bev', label: 'Bevölkerung', unit: 'Tsd.', level: 'gemeinde', periods: ['2020', '2021'], values: 3, areasWithValues: 2, areas: 3, statuses: { suppressed: 1, provisional: 1 }, totals: 1 });
  });

  it('names the download after the title', () => {
    expect(downloadName('Bevölkerung Kreis Wesel 2023')).to.equal('bevoelkerung-kreis-wesel-2023.json');
    expect(downloadName('')).to.equal('daten.json');
  });

  it('says form fields where the CLI says options', () => {
    expect(formMessage('Kein Indikator: die Tabelle hat keine Spalte „Indikator“; geben Sie --indicator und --label an')).to.equal('Kein Indikator: die Tabelle hat keine Spalte „Indikator“; geben Sie „Indikator: Kennung“ und „Bezeichnung“ an');
    expect(formMessage('Für ein neues Dokument fehlt --publisher')).to.equal('Für ein neues Dokument fehlt „Herausgeber“');
  });
});
