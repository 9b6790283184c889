import { expect } from '@open-wc/testing';
import { text } from './indicator-trend.texts.ts';
import { areaNames } from '../../contract/areas.ts';
import { validateContract } from '../../contract/validate.ts';
import { trendContract } from '../../test-support/fixtures.ts';
import { cellText, csvTable, differenceText, joinWords, periodRows, trendSummary, valueText } from './describe.ts';
import { wholePhrases, type BodyMeta } from '../../contract/municipality.ts';
import { buildTrendModel, levelOf, pickIndicator, TOTAL_KEY } from './model/series.ts';

const NBSP = '\u00a0';

function trendModel(id: string, areas: string[], showTotal: boolean, lang: 'de' | 'en' = 'de', body?: BodyMeta) {
  const doc = validateContract(trendContract()).document!;
  const indicator = pickIndicator(doc, id)!;
  return buildTrendModel(indicator, { lang, areas, showTotal, names: areaNames(levelOf(doc, indicator)), whole: wholePhrases(body ?? doc.meta, lang) });
}

describe('trend texts and rows', () => {
  // The English texts are a module of their own (i18n.ts): a widget loads them with its data.
  before(() => text.load('en'));

  it('words values, gaps and differences', () => {
    const m = trendModel('quote', ['mitte', 'sued'], true);
    const [mitte, sued, total] = m.series;
    expect(mitte!.points.map((p) => valueText('de', m, p))).to.deep.equal([`12,5${NBSP}%`, `14,0${NBSP}%`, 'keine Angabe', `16,5${NBSP}% (vorläufig)`]);
    expect(valueText('de', m, sued!.points[0]!)).to.equal('geheim gehalten');
    expect(differenceText('de', m, mitte!.points[1]!)).to.equal(`Unterschied zur Gesamtstadt: +3,5${NBSP}Prozentpunkte`);
    expect(differenceText('de', m, sued!.points[1]!)).to.equal(`Unterschied zur Gesamtstadt: -6,5${NBSP}Prozentpunkte`);
    expect(differenceText('de', m, mitte!.points[2]!)).to.equal(undefined);
    expect(differenceText('de', m, total!.points[0]!)).to.equal(undefined);
    expect(joinWords('de', ['a', 'b', 'c'])).to.equal('a, b und c');
    expect(joinWords('en', ['a', 'b'])).to.equal('a and b');
  });

  it('summarises each shown series, only those, in German and English', () => {
    const m = trendModel('quote', ['mitte', 'nord'], true);
    const shown = m.series.filter((s) => s.key !== 'nord');
    const de = trendSummary('de', m, shown);
    expect(de).to.equal(
      [
        'SGB-II-Quote, 2019 bis 2023.',
        `Mitte: von 12,5${NBSP}% (2019) auf 16,5${NBSP}% (2023, vorläufig) gestiegen.`,
        `Zuletzt liegt Mitte mit 16,5${NBSP}% (vorläufig) um 5,0 Prozentpunkte über der Gesamtstadt (11,5${NBSP}%).`,
        'Ohne Wert: Mitte 30. Juni 2022 (keine Angabe).',
        `Teststadt (Gesamtstadt): von 10,0${NBSP}% (2019) auf 11,5${NBSP}% (2023, vorläufig) gestiegen.`,
        `Zielwert: 9,0${NBSP}%.`,
      ].join(' '),
    );
    const en = trendSummary('en', trendModel('quote', ['nord'], true, 'en'), trendModel('quote', ['nord'], true, 'en').series);
    expect(en).to.contain('Nord: rose from 8.0% (2019) to 9.5% (2023).');
    expect(en).to.contain('Most recently Nord, at 9.5%, is 2.0 percentage points below the city total (11.5%).');
    const people = trendModel('einwohner', [], false);
    expect(trendSummary('de', people, people.series)).to.contain('Reihenbruch bei 15. Mai 2022: Werte davor und danach sind nicht vergleichbar.');
  });

  it('builds table rows and the CSV from the shown series only', () => {
    const m = trendModel('quote', ['mitte', 'sued'], true);
    const shown = m.series.filter((s) => s.key !== TOTAL_KEY);
    const rows = periodRows('de', m, shown);
    expect(rows.map((r) => r.period)).to.deep.equal(['2019', '2020', '2022-06-30', '2023']);
    expect(rows.map((r) => cellText('de', m, r, 'sued'))).to.deep.equal(['geheim gehalten', `4,0${NBSP}%`, 'keine Angabe', `4,5${NBSP}%`]);
    expect(rows[1]!.notes).to.deep.equal(['Neue Zählweise der Bedarfsgemeinschaften']);
    const { header, rows: csv } = csvTable('de', m, shown);
    expect(header).to.deep.equal(['Zeitraum', 'Mitte', 'Mitte: Kennzeichen', 'Süd', 'Süd: Kennzeichen', 'Anmerkung']);
    expect(csv).to.deep.equal([
      ['2019', 12.5, '', null, 'geheim gehalten', ''],
      ['2020', 14, '', 4, '', 'Neue Zählweise der Bedarfsgemeinschaften'],
      ['2022-06-30', null, 'keine Angabe', null, 'keine Angabe', ''],
      ['2023', 16.5, 'vorläufig', 4.5, '', ''],
    ]);
  });

  it('names a Kreis or a Land as the whole: the total series, the differences and the summary', () => {
    const kreis = trendModel('quote', ['mitte', 'nord'], true, 'de', { municipality: { name: 'Wesel', ags: '05170' } });
    const [mitte, nord, total] = kreis.series;
    expect(total!.label).to.equal('Kreis Wesel');
    expect(differenceText('de', kreis, mitte!.points[1]!)).to.equal(`Unterschied zum Kreis Wesel: +3,5${NBSP}Prozentpunkte`);
    const summary = trendSummary('de', kreis, kreis.series);
    expect(summary).to.contain(`um 5,0 Prozentpunkte über dem Kreis Wesel (11,5${NBSP}%).`);
    expect(summary).to.contain(`um 2,0 Prozentpunkte unter dem Kreis Wesel (11,5${NBSP}%).`);
    expect(summary).to.contain(`Kreis Wesel: von 10,0${NBSP}% (2019)`);
    const land = trendModel('quote', ['nord'], true, 'de', { municipality: { name: 'Nordrhein-Westfalen', ags: '05' } });
    expect(land.series.at(-1)!.label).to.equal('Nordrhein-Westfalen');
    expect(trendSummary('de', land, land.series)).to.contain('unter Nordrhein-Westfalen (11,5');
    const noTotal = { ...nord!.points[0]!, city: null };
    expect(differenceText('de', kreis, noTotal)).to.equal('kein Wert des Kreises Wesel zum Vergleich');
    for (const m of [kreis, land, trendModel('quote', ['mitte'], true, 'en', { municipality: { name: 'Wesel', ags: '05170' } })]) {
      const { header, rows } = csvTable('de', m, m.series);
      const words = [trendSummary('de', m, m.series), ...m.series.flatMap((s) => s.points.map((p) => differenceText('de', m, p) ?? '')), ...header, ...rows.flat().map(String)].join(' ');
      expect(words).not.to.match(/Gesamtstadt|city total/i);
    }
  });
});
