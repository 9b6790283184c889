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

  it('the autoloader schedules it as the first widget tag appears, before the widget’s module arrives', () => {
    const watch = watchIdleAndIntl();
    const host = document.createElement('div');
    host.innerHTML = '<qw-housing-gauge></qw-housing-gauge><qw-funding-tracker></qw-funding-tracker>';
    document.body.append(host);
    try {
      discover(host);
      // Synchronously after discover: the define modules are still on their way, so this is the autoloader's own task.
      expect(watch.idle, 'one idle task for the page, not one per widget').to.have.length(1);
      watch.runIdle();
      expect(watch.created.number).to.equal(1);
      discover(host);
      warmIntl();
      expect(watch.idle, 'no second warm-up, neither from the autoloader nor from the widget base').to.have.length(0);
      expect(intlWarmed()).to.be.true;
    } finally {
      watch.restore();
      host.remove();
    }
  });
});
