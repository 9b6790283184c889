/**
 * The snippet configurator for web editors (`demo/configurator.html`): pick a data file, a
 * widget and its options, see it live, copy the code for the drop-in folder, the iframe page or
 * npm. Runs entirely in the browser; an uploaded file never leaves it.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EMBEDDABLE_WIDGETS, type EmbeddableWidget } from '../embed/embed-params.ts';
import { loadWidget } from '../shared/autoload.ts';
import { validateContract } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import { EMPTY_MAPPING, downloadName, filesByKind, guessAreaFields, importOptionsFor, summariseDocument, type ChosenFile, type DocumentSummary, type ImportMapping } from './data-step.ts';
import { ImportClient, type PlacedResult } from './import-client.ts';
import type { PlacedIssue } from './import-tasks.ts';
import { documentForWidget } from './inline-data.ts';
import { cdnSnippet, iframeSnippet, npmSnippet, type SnippetInput } from './snippets.ts';
import { SNIPPET_KINDS, stateFromHash, stateToHash, type ConfiguratorState, type SnippetKind } from './url-state.ts';
import { WIDGET_LABELS, commonControls, effectiveValue, snippetAttributes, widgetControls, type OptionControl, type Options } from './widget-options.ts';

const SNIPPET_KIND_TEXTS: Readonly<Record<SnippetKind, readonly [string, string]>> = {
  cdn: ['Skript + Element', 'Der Ordner dist/cdn liegt auf Ihrem Webserver, die Daten unter der Live-Adresse; das Skript einmal je Seite.'],
  inline: ['Skript + Daten im Code', 'Die Daten stehen im Code (nur die Teile, die der Baustein zeigt): keine Datendatei nötig.'],
  iframe: ['iframe', 'Für CMS, die Skripte entfernen. Die Datendatei muss unter der Live-Adresse auf einem Webserver liegen.'],
  npm: ['npm', 'Für Anwendungen mit eigenem Build (Vite, webpack …).'],
};

/** The CLI's option names in import messages, as the form calls them. */
const FIELD_NAMES: readonly (readonly [RegExp, string])[] = [
  [/--indicator und --label/g, '„Indikator: Kennung“ und „Bezeichnung“'],
  [/--indicator/g, '„Indikator: Kennung“'],
  [/--label/g, '„Bezeichnung“'],
  [/--period/g, '„Zeitraum“'],
  [/--crs/g, '„Koordinatensystem“'],
  [/--geometry/g, 'eine Geometriedatei'],
  [/--into/g, 'ein vorhandenes Dokument'],
  [/--title/g, '„Titel“'],
  [/--publisher/g, '„Herausgeber“'],
  [/--license/g, '„Lizenz“'],
];
export const formMessage = (line: string): string => FIELD_NAMES.reduce((text, [pattern, name]) => text.replace(pattern, name), line);

const CRS_CHOICES = ['EPSG:4326', 'EPSG:25832', 'EPSG:25833', 'EPSG:31466', 'EPSG:31467', 'EPSG:3044', 'EPSG:4647'];

/** Above this size, inline data makes the page heavy: suggest hosting the file. */
const LARGE_INLINE_BYTES = 200_000;

interface LoadedDocument {
  readonly contract: ContractDocument;
  /** Where it came from: an address, or the name of a local file. */
  readonly origin: string;
}

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
      /* The page's text colour, light or dark: the configurator is part of the page it is on. */
      color: var(--qw-color-text, inherit);
      /* Muted text and the error and focus colours, readable on a light and on a dark page. */
      --_muted: color-mix(in srgb, currentColor 72%, transparent);
      --_error: #b3261e;
      --_focus: var(--qw-color-focus, #0b5cad);
    }
    @supports (color: light-dark(#000, #fff)) {
      :host {
        --_error: light-dark(#b3261e, #ff938a);
        --_focus: var(--qw-color-focus, light-dark(#0b5cad, #79b8ff));
      }
    }
    @media (max-width: 48rem) {
      :host {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    /* minmax(0, 1fr): a long option text must not widen the column past a phone's screen. */
    form,
    fieldset,
    label {
      grid-template-columns: minmax(0, 1fr);
    }
    form {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
    select {
      width: 100%;
    }
    fieldset {
      display: grid;
      gap: 0.6rem;
      margin: 0;
      /* A fieldset is as wide as its widest content by default: at 375 px that scrolls sideways. */
      min-width: 0;
      overflow-wrap: anywhere;
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
      color: var(--_muted);
    }
    input,
    select,
    button,
    textarea {
      font: inherit;
      max-width: 100%;
      box-sizing: border-box;
    }
    ul.files,
    ul.issues,
    .summary ul {
      margin: 0;
      padding-left: 1.2rem;
      font-size: 0.85rem;
    }
    ul.details {
      padding-left: 1rem;
      color: var(--_muted);
    }
    button.small {
      font-size: 0.8rem;
      margin-left: 0.3rem;
    }
    .label {
      margin: 0;
      font-weight: 600;
      font-size: 0.85rem;
    }
    fieldset.mapping {
      border-style: dashed;
    }
    details summary {
      cursor: pointer;
      font-size: 0.9rem;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 7rem;
      font-family: ui-monospace, monospace;
      font-size: 0.8rem;
    }
    .error {
      color: var(--_error);
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
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .error,
      .hint {
        color: CanvasText;
      }
    }
  `;

  /** Address of a data file the preview loads at start (relative to the page); not used by the snippets. */
  @property() src = '';

  /** "Adresse der Daten auf der Live-Seite" at start: the address the snippets use. */
  @property({ attribute: 'live-src' }) liveSrc = '';

  /** Where the drop-in folder lives on the editor's server; used in the snippets. */
  @property({ attribute: 'cdn-base' }) cdnBase = '/assets/quartier-widgets/';

  /** The widget to configure. */
  @property() widget: EmbeddableWidget = 'district-map';

  /** Which snippet is shown: `cdn` (script + element), `inline` (script + element with the data), `iframe` or `npm`. */
  @property({ attribute: 'snippet-kind' }) snippetKind: SnippetKind = 'cdn';

  /** Keep what the editor set in the page address (`#…`), so that it survives a reload; no storage is used. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** The import worker's script; without one the import runs on the page. `configurator.js` sets it. */
  static importWorkerUrl?: URL | string;

  @state() private previewAddress = '';
  @state() private liveAddress = '';
  @state() private fromAddress?: LoadedDocument;
  @state() private fromLive?: LoadedDocument;
  @state() private fromFiles?: LoadedDocument & { readonly text: string };
  @state() private addressError = '';
  @state() private liveStatus = '';
  @state() private liveError = '';
  @state() private options: Options = {};
  @state() private copyStatus = '';
  @state() private files: ChosenFile[] = [];
  @state() private mapping: ImportMapping = { ...EMPTY_MAPPING };
  @state() private issues: readonly PlacedIssue[] = [];
  @state() private importing = '';
  @state() private imported?: { readonly text: string; readonly summary: DocumentSummary; readonly title?: string };

  private previewCache?: { key: string; element: HTMLElement };
  private inlineCache?: { key: string; text: string };
  private client?: ImportClient;
  private importRun = 0;
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.started) return;
    this.started = true;
    this.previewAddress = this.src;
    this.liveAddress = this.liveSrc;
    if (this.urlState) this.applyState(stateFromHash(location.hash));
    if (this.previewAddress) void this.loadPreviewAddress();
    if (this.liveAddress) void this.checkLiveAddress();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.client?.dispose();
    this.client = undefined;
  }

  protected override updated(): void {
    if (!this.urlState) return;
    const hash = stateToHash(this.currentState);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  /** What survives a reload (files cannot: the editor chooses them again). */
  get currentState(): ConfiguratorState {
    return { widget: this.widget, snippetKind: this.snippetKind, cdnBase: this.cdnBase, liveAddress: this.liveAddress, previewAddress: this.previewAddress, options: this.options };
  }

  private applyState(saved: ConfiguratorState): void {
    if (saved.widget) this.widget = saved.widget;
    if (saved.snippetKind) this.snippetKind = saved.snippetKind;
    if (saved.cdnBase !== undefined) this.cdnBase = saved.cdnBase;
    if (saved.liveAddress !== undefined) this.liveAddress = saved.liveAddress;
    if (saved.previewAddress !== undefined) this.previewAddress = saved.previewAddress;
    if (saved.options) this.options = { ...saved.options };
  }

  /** The document the controls and the preview use: local files first, then the live address, then the preview address. */
  private get loaded(): LoadedDocument | undefined {
    return this.fromFiles ?? this.fromLive ?? this.fromAddress;
  }

  /** The loaded document, or undefined while none is valid. */
  get document(): ContractDocument | undefined {
    return this.loaded?.contract;
  }

  /** Whether the last file task ran in the import worker (false: on the page, as a fallback). */
  get importInWorker(): boolean {
    return this.client?.usedWorker ?? false;
  }

  /** The imported document's text (what "download" saves), when the data step made one. */
  get importedText(): string | undefined {
    return this.imported?.text;
  }

  private attributesFor(src: string | undefined): Record<string, string> | undefined {
    const doc = this.document;
    return doc ? snippetAttributes(this.widget, doc, this.options, src) : undefined;
  }

  /** The parts of the document the widget shows, as the inline snippet and the local preview carry them. */
  private inlineText(attributes: Readonly<Record<string, string>>): string | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    const key = JSON.stringify([this.widget, attributes]);
    if (this.inlineCache?.key === key && this.previewDocument === doc) return this.inlineCache.text;
    this.previewDocument = doc;
    const text = JSON.stringify(documentForWidget(doc, this.widget, attributes));
    this.inlineCache = { key, text };
    return text;
  }
  private previewDocument?: ContractDocument;

  /** What the snippets are made of; undefined while no valid data is loaded, or (except inline) no live address is given. */
  snippetInputOf(kind: SnippetKind = this.snippetKind): SnippetInput | undefined {
    const doc = this.document;
    const live = this.liveAddress.trim();
    if (!doc || (kind !== 'inline' && !live)) return undefined;
    const attributes = this.attributesFor(kind === 'inline' ? undefined : live)!;
    const indicator = doc.indicators.find((i) => i.id === attributes.indicator);
    const title = `${WIDGET_LABELS[this.widget]}${indicator ? `: ${indicator.label}` : ''}`;
    const inlineData = kind === 'inline' ? this.inlineText(attributes) : undefined;
    return { widget: this.widget, attributes, cdnBase: this.cdnBase, title, ...(inlineData !== undefined ? { inlineData } : {}) };
  }

  /** What the snippets are made of (the kind shown). */
  get snippetInput(): SnippetInput | undefined {
    return this.snippetInputOf();
  }

  /** The snippet of the given kind (default: the one shown), or '' while it cannot be made. */
  snippetOf(kind: SnippetKind = this.snippetKind): string {
    const input = this.snippetInputOf(kind);
    if (!input) return '';
    return kind === 'npm' ? npmSnippet(input) : kind === 'iframe' ? iframeSnippet(input) : cdnSnippet(input);
  }

  /** The snippet shown, as copied. */
  get snippet(): string {
    return this.snippetOf();
  }

  private async fetchDocument(address: string): Promise<{ contract: ContractDocument } | { error: string }> {
    try {
      const response = await fetch(new URL(address, document.baseURI));
      if (!response.ok) throw new Error(response.status === 404 ? 'Datei nicht gefunden (404)' : `HTTP ${response.status}`);
      return this.parseDocument(await response.text());
    } catch (error) {
      return { error: `${(error as Error).message}` };
    }
  }

  private parseDocument(text: string): { contract: ContractDocument } | { error: string } {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { error: `kein gültiges JSON: ${(error as Error).message}` };
    }
    const result = validateContract(value);
    if (!result.valid) {
      const shown = result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`);
      const more = result.errors.length > 3 ? ` (und ${result.errors.length - 3} weitere; alle zeigt „npx quartier-widgets validate“)` : '';
      return { error: `Die Daten passen nicht zum Datenformat: ${shown.join('; ')}${more}` };
    }
    return { contract: result.document };
  }

  private async loadPreviewAddress(): Promise<void> {
    const address = this.previewAddress.trim();
    this.fromAddress = undefined;
    this.addressError = '';
    if (!address) return;
    const result = await this.fetchDocument(address);
    if (address !== this.previewAddress.trim()) return;
    if ('error' in result) this.addressError = `Die Datei konnte nicht geladen werden: ${result.error}. Liegt sie unter dieser Adresse, und erlaubt der Server den Abruf?`;
    else this.fromAddress = { contract: result.contract, origin: address };
  }

  /** Tries the live address: the snippets use it either way; the preview uses it when it loads and no local data is chosen. */
  private async checkLiveAddress(): Promise<void> {
    const address = this.liveAddress.trim();
    this.fromLive = undefined;
    this.liveStatus = '';
    this.liveError = '';
    if (!address) return;
    this.liveStatus = 'Prüfe die Adresse …';
    const result = await this.fetchDocument(address);
    if (address !== this.liveAddress.trim()) return;
    if ('error' in result) {
      this.liveStatus = '';
      this.liveError = result.error;
    } else {
      this.fromLive = { contract: result.contract, origin: address };
      this.liveStatus = 'Die Adresse liefert gültige Daten.';
    }
  }

  /** What the preview says about the live address; the local data it falls back to may arrive later. */
  private liveMessage(): string {
    if (!this.liveError) return this.liveStatus;
    const local = this.fromFiles ?? this.fromAddress;
    return `Die Vorschau konnte diese Adresse nicht laden (${this.liveError})${local ? `; sie zeigt die lokalen Daten (${local.origin})` : ''}. Der Code verwendet die Adresse trotzdem: Auf der Live-Seite muss die Datei dort liegen.`;
  }

  // ------------------------------------------------------------------ data step
  private get importClient(): ImportClient {
    this.client ??= new ImportClient((this.constructor as typeof QwConfigurator).importWorkerUrl);
    return this.client;
  }

  /** Files chosen or dropped: recognised one by one, then imported together. */
  async addFiles(list: Iterable<File>): Promise<void> {
    const added: ChosenFile[] = [];
    for (const file of list) {
      this.importing = `Lese ${file.name} …`;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const inspection = await this.importClient.inspect(file.name, bytes);
      added.push({ name: file.name, bytes, inspection });
    }
    const byName = new Map([...this.files, ...added].map((f) => [f.name, f]));
    this.files = [...byName.values()];
    const geometry = added.find((f) => f.inspection.kind === 'geometry');
    if (geometry?.inspection.fields && !geometry.inspection.fields.includes(this.mapping.areaId)) {
      this.mapping = { ...this.mapping, ...guessAreaFields(geometry.inspection.fields) };
    }
    if (!this.mapping.title) {
      const named = added.find((f) => f.inspection.kind === 'table') ?? geometry;
      if (named) this.mapping = { ...this.mapping, title: named.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ') };
    }
    await this.runDataStep();
  }

  private removeFile(name: string): void {
    this.files = this.files.filter((f) => f.name !== name);
    void this.runDataStep();
  }

  private setMapping(name: keyof ImportMapping, value: string): void {
    this.mapping = { ...this.mapping, [name]: value };
    void this.runDataStep();
  }

  /** Reads the chosen files into a document: a contract JSON alone as it is, otherwise through the import. */
  private async runDataStep(): Promise<void> {
    const run = ++this.importRun;
    const kinds = filesByKind(this.files);
    const unreadable = this.files.flatMap((f) => (f.inspection.kind ? [] : f.inspection.issues));
    this.imported = undefined;
    if (!kinds.geometry && !kinds.table) {
      this.importing = '';
      this.issues = unreadable;
      if (!kinds.document) {
        this.fromFiles = undefined;
        return;
      }
      const text = new TextDecoder().decode(kinds.document.bytes);
      const result = this.parseDocument(text);
      if ('error' in result) {
        this.fromFiles = undefined;
        this.issues = [...unreadable, { severity: 'error', code: 'contract-invalid', message: result.error, file: kinds.document.name, line: `${kinds.document.name}: ${result.error}` }];
      } else {
        this.fromFiles = { contract: result.contract, origin: kinds.document.name, text };
      }
      return;
    }
    this.importing = 'Import läuft …';
    this.issues = unreadable;
    const options = importOptionsFor(this.files, this.mapping);
    let result: PlacedResult;
    try {
      result = await this.importClient.import(options);
    } catch (error) {
      result = { ok: false, issues: [{ severity: 'error', code: 'read-failed', message: (error as Error).message, line: (error as Error).message }] };
    }
    if (run !== this.importRun) return;
    this.importing = '';
    this.issues = [...unreadable, ...result.issues];
    if (!result.ok || !result.text || !result.document) {
      this.fromFiles = undefined;
      return;
    }
    const checked = this.parseDocument(result.text);
    if ('error' in checked) {
      this.fromFiles = undefined;
      return;
    }
    const origin = this.files.map((f) => f.name).join(', ');
    this.fromFiles = { contract: checked.contract, origin, text: result.text };
    this.imported = { text: result.text, summary: summariseDocument(result.document), title: checked.contract.meta.title };
    this.dispatchEvent(new CustomEvent('qw-data-imported', { detail: { issues: result.issues }, bubbles: true, composed: true }));
  }

  private download(): void {
    if (!this.imported) return;
    const url = URL.createObjectURL(new Blob([this.imported.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = downloadName(this.imported.title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
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

  /** The widget as the snippet would show it; recreated only when what it shows changes. */
  private renderPreview(): TemplateResult | HTMLElement {
    const loaded = this.loaded;
    if (!loaded) {
      const waiting = this.importing || (this.previewAddress && !this.addressError ? 'Daten werden geladen …' : 'Noch keine Daten: Dateien wählen oder eine Adresse angeben.');
      return html`<p>${waiting}</p>`;
    }
    // From an address the preview loads it as the live page would; local data goes in as inline JSON.
    const address = loaded === this.fromFiles ? undefined : new URL(loaded.origin, document.baseURI).href;
    const attributes = this.attributesFor(address)!;
    const inlineData = address === undefined ? this.inlineText(this.attributesFor(undefined)!) : undefined;
    const key = JSON.stringify([this.widget, attributes, inlineData ?? null]);
    if (this.previewCache?.key === key) return this.previewCache.element;
    const element = document.createElement(`qw-${this.widget}`);
    // The preview sits in this shadow root, where the page's autoloader does not look.
    void loadWidget(element.localName);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value === 'true' && name !== 'src' ? '' : value);
    if (inlineData !== undefined) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = inlineData;
      element.append(script);
    }
    this.previewCache = { key, element };
    return element;
  }

  private renderMappingField(name: keyof ImportMapping, label: string, choices?: readonly string[], hint?: string): TemplateResult {
    const value = this.mapping[name];
    const change = (e: Event) => this.setMapping(name, (e.target as HTMLInputElement | HTMLSelectElement).value);
    const field = choices
      ? html`<select name=${`map-${name}`} @change=${change}>
          ${choices.map((c) => html`<option value=${c} ?selected=${c === value}>${c || '(automatisch)'}</option>`)}
        </select>`
      : html`<input type="text" name=${`map-${name}`} .value=${value} @change=${change} />`;
    return html`<label>${label} ${field}${hint ? html`<span class="hint">${hint}</span>` : nothing}</label>`;
  }

  private renderFile(file: ChosenFile): TemplateResult {
    const { inspection } = file;
    const kind = inspection.kind === 'geometry' ? 'Gebietsgrenzen' : inspection.kind === 'table' ? 'Tabelle' : inspection.kind === 'document' ? 'Datendokument (wird ergänzt)' : 'nicht erkannt';
    const details: string[] = [];
    if (inspection.features !== undefined) details.push(`${inspection.features} Flächen`);
    if (inspection.fields?.length) details.push(`Felder: ${inspection.fields.join(', ')}`);
    if (inspection.crs) details.push(`Koordinatensystem laut Datei: ${inspection.crs}`);
    for (const sheet of inspection.sheets ?? []) {
      const where = sheet.name ? `Blatt „${sheet.name}“: ` : '';
      details.push(
        sheet.columns.length
          ? `${where}${sheet.genesis ? 'GENESIS-Flatfile, ' : ''}Kopfzeile in Zeile ${sheet.headerRow}, ${sheet.rows} Zeilen, Spalten: ${sheet.columns.filter(Boolean).join(' · ')}`
          : `${where}keine Tabelle gefunden`,
      );
    }
    return html`<li>
      <strong>${file.name}</strong> – ${kind}
      <button type="button" class="small" aria-label=${`${file.name} entfernen`} @click=${() => this.removeFile(file.name)}>Entfernen</button>
      ${details.length ? html`<ul class="details">${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    </li>`;
  }

  private renderMapping(): TemplateResult | typeof nothing {
    const kinds = filesByKind(this.files);
    if (!kinds.geometry && !kinds.table) return nothing;
    const fields = kinds.geometry?.inspection.fields ?? [];
    const sheets = (kinds.table?.inspection.sheets ?? []).map((s) => s.name).filter((n): n is string => Boolean(n));
    return html`<fieldset class="mapping">
      <legend>Zuordnung</legend>
      ${kinds.geometry
        ? html`${this.renderMappingField('areaId', 'Feld mit der Gebietskennung', fields)}
          ${this.renderMappingField('areaName', 'Feld mit dem Gebietsnamen', ['', ...fields])}
          ${this.renderMappingField('crs', 'Koordinatensystem', ['', ...CRS_CHOICES], 'Automatisch: aus der .prj-Datei bzw. der GeoJSON-Angabe.')}`
        : nothing}
      ${this.renderMappingField('level', 'Raumebene: Kennung', undefined, 'z. B. sozialraum; leer: gebiet bzw. die erste Ebene des Dokuments')}
      ${this.renderMappingField('levelLabel', 'Raumebene: Bezeichnung')}
      ${kinds.table
        ? html`${sheets.length > 1 ? this.renderMappingField('sheet', 'Blatt', ['', ...sheets]) : nothing}
          ${this.renderMappingField('indicator', 'Indikator: Kennung', undefined, 'Nötig, wenn die Tabelle keine Spalte „Indikator“ hat, z. B. bevoelkerung')}
          ${this.renderMappingField('label', 'Bezeichnung')} ${this.renderMappingField('unit', 'Einheit')}
          ${this.renderMappingField('period', 'Zeitraum', undefined, 'Nötig, wenn die Tabelle keinen nennt: 2023, 31.12.2023, 2023-Q2 …')}`
        : nothing}
      ${kinds.document
        ? nothing
        : html`${this.renderMappingField('title', 'Titel')} ${this.renderMappingField('publisher', 'Herausgeber', undefined, 'z. B. Stadt Wesel')}
          ${this.renderMappingField('license', 'Lizenz')}`}
    </fieldset>`;
  }

  private renderIssues(): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    const line = (issue: PlacedIssue) => formMessage(issue.line);
    const errors = this.issues.filter((i) => i.severity === 'error');
    const warnings = this.issues.filter((i) => i.severity === 'warning');
    const infos = this.issues.filter((i) => i.severity === 'info');
    return html`${errors.length
      ? html`<div class="error" role="alert">
          <p><strong>${errors.length === 1 ? '1 Fehler' : `${errors.length} Fehler`}: nichts übernommen.</strong></p>
          <ul class="issues errors">${errors.map((i) => html`<li>${line(i)}</li>`)}</ul>
        </div>`
      : nothing}
    ${warnings.length ? html`<p class="label">Hinweise</p><ul class="issues warnings">${warnings.map((i) => html`<li>${line(i)}</li>`)}</ul>` : nothing}
    ${infos.length ? html`<p class="label">Erkannt</p><ul class="issues infos">${infos.map((i) => html`<li>${line(i)}</li>`)}</ul>` : nothing}`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const imported = this.imported;
    if (!imported) return nothing;
    const number = new Intl.NumberFormat('de-DE');
    const STATUS: Record<string, string> = { suppressed: 'geheim', missing: 'fehlt', provisional: 'vorläufig', revised: 'berichtigt', estimated: 'geschätzt', 'not-applicable': 'entfällt', pending: 'folgt', unreliable: 'unsicher', zero: 'nichts' };
    return html`<div class="summary" role="status">
      <p><strong>Übernommen.</strong> Die Vorschau zeigt das Ergebnis.</p>
      <ul>
        ${imported.summary.levels.map((l) => html`<li>Raumebene „${l.label}“ (${l.id}): ${number.format(l.areas)} Gebiete</li>`)}
        ${imported.summary.indicators.map((i) => {
          const statuses = Object.entries(i.statuses).map(([s, n]) => `${number.format(n)} × ${STATUS[s] ?? s}`);
          return html`<li>
            Indikator „${i.label}“ (${i.id}${i.unit ? `, ${i.unit}` : ''}): ${number.format(i.values)} Werte, Zeiträume ${i.periods.join(', ')};
            ${number.format(i.areasWithValues)} von ${number.format(i.areas)} Gebieten mit Werten${statuses.length ? `; Zeichen → Status: ${statuses.join(', ')}` : ''}${i.totals ? `; ${i.totals} Gesamtwerte` : ''}
          </li>`;
        })}
      </ul>
      <button type="button" name="download" @click=${this.download}>Datendokument herunterladen (${downloadName(imported.title)})</button>
    </div>`;
  }

  private renderDataStep(): TemplateResult {
    const large = this.fromFiles !== undefined && this.fromFiles.text.length > LARGE_INLINE_BYTES;
    return html`<fieldset
      class="drop"
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        if (e.dataTransfer?.files.length) void this.addFiles([...e.dataTransfer.files]);
      }}
    >
      <legend>1. Daten</legend>
      <label
        >Dateien wählen oder hierher ziehen
        <input type="file" name="files" multiple accept=".json,.geojson,.zip,.csv,.tsv,.txt,.xlsx,application/json" @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const chosen = [...(input.files ?? [])];
          input.value = '';
          if (chosen.length) void this.addFiles(chosen);
        }} />
        <span class="hint"
          >Gebietsgrenzen (GeoJSON, Shapefile als .zip), Tabellen (CSV, XLSX, GENESIS-Flatfile) oder ein fertiges Datendokument (.json). Die Dateien verlassen den Browser nicht.</span
        ></label
      >
      ${this.files.length ? html`<ul class="files">${this.files.map((f) => this.renderFile(f))}</ul>` : nothing}
      ${this.renderMapping()}
      <p class="hint" role="status">${this.importing}</p>
      ${this.renderIssues()} ${this.renderSummary()}
      ${large ? html`<p class="hint">Große Datei: Besser auf dem Webserver ablegen und die Einbindung „Skript + Element“ wählen.</p>` : nothing}
      <details ?open=${!this.files.length}>
        <summary>… oder Daten für die Vorschau von einer Adresse laden</summary>
        <label
          >Adresse einer Datendatei
          <input
            type="text"
            name="src"
            .value=${this.previewAddress}
            @change=${(e: Event) => {
              this.previewAddress = (e.target as HTMLInputElement).value;
              void this.loadPreviewAddress();
            }}
          />
          <span class="hint">Nur für die Vorschau; der Code verwendet die Adresse der Daten auf der Live-Seite (unter 3.).</span></label
        >
        ${this.addressError ? html`<p class="error" role="alert">${this.addressError}</p>` : nothing}
      </details>
    </fieldset>`;
  }

  override render() {
    const doc = this.document;
    const snippet = this.snippet;
    const needsLive = Boolean(doc) && this.snippetKind !== 'inline' && !this.liveAddress.trim();
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderDataStep()}
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
          <label
            >Adresse der Daten auf der Live-Seite
            <input
              type="text"
              name="live-src"
              placeholder="/daten/sozialbericht.json"
              .value=${this.liveAddress}
              @change=${(e: Event) => {
                this.liveAddress = (e.target as HTMLInputElement).value;
                this.copyStatus = '';
                void this.checkLiveAddress();
              }}
            />
            <span class="hint"
              >Wo die Datendatei auf dem Webserver der Stadt liegt, ab der Server-Wurzel (/…) oder vollständig (https://…). Der Code verwendet genau diese Adresse.</span
            ></label
          >
          ${this.liveMessage() ? html`<p class="hint live-status" role="status">${this.liveMessage()}</p>` : nothing}
          <fieldset class="choices">
            <legend>Einbindung</legend>
            ${SNIPPET_KINDS.map(
              (kind) =>
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
                  ${SNIPPET_KIND_TEXTS[kind][0]}</label
                >`,
            )}
            <p class="hint">${SNIPPET_KIND_TEXTS[this.snippetKind][1]}</p>
          </fieldset>
          ${this.snippetKind === 'npm'
            ? nothing
            : html`<label
                >Ordner der Bausteine auf Ihrem Server
                <input type="text" name="cdn-base" .value=${this.cdnBase} @input=${(e: Event) => (this.cdnBase = (e.target as HTMLInputElement).value)} />
                <span class="hint">Dorthin wird der Inhalt von dist/cdn kopiert.</span></label
              >`}
          ${needsLive ? html`<p class="error needs-live">Bitte die Adresse der Daten auf der Live-Seite angeben – oder „Skript + Daten im Code“ wählen.</p>` : nothing}
          <label>Code<textarea part="code" readonly .value=${snippet}></textarea></label>
          ${this.snippetKind === 'inline' && snippet.length > LARGE_INLINE_BYTES
            ? html`<p class="hint">Der Code ist ${Math.round(snippet.length / 1000)} kB groß: Besser die Datei auf dem Webserver ablegen.</p>`
            : nothing}
          <button type="button" name="copy" ?disabled=${!snippet} @click=${this.copy}>In die Zwischenablage kopieren</button>
          <p class="hint" role="status">${this.copyStatus}</p>
        </fieldset>
        <section class="preview" part="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Vorschau</h2>
          ${this.loaded ? html`<p class="hint">Daten: ${this.loaded.origin}</p>` : nothing}
          ${this.renderPreview()}
        </section>
      </div>`;
  }
}
