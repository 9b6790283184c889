import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import './configurator.ts';
import type { QwConfigurator } from './configurator-element.ts';
import { snippetAddress } from './configurator-element.ts';
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

describe('qw-configurator', () => {
  beforeEach(() => clearContractCache());

  it('loads the data file, offers the housing periods and writes the chosen period into snippet and preview', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" widget="housing-gauge" cdn-base="/cdn/"></qw-configurator>`);
    await loaded(el);
    await el.updateComplete;
    const periods = [...field<HTMLSelectElement>(el, 'select[name="period"]').options].map((o) => o.value);
    expect(periods).to.deep.equal(['', '2021']);
    await choose(el, 'period', '2021');
    await choose(el, 'lang', 'en');
    expect(el.snippet).to.equal('<script type="module" src="/cdn/quartier-widgets.js"></script>\n<qw-housing-gauge src="/demo/data/wesel.json" period="2021" lang="en"></qw-housing-gauge>');
    expect(field<HTMLTextAreaElement>(el, 'textarea').value).to.equal(el.snippet);
    const widget = preview(el);
    expect(widget.localName).to.equal('qw-housing-gauge');
    expect(widget.getAttribute('period')).to.equal('2021');
    await waitUntil(() => widget.state === 'ready', 'preview not ready', { timeout: 10000 });
    expect(widget.shadowRoot!.textContent).to.contain('2021');
  });

  it('switches widget and snippet kind: the funding tracker in compact layout as an iframe', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" widget="housing-gauge" cdn-base="/cdn/"></qw-configurator>`);
    await loaded(el);
    await choose(el, 'widget', 'funding-tracker');
    await choose(el, 'programme', 'soziale-angebote');
    await choose(el, 'layout', 'compact');
    const radio = field<HTMLInputElement>(el, 'input[name="snippet-kind"][value="iframe"]');
    radio.click();
    await el.updateComplete;
    const code = field<HTMLTextAreaElement>(el, 'textarea').value;
    expect(code).to.contain('<iframe src="/cdn/embed.html?widget=funding-tracker&amp;src=%2Fdemo%2Fdata%2Fwesel.json&amp;programme=soziale-angebote&amp;layout=compact"');
    expect(code).to.contain('title="Förderprogramme"');
    expect(code).to.contain('<script type="module" src="/cdn/embed-host.js"></script>');
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

  it('says in words when the data file is missing, and offers nothing to copy', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/gibt-es-nicht.json"></qw-configurator>`);
    await loaded(el);
    await el.updateComplete;
    expect(field(el, '[role="alert"]').textContent).to.contain('Datei nicht gefunden (404)');
    expect(field<HTMLButtonElement>(el, 'button').disabled).to.equal(true);
    expect(el.snippet).to.equal('');
  });

  it('embeds an uploaded file in the snippet and previews it the same way', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json" widget="housing-gauge"></qw-configurator>`);
    await loaded(el);
    const text = await (await fetch('/demo/data/wesel.json')).text();
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'wesel.json', { type: 'application/json' }));
    const input = field<HTMLInputElement>(el, 'input[type="file"]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.snippet.includes('application/json'), 'upload not embedded', { timeout: 10000 });
    expect(el.snippet).to.match(/<qw-housing-gauge>\n {2}<script type="application\/json">\{"version":1,/);
    expect(el.snippet).to.not.contain(' src="/demo');
    const widget = preview(el);
    expect(widget.querySelector('script[type="application/json"]')).to.not.equal(null);
    await waitUntil(() => widget.state === 'ready', 'preview of the uploaded data not ready', { timeout: 10000 });
  });

  it('says which rule a data file breaks', async () => {
    const el = await fixture<QwConfigurator>(html`<qw-configurator src="/demo/data/wesel.json"></qw-configurator>`);
    await loaded(el);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"version": 2}'], 'alt.json'));
    const input = field<HTMLInputElement>(el, 'input[type="file"]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown', { timeout: 10000 });
    expect(field(el, '[role="alert"]').textContent).to.match(/passen nicht zum Datenformat: \$\.version/);
  });
});

describe('snippetAddress', () => {
  it('turns a relative address into a path from the server root, and keeps other servers whole', () => {
    const base = 'https://www.example.org/demo/configurator.html';
    expect(snippetAddress('data/wesel.json', base)).to.equal('/demo/data/wesel.json');
    expect(snippetAddress('../daten/a.json?v=2', base)).to.equal('/daten/a.json?v=2');
    expect(snippetAddress('/daten/a.json', base)).to.equal('/daten/a.json');
    expect(snippetAddress('https://opendata.example.net/a.json', base)).to.equal('https://opendata.example.net/a.json');
  });
});
