import { expect } from '@open-wc/testing';
import { captionLines, exportMeta, metaRows, pageAddress, requiresAttribution, statusesIn, type ExportMetaInput } from './export-meta.ts';

const input = (changes: Partial<ExportMetaInput> = {}): ExportMetaInput => ({
  lang: 'de',
  title: 'Arbeitslosenanteil',
  shown: [
    ['Indikator', 'Arbeitslosenanteil (%)'],
    ['Zeitraum', '2023'],
    ['Gebietsebene', 'Sozialräume'],
  ],
  attribution: { sources: ['Sozialbericht', { title: 'IT.NRW', url: 'https://www.it.nrw' }], license: 'dl-de/by-2-0', updated: '2024-12-31' },
  publisher: 'Stadt Wesel',
  example: false,
  statuses: [],
  address: 'https://www.wesel.de/sozialplanung',
  ...changes,
});

describe('export metadata', () => {
  it('names title, what is shown, sources, licence with the attribution it requires, Stand and the page', () => {
    expect(metaRows(exportMeta(input()))).to.deep.equal([
      ['Titel', 'Arbeitslosenanteil'],
      ['Indikator', 'Arbeitslosenanteil (%)'],
      ['Zeitraum', '2023'],
      ['Gebietsebene', 'Sozialräume'],
      ['Quellen', 'Sozialbericht; IT.NRW (https://www.it.nrw)'],
      ['Lizenz', 'Datenlizenz Deutschland – Namensnennung – 2.0, https://www.govdata.de/dl-de/by-2-0'],
      ['Namensnennung', 'Stadt Wesel (2024), Datenlizenz Deutschland – Namensnennung – 2.0, https://www.govdata.de/dl-de/by-2-0'],
      ['Stand', '31. Dezember 2024'],
      ['Seite', 'https://www.wesel.de/sozialplanung'],
    ]);
  });

  it('adds the Beispieldaten mark and the meaning of the status words used, in English too', () => {
    const rows = metaRows(exportMeta(input({ example: true, statuses: ['provisional', 'suppressed'] })));
    expect(rows).to.deep.include(['Beispieldaten', 'Beispieldaten: Die Zahlen sind zur Veranschaulichung erfunden und keine amtlichen Werte.']);
    expect(rows.filter(([label]) => label === 'Zeichen').map(([, value]) => value)).to.deep.equal([
      'geheim gehalten: der Wert wird zum Schutz Einzelner nicht veröffentlicht',
      'vorläufig: der Wert kann sich noch ändern',
    ]);
    const english = metaRows(exportMeta(input({ lang: 'en', example: true, statuses: ['provisional'] })));
    expect(english.map(([label]) => label)).to.include.members(['Title', 'Licence', 'Attribution', 'As of', 'Example data', 'Symbol', 'Page']);
  });

  it('asks for no attribution under a licence without "by", and leaves out an address a reader cannot open', () => {
    expect(requiresAttribution('dl-de/by-2-0')).to.equal(true);
    expect(requiresAttribution('CC-BY-4.0')).to.equal(true);
    expect(requiresAttribution('dl-de/zero-2-0')).to.equal(false);
    expect(requiresAttribution('cc0-1.0')).to.equal(false);
    const rows = metaRows(exportMeta(input({ attribution: { sources: ['IT.NRW'], license: 'dl-de/zero-2-0' }, address: 'about:blank' })));
    expect(rows.map(([label]) => label)).to.deep.equal(['Titel', 'Indikator', 'Zeitraum', 'Gebietsebene', 'Quelle', 'Lizenz']);
    expect(pageAddress('blob:https://x/1')).to.equal(undefined);
    expect(pageAddress('https://x/seite?a=1')).to.equal('https://x/seite?a=1');
  });

  it('finds the status words in the shown cells', () => {
    expect(statusesIn('de', ['Mitte', 12.5, 'geheim gehalten', '16,5 % (vorläufig)', null, 'keine Angabe'])).to.deep.equal(['suppressed', 'missing', 'provisional']);
    expect(statusesIn('en', ['confidential'])).to.deep.equal(['suppressed']);
    expect(statusesIn('de', ['Geheimnis', 'vorläufiges'])).to.deep.equal([]);
  });

  it('puts title and what is shown above an image, the rest below', () => {
    const { above, below } = captionLines(exportMeta(input({ example: true })));
    expect(above).to.deep.equal(['Arbeitslosenanteil', 'Indikator: Arbeitslosenanteil (%) · Zeitraum: 2023 · Gebietsebene: Sozialräume']);
    expect(below[0]).to.equal('Quellen: Sozialbericht; IT.NRW (https://www.it.nrw)');
    expect(below).to.include('Beispieldaten: Die Zahlen sind zur Veranschaulichung erfunden und keine amtlichen Werte.');
    expect(below).to.include('Stand: 31. Dezember 2024');
  });
});
