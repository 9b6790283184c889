/**
 * A Kreis's and a Land's own word for the whole: no widget text says "Gesamtstadt" for them, in
 * the chart, the table, the summary or the CSV; the body's name stands instead (issue 12).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/indicator-trend.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import type { QwElement } from '../shared/base-element.ts';
import type { ContractInput } from '../contract/schema.ts';
import { validateContract } from '../contract/validate.ts';
import { clearContractCache } from '../shared/loader.ts';
import { allWords, landContract } from '../test-support/whole-fixtures.ts';

const NOT_THE_WHOLE = /Gesamtstadt|city total/i;

async function json(url: string): Promise<ContractInput> {
  return (await (await fetch(url)).json()) as ContractInput;
}

/** The Kreis document with the Wesel housing section, stripped of Wesel's own districts: a gauge for a Kreis. */
async function kreisWithHousing(): Promise<ContractInput> {
  const kreis = await json('/demo/data/kreis-wesel.json');
  const { housing } = (await json('/demo/data/wesel.json')) as { housing: Record<string, unknown> };
  const { level: _level, byArea: _byArea, ...rest } = housing;
  return { ...kreis, housing: rest } as ContractInput;
}

/**
 * Renders `tag` with `data` and `attributes` and returns every word of the chart view (with the
 * table opened under it), of the table view and of the CSV download.
 */
async function wordsOf(tag: string, data: ContractInput, attributes: Record<string, string> = {}): Promise<{ el: QwElement; words: string }> {
  const el = document.createElement(tag) as QwElement & { toCsv?: () => Promise<string> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  await fixture(html`<div style="width: 720px">${el}</div>`);
  await waitUntil(() => el.state !== 'loading', `${tag} did not settle`, { timeout: 15000 });
  expect(el.state, `${tag} state`).to.equal('ready');
  el.shadowRoot!.querySelector<HTMLElement>('details.table-toggle > summary')?.click();
  await el.updateComplete;
  const chart = allWords(el.shadowRoot!);
  el.view = 'table';
  await el.updateComplete;
  const table = allWords(el.shadowRoot!);
  return { el, words: [chart, table, (await el.toCsv?.()) ?? ''].join(' ') };
}

describe('the whole of a Kreis and of a Land', () => {
  beforeEach(() => clearContractCache());

  it('the Kreis document: map, trend, gauge, tracker and profile never say "Gesamtstadt", they say "Kreis Wesel"', async () => {
    const kreis = await json('/demo/data/kreis-wesel.json');
    expect(kreis.meta.municipality.ags).to.equal('05170');
    const map = await wordsOf('qw-district-map', kreis, { indicator: 'staerkungspakt_je_einwohner', renderer: 'svg' });
    expect(map.words).not.to.match(NOT_THE_WHOLE);
    expect(map.words).to.contain('Kreis Wesel: 5,34');
    expect(map.words).to.contain('Differenz zum Kreis Wesel');

    const trend = await wordsOf('qw-indicator-trend', kreis, { indicator: 'bevoelkerung', 'show-total': '' });
    expect(trend.words).not.to.match(NOT_THE_WHOLE);
    expect(trend.words).to.contain('Kreis Wesel');

    const withHousing = await kreisWithHousing();
    expect(validateContract(withHousing).valid, 'the Kreis document with housing validates').to.equal(true);
    const gauge = await wordsOf('qw-housing-gauge', withHousing);
    expect(gauge.words).not.to.match(NOT_THE_WHOLE);
    expect(gauge.words).to.contain('Öffentlich geförderter Wohnraum im Kreis Wesel');

    const tracker = await wordsOf('qw-funding-tracker', kreis);
    expect(tracker.words).not.to.match(NOT_THE_WHOLE);

    const profile = await wordsOf('qw-district-profile', kreis, { area: '05170048' });
    expect(profile.words).not.to.match(NOT_THE_WHOLE);
    expect(profile.words).to.contain('Kreis Wesel');
  });

  it('in English too: no "city total" for the Kreis', async () => {
    const kreis = await json('/demo/data/kreis-wesel.json');
    const map = await wordsOf('qw-district-map', kreis, { indicator: 'staerkungspakt_je_einwohner', renderer: 'svg', lang: 'en' });
    expect(map.words).not.to.match(NOT_THE_WHOLE);
    expect(map.words).to.contain('Difference to Kreis Wesel');
    const trend = await wordsOf('qw-indicator-trend', kreis, { indicator: 'bevoelkerung', 'show-total': '', lang: 'en' });
    expect(trend.words).not.to.match(NOT_THE_WHOLE);
  });

  it('a Land document (key 05) validates and renders in the map and the trend with "Nordrhein-Westfalen" as the whole', async () => {
    const result = validateContract(landContract());
    expect(result.valid, result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).to.equal(true);
    const map = await wordsOf('qw-district-map', landContract(), { renderer: 'svg' });
    expect(map.words).not.to.match(NOT_THE_WHOLE);
    expect(map.words).to.contain('Nordrhein-Westfalen: 9,7');
    expect(map.words).to.contain('Differenz zu Nordrhein-Westfalen');
    expect(map.words).to.contain('über dem Wert für Nordrhein-Westfalen');

    const trend = await wordsOf('qw-indicator-trend', landContract(), { areas: '05170', 'show-total': '' });
    expect(trend.words).not.to.match(NOT_THE_WHOLE);
    trend.el.view = 'chart';
    await trend.el.updateComplete;
    const legend = [...trend.el.shadowRoot!.querySelectorAll('.legend button')].map((b) => b.textContent!.trim());
    expect(legend).to.deep.equal(['Wesel', 'Nordrhein-Westfalen']);
    expect(trend.words).to.contain('über Nordrhein-Westfalen');
  });

  it('a Wesel (Gemeinde) map and trend still say "Gesamtstadt": the wording a city knows stays', async () => {
    const wesel = await json('/demo/data/wesel.json');
    const map = await wordsOf('qw-district-map', wesel, { indicator: 'arbeitslosenanteil', renderer: 'svg' });
    expect(map.words).to.contain('Differenz zur Gesamtstadt');
    const trend = await wordsOf('qw-indicator-trend', wesel, { indicator: 'arbeitslosenanteil', 'show-total': '' });
    expect(trend.words).to.contain('Wesel (Gesamtstadt)');
  });
});
