/**
 * `<qw-district-profile>`: one area across all indicators, the "Steckbrief" of a social report.
 * Lit and SVG only, no chart or map engine. The numbers come from model/, the words from
 * describe.ts, the files from export.ts; this class holds the properties and the wiring.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { areaName as nameOfArea, areaNames } from '../../contract/areas.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { wholePhrases, type WholePhrases } from '../../contract/municipality.ts';
import { QwElement, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { shownSources } from '../../shared/attribution.ts';
import type { ChartPicture, DownloadFormat, ExportSource } from '../../shared/download.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { Params, SharedKey } from '../../shared/i18n.ts';
import { lazyModule } from '../../shared/lazy-module.ts';
import { memoLast } from '../../shared/memo.ts';
import { renderTable, TableSortController, type Column } from '../../shared/table.ts';
import type { TableRow } from './describe.ts';
import { profileStyles } from './district-profile.styles.ts';
import { text, type ProfileTextKey } from './district-profile.texts.ts';
import type { Change, ProfileModel, ProfileRow, ProfileSelection, SelectionProblem } from './model/profile-model.ts';

/** The model, words, table rows, summary and download menu: they load with the data, not before the loading state shows. */
const withData = lazyModule(() => import('./with-data.ts'));

/** Spine marks stay this far (percent) from the ends, so a dot at the minimum or maximum is whole. */
const SPINE_INSET = 4;
const MAX_LISTED = 12;

/**
 * One area across all indicators: its value, the whole's value, the difference (percentage
 * points for rates, percent otherwise), its rank among the level's areas (polarity-aware), the
 * change since the previous and the first period, a spine of its position among all areas, and
 * the three most similar areas. Follows the `group`'s selected area.
 *
 * @tagname qw-district-profile
 * @summary The profile ("Steckbrief") of one area across all indicators, with ranks, change and similar areas.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title row with the "Beispieldaten" mark.
 * @csspart example-badge - The "Beispieldaten" mark in the header.
 * @csspart rows - The list of indicators.
 * @csspart row - One indicator.
 * @csspart spine - The strip of one indicator: range, quartiles, the whole and the area.
 * @csspart similar - The similar areas.
 * @csspart actions - The download buttons.
 * @csspart summary - The screen-reader summary.
 * @csspart table - The scrolling container of the data table.
 * @csspart error - The error panel.
 * @csspart footer - Source and licence line.
 *
 * @cssprop --qw-profile-area - Colour of the area's dot on the spine (default: the accent colour).
 * @cssprop --qw-profile-whole - Colour of the whole's mark on the spine (default: the text colour).
 * @cssprop --qw-profile-range - Colour of the range line (default: the muted colour).
 * @cssprop --qw-profile-quartiles - Fill of the middle half (default: #c9d6e3; in the dark theme `--qw-profile-quartiles-dark`, #3a4a5c; likewise `-worse-dark`, `-better-dark`).
 * @cssprop --qw-profile-worse - Colour of "ungünstiger" (default: #9a3412); always with ▲/▼ and the word.
 * @cssprop --qw-profile-better - Colour of "günstiger" (default: #1d6b3a); always with ▲/▼ and the word.
 * @cssprop --qw-font-family - Font family (default: system UI font).
 * @cssprop --qw-font-size - Base font size (default: 1rem).
 * @cssprop --qw-color-text - Text colour.
 * @cssprop --qw-color-muted - Secondary text colour.
 * @cssprop --qw-color-background - Background colour.
 * @cssprop --qw-color-surface - Background of buttons.
 * @cssprop --qw-color-border - Border colour.
 * @cssprop --qw-color-accent - Links and interactive elements.
 * @cssprop --qw-color-focus - Focus ring colour.
 * @cssprop --qw-color-example - Text colour of the "Beispieldaten" mark.
 * @cssprop --qw-color-example-background - Background of the "Beispieldaten" mark.
 * @cssprop --qw-radius - Corner radius.
 * @cssprop --qw-spacing - Inner spacing.
 *
 * @fires qw-ready - After a completed render. {@link QwReadyEvent}
 * @fires qw-select - When the reader selects a similar area; detail `{ areaId }`. {@link QwSelectEvent}
 * @fires qw-error - When the widget cannot show its data; detail `{ code, message, path }`. {@link QwErrorEvent}
 */
export class QwDistrictProfile extends QwElement {
  protected override readonly texts = text;
  static override styles = [...QwElement.styles, profileStyles];

  /** The id of the area to profile; in a `group`, the area selected there wins while there is one. */
  @property() area?: string;

  /** Comma-separated indicator ids, in the order shown; all indicators when absent. */
  @property() indicators?: string;

  /** The period (ISO 8601, e.g. `2023`); indicators without it show their latest. Default: the group's period, else each indicator's latest. */
  @property() period?: string;

  /** The area level whose areas are compared; default: the level of the area. */
  @property() level?: string;

  private readonly sort = new TableSortController(this);

  private readonly computeModel = memoLast(
    (document: ContractDocument, area?: string, sharedArea?: string | null, indicators?: string, level?: string, period?: string, sharedPeriod?: string | null) =>
      withData.current.profileModel(document, { area, sharedArea, indicators, level, period, sharedPeriod }),
  );

  private get selection(): ProfileSelection {
    return { area: this.area, sharedArea: this.groupState.areaId, indicators: this.indicators, level: this.level, period: this.period, sharedPeriod: this.groupState.period };
  }

  private model(document: ContractDocument): ProfileModel | undefined {
    const s = this.selection;
    return this.computeModel(document, s.area, s.sharedArea, s.indicators, s.level, s.period, s.sharedPeriod);
  }

  private get shown(): ProfileModel | undefined {
    return this.contract ? this.model(this.shownDocument(this.contract)) : undefined;
  }

  // ------------------------------------------------------------------ texts
  private tx(key: ProfileTextKey | SharedKey, params?: Params): string {
    return text(this.language, key, params);
  }

  /** The shared texts, with this widget's wording where it says more (`empty` without an area). */
  protected override t(key: SharedKey, params?: Params): string {
    if (key === 'empty' && this.contract && !this.model(this.contract)) return text(this.resolvedLang, 'emptyNoArea');
    return text(this.resolvedLang, key, params);
  }

  private phrases(document: ContractDocument): WholePhrases {
    return wholePhrases(document.meta, this.language);
  }

  private whole(document: ContractDocument): string {
    return withData.current.wholeName(document, this.language);
  }

  // ------------------------------------------------------------------ base hooks
  protected override loadDataModules(): Promise<unknown> {
    return withData.load();
  }

  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const problem = withData.current.checkSelection(document, this.selection);
    return problem ? this.failureOf(document, problem) : null;
  }

  private failureOf(document: ContractDocument, problem: SelectionProblem): WidgetFailure {
    const lang = this.language;
    const few = (items: readonly string[]) => items.slice(0, MAX_LISTED).join(', ') + (items.length > MAX_LISTED ? ', …' : '');
    switch (problem.kind) {
      case 'level':
        return { code: 'config', title: this.tx('error.level', { level: problem.level }), hint: this.tx('error.level.hint', { levels: few(document.areaLevels.map((l) => l.id)) }) };
      case 'indicators':
        return { code: 'config', title: this.tx('error.indicators', { ids: problem.unknown.join(', ') }), hint: this.tx('error.indicators.hint', { ids: few(document.indicators.map((i) => i.id)) }) };
      case 'area': {
        const levels = problem.level ? [problem.level] : document.areaLevels.filter((l) => withData.current.chosenIndicators(document, this.indicators).indicators.some((i) => i.level === l.id));
        const areas = levels.flatMap((l) => [...areaNames(l)].map(([id, name]) => `${id} (${name})`));
        return { code: 'config', title: this.tx('error.area', { area: problem.area }), hint: this.tx('error.area.hint', { areas: few(areas) }) };
      }
      case 'period':
        return { code: 'config', title: this.tx('error.period', { period: problem.period }), hint: this.tx('error.period.hint', { periods: few(problem.periods.map((p) => formatPeriod(lang, p))) }) };
    }
  }

  protected override usedParts(): readonly string[] {
    // Without a list the profile shows the indicators that are intact; a listed one that is broken stops it.
    return (this.indicators ?? '').split(',').map((id) => id.trim()).filter(Boolean).map((id) => `indicator:${id}`);
  }

  protected hasData(document: ContractDocument): boolean {
    return (this.model(document)?.rows.length ?? 0) > 0;
  }

  protected defaultHeading(document: ContractDocument): string {
    const model = this.model(document);
    return model ? this.tx('title', { area: model.areaName }) : this.tx('titleNoArea');
  }

  protected override subheading(document: ContractDocument): string {
    const model = this.model(document);
    return model ? this.tx('subtitle', { level: withData.current.levelLabel(this.language, model.level), wholeDative: this.phrases(document).dative }) : '';
  }

  /** Only the sources of the shown indicators; one without its own is credited with the document's. */
  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const rows = this.model(document)?.rows ?? [];
    return rows.length ? { ...base, sources: shownSources(base.sources, rows.map((r) => r.indicator.source)) } : base;
  }

  protected override isExample(document: ContractDocument): boolean {
    return super.isExample(document) || this.model(document)?.example === true;
  }

  protected override readyKeys(): readonly string[] {
    return ['area', 'indicators', 'period', 'level', 'groupState'];
  }

  protected summary(document: ContractDocument): string {
    const model = this.model(document);
    return model ? withData.current.summaryText(this.language, model, this.whole(document), (id) => nameOfArea(document, model.level, id)) : '';
  }

  // ------------------------------------------------------------------ chart
  protected renderChart(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const whole = this.whole(document);
    const leftOut = withData.current.leftOutText(this.language, model);
    return html`<div class="profile">
      <p class="sr-only" aria-live="polite">${this.tx('announce', { area: model.areaName })}</p>
      ${this.renderLegend(model, whole)}
      <ol class="rows" part="rows">
        ${model.rows.map((row) => this.renderRow(model, row, whole))}
      </ol>
      ${leftOut ? html`<p class="note left-out">${leftOut}</p>` : nothing} ${this.renderSimilar(document, model)} ${this.renderActions()}
    </div>`;
  }

  private renderLegend(model: ProfileModel, whole: string): TemplateResult {
    return html`<ul class="legend" aria-hidden="true">
      <li><svg class="key" width="28" height="14"><line class="range" x1="2" x2="26" y1="7" y2="7"></line></svg>${this.tx('legendRange')}</li>
      <li><svg class="key" width="28" height="14"><rect class="quartiles" x="6" y="2" width="16" height="10"></rect></svg>${this.tx('legendQuartiles')}</li>
      <li><svg class="key" width="14" height="14"><line class="whole" x1="7" x2="7" y1="0" y2="14"></line></svg>${this.tx('legendWhole', { whole })}</li>
      <li><svg class="key" width="14" height="14"><circle class="area" cx="7" cy="7" r="5"></circle></svg>${this.tx('legendArea', { area: model.areaName })}</li>
    </ul>`;
  }

  private renderRow(model: ProfileModel, row: ProfileRow, whole: string): TemplateResult {
    const lang = this.language;
    const { indicator } = row;
    const difference = row.difference;
    return html`<li class="row" part="row" data-indicator=${indicator.id}>
      <h3 class="label">${withData.current.indicatorLabel(lang, indicator)}${indicator.unit ? html` <span class="unit">(${indicator.unit})</span>` : nothing}</h3>
      <p class="period">${this.tx('asOf', { period: formatPeriod(lang, row.period) })}</p>
      <dl class="facts">
        <div class="fact value"><dt>${model.areaName}</dt><dd>${withData.current.valueText(lang, row)}</dd></div>
        <div class="fact whole"><dt>${whole}</dt><dd>${withData.current.wholeValueText(lang, row)}</dd></div>
        <div class="fact difference">
          <dt>${this.tx('difference', { wholeTo: this.phrases(this.contract!).to })}</dt>
          <dd class=${difference?.judgement ?? ''}>
            ${difference ? html`${withData.current.differenceAmount(lang, row, difference)}${withData.current.judgementWord(lang, difference.judgement) ? html`, <span class="verdict">${withData.current.judgementWord(lang, difference.judgement)}</span>` : nothing}` : this.tx('differenceNone')}
          </dd>
        </div>
        <div class="fact rank"><dt>${this.tx('rank')}</dt><dd>${withData.current.rankText(lang, row.rank)}</dd></div>
        ${this.renderChange(row, row.previous, 'changePrevious')} ${this.renderChange(row, row.first, 'changeFirst')}
      </dl>
      ${this.renderSpine(model, row, whole)}
    </li>`;
  }

  private renderChange(row: ProfileRow, change: Change | null, label: ProfileTextKey): TemplateResult | typeof nothing {
    if (!change) return nothing;
    const { arrow, amount, since, verdict, note } = withData.current.changeParts(this.language, row, change);
    return html`<div class="fact change">
      <dt>${this.tx(label)}</dt>
      <dd class=${change.judgement ?? ''}>
        ${arrow ? html`<span class="arrow" aria-hidden="true">${arrow}</span> ` : nothing}${amount} ${since}${verdict ? html`, <span class="verdict">${verdict}</span>` : nothing}${note ? html`<span class="note">${note}</span>` : nothing}
      </dd>
    </div>`;
  }

  private renderSpine(model: ProfileModel, row: ProfileRow, whole: string): TemplateResult | typeof nothing {
    const spine = row.spine;
    if (!spine) return nothing;
    const at = (value: number) => `${SPINE_INSET + withData.current.spinePosition(spine, value) * (100 - 2 * SPINE_INSET)}%`;
    const q1 = SPINE_INSET + withData.current.spinePosition(spine, spine.q1) * (100 - 2 * SPINE_INSET);
    const q3 = SPINE_INSET + withData.current.spinePosition(spine, spine.q3) * (100 - 2 * SPINE_INSET);
    return html`<svg class="spine" part="spine" width="100%" height="24" role="img" aria-label=${withData.current.spineText(this.language, row, model.areaName, whole)}>
      ${svg`<line class="range" x1=${at(spine.min)} x2=${at(spine.max)} y1="12" y2="12"></line>
        <rect class="quartiles" x=${`${q1}%`} width=${`${Math.max(q3 - q1, 0.5)}%`} y="5" height="14"></rect>
        ${spine.wholeOnSpine && spine.whole !== null ? svg`<line class="whole" x1=${at(spine.whole)} x2=${at(spine.whole)} y1="1" y2="23"></line>` : nothing}
        ${spine.area !== null ? svg`<circle class="area" cx=${at(spine.area)} cy="12" r="6"></circle>` : nothing}`}
    </svg>`;
  }

  private renderSimilar(document: ContractDocument, model: ProfileModel): TemplateResult {
    const lang = this.language;
    const { areas } = model.similar;
    return html`<section class="similar" part="similar" aria-labelledby="similar-title">
      <h3 id="similar-title">${this.tx('similarTitle')}</h3>
      ${areas.length
        ? html`<ul>
            ${areas.map((area) => {
              const name = nameOfArea(document, model.level, area.id);
              const distance = withData.current.distanceText(lang, area.distance);
              return html`<li>
                <button type="button" class="button similar-area" data-area=${area.id} @click=${() => this.selectArea(area.id)}>
                  ${name} <span class="distance">(${this.tx('similarDistance', { distance })})</span>
                </button>
              </li>`;
            })}
          </ul>
          <p class="note">${this.tx('similarHint')}</p>`
        : html`<p class="note">${this.tx('similarNone')}</p>`}
      <p class="note">${withData.current.similarRuleText(lang, model)}</p>
    </section>`;
  }

  private renderActions(): TemplateResult {
    return html`<div class="actions" part="actions" role="group" aria-label=${this.tx('downloads')}>${withData.current.downloadMenu(this.language, ['csv', 'xlsx', 'png', 'svg'], this.download)}</div>`;
  }

  // ------------------------------------------------------------------ table
  protected renderTable(document: ContractDocument): TemplateResult {
    const model = this.model(document)!;
    const lang = this.language;
    const whole = this.whole(document);
    const columns: Column<TableRow>[] = [
      { key: 'label', label: this.tx('colIndicator'), sortValue: (r) => r.label, rowHeader: true },
      { key: 'period', label: this.tx('colPeriod'), sortValue: (r) => r.row.period, render: (r) => r.period },
      { key: 'value', label: model.areaName, sortValue: (r) => r.row.value, render: (r) => r.value, numeric: true },
      { key: 'whole', label: whole, sortValue: (r) => r.row.whole, render: (r) => r.whole, numeric: true },
      { key: 'difference', label: this.tx('colDifference', { wholeTo: this.phrases(document).to }), sortValue: (r) => r.row.difference?.value ?? null, render: (r) => r.difference, numeric: true },
      { key: 'rank', label: this.tx('colRank'), sortValue: (r) => r.row.rank?.position ?? null, render: (r) => r.rank },
      { key: 'previous', label: this.tx('colPrevious'), sortValue: (r) => r.row.previous?.delta ?? null, render: (r) => r.previous },
      { key: 'first', label: this.tx('colFirst'), sortValue: (r) => r.row.first?.delta ?? null, render: (r) => r.first },
    ];
    const table = renderTable({ lang, caption: this.tx('tableCaption', { area: model.areaName, wholeTo: this.phrases(document).to }), columns, rows: withData.current.tableRows(lang, model), sort: this.sort, stackOnPaper: true });
    return this.view === 'table' ? html`${table} ${this.renderActions()}` : table;
  }

  // ------------------------------------------------------------------ downloads
  /** What the downloads carry; the picture is drawn from the model, so the table view offers it too. */
  private exportSource({ profileExport }: typeof import('./export.ts')): ExportSource | undefined {
    const model = this.shown;
    const contract = this.contract;
    if (!model || !contract) return undefined;
    return profileExport({
      lang: this.language,
      model,
      whole: this.whole(contract),
      wholeTo: this.phrases(contract).to,
      title: this.shownHeading(contract),
      attribution: this.attribution(contract),
      publisher: contract.meta.publisher,
      example: this.isExample(contract),
      address: location.href,
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
    });
  }

  /**
   * The shown profile as CSV text (German: `;` and decimal comma), with the file's description
   * below. Asynchronous: the export code loads on first use, not with the page.
   */
  async toCsv(): Promise<string> {
    const [exports, { exportCsv }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports);
    return source ? exportCsv(source.lang, source.tables, source.meta) : '';
  }

  /** The shown profile as a standalone SVG document, with title and caption. */
  async toSvg(): Promise<ChartPicture | undefined> {
    const [exports, { framedPicture }] = await Promise.all([import('./export.ts'), import('../../shared/export-image.ts')]);
    const source = this.exportSource(exports);
    if (!source?.chart) return undefined;
    return framedPicture(await source.chart(), source.meta, source.fontFamily);
  }

  /** The file of a format; the export code loads with the first click, not with the page. */
  private readonly download = async (format: DownloadFormat): Promise<void> => {
    const [exports, { saveExport }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports);
    if (source) await saveExport(format, source);
  };
}
