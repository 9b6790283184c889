import { expect } from '@open-wc/testing';
import { discover } from './autoload.ts';
import { intlWarmed, warmIntl } from './warm-intl.ts';

/** Captures idle callbacks and counts the Intl formats created while they run. */
function watchIdleAndIntl() {
  const idle: IdleRequestCallback[] = [];
  const created = { number: 0, date: 0 };
  const originals = { ric: window.requestIdleCallback, NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
  window.requestIdleCallback = (callback) => idle.push(callback);
  Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
    created.number++;
    return new originals.NumberFormat(...args);
  } as unknown as typeof Intl.NumberFormat;
  Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    created.date++;
    return new originals.DateTimeFormat(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  const restore = () => {
    window.requestIdleCallback = originals.ric;
    Intl.NumberFormat = originals.NumberFormat;
    Intl.DateTimeFormat = originals.DateTimeFormat;
  };
  const runIdle = () => idle.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 }));
  return { idle, created, restore, runIdle };
}

/** Replaces `Worker` with a stand-in that records what was started and can fail like a blocked one. */
function fakeWorkers() {
  const started: (EventTarget & { url: string })[] = [];
  const original = window.Worker;
  window.Worker = class extends EventTarget {
    readonly url: string;
    constructor(url: string | URL) {
      super();
      this.url = String(url);
      started.push(this);
    }
  } as unknown as typeof Worker;
  return { started, restore: () => (window.Worker = original) };
}

describe('ICU warm-up (the first number format of a page)', () => {
  // The flag both starters share; each test starts a page that has not warmed yet.
  beforeEach(() => delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('quartier-widgets.intl-warmed')]);

  it('the widget base creates one number and one date format in idle time, once per page', () => {
    const watch = watchIdleAndIntl();
    try {
      expect(intlWarmed()).to.be.false;
      warmIntl();
      warmIntl();
      expect(watch.idle, 'one idle task, not a format on the spot').to.have.length(1);
      expect(watch.created).to.deep.equal({ number: 0, date: 0 });
      watch.runIdle();
      expect(watch.created).to.deep.equal({ number: 1, date: 1 });
      expect(intlWarmed()).to.be.true;
    } finally {
      watch.restore();
    }
  });

  it('the autoloader has a worker load it as the first widget tag appears: no task on the page, one worker per page', () => {
    const watch = watchIdleAndIntl();
    const workers = fakeWorkers();
    const host = document.createElement('div');
    host.innerHTML = '<qw-housing-gauge></qw-housing-gauge><qw-funding-tracker></qw-funding-tracker>';
    document.body.append(host);
    try {
      discover(host);
      // Synchronously after discover: the define modules are still on their way, so this is the autoloader's own work.
      expect(workers.started.map((w) => new URL(w.url).pathname.split('/').pop())).to.deep.equal(['qw-intl-worker.js']);
      expect(new URL(workers.started[0]!.url).origin).to.equal(location.origin);
      expect(watch.idle, 'no idle task on the page').to.have.length(0);
      expect(watch.created, 'no format on the page').to.deep.equal({ number: 0, date: 0 });
      discover(host);
      warmIntl();
      expect(workers.started, 'no second warm-up, neither from the autoloader nor from the widget base').to.have.length(1);
      expect(watch.idle).to.have.length(0);
      expect(intlWarmed()).to.be.true;
    } finally {
      workers.restore();
      watch.restore();
      host.remove();
    }
  });

  it('the autoloader warms in idle time when its worker cannot start (a policy without worker-src, a missing file)', () => {
    const watch = watchIdleAndIntl();
    const workers = fakeWorkers();
    const host = document.createElement('div');
    host.innerHTML = '<qw-housing-gauge></qw-housing-gauge>';
    document.body.append(host);
    try {
      discover(host);
      expect(watch.idle).to.have.length(0);
      workers.started[0]!.dispatchEvent(new Event('error'));
      expect(watch.idle, 'the idle warm-up instead').to.have.length(1);
      watch.runIdle();
      expect(watch.created).to.deep.equal({ number: 1, date: 1 });
    } finally {
      workers.restore();
      watch.restore();
      host.remove();
    }
  });
});
