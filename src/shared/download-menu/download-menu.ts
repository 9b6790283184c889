/**
 * `<qw-download-menu>`: the one download menu of every widget. A disclosure button
 * ("Herunterladen") opens a list of formats; the widget builds the file when one is picked.
 * The module registers nothing on import: {@link downloadMenu} defines the tag the first time a
 * widget renders it, so every entry point (define/*, the classes export, the embed) gets it.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { defineElement } from '../define.ts';
import type { DownloadFormat } from '../download.ts';
import { interpolate, type Lang } from '../i18n.ts';
import { downloadMenuStyles } from './download-menu.styles.ts';
import { menuTexts } from './download-menu.texts.ts';

export const DOWNLOAD_MENU_TAG = 'qw-download-menu';

/**
 * A disclosure button with the download formats. Keyboard: Enter/Space or Arrow Down opens it
 * (Arrow Up opens at the last format); Arrow keys, Home and End move between the formats; Escape
 * closes and returns to the button. Leaving it with Tab or a click elsewhere closes it.
 *
 * @tagname qw-download-menu
 * @summary The download menu of every widget (CSV, XLSX, PNG, SVG).
 *
 * @csspart download-menu - The menu's box (the button and the list of formats).
 * @csspart download-button - The "Herunterladen" button.
 * @csspart download-list - The list of formats.
 * @csspart download-item - One format's button.
 */
export class QwDownloadMenu extends LitElement {
  static override styles = [downloadMenuStyles];

  /** The formats offered, in this order. */
  @property({ attribute: false }) formats: readonly DownloadFormat[] = [];

  /** Language of the menu's words (`de` or `en`); set as the `lang` attribute by the widget. */
  @property({ attribute: 'lang' }) menuLang: string = 'de';

  /** Builds and saves the file of a format; the menu shows that it works and whether it failed. */
  @property({ attribute: false }) download?: (format: DownloadFormat) => Promise<void>;

  @state() private open = false;
  @state() private status: 'idle' | 'busy' | 'failed' | 'done' = 'idle';
  @state() private lastFormat?: DownloadFormat;

  @query('.toggle') private toggleButton!: HTMLButtonElement;
  @queryAll('.item') private items!: NodeListOf<HTMLButtonElement>;

  private say(key: keyof (typeof menuTexts)['de'], params?: Record<string, string>): string {
    const lang: Lang = this.menuLang === 'en' ? 'en' : 'de';
    return interpolate(menuTexts[lang][key], params);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenOutside(false);
  }

  /** Opens or closes the list; `focus` moves the focus to the first or last format. */
  async setOpen(open: boolean, focus?: 'first' | 'last'): Promise<void> {
    this.open = open;
    this.listenOutside(open);
    await this.updateComplete;
    if (open && focus) this.focusItem(focus === 'first' ? 0 : this.items.length - 1);
  }

  private listenOutside(on: boolean): void {
    if (on) document.addEventListener('pointerdown', this.onOutsidePointer, true);
    else document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  private readonly onOutsidePointer = (event: Event): void => {
    if (!event.composedPath().includes(this)) void this.setOpen(false);
  };

  private focusItem(index: number): void {
    const items = [...this.items];
    if (!items.length) return;
    items[(index + items.length) % items.length]!.focus();
  }

  private readonly onToggleKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      void this.setOpen(false);
    }
  };

  private readonly onListKey = (event: KeyboardEvent): void => {
    const items = [...this.items];
    const index = items.indexOf(this.shadowRoot!.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => this.focusItem(index + 1),
      ArrowUp: () => this.focusItem(index - 1),
      Home: () => this.focusItem(0),
      End: () => this.focusItem(items.length - 1),
      Escape: () => void this.close(),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  /** Closes and gives the focus back to the button. */
  private async close(): Promise<void> {
    await this.setOpen(false);
    this.toggleButton.focus();
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.shadowRoot!.contains(next)) void this.setOpen(false);
  };

  private async pick(format: DownloadFormat): Promise<void> {
    await this.close();
    if (!this.download) return;
    this.lastFormat = format;
    this.status = 'busy';
    try {
      await this.download(format);
      this.status = 'done';
    } catch (error) {
      console.warn(`<${DOWNLOAD_MENU_TAG}>: ${format} download failed`, error);
      this.status = 'failed';
    }
  }

  protected override render(): TemplateResult {
    const statusText = this.status === 'idle' ? '' : this.say(this.status, { format: (this.lastFormat ?? '').toUpperCase() });
    return html`<div class="menu" part="download-menu" @focusout=${this.onFocusOut}>
      <button
        type="button"
        class="toggle"
        part="download-button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="formats"
        aria-busy=${this.status === 'busy' ? 'true' : 'false'}
        @click=${() => void this.setOpen(!this.open)}
        @keydown=${this.onToggleKey}
      >
        ${this.say('download')}
      </button>
      <ul id="formats" part="download-list" ?hidden=${!this.open} @keydown=${this.onListKey}>
        ${this.formats.map((format) => html`<li><button type="button" class="item" part="download-item" data-format=${format} @click=${() => void this.pick(format)}>${this.say(format)}</button></li>`)}
      </ul>
      <p class="status ${this.status === 'failed' ? 'failed' : ''}" role="status">${statusText || nothing}</p>
    </div>`;
  }
}

/**
 * The menu inside a widget's template; defines `<qw-download-menu>` on first use (idempotent,
 * harmless beside a second copy of the library). Its parts are forwarded, so a page styles them
 * as `qw-district-map::part(download-button)`.
 */
export function downloadMenu(lang: Lang, formats: readonly DownloadFormat[], download: (format: DownloadFormat) => Promise<void>): TemplateResult {
  defineElement(DOWNLOAD_MENU_TAG, QwDownloadMenu);
  return html`<qw-download-menu
    class="no-print"
    lang=${lang}
    exportparts="download-menu, download-button, download-list, download-item"
    .formats=${formats}
    .download=${download}
  ></qw-download-menu>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'qw-download-menu': QwDownloadMenu;
  }
}
