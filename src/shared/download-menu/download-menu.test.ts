import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DownloadFormat } from '../download.ts';
import { downloadMenu, type QwDownloadMenu } from './download-menu.ts';

async function menu(options: { lang?: 'de' | 'en'; width?: number; download?: (format: DownloadFormat) => Promise<void> } = {}): Promise<{ el: QwDownloadMenu; picked: DownloadFormat[]; before: HTMLButtonElement }> {
  const picked: DownloadFormat[] = [];
  const download = options.download ?? (async (format: DownloadFormat) => void picked.push(format));
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${options.width ?? 400}px`}><button class="before">vorher</button>${downloadMenu(options.lang ?? 'de', ['csv', 'xlsx', 'png', 'svg'], download)}<button class="after">nachher</button></div>`,
  );
  const el = wrapper.querySelector('qw-download-menu')!;
  await el.updateComplete;
  return { el, picked, before: wrapper.querySelector('.before')! };
}

const toggle = (el: QwDownloadMenu) => el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
const list = (el: QwDownloadMenu) => el.shadowRoot!.querySelector<HTMLUListElement>('ul')!;
const focused = (el: QwDownloadMenu) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.format ?? (el.shadowRoot!.activeElement === toggle(el) ? 'toggle' : null);

describe('<qw-download-menu>', () => {
  it('is a disclosure button with the formats, in German and English', async () => {
    const { el } = await menu();
    expect(toggle(el).textContent!.trim()).to.equal('Herunterladen');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('formats');
    expect(list(el).hidden).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('.item')].map((b) => b.textContent!.trim())).to.deep.equal(['CSV (Tabelle)', 'XLSX (Excel-Tabelle)', 'PNG (Bild, doppelte Auflösung)', 'SVG (Vektorgrafik)']);
    const english = await menu({ lang: 'en' });
    expect(toggle(english.el).textContent!.trim()).to.equal('Download');
    expect(english.el.shadowRoot!.querySelector('.item')!.textContent!.trim()).to.equal('CSV (table)');
  });

  it('works by keyboard: Arrow keys, Home, End, Enter, Escape back to the button', async () => {
    const { el, picked, before } = await menu();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('toggle');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal('csv');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('xlsx');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('svg');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'wraps to the first').to.equal('csv');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'wraps to the last').to.equal('svg');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('csv');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el), 'Escape returns to the button').to.equal('toggle');
    // Enter opens; Arrow Up from the button opens at the last format.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal('svg');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(picked).to.deep.equal(['png']);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el), 'after a pick the focus is on the button').to.equal('toggle');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('PNG');
  });

  it('closes when the focus leaves it and on a click elsewhere', async () => {
    const { el } = await menu();
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(toggle(el).getAttribute('aria-expanded'), 'Tab out of it closes it').to.equal('false');

    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded'), 'a click elsewhere closes it').to.equal('false');
  });

  it('says when a file could not be made', async () => {
    const { el } = await menu({
      download: async () => {
        throw new Error('tainted canvas');
      },
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      toggle(el).click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.item[data-format="png"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(el.shadowRoot!.querySelector('.status.failed')!.textContent).to.equal('Die Datei konnte nicht erstellt werden.');
  });

  it('fits a 320 px column when open', async () => {
    const { el } = await menu({ width: 200 });
    toggle(el).click();
    await el.updateComplete;
    const box = el.parentElement!.getBoundingClientRect();
    for (const part of el.shadowRoot!.querySelectorAll('button, ul')) expect(part.getBoundingClientRect().right, part.className).to.be.at.most(box.right + 0.5);
  });

  it('offers its parts to the page', async () => {
    const { el } = await menu();
    expect(el.getAttribute('exportparts')).to.contain('download-button');
    expect(toggle(el).getAttribute('part')).to.equal('download-button');
    expect(el.shadowRoot!.querySelector('[part="download-menu"]')).not.to.equal(null);
  });
});
