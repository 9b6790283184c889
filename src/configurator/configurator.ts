/**
 * The snippet configurator for web editors (`demo/configurator.html`): pick a data file, a
 * widget and its options, see it live, copy the snippet for npm, the drop-in folder or the
 * iframe page. Runs entirely in the browser.
 */
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { EMBEDDABLE_WIDGETS, type EmbeddableWidget } from '../embed/embed-params.ts';
import { validateContract } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import { sortPeriods } from '../contract/period.ts';
import { cdnSnippet, iframeSnippet, npmSnippet, type SnippetInput } from './snippets.ts';
import { defineElement } from '../shared/define.ts';

const WIDGET_LABELS: Record<EmbeddableWidget, string> = {
  'district-map': 'Karte der Sozialräume (qw-district-map)',
  'indicator-trend': 'Zeitreihe (qw-indicator-trend)',
  'housing-gauge': 'Geförderter Wohnraum (qw-housing-gauge)',
  'funding-tracker': 'Förderprogramme (qw-funding-tracker)',
};

type SnippetKind = 'cdn' | 'npm' | 'iframe';

export class QwConfigurator extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      font-family: system-ui, sans-serif;
    }
    @media (max-width: 48rem) {
      :host {
        grid-template-columns: 1fr;
      }
    }
    fieldset {
      display: grid;
      gap: 0.5rem;
      border: 1px solid #d0d7de;
      border-radius: 6px;
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
    input,
    select,
    button,
    textarea {
      font: inherit;
    }
    textarea {
      width: 100%;
      min-height: 8rem;
      font-family: ui-monospace, monospace;
      font-size: 0.8rem;
    }
    .error {
      color: #b3261e;
    }
    .tabs {
      display: flex;
      gap: 0.25rem;
    }
    .tabs button[aria-selected='true'] {
      font-weight: 700;
      border-bottom: 3px solid #0b5cad;
    }
    :focus-visible {
      outline: 3px solid #0b5cad;
      outline-offset: 2px;
    }
  `;

  @state() private widget: EmbeddableWidget = 'district-map';
  @state() private srcUrl = '../demo/data/wesel.json';
  @state() private inlineData?: string;
  @state() private contract?: ContractDocument;
  @state() private dataError = '';
  @state() private options: Record<string, string> = { lang: 'de' };
  @state() private cdnBase = '/assets/quartier-widgets/';
  @state() private snippetKind: SnippetKind = 'cdn';
  @state() private copied = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const initial = this.getAttribute('src');
    if (initial) this.srcUrl = initial;
    void this.loadFromUrl();
  }

  private async loadFromUrl(): Promise<void> {
    this.inlineData = undefined;
    try {
      const response = await fetch(new URL(this.srcUrl, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.acceptData(await response.text());
    } catch (error) {
      this.contract = undefined;
      this.dataError = `Die Datei konnte nicht geladen werden: ${(error as Error).message}`;
    }
  }

  private async loadFromFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const text = await file.text();
    if (this.acceptData(text)) this.inlineData = JSON.stringify(JSON.parse(text));
  }

  private acceptData(text: string): boolean {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.contract = undefined;
      this.dataError = `Kein gültiges JSON: ${(error as Error).message}`;
      return false;
    }
    const result = validateContract(value);
    if (!result.valid) {
      this.contract = undefined;
      this.dataError = `Die Daten passen nicht zum Datenformat: ${result.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}`;
      return false;
    }
    this.dataError = '';
    this.contract = result.document;
    return true;
  }

  private setOption(name: string, value: string): void {
    this.options = { ...this.options, [name]: value };
  }

  private get snippetInput(): SnippetInput {
    const attributes: Record<string, string> = this.inlineData === undefined ? { src: this.srcUrl } : {};
    for (const [name, value] of Object.entries(this.options)) if (name === 'lang' || name === 'view' || (EMBEDDABLE_WIDGETS[this.widget] as readonly string[]).includes(name)) attributes[name] = value;
    return { widget: this.widget, attributes, cdnBase: this.cdnBase, ...(this.inlineData !== undefined ? { inlineData: this.inlineData } : {}) };
  }

  /** The snippet currently shown, for the copy button and for tests. */
  get snippet(): string {
    const input = this.snippetInput;
    return this.snippetKind === 'npm' ? npmSnippet(input) : this.snippetKind === 'iframe' ? iframeSnippet(input) : cdnSnippet(input);
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = true;
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
    }
  }

  private renderWidgetOptions() {
    const doc = this.contract;
    if (!doc) return nothing;
    const indicator = doc.indicators.find((i) => i.id === this.options.indicator) ?? doc.indicators[0];
    const periods = indicator ? sortPeriods(indicator.values.map((v) => v.period)) : [];
    const select = (name: string, label: string, choices: readonly (readonly [string, string])[]) =>
      html`<label
        >${label}
        <select @change=${(e: Event) => this.setOption(name, (e.target as HTMLSelectElement).value)}>
          ${choices.map(([value, text]) => html`<option value=${value} ?selected=${this.options[name] === value}>${text}</option>`)}
        </select></label
      >`;
    const text = (name: string, label: string, placeholder = '') =>
      html`<label>${label}<input .value=${this.options[name] ?? ''} placeholder=${placeholder} @input=${(e: Event) => this.setOption(name, (e.target as HTMLInputElement).value)} /></label>`;
    switch (this.widget) {
      case 'district-map':
        return html`${select('indicator', 'Indikator', doc.indicators.map((i) => [i.id, i.label] as const))}
        ${select('period', 'Zeitraum', [['', 'neuester'], ...periods.map((p) => [p, p] as const)])}
        ${select('classification', 'Klassenbildung', [['', 'Standard'], ['quantile', 'Quantile'], ['equal-interval', 'Gleiche Abstände'], ['jenks', 'Natürliche Brüche (Jenks)'], ['manual', 'Eigene Grenzen']])}
        ${text('classes', 'Anzahl Klassen (2–9)', '5')} ${text('breaks', 'Eigene Klassengrenzen', '5,10,20')}`;
      case 'indicator-trend':
        return html`${select('indicator', 'Indikator', doc.indicators.map((i) => [i.id, i.label] as const))}
        ${text('areas', 'Gebiete (Kennungen, durch Komma getrennt)', 'innenstadt,feldmark')}
        <label class="inline"><input type="checkbox" .checked=${this.options['show-total'] === 'true'} @change=${(e: Event) => this.setOption('show-total', (e.target as HTMLInputElement).checked ? 'true' : '')} /> Gesamtstadt zeigen</label>
        ${text('target', 'Zielwert')}`;
      case 'housing-gauge':
        return html`${text('horizon', 'Jahre voraus', '10')}`;
      case 'funding-tracker':
        return select('programme', 'Programm', [['', 'alle'], ...(doc.funding?.programmes ?? []).map((p) => [p.id, p.name] as const)]);
    }
  }

  private renderPreview() {
    if (!this.contract) return html`<p class="error" role="alert">${this.dataError || 'Daten werden geladen …'}</p>`;
    const tag = `qw-${this.widget}`;
    // Recreate the element on every change: it shows exactly what the snippet would.
    const element = document.createElement(tag) as HTMLElement & { data?: unknown };
    for (const [name, value] of Object.entries(this.snippetInput.attributes)) if (value !== '') element.setAttribute(name, value === 'true' ? '' : value);
    if (this.inlineData !== undefined) element.data = JSON.parse(this.inlineData);
    return element;
  }

  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>1. Daten</legend>
          <label>Adresse der Datendatei<input .value=${this.srcUrl} @change=${(e: Event) => ((this.srcUrl = (e.target as HTMLInputElement).value), this.loadFromUrl())} /></label>
          <label>… oder Datei hochladen (wird in den Code eingebettet)<input type="file" accept="application/json,.json" @change=${this.loadFromFile} /></label>
          ${this.dataError ? html`<p class="error" role="alert">${this.dataError}</p>` : nothing}
        </fieldset>
        <fieldset>
          <legend>2. Baustein</legend>
          <label
            >Baustein
            <select
              @change=${(e: Event) => {
                this.widget = (e.target as HTMLSelectElement).value as EmbeddableWidget;
                this.options = { lang: this.options.lang ?? 'de' };
              }}
            >
              ${(Object.keys(WIDGET_LABELS) as EmbeddableWidget[]).map((w) => html`<option value=${w} ?selected=${w === this.widget}>${WIDGET_LABELS[w]}</option>`)}
            </select></label
          >
          ${this.renderWidgetOptions()}
          <label
            >Sprache
            <select @change=${(e: Event) => this.setOption('lang', (e.target as HTMLSelectElement).value)}>
              <option value="de" ?selected=${this.options.lang === 'de'}>Deutsch</option>
              <option value="en" ?selected=${this.options.lang === 'en'}>English</option>
            </select></label
          >
          <label class="inline"><input type="checkbox" .checked=${this.options.view === 'table'} @change=${(e: Event) => this.setOption('view', (e.target as HTMLInputElement).checked ? 'table' : '')} /> nur als Tabelle</label>
        </fieldset>
        <fieldset>
          <legend>3. Code kopieren</legend>
          <label>Ordner der Bausteine auf Ihrem Server<input .value=${this.cdnBase} @input=${(e: Event) => (this.cdnBase = (e.target as HTMLInputElement).value)} /></label>
          <div class="tabs" role="tablist" aria-label="Einbindungsart">
            ${(
              [
                ['cdn', 'Skript + Element'],
                ['iframe', 'iframe (CMS ohne Skripte)'],
                ['npm', 'npm'],
              ] as const
            ).map(
              ([kind, label]) =>
                html`<button type="button" role="tab" aria-selected=${this.snippetKind === kind ? 'true' : 'false'} @click=${() => ((this.snippetKind = kind), (this.copied = false))}>${label}</button>`,
            )}
          </div>
          <label>Code<textarea readonly .value=${this.snippet}></textarea></label>
          <button type="button" @click=${this.copy}>In die Zwischenablage kopieren</button>
          <span role="status">${this.copied ? 'Kopiert.' : ''}</span>
        </fieldset>
      </form>
      <section aria-label="Vorschau">${this.renderPreview()}</section>`;
  }
}

defineElement('qw-configurator', QwConfigurator);
