import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ResizeController } from './resize.ts';

class ResizeHost extends LitElement {
  renders = 0;
  readonly size = new ResizeController(this, { target: () => this.renderRoot.querySelector('.box') });
  protected override render() {
    this.renders++;
    return litHtml`<div class="box" style="width: 100%"></div>`;
  }
}
customElements.define('qw-test-resize-host', ResizeHost);

class AtOnceHost extends ResizeHost {
  override readonly size = new ResizeController(this, { target: () => this.renderRoot.querySelector('.box'), measureAtOnce: true });
}
customElements.define('qw-test-resize-at-once', AtOnceHost);

describe('ResizeController', () => {
  it('keeps the content width of the target and updates the host when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><qw-test-resize-host></qw-test-resize-host></div>`);
    const host = wrapper.querySelector<ResizeHost>('qw-test-resize-host')!;
    await waitUntil(() => host.size.width === 300, 'width not measured');
    const renders = host.renders;
    wrapper.style.width = '420.4px';
    await waitUntil(() => host.size.width === 420, 'new width not measured');
    await host.updateComplete;
    expect(host.renders).to.be.greaterThan(renders);
  });

  it('with measureAtOnce, knows the width when its first update completes: before the next frame, no second frame with other content', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 310px"></div>`);
    const host = document.createElement('qw-test-resize-at-once') as AtOnceHost;
    wrapper.append(host);
    // The update the measurement asked for comes in the same task, not from the observer a frame later.
    // `updateComplete` resolves false while the update the measurement asked for is still pending.
    while (!(await host.updateComplete));
    expect(host.size.width).to.equal(310);
    expect(host.renders).to.equal(2);
    const plain = document.createElement('qw-test-resize-host') as ResizeHost;
    wrapper.append(plain);
    await plain.updateComplete;
    expect(plain.size.width, 'without it: measured by the observer, after this task').to.equal(0);
  });

  it('stops observing when the host leaves the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 200px"><qw-test-resize-host></qw-test-resize-host></div>`);
    const host = wrapper.querySelector<ResizeHost>('qw-test-resize-host')!;
    await waitUntil(() => host.size.width === 200, 'width not measured');
    const box = host.shadowRoot!.querySelector<HTMLElement>('.box')!;
    host.remove();
    document.body.append(box);
    box.style.width = '50px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(host.size.width).to.equal(200);
    box.remove();
  });

  it('reports every measurement to onResize and watches what it is told to', async () => {
    const widths: number[] = [];
    const host = document.createElement('div') as unknown as HTMLElement & { addController(): void; requestUpdate(): void; removeController(): void; updateComplete: Promise<boolean> };
    Object.assign(host, { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
    const controller = new ResizeController(host, { onResize: (width) => widths.push(width) });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 150px"></div>`);
    controller.observe(box);
    await waitUntil(() => widths.length > 0, 'no measurement');
    expect(widths).to.deep.equal([150]);
    controller.hostDisconnected();
  });
});
