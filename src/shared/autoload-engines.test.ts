import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { discover, enginesStartedEarly } from './autoload.ts';

// Its own page (a test file each): no widget is defined yet, so the autoloader sees every tag.
describe('autoloader head start: engines', () => {
  const frames = (n: number) =>
    new Promise<void>((resolve) => {
      const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
      step(n);
    });

  it('imports the engine of a widget in view while the widget’s own module loads; a map’s only for renderer="webgl"', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><qw-district-map renderer="webgl"></qw-district-map></div>`);
    discover(host);
    expect(customElements.get('qw-district-map'), 'not yet defined').to.equal(undefined);
    await waitUntil(() => enginesStartedEarly().includes('qw-district-map'), 'no early engine for a WebGL map in view', { timeout: 4000 });
  });

  it('starts no engine for a trend far below the viewport', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<div style="height: 6000px"></div><qw-indicator-trend></qw-indicator-trend>';
    discover(host);
    await customElements.whenDefined('qw-indicator-trend');
    await frames(3);
    expect(enginesStartedEarly()).to.not.include('qw-indicator-trend');
    host.remove();
  });
});
