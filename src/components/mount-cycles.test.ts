/**
 * Mounting and removing a widget leaves nothing registered: no element under a ResizeObserver or
 * IntersectionObserver, no pending timer, no listener on window or document. Each widget is
 * mounted and removed 50 times after it is ready and 50 times before (half of them while the
 * document is still loading from `src`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/indicator-trend.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import { LeakProbe, type LeakCounts } from '../test-support/leak-probe.ts';
import { weselDocument, whenSettled, widgetFor, WIDGET_TAGS, type WidgetTag } from '../test-support/hostile.ts';

const CYCLES = 50;
/** What may stay: a page-wide listener or timer that one widget installs once for all. */
const TOLERANCE = 2;
const AREAS = ['innenstadt', 'feldmark', 'fusternberg'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function cycle(tag: WidgetTag, doc: unknown, host: HTMLElement, untilReady: boolean): Promise<void> {
  const el = widgetFor(tag, doc, AREAS);
  host.append(el);
  if (untilReady) {
    await whenSettled(el);
    // The map and the trend draw after "ready" with their engines; wait for them too.
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await pause(tag === 'qw-district-map' || tag === 'qw-indicator-trend' ? 60 : 0);
  } else await Promise.resolve();
  el.remove();
}

function growth(before: LeakCounts, after: LeakCounts): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof LeakCounts]]));
}

describe('mount and unmount', () => {
  const probe = new LeakProbe();
  before(() => probe.install());
  after(() => probe.uninstall());

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> leaves nothing registered after ${CYCLES} cycles after ready and ${CYCLES} before`, async function () {
      this.timeout(180_000);
      const doc = await weselDocument();
      const host = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      // Warm up: engines load, page-wide channels are set up once.
      for (let i = 0; i < 3; i++) await cycle(tag, doc, host, true);
      await pause(400);
      const baseline = probe.counts();
      for (let i = 0; i < CYCLES; i++) await cycle(tag, doc, host, true);
      // Removed before ready: half with the document given, half while it loads from `src`.
      for (let i = 0; i < CYCLES / 2; i++) await cycle(tag, doc, host, false);
      for (let i = 0; i < CYCLES / 2; i++) await cycle(tag, `/demo/data/wesel.json?cycle=${i}`, host, false);
      await pause(400);
      const grown = growth(baseline, probe.counts());
      if (grown.timeouts! > TOLERANCE) console.log([...new Set(probe.timeoutOrigins.values())].slice(0, 5).join('\n'));
      for (const [key, value] of Object.entries(grown)) expect(value, `${tag}: ${key} grew by ${value}`).to.be.at.most(TOLERANCE);
    });
  }
});
