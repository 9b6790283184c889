import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-map.ts';
import './configurator.ts';
import type { QwConfigurator } from './configurator-element.ts';
import { clearContractCache } from '../shared/loader.ts';

const root = (el: QwConfigurator) => el.shadowRoot!;
const field = <T extends Element>(el: QwConfigurator, selector: string) => root(el).querySelector<T>(selector)!;
const preview = (el: QwConfigurator) => field<HTMLElement & { state: string }>(el, '.preview').lastElementChild as HTMLElement & { state: string };
const loaded = (el: QwConfigurator) => waitUntil(() => el.document !== undefined || root(el).querySelector('.error'), 'data not loaded', { timeout: 10000 });

async function choose(el: QwConfigurator, name: string, value: string): Promise<void> {
  const select = field<HTMLSelectElement>(el, `select[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function type(el: QwConfigurator, name: string, value: string): Promise<void> {
  const input = field<HTMLInputElement>(el, `input[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Files through the file input, as a browser's file dialog gives them. */
function chooseFiles(el: QwConfigurator, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const input = field<HTMLInputElement>(el, 'input[type="file"]');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

async function fixtureFile(path: string, name = path.replace(/^.*\//, '')): Promise<File> {
  return new File([await (await fetch(path)).arrayBuffer()], name);
}


/**
 * test/fixtures/import/bevoelkerung-breit.csv as a German Excel saves it (title line, `;`, decimal
 * comma, symbols, Windows-1252). Written out here because the test server re-encodes text files as UTF-8.
 */
const WIDE_CSV_LINES = [
  'Bevölkerung der Gemeinden im Kreis Wesel (in 1.000);;;;',
  ';;;;',
  'Gemeinde;31.12.2020;31.12.2021;15.05.2022;30.06.2022',
  'Alpen;.;12,528;12,085;12,647',
  'Dinslaken, Stadt;67,338;67,114;66,606;67,403',
  'Hamminkeln;26,962;26,900;26,520;27,135',
  'Hünxe;13,596;13,611;13,419;13,689',
  'Kamp-Lintfort, Stadt;37,635;37,847;37,469;38,315',
  'Moers, Stadt;103,487;103,725;100,465;104,556',
  'Neukirchen-Vluyn;27,532;27,613;27,021;x',
  'Rheinberg;30,933;30,863;31,210;31,041',
  'Schermbeck;13,541;13,464;/;13,496',
  'Sonsbeck;8,690;8,689;8,587;...',
  'Voerde (Niederrhein), Stadt;36,047;35,889;35,387;36,185',
  'Wesel, Stadt;60,329;60,688;59,988;61,141 p',
  'Xanten;21,521;21,502;20,919;21,625 p',
  'Kreis Wesel;460,113;460,433;453,093;463,871',
  ';;;;',
  'Quelle: IT.NRW, Zensus 2022; Zeichenerklärung: . geheim, / unsicher, ... später, x nicht sinnvoll, p vorläufig;;;',
  '',
].join('\r\n');
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('qw-configurator', () => {
  beforeEach(() => clearContractCache());

  it('loads the preview data, offers the housing periods and writes the live address and the chosen period into the snippet', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" live-src="/daten/wesel.json" widget="housing-gauge" cdn-base="/cdn/"></qw-configurator>`);
    await loaded(el);
    await el.updateComplete;
    const periods = [...field<HTMLSelectElement>(el, 'select[name="period"]').options].map((o) => o.value);
    expect(periods).to.deep.equal(['', '2021']);
    await choose(el, 'period', '2021');
    await choose(el, 'lang', 'en');
    expect(el.snippet).to.equal('<script type="module" src="/cdn/quartier-widgets.js"></script>\n<qw-housing-gauge src="/daten/wesel.json" period="2021" lang="en"></qw-housing-gauge>');
    expect(field<HTMLTextAreaElement>(el, 'textarea').value).to.equal(el.snippet);
    const widget = preview(el);
    expect(widget.localName).to.equal('qw-housing-gauge');
    expect(widget.getAttribute('period')).to.equal('2021');
    await waitUntil(() => widget.state === 'ready', 'preview not ready', { timeout: 10000 });
    expect(widget.shadowRoot!.textContent).to.contain('2021');
    // The live address does not exist here: the preview says so and keeps the local data.
    await waitUntil(() => root(el).querySelector('.live-status')?.textContent?.includes('konnte diese Adresse nicht laden'), 'no word on the live address', { timeout: 10000 });
    expect(field(el, '.live-status').textContent).to.contain('/demo/data/wesel.json');
  });

  it('without a live address offers only the inline snippet, and says why', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" widget="housing-gauge" cdn-base="/cdn/"></qw-configurator>`);
    await loaded(el);
    await el.updateComplete;
    expect(el.snippet).to.equal('');
    expect(field<HTMLButtonElement>(el, 'button[name="copy"]').disabled).to.equal(true);
    expect(field(el, '.needs-live').textContent).to.contain('Adresse der Daten auf der Live-Seite');
    field<HTMLInputElement>(el, 'input[name="snippet-kind"][value="inline"]').click();
    await el.updateComplete;
    expect(el.snippet).to.match(/^<script type="module" src="\/cdn\/quartier-widgets\.js"><\/script>\n<qw-housing-gauge>\n {2}<script type="application\/json">\{"version":1,/);
    // Only what the gauge shows: no indicator, no outline of any district.
    const data = JSON.parse(/<script type="application\/json">(.*)<\/script>/.exec(el.snippet)![1]!.replace(/\\u003c/g, '<'));
    expect(data.indicators).to.deep.equal([]);
    expect(data.housing).to.be.an('object');
    expect(el.snippet.length).to.be.below(20000);
  });

  it('switches widget and snippet kind: the funding tracker in compact layout as an iframe, copied whole', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" live-src="/demo/data/wesel.json" widget="housing-gauge" cdn-base="/cdn/"></qw-configurator>`);
    await loaded(el);
    await choose(el, 'widget', 'funding-tracker');
    await choose(el, 'programme', 'soziale-angebote');
    await choose(el, 'layout', 'compact');
    field<HTMLInputElement>(el, 'input[name="snippet-kind"][value="iframe"]').click();
    await el.updateComplete;
    const code = field<HTMLTextAreaElement>(el, 'textarea').value;
    expect(code).to.match(/^<iframe src="\/cdn\/embed\.html\?widget=funding-tracker&amp;src=%2Fdemo%2Fdata%2Fwesel\.json&amp;programme=soziale-angebote&amp;layout=compact"/);
    expect(code).to.contain('title="Förderprogramme"');
    expect(code).to.contain('<script type="module" src="/cdn/embed-host.js"></script>');
    // What "copy" puts on the clipboard is the whole snippet, not a comment.
    let clipboard = '';
    const writeText = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator.clipboard), 'writeText')!;
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void (clipboard = text) });
    try {
      const copied = oneEvent(el, 'qw-snippet-copied');
      field<HTMLButtonElement>(el, 'button[name="copy"]').click();
      const { detail } = await copied;
      expect(detail.text).to.equal(code);
      expect(clipboard).to.equal(code);
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator.clipboard), 'writeText')).to.deep.equal(writeText);
    }
    expect(preview(el).localName).to.equal('qw-funding-tracker');
    expect(preview(el).getAttribute('layout')).to.equal('compact');
  });

  it('keeps the preview element while the snippet stays the same', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" widget="housing-gauge"></qw-configurator>`);
    await loaded(el);
    const first = preview(el);
    field<HTMLInputElement>(el, 'input[name="snippet-kind"][value="npm"]').click();
    await el.updateComplete;
    expect(preview(el)).to.equal(first);
    await choose(el, 'view', 'table');
    expect(preview(el)).to.not.equal(first);
    expect(preview(el).getAttribute('view')).to.equal('table');
  });

  it('says in words when the preview data file is missing, and offers nothing to copy', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/gibt-es-nicht.json"></qw-configurator>`);
    await loaded(el);
    await el.updateComplete;
    expect(field(el, '[role="alert"]').textContent).to.contain('Datei nicht gefunden (404)');
    expect(field<HTMLButtonElement>(el, 'button[name="copy"]').disabled).to.equal(true);
    expect(el.snippet).to.equal('');
  });

  it('previews a chosen document file as inline data', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator widget="housing-gauge" snippet-kind="inline"></qw-configurator>`);
    chooseFiles(el, [await fixtureFile('/demo/data/wesel.json')]);
    await waitUntil(() => el.snippet.includes('application/json'), 'file not used', { timeout: 10000 });
    expect(el.snippet).to.match(/\n<qw-housing-gauge>\n/);
    const widget = preview(el);
    expect(widget.querySelector('script[type="application/json"]')).to.not.equal(null);
    await waitUntil(() => widget.state === 'ready', 'preview of the chosen data not ready', { timeout: 10000 });
  });

  it('says which rule a chosen document breaks', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator></qw-configurator>`);
    chooseFiles(el, [new File(['{"version": 2}'], 'alt.json')]);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 10000 });
    expect(field(el, '[role="alert"]').textContent).to.match(/passen nicht zum Datenformat: \$\.version/);
  });

  it('imports a GeoJSON and a German CSV through the file input, shows what it recognised, and previews the map', async function () {
    this.timeout(60000);
    const el = await fixture<QwConfigurator>(html`<qw-configurator widget="district-map"></qw-configurator>`);
    // Boundaries as a city has them: a GeoJSON of the Kreis's Gemeinden (ags, name), and the population table as Excel saves it.
    const kreis = await (await fetch('/demo/data/kreis-wesel.json')).json();
    const geojson = new File([JSON.stringify(kreis.areaLevels[0].geometry)], 'gemeinden.geojson', { type: 'application/geo+json' });
    chooseFiles(el, [geojson, new File([windows1252(WIDE_CSV_LINES)], 'bevoelkerung-breit.csv', { type: 'text/csv' })]);
    await waitUntil(() => root(el).querySelector('select[name="map-areaId"]') && !root(el).querySelector('[role="status"]')?.textContent?.includes('läuft'), 'files not inspected', { timeout: 20000 });
    await el.updateComplete;
    expect(field<HTMLSelectElement>(el, 'select[name="map-areaId"]').value).to.equal('ags');
    expect(field<HTMLSelectElement>(el, 'select[name="map-areaName"]').value).to.equal('name');
    expect(field(el, 'ul.files').textContent).to.match(/Kopfzeile in Zeile 3, .*Spalten: Gemeinde · 31\.12\.2020/);
    // A new document needs a publisher; a wide table names no indicator: the error says which field to fill in.
    await type(el, 'map-publisher', 'Kreis Wesel');
    await waitUntil(() => root(el).querySelector('.issues.errors')?.textContent?.includes('„Indikator: Kennung“'), 'no error for the missing indicator', { timeout: 20000 });
    await type(el, 'map-indicator', 'bevoelkerung');
    await type(el, 'map-label', 'Bevölkerung');
    await type(el, 'map-unit', 'Tsd.');
    await type(el, 'map-level', 'gemeinde');
    await waitUntil(() => el.importedText !== undefined || (root(el).querySelector('.issues.errors') && !root(el).querySelector('.issues.errors')!.textContent!.includes('Indikator') && !field(el, '[role="status"]').textContent), 'not imported', { timeout: 20000 });
    expect(root(el).querySelector('.issues.errors')?.textContent ?? '').to.equal('');
    await el.updateComplete;
    const summary = field(el, '.summary').textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('13 Gebiete');
    expect(summary).to.match(/Indikator „Bevölkerung“ \(bevoelkerung, Tsd\.\): \d+ Werte, Zeiträume 2020-12-31, 2021-12-31, 2022-05-15, 2022-06-30/);
    expect(summary).to.match(/Zeichen → Status: \d+ × /);
    expect(field(el, '.issues.infos').textContent).to.contain('Trennzeichen „;“');
    expect(el.importInWorker, 'the import ran off the page’s thread').to.equal(true);
    const doc = JSON.parse(el.importedText!);
    expect(doc.indicators[0].values.find((v: { area: string; period: string }) => v.area === '05170004' && v.period === '2021-12-31').value).to.equal(12.528);
    const map = preview(el);
    expect(map.localName).to.equal('qw-district-map');
    expect(map.getAttribute('indicator')).to.equal('bevoelkerung');
    await waitUntil(() => map.state === 'ready', 'map preview not ready', { timeout: 20000 });
  });

  it('names the row of an unknown area', async function () {
    this.timeout(60000);
    const el = await fixture<QwConfigurator>(html`<qw-configurator></qw-configurator>`);
    const kreis = await (await fetch('/demo/data/kreis-wesel.json')).json();
    const csv = 'Gemeinde;2023\nAlpen;12,5\nSonsbek;8,1\n';
    chooseFiles(el, [new File([JSON.stringify(kreis.areaLevels[0].geometry)], 'gemeinden.geojson'), new File([csv], 'werte.csv')]);
    await waitUntil(() => root(el).querySelector('select[name="map-areaId"]'), 'not inspected', { timeout: 20000 });
    await type(el, 'map-indicator', 'x');
    await type(el, 'map-label', 'X');
    await type(el, 'map-publisher', 'Kreis Wesel');
    await waitUntil(() => root(el).querySelector('.issues.errors')?.textContent?.includes('Sonsbek'), 'no error for the unknown area', { timeout: 20000 });
    expect(field(el, '.issues.errors').textContent).to.match(/werte\.csv: Zeile 3, Spalte A: Gebiet „Sonsbek“ ist in der Raumebene „gebiet“ unbekannt; meinten Sie Sonsbeck/);
    expect(el.importedText).to.equal(undefined);
  });
});
