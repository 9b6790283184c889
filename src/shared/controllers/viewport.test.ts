import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ViewportController } from './viewport.ts';

class ViewportHost extends LitElement {
  nearCalls = 0;
  readonly viewport = new ViewportController(this, { onNear: () => this.nearCalls++, rootMargin: '0px' });
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('qw-test-viewport-host', ViewportHost);

const frames = (n = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('ViewportController', () => {
  it('calls onNear once the host is in (or near) the viewport', async () => {
    const host = await fixture<ViewportHost>(html`<qw-test-viewport-host style="display: block; height: 10px"></qw-test-viewport-host>`);
    await waitUntil(() => host.nearCalls === 1, 'onNear not called');
    await host.viewport.whenNear();
    await frames();
    expect(host.nearCalls).to.equal(1);
  });

  it('waits while the host is far below the viewport, and gives up when it leaves the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="padding-top: 5000px"><qw-test-viewport-host style="display: block; height: 10px"></qw-test-viewport-host></div>`);
    const host = wrapper.querySelector<ViewportHost>('qw-test-viewport-host')!;
    let resolved = false;
    void host.viewport.whenNear().then(() => (resolved = true));
    await frames();
    expect(host.nearCalls).to.equal(0);
    expect(resolved).to.equal(false);
    host.remove();
    wrapper.style.paddingTop = '0';
    await frames();
    expect(host.nearCalls).to.equal(0);
  });

  it('starts again on reconnection and calls onNear for the new connection', async () => {
    const host = await fixture<ViewportHost>(html`<qw-test-viewport-host style="display: block; height: 10px"></qw-test-viewport-host>`);
    await waitUntil(() => host.nearCalls === 1, 'onNear not called');
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await waitUntil(() => host.nearCalls === 2, 'onNear not called after reconnection');
  });
});
