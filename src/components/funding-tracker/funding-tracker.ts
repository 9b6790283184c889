/**
 * `<qw-funding-tracker>`: where funding programmes stand. Lit, HTML and CSS only: no chart or
 * map engine is loaded. The arithmetic lives in model/, the words, table columns and CSV tables
 * in describe.ts, the downloads in export.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QwElement, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import type { Programme, Project, ProjectStatus } from '../../contract/funding.schema.ts';
import { formatDate, formatNumber } from '../../shared/format.ts';
import { cssomStyle } from '../../shared/cssom-style.ts';
import { PAGE_ROWS, renderTable, scrollHint, TableSortController, type Column } from '../../shared/table.ts';
import { fullText } from '../../shared/display-texts.ts';
import { localized, type Lang, type Params } from '../../shared/i18n.ts';
import { lazyModule } from '../../shared/lazy-module.ts';
import { memoLast } from '../../shared/memo.ts';
import { hasGroupPeers } from '../../shared/group.ts';
import { fundingStyles } from './funding-tracker.styles.ts';
import { text, type FundingTextKey } from './funding-tracker.texts.ts';
import { localIsoDate, parseLocalDate } from './model/local-date.ts';
import type { DeadlineEntry, Figure, FigureKey } from './model/figures.ts';
import type { ProgrammeView } from './model/programme-view.ts';
import type { DownloadFormat, ExportSource } from '../../shared/download.ts';

export type FundingLayout = 'full' | 'compact';

interface ProjectFilterState {
  readonly status: ProjectStatus | '';
  readonly query: string;
}

/** The figures, programme views, words, table rows, summary and download menu: they load with the data, not before the loading state shows. */
const withData = lazyModule(() => import('./with-data.ts'));

/** A deadline this close is emphasised. */
const SOON_DAYS = 14;

const dateConverter = {
  fromAttribute: (value: string | null): Date | undefined => parseLocalDate(value),
  toAttribute: (value: Date | undefined): string | null => (value ? localIsoDate(value) : null),
};

/**
 * Funding programmes: budget, additional allocations, committed, paid out, returned and still
 * available as a stacked bar with exact amounts and shares; deadlines with the days left or
 * passed; applications; committed funds by area (selecting an area informs the `group`); and the
 * funded projects in a table that sorts and filters.
 *
 * @tagname qw-funding-tracker
 * @summary Funding programmes (Förderprogramme): budget, committed, paid out, deadlines, projects.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title row with the "Beispieldaten" mark.
 * @csspart example-badge - The "Beispieldaten" mark in the header.
 * @csspart programme - One programme's block.
 * @csspart bar - The stacked bar of a programme.
 * @csspart legend - The list of the bar's parts with amounts and shares.
 * @csspart figures - The key figures of a programme.
 * @csspart deadlines - The list of deadlines.
 * @csspart table - The scrolling container of a data table.
 * @csspart footer - Source and licence line.
 *
 * @cssprop --qw-funding-paid - Colour of the paid-out part (default: dark blue).
 * @cssprop --qw-funding-open - Colour of the hatching of the committed, not yet paid part (default: mid blue).
 * @cssprop --qw-funding-available - Colour of the still available part (default: light grey-blue).
 * @cssprop --qw-funding-unknown - Colour of the dots of a part that is not published (default: grey).
 * @cssprop --qw-funding-bar-height - Height of the bar (default: 1.75rem).
 * @cssprop --qw-funding-past - Text colour of passed deadlines (default: the muted colour).
 *
 * @fires qw-ready - After a completed render.
 * @fires qw-select - When the user selects an area in the totals by area or the area filter; detail `{ areaId }` (`null` to clear).
 * @fires qw-error - When the widget cannot show its data, or `programme` names no programme in the data.
 *
 * @slot - An optional `<script type="application/json">` with the data.
 */
export class QwFundingTracker extends QwElement {
  protected override readonly texts = text;
  static override styles = [...QwElement.styles, fundingStyles];

  /** Id of the programme to show; all programmes of the document as a list when absent. */
  @property() programme?: string;

  /** `full` (default) or `compact`: bar, main figures and the next deadline only, for a sidebar. */
  @property({ reflect: true }) layout: FundingLayout = 'full';

  /**
   * The day the deadlines are counted from (attribute: `YYYY-MM-DD`); today when absent.
   * Set it for an archived page or a reproducible screenshot.
   */
  @property({ converter: dateConverter }) now?: Date;

  // Keyed by programme id from the data: a Map, so an id like `constructor` is a key like any other.
  @state() private projectFilters: ReadonlyMap<string, ProjectFilterState> = new Map();

  /** How many project rows each programme shows (the first page, then more per "weitere anzeigen"). */
  @state() private projectPages: ReadonlyMap<string, number> = new Map();

  /** One sort per programme, kept while the programme is shown so a re-render keeps the order. */
  private readonly sorts = new Map<string, TableSortController>();

  private readonly viewsOf = memoLast((document: ContractDocument, programme: string | undefined, lang: Lang, today: string) => withData.current.programmeViews(document, { programme, lang, today }));

  // ------------------------------------------------------------------ helpers
  private tx(key: FundingTextKey, params?: Params): string {
    return text(this.language, key, params);
  }

  private today(): string {
    return localIsoDate(this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date());
  }

  private views(document: ContractDocument): ProgrammeView[] {
    return this.viewsOf(document, this.programme, this.language, this.today());
  }

  private exampleMark(show: boolean): TemplateResult | typeof nothing {
    return show ? html`<span class="example-mark" title=${this.tx('exampleFigure')}>${this.tx('exampleMark')}</span>` : nothing;
  }

  private sortFor(programmeId: string): TableSortController {
    let sort = this.sorts.get(programmeId);
    if (!sort) {
      sort = new TableSortController(this);
      this.sorts.set(programmeId, sort);
    }
    return sort;
  }

  private filterOf(programmeId: string): ProjectFilterState {
    return this.projectFilters.get(programmeId) ?? { status: '', query: '' };
  }

  private setFilter(programmeId: string, patch: Partial<ProjectFilterState>): void {
    this.projectFilters = new Map(this.projectFilters).set(programmeId, { ...this.filterOf(programmeId), ...patch });
    // A new filter starts again at the first page.
    this.projectPages = new Map(this.projectPages).set(programmeId, PAGE_ROWS);
  }

  /** The group's selected area, when the programme has funded or listed projects there. */
  private selectedArea(programme: Programme): string | null {
    const area = this.groupState.areaId;
    return area && programme.projects.some((p) => p.area === area) ? area : null;
  }

  private visibleProjects(view: ProgrammeView): Project[] {
    const filter = this.filterOf(view.programme.id);
    return withData.current.filterProjects(view.programme.projects, { status: filter.status, area: this.selectedArea(view.programme), query: filter.query }, view.areaName);
  }

  // ------------------------------------------------------------------ base hooks
  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    if (!this.programme) return null;
    const programmes = document.funding?.programmes ?? [];
    if (programmes.some((p) => p.id === this.programme)) return null;
    return {
      code: 'config',
      title: programmes.length ? this.tx('error.programme', { id: this.programme }) : this.tx('error.noFunding'),
      hint: this.tx('error.programme.hint', { ids: programmes.map((p) => `"${p.id}"`).join(', ') || this.tx('noneAvailable') }),
    };
  }

  protected override usedParts(): readonly string[] {
    // One programme needs only its own part; all programmes need every one of them.
    return this.programme ? ['funding', `programme:${this.programme}`] : ['funding', 'programme:*'];
  }

  protected hasData(document: ContractDocument): boolean {
    return withData.current.shownProgrammes(document, this.programme).length > 0;
  }

  protected defaultHeading(document: ContractDocument): string {
    const shown = withData.current.shownProgrammes(document, this.programme);
    return shown.length === 1 ? withData.current.programmeName(this.language, shown[0]!) : this.tx('title');
  }

  protected override subheading(document: ContractDocument): string {
    const shown = withData.current.shownProgrammes(document, this.programme);
    return shown.length === 1 ? withData.current.metaLine(this.language, shown[0]!) : this.tx('programmeCount', { count: shown.length });
  }

  protected override isExample(document: ContractDocument): boolean {
    return super.isExample(document) || withData.current.trackerIsExample(document, withData.current.shownProgrammes(document, this.programme));
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const funding = document.funding;
    const shown = withData.current.shownProgrammes(document, this.programme);
    // Name the programmes' own sources when every shown programme has one; else the document's.
    if (!shown.length || !shown.every((p) => p.source || funding?.source)) return base;
    const seen = new Set<string>();
    const sources = [funding?.source, ...shown.map((p) => p.source)].filter((s): s is NonNullable<typeof s> => {
      if (!s) return false;
      const key = typeof s === 'string' ? s : (s.url ?? s.title);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...base, sources };
  }

  protected override loadDataModules(): Promise<unknown> {
    return withData.load();
  }

  protected override readyKeys(): readonly string[] {
    return ['programme', 'layout', 'now'];
  }

  protected summary(document: ContractDocument): string {
    return withData.current.trackerSummary(this.language, this.views(document));
  }

  // ------------------------------------------------------------------ chart view
  protected renderChart(document: ContractDocument): TemplateResult {
    const views = this.views(document);
    const list = views.length > 1;
    return html`<div class="programmes ${list ? 'list' : 'single'}">${views.map((view) => this.renderProgramme(view, list))}</div>
      ${this.renderFiguresDownload(views)}`;
  }

  private renderProgramme(view: ProgrammeView, list: boolean): TemplateResult {
    const { programme } = view;
    const lang = this.language;
    const compact = this.layout === 'compact';
    const id = `programme-${view.index}`;
    const description = localized(lang, programme.description, programme.descriptionEn);
    const note = localized(lang, programme.note, programme.noteEn);
    const meta = withData.current.metaLine(lang, programme);
    return html`<article class="programme" part="programme" aria-labelledby=${list ? id : nothing} aria-label=${list ? nothing : view.name} data-programme=${programme.id}>
      ${list
        ? html`<h3 class="programme-name" id=${id}>${view.name} ${this.exampleMark(view.marks && programme.example === true)}</h3>
            ${meta ? html`<p class="meta">${meta}</p>` : nothing}`
        : nothing}
      ${description && !compact ? html`<p class="description">${description}</p>` : nothing} ${this.renderBar(view)}
      ${this.renderFigures(view, withData.current.shownFigures(programme, compact))} ${note && !compact ? html`<p class="note">${this.tx('note')}: ${note}</p>` : nothing}
      ${compact ? this.renderNextDeadline(view) : this.renderDeadlines(view, list)} ${compact ? nothing : this.renderApplications(view, list)}
      ${compact ? nothing : this.renderAreaTotals(view, list)} ${compact ? nothing : this.renderProjects(view, list)}
      ${programme.url && !compact ? html`<p class="meta"><a href=${programme.url} rel="noopener noreferrer" target="_blank">${this.tx('moreInfo')}</a></p>` : nothing}
    </article>`;
  }

  private subHeading(list: boolean, title: string, example = false): TemplateResult {
    const mark = this.exampleMark(example);
    return list ? html`<h4>${title} ${mark}</h4>` : html`<h3>${title} ${mark}</h3>`;
  }

  private renderBar(view: ProgrammeView): TemplateResult {
    const { figures } = view;
    const lang = this.language;
    const funds = figures.figures.funds.amount ?? 0;
    if (funds <= 0) return html`<p class="status">${this.tx('noFunds')}</p>`;
    return html`<div class="bar" part="bar" role="img" aria-label=${withData.current.barLabel(lang, view)}>
        ${figures.segments
          .filter((s) => s.amount > 0)
          .map((s) => html`<span class="segment kind-${s.kind}" data-kind=${s.kind} ${cssomStyle({ 'inline-size': `${(s.amount / funds) * 100}%` })}></span>`)}
      </div>
      <ul class="legend" part="legend">
        ${figures.segments.map(
          (s) => html`<li data-kind=${s.kind}>
            <span class="swatch kind-${s.kind}" aria-hidden="true"></span>
            <span><span class="label">${withData.current.segmentLabel(lang, s)}</span>: <span class="value">${withData.current.segmentValue(lang, view, s)}</span></span>
          </li>`,
        )}
      </ul>
      ${view.marks && figures.segments.some((s) => s.example) ? html`<p class="meta bar-example">${this.exampleMark(true)} ${this.tx('barExample')}</p>` : nothing}`;
  }

  private figureValue(view: ProgrammeView, figure: Figure): TemplateResult {
    if (figure.amount === null) return html`<span class="unpublished">${this.tx('notPublished')}</span>`;
    const lang = this.language;
    return html`<span class="amount">${withData.current.money(lang, view, figure.amount)}</span> ${figure.percent === null ? nothing : html`<span class="share">${this.tx('ofFunds', { percent: withData.current.percent(lang, view, figure.percent) })}</span>`}`;
  }

  private renderFigures(view: ProgrammeView, keys: readonly FigureKey[]): TemplateResult {
    const figures = view.figures.figures;
    return html`<dl class="figures" part="figures">
      ${keys.map(
        (key) => html`<div class="figure figure-${key}" data-figure=${key}>
          <dt>${this.tx(`figure.${key}`)} ${this.exampleMark(view.marks && figures[key].example)}</dt>
          <dd>${this.figureValue(view, figures[key])}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private renderDeadlineItem(entry: DeadlineEntry): TemplateResult {
    const state = entry.days === null ? '' : entry.days < 0 ? 'past' : entry.days <= SOON_DAYS ? 'soon' : 'ahead';
    return html`<li class="deadline ${state}">
      <span class="label">${withData.current.deadlineLabel(this.language, entry)}</span>
      <time datetime=${entry.date}>${formatDate(this.language, entry.date)}</time>
      <span class="days">${withData.current.deadlineState(this.language, entry)}</span>
    </li>`;
  }

  private renderDeadlines(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    if (!view.deadlines.length) return nothing;
    const example = view.marks && withData.current.isExampleField(view.programme, 'deadlines', view.sectionExample);
    return html`<section class="block deadlines-block">
      ${this.subHeading(list, this.tx('deadlines'), example)}
      <ul class="deadlines" part="deadlines">
        ${view.deadlines.map((entry) => this.renderDeadlineItem(entry))}
      </ul>
    </section>`;
  }

  private renderNextDeadline(view: ProgrammeView): TemplateResult | typeof nothing {
    const next = withData.current.nextDeadline(view.deadlines);
    if (!next) return nothing;
    return html`<ul class="deadlines" part="deadlines" aria-label=${next.days !== null && next.days < 0 ? this.tx('lastDeadline') : this.tx('nextDeadline')}>
      ${this.renderDeadlineItem(next)}
    </ul>`;
  }

  private renderApplications(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    const entries = withData.current.applicationEntries(this.language, view.programme);
    if (!entries.length) return nothing;
    const example = view.marks && withData.current.isExampleField(view.programme, 'applications', view.sectionExample);
    return html`<section class="block applications-block">
      ${this.subHeading(list, this.tx('applications'), example)}
      <dl class="applications">
        ${entries.map(([label, count]) => html`<div>
            <dt>${label}</dt>
            <dd>${formatNumber(this.language, count)}</dd>
          </div>`)}
      </dl>
    </section>`;
  }

  private renderAreaTotals(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    const totals = withData.current.areaTotals(view.programme.projects);
    if (!totals.some((t) => t.area !== null)) return nothing;
    const selected = this.selectedArea(view.programme);
    const max = Math.max(...totals.map((t) => t.amount), 0);
    const example = view.marks && withData.current.isExampleField(view.programme, 'projects', view.sectionExample);
    const caption = this.tx('areaTotalsCaption', { name: view.name });
    return html`<section class="block area-totals">
      ${this.subHeading(list, this.tx('areaTotals'), example)}
      <p class="meta no-print">${this.tx(hasGroupPeers(this, this.group) ? 'areaTotalsHint' : 'areaTotalsHintAlone')}</p>
      <div class="table-scroll" part="table" tabindex="0" role="region" aria-label=${caption}>
        ${scrollHint(this.language)}
        <table>
          <caption class="sr-only">${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${this.tx('areaColumn')}</th>
              <th scope="col" class="num">${this.tx('projectCountColumn')}</th>
              <th scope="col" class="num">${this.tx('figure.committed')}</th>
            </tr>
          </thead>
          <tbody>
            ${totals.map((total) => {
              const name = total.area === null ? this.tx('noArea') : view.areaName(total.area);
              const isSelected = total.area !== null && total.area === selected;
              return html`<tr class=${isSelected ? 'selected' : ''} data-area=${total.area ?? ''}>
                <th scope="row">
                  <span class="cell"
                    >${total.area === null
                      ? name
                      : html`<button type="button" class="area-button" aria-pressed=${isSelected ? 'true' : 'false'} title=${this.tx('selectArea', { area: name })} @click=${() => this.selectArea(isSelected ? null : total.area)}>
                          ${name}
                        </button>`}</span
                  >
                </th>
                <td class="num">${formatNumber(this.language, total.count)}</td>
                <td class="num">
                  <span class="total-bar" aria-hidden="true" ${cssomStyle({ 'inline-size': `${max > 0 ? (total.amount / max) * 4 : 0}em` })}></span>${withData.current.money(this.language, view, total.amount)}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  /** The described columns, with the status drawn as a badge. */
  private projectColumns(view: ProgrammeView): Column<Project>[] {
    const document = this.contract ? this.shownDocument(this.contract) : undefined;
    // A name cut to its cap keeps its whole wording as tooltip and accessible name.
    const withTitle = (shown: string) => {
      const full = document ? fullText(document, shown) : undefined;
      return full ? html`<span title=${full} aria-label=${full}>${shown}</span>` : shown;
    };
    return withData.current.projectColumns(this.language, view).map((column) => {
      if (column.key === 'status') return { ...column, render: (p: Project) => html`<span class="status-badge">${withData.current.statusLabel(this.language, p.status)}</span>` };
      if (column.key === 'name' || column.key === 'recipient') {
        const render = column.render ?? ((p: Project) => String(column.sortValue(p) ?? ''));
        return { ...column, render: (p: Project) => (typeof render(p) === 'string' ? withTitle(render(p) as string) : render(p)) };
      }
      return column;
    });
  }

  private renderProjects(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    const { programme } = view;
    if (!programme.projects.length) return nothing;
    const filter = this.filterOf(programme.id);
    const selected = this.selectedArea(programme);
    const rows = this.visibleProjects(view);
    const { statuses, areas } = withData.current.projectFilterChoices(view, this.language);
    const example = view.marks && withData.current.isExampleField(programme, 'projects', view.sectionExample);
    const filtered = Boolean(filter.status || filter.query || selected);
    return html`<section class="block projects">
      ${this.subHeading(list, this.tx('projects'), example)}
      <fieldset class="filters no-print">
        <legend class="sr-only">${this.tx('filterProjects')}</legend>
        <label
          >${this.tx('search')}
          <input
            type="search"
            name="query"
            .value=${filter.query}
            placeholder=${this.tx('searchPlaceholder')}
            @input=${(e: Event) => this.setFilter(programme.id, { query: (e.target as HTMLInputElement).value })}
        /></label>
        <label
          >${this.tx('statusColumn')}
          <select name="status" @change=${(e: Event) => this.setFilter(programme.id, { status: (e.target as HTMLSelectElement).value as ProjectStatus | '' })}>
            <option value="" ?selected=${!filter.status}>${this.tx('allStatuses')}</option>
            ${statuses.map((s) => html`<option value=${s} ?selected=${filter.status === s}>${withData.current.statusLabel(this.language, s)}</option>`)}
          </select></label
        >
        ${areas.length
          ? html`<label
              >${this.tx('areaColumn')}
              <select name="area" @change=${(e: Event) => this.selectArea((e.target as HTMLSelectElement).value || null)}>
                <option value="" ?selected=${!selected}>${this.tx('allAreas')}</option>
                ${areas.map((a) => html`<option value=${a} ?selected=${selected === a}>${view.areaName(a)}</option>`)}
              </select></label
            >`
          : nothing}
        ${filtered ? html`<button type="button" class="button reset" @click=${() => this.resetFilter(programme)}>${this.tx('resetFilter')}</button>` : nothing}
      </fieldset>
      <p class="count" role="status">${this.tx('shownProjects', { shown: formatNumber(this.language, rows.length), total: formatNumber(this.language, programme.projects.length) })}</p>
      ${rows.length
        ? renderTable({
            lang: this.language,
            caption: this.tx('projectsCaption', { name: view.name }),
            columns: this.projectColumns(view),
            rows,
            sort: this.sortFor(programme.id),
            stackOnPaper: true,
            // The table view keeps every row; the chart view pages.
            ...(this.view === 'table' ? {} : { paging: { shown: this.projectPages.get(programme.id) ?? PAGE_ROWS, step: PAGE_ROWS, more: () => this.showMoreProjects(programme.id) } }),
          })
        : html`<p class="status">${this.tx('noProjectMatches')}</p>`}
    </section>`;
  }

  private showMoreProjects(programmeId: string): void {
    this.projectPages = new Map(this.projectPages).set(programmeId, (this.projectPages.get(programmeId) ?? PAGE_ROWS) + PAGE_ROWS);
  }

  private resetFilter(programme: Programme): void {
    this.setFilter(programme.id, { status: '', query: '' });
    if (this.selectedArea(programme)) this.selectArea(null);
  }

  // ------------------------------------------------------------------ table view
  protected renderTable(document: ContractDocument): TemplateResult {
    const views = this.views(document);
    const lang = this.language;
    const list = views.length > 1;
    const full = this.view === 'table';
    return html`${views.map((view) => {
      const { additions } = view.programme;
      const applications = withData.current.applicationEntries(lang, view.programme);
      const caption = (key: FundingTextKey) => this.tx(key, { name: view.name });
      // With several programmes the blocks below carry h4 headings: name each programme with the h3 above them.
      return html`<div class="programme" data-programme=${view.programme.id}>
        ${list && full ? html`<h3 class="programme-name">${view.name}</h3>` : nothing}
        ${renderTable({ lang, caption: caption('figuresCaption'), columns: withData.current.figureColumns(lang, view), rows: withData.current.figureRows(lang, view) })}
        ${additions.length ? renderTable({ lang, caption: caption('additionsCaption'), columns: withData.current.additionColumns(lang, view), rows: additions }) : nothing}
        ${view.deadlines.length ? renderTable({ lang, caption: caption('deadlinesCaption'), columns: withData.current.deadlineColumns(lang), rows: view.deadlines }) : nothing}
        ${applications.length ? renderTable({ lang, caption: caption('applicationsCaption'), columns: withData.current.applicationColumns(lang), rows: applications }) : nothing}
        ${full ? this.renderAreaTotals(view, list) : nothing} ${full ? this.renderProjects(view, list) : nothing}
      </div>`;
    })}
    ${full ? this.renderFiguresDownload(views) : nothing}`;
  }

  // ------------------------------------------------------------------ downloads
  /** The one download menu under all programmes: figures and projects as shown, and the chart. */
  private renderFiguresDownload(_views: readonly ProgrammeView[]): TemplateResult {
    const formats: DownloadFormat[] = this.view === 'chart' ? ['csv', 'xlsx', 'png', 'svg'] : ['csv', 'xlsx'];
    return html`<div class="actions no-print">${withData.current.downloadMenu(this.language, formats, this.download)}</div>`;
  }

  private exportSource({ trackerExport }: typeof import('./export.ts')): ExportSource | undefined {
    const contract = this.contract;
    if (!contract) return undefined;
    const lang = this.language;
    return trackerExport({
      lang,
      views: this.views(contract),
      projects: (view) => this.sortFor(view.programme.id).sort(this.visibleProjects(view), this.projectColumns(view), lang),
      title: this.shownHeading(contract),
      attribution: this.attribution(contract),
      publisher: contract.meta.publisher,
      example: this.isExample(contract),
      address: location.href,
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
      ...(this.view === 'chart' ? { chart: () => this.renderRoot.querySelector('.programmes') } : {}),
    });
  }

  /** The file of a format; the export code loads with the first click, not with the page. */
  private readonly download = async (format: DownloadFormat): Promise<void> => {
    const [exports, { saveExport }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports);
    if (source) await saveExport(format, source);
  };
}
