import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/funding-tracker.ts';
import type { QwFundingTracker } from './funding-tracker.ts';
import { miniContract } from '../../test-support/fixtures.ts';

const AREAS = ['nord', 'mitte', 'sued', 'ost'];
const STATUSES = ['applied', 'approved', 'paid', 'completed'] as const;
const COUNT = 10_000;

/** One programme with 10,000 projects; project i gets amount i + 1 and a name that sorts by number. */
function bigDocument(): unknown {
  const projects = Array.from({ length: COUNT }, (_, i) => ({
    id: `p${i}`,
    name: `Projekt ${String(i).padStart(5, '0')}`,
    recipient: `Träger ${i % 37}`,
    area: AREAS[i % AREAS.length],
    amount: i + 1,
    status: STATUSES[i % STATUSES.length],
  }));
  return { ...miniContract(), funding: { level: 'bezirk', programmes: [{ id: 'gross', name: 'Großes Programm', funder: 'Land', budget: 100_000_000, projects }] } };
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.projects tbody tr')].map((tr) => tr.firstElementChild!.textContent!.trim());
const settled = (el: QwFundingTracker) => waitUntil(() => el.state !== 'loading', 'tracker did not settle', { timeout: 20000 });

describe('<qw-funding-tracker> with 10,000 projects', () => {
  const doc = bigDocument();

  it('shows the first 25 rows, stays short and pages by keyboard with the count announced', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker style="width: 720px" .data=${doc}></qw-funding-tracker>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(rows(el)).to.have.length(25);
    expect(el.getBoundingClientRect().height).to.be.below(4000);
    const status = $(el, '.projects .table-count')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.replace(/\s+/g, ' ')).to.equal('25 von 10.000 Zeilen angezeigt');
    const more = $(el, '.projects button.more')!;
    expect(more.textContent!.trim()).to.equal('25 weitere anzeigen');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el)).to.have.length(50);
    expect($(el, '.projects .table-count')!.textContent).to.contain('50 von 10.000');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(rows(el)).to.have.length(75);
  });

  it('sorts and filters over all rows, not only the shown page', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker style="width: 720px" .data=${doc}></qw-funding-tracker>`);
    await settled(el);
    const sortButton = (key: number) => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.projects thead button.sort')[key]!;
    // Amount, descending: the largest amount of all 10,000 comes first.
    sortButton(3).click();
    await el.updateComplete;
    sortButton(3).click();
    await el.updateComplete;
    expect(rows(el)[0]).to.equal('Projekt 09999');
    expect(rows(el)).to.have.length(25);
    // A search that matches only rows far beyond the first page.
    const search = $(el, '.projects input[type="search"]') as HTMLInputElement;
    search.value = 'Projekt 0998';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Projekt 09989', 'Projekt 09988', 'Projekt 09987', 'Projekt 09986', 'Projekt 09985', 'Projekt 09984', 'Projekt 09983', 'Projekt 09982', 'Projekt 09981', 'Projekt 09980', 'Projekt 00998']);
    expect($(el, '.projects button.more')).to.equal(null);
  });

  it('keeps every row in the table view', async () => {
    const el = await fixture<QwFundingTracker>(html`<qw-funding-tracker view="table" .data=${doc}></qw-funding-tracker>`);
    await settled(el);
    expect(rows(el)).to.have.length(COUNT);
    expect($(el, '.projects button.more')).to.equal(null);
  });
});
