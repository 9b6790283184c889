import { expect } from '@open-wc/testing';
import { text } from './funding-tracker.texts.ts';
import type { Lang } from '../../shared/i18n.ts';
import type { Column } from '../../shared/table.ts';
import {
  additionColumns,
  applicationEntries,
  barLabel,
  deadlineLabel,
  deadlineState,
  figureColumns,
  figureRows,
  figuresCsv,
  fullMoney,
  metaLine,
  money,
  projectColumns,
  projectsCsv,
  runningTime,
  scientificMoney,
  trackerSummary,
} from './describe.ts';
import { programmeViews, type ProgrammeView } from './model/programme-view.ts';
import type { DeadlineEntry } from './model/figures.ts';
import { fundingDocument } from './test-fixtures.ts';

/** Intl puts no-break spaces before "€" and "%"; compare with plain spaces. */
const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Funds 125.000 = 100.000 + 20.000 + 5.000; committed 110.000, paid 80.000, returned 6.000; a project of 19.999,50 brings cents. */
function views(lang: Lang = 'de', programme?: string): ProgrammeView[] {
  return programmeViews(fundingDocument(), { programme, lang, today: '2024-03-29' });
}

const cells = <R>(columns: readonly Column<R>[], row: R): string[] => columns.map((c) => normal(String(c.render ? c.render(row) : c.sortValue(row))));

describe('funding tracker words', () => {
  // The English texts are a module of their own (i18n.ts): a widget loads them with its data.
  before(() => text.load('en'));

  it('says a huge amount in powers of ten, and in full only in the table', () => {
    const [fonds, land] = views();
    expect(normal(scientificMoney('de', 1e300))).to.equal('1,0 × 10³⁰⁰ €');
    expect(normal(scientificMoney('en', -2.5e17))).to.equal('-€2.5 × 10¹⁷');
    expect(normal(money('de', land!, 1e300))).to.equal('1,0 × 10³⁰⁰ €');
    expect(normal(money('de', land!, 999e12))).to.equal('999.000.000.000.000 €');
    expect(fullMoney('de', land!, 1e300).replace(/\D/g, '')).to.have.length(301);
    const huge = { ...fonds!, figures: { ...fonds!.figures, figures: { ...fonds!.figures.figures, budget: { ...fonds!.figures.figures.budget, amount: 1e300 } } } };
    const budgetRow = figureRows('de', huge).find((r) => r.label === 'Budget')!;
    expect(cells(figureColumns('de', huge), budgetRow)[1]!.replace(/\D/g, '')).to.have.length(303);
  });

  it('writes amounts with cents when the programme has any, and the bar in words', () => {
    const [fonds, land] = views();
    expect(normal(money('de', fonds!, 125000))).to.equal('125.000,00 €');
    expect(normal(money('en', land!, 50000))).to.equal('€50,000');
    // Paid net of returns 74.000 (59,2 %), committed but not paid 30.000 (24,0 %), available 21.000 (16,8 %).
    expect(normal(barLabel('de', fonds!))).to.equal(
      'Verwendung der Mittel von 125.000,00 €: Ausgezahlt (abzüglich Rückflüsse) 74.000,00 € · 59,2 %, Bewilligt, noch nicht ausgezahlt 30.000,00 € · 24,0 %, Noch verfügbar 21.000,00 € · 16,8 %',
    );
    expect(normal(barLabel('en', land!))).to.equal('Use of the funds of €50,000: Status not published €50,000 · 100.0%');
  });

  it('names deadlines and counts the days in German and English', () => {
    const [fonds] = views();
    const [application, spending] = fonds!.deadlines;
    expect([deadlineLabel('de', application!), deadlineLabel('de', spending!)]).to.deep.equal(['Antragsfrist', 'Mittel ausgeben bis']);
    expect([deadlineLabel('en', application!), deadlineLabel('en', spending!)]).to.deep.equal(['Application deadline', 'Spend by']);
    const other: DeadlineEntry = { kind: 'other', label: 'Jury', date: '2024-04-01', days: 3 };
    const known: DeadlineEntry = { kind: 'proof', label: 'Nachweis', date: '2024-04-01', days: 3 };
    // A German label names an 'other' deadline in English too; a known kind is named in English.
    expect([deadlineLabel('en', other), deadlineLabel('en', known)]).to.deep.equal(['Jury', 'Proof of use due']);
    const state = (lang: Lang, days: number | null) => deadlineState(lang, { kind: 'deadline', date: '2024-01-01', days });
    expect([null, 0, 1, 12, -1, -1000].map((days) => state('de', days))).to.deep.equal(['', 'endet heute', 'noch 1 Tag', 'noch 12 Tage', 'seit 1 Tag abgelaufen', 'seit 1.000 Tagen abgelaufen']);
    expect([1, 2, -2].map((days) => state('en', days))).to.deep.equal(['1 day left', '2 days left', 'passed 2 days ago']);
  });

  it('writes the running time and the meta line', () => {
    const [fonds, land] = views();
    expect(runningTime('de', fonds!.programme)).to.equal('01.01.2024 bis 31.12.2024');
    expect(runningTime('de', { start: '2024-01-01' })).to.equal('ab 01.01.2024');
    expect(runningTime('en', { end: '2024-12-31' })).to.equal('until 31/12/2024');
    expect(runningTime('de', {})).to.equal('');
    expect(metaLine('de', fonds!.programme)).to.equal('Fördergeber: Stadt Teststadt · Laufzeit: 01.01.2024 bis 31.12.2024');
    expect(metaLine('de', land!.programme)).to.equal('Fördergeber: Land NRW');
  });

  it('summarises each programme: funds, their use, deadlines, applications, funded projects', () => {
    expect(normal(trackerSummary('de', views('de', 'quartiersfonds')))).to.equal(
      [
        'Quartiersfonds: Mittel insgesamt 125.000,00 €.',
        'Davon bewilligt 110.000,00 € (88,0 %), ausgezahlt 80.000,00 € (64,0 %), zurückgeflossen 6.000,00 € (4,8 %), noch verfügbar 21.000,00 € (16,8 %).',
        'Antragsfrist 31.03.2024: noch 2 Tage.',
        'Mittel ausgeben bis 31.12.2024: noch 277 Tage.',
        '12 Anträge eingegangen.',
        '4 geförderte Projekte mit zusammen 109.999,50 €.',
      ].join(' '),
    );
    const land = normal(trackerSummary('en', views('en')));
    expect(land).to.contain('Landesprogramm: total funds €50,000. Committed and paid-out amounts are not published. Deadline 31/03/2024: 2 days left. Some of the figures are example data.');
    expect(applicationEntries('de', views()[0]!.programme)).to.deep.equal([
      ['Eingegangen', 12],
      ['Bewilligt', 4],
      ['Abgelehnt', 5],
      ['In Bearbeitung', 2],
    ]);
  });

  it('lists every figure and the parts of the bar as table rows, each name once', () => {
    const [fonds, land] = views();
    const rows = figureRows('de', fonds!);
    expect(rows.map((r) => r.label)).to.deep.equal([
      'Budget',
      'Zusätzliche Mittel',
      'Mittel insgesamt',
      'Bewilligt',
      'Ausgezahlt',
      'Zurückgeflossen',
      'Noch verfügbar',
      'Ausgezahlt (abzüglich Rückflüsse)',
      'Bewilligt, noch nicht ausgezahlt',
    ]);
    expect(new Set(rows.map((r) => r.label)).size, 'no label twice').to.equal(rows.length);
    expect(figureRows('en', fonds!).filter((r) => r.label === 'Still available')).to.have.length(1);
    expect(cells(figureColumns('de', fonds!), rows[5]!)).to.deep.equal(['Zurückgeflossen', '6.000,00 €', '4,8 %']);
    // The illustrative programme is marked in a list with a real one; an unpublished amount has no share.
    expect(cells(figureColumns('de', land!), figureRows('de', land!)[3]!)).to.deep.equal(['Bewilligt (Beispieldaten)', 'keine Angabe', '–']);
  });

  it('fills the additions and project columns in the reader\'s language', () => {
    const [fonds] = views('en');
    const [first, second] = fonds!.programme.additions;
    expect(cells(additionColumns('en', fonds!), first!)).to.deep.equal(['15/05/2024', 'Supplement', '€20,000.00']);
    expect(cells(additionColumns('de', fonds!), second!)).to.deep.equal(['01.09.2024', '–', '5.000,00 €']);
    const projects = fonds!.programme.projects;
    expect(cells(projectColumns('en', fonds!), projects[1]!)).to.deep.equal(['Senior meeting point', 'Caritas', 'Mitte', '€30,000.00', 'approved']);
    expect(cells(projectColumns('de', fonds!), projects[2]!)).to.deep.equal(['Sprachcafé', 'keine Angabe', 'Nord', '19.999,50 €', 'abgeschlossen']);
  });

  it('builds the CSV tables: numbers as numbers, what is not published in words', () => {
    const all = views();
    const figures = figuresCsv('de', all);
    expect(figures.header).to.deep.equal(['Programm-ID', 'Programm', 'Kennzahl', 'Betrag (EUR)', 'Anteil an den Mitteln (%)', 'Beispieldaten', 'Hinweis']);
    expect(figures.rows).to.have.length(14);
    expect(figures.rows[0]).to.deep.equal(['quartiersfonds', 'Quartiersfonds', 'Budget', 100000, 80, 'nein', '']);
    expect(figures.rows[6]).to.deep.equal(['quartiersfonds', 'Quartiersfonds', 'Noch verfügbar', 21000, 16.8, 'nein', '']);
    expect(figures.rows[10]).to.deep.equal(['landesmittel', 'Landesprogramm', 'Bewilligt', null, null, 'ja', 'keine Angabe']);
    const [fonds] = all;
    const projects = projectsCsv('en', fonds!, fonds!.programme.projects.slice(1, 3));
    expect(projects.header).to.deep.equal(['Programme id', 'Project', 'Recipient', 'Area id', 'Area', 'Amount (EUR)', 'Status', 'Example data']);
    expect(projects.rows).to.deep.equal([
      ['quartiersfonds', 'Senior meeting point', 'Caritas', 'mitte', 'Mitte', 30000, 'approved', 'no'],
      ['quartiersfonds', 'Sprachcafé', undefined, 'nord', 'Nord', 19999.5, 'completed', 'no'],
    ]);
  });
});
