import { expect } from '@open-wc/testing';
import { isOtherHost, shownSources } from './attribution.ts';

describe('attribution helpers', () => {
  it('credits the shown parts by their own sources, each once, the document only for a part without one', () => {
    const doc = ['Statistikstelle', { title: 'Geobasis NRW', url: 'https://www.bezreg-koeln.nrw.de' }];
    expect(shownSources(doc, ['Agentur für Arbeit', 'IT.NRW', 'Agentur für Arbeit'])).to.deep.equal(['Agentur für Arbeit', 'IT.NRW']);
    expect(shownSources(doc, ['Agentur für Arbeit', undefined])).to.deep.equal([...doc, 'Agentur für Arbeit']);
    expect(shownSources(doc, [])).to.deep.equal(doc);
    expect(shownSources(doc, [{ title: 'Statistikstelle', url: 'https://example.org' }, undefined])).to.deep.equal(doc);
  });

  it('tells links to other hosts from links on the page host', () => {
    expect(isOtherHost('https://example.org/x', 'https://wesel.de/seite')).to.equal(true);
    expect(isOtherHost('/daten/quellen.html', 'https://wesel.de/seite')).to.equal(false);
    expect(isOtherHost('https://wesel.de/impressum', 'https://wesel.de/seite')).to.equal(false);
    expect(isOtherHost('quellen.html')).to.equal(false);
  });
});
