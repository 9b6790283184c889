import { expect } from '@open-wc/testing';
import { bodyKind, wholeName } from './municipality.ts';

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
