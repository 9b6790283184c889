import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../define/district-profile.ts';
import '../../define/district-map.ts';
import type { QwDistrictProfile } from './district-profile.ts';
import type { QwDistrictMap } from '../district-map/district-map.ts';
import { pathOf, settled as mapSettled } from '../district-map/test-fixtures.ts';
import { formatDifference, formatEntry, formatPeriod, formatSigned } from '../../shared/format.ts';
import { expectedRows, similarContract, type ExpectedRow } from './test-fixtures.ts';

/** Intl puts a no-break space (or a narrow one) before `%`; the user sees a space. */
const normal = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const settled = (el: QwDistrictProfile) => waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 10000 });
const rowOf = (el: QwDistrictProfile, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li.row[data-indicator="${id}"]`)!;
const factOf = (row: HTMLElement, kind: string) => normal(row.querySelector(`.fact.${kind} dd`)?.textContent);
const changesOf = (row: HTMLElement) => [...row.querySelectorAll('.fact.change dd')].map((dd) => normal(dd.textContent));
const raw = async (url: string): Promise<any> => (await fetch(url)).json();

/** What the profile must show for one indicator, formatted from the figures worked out from the raw document. */
function expectedTexts(indicator: any, e: ExpectedRow) {
  const { unit = '', decimals = 0 } = indicator;
  const total = (indicator.total ?? []).find((t: any) => t.period === e.period);
  const amount = (delta: number) => normal(formatDifference('de', delta, unit, decimals));
  const verdict = (delta: number, rising: boolean) => (e.polarity === 'neutral' || delta === 0 ? '' : rising === (e.polarity === 'negative') ? ', ungünstiger' : ', günstiger');
  const change = (c: { from: string; delta: number | null }) =>
    c.delta === null
      ? `keine Angabe seit ${formatPeriod('de', c.from)}`
      : `${c.delta > 0 ? '▲ ' : c.delta < 0 ? '▼ ' : '= '}${c.delta === 0 ? 'unverändert' : amount(c.delta)} seit ${formatPeriod('de', c.from)}${verdict(c.delta, c.delta > 0)}`;
  return {
    value: normal(formatEntry('de', e.entry ?? { value: null }, unit, decimals)),
    whole: normal(formatEntry('de', total ?? { value: null }, unit, decimals)),
    difference:
      e.difference === null
        ? 'kein Vergleich möglich'
        : `${e.differenceKind === 'points' ? normal(formatDifference('de', e.difference, '%', decimals)) : `${normal(formatSigned('de', e.difference, 1))} %`}${verdict(e.difference, e.difference > 0)}`,
    rank: e.position === null ? 'ohne Rang' : `${e.position}. von ${e.of} – `,
    changes: [e.previous, e.first].filter((c) => c !== null).map((c) => change(c)),
  };
}

async function checkEveryFigure(el: QwDistrictProfile, document: any, area: string, level: string): Promise<void> {
  const expected = expectedRows(document, area, level);
  const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((li) => li.dataset.indicator);
  expect(shown).to.deep.equal(expected.map((e) => e.id));
  for (const e of expected) {
    const indicator = document.indicators.find((i: any) => i.id === e.id);
    const want = expectedTexts(indicator, e);
    const row = rowOf(el, e.id);
    expect(factOf(row, 'value'), `${e.id} value`).to.equal(want.value);
    expect(factOf(row, 'whole'), `${e.id} whole`).to.equal(want.whole);
    expect(factOf(row, 'difference'), `${e.id} difference`).to.equal(want.difference);
    expect(factOf(row, 'rank'), `${e.id} rank`).to.satisfy((text: string) => text.startsWith(want.rank));
    // A series break adds its note after the verdict.
    expect(
      changesOf(row).map((text) => text.replace(/Zeitreihenbruch, eingeschränkt vergleichbar$/, '')),
      `${e.id} changes`,
    ).to.deep.equal(want.changes);
    expect(normal(row.querySelector('.period')!.textContent)).to.equal(`Stand ${normal(formatPeriod('de', e.period))}`);
  }
}

describe('<qw-district-profile>', () => {
  it('shows every value, whole, difference, rank and change for Feldmark as worked out from the document', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    await checkEveryFigure(el, await raw('/demo/data/wesel.json'), 'feldmark', 'sozialraum');
    expect(normal(el.shadowRoot!.querySelector('.title')!.textContent)).to.equal('Steckbrief Feldmark');
    expect(factOf(rowOf(el, 'sozialer_belastungsindex'), 'rank')).to.equal('3. von 11 – dritthöchste Belastung');
    expect(factOf(rowOf(el, 'kinderarmut'), 'rank')).to.equal('4. von 11 – vierthöchste Belastung');
    expect(normal(el.shadowRoot!.querySelector('.left-out')!.textContent)).to.equal('Ein Indikator bezieht sich auf eine andere Gebietsebene und fehlt hier: Bevölkerung (Stadtteile).');
    expect(el.shadowRoot!.querySelector('.example-badge'), 'child poverty is example data').to.exist;
  });

  it('shows every figure for a Gemeinde of the Kreis document', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/kreis-wesel.json" area="05170048"></qw-district-profile>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    await checkEveryFigure(el, await raw('/demo/data/kreis-wesel.json'), '05170048', 'gemeinde');
    expect(normal(el.shadowRoot!.querySelector('.title')!.textContent)).to.equal('Steckbrief Wesel');
    expect(el.shadowRoot!.querySelectorAll('.similar-area').length).to.equal(3);
  });

  it('reverses rank wording and better/worse marks when the polarity is reversed', async () => {
    const document = await raw('/demo/data/wesel.json');
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile .data=${document} area="feldmark"></qw-district-profile>`);
    await settled(el);
    const before = rowOf(el, 'kinderarmut');
    expect(factOf(before, 'rank')).to.equal('4. von 11 – vierthöchste Belastung');
    expect(before.querySelector('.difference dd')!.classList.contains('worse')).to.be.true;
    expect(changesOf(before)).to.deep.equal(['▲ +0,6 Prozentpunkte seit 2022, ungünstiger', '▼ -1,7 Prozentpunkte seit 2016, günstiger']);

    const reversed = structuredClone(document);
    reversed.indicators.find((i: any) => i.id === 'kinderarmut').polarity = 'positive';
    el.data = reversed;
    await waitUntil(() => factOf(rowOf(el, 'kinderarmut'), 'rank').startsWith('8.'), 'rank did not follow the polarity');
    const after = rowOf(el, 'kinderarmut');
    expect(factOf(after, 'rank')).to.equal('8. von 11 – viertniedrigste Belastung');
    expect(after.querySelector('.difference dd')!.classList.contains('better')).to.be.true;
    expect(factOf(after, 'difference')).to.equal('+3,6 Prozentpunkte, günstiger');
    expect(changesOf(after)).to.deep.equal(['▲ +0,6 Prozentpunkte seit 2022, günstiger', '▼ -1,7 Prozentpunkte seit 2016, ungünstiger']);
    await checkEveryFigure(el, reversed, 'feldmark', 'sozialraum');
  });

  it('lists the known similar areas of a hand-made document; Enter on one selects it and shows its profile', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile .data=${similarContract()} area="x"></qw-district-profile>`);
    await settled(el);
    const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.similar-area')];
    expect(buttons().map((b) => b.dataset.area)).to.deep.equal(['twin', 'low', 'near']);
    expect(normal(buttons()[1]!.textContent)).to.match(/^LOW \(Abstand \d,\d\d\)$/);
    buttons()[1]!.focus();
    const selected = oneEvent(el, 'qw-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.areaId).to.equal('low');
    await el.updateComplete;
    expect(normal(el.shadowRoot!.querySelector('.title')!.textContent)).to.equal('Steckbrief LOW');
    expect(normal(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent)).to.equal('Steckbrief für LOW');
  });

  it('follows a qw-select from a linked district map in the same group', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <qw-district-map group="steckbrief" src="/demo/data/wesel.json" indicator="kinderarmut" renderer="svg"></qw-district-map>
      <qw-district-profile group="steckbrief" src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>
    </div>`);
    const map = wrapper.querySelector<QwDistrictMap>('qw-district-map')!;
    const profile = wrapper.querySelector<QwDistrictProfile>('qw-district-profile')!;
    await mapSettled(map);
    await settled(profile);
    expect(normal(profile.shadowRoot!.querySelector('.title')!.textContent)).to.equal('Steckbrief Feldmark');
    const selected = oneEvent(map, 'qw-select');
    pathOf(map, 'bislich').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.areaId).to.equal('bislich');
    await profile.updateComplete;
    expect(normal(profile.shadowRoot!.querySelector('.title')!.textContent)).to.equal('Steckbrief Bislich');
    await checkEveryFigure(profile, await raw('/demo/data/wesel.json'), 'bislich', 'sozialraum');
  });

  it('passes axe', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>`);
    await settled(el);
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('turns dark with the reader\'s setting and keeps its contrast', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>`);
      await settled(el);
      // The base's dark ground (--qw-dark-color-background), with light text.
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('shows the table view with the same texts', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark" view="table"></qw-district-profile>`);
    await settled(el);
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Kinderarmut'))!;
    const cells = [...row.children].map((c) => normal(c.textContent));
    expect(cells).to.deep.equal([
      'Kinderarmut (SGB-II-Quote unter 15 Jahren) (%)',
      '2023',
      '22,3 % (vorläufig)',
      '18,7 % (vorläufig)',
      '+3,6 Prozentpunkte, ungünstiger',
      '4. von 11 – vierthöchste Belastung',
      '▲ +0,6 Prozentpunkte seit 2022, ungünstiger',
      '▼ -1,7 Prozentpunkte seit 2016, günstiger',
    ]);
    expect(el.shadowRoot!.querySelector('qw-download-menu')).to.exist;
  });

  it('says in the summary how Feldmark compares with the whole', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>`);
    await settled(el);
    expect(normal(el.shadowRoot!.querySelector('[part="summary"]')!.textContent)).to.match(/^Feldmark liegt bei 1 von 2 Indikatoren ungünstiger als die Gesamtstadt; am deutlichsten bei Kinderarmut/);
  });

  it('exports CSV and SVG of what is shown', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark"></qw-district-profile>`);
    await settled(el);
    const csv = await el.toCsv();
    expect(csv).to.contain('kinderarmut;Kinderarmut (SGB-II-Quote unter 15 Jahren);%;2023;22,3;vorläufig;18,7;3,6;Prozentpunkte;ungünstiger;4;11;2022;0,6;2016;-1,7');
    expect(csv).to.contain('Beispieldaten');
    const image = (await el.toSvg())!;
    const parsed = new DOMParser().parseFromString(image.markup, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    expect(parsed.querySelectorAll('circle').length).to.equal(4);
    expect(image.markup).to.contain('Steckbrief Feldmark');
  });

  it('asks for an area when none is given, and names a wrong one', async () => {
    const empty = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json"></qw-district-profile>`);
    await settled(empty);
    expect(empty.state).to.equal('empty');
    expect(normal(empty.shadowRoot!.textContent)).to.contain('Es ist kein Gebiet gewählt.');
    const wrong = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="atlantis"></qw-district-profile>`);
    await settled(wrong);
    expect(wrong.state).to.equal('error');
    expect(normal(wrong.shadowRoot!.querySelector('[part="error"]')!.textContent)).to.contain('Das Gebiet „atlantis“ gibt es in den Daten nicht.');
    wrong.area = 'feldmark';
    await waitUntil(() => wrong.state === 'ready', 'did not recover from a corrected area');
  });

  it('speaks English', async () => {
    const el = await fixture<QwDistrictProfile>(html`<qw-district-profile src="/demo/data/wesel.json" area="feldmark" lang="en"></qw-district-profile>`);
    await settled(el);
    expect(factOf(rowOf(el, 'kinderarmut'), 'rank')).to.equal('4th of 11 – 4th highest burden');
    expect(normal(el.shadowRoot!.querySelector('.similar h3')!.textContent)).to.equal('Similar areas');
  });
});
