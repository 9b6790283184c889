import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/funding-tracker.ts';
import '../../test-support/test-widget.ts';
import type { QwFundingTracker } from './funding-tracker.ts';
import type { TestWidget } from '../../test-support/test-widget.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { clearContractCache } from '../../shared/loader.ts';
import { download } from '../../test-support/downloads.ts';

/** Intl puts no-break spaces before "€" and "%"; compare with plain spaces. */
const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const ready = (el: QwFundingTracker) => waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 5000 });
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: Element, selector: string) => norm($(el, selector)?.textContent);
const figure = (el: Element, key: string, programme?: string) => text(el, `${programme ? `[data-programme="${programme}"] ` : ''}[data-figure="${key}"]`);
const tableRows = (root: Element | null | undefined) => [...(root?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((cell) => norm(cell.textContent)));
const projectRows = (el: Element, programme = 'quartiersfonds') => tableRows($(el, `[data-programme="${programme}"] .projects table`));

/** Hand-made: funds 125 000 = 100 000 + 20 000 + 5 000; committed 110 000; paid 80 000; returned 6 000 → available 21 000. */
function fundingDoc(extra: Record<string, unknown> = {}): any {
  return {
    ...miniContract(),
    funding: {
      level: 'bezirk',
      programmes: [
        {
          id: 'quartiersfonds',
          name: 'Quartiersfonds',
          nameEn: 'Neighbourhood fund',
          funder: 'Stadt Teststadt',
          budget: 100000,
          additions: [
            { amount: 20000, date: '2024-05-15', note: 'Nachtrag' },
            { amount: 5000, date: '2024-09-01' },
          ],
          committed: 110000,
          paid: 80000,
          returned: 6000,
          start: '2024-01-01',
          end: '2024-12-31',
          deadlines: [
            { date: '2024-03-31', kind: 'application' },
            { date: '2024-12-31', kind: 'spending', label: 'Mittel ausgeben bis', labelEn: 'Spend by' },
          ],
          applications: { received: 12, approved: 4, rejected: 5, pending: 2, withdrawn: 1 },
          projects: [
            { id: 'p1', name: 'Hausaufgabenhilfe', recipient: 'Verein Anker', area: 'nord', amount: 40000, status: 'paid' },
            { id: 'p2', name: 'Seniorentreff', recipient: 'Caritas', area: 'mitte', amount: 30000, status: 'approved' },
            { id: 'p3', name: 'Sprachcafé', recipient: 'Bürgerhaus', area: 'nord', amount: 20000, status: 'completed' },
            { id: 'p4', name: 'Stadtteilfest', recipient: 'Verein Anker', area: 'sued', amount: 20000, status: 'approved' },
            { id: 'p5', name: 'Repair-Café', recipient: 'Zukunft e. V.', area: 'ost', amount: 9000, status: 'applied' },
          ],
          ...extra,
        },
        {
          id: 'landesmittel',
          name: 'Landesprogramm',
          funder: 'Land NRW',
          budget: 50000,
          start: '2023-01-01',
          end: '2023-12-31',
          deadline: '2024-03-31',
          projects: [],
        },
      ],
    },
  };
}

const at = (year: number, month: number, day: number) => new Date(year, month - 1, day);

describe('<qw-funding-tracker>', () => {
  beforeEach(() => clearContractCache());

  it('shows one programme: exact amounts in € and shares of the total funds', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .now=${at(2024, 3, 19)} .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect(el.state).to.equal('ready');
    expect(text(el, '.title')).to.equal('Quartiersfonds');
    expect(text(el, '.subtitle')).to.equal('Fördergeber: Stadt Teststadt · Laufzeit: 01.01.2024 bis 31.12.2024');
    expect(figure(el, 'budget')).to.equal('Budget 100.000 € 80,0 % der Mittel');
    expect(figure(el, 'additions')).to.equal('Zusätzliche Mittel 25.000 € 20,0 % der Mittel');
    expect(figure(el, 'funds')).to.equal('Mittel insgesamt 125.000 € 100,0 % der Mittel');
    expect(figure(el, 'committed')).to.equal('Bewilligt 110.000 € 88,0 % der Mittel');
    expect(figure(el, 'paid')).to.equal('Ausgezahlt 80.000 € 64,0 % der Mittel');
    expect(figure(el, 'returned')).to.equal('Zurückgeflossen 6.000 € 4,8 % der Mittel');
    expect(figure(el, 'available')).to.equal('Noch verfügbar 21.000 € 16,8 % der Mittel');
  });

  it('draws the stacked bar with a text equivalent for every part', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    const segments = $$(el, '.bar .segment');
    expect(segments.map((s) => s.dataset.kind)).to.deep.equal(['paid', 'open', 'available']);
    const bar = $(el, '.bar')!;
    const widths = segments.map((s) => s.getBoundingClientRect().width / (bar.clientWidth || 1));
    expect(widths[0]).to.be.closeTo(0.592, 0.02);
    expect(widths[1]).to.be.closeTo(0.24, 0.02);
    expect(bar.getAttribute('role')).to.equal('img');
    expect(norm(bar.getAttribute('aria-label'))).to.equal(
      'Verwendung der Mittel von 125.000 €: Ausgezahlt (abzüglich Rückflüsse) 74.000 € · 59,2 %, Bewilligt, noch nicht ausgezahlt 30.000 € · 24,0 %, Noch verfügbar 21.000 € · 16,8 %',
    );
    expect($$(el, '.legend li').map((li) => norm(li.textContent))).to.deep.equal([
      'Ausgezahlt (abzüglich Rückflüsse): 74.000 € · 59,2 %',
      'Bewilligt, noch nicht ausgezahlt: 30.000 € · 24,0 %',
      'Noch verfügbar: 21.000 € · 16,8 %',
    ]);
    expect(norm($(el, '[part="summary"]')!.textContent)).to.contain('Davon bewilligt 110.000 € (88,0 %), ausgezahlt 80.000 € (64,0 %), zurückgeflossen 6.000 € (4,8 %), noch verfügbar 21.000 € (16,8 %).');
  });

  it('counts the days to each deadline from the injected day, in German and English', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .now=${at(2024, 3, 19)} .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect($$(el, '.deadlines li').map((li) => norm(li.textContent))).to.deep.equal(['Antragsfrist 31.03.2024 noch 12 Tage', 'Mittel ausgeben bis 31.12.2024 noch 287 Tage']);
    el.now = at(2024, 11, 21);
    await el.updateComplete;
    expect($$(el, '.deadlines li').map((li) => norm(li.textContent))).to.deep.equal(['Antragsfrist 31.03.2024 seit 235 Tagen abgelaufen', 'Mittel ausgeben bis 31.12.2024 noch 40 Tage']);
    expect($(el, '.deadlines li')!.classList.contains('past')).to.be.true;
    // A passed deadline says "abgelaufen" in words; a strike-through would read as "cancelled".
    const past = $(el, '.deadlines li.past')!;
    for (const node of [past, ...past.querySelectorAll('*')]) expect(getComputedStyle(node).textDecorationLine, node.className).to.equal('none');
    el.setAttribute('now', '2024-04-01');
    el.lang = 'en';
    await el.updateComplete;
    await ready(el);
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('Neighbourhood fund');
    expect($$(el, '.deadlines li').map((li) => norm(li.textContent))).to.deep.equal(['Application deadline 31/03/2024 passed 1 day ago', 'Spend by 31/12/2024 274 days left']);
    expect(figure(el, 'available')).to.equal('Still available €21,000 16.8% of the funds');
  });

  it('shows applications received, approved and rejected', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect($$(el, '.applications div').map((d) => norm(d.textContent))).to.deep.equal(['Eingegangen 12', 'Bewilligt 4', 'Abgelehnt 5', 'In Bearbeitung 2', 'Zurückgezogen 1']);
  });

  it('sorts the project table by a column, both ways', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Hausaufgabenhilfe', 'Seniorentreff', 'Sprachcafé', 'Stadtteilfest', 'Repair-Café']);
    expect(projectRows(el)[0]).to.deep.equal(['Hausaufgabenhilfe', 'Verein Anker', 'Nord', '40.000 €', 'ausgezahlt']);
    const header = (label: string) => $$<HTMLTableCellElement>(el, '.projects th[scope="col"]').find((th) => norm(th.textContent).startsWith(label))!;
    header('Betrag').querySelector('button')!.click();
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[3])).to.deep.equal(['9.000 €', '20.000 €', '20.000 €', '30.000 €', '40.000 €']);
    expect(header('Betrag').getAttribute('aria-sort')).to.equal('ascending');
    header('Betrag').querySelector('button')!.click();
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[3])).to.deep.equal(['40.000 €', '30.000 €', '20.000 €', '20.000 €', '9.000 €']);
    expect(header('Betrag').getAttribute('aria-sort')).to.equal('descending');
    header('Träger').querySelector('button')!.click();
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[1])).to.deep.equal(['Bürgerhaus', 'Caritas', 'Verein Anker', 'Verein Anker', 'Zukunft e. V.']);
  });

  it('filters the project table by status and by words, and says how many are shown', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect(text(el, '.projects .count')).to.equal('5 von 5 Projekten');
    const status = $<HTMLSelectElement>(el, '.projects select[name="status"]')!;
    expect([...status.options].map((o) => o.textContent)).to.deep.equal(['alle', 'beantragt', 'bewilligt', 'ausgezahlt', 'abgeschlossen']);
    status.value = 'approved';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Seniorentreff', 'Stadtteilfest']);
    expect(text(el, '.projects .count')).to.equal('2 von 5 Projekten');
    const search = $<HTMLInputElement>(el, '.projects input[type="search"]')!;
    search.value = 'ANKER';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Stadtteilfest']);
    search.value = 'gibt es nicht';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(projectRows(el)).to.deep.equal([]);
    expect(text(el, '.projects .status')).to.equal('Kein Projekt passt zu diesem Filter.');
    $<HTMLButtonElement>(el, '.projects .reset')!.click();
    await el.updateComplete;
    expect(projectRows(el)).to.have.length(5);
  });

  it('totals committed funds by area; choosing one selects it in the group and filters the projects', async () => {
    const wrapper = await fixture(html`<div>
      <qw-funding-tracker group="quartier" programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>
      <qw-test-widget group="quartier" .data=${miniContract()}></qw-test-widget>
    </div>`);
    const el = wrapper.querySelector('qw-funding-tracker')!;
    const map = wrapper.querySelector<TestWidget>('qw-test-widget')!;
    await ready(el);
    expect(tableRows($(el, '.area-totals table'))).to.deep.equal([
      ['Nord', '2', '60.000 €'],
      ['Mitte', '1', '30.000 €'],
      ['Süd', '1', '20.000 €'],
    ]);
    const select = oneEvent(el, 'qw-select');
    $$<HTMLButtonElement>(el, '.area-totals button').find((b) => norm(b.textContent) === 'Mitte')!.click();
    const event = await select;
    expect(event.detail.areaId).to.equal('mitte');
    expect(map.sharedArea).to.equal('mitte');
    await el.updateComplete;
    expect($(el, '.area-totals tr.selected')!.dataset.area).to.equal('mitte');
    expect($(el, '.area-totals tr.selected button')!.getAttribute('aria-pressed')).to.equal('true');
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Seniorentreff']);
    expect($<HTMLSelectElement>(el, '.projects select[name="area"]')!.value).to.equal('mitte');
    // Pressing the selected area again clears the selection.
    const cleared = oneEvent(el, 'qw-select');
    $(el, '.area-totals tr.selected button')!.click();
    expect((await cleared).detail.areaId).to.equal(null);
    await el.updateComplete;
    expect(projectRows(el)).to.have.length(5);
  });

  it('works with the keyboard: Enter selects an area, Space sorts, typing filters', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    $$<HTMLButtonElement>(el, '.area-totals button')[1]!.focus();
    const select = oneEvent(el, 'qw-select');
    await sendKeys({ press: 'Enter' });
    expect((await select).detail.areaId).to.equal('mitte');
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Seniorentreff']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(projectRows(el)).to.have.length(5);
    const sortButton = $$<HTMLTableCellElement>(el, '.projects th[scope="col"]').find((th) => norm(th.textContent).startsWith('Projekt'))!.querySelector('button')!;
    sortButton.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Hausaufgabenhilfe', 'Repair-Café', 'Seniorentreff', 'Sprachcafé', 'Stadtteilfest']);
    $<HTMLInputElement>(el, '.projects input[type="search"]')!.focus();
    await sendKeys({ type: 'café' });
    await el.updateComplete;
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Repair-Café', 'Sprachcafé']);
  });

  it('follows an area selected elsewhere in the group', async () => {
    const wrapper = await fixture(html`<div>
      <qw-test-widget group="stadt" .data=${miniContract()}></qw-test-widget>
      <qw-funding-tracker group="stadt" programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>
    </div>`);
    const map = wrapper.querySelector<TestWidget>('qw-test-widget')!;
    const el = wrapper.querySelector('qw-funding-tracker')!;
    await ready(el);
    await waitUntil(() => map.state === 'ready');
    map.shadowRoot!.querySelector<HTMLButtonElement>('li[data-area="nord"] button')!.click();
    await el.updateComplete;
    expect($(el, '.area-totals tr.selected')!.dataset.area).to.equal('nord');
    expect(projectRows(el).map((r) => r[0])).to.deep.equal(['Hausaufgabenhilfe', 'Sprachcafé']);
  });

  it('lists all programmes without the programme attribute', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker .now=${at(2024, 3, 19)} .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect(text(el, '.title')).to.equal('Förderprogramme');
    expect(text(el, '.subtitle')).to.equal('2 Förderprogramme');
    expect($$(el, 'h3.programme-name').map((h) => norm(h.textContent))).to.deep.equal(['Quartiersfonds', 'Landesprogramm']);
    // Without additions the total is the budget: no repeated card.
    expect($$(el, '[data-programme="landesmittel"] [data-figure]').map((f) => f.dataset.figure)).to.deep.equal(['budget', 'committed', 'paid', 'returned', 'available']);
    expect(figure(el, 'budget', 'landesmittel')).to.equal('Budget 50.000 € 100,0 % der Mittel');
    // Nothing committed or paid is published for it: no zeros, but words.
    expect(figure(el, 'committed', 'landesmittel')).to.equal('Bewilligt keine Angabe');
    expect(figure(el, 'available', 'landesmittel')).to.equal('Noch verfügbar keine Angabe');
    expect(text(el, '[data-programme="landesmittel"] .deadlines')).to.equal('Frist 31.03.2024 noch 12 Tage');
    expect($$(el, '[data-programme="landesmittel"] .bar .segment').map((s) => s.dataset.kind)).to.deep.equal(['unknown']);
  });

  it('says which programmes exist when the programme attribute names none', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="gibtsnicht" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect(el.state).to.equal('error');
    expect(norm($(el, '[role="alert"]')!.textContent)).to.equal('Das Förderprogramm „gibtsnicht“ gibt es in den Daten nicht. Vorhandene Programme im Attribut „programme“: "quartiersfonds", "landesmittel"');
  });

  it('is empty, not broken, when the document has no funding section', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker .data=${miniContract()}></qw-funding-tracker>`);
    await ready(el);
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('marks exactly what is illustrative', async () => {
    const el = await fixture<QwFundingTracker>(
      html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc({ exampleFields: ['committed', 'paid', 'returned', 'projects'] })}></qw-funding-tracker>`,
    );
    await ready(el);
    expect($(el, '[part="example-badge"]'), 'not the whole programme').to.equal(null);
    const marked = $$(el, '[data-figure]')
      .filter((f) => f.querySelector('.example-mark'))
      .map((f) => f.dataset.figure);
    expect(marked).to.deep.equal(['committed', 'paid', 'returned', 'available']);
    expect(norm($(el, '[data-figure="committed"] .example-mark')!.textContent)).to.equal('Beispieldaten');
    expect(text(el, '.bar-example')).to.equal('Beispieldaten Die Aufteilung des Balkens beruht auf Beispielwerten.');
    expect(norm($(el, '.projects h3')!.textContent)).to.equal('Geförderte Projekte Beispieldaten');
    expect($(el, '.applications')!.closest('section')!.querySelector('.example-mark')).to.equal(null);

    const whole = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc({ example: true })}></qw-funding-tracker>`);
    await ready(whole);
    expect(text(whole, '[part="example-badge"]')).to.equal('Beispieldaten');
    expect($$(whole, '.example-mark'), 'the header mark covers everything').to.have.length(0);
  });

  it('shows only tables with view="table"', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker view="table" programme="quartiersfonds" .now=${at(2024, 3, 19)} .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect($(el, '.bar')).to.equal(null);
    const captions = $$(el, 'caption').map((c) => norm(c.textContent));
    expect(captions).to.include.members([
      'Kennzahlen: Quartiersfonds',
      'Zusätzliche Mittel: Quartiersfonds',
      'Fristen: Quartiersfonds',
      'Anträge: Quartiersfonds',
      'Bewilligte Mittel nach Gebiet: Quartiersfonds',
      'Geförderte Projekte: Quartiersfonds',
    ]);
    const figures = tableRows($$(el, 'table').find((t) => norm(t.querySelector('caption')!.textContent).startsWith('Kennzahlen')));
    expect(figures).to.deep.include(['Noch verfügbar', '21.000 €', '16,8 %']);
    expect(figures).to.deep.include(['Bewilligt, noch nicht ausgezahlt', '30.000 €', '24,0 %']);
    expect(tableRows($$(el, 'table').find((t) => norm(t.querySelector('caption')!.textContent).startsWith('Fristen')))).to.deep.equal([
      ['Antragsfrist', '31.03.2024', 'noch 12 Tage'],
      ['Mittel ausgeben bis', '31.12.2024', 'noch 287 Tage'],
    ]);
    expect(projectRows(el)).to.have.length(5);
  });

  it('has a compact layout for a sidebar: bar, main figures, next deadline', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker layout="compact" programme="quartiersfonds" .now=${at(2024, 4, 2)} .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect($$(el, '[data-figure]').map((f) => f.dataset.figure)).to.deep.equal(['funds', 'committed', 'paid', 'available']);
    expect($(el, '.bar')).to.not.equal(null);
    expect($(el, '.projects')).to.equal(null);
    expect($(el, '.area-totals')).to.equal(null);
    expect($$(el, '.deadlines li').map((li) => norm(li.textContent))).to.deep.equal(['Mittel ausgeben bis 31.12.2024 noch 273 Tage']);
  });

  it('downloads the key figures and the projects as shown in one German CSV', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker programme="quartiersfonds" .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    const status = $<HTMLSelectElement>(el, '.projects select[name="status"]')!;
    status.value = 'approved';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const file = await download(el, 'csv');
    expect(file.name).to.equal('quartiersfonds.csv');
    // The key figures, then the projects as shown, each under its caption; the description after an empty line.
    const [figureBlock, projectBlock] = (await file.blob.text()).replace(/^\ufeff/, '').split('\r\n\r\n');
    const figures = figureBlock!.split('\r\n');
    expect(figures[0]).to.equal('Kennzahlen');
    expect(figures[1]).to.equal('Programm-ID;Programm;Kennzahl;Betrag (EUR);Anteil an den Mitteln (%);Beispieldaten;Hinweis');
    // German CSV: `;` separates, so a decimal comma needs no quotes.
    expect(figures).to.include('quartiersfonds;Quartiersfonds;Noch verfügbar;21000;16,8;nein;');
    expect(figures).to.include('quartiersfonds;Quartiersfonds;Bewilligt;110000;88;nein;');
    expect(figures).to.have.length(2 + 7);
    expect(projectBlock!.split('\r\n')).to.deep.equal([
      'Geförderte Projekte: Quartiersfonds',
      'Programm-ID;Projekt;Träger;Gebiet-ID;Gebiet;Betrag (EUR);Status;Beispieldaten',
      'quartiersfonds;Seniorentreff;Caritas;mitte;Mitte;30000;bewilligt;nein',
      'quartiersfonds;Stadtteilfest;Verein Anker;sued;Süd;20000;bewilligt;nein',
    ]);
  });

  it('loads Wesel\'s sample data: the real Stärkungspakt allocation with illustrative use marked', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker src="/demo/data/wesel.json" programme="staerkungspakt-2023" .now=${at(2024, 11, 21)}></qw-funding-tracker>`);
    await ready(el);
    expect(el.state).to.equal('ready');
    expect(text(el, '.title')).to.equal('Stärkungspakt NRW – gemeinsam gegen Armut');
    expect(figure(el, 'budget')).to.equal('Budget 417.690 € 100,0 % der Mittel');
    expect($(el, '[data-figure="budget"] .example-mark')).to.equal(null);
    expect($(el, '[data-figure="committed"] .example-mark')).to.not.equal(null);
    expect($$(el, '.deadlines li').map((li) => norm(li.textContent))).to.deep.equal(['Mittelverwendung bis 31.12.2023 seit 326 Tagen abgelaufen', 'Verwendungsnachweis bis 31.03.2024 seit 235 Tagen abgelaufen']);
    expect(text(el, 'footer')).to.contain('Radio KW');
  });

  it('keeps a budget of 1e300 within its 640 px column: the chart says it in powers of ten', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><qw-funding-tracker programme="quartiersfonds" .now=${at(2024, 3, 19)} .data=${fundingDoc({ budget: 1e300 })}></qw-funding-tracker></div>`);
    const el = wrapper.querySelector<QwFundingTracker>('qw-funding-tracker')!;
    await ready(el);
    expect(el.state).to.equal('ready');
    expect(figure(el, 'budget')).to.contain('1,0 × 10³⁰⁰ €');
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(640);
    const scrolls = (node: Element) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowX);
    const wide = $$(el, '*')
      .filter((node) => !node.closest('.sr-only') && !(node.parentElement?.closest('.table-scroll') && !node.matches('.table-scroll')))
      .filter((node) => !scrolls(node.parentElement ?? el) && node.getBoundingClientRect().right > box.right + 0.5)
      .map((node) => `${node.localName}.${node.className}`);
    expect(wide).to.deep.equal([]);
  });

  it('is accessible (axe) in chart view', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker .now=${at(2024, 3, 19)} .data=${fundingDoc({ exampleFields: ['projects'] })}></qw-funding-tracker>`);
    await ready(el);
    await expect(el).to.be.accessible();
  });

  it('loads neither maplibre nor vega', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker .data=${fundingDoc()}></qw-funding-tracker>`);
    await ready(el);
    expect(el.state).to.equal('ready');
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(urls.some((url) => url.includes('funding-tracker')), 'the resource list is real').to.be.true;
    expect(urls.filter((url) => /maplibre|vega/i.test(url))).to.deep.equal([]);
  });
});
