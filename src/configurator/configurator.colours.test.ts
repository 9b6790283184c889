import { expect, fixture, waitUntil } from '@open-wc/testing';
import './configurator.ts';
import type { QwConfigurator } from './configurator-element.ts';

/** A computed colour as [r, g, b, alpha], r–b in 0…255: `rgb()`, `rgba()` or `color(srgb … / a)` (what color-mix gives). */
function rgba(color: string): [number, number, number, number] {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (color.startsWith('color(srgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return [r, g, b, a];
}

/** WCAG 2.1 contrast of text in `color` (blended over the ground when translucent) on `ground`. */
function contrast(color: string, ground: string): number {
  const [br, bg, bb] = rgba(ground);
  const [r, g, b, a] = rgba(color);
  const blended = [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
  const luminance = ([cr, cg, cb]: number[]) =>
    [cr!, cg!, cb!]
      .map((c) => c / 255)
      .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
      .reduce((sum, s, i) => sum + s * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [lighter, darker] = [luminance(blended), luminance([br!, bg!, bb!])].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** Every element of the configurator's own shadow root with text of its own, outside form controls and the preview widget. */
function texts(el: QwConfigurator): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (node) =>
      !node.closest('input, select, textarea, button, option, [class*="preview"] > :not(h2, p)') &&
      !node.localName.startsWith('qw-') &&
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) &&
      node.getBoundingClientRect().width > 0,
  );
}

describe('qw-configurator colours', () => {
  for (const [scheme, text, ground] of [
    ['light', 'rgb(31, 35, 40)', 'rgb(250, 250, 250)'],
    ['dark', 'rgb(230, 237, 243)', 'rgb(13, 17, 23)'],
  ] as const) {
    it(`is readable on a ${scheme} page: every label, hint and message has 4.5:1 against the page`, async () => {
      const page = await fixture<HTMLDivElement>(`<div style="color-scheme: ${scheme}; color: ${text}; background: ${ground}; padding: 1rem">
        <qw-configurator src="/demo/data/wesel.json" widget="housing-gauge" cdn-base="/cdn/"></qw-configurator>
      </div>`);
      const el = page.querySelector<QwConfigurator>('qw-configurator')!;
      // Without a live address the snippet step shows its error message: its colour is checked too.
      await waitUntil(() => el.shadowRoot!.querySelector('.error'), 'no message to check', { timeout: 10000 });
      const found = texts(el);
      expect(found.length, 'texts found').to.be.greaterThan(20);
      const unreadable = found
        .map((node) => ({ node, ratio: contrast(getComputedStyle(node).color, ground) }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ node, ratio }) => `${node.localName}.${[...node.classList].join('.')} "${node.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
      expect(unreadable).to.deep.equal([]);
    });
  }
});
