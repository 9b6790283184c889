/**
 * A host page that adds enumerable properties to `Object.prototype` and `Array.prototype` (old
 * libraries still do) must not break any widget: the library is imported only after the
 * pollution, as on such a page, and all five widgets render.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { WidgetTag } from '../test-support/hostile.ts';

const proto = Object.prototype as unknown as Record<string, unknown>;
const arrayProto = Array.prototype as unknown as Record<string, unknown>;

describe('enumerable additions to built-in prototypes', () => {
  let hostile: typeof import('../test-support/hostile.ts');

  before(async () => {
    proto.polluted = 1;
    arrayProto.extra = () => 0;
    await import('../quartier-widgets.ts');
    hostile = await import('../test-support/hostile.ts');
  });

  after(() => {
    delete proto.polluted;
    delete arrayProto.extra;
  });

  it('the pollution is in place (the test can fail)', () => {
    const probe: Record<string, unknown> = {};
    const keys: string[] = [];
    for (const key in probe) keys.push(key);
    expect(keys).to.deep.equal(['polluted']);
  });

  for (const tag of ['qw-district-map', 'qw-indicator-trend', 'qw-housing-gauge', 'qw-funding-tracker', 'qw-district-profile'] as WidgetTag[]) {
    it(`<${tag}> is defined and renders`, async () => {
      expect(customElements.get(tag), `${tag} defined`).to.not.equal(undefined);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
        const el = hostile.widgetFor(tag, await hostile.weselDocument(), ['innenstadt', 'feldmark', 'fusternberg']);
        wrapper.append(el);
        await hostile.whenSettled(el);
        expect(el.getAttribute('state'), `${tag} state`).to.equal('ready');
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot!.textContent).not.to.match(/polluted|=> 0/);
        hostile.expectWithinBox(el, 20000);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }

  it('validates the document and keeps src loading working', async () => {
    const el = document.createElement('qw-housing-gauge');
    el.setAttribute('src', '/demo/data/wesel.json');
    await fixture(html`<div>${el}</div>`);
    await hostile.whenSettled(el);
    expect(el.getAttribute('state')).to.equal('ready');
  });
});
