import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TestWidget } from '../test-support/test-widget.ts';
import { miniContract } from '../test-support/fixtures.ts';
import type { ContractDocument } from '../contract/schema.ts';
import type { Attribution } from './base-element.ts';
import { clearContractCache } from './loader.ts';

/** A widget whose footer credits exactly what a test gives it, even what validation would refuse. */
class CreditWidget extends TestWidget {
  credits?: Attribution;
  protected override attribution(document: ContractDocument): Attribution {
    return this.credits ?? super.attribution(document);
  }
}
customElements.define('qw-credit-widget', CreditWidget);

async function footerOf(credits: Attribution, lang = 'de'): Promise<HTMLElement> {
  const el = document.createElement('qw-credit-widget') as CreditWidget;
  el.credits = credits;
  el.setAttribute('lang', lang);
  el.data = miniContract();
  const parent = await fixture(html`<div></div>`);
  parent.append(el);
  // The first widget of the file also waits for the lazily loaded validator's first compile.
  await waitUntil(() => el.state === 'ready', 'widget did not render', { timeout: 10_000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector('footer')!;
}

const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('footer: only what is shown, folded when long, safe links', () => {
  beforeEach(() => clearContractCache());

  it('lists one or two sources in the line', async () => {
    const footer = await footerOf({ sources: ['IT.NRW', { title: 'Agentur für Arbeit', url: 'https://statistik.arbeitsagentur.de' }], license: 'dl-de/by-2-0', updated: '2024-12-31' });
    expect(footer.querySelector('details')).to.equal(null);
    expect(words(footer)).to.match(/^Quellen: IT\.NRW; Agentur für Arbeit · Lizenz: Datenlizenz Deutschland – Namensnennung – 2\.0 · Stand: 31\. Dezember 2024$/);
    const one = await footerOf({ sources: ['IT.NRW'] });
    expect(words(one)).to.equal('Quelle: IT.NRW');
  });

  it('folds more than two sources into "Quellen (n)", which opens by keyboard', async () => {
    const sources = ['IT.NRW', 'Agentur für Arbeit', { title: 'Zensus 2022', url: 'https://ergebnisse.zensus2022.de' }];
    const footer = await footerOf({ sources, license: 'dl-de/by-2-0' });
    const details = footer.querySelector('details')!;
    expect(details, 'a folded list').to.exist;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(words(summary)).to.equal('Quellen (3)');
    expect([...details.querySelectorAll('li')].map(words)).to.deep.equal(['IT.NRW', 'Agentur für Arbeit', 'Zensus 2022']);
    expect(words(footer.querySelector('p')!)).to.equal('Lizenz: Datenlizenz Deutschland – Namensnennung – 2.0');
    // A <summary> is focusable and toggles with Enter and Space in every browser; no script needed.
    summary.focus();
    expect(footer.getRootNode() instanceof ShadowRoot && (footer.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
    summary.click();
    expect(details.open).to.equal(true);
    const en = await footerOf({ sources }, 'en');
    expect(words(en.querySelector('summary')!)).to.equal('Sources (3)');
  });

  it('renders a javascript: or data: address as plain text, and shields links to other hosts', async () => {
    const footer = await footerOf({
      sources: [{ title: 'Böse', url: 'javascript:alert(1)' }, { title: 'Bild', url: 'data:text/html,<b>x</b>' }, { title: 'Amt', url: 'https://example.org/amt' }, { title: 'Hier', url: '/quellen.html' }],
      license: 'eigene Lizenz',
      licenseUrl: 'javascript:alert(2)',
    });
    const links = [...footer.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/amt', '/quellen.html']);
    expect(words(footer)).to.contain('Böse').and.to.contain('Bild').and.to.contain('eigene Lizenz');
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[1]!.hasAttribute('rel')).to.equal(false);
    const licensed = await footerOf({ sources: [], license: 'dl-de/by-2-0' });
    expect(licensed.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer license');
  });
});
