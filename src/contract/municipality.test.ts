import { expect } from '@open-wc/testing';
import { bodyKind, wholeName, wholePhrases, type WholePhrases } from './municipality.ts';

describe('publishing body (contract 1.1)', () => {
  it('tells the kind of body from the length of its key', () => {
    expect(bodyKind('05')).to.equal('land');
    expect(bodyKind('051')).to.equal('regierungsbezirk');
    expect(bodyKind('05170')).to.equal('kreis');
    expect(bodyKind('05170048')).to.equal('gemeinde');
    expect(bodyKind('051700048048')).to.equal('gemeinde');
    expect(bodyKind('0517')).to.equal(undefined);
    expect(bodyKind('05a70')).to.equal(undefined);
    expect(bodyKind(undefined)).to.equal(undefined);
  });

  it('names the whole of a Gemeinde "Gesamtstadt", in German and English', () => {
    const meta = { municipality: { name: 'Wesel', ags: '05170048' } };
    expect(wholeName(meta, 'de')).to.deep.equal({ short: 'Gesamtstadt', long: 'Wesel (Gesamtstadt)' });
    expect(wholeName(meta, 'en')).to.deep.equal({ short: 'City total', long: 'Wesel (city total)' });
    expect(wholeName({ municipality: { name: 'Wesel', ars: '051700048048' } }, 'de').short).to.equal('Gesamtstadt');
  });

  it('never says "Gesamtstadt" for a Kreis, a Regierungsbezirk or a Land', () => {
    expect(wholeName({ municipality: { name: 'Wesel', ags: '05170' } }, 'de')).to.deep.equal({ short: 'Kreis Wesel', long: 'Kreis Wesel' });
    expect(wholeName({ municipality: { name: 'Kreis Wesel', ags: '05170' } }, 'en').long).to.equal('Kreis Wesel');
    expect(wholeName({ municipality: { name: 'Rhein-Kreis Neuss', ags: '05162' } }, 'de').long).to.equal('Rhein-Kreis Neuss');
    expect(wholeName({ municipality: { name: 'Düsseldorf', ags: '051' } }, 'de').long).to.equal('Regierungsbezirk Düsseldorf');
    expect(wholeName({ municipality: { name: 'Nordrhein-Westfalen', ags: '05' } }, 'de')).to.deep.equal({ short: 'Nordrhein-Westfalen', long: 'Nordrhein-Westfalen' });
  });

  it('lets totalLabel win, and stays neutral without a key', () => {
    expect(wholeName({ municipality: { name: 'Wesel', ags: '05170048' }, totalLabel: 'Stadt Wesel' }, 'de')).to.deep.equal({ short: 'Stadt Wesel', long: 'Stadt Wesel' });
    expect(wholeName({ municipality: { name: 'Wesel', ags: '05170048' }, totalLabel: 'Stadt Wesel', totalLabelEn: 'Town of Wesel' }, 'en').long).to.equal('Town of Wesel');
    expect(wholeName({ municipality: { name: 'Wesel' } }, 'de')).to.deep.equal({ short: 'Gesamt', long: 'Wesel (gesamt)' });
    expect(wholeName({ municipality: { name: 'Wesel' } }, 'en')).to.deep.equal({ short: 'Total', long: 'Wesel (total)' });
  });
});

describe('the whole in sentences (wholePhrases)', () => {
  const pick = (p: WholePhrases) => [p.inline, p.subject, p.dative, p.to, p.of, p.place, p.inPlace];

  it('keeps the feminine "Gesamtstadt" of a Gemeinde, and says "the city total" in English', () => {
    const meta = { municipality: { name: 'Wesel', ags: '05170048' } };
    expect(pick(wholePhrases(meta, 'de'))).to.deep.equal(['Gesamtstadt', 'die Gesamtstadt', 'der Gesamtstadt', 'zur Gesamtstadt', 'der Gesamtstadt', 'Wesel', 'in Wesel']);
    expect(wholePhrases(meta, 'de').long).to.equal('Wesel (Gesamtstadt)');
    expect(pick(wholePhrases(meta, 'en'))).to.deep.equal(['city total', 'the city total', 'the city total', 'to the city total', 'of the city total', 'Wesel', 'in Wesel']);
  });

  it('declines a Kreis and a Regierungsbezirk as masculine', () => {
    expect(pick(wholePhrases({ municipality: { name: 'Wesel', ags: '05170' } }, 'de'))).to.deep.equal([
      'Kreis Wesel',
      'der Kreis Wesel',
      'dem Kreis Wesel',
      'zum Kreis Wesel',
      'des Kreises Wesel',
      'Kreis Wesel',
      'im Kreis Wesel',
    ]);
    expect(wholePhrases({ municipality: { name: 'Kreis Wesel', ags: '05170' } }, 'de').of).to.equal('des Kreises Wesel');
    expect(wholePhrases({ municipality: { name: 'Rhein-Sieg-Kreis', ags: '05382' } }, 'de').of).to.equal('des Rhein-Sieg-Kreises');
    expect(wholePhrases({ municipality: { name: 'Hochsauerlandkreis', ags: '05958' } }, 'de').to).to.equal('zum Hochsauerlandkreis');
    const maerkisch = wholePhrases({ municipality: { name: 'Märkischer Kreis', ags: '05962' } }, 'de');
    expect([maerkisch.subject, maerkisch.to, maerkisch.of, maerkisch.inPlace]).to.deep.equal(['der Märkische Kreis', 'zum Märkischen Kreis', 'des Märkischen Kreises', 'im Märkischen Kreis']);
    const bezirk = wholePhrases({ municipality: { name: 'Düsseldorf', ags: '051' } }, 'de');
    expect([bezirk.to, bezirk.of]).to.deep.equal(['zum Regierungsbezirk Düsseldorf', 'des Regierungsbezirks Düsseldorf']);
  });

  it('takes a Städteregion as feminine', () => {
    const aachen = wholePhrases({ municipality: { name: 'Städteregion Aachen', ags: '05334' } }, 'de');
    expect([aachen.subject, aachen.to, aachen.of, aachen.inPlace]).to.deep.equal(['die Städteregion Aachen', 'zur Städteregion Aachen', 'der Städteregion Aachen', 'in der Städteregion Aachen']);
  });

  it('uses a Land name and a free totalLabel without article, as given', () => {
    const land = wholePhrases({ municipality: { name: 'Nordrhein-Westfalen', ags: '05' } }, 'de');
    expect(pick(land)).to.deep.equal(['Nordrhein-Westfalen', 'Nordrhein-Westfalen', 'Nordrhein-Westfalen', 'zu Nordrhein-Westfalen', 'für Nordrhein-Westfalen', 'Nordrhein-Westfalen', 'in Nordrhein-Westfalen']);
    const labelled = wholePhrases({ municipality: { name: 'Wesel', ags: '05170048' }, totalLabel: 'Stadt Wesel' }, 'de');
    expect([labelled.subject, labelled.to, labelled.of, labelled.place]).to.deep.equal(['Stadt Wesel', 'zu Stadt Wesel', 'für Stadt Wesel', 'Wesel']);
    const kreisLabelled = wholePhrases({ municipality: { name: 'Wesel', ags: '05170' }, totalLabel: 'Kreisgebiet' }, 'de');
    expect([kreisLabelled.to, kreisLabelled.inPlace]).to.deep.equal(['zu Kreisgebiet', 'im Kreis Wesel']);
    expect(wholePhrases({ municipality: { name: 'Wesel', ags: '05170' } }, 'en').to).to.equal('to Kreis Wesel');
  });

  it('never says "Gesamtstadt" in any form for a Kreis or a Land', () => {
    for (const ags of ['05', '051', '05170']) {
      for (const lang of ['de', 'en'] as const) {
        const all = Object.values(wholePhrases({ municipality: { name: 'Wesel', ags } }, lang)).join(' ');
        expect(all, `${ags} ${lang}`).not.to.match(/Gesamtstadt|city total/i);
      }
    }
  });
});
