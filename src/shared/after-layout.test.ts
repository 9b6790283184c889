import { expect, fixture, html } from '@open-wc/testing';
import { afterLayout, forgetLayoutReads } from './after-layout.ts';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('afterLayout', () => {
  it('reads every waiting element in one go after the layout, before any caller goes on', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p style="width: 120px">a</p><p style="width: 80px">b</p></div>`);
    const [a, b] = [...host.querySelectorAll('p')] as HTMLElement[];
    const order: string[] = [];
    const readA = afterLayout(a!, () => (order.push('read a'), a!.clientWidth)).then((width) => {
      order.push('then a');
      // A caller that changes the page: the other element was read already.
      b!.style.width = '300px';
      return width;
    });
    const readB = afterLayout(b!, () => (order.push('read b'), b!.clientWidth)).then((width) => (order.push('then b'), width));
    expect(order, 'nothing is read at once').to.deep.equal([]);
    expect(await Promise.all([readA, readB])).to.deep.equal([120, 80]);
    expect(order).to.deep.equal(['read a', 'read b', 'then a', 'then b']);
  });

  it('passes an error of the read to its caller only', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p>a</p></div>`);
    const p = host.querySelector('p')!;
    const failing = afterLayout(p, () => {
      throw new Error('kaputt');
    });
    const other = afterLayout(p, () => 'fine');
    expect(await other).to.equal('fine');
    let message = '';
    await failing.catch((error: Error) => (message = error.message));
    expect(message).to.equal('kaputt');
  });

  it('forgets the reads of an element that left the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><p>a</p></div>`);
    const p = host.querySelector('p')!;
    let read = false;
    void afterLayout(p, () => (read = true));
    forgetLayoutReads(p);
    p.remove();
    await frames(3);
    expect(read).to.be.false;
  });
});
