import { expect } from '@open-wc/testing';
import { text } from './district-profile.texts.ts';
import { resolveContract } from '../../shared/loader.ts';
import { changeText, csvTable, differenceText, ordinalPrefix, rankText, summaryText } from './describe.ts';
import { profileModel, rankOf } from './model/profile-model.ts';

const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function feldmark(mutate: (doc: any) => void = () => {}) {
  const raw = await (await fetch('/demo/data/wesel.json')).json();
  mutate(raw);
  const document = await resolveContract(raw, { lang: 'de', timeoutMs: 5000 });
  return profileModel(document, { area: 'feldmark' })!;
}

describe('profile words', () => {
  // The English texts are a module of their own (i18n.ts): a widget loads them with its data.
  before(() => text.load('en'));

  it('words ranks from the nearer end, in German and English', () => {
    const values = Array.from({ length: 11 }, (_, i) => i + 1);
    expect(rankText('de', rankOf(9, values, 'negative'))).to.equal('3. von 11 – dritthöchste Belastung');
    expect(rankText('de', rankOf(11, values, 'negative'))).to.equal('1. von 11 – höchste Belastung');
    expect(rankText('de', rankOf(9, values, 'positive'))).to.equal('9. von 11 – drittniedrigste Belastung');
    expect(rankText('de', rankOf(2, values, 'neutral'))).to.equal('10. von 11 – zweitniedrigster Wert');
    expect(rankText('en', rankOf(9, values, 'negative'))).to.equal('3rd of 11 – 3rd highest burden');
    expect(rankText('en', rankOf(11, values, 'negative'))).to.equal('1st of 11 – highest burden');
    expect(rankText('de', null)).to.equal('ohne Rang');
    expect([ordinalPrefix('de', 12), ordinalPrefix('de', 13), ordinalPrefix('en', 11), ordinalPrefix('en', 22)]).to.deep.equal(['zwölft', '13.-', '11th ', '22nd ']);
  });

  it('says difference and change with sign, unit, arrow and verdict', async () => {
    const model = await feldmark();
    const poverty = model.rows.find((r) => r.indicator.id === 'kinderarmut')!;
    expect(normal(differenceText('de', poverty))).to.equal('+3,6 Prozentpunkte, ungünstiger');
    expect(normal(changeText('de', poverty, poverty.previous))).to.equal('▲ +0,6 Prozentpunkte seit 2022, ungünstiger');
    expect(normal(changeText('de', poverty, poverty.first))).to.equal('▼ -1,7 Prozentpunkte seit 2016, günstiger');
    expect(normal(changeText('en', poverty, poverty.first))).to.equal('▼ -1.7 percentage points since 2016, better');
    const index = model.rows.find((r) => r.indicator.id === 'sozialer_belastungsindex')!;
    expect(differenceText('de', index)).to.equal('kein Vergleich möglich');
  });

  it('summarises for screen readers: how many indicators are worse than the whole, the most marked, similar areas, what is left out', async () => {
    const model = await feldmark();
    const summary = normal(summaryText('de', model, 'Gesamtstadt'));
    expect(summary).to.match(/^Feldmark liegt bei 1 von 2 Indikatoren ungünstiger als die Gesamtstadt; am deutlichsten bei Kinderarmut \(SGB-II-Quote unter 15 Jahren\): \+3,6 Prozentpunkte\./);
    expect(summary).to.contain('Am ähnlichsten sind');
    expect(summary).to.contain('Ein Indikator bezieht sich auf eine andere Gebietsebene und fehlt hier: Bevölkerung (Stadtteile).');
    const reversed = await feldmark((doc) => (doc.indicators.find((i: any) => i.id === 'kinderarmut').polarity = 'positive'));
    expect(normal(summaryText('de', reversed, 'Gesamtstadt'))).to.match(/^Feldmark liegt bei keinem von 2 Indikatoren ungünstiger als die Gesamtstadt und bei 1 günstiger\./);
    expect(normal(summaryText('en', model, 'City total'))).to.match(/^Feldmark is worse than the city as a whole on 1 of 2 indicators/);
  });

  it('puts numbers as numbers into the CSV', async () => {
    const model = await feldmark();
    const { header, rows } = csvTable('de', model, 'Gesamtstadt', 'zur Gesamtstadt');
    const poverty = rows.find((r) => r[0] === 'kinderarmut')!;
    expect(poverty[header.indexOf('Feldmark')]).to.equal(22.3);
    expect(poverty[header.indexOf('Gesamtstadt')]).to.equal(18.7);
    expect(poverty[header.indexOf('Abstand zur Gesamtstadt')]).to.equal(3.6);
    expect(poverty[header.indexOf('Rang')]).to.equal(4);
    expect(poverty[header.indexOf('Veränderung zum Vorzeitraum')]).to.equal(0.6);
  });
});
