/**
 * `<qw-funding-tracker>`: where funding programmes stand. Lit, HTML and CSS only: no chart or
 * map engine is loaded. The arithmetic lives in figures.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QwElement, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { featureId } from '../../contract/validate.ts';
import type { Funding, Programme, Project, ProjectStatus } from '../../contract/funding.schema.ts';
import { PROJECT_STATUSES } from '../../contract/funding.schema.ts';
import { formatCurrency, formatDate, formatNumber, formatPercent } from '../../shared/format.ts';
import { cssomStyle } from '../../shared/cssom-style.ts';
import { renderTable, TableSortController, type Column } from '../../shared/table.ts';
import { downloadCsv, fileSlug, toCsv } from '../../shared/download.ts';
import type { Params } from '../../shared/i18n.ts';
import { fundingStyles } from './funding-tracker.styles.ts';
import { text, type FundingTextKey } from './funding-tracker.texts.ts';
import {
  areaTotals,
  deadlineEntries,
  filterProjects,
  isExampleField,
  localIsoDate,
  nextDeadline,
  parseLocalDate,
  programmeFigures,
  toCents,
  type DeadlineEntry,
  type Figure,
  type FigureKey,
  type ProgrammeFigures,
  type Segment,
} from './model/figures.ts';

export type FundingLayout = 'full' | 'compact';

interface ProjectFilterState {
  readonly status: ProjectStatus | '';
  readonly query: string;
}

/** Everything one programme's rendering needs, computed once per render. */
interface ProgrammeView {
  readonly programme: Programme;
  readonly index: number;
  readonly name: string;
  readonly figures: ProgrammeFigures;
  readonly deadlines: readonly DeadlineEntry[];
  readonly areaName: (id: string) => string;
  /** The document or the funding section is illustrative as a whole. */
  readonly sectionExample: boolean;
  /** Marks for illustrative parts are shown (not when the header mark already covers everything). */
  readonly marks: boolean;
}

const ALL_FIGURES: readonly FigureKey[] = ['budget', 'additions', 'funds', 'committed', 'paid', 'returned', 'available'];

/** The cards shown: without additions the total is the budget, so it is not repeated. */
function shownFigures(programme: Programme, compact: boolean): readonly FigureKey[] {
  const hasAdditions = programme.additions.length > 0;
  if (compact) return [hasAdditions ? 'funds' : 'budget', 'committed', 'paid', 'available'];
  return hasAdditions ? ALL_FIGURES : ['budget', 'committed', 'paid', 'returned', 'available'];
}
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

  @state() private projectFilters: Readonly<Record<string, ProjectFilterState>> = {};

  private readonly sorts = new Map<string, TableSortController>();

  // ------------------------------------------------------------------ helpers
  private tx(key: FundingTextKey, params?: Params): string {
    return text(this.language, key, params);
  }

  private funding(document: ContractDocument): Funding | undefined {
    return document.funding;
  }

  private shownProgrammes(document: ContractDocument): Programme[] {
    const programmes = this.funding(document)?.programmes ?? [];
    return this.programme ? programmes.filter((p) => p.id === this.programme) : programmes;
  }

  private today(): string {
    return localIsoDate(this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date());
  }

  private programmeName(programme: Programme): string {
    return this.language === 'en' && programme.nameEn ? programme.nameEn : programme.name;
  }

  private projectName(project: Project): string {
    return this.language === 'en' && project.nameEn ? project.nameEn : project.name;
  }

  private areaNames(document: ContractDocument, programme: Programme): Map<string, string> {
    const levelId = programme.level ?? this.funding(document)?.level;
    const level = document.areaLevels.find((l) => l.id === levelId);
    const names = new Map<string, string>();
    if (!level || typeof level.geometry === 'string') return names;
    for (const feature of level.geometry.features) {
      const id = featureId(feature, level.idProperty);
      const name = feature.properties?.[level.nameProperty];
      if (id !== undefined) names.set(id, typeof name === 'string' || typeof name === 'number' ? String(name) : id);
    }
    return names;
  }

  private programmeView(document: ContractDocument, programme: Programme, index: number): ProgrammeView {
    const names = this.areaNames(document, programme);
    const sectionExample = document.meta.example === true || this.funding(document)?.example === true;
    return {
      programme,
      index,
      name: this.programmeName(programme),
      figures: programmeFigures(programme, { example: sectionExample }),
      deadlines: deadlineEntries(programme, this.today()),
      areaName: (id) => names.get(id) ?? id,
      sectionExample,
      marks: !this.isExample(document),
    };
  }

  private views(document: ContractDocument): ProgrammeView[] {
    return this.shownProgrammes(document).map((p, i) => this.programmeView(document, p, i));
  }

  private money(view: Pick<ProgrammeView, 'figures'>, amount: number): string {
    return formatCurrency(this.language, amount, view.figures.currency, view.figures.amountDecimals);
  }

  private percent(view: Pick<ProgrammeView, 'figures'>, percent: number): string {
    return formatPercent(this.language, percent, view.figures.percentDecimals);
  }

  private exampleMark(show: boolean): TemplateResult | typeof nothing {
    return show ? html`<span class="example-mark" title=${this.tx('exampleFigure')}>${this.tx('exampleMark')}</span>` : nothing;
  }

  private deadlineLabel(entry: DeadlineEntry): string {
    const kindName = this.tx(`deadline.${entry.kind}`);
    if (this.language === 'de') return entry.label ?? kindName;
    // In English a known kind names the deadline better than a German-only label.
    return entry.labelEn ?? (entry.kind === 'other' || entry.kind === 'deadline' ? (entry.label ?? kindName) : kindName);
  }

  private deadlineState(entry: DeadlineEntry): string {
    if (entry.days === null) return '';
    if (entry.days === 0) return this.tx('dueToday');
    if (entry.days > 0) return entry.days === 1 ? this.tx('daysLeftOne') : this.tx('daysLeft', { count: formatNumber(this.language, entry.days) });
    return entry.days === -1 ? this.tx('daysPassedOne') : this.tx('daysPassed', { count: formatNumber(this.language, -entry.days) });
  }

  private periodText(programme: Programme): string {
    const { start, end } = programme;
    const date = (d: string) => formatDate(this.language, d);
    if (start && end) return this.tx('periodRange', { start: date(start), end: date(end) });
    if (start) return this.tx('periodFrom', { start: date(start) });
    if (end) return this.tx('periodUntil', { end: date(end) });
    return '';
  }

  private metaLine(programme: Programme): string {
    const period = this.periodText(programme);
    return [programme.funder ? `${this.tx('funder')}: ${programme.funder}` : '', period ? `${this.tx('period')}: ${period}` : ''].filter(Boolean).join(' · ');
  }

  private statusLabel(status: ProjectStatus): string {
    return this.tx(`projectStatus.${status}`);
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
    return this.projectFilters[programmeId] ?? { status: '', query: '' };
  }

  private setFilter(programmeId: string, patch: Partial<ProjectFilterState>): void {
    this.projectFilters = { ...this.projectFilters, [programmeId]: { ...this.filterOf(programmeId), ...patch } };
  }

  /** The group's selected area, when the programme has funded or listed projects there. */
  private selectedArea(programme: Programme): string | null {
    const area = this.groupState.areaId;
    return area && programme.projects.some((p) => p.area === area) ? area : null;
  }

  private visibleProjects(view: ProgrammeView): Project[] {
    const filter = this.filterOf(view.programme.id);
    return filterProjects(view.programme.projects, { status: filter.status, area: this.selectedArea(view.programme), query: filter.query }, view.areaName);
  }

  // ------------------------------------------------------------------ base hooks
  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    if (!this.programme) return null;
    const programmes = this.funding(document)?.programmes ?? [];
    if (programmes.some((p) => p.id === this.programme)) return null;
    return {
      code: 'config',
      title: programmes.length ? this.tx('error.programme', { id: this.programme }) : this.tx('error.noFunding'),
      hint: this.tx('error.programme.hint', { ids: programmes.map((p) => `"${p.id}"`).join(', ') || this.tx('noneAvailable') }),
    };
  }

  protected hasData(document: ContractDocument): boolean {
    return this.shownProgrammes(document).length > 0;
  }

  protected heading(document: ContractDocument): string {
    const shown = this.shownProgrammes(document);
    return shown.length === 1 ? this.programmeName(shown[0]!) : this.tx('title');
  }

  protected override subheading(document: ContractDocument): string {
    const shown = this.shownProgrammes(document);
    return shown.length === 1 ? this.metaLine(shown[0]!) : this.tx('programmeCount', { count: shown.length });
  }

  protected override isExample(document: ContractDocument): boolean {
    const shown = this.shownProgrammes(document);
    return super.isExample(document) || this.funding(document)?.example === true || (shown.length > 0 && shown.every((p) => p.example === true));
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const funding = this.funding(document);
    const shown = this.shownProgrammes(document);
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

  protected override readyKeys(): readonly string[] {
    return ['programme', 'layout', 'now'];
  }

  protected summary(document: ContractDocument): string {
    const lang = this.language;
    return this.views(document)
      .map((view) => {
        const { figures: f } = view.figures;
        const withShare = (figure: Figure) =>
          figure.amount === null ? this.tx('notPublished') : figure.percent === null ? this.money(view, figure.amount) : this.tx('amountWithShare', { amount: this.money(view, figure.amount), percent: this.percent(view, figure.percent) });
        const parts = [this.tx('summary.programme', { name: view.name, funds: this.money(view, f.funds.amount!) })];
        if (f.committed.amount === null && f.paid.amount === null) parts.push(this.tx('summary.unknown'));
        else parts.push(this.tx('summary.figures', { committed: withShare(f.committed), paid: withShare(f.paid), returned: withShare(f.returned), available: withShare(f.available) }));
        for (const entry of view.deadlines) parts.push(this.tx('summary.deadline', { label: this.deadlineLabel(entry), date: formatDate(lang, entry.date), state: this.deadlineState(entry) }));
        const applications = view.programme.applications;
        if (applications) parts.push(this.tx('summary.applications', { received: formatNumber(lang, applications.received) }));
        const totals = areaTotals(view.programme.projects);
        const funded = totals.reduce((sum, t) => sum + t.count, 0);
        if (funded) parts.push(this.tx('summary.projects', { count: formatNumber(lang, funded), amount: this.money(view, totals.reduce((sum, t) => sum + toCents(t.amount), 0) / 100) }));
        if (view.marks && Object.values(f).some((figure) => figure.example)) parts.push(this.tx('summary.example'));
        return parts.join(' ');
      })
      .join(' ');
  }

  // ------------------------------------------------------------------ chart view
  protected renderChart(document: ContractDocument): TemplateResult {
    const views = this.views(document);
    const list = views.length > 1;
    return html`<div class="programmes ${list ? 'list' : 'single'}">${views.map((view) => this.renderProgramme(view, list))}</div>
      <div class="actions no-print">
        <button type="button" class="button" @click=${() => this.downloadFigures(document)}>${this.tx('downloadFigures')}</button>
      </div>`;
  }

  private renderProgramme(view: ProgrammeView, list: boolean): TemplateResult {
    const { programme } = view;
    const compact = this.layout === 'compact';
    const id = `programme-${view.index}`;
    const description = this.language === 'en' && programme.descriptionEn ? programme.descriptionEn : programme.description;
    const note = this.language === 'en' && programme.noteEn ? programme.noteEn : programme.note;
    return html`<article class="programme" part="programme" aria-labelledby=${list ? id : nothing} aria-label=${list ? nothing : view.name} data-programme=${programme.id}>
      ${list
        ? html`<h3 class="programme-name" id=${id}>${view.name} ${this.exampleMark(view.marks && programme.example === true)}</h3>
            ${this.metaLine(programme) ? html`<p class="meta">${this.metaLine(programme)}</p>` : nothing}`
        : nothing}
      ${description && !compact ? html`<p class="description">${description}</p>` : nothing} ${this.renderBar(view)}
      ${this.renderFigures(view, shownFigures(programme, compact))} ${note && !compact ? html`<p class="note">${this.tx('note')}: ${note}</p>` : nothing}
      ${compact ? this.renderNextDeadline(view) : this.renderDeadlines(view, list)} ${compact ? nothing : this.renderApplications(view, list)}
      ${compact ? nothing : this.renderAreaTotals(view, list)} ${compact ? nothing : this.renderProjects(view, list)}
      ${programme.url && !compact ? html`<p class="meta"><a href=${programme.url} rel="noopener noreferrer" target="_blank">${this.tx('moreInfo')}</a></p>` : nothing}
    </article>`;
  }

  private subHeading(list: boolean, text: string, example = false): TemplateResult {
    const mark = this.exampleMark(example);
    return list ? html`<h4>${text} ${mark}</h4>` : html`<h3>${text} ${mark}</h3>`;
  }

  private segmentLabel(segment: Segment): string {
    return this.tx(`segment.${segment.kind}`);
  }

  private segmentValue(view: ProgrammeView, segment: Segment): string {
    return segment.percent === null ? this.money(view, segment.amount) : `${this.money(view, segment.amount)} · ${this.percent(view, segment.percent)}`;
  }

  private renderBar(view: ProgrammeView): TemplateResult {
    const { figures } = view;
    const funds = figures.figures.funds.amount ?? 0;
    if (funds <= 0) return html`<p class="status">${this.tx('noFunds')}</p>`;
    const label = this.tx('barLabel', {
      funds: this.money(view, funds),
      parts: figures.segments.map((s) => `${this.segmentLabel(s)} ${this.segmentValue(view, s)}`).join(', '),
    });
    return html`<div class="bar" part="bar" role="img" aria-label=${label}>
        ${figures.segments
          .filter((s) => s.amount > 0)
          .map((s) => html`<span class="segment kind-${s.kind}" data-kind=${s.kind} ${cssomStyle({ 'inline-size': `${(s.amount / funds) * 100}%` })}></span>`)}
      </div>
      <ul class="legend" part="legend">
        ${figures.segments.map(
          (s) => html`<li data-kind=${s.kind}>
            <span class="swatch kind-${s.kind}" aria-hidden="true"></span>
            <span><span class="label">${this.segmentLabel(s)}</span>: <span class="value">${this.segmentValue(view, s)}</span></span>
          </li>`,
        )}
      </ul>
      ${view.marks && figures.segments.some((s) => s.example) ? html`<p class="meta bar-example">${this.exampleMark(true)} ${this.tx('barExample')}</p>` : nothing}`;
  }

  private figureValue(view: ProgrammeView, figure: Figure): TemplateResult {
    if (figure.amount === null) return html`<span class="unpublished">${this.tx('notPublished')}</span>`;
    return html`<span class="amount">${this.money(view, figure.amount)}</span> ${figure.percent === null ? nothing : html`<span class="share">${this.tx('ofFunds', { percent: this.percent(view, figure.percent) })}</span>`}`;
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
      <span class="label">${this.deadlineLabel(entry)}</span>
      <time datetime=${entry.date}>${formatDate(this.language, entry.date)}</time>
      <span class="days">${this.deadlineState(entry)}</span>
    </li>`;
  }

  private renderDeadlines(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    if (!view.deadlines.length) return nothing;
    const example = view.marks && isExampleField(view.programme, 'deadlines', view.sectionExample);
    return html`<section class="block deadlines-block">
      ${this.subHeading(list, this.tx('deadlines'), example)}
      <ul class="deadlines" part="deadlines">
        ${view.deadlines.map((entry) => this.renderDeadlineItem(entry))}
      </ul>
    </section>`;
  }

  private renderNextDeadline(view: ProgrammeView): TemplateResult | typeof nothing {
    const next = nextDeadline(view.deadlines);
    if (!next) return nothing;
    return html`<ul class="deadlines" part="deadlines" aria-label=${next.days !== null && next.days < 0 ? this.tx('lastDeadline') : this.tx('nextDeadline')}>
      ${this.renderDeadlineItem(next)}
    </ul>`;
  }

  private applicationEntries(programme: Programme): [string, number][] {
    const applications = programme.applications;
    if (!applications) return [];
    return (['received', 'approved', 'rejected', 'pending', 'withdrawn'] as const)
      .filter((key) => applications[key] !== undefined)
      .map((key) => [this.tx(`applications.${key}`), applications[key]!]);
  }

  private renderApplications(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    const entries = this.applicationEntries(view.programme);
    if (!entries.length) return nothing;
    const example = view.marks && isExampleField(view.programme, 'applications', view.sectionExample);
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
    const totals = areaTotals(view.programme.projects);
    if (!totals.some((t) => t.area !== null)) return nothing;
    const selected = this.selectedArea(view.programme);
    const max = Math.max(...totals.map((t) => t.amount), 0);
    const example = view.marks && isExampleField(view.programme, 'projects', view.sectionExample);
    const caption = this.tx('areaTotalsCaption', { name: view.name });
    return html`<section class="block area-totals">
      ${this.subHeading(list, this.tx('areaTotals'), example)}
      <p class="meta no-print">${this.tx('areaTotalsHint')}</p>
      <div class="table-scroll" part="table" tabindex="0" role="region" aria-label=${caption}>
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
                  ${total.area === null
                    ? name
                    : html`<button type="button" class="area-button" aria-pressed=${isSelected ? 'true' : 'false'} title=${this.tx('selectArea', { area: name })} @click=${() => this.selectArea(isSelected ? null : total.area)}>
                        ${name}
                      </button>`}
                </th>
                <td class="num">${formatNumber(this.language, total.count)}</td>
                <td class="num">
                  <span class="total-bar" aria-hidden="true" ${cssomStyle({ 'inline-size': `${max > 0 ? (total.amount / max) * 4 : 0}em` })}></span>${this.money(view, total.amount)}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private projectColumns(view: ProgrammeView): Column<Project>[] {
    const notPublished = this.tx('notPublished');
    return [
      { key: 'name', label: this.tx('projectColumn'), sortValue: (p) => this.projectName(p), rowHeader: true },
      { key: 'recipient', label: this.tx('recipientColumn'), sortValue: (p) => p.recipient ?? null, render: (p) => p.recipient ?? notPublished },
      { key: 'area', label: this.tx('areaColumn'), sortValue: (p) => (p.area ? view.areaName(p.area) : null), render: (p) => (p.area ? view.areaName(p.area) : this.tx('noArea')) },
      { key: 'amount', label: this.tx('amountColumn'), numeric: true, sortValue: (p) => p.amount, render: (p) => this.money(view, p.amount) },
      { key: 'status', label: this.tx('statusColumn'), sortValue: (p) => PROJECT_STATUSES.indexOf(p.status), render: (p) => html`<span class="status-badge">${this.statusLabel(p.status)}</span>` },
    ];
  }

  private renderProjects(view: ProgrammeView, list: boolean): TemplateResult | typeof nothing {
    const { programme } = view;
    if (!programme.projects.length) return nothing;
    const filter = this.filterOf(programme.id);
    const selected = this.selectedArea(programme);
    const rows = this.visibleProjects(view);
    const statuses = PROJECT_STATUSES.filter((s) => programme.projects.some((p) => p.status === s));
    const areas = [...new Set(programme.projects.flatMap((p) => (p.area ? [p.area] : [])))].sort((a, b) => view.areaName(a).localeCompare(view.areaName(b), this.language));
    const example = view.marks && isExampleField(programme, 'projects', view.sectionExample);
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
            ${statuses.map((s) => html`<option value=${s} ?selected=${filter.status === s}>${this.statusLabel(s)}</option>`)}
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
        ? renderTable({ lang: this.language, caption: this.tx('projectsCaption', { name: view.name }), columns: this.projectColumns(view), rows, sort: this.sortFor(programme.id) })
        : html`<p class="status">${this.tx('noProjectMatches')}</p>`}
      <div class="actions no-print">
        <button type="button" class="button download-projects" @click=${() => this.downloadProjects(view)}>${this.tx('downloadProjects')}</button>
      </div>
    </section>`;
  }

  private resetFilter(programme: Programme): void {
    this.setFilter(programme.id, { status: '', query: '' });
    if (this.selectedArea(programme)) this.selectArea(null);
  }

  // ------------------------------------------------------------------ table view
  protected renderTable(document: ContractDocument): TemplateResult {
    const views = this.views(document);
    const list = views.length > 1;
    const full = this.view === 'table';
    return html`${views.map(
      (view) => html`<div class="programme" data-programme=${view.programme.id}>
        ${this.renderFiguresTable(view)} ${this.renderAdditionsTable(view)} ${this.renderDeadlinesTable(view)} ${this.renderApplicationsTable(view)}
        ${full ? this.renderAreaTotals(view, list) : nothing} ${full ? this.renderProjects(view, list) : nothing}
      </div>`,
    )}
    ${full
      ? html`<div class="actions no-print">
          <button type="button" class="button" @click=${() => this.downloadFigures(document)}>${this.tx('downloadFigures')}</button>
        </div>`
      : nothing}`;
  }

  private renderFiguresTable(view: ProgrammeView): TemplateResult {
    const { figures } = view.figures;
    type Row = { label: string; figure: Figure };
    const rows: Row[] = [
      ...ALL_FIGURES.map((key) => ({ label: this.tx(`figure.${key}`), figure: figures[key] })),
      ...view.figures.segments.map((s) => ({ label: this.segmentLabel(s), figure: { key: 'funds' as const, amount: s.amount, percent: s.percent, example: s.example } })),
    ];
    const example = (figure: Figure) => (view.marks && figure.example ? ` (${this.tx('exampleMark')})` : '');
    return renderTable<Row>({
      lang: this.language,
      caption: this.tx('figuresCaption', { name: view.name }),
      columns: [
        { key: 'label', label: this.tx('figureColumn'), rowHeader: true, sortValue: (r) => r.label, render: (r) => `${r.label}${example(r.figure)}` },
        { key: 'amount', label: this.tx('amountColumn'), numeric: true, sortValue: (r) => r.figure.amount, render: (r) => (r.figure.amount === null ? this.tx('notPublished') : this.money(view, r.figure.amount)) },
        { key: 'share', label: this.tx('shareColumn'), numeric: true, sortValue: (r) => r.figure.percent, render: (r) => (r.figure.percent === null ? '–' : this.percent(view, r.figure.percent)) },
      ],
      rows,
    });
  }

  private renderAdditionsTable(view: ProgrammeView): TemplateResult | typeof nothing {
    const additions = view.programme.additions;
    if (!additions.length) return nothing;
    type Row = (typeof additions)[number];
    return renderTable<Row>({
      lang: this.language,
      caption: this.tx('additionsCaption', { name: view.name }),
      columns: [
        { key: 'date', label: this.tx('additionDate'), sortValue: (a) => a.date ?? null, render: (a) => (a.date ? formatDate(this.language, a.date) : '–') },
        { key: 'note', label: this.tx('additionNote'), sortValue: (a) => (this.language === 'en' && a.noteEn ? a.noteEn : (a.note ?? null)), render: (a) => (this.language === 'en' && a.noteEn ? a.noteEn : (a.note ?? '–')) },
        { key: 'amount', label: this.tx('amountColumn'), numeric: true, sortValue: (a) => a.amount, render: (a) => this.money(view, a.amount) },
      ],
      rows: additions,
    });
  }

  private renderDeadlinesTable(view: ProgrammeView): TemplateResult | typeof nothing {
    if (!view.deadlines.length) return nothing;
    return renderTable<DeadlineEntry>({
      lang: this.language,
      caption: this.tx('deadlinesCaption', { name: view.name }),
      columns: [
        { key: 'label', label: this.tx('deadlineColumn'), rowHeader: true, sortValue: (d) => this.deadlineLabel(d) },
        { key: 'date', label: this.tx('dateColumn'), sortValue: (d) => d.date, render: (d) => formatDate(this.language, d.date) },
        { key: 'state', label: this.tx('stateColumn'), sortValue: (d) => d.days, render: (d) => this.deadlineState(d) },
      ],
      rows: view.deadlines,
    });
  }

  private renderApplicationsTable(view: ProgrammeView): TemplateResult | typeof nothing {
    const entries = this.applicationEntries(view.programme);
    if (!entries.length) return nothing;
    return renderTable<[string, number]>({
      lang: this.language,
      caption: this.tx('applicationsCaption', { name: view.name }),
      columns: [
        { key: 'label', label: this.tx('applications'), rowHeader: true, sortValue: ([label]) => label },
        { key: 'count', label: this.tx('countColumn'), numeric: true, sortValue: ([, count]) => count, render: ([, count]) => formatNumber(this.language, count) },
      ],
      rows: entries,
    });
  }

  // ------------------------------------------------------------------ downloads
  private yesNo(value: boolean): string {
    return value ? this.tx('yes') : this.tx('no');
  }

  private downloadFigures(document: ContractDocument): void {
    const views = this.views(document);
    const currency = views[0]?.figures.currency ?? 'EUR';
    const header = [this.tx('csvProgrammeId'), this.tx('csvProgramme'), this.tx('figureColumn'), this.tx('csvAmount', { currency }), this.tx('csvPercent'), this.tx('csvExample'), this.tx('csvRemark')];
    const rows = views.flatMap((view) =>
      ALL_FIGURES.map((key) => {
        const figure = view.figures.figures[key];
        return [view.programme.id, view.name, this.tx(`figure.${key}`), figure.amount, figure.percent, this.yesNo(figure.example), figure.amount === null ? this.tx('notPublished') : ''];
      }),
    );
    const name = views.length === 1 ? views[0]!.name : this.tx('title');
    downloadCsv(`${fileSlug(name)}-${fileSlug(this.tx('csvFiguresFile'))}.csv`, toCsv(this.language, header, rows));
  }

  private downloadProjects(view: ProgrammeView): void {
    const sort = this.sortFor(view.programme.id);
    const rows = sort.sort(this.visibleProjects(view), this.projectColumns(view), this.language);
    const header = [
      this.tx('csvProgrammeId'),
      this.tx('projectColumn'),
      this.tx('recipientColumn'),
      this.tx('csvAreaId'),
      this.tx('areaColumn'),
      this.tx('csvAmount', { currency: view.figures.currency }),
      this.tx('statusColumn'),
      this.tx('csvExample'),
    ];
    const example = isExampleField(view.programme, 'projects', view.sectionExample);
    downloadCsv(
      `${fileSlug(view.name)}-${fileSlug(this.tx('projects'))}.csv`,
      toCsv(
        this.language,
        header,
        rows.map((p) => [view.programme.id, this.projectName(p), p.recipient, p.area, p.area ? view.areaName(p.area) : '', p.amount, this.statusLabel(p.status), this.yesNo(example)]),
      ),
    );
  }
}
