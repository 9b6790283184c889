import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PlaybackController } from './playback.ts';

class PlaybackHost extends LitElement {
  items = ['2021', '2022', '2023'];
  current = '2023';
  steps: string[] = [];
  updates = 0;
  readonly playback = new PlaybackController<string>(this, {
    interval: 20,
    position: () => ({ items: this.items, current: this.current }),
    step: (item) => {
      this.steps.push(item);
      this.current = item;
    },
  });

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('qw-test-playback-host', PlaybackHost);

describe('PlaybackController', () => {
  it('starts from the first item when at the last, steps through and stops at the last', async () => {
    const host = await fixture<PlaybackHost>(html`<qw-test-playback-host></qw-test-playback-host>`);
    host.playback.start();
    expect(host.playback.playing).to.equal(true);
    expect(host.steps).to.deep.equal(['2021']);
    await waitUntil(() => !host.playback.playing, 'did not stop', { timeout: 2000 });
    expect(host.steps).to.deep.equal(['2021', '2022', '2023']);
    expect(host.current).to.equal('2023');
  });

  it('continues from the current item and updates the host when it starts and stops', async () => {
    const host = await fixture<PlaybackHost>(html`<qw-test-playback-host></qw-test-playback-host>`);
    host.current = '2022';
    const before = host.updates;
    host.playback.toggle();
    await host.updateComplete;
    expect(host.updates).to.be.greaterThan(before);
    expect(host.steps).to.deep.equal([]);
    await waitUntil(() => !host.playback.playing, 'did not stop', { timeout: 2000 });
    expect(host.steps).to.deep.equal(['2023']);
  });

  it('stops on request and when the host leaves the page', async () => {
    const host = await fixture<PlaybackHost>(html`<qw-test-playback-host></qw-test-playback-host>`);
    host.current = '2021';
    host.playback.toggle();
    host.playback.toggle();
    expect(host.playback.playing).to.equal(false);
    host.playback.start();
    host.remove();
    expect(host.playback.playing).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(host.steps).to.deep.equal([]);
  });

  it('does not start without items', async () => {
    const host = await fixture<PlaybackHost>(html`<qw-test-playback-host></qw-test-playback-host>`);
    host.items = [];
    host.playback.start();
    expect(host.playback.playing).to.equal(false);
  });
});
