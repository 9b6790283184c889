/**
 * The snippet configurator for web editors (`demo/configurator.html`): pick a data file, a
 * widget and its options, see it live, copy the code for the drop-in folder, the iframe page or
 * npm. Runs entirely in the browser; an uploaded file never leaves it.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EMBEDDABLE_WIDGETS, type EmbeddableWidget } from '../embed/embed-params.ts';
import { validateContract } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import { cdnSnippet, iframeSnippet, npmSnippet, type SnippetInput } from './snippets.ts';
import { WIDGET_LABELS, commonControls, effectiveValue, snippetAttributes, widgetControls, type OptionControl, type Options } from './widget-options.ts';

export type SnippetKind = 'cdn' | 'iframe' | 'npm';

const SNIPPET_KINDS: readonly (readonly [SnippetKind, string, string])[] = [
  ['cdn', 'Skript + Element', 'Der Ordner dist/cdn liegt auf Ihrem Webserver; das Skript einmal je Seite.'],
  ['iframe', 'iframe', 'Für CMS, die Skripte entfernen. Die Datendatei muss auf einem Webserver liegen.'],
  ['npm', 'npm', 'Für Anwendungen mit eigenem Build (Vite, webpack …).'],
];

/**
 * The data address as the snippet writes it: a relative address means nothing on the CMS page,
 * so it becomes a path from the server root (same server) or a full URL (another server).
 */
export function snippetAddress(typed: string, base = document.baseURI): string {
  const text = typed.trim();
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return text;
  }
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || text.startsWith('//')) return text;
  return url.origin === new URL(base).origin ? `${url.pathname}${url.search}` : url.href;
}

/** Above this size, inline data makes the page heavy: suggest hosting the file. */
const LARGE_INLINE_BYTES = 200_000;

/**
 * @tagname qw-configurator
 * @summary Builds the snippet for a widget: data file, widget, options, live preview, copyable code for the three ways in.
 *
 * @csspart form - The column with the data and widget settings.
 * @csspart code - The text box with the snippet.
 * @csspart preview - The live preview of the widget.
 *
 * @fires qw-snippet-copied - The snippet was copied to the clipboard; `detail: { kind, text }`.
 */
export class QwConfigurator extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(16rem, 24rem) minmax(0, 1fr);
      align-items: start;
      font-family: var(--qw-font-family, system-ui, sans-serif);
      color: var(--qw-color-text, #1f2328);
    }
    @media (max-width: 48rem) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    form {
      display: grid;
      gap: 1rem;
    }
    fieldset {
      display: grid;
      gap: 0.6rem;
      margin: 0;
      border: 1px solid #8c959f;
      border-radius: 6px;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    label {
      display: grid;
      gap: 0.2rem;
      font-size: 0.9rem;
    }
    label.inline {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    fieldset.choices {
      gap: 0.25rem;
      border-style: dashed;
      font-size: 0.9rem;
    }
    .hint {
      margin: 0;
      font-size: 0.8rem;
      color: #57606a;
    }
    input,
    select,
    button,
    textarea {
      font: inherit;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 7rem;
      font-family: ui-monospace, monospace;
      font-size: 0.8rem;
    }
    .error {
      color: #b3261e;
    }
    .output {
      display: grid;
      gap: 1.5rem;
      min-width: 0;
    }
    .preview {
      min-width: 0;
    }
    .preview h2 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    :focus-visible {
      outline: 3px solid var(--qw-color-focus, #0b5cad);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .error,
      .hint {
        color: CanvasText;
      }
    }
  `;

  /** Address of the data file loaded at start (relative to the page). */
  @property() src = 'data/wesel.json';

  /** Where the drop-in folder lives on the editor's server; used in the snippets. */
  @property({ attribute: 'cdn-base' }) cdnBase = '/assets/quartier-widgets/';

  /** The widget to configure. */
  @property() widget: EmbeddableWidget = 'district-map';

  /** Which snippet is shown: `cdn` (script + element), `iframe` or `npm`. */
  @property({ attribute: 'snippet-kind' }) snippetKind: SnippetKind = 'cdn';

  @state() private dataUrl = '';
  @state() private inlineData?: string;
  @state() private fileName = '';
  @state() private contract?: ContractDocument;
  @state() private dataError = '';
  @state() private options: Options = {};
  @state() private copyStatus = '';

  private previewCache?: { key: string; element: HTMLElement };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.dataUrl) {
      this.dataUrl = this.src;
      void this.loadFromUrl();
    }
  }

  /** The loaded document, or undefined while none is valid. */
  get document(): ContractDocument | undefined {
    return this.contract;
  }

  /** What the snippets are made of. */
  get snippetInput(): SnippetInput | undefined {
    const doc = this.contract;
    if (!doc) return undefined;
    const attributes = snippetAttributes(this.widget, doc, this.options, this.inlineData === undefined ? snippetAddress(this.dataUrl) : undefined);
    const indicator = doc.indicators.find((i) => i.id === attributes.indicator);
    const title = `${WIDGET_LABELS[this.widget]}${indicator ? `: ${indicator.label}` : ''}`;
    return { widget: this.widget, attributes, cdnBase: this.cdnBase, title, ...(this.inlineData !== undefined ? { inlineData: this.inlineData } : {}) };
  }

  /** The snippet of the given kind (default: the one shown), or '' while no valid data is loaded. */
  snippetOf(kind: SnippetKind = this.snippetKind): string {
    const input = this.snippetInput;
    if (!input) return '';
    return kind === 'npm' ? npmSnippet(input) : kind === 'iframe' ? iframeSnippet(input) : cdnSnippet(input);
  }

  /** The snippet shown, as copied. */
  get snippet(): string {
    return this.snippetOf();
  }

  private async loadFromUrl(): Promise<void> {
    this.inlineData = undefined;
    this.fileName = '';
    const url = this.dataUrl.trim();
    if (!url) {
      this.contract = undefined;
      this.dataError = 'Bitte die Adresse einer Datendatei angeben oder eine Datei hochladen.';
      return;
    }
    try {
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) throw new Error(response.status === 404 ? 'Datei nicht gefunden (404)' : `HTTP ${response.status}`);
      this.acceptData(await response.text());
    } catch (error) {
      this.contract = undefined;
      this.dataError = `Die Datei konnte nicht geladen werden: ${(error as Error).message}. Liegt sie unter dieser Adresse, und erlaubt der Server den Abruf?`;
    }
  }

  private async loadFromFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const text = await file.text();
    if (this.acceptData(text)) {
      this.inlineData = JSON.stringify(JSON.parse(text));
      this.fileName = file.name;
    }
  }

  private acceptData(text: string): boolean {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.contract = undefined;
      this.dataError = `Die Datei ist kein gültiges JSON: ${(error as Error).message}`;
      return false;
    }
    const result = validateContract(value);
    if (!result.valid) {
      this.contract = undefined;
      const shown = result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`);
      const more = result.errors.length > 3 ? ` (und ${result.errors.length - 3} weitere; alle zeigt „npx quartier-widgets validate“)` : '';
      this.dataError = `Die Daten passen nicht zum Datenformat: ${shown.join('; ')}${more}`;
      return false;
    }
    this.dataError = '';
    this.contract = result.document;
    return true;
  }

  private setOption(name: string, value: string): void {
    this.options = { ...this.options, [name]: value };
    this.copyStatus = '';
  }

  private chooseWidget(widget: EmbeddableWidget): void {
    this.widget = widget;
    // Keep what all widgets share; the widget's own options start fresh.
    this.options = Object.fromEntries(commonControls().map(({ name }) => [name, this.options[name] ?? '']));
    this.copyStatus = '';
  }

  private async copy(): Promise<void> {
    const text = this.snippet;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = 'Kopiert. Jetzt in die Seite (HTML-Ansicht des CMS) einfügen.';
      this.dispatchEvent(new CustomEvent('qw-snippet-copied', { detail: { kind: this.snippetKind, text }, bubbles: true, composed: true }));
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this.copyStatus = 'Der Browser erlaubt das Kopieren nicht: Der Code ist markiert, bitte mit Strg+C kopieren.';
    }
  }

  // ------------------------------------------------------------------ rendering
  private renderControl(control: OptionControl): TemplateResult {
    const value = effectiveValue(control, this.options);
    const hint = control.hint ? html`<span class="hint">${control.hint}</span>` : nothing;
    switch (control.kind) {
      case 'select':
        return html`<label
          >${control.label}
          <select name=${control.name} @change=${(e: Event) => this.setOption(control.name, (e.target as HTMLSelectElement).value)}>
            ${control.choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
          </select>
          ${hint}</label
        >`;
      case 'checkbox':
        return html`<label class="inline"
          ><input type="checkbox" name=${control.name} .checked=${value === 'true'} @change=${(e: Event) => this.setOption(control.name, (e.target as HTMLInputElement).checked ? 'true' : '')} />
          ${control.label}</label
        >`;
      case 'multi': {
        const chosen = new Set(value.split(',').filter(Boolean));
        const toggle = (id: string, on: boolean) => {
          const next = control.choices.map((c) => c.value).filter((v) => (v === id ? on : chosen.has(v)));
          this.setOption(control.name, next.join(','));
        };
        return html`<fieldset class="choices">
          <legend>${control.label}</legend>
          ${control.choices.map(
            (c) =>
              html`<label class="inline"
                ><input type="checkbox" name=${control.name} value=${c.value} .checked=${chosen.has(c.value)} @change=${(e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked)} />
                ${c.label}</label
              >`,
          )}
          ${hint}
        </fieldset>`;
      }
      case 'number':
        return html`<label
          >${control.label}
          <input
            type="number"
            name=${control.name}
            inputmode="decimal"
            min=${control.min ?? nothing}
            max=${control.max ?? nothing}
            step=${control.step ?? nothing}
            placeholder=${control.placeholder ?? nothing}
            .value=${value}
            @input=${(e: Event) => this.setOption(control.name, (e.target as HTMLInputElement).value)}
          />
          ${hint}</label
        >`;
      default:
        return html`<label
          >${control.label}
          <input
            type=${control.kind}
            name=${control.name}
            placeholder=${control.kind !== 'date' && control.placeholder ? control.placeholder : nothing}
            .value=${value}
            @change=${(e: Event) => this.setOption(control.name, (e.target as HTMLInputElement).value)}
          />
          ${hint}</label
        >`;
    }
  }

  /** The widget as the snippet would show it; recreated only when the snippet changes. */
  private renderPreview(): TemplateResult | HTMLElement {
    const input = this.snippetInput;
    if (!input) return html`<p class=${this.dataError ? 'error' : ''}>${this.dataError || 'Daten werden geladen …'}</p>`;
    const key = JSON.stringify([input.widget, input.attributes, input.inlineData ?? null]);
    if (this.previewCache?.key === key) return this.previewCache.element;
    const element = document.createElement(`qw-${input.widget}`);
    for (const [name, value] of Object.entries(input.attributes)) element.setAttribute(name, value === 'true' && name !== 'src' ? '' : value);
    if (input.inlineData !== undefined) {
      // The same way in as the snippet: an inline JSON script child.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = input.inlineData;
      element.append(script);
    }
    this.previewCache = { key, element };
    return element;
  }

  override render() {
    const doc = this.contract;
    const large = this.inlineData !== undefined && this.inlineData.length > LARGE_INLINE_BYTES;
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>1. Daten</legend>
          <label
            >Adresse der Datendatei
            <input
              type="text"
              name="src"
              .value=${this.inlineData === undefined ? this.dataUrl : ''}
              @change=${(e: Event) => {
                this.dataUrl = (e.target as HTMLInputElement).value;
                void this.loadFromUrl();
              }}
            />
            <span class="hint">Eine relative Adresse steht im Code als Pfad ab der Server-Wurzel (${snippetAddress(this.dataUrl)}); die Datei muss von der CMS-Seite aus abrufbar sein.</span></label
          >
          <label
            >… oder Datei hochladen (wird in den Code eingebettet, verlässt den Browser nicht)
            <input type="file" name="file" accept="application/json,.json" @change=${this.loadFromFile} />
          </label>
          ${this.fileName ? html`<p class="hint">Eingebettet: ${this.fileName}</p>` : nothing}
          ${large ? html`<p class="hint">Große Datei: Besser auf dem Webserver ablegen und oben ihre Adresse angeben.</p>` : nothing}
          ${this.dataError ? html`<p class="error" role="alert">${this.dataError}</p>` : nothing}
        </fieldset>
        <fieldset>
          <legend>2. Baustein und Optionen</legend>
          <label
            >Baustein
            <select name="widget" @change=${(e: Event) => this.chooseWidget((e.target as HTMLSelectElement).value as EmbeddableWidget)}>
              ${(Object.keys(EMBEDDABLE_WIDGETS) as EmbeddableWidget[]).map((w) => html`<option value=${w} ?selected=${w === this.widget}>${WIDGET_LABELS[w]} (qw-${w})</option>`)}
            </select></label
          >
          ${doc ? [...widgetControls(this.widget, doc, this.options), ...commonControls()].map((control) => this.renderControl(control)) : nothing}
        </fieldset>
      </form>
      <div class="output">
        <fieldset>
          <legend>3. Code kopieren</legend>
          <fieldset class="choices">
            <legend>Einbindung</legend>
            ${SNIPPET_KINDS.map(
              ([kind, label]) =>
                html`<label class="inline"
                  ><input
                    type="radio"
                    name="snippet-kind"
                    value=${kind}
                    .checked=${this.snippetKind === kind}
                    @change=${() => {
                      this.snippetKind = kind;
                      this.copyStatus = '';
                    }}
                  />
                  ${label}</label
                >`,
            )}
            <p class="hint">${SNIPPET_KINDS.find(([kind]) => kind === this.snippetKind)?.[2]}</p>
          </fieldset>
          ${this.snippetKind === 'npm'
            ? nothing
            : html`<label
                >Ordner der Bausteine auf Ihrem Server
                <input type="text" name="cdn-base" .value=${this.cdnBase} @input=${(e: Event) => (this.cdnBase = (e.target as HTMLInputElement).value)} />
                <span class="hint">Dorthin wird der Inhalt von dist/cdn kopiert.</span></label
              >`}
          <label>Code<textarea part="code" readonly .value=${this.snippet}></textarea></label>
          <button type="button" ?disabled=${!doc} @click=${this.copy}>In die Zwischenablage kopieren</button>
          <p class="hint" role="status">${this.copyStatus}</p>
        </fieldset>
        <section class="preview" part="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Vorschau</h2>
          ${this.renderPreview()}
        </section>
      </div>`;
  }
}
