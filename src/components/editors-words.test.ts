/** Editors' words on every widget: `heading`, `heading-level` and `description` (issue 12). */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/indicator-trend.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import type { QwElement } from '../shared/base-element.ts';
import { clearContractCache } from '../shared/loader.ts';

const HEADING = 'Unsere Stadtteile im Blick';
const DESCRIPTION = 'Ein Satz der Redaktion über diese Grafik.';

const WIDGETS: Record<string, string> = {
  'qw-district-map': 'renderer="svg"',
  'qw-indicator-trend': 'show-total',
  'qw-housing-gauge': '',
  'qw-funding-tracker': '',
  'qw-district-profile': 'area="feldmark"',
};

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe("editors' words on every widget", () => {
  beforeEach(() => clearContractCache());

  for (const [tag, extra] of Object.entries(WIDGETS)) {
    it(`${tag}: heading-level="3" gives an <h3> with the heading, and the description describes the widget`, async () => {
      const el = await fixture<QwElement>(
        `<${tag} src="/demo/data/wesel.json" heading="${HEADING}" heading-level="3" description="${DESCRIPTION}" ${extra}></${tag}>`,
      );
      await waitUntil(() => el.state !== 'loading', `${tag} did not settle`, { timeout: 15000 });
      expect(el.state).to.equal('ready');
      const root = el.shadowRoot!;
      const h3 = root.querySelector('h3');
      expect(words(h3)).to.equal(HEADING);
      expect(root.querySelector('h2'), 'no other heading level for the title').to.equal(null);
      const frame = root.querySelector('[part~="base"]')!;
      expect(frame.getAttribute('aria-labelledby')).to.equal(h3!.id);
      const describedBy = frame.getAttribute('aria-describedby');
      expect(describedBy, 'aria-describedby').to.be.a('string');
      expect(words(root.getElementById(describedBy!))).to.equal(DESCRIPTION);
    });
  }

  it('without heading-level the title stays an <h2>, the own title without heading', async () => {
    const el = await fixture<QwElement>(`<qw-funding-tracker src="/demo/data/wesel.json"></qw-funding-tracker>`);
    await waitUntil(() => el.state !== 'loading', 'tracker did not settle', { timeout: 15000 });
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
    expect(words(el.shadowRoot!.querySelector('h2'))).not.to.equal(HEADING);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('aria-describedby')).to.equal(false);
  });
});
