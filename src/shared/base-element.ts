/**
 * What every widget shares: data from `src`, the `data` property or an inline JSON script;
 * the reflected `state`; `lang` resolution; `group` linking; the `view`; the error panel,
 * the "Beispieldaten" mark, the screen-reader summary and the source footer.
 * Widgets extend it and implement the `render…` hooks; they stay thin.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ContractDocument, Source } from '../contract/schema.ts';
import type { ContractError } from '../contract/validate.ts';
import { baseStyles } from './base.styles.ts';
import { QwErrorEvent, QwReadyEvent, QwSelectEvent, type QwSelectDetail } from './events.ts';
import { groupChannel, type GroupChangeEvent, type GroupChannel, type GroupState } from './group.ts';
import { loadErrorPath, normalizeLang, t, type Lang, type TextLoader } from './i18n.ts';
import { licenseInfo } from './licenses.ts';
import { DEFAULT_TIMEOUT_MS, LoadError, absoluteUrl, brokenParts, loadContract, parseInlineJson, resolveContract, retryChannel, RetryEvent } from './loader.ts';
import { formatNumber, formatPeriod } from './format.ts';
import { safeHref } from '../contract/url.ts';
import { isOtherHost, MAX_INLINE_SOURCES } from './attribution.ts';
import { displayDocument, fullText } from './display-texts.ts';
import { warmIntl } from './warm-intl.ts';
import { followPageLang } from './page-lang.ts';

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';
export type WidgetView = 'chart' | 'table';
export type WidgetTheme = 'auto' | 'light' | 'dark';
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `heading-level` as a number 2–6; anything else is undefined (the default applies). */
export function parseHeadingLevel(value: string | null): HeadingLevel | undefined {
  if (value === null || !/^\s*[2-6]\s*$/.test(value)) return undefined;
  return Number(value) as HeadingLevel;
}

/** `timeout` in milliseconds when it is a positive finite number, else undefined (the default applies). */
export function validTimeout(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Failures a reader can retry: the server may answer next time. */
const RETRYABLE = new Set(['http', 'network', 'timeout', 'not-json', 'truncated', 'cors', 'redirect', 'geometry-http', 'geometry-network', 'geometry-timeout', 'geometry-not-json', 'geometry-truncated', 'geometry-cors', 'geometry-redirect']);

/** What the error panel shows: plain words for the editor, paths for the data maintainer. */
export interface WidgetFailure {
  readonly code: string;
  readonly title: string;
  readonly hint?: string;
  readonly errors?: readonly ContractError[];
}

/** What the footer credits. */
export interface Attribution {
  readonly sources: readonly Source[];
  readonly license?: string;
  readonly licenseUrl?: string;
  readonly updated?: string;
}

const MAX_LISTED_ERRORS = 20;

/** The error path (texts, "Meinten Sie"), once loaded. */
let errorPath: Awaited<ReturnType<typeof loadErrorPath>> | undefined;
function whenErrorPath(): Promise<unknown> {
  return loadErrorPath().then((module) => (errorPath = module));
}

function megabytes(lang: Lang, bytes: number): string {
  return `${formatNumber(lang, bytes / (1024 * 1024), 1)} MB`;
}

export function failureFromError(error: unknown, lang: Lang): WidgetFailure {
  if (error instanceof LoadError) {
    const { url = '', status, timeoutMs = DEFAULT_TIMEOUT_MS, errors, cause = '', level, limitBytes = 0, sizeBytes = 0 } = error.details;
    // A geometry file named inside the document: say which level and which address, not "check src".
    if (level && error.code !== 'invalid') {
      return { code: `geometry-${error.code}`, title: t(lang, 'error.geometry', { level }), hint: t(lang, 'error.geometry.hint', { level, url }) };
    }
    switch (error.code) {
      case 'no-source':
        return { code: 'no-source', title: t(lang, 'error.no-source'), hint: t(lang, 'error.no-source.hint') };
      case 'http':
        return { code: 'http', title: t(lang, status === 404 ? 'error.http.404' : 'error.http', { status: status ?? '?' }), hint: t(lang, 'error.http.hint', { url }) };
      case 'network':
        return { code: 'network', title: t(lang, 'error.network'), hint: t(lang, 'error.network.hint', { url }) };
      case 'cors':
      case 'redirect':
      case 'truncated':
        return { code: error.code, title: t(lang, `error.${error.code}`), hint: t(lang, `error.${error.code}.hint`, { url }) };
      case 'too-large':
        return { code: 'too-large', title: t(lang, 'error.too-large', { size: megabytes(lang, sizeBytes), limit: megabytes(lang, limitBytes) }), hint: t(lang, 'error.too-large.hint', { url }) };
      case 'timeout':
        return { code: 'timeout', title: t(lang, 'error.timeout', { seconds: formatNumber(lang, timeoutMs / 1000, timeoutMs < 10_000 ? 1 : 0) }), hint: t(lang, 'error.timeout.hint', { url }) };
      case 'not-json':
        return { code: 'not-json', title: t(lang, 'error.not-json'), hint: t(lang, 'error.not-json.hint', { detail: error.details.causes?.[lang] ?? cause }) };
      case 'invalid':
        return { code: 'invalid', title: t(lang, 'error.invalid', { count: errors?.length ?? 0 }), hint: t(lang, 'error.invalid.hint'), errors: errors ?? [] };
    }
  }
  return { code: 'render', title: t(lang, 'error.render'), hint: error instanceof Error ? error.message : String(error) };
}

/**
 * @csspart base - The widget's frame.
 * @csspart header - Title row with the "Beispieldaten" mark.
 * @csspart heading - The heading (`<h2>`…`<h6>`, after `heading-level`).
 * @csspart description - The editor's sentence (`description`).
 * @csspart retry - The "Erneut versuchen" button of a failed load.
 * @csspart example-badge - The "Beispieldaten" mark.
 * @csspart error - The error panel.
 * @csspart table - The scrolling container of a data table.
 * @csspart footer - Source and licence line.
 *
 * @cssprop --qw-font-family - Font family (default: system UI font).
 * @cssprop --qw-font-size - Base font size (default: 1rem).
 * @cssprop --qw-font-size-min - Smallest base font size, for host pages that shrink the root font (default: 14px).
 * @cssprop --qw-dark-color-text - Text colour in the dark theme (likewise `--qw-dark-color-muted`, `-background`, `-surface`, `-border`, `-accent`, `-focus`, `-error`, `-example`, `-example-background`).
 * @cssprop --qw-color-text - Text colour.
 * @cssprop --qw-color-muted - Secondary text colour.
 * @cssprop --qw-color-background - Background colour.
 * @cssprop --qw-color-surface - Background of buttons and highlighted rows.
 * @cssprop --qw-color-border - Border colour.
 * @cssprop --qw-color-accent - Links and interactive elements.
 * @cssprop --qw-color-focus - Focus ring colour.
 * @cssprop --qw-color-error - Error panel colour.
 * @cssprop --qw-color-example - Text colour of the "Beispieldaten" mark.
 * @cssprop --qw-color-example-background - Background of the "Beispieldaten" mark.
 * @cssprop --qw-radius - Corner radius.
 * @cssprop --qw-spacing - Inner spacing.
 *
 * @attr lang - `de` (default) or `en`; when absent, the nearest ancestor's `lang` (across shadow roots) applies.
 *
 * @slot - An optional `<script type="application/json">` with the contract document, for pages that cannot host a file (used when neither `src` nor `data` is set).
 *
 * @fires qw-ready - After a completed render. {@link QwReadyEvent}
 * @fires qw-error - When the widget cannot show its data; detail `{ code, message, path }`. {@link QwErrorEvent}
 */
export abstract class QwElement extends LitElement {
  static override styles = [baseStyles];

  /** URL of a contract document (JSON). Widgets with the same `src` share one request. */
  @property() src?: string;

  /** The contract document as an object; takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Widgets with the same group share the selected area and period. */
  @property() group?: string;

  /** `loading`, `ready`, `empty` or `error`; reflected so page CSS can react to it. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** `chart` (default) or `table`: the data table alone. */
  @property({ reflect: true }) view: WidgetView = 'chart';

  /** Request timeout in milliseconds (default 20000). An invalid value falls back to the default, with a console warning. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** The editor's heading; replaces the widget's own title. */
  @property() heading?: string;

  /** The heading's level, 2–6 (default 2): the page decides its outline. */
  @property({ attribute: 'heading-level', converter: { fromAttribute: (value: string | null) => parseHeadingLevel(value) ?? value } })
  headingLevel: HeadingLevel | string = DEFAULT_HEADING_LEVEL;

  /** The editor's sentence under the heading; also the widget's accessible description. */
  @property() description?: string;

  /** `auto` (default: follows the reader's light or dark preference), `light` or `dark`. */
  @property({ reflect: true }) theme: WidgetTheme = 'auto';

  /** The validated document once loaded. */
  @state() protected contract?: ContractDocument;
  @state() protected failure?: WidgetFailure;
  @state() protected resolvedLang: Lang = 'de';
  /** The widget's own texts (its translator): their English module loads with the data on an English page. */
  protected readonly texts?: TextLoader;
  @state() protected groupState: GroupState = {};
  /** The period the reader picked in this widget (slider, play); cleared when the group shares another. */
  @state() protected pickedPeriod?: string;
  @state() private tableOpen = false;

  private loadToken = 0;
  private renderToken = 0;
  private channel?: GroupChannel;
  private lastFailure?: WidgetFailure;
  private selectionFailure?: WidgetFailure;
  private readonly warned = new Set<string>();

  /** Warns once per element and topic: an invalid attribute is named without flooding the console. */
  protected warnOnce(topic: string, message: string): void {
    if (this.warned.has(topic)) return;
    this.warned.add(topic);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** " Meinten Sie „feldmark“?" for a value close to one of `candidates`, else an empty string. */
  protected didYouMean(value: string | undefined, candidates: Iterable<string>): string {
    // Configuration checks run once a document is there, and the error path came with it.
    const guess = value && errorPath ? errorPath.nearest(value, candidates) : undefined;
    return guess ? this.t('didYouMean', { value: guess }) : '';
  }

  /** The timeout in use. */
  protected get timeoutMs(): number {
    const valid = validTimeout(this.timeout);
    if (valid === undefined) this.warnOnce('timeout', `timeout="${String(this.getAttribute('timeout') ?? this.timeout)}" is not a positive number of milliseconds; using ${DEFAULT_TIMEOUT_MS}.`);
    return valid ?? DEFAULT_TIMEOUT_MS;
  }

  /** The heading level in use. */
  protected get shownHeadingLevel(): HeadingLevel {
    const level = typeof this.headingLevel === 'number' ? this.headingLevel : parseHeadingLevel(this.headingLevel);
    if (level === undefined) this.warnOnce('heading-level', `heading-level="${String(this.headingLevel)}" is not 2, 3, 4, 5 or 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return level ?? DEFAULT_HEADING_LEVEL;
  }

  /** The title shown and written into downloads: the editor's heading, else the widget's own. */
  protected shownHeading(document: ContractDocument): string {
    return this.heading?.trim() || this.defaultHeading(document);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.resolvedLang = this.resolveLang();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedLang = this.resolveLang();
    this.stopFollowingPageLang = followPageLang(this.onPageLang);
    warmIntl();
    this.joinGroup();
    retryChannel().addEventListener('retry', this.onRetry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingPageLang?.();
    this.stopFollowingPageLang = undefined;
    this.leaveGroup();
    retryChannel().removeEventListener('retry', this.onRetry);
  }

  private stopFollowingPageLang?: () => void;
  /** A script changed a `lang` in the page (a language switch without a reload): follow it unless the widget has its own. */
  private readonly onPageLang = (): void => {
    this.resolvedLang = this.resolveLang();
  };

  // ------------------------------------------------------------------ retry
  /** Another widget on the page retried a URL: widgets on the same `src` in error retry with it. */
  private readonly onRetry = (event: Event): void => {
    const { url } = event as RetryEvent;
    if (this.state === 'error' && this.src && absoluteUrl(this.src) === url) void this.load();
  };

  /** Loads again after a failure; widgets sharing the `src` follow. */
  protected retry(): void {
    if (this.src) retryChannel().dispatchEvent(new RetryEvent(absoluteUrl(this.src)));
    else void this.load();
  }

  /** The language in use: own `lang`, else the nearest ancestor's (across shadow roots), else German. */
  get language(): Lang {
    return this.resolvedLang;
  }

  private resolveLang(): Lang {
    const own = this.getAttribute('lang');
    if (own) return normalizeLang(own);
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element) {
        const value = node.getAttribute('lang');
        if (value) return normalizeLang(value);
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return 'de';
  }

  // ------------------------------------------------------------------ group linking
  private readonly onGroupChange = (event: Event): void => {
    const change = event as GroupChangeEvent;
    if (change.source !== this) {
      if (change.state.period !== this.groupState.period) this.pickedPeriod = undefined;
      this.groupState = change.state;
    }
  };

  private joinGroup(): void {
    this.leaveGroup();
    if (!this.group || !this.isConnected) return;
    this.channel = groupChannel(this.group);
    this.channel.addEventListener('change', this.onGroupChange);
    this.groupState = this.channel.state;
  }

  private leaveGroup(): void {
    this.channel?.removeEventListener('change', this.onGroupChange);
    this.channel = undefined;
  }

  /** Selects an area (or clears it with `null`): fires `qw-select` and tells the group. */
  protected selectArea(areaId: string | null, detail: Omit<QwSelectDetail, 'areaId'> = {}): void {
    this.groupState = { ...this.groupState, areaId, ...(detail.period ? { period: detail.period } : {}) };
    /** @ignore The manifest cannot read an Event subclass's name: widgets that select name `qw-select` in their own `@fires`. */
    this.dispatchEvent(new QwSelectEvent({ areaId, ...detail }));
    this.channel?.update({ areaId, ...(detail.period ? { period: detail.period } : {}) }, this);
  }

  /** Keeps the reader's period choice as this widget's own and tells the group, if there is one. */
  protected pickPeriod(period: string): void {
    this.pickedPeriod = period;
    this.channel?.update({ period }, this);
  }

  /** Shares a period choice with the group (no event: periods are not a selection of data). */
  protected sharePeriod(period: string): void {
    this.groupState = { ...this.groupState, period };
    this.channel?.update({ period }, this);
  }

  // ------------------------------------------------------------------ loading
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('group')) this.joinGroup();
    if (!this.hasUpdated || changed.has('src') || changed.has('data') || (changed as Map<PropertyKey, unknown>).has('resolvedLang') || changed.has('timeout')) {
      void this.load();
    }
    // A selection failure (wrong attribute) is re-checked on every change, so fixing the attribute recovers.
    // After a switch to a language whose texts are still on their way, the loading state shows until they are there.
    if (this.contract && (!this.failure || this.failure === this.selectionFailure) && this.hasTexts()) this.state = this.evaluateState(this.contract);
  }

  /** Whether the widget's own texts are there in the language in use. */
  private hasTexts(): boolean {
    return this.texts?.has(this.resolvedLang) ?? true;
  }

  private inlineJson(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const lang = this.resolvedLang;
    this.state = 'loading';
    // The error texts and "Meinten Sie" load in parallel with the data: the checks after it need them.
    const errorPathLoaded = whenErrorPath();
    // So do the widget's modules that only words and numbers of data need: until then it shows its loading state.
    const modulesLoaded = this.loadDataModules();
    modulesLoaded.catch(() => undefined);
    // And the widget's English texts, on a page that shows English.
    const textsLoaded = this.texts?.load(lang) ?? Promise.resolve();
    textsLoaded.catch(() => undefined);
    try {
      let document: ContractDocument;
      const inline = this.data === undefined && !this.src ? this.inlineJson() : undefined;
      const timeoutMs = this.timeoutMs;
      if (this.data !== undefined) document = await resolveContract(this.data, { lang, timeoutMs });
      else if (this.src) document = await loadContract(this.src, { lang, timeoutMs });
      else if (inline !== undefined) document = await resolveContract(await parseInlineJson(inline), { lang, timeoutMs });
      else throw new LoadError('no-source', 'No data source');
      await errorPathLoaded;
      await modulesLoaded;
      await textsLoaded;
      if (token !== this.loadToken) return;
      this.failure = undefined;
      this.contract = document;
      this.state = this.evaluateState(document);
    } catch (error) {
      await Promise.all([errorPathLoaded.catch(() => undefined), modulesLoaded.catch(() => undefined), textsLoaded.catch(() => undefined)]);
      if (token !== this.loadToken) return;
      this.contract = undefined;
      this.fail(failureFromError(error, lang));
    }
  }

  /** Shows the error panel and fires `qw-error`. */
  protected fail(failure: WidgetFailure): void {
    this.failure = failure;
    this.state = 'error';
  }

  /**
   * Decides, after every change, whether the loaded document can be shown with the current
   * attributes: `ready`, `empty` (nothing to show), or `error` through {@link fail}.
   */
  private evaluateState(document: ContractDocument): WidgetState {
    const problem = this.brokenPartFailure(document) ?? this.checkSelection(document);
    this.selectionFailure = problem ?? undefined;
    if (problem) {
      this.failure = problem;
      return 'error';
    }
    this.failure = undefined;
    return this.hasData(document) ? 'ready' : 'empty';
  }

  /**
   * A part this widget shows was left out of the document for its errors: the public gets a
   * plain sentence, the data team the folded details with the paths.
   */
  private brokenPartFailure(document: ContractDocument): WidgetFailure | null {
    const broken = brokenParts(document);
    if (!broken.size) return null;
    // `programme:*` stands for every part of that kind (a tracker that shows all programmes).
    const errors = this.usedParts(document).flatMap((part) =>
      part.endsWith(':*') ? [...broken].filter(([key]) => key.startsWith(part.slice(0, -1))).flatMap(([, e]) => e) : (broken.get(part) ?? []),
    );
    if (!errors.length) return null;
    return { code: 'invalid-part', title: this.t('error.part'), hint: this.t('error.part.hint'), errors };
  }

  // ------------------------------------------------------------------ hooks for widgets
  /**
   * The parts of the document this widget shows (`indicator:<id>`, `housing`, `funding`,
   * `programme:<id>`): an error inside one of them stops this widget only.
   */
  protected usedParts(_document: ContractDocument): readonly string[] {
    return [];
  }

  /** A configuration problem (unknown indicator or programme) as a failure, or null. */
  protected checkSelection(_document: ContractDocument): WidgetFailure | null {
    return null;
  }

  /**
   * Modules the widget needs only once there is data (table rows, summaries, the words of the
   * figures): loaded with the data, so they are not part of what a page loads before anything shows.
   */
  protected loadDataModules(): Promise<unknown> {
    return Promise.resolve();
  }

  /** Whether there is anything to draw for the current attributes. */
  protected abstract hasData(document: ContractDocument): boolean;

  /** The widget's own title (the editor's `heading` replaces it). */
  protected abstract defaultHeading(document: ContractDocument): string;

  protected subheading(_document: ContractDocument): string | TemplateResult | typeof nothing {
    return nothing;
  }

  /** Whether what is shown is illustrative (`"example": true` on the document, section or indicator). */
  protected isExample(document: ContractDocument): boolean {
    return document.meta.example === true;
  }

  /** Whether the header's "Beispieldaten" badge shows: by default when anything shown is illustrative; a widget that marks its parts may narrow it to the headline figures. */
  protected headerExample(document: ContractDocument): boolean {
    return this.isExample(document);
  }

  /** The chart or graphic. */
  protected abstract renderChart(document: ContractDocument): TemplateResult;

  /** The data table of exactly what is drawn. */
  protected abstract renderTable(document: ContractDocument): TemplateResult;

  /** A plain-language summary of what the chart shows, for screen readers. */
  protected abstract summary(document: ContractDocument): string;

  /** Sources and licence for the footer. */
  protected attribution(document: ContractDocument): Attribution {
    return { sources: document.meta.sources, license: document.meta.license, licenseUrl: document.meta.licenseUrl, updated: document.meta.updated };
  }

  /** Resolves when the chart is drawn (widgets with an asynchronous engine override it). */
  protected async chartDrawn(): Promise<void> {}

  /** Properties whose change means a new render worth a `qw-ready`. */
  protected readyKeys(): readonly string[] {
    return [];
  }

  // ------------------------------------------------------------------ events after render
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state === 'error' && this.failure && this.failure !== this.lastFailure) {
      this.lastFailure = this.failure;
      /** @ignore Documented as `qw-error` in the class JSDoc (the manifest cannot read an Event subclass's name). */
      this.dispatchEvent(new QwErrorEvent({ code: this.failure.code, message: this.failure.title, ...(this.failure.errors?.[0] ? { path: this.failure.errors[0].path } : {}) }));
    }
    if (this.state !== 'error') this.lastFailure = undefined;
    const keys = ['state', 'contract', 'view', 'resolvedLang', ...this.readyKeys()];
    if (this.state === 'ready' && keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
      const token = ++this.renderToken;
      this.chartDrawn().then(
        () => {
          if (token === this.renderToken && this.state === 'ready') {
            /** @ignore Documented as `qw-ready` in the class JSDoc (the manifest cannot read an Event subclass's name). */
            this.dispatchEvent(new QwReadyEvent());
          }
        },
        (error: unknown) => {
          if (token === this.renderToken) this.fail(failureFromError(error, this.resolvedLang));
        },
      );
    }
  }

  // ------------------------------------------------------------------ rendering
  protected t(key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string {
    return t(this.resolvedLang, key, params);
  }

  /**
   * The document as the chart, heading and summary show it: texts beyond their caps shortened
   * (`displayDocument`). The table view gets the document as it is, every text in full.
   */
  protected shownDocument(document: ContractDocument): ContractDocument {
    return this.view === 'table' ? document : displayDocument(document);
  }

  protected override render(): TemplateResult {
    const document = this.contract ? this.shownDocument(this.contract) : undefined;
    // A <section> named by the title: each widget is a region landmark, and its header and footer
    // are not mistaken for the page's banner and contentinfo landmarks.
    // While a switch of language waits for the widget's texts, the header waits too rather than mix two languages.
    const titled = Boolean(document) && this.state !== 'error' && this.hasTexts();
    const described = titled && Boolean(this.description?.trim());
    return html`<section
      class="frame"
      part="base"
      aria-busy=${this.state === 'loading' ? 'true' : 'false'}
      aria-labelledby=${titled ? 'qw-title' : nothing}
      aria-describedby=${described ? 'qw-description' : nothing}
    >
      ${titled ? this.renderHeader(document!) : nothing} ${this.renderBody()} ${titled ? this.renderFooter(document!) : nothing}
    </section>`;
  }

  private renderHeader(document: ContractDocument): TemplateResult {
    const example = this.headerExample(document);
    const description = this.description?.trim();
    return html`<header part="header">
      ${this.renderHeading(this.shownHeading(document), fullText(document, this.shownHeading(document)))}
      ${example ? html`<span class="example-badge" part="example-badge" title=${this.t('exampleHint')}>${this.t('example')}</span>` : nothing}
      <p class="subtitle">${this.subheading(document)}</p>
      ${description ? html`<p class="description" id="qw-description" part="description">${description}</p>` : nothing}
    </header>`;
  }

  /** A real `<h2>`…`<h6>`: screen-reader users navigate the page by its headings. */
  private renderHeading(text: string, full?: string): TemplateResult {
    // A shortened title keeps its whole wording as tooltip and accessible name.
    const title = full ?? nothing;
    switch (this.shownHeadingLevel) {
      case 2:
        return html`<h2 class="title" id="qw-title" part="heading" title=${title} aria-label=${title}>${text}</h2>`;
      case 3:
        return html`<h3 class="title" id="qw-title" part="heading" title=${title} aria-label=${title}>${text}</h3>`;
      case 4:
        return html`<h4 class="title" id="qw-title" part="heading" title=${title} aria-label=${title}>${text}</h4>`;
      case 5:
        return html`<h5 class="title" id="qw-title" part="heading" title=${title} aria-label=${title}>${text}</h5>`;
      case 6:
        return html`<h6 class="title" id="qw-title" part="heading" title=${title} aria-label=${title}>${text}</h6>`;
    }
  }

  private renderBody(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return html`<p class="status loading" role="status">${this.t('loading')}</p>`;
      case 'error':
        return this.failure ? this.renderFailure(this.failure) : nothing;
      case 'empty':
        return html`<p class="status" role="status">${this.t('empty')}</p>`;
      case 'ready': {
        const document = this.shownDocument(this.contract!);
        const summary = html`<p class="sr-only" part="summary">${this.summary(document)}</p>`;
        if (this.view === 'table') return html`${summary}${this.renderTable(document)}`;
        return html`${this.renderChart(document)} ${summary}
          <details class="table-toggle no-print-collapse" @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
            <summary>${this.t('showTable')}</summary>
            ${this.tableOpen ? this.renderTable(document) : nothing}
          </details>`;
      }
    }
  }

  protected renderFailure(failure: WidgetFailure): TemplateResult {
    const errors = failure.errors ?? [];
    return html`<div class="error" part="error" role="alert">
      <p><strong>${failure.title}</strong></p>
      ${failure.hint ? html`<p>${failure.hint}</p>` : nothing}
      ${RETRYABLE.has(failure.code) ? html`<button type="button" class="button retry" part="retry" @click=${() => this.retry()}>${this.t('retry')}</button>` : nothing}
      ${errors.length
        ? html`<details>
            <summary>${this.t('errorDetails')}</summary>
            <ul>
              ${errors.slice(0, MAX_LISTED_ERRORS).map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
            </ul>
            ${errors.length > MAX_LISTED_ERRORS ? html`<p>${this.t('errorMore', { count: errors.length - MAX_LISTED_ERRORS })}</p>` : nothing}
          </details>`
        : nothing}
    </div>`;
  }

  /**
   * Sources, licence and "Stand". More than two sources fold into "Quellen (n)", a native
   * `<details>` (keyboard and screen reader work without script), so the footer stays one line.
   * Every link goes through `safeHref`: a `javascript:` or `data:` address stays plain text.
   */
  private renderFooter(document: ContractDocument): TemplateResult {
    const { sources, license, licenseUrl, updated } = this.attribution(document);
    const lic = license ? licenseInfo(license, licenseUrl) : undefined;
    const link = (url: string | undefined, label: string, rel: string) => {
      const href = safeHref(url);
      if (!href) return label;
      // A link to another host must not learn this page's address or reach back into it.
      return isOtherHost(href) ? html`<a href=${href} rel=${`noopener noreferrer ${rel}`.trim()} target="_blank">${label}</a>` : html`<a href=${href} rel=${rel || nothing}>${label}</a>`;
    };
    const source = (s: Source) => (typeof s === 'string' ? s : link(s.url, s.title, ''));
    const folded = sources.length > MAX_INLINE_SOURCES;
    const inline = !folded && sources.length > 0;
    return html`<footer part="footer">
      ${folded
        ? html`<details class="sources">
            <summary>${this.t('sourcesCount', { count: sources.length })}</summary>
            <ul>
              ${sources.map((s) => html`<li>${source(s)}</li>`)}
            </ul>
          </details>`
        : nothing}
      <p>
        ${inline ? html`${this.t(sources.length > 1 ? 'sources' : 'source')}: ${sources.map((s, i) => html`${i > 0 ? '; ' : ''}${source(s)}`)}` : nothing}
        ${lic ? html`${inline ? ' · ' : ''}${this.t('license')}: ${link(lic.url, lic.name, 'license')}` : nothing}
        ${updated ? html`${inline || lic ? ' · ' : ''}${this.t('updated')}: ${formatPeriod(this.resolvedLang, updated)}` : nothing}
      </p>
    </footer>`;
  }
}
