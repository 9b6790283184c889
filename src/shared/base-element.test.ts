import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { TestWidget } from '../test-support/test-widget.ts';
import { miniContract } from '../test-support/fixtures.ts';
import { clearContractCache } from './loader.ts';
import { QwSelectEvent } from './events.ts';
import { translator } from './i18n.ts';
import { defineElement } from './define.ts';

/** A widget whose own texts' English module arrives only when the test says so. */
let releaseEnglish!: () => void;
const englishArrives = new Promise<void>((resolve) => (releaseEnglish = resolve));
const lazyText = translator<'note'>({ de: { note: 'Stand der Daten' }, en: () => englishArrives.then(() => ({ en: { note: 'State of the data' } })) });
class LazyTextsWidget extends TestWidget {
  protected override readonly texts = lazyText;
  protected override subheading(): string {
    return lazyText(this.language, 'note');
  }
}
defineElement('qw-test-lazy-texts', LazyTextsWidget);

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const ready = (el: TestWidget) => waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 5000 });

describe('shared widget base', () => {
  beforeEach(() => clearContractCache());

  it('takes data from the data property, reflects state and fires qw-ready', async () => {
    const el = document.createElement('qw-test-widget');
    const readyEvent = oneEvent(el, 'qw-ready');
    el.data = miniContract();
    document.body.append(el);
    await readyEvent;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadowText(el)).to.contain('Arbeitslosenanteil');
    expect(shadowText(el)).to.contain('17,1');
    el.remove();
  });

  it('takes data from an inline JSON script child', async () => {
    const json = JSON.stringify(miniContract()).replace(/</g, '\\u003c');
    const el = await fixture<TestWidget>(`<qw-test-widget><script type="application/json">${json}</script></qw-test-widget>`);
    await ready(el);
    expect(el.state).to.equal('ready');
  });

  it('says in plain words when no data is given, and fires qw-error', async () => {
    const el = document.createElement('qw-test-widget');
    const errorEvent = oneEvent(el, 'qw-error');
    document.body.append(el);
    const event = await errorEvent;
    expect(event.detail.code).to.equal('no-source');
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Es wurden keine Daten angegeben');
    el.remove();
  });

  it('says in plain words that a part with errors cannot be shown, with each JSON path folded for the maintainer and the first path in qw-error', async () => {
    const doc = miniContract() as any;
    doc.indicators[0].values[0].value = 'acht';
    doc.indicators[0].values[1].area = 'atlantis';
    const el = document.createElement('qw-test-widget');
    const errorEvent = oneEvent(el, 'qw-error');
    el.data = doc;
    document.body.append(el);
    const event = await errorEvent;
    expect(event.detail.code).to.equal('invalid-part');
    expect(event.detail.path).to.equal('$.indicators[0].values[0].value');
    expect(el.shadowRoot!.querySelector('.error strong')!.textContent).to.equal('Diese Grafik kann gerade nicht angezeigt werden.');
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('.error details')!.open).to.equal(false);
    const items = [...el.shadowRoot!.querySelectorAll('.error li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(items).to.deep.equal([
      '$.indicators[0].values[0].value: Indikator „arbeitslose“, Gebiet „nord“, 2022, Feld „value“: erwartet Zahl, gefunden Text "acht"',
      '$.indicators[0].values[1].area: Indikator „arbeitslose“, Gebiet „atlantis“, 2022, Feld „area“: unbekanntes Gebiet „atlantis“ in der Raumebene „bezirk“ (erlaubt: „nord“, „mitte“, „sued“, „ost“)',
    ]);
    el.remove();
  });

  it('stops every widget when the document itself is broken (meta), with code invalid', async () => {
    const doc = miniContract() as any;
    delete doc.meta.title;
    const el = document.createElement('qw-test-widget');
    const errorEvent = oneEvent(el, 'qw-error');
    el.data = doc;
    document.body.append(el);
    const event = await errorEvent;
    expect(event.detail.code).to.equal('invalid');
    expect(event.detail.path).to.match(/^\$\.meta/);
    el.remove();
  });

  it('reports an unknown indicator as a configuration error', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget indicator="gibtsnicht" .data=${miniContract()}></qw-test-widget>`);
    await ready(el);
    expect(el.state).to.equal('error');
    expect(shadowText(el)).to.contain('Die Einstellungen des Elements passen nicht zu den Daten');
  });

  it('recovers when a wrong attribute is corrected', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget indicator="gibtsnicht" .data=${miniContract()}></qw-test-widget>`);
    await ready(el);
    expect(el.state).to.equal('error');
    el.indicator = 'arbeitslose';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('is empty, not broken, when the indicator has no values', async () => {
    const doc = miniContract();
    doc.indicators![0]!.values = [];
    const el = await fixture<TestWidget>(html`<qw-test-widget .data=${doc}></qw-test-widget>`);
    await ready(el);
    expect(el.getAttribute('state')).to.equal('empty');
    expect(shadowText(el)).to.contain('Für diese Auswahl liegen keine Daten vor');
  });

  it('resolves lang from its own attribute, else the nearest ancestor, else German', async () => {
    const wrapper = await fixture(html`<div lang="en-GB">
      <qw-test-widget id="inherit" .data=${miniContract()}></qw-test-widget>
      <qw-test-widget id="own" lang="de" .data=${miniContract()}></qw-test-widget>
    </div>`);
    const inherit = wrapper.querySelector<TestWidget>('#inherit')!;
    const own = wrapper.querySelector<TestWidget>('#own')!;
    await ready(inherit);
    await ready(own);
    expect(inherit.language).to.equal('en');
    expect(shadowText(inherit)).to.contain('17.1%');
    expect(own.language).to.equal('de');
    expect(shadowText(own)).to.contain('17,1');
    own.setAttribute('lang', 'en');
    await own.updateComplete;
    expect(own.language).to.equal('en');
  });

  it('follows a language switch of the page without a reload, unless it has a lang of its own or has left the page', async () => {
    const html_ = document.documentElement;
    const pageLang = html_.getAttribute('lang');
    html_.setAttribute('lang', 'de');
    try {
      const wrapper = await fixture(html`<div>
        <section><qw-test-widget id="page" .data=${miniContract()}></qw-test-widget></section>
        <qw-test-widget id="own" lang="de" .data=${miniContract()}></qw-test-widget>
      </div>`);
      const page = wrapper.querySelector<TestWidget>('#page')!;
      const own = wrapper.querySelector<TestWidget>('#own')!;
      await ready(page);
      await ready(own);
      expect(shadowText(page)).to.contain('17,1');

      html_.setAttribute('lang', 'en-GB');
      await waitUntil(() => page.language === 'en', 'did not follow <html lang>', { timeout: 2000 });
      await ready(page);
      await page.updateComplete;
      expect(shadowText(page)).to.contain('17.1%');
      expect(own.language).to.equal('de');

      // A container nearer than <html> decides, and changes of it count too.
      const section = wrapper.querySelector('section')!;
      section.setAttribute('lang', 'de');
      await waitUntil(() => page.language === 'de', 'did not follow the container', { timeout: 2000 });
      section.removeAttribute('lang');
      await waitUntil(() => page.language === 'en', 'did not fall back to <html lang>', { timeout: 2000 });

      const gone = page;
      gone.remove();
      html_.setAttribute('lang', 'de');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(gone.language, 'a widget off the page no longer listens').to.equal('en');
      expect(own.language).to.equal('de');
    } finally {
      if (pageLang === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', pageLang);
    }
  });

  it('waits for its own English texts after a switch of language, with no header in two languages meanwhile', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<LazyTextsWidget>(html`<qw-test-lazy-texts .data=${miniContract()}></qw-test-lazy-texts>`);
      await ready(el);
      expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.equal('Stand der Daten');
      el.lang = 'en';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('header')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Loading data …');
      releaseEnglish();
      await ready(el);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.equal('State of the data');
      expect(shadowText(el)).to.contain('17.1%');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('shows the Beispieldaten mark when the data says it is illustrative', async () => {
    const doc = miniContract();
    doc.indicators![0]!.example = true;
    const el = await fixture<TestWidget>(html`<qw-test-widget .data=${doc}></qw-test-widget>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part="example-badge"]')!.textContent).to.equal('Beispieldaten');
    const plain = await fixture<TestWidget>(html`<qw-test-widget .data=${miniContract()}></qw-test-widget>`);
    await ready(plain);
    expect(plain.shadowRoot!.querySelector('[part="example-badge"]')).to.equal(null);
  });

  it('credits source and licence in the footer', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget .data=${miniContract()}></qw-test-widget>`);
    await ready(el);
    const footer = el.shadowRoot!.querySelector('footer')!;
    expect(footer.textContent).to.contain('Statistikstelle Teststadt');
    expect(footer.textContent).to.contain('Datenlizenz Deutschland – Namensnennung – 2.0');
    expect(footer.textContent).to.contain('31. Dezember 2024');
  });

  it('shows only the data table with view="table"', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget view="table" .data=${miniContract()}></qw-test-widget>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('.chart')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('table.data tr')).to.have.length(8);
  });

  it('links the selected area between widgets of the same group, and only those', async () => {
    const wrapper = await fixture(html`<div>
      <qw-test-widget id="a" group="g1" .data=${miniContract()}></qw-test-widget>
      <qw-test-widget id="b" group="g1" .data=${miniContract()}></qw-test-widget>
      <qw-test-widget id="c" group="other" .data=${miniContract()}></qw-test-widget>
    </div>`);
    const [a, b, c] = ['#a', '#b', '#c'].map((s) => wrapper.querySelector<TestWidget>(s)!);
    await ready(a!);
    const selected = oneEvent(a!, 'qw-select');
    a!.shadowRoot!.querySelector<HTMLButtonElement>('li[data-area="mitte"] button')!.click();
    const event = await selected;
    expect(event).to.be.instanceOf(QwSelectEvent);
    expect(event.detail).to.deep.equal({ areaId: 'mitte', indicator: 'arbeitslose', period: '2022' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(b!.sharedArea).to.equal('mitte');
    expect(c!.sharedArea).to.equal(undefined);
    // A widget that joins later starts with the group's current selection.
    const late = document.createElement('qw-test-widget');
    late.group = 'g1';
    late.data = miniContract();
    wrapper.append(late);
    await late.updateComplete;
    expect(late.sharedArea).to.equal('mitte');
  });
});
