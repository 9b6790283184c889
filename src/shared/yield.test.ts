import { expect } from '@open-wc/testing';
import { afterNextPaint, yieldToMain } from './yield.ts';

describe('yieldToMain', () => {
  it('ends the current task: every microtask queued meanwhile runs before it resolves', async () => {
    // A promise that only looks like a yield resolves after two or three microtasks; a new task
    // starts only once the microtask queue is empty.
    let microtasks = 0;
    const spin = () => {
      if (++microtasks < 1000) queueMicrotask(spin);
    };
    queueMicrotask(spin);
    await yieldToMain();
    expect(microtasks).to.equal(1000);
  });

  it('without scheduler.yield() falls back to a zero timeout, after the tasks queued before it', async () => {
    const scope = globalThis as { scheduler?: unknown };
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true, writable: true });
    try {
      let queuedTaskRan = false;
      setTimeout(() => (queuedTaskRan = true), 0);
      await yieldToMain();
      expect(scope.scheduler).to.equal(undefined);
      expect(queuedTaskRan).to.be.true;
    } finally {
      if (saved) Object.defineProperty(globalThis, 'scheduler', saved);
      else delete scope.scheduler;
    }
  });

  it('afterNextPaint resolves after a frame, or after its limit where none comes', async () => {
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await afterNextPaint();
    expect(framed, 'a frame callback queued before it ran first').to.be.true;
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a tab in the background: no frames
    try {
      const started = performance.now();
      await afterNextPaint(30);
      expect(performance.now() - started).to.be.at.least(29);
    } finally {
      window.requestAnimationFrame = original;
    }
  });
});
