import { expect, fixture, waitUntil } from '@open-wc/testing';
import './configurator.ts';
import type { QwConfigurator } from './configurator-element.ts';
import { contrast } from '../test-support/colours.ts';

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
