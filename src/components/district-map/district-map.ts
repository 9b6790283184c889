import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BodyMeta } from '../../contract/municipality.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { QwElement, failureFromError, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { geometryFailure } from '../../shared/loader.ts';
import { GridNavigationController } from '../../shared/controllers/grid-navigation.ts';
import { PlaybackController } from '../../shared/controllers/playback.ts';
import { ResizeController } from '../../shared/controllers/resize.ts';
import { ViewportController } from '../../shared/controllers/viewport.ts';
import { cssomStyle } from '../../shared/cssom-style.ts';
import type { DownloadFormat, ExportSource } from '../../shared/download.ts';
import { lazyModule } from '../../shared/lazy-module.ts';
import { formatPeriod } from '../../shared/format.ts';
import { localized, t } from '../../shared/i18n.ts';
import { memoLast } from '../../shared/memo.ts';
import { resolvePeriod } from '../../shared/period.ts';
import { renderTable, TableSortController } from '../../shared/table.ts';
import { text, type DistrictMapText } from './district-map.texts.ts';
import { districtMapStyles } from './district-map.styles.ts';
import { MapEngine, sceneOf, type EngineTarget, type RendererKind } from './map-engine.ts';
import { prefetchMaplibre, wantsWebgl } from './maplibre-renderer.ts';
import { rendererPreference, type RendererPreference } from './renderer-choice.ts';
import type { MapModel } from './model/district-data.ts';
import { keyboardGrid, type LevelGeometry } from './model/geometry.ts';
import { planLabels, type LabelPlan } from './model/labels.ts';
import { checkSettings, hasDistricts, isProblem, resolveSelection, selectionModel, selectionSources, type ConfigProblem, type Selection } from './model/selection.ts';
import { districtLayer, highlightPaths, patternDefs, PATTERN_PIXELS } from './svg-renderer.ts';
import { legendView, panelView } from './views.ts';

export type { RendererPreference };


/** Maps with more areas draw no extra territory outline (see `territoryPath`). */
const TERRITORY_MAX_AREAS = 100;
/** The words, table rows, summary and download menu: they load with the data, not before the loading state shows. */
const withData = lazyModule(() => import('./with-data.ts'));

const PATTERN_PREFIX = 'qw-pattern';
const SWATCH_PREFIX = 'qw-swatch';
const PLAY_INTERVAL_MS = 1500;
const LABEL_FONT_SIZE = 12;
/** Line height of the names in pixels; district-map.styles.ts draws them with the same. */
const LABEL_LINE_HEIGHT = 15;
/** A map narrower than this (a phone) is numbered unless every full name fits. */
const NARROW_MAP_PIXELS = 480;

let measureContext: CanvasRenderingContext2D | null | undefined;
function textWidth(words: string, font: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return words.length * LABEL_FONT_SIZE * 0.6;
  measureContext.font = font;
  return measureContext.measureText(words).width;
}

/** A name with a line-break opportunity after each slash ("Obrighoven/Wittenberg"), where browsers see none. */
const breakAfterSlashes = (name: string) => name.split('/').map((part, i) => (i ? html`/<wbr />${part}` : part));

const idFrom = (target: EventTarget | null): string | null => (target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null) : null);

/**
 * A choropleth map of one indicator over the districts of a municipality (Sozialräume,
 * Stadtteile, statistical districts): where need is concentrated, and how each district compares
 * with the city. Draws with maplibre-gl (WebGL) where available and as SVG otherwise; both are
 * operated with mouse, touch and keyboard alike.
 *
 * @tagname qw-district-map
 * @summary Choropleth of an indicator over the districts, with legend, period control, table and downloads.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title row with the "Beispieldaten" mark.
 * @csspart example-badge - The "Beispieldaten" mark in the header.
 * @csspart map - The box of the map (SVG and WebGL canvas).
 * @csspart label - A district name or number on the map.
 * @csspart label-number - A district's number on the map (with `label`), when the names do not fit.
 * @csspart label-key - The key of the numbers beside the map ("1 Feldmark, 2 …").
 * @csspart panel - The details of the district under the pointer, in focus or selected.
 * @csspart legend - The legend.
 * @csspart controls - The period control.
 * @csspart summary - The screen-reader summary.
 * @csspart table - The scrolling container of the data table.
 * @csspart error - The error panel.
 * @csspart footer - Source and licence line.
 *
 * @cssprop --qw-map-outline-color - Borders between districts (default: white).
 * @cssprop --qw-map-territory-color - Outline around the whole territory (default: the muted text colour).
 * @cssprop --qw-map-highlight-color - Outline of the hovered and the selected district (default: the text colour).
 * @cssprop --qw-map-label-color - District names on the map (default: the text colour).
 * @cssprop --qw-map-label-halo - Halo around the names, for legibility on dark colours.
 * @cssprop --qw-map-background - Background behind the districts (default: transparent).
 * @cssprop --qw-map-legend-width - Width of the legend column beside the map on wide containers (default: 15rem). The former name `--qw-legend-width` still works as a fallback.
 * @cssprop --qw-font-family - Font family (default: system UI font).
 * @cssprop --qw-font-size - Base font size (default: 1rem).
 * @cssprop --qw-color-text - Text colour.
 * @cssprop --qw-color-muted - Secondary text colour.
 * @cssprop --qw-color-background - Background colour.
 * @cssprop --qw-color-surface - Background of the details panel and buttons.
 * @cssprop --qw-color-border - Border colour.
 * @cssprop --qw-color-accent - Links and interactive elements.
 * @cssprop --qw-color-focus - Focus ring, also around the focused district.
 * @cssprop --qw-color-example - Text colour of the "Beispieldaten" mark.
 * @cssprop --qw-color-example-background - Background of the "Beispieldaten" mark.
 * @cssprop --qw-radius - Corner radius.
 * @cssprop --qw-spacing - Inner spacing.
 *
 * @fires qw-select - A district was selected (click, Enter or Space) or the selection cleared; detail `{ areaId, indicator, period }`.
 * @fires qw-ready - After the map has been drawn (again after a switch between WebGL and SVG).
 * @fires qw-error - The map cannot show its data; detail `{ code, message, path }`.
 */
export class QwDistrictMap extends QwElement {
  protected override readonly texts = text;
  static override styles = [...QwElement.styles, districtMapStyles];

  /** Id of the indicator to map; default: the first indicator (of `level`, if given). */
  @property() indicator?: string;

  /** Period to show (ISO 8601, e.g. `2023`); fixes the period and hides the period control. Default: the latest. */
  @property() period?: string;

  /** Id of the area level; default: the indicator's level. */
  @property() level?: string;

  /** `quantile`, `equal-interval`, `jenks` (natural breaks) or `manual`; default `quantile`, or `manual` when `breaks` is set. */
  @property() classification?: string;

  /** Number of classes, 2–9 (fewer when the data has fewer distinct values). */
  @property({ type: Number }) classes = 5;

  /** Class limits for `manual`, comma-separated: `breaks="5,10,20"` gives four classes. */
  @property() breaks?: string;

  /**
   * Colour palette: sequential `orange-red`, `blues`, `purples`, `greens`, `viridis`; diverging
   * (centred on the city total) `red-blue`, `orange-purple`, `brown-teal`. Default (`auto`): by the indicator's polarity.
   */
  @property() palette?: string;

  /** URL of a maplibre style to draw under the districts (WebGL only). None by default: no tile or font server is contacted. */
  @property() basemap?: string;

  /** Id of the selected district; reflected, shared with the `group`. */
  @property({ reflect: true }) selected?: string;

  /** A second period: the map shows the change from it to `period` (in percentage points for shares). */
  @property() compare?: string;

  /** Computes the classes over all periods, so that colours compare across years. */
  @property({ type: Boolean, attribute: 'fixed-breaks' }) fixedBreaks = false;

  /** `auto` (WebGL where a GPU draws it, else SVG), `svg`, or `webgl` (also on software WebGL). */
  @property() renderer: RendererPreference = 'auto';

  /** Hides the district names and numbers on the map, and the numbers' key. */
  @property({ type: Boolean, attribute: 'no-labels' }) noLabels = false;

  @state() private model?: MapModel;
  @state() private hoveredId: string | null = null;
  @state() private focusedId: string | null = null;
  @state() private focusInside = false;
  @state() private focusVisible = false;
  @state() private rendering: RendererKind = 'svg';

  private geometry: LevelGeometry | null = null;
  /**
   * The labels' font family, read when the map is measured: layout is fresh then, so the read costs
   * nothing. Read while rendering, on a page where other widgets render too, the same read forced a
   * layout of the whole page (95 ms on the bench's 20-widget page).
   */
  private labelFontFamily = 'sans-serif';
  private readonly size = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.map-box'),
    measureAtOnce: true,
    onResize: (width, previous) => {
      this.labelFontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
      if (width !== previous) this.requestUpdate();
    },
  });
  // Deferred: the engine can switch while the element is inside `updated()`.
  private readonly engine = new MapEngine(this, { target: () => this.engineTarget(), onKindChange: (kind) => queueMicrotask(() => (this.rendering = kind)) });
  private readonly playback = new PlaybackController<string>(this, {
    interval: PLAY_INTERVAL_MS,
    position: () => (this.model ? { items: this.model.periods, current: this.model.period } : undefined),
    step: (period) => this.pickPeriod(period),
  });
  private readonly navigation = new GridNavigationController<string>(this, {
    grid: () => (this.geometry ? keyboardGrid(this.geometry) : undefined),
    current: (event) => idFrom(event.target) ?? undefined,
    move: (target, current) => target !== current && this.focusDistrict(target),
    name: (id) => this.geometry?.byId.get(id)?.name ?? '',
    locale: () => this.language,
  });
  private readonly sort = new TableSortController(this, { key: 'name' });

  constructor() {
    super();
    new ViewportController(this, {
      onNear: () => {
        if (this.view !== 'table') prefetchMaplibre(rendererPreference(this.renderer));
      },
    });
  }

  /** Which renderer draws the map now: `webgl` or `svg`. */
  get activeRenderer(): RendererKind {
    return this.rendering;
  }

  /** The maplibre-gl `Map` while WebGL draws (for advanced integrations), else undefined. */
  get map(): MaplibreMap | undefined {
    return this.engine.map;
  }

  private get pixelWidth(): number {
    return this.size.width;
  }

  // ------------------------------------------------------------------ selection of indicator, level, period
  private say(key: DistrictMapText, params?: Record<string, string | number>): string {
    return text(this.language, key, params);
  }

  private configFailure({ error, params }: ConfigProblem): WidgetFailure {
    return { code: 'config', title: this.say(`error.${error}`, params), hint: this.say(`error.${error}.hint` as DistrictMapText, params) };
  }

  private readonly selectionOf = memoLast((document: ContractDocument, indicator: string | undefined, level: string | undefined) => resolveSelection(document, { indicator, level }));

  private selection(document: ContractDocument): Selection | ConfigProblem {
    return this.selectionOf(document, this.indicator, this.level);
  }

  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const selection = this.selection(document);
    if (isProblem(selection)) {
      const failure = this.configFailure(selection);
      const candidates = selection.error === 'indicator' ? document.indicators.map((i) => i.id) : selection.error === 'level' ? document.areaLevels.map((l) => l.id) : [];
      return { ...failure, hint: `${failure.hint ?? ''}${this.didYouMean(String(selection.params.value ?? ''), candidates)}` };
    }
    // Geometry given as a URL that could not be loaded stops the map, and names that URL and its level.
    const geometryProblem = geometryFailure(document, selection.level.id);
    if (geometryProblem) return failureFromError(geometryProblem, this.language);
    const { period, compare, classification, classes, breaks, palette } = this;
    const problem = checkSettings(selection, { period, compare, classification, classes, classesText: String(this.getAttribute('classes') ?? classes), breaks, palette });
    return problem ? this.configFailure(problem) : null;
  }

  protected override usedParts(): readonly string[] {
    return this.indicator ? [`indicator:${this.indicator}`] : [];
  }

  protected hasData(document: ContractDocument): boolean {
    return hasDistricts(this.selection(document));
  }

  private readonly modelOf = memoLast(
    (body: BodyMeta, selection: Selection, period: string, compare: string | undefined, classification: string | undefined, classes: number, breaks: string | undefined, palette: string | undefined, fixedBreaks: boolean) =>
      selectionModel(selection, period, { body, compare, classification, classes, breaks, palette, fixedBreaks }),
  );

  private computeModel(document: ContractDocument): MapModel | undefined {
    const selection = this.selection(document);
    if (isProblem(selection) || !selection.geometry || !selection.periods.length) return undefined;
    this.geometry = selection.geometry;
    const period = resolvePeriod(selection.periods, { picked: this.pickedPeriod, author: this.period, shared: this.groupState.period })!;
    return this.modelOf(document.meta, selection, period, this.compare, this.classification, this.classes, this.breaks, this.palette, this.fixedBreaks);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changes = changed as Map<PropertyKey, unknown>;
    // The base keeps a configuration failure until the data is loaded again; re-check after a fix.
    const configKeys = ['indicator', 'level', 'period', 'compare', 'classification', 'classes', 'breaks', 'palette'];
    if (this.failure?.code === 'config' && this.contract && configKeys.some((key) => changes.has(key))) this.failure = undefined;
    // The author's period replaces what the reader picked before it was set.
    if (changes.has('period')) this.pickedPeriod = undefined;
    super.willUpdate(changed);
    if (changes.has('groupState')) this.followGroupSelection();
    this.model = this.state === 'ready' && this.contract ? this.computeModel(this.shownDocument(this.contract)) : undefined;
    if (changes.has('period') && this.period) this.playback.stop();
  }

  private followGroupSelection(): void {
    const areaId = this.groupState.areaId;
    if (areaId === undefined) return;
    if (areaId === null) this.selected = undefined;
    else this.selected = !this.geometry || this.geometry.byId.has(areaId) ? areaId : undefined;
  }

  protected override loadDataModules(): Promise<unknown> {
    return withData.load();
  }

  protected override readyKeys(): readonly string[] {
    return ['model', 'rendering'];
  }

  protected override async chartDrawn(): Promise<void> {
    await this.updateComplete;
    if (this.view === 'chart') await this.engine.settled();
  }

  // The theme's colours are read once per model, not on every hover.
  private readonly themeColors = memoLast((_model: MapModel) => {
    const style = getComputedStyle(this);
    return { outline: style.getPropertyValue('--_map-outline').trim() || '#ffffff' };
  });

  /** What WebGL draws now, read by the engine after every update; null when the SVG alone draws. */
  private engineTarget(): EngineTarget | null {
    const { model, geometry } = this;
    const wanted = this.isConnected && this.state === 'ready' && this.view === 'chart' && this.renderer !== 'svg' && model && geometry;
    const container = wanted ? this.renderRoot.querySelector<HTMLElement>('.gl') : null;
    if (!container || !model || !geometry) return null;
    const preference = rendererPreference(this.renderer);
    // Reading the theme forces a style recalculation of every district path; only WebGL needs it
    // (the SVG takes its colours from CSS), so a map that draws SVG never asks.
    const drawsWebgl = this.engine.map !== undefined || wantsWebgl(preference, geometry.shapes.length);
    const outlineColor = drawsWebgl ? this.themeColors(model).outline : '';
    const scene = sceneOf(model, geometry, { basemap: this.basemap, outlineColor });
    return { container, scene, pixelWidth: this.pixelWidth, preference };
  }

  // ------------------------------------------------------------------ texts for the base
  protected defaultHeading(document: ContractDocument): string {
    const selection = this.selection(document);
    return isProblem(selection) ? document.meta.title : localized(this.language, selection.indicator.label, selection.indicator.labelEn);
  }

  protected override subheading(document: ContractDocument): string {
    const selection = this.selection(document);
    if (isProblem(selection) || !this.model) return '';
    const parts = [withData.current.periodText(this.language, this.model), withData.current.levelLabel(this.language, this.model)];
    if (selection.level.schematic) parts.push(t(this.language, 'schematic'));
    return parts.join(' · ');
  }

  protected override isExample(document: ContractDocument): boolean {
    const selection = this.selection(document);
    return super.isExample(document) || (!isProblem(selection) && (selection.indicator.example === true || selection.level.example === true));
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const selection = this.selection(document);
    if (isProblem(selection)) return base;
    const { license } = selection.indicator;
    return { ...base, sources: selectionSources(base.sources, selection), ...(license ? { license, licenseUrl: undefined } : {}) };
  }

  protected summary(_document: ContractDocument): string {
    return this.model ? withData.current.summaryText(this.language, this.model) : '';
  }

  // ------------------------------------------------------------------ interaction
  private tabStop(geometry: LevelGeometry): string | null {
    if (this.focusedId && geometry.byId.has(this.focusedId)) return this.focusedId;
    if (this.selected && geometry.byId.has(this.selected)) return this.selected;
    return geometry.order[0] ?? null;
  }

  private choose(id: string | null): void {
    const model = this.model;
    this.selected = id ?? undefined;
    this.selectArea(id, model ? { indicator: model.indicator.id, period: model.period } : {});
  }

  private toggle(id: string): void {
    this.choose(this.selected === id ? null : id);
  }

  private focusDistrict(id: string): void {
    this.focusedId = id;
    this.renderRoot.querySelector<SVGElement>(`path.district[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  // Keyboard and focus listeners sit on the HTML box, not on SVG elements: Chromium makes an SVG
  // element with focus listeners focusable, which would add a stray tab stop.
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const current = idFrom(event.target);
    if (!this.geometry || current === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggle(current);
    } else if (event.key === 'Escape') {
      if (!this.selected) return;
      event.preventDefault();
      this.choose(null);
    } else this.navigation.handle(event);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const id = idFrom(event.target);
    if (!id) return;
    this.focusedId = id;
    this.focusInside = true;
    this.focusVisible = (event.target as Element).matches(':focus-visible');
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!idFrom(event.relatedTarget)) this.focusInside = false;
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const id = idFrom(event.target);
    if (id !== this.hoveredId) this.hoveredId = id;
  };

  private readonly onPointerLeave = (): void => {
    this.hoveredId = null;
  };

  private readonly onClick = (event: MouseEvent): void => {
    const id = idFrom(event.target);
    if (id) this.toggle(id);
  };

  // ------------------------------------------------------------------ downloads
  /** What the downloads carry; the picture only where the map is shown. */
  private exportSource({ mapExport }: typeof import('./export.ts'), withPicture = this.view === 'chart'): ExportSource | undefined {
    const { model, geometry, contract } = this;
    if (!model || !contract) return undefined;
    const style = getComputedStyle(this);
    return mapExport({
      lang: this.language,
      model,
      title: this.shownHeading(contract),
      attribution: this.attribution(contract),
      publisher: contract.meta.publisher,
      example: this.isExample(contract),
      address: location.href,
      fontFamily: style.fontFamily || 'sans-serif',
      ...(withPicture && geometry
        ? { picture: { geometry, width: this.pixelWidth || 640, outline: style.getPropertyValue('--_map-outline').trim() || '#ffffff', labels: this.imageLabels(geometry) } }
        : {}),
    });
  }

  /**
   * The shown values as CSV text (German: `;` and decimal comma), the whole last, the file's
   * description below. Asynchronous: the export code loads on first use, not with the page.
   */
  async toCsv(): Promise<string> {
    const [exports, { exportCsv }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports, false);
    return source ? exportCsv(source.lang, source.tables, source.meta) : '';
  }

  /** The map as a PNG image at 2×: title, map, names, legend and the caption with source and licence. */
  async toPng(): Promise<Blob> {
    const [exports, { exportBlob }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports, true);
    if (!source?.chart) throw new Error('Nothing to draw yet');
    return exportBlob('png', source);
  }

  /** The file of a format; the export code loads with the first click, not with the page. */
  private readonly download = async (format: DownloadFormat): Promise<void> => {
    const [exports, { saveExport }] = await Promise.all([import('./export.ts'), import('../../shared/download.ts')]);
    const source = this.exportSource(exports);
    if (source) await saveExport(format, source);
  };

    // ------------------------------------------------------------------ rendering
  // Placed again only for new geometry or a new width, not on every hover.
  private readonly labelPlan = memoLast((geometry: LevelGeometry, pixelWidth: number, withKey: boolean, fontFamily: string): LabelPlan => {
    const font = `600 ${LABEL_FONT_SIZE}px ${fontFamily}`;
    // In reading order, so that the numbers run north-west to south-east.
    const candidates = geometry.order.flatMap((id) => {
      const shape = geometry.byId.get(id)!;
      return shape.anchor ? [{ id, text: shape.name, x: shape.anchor.x, y: shape.anchor.y, area: shape.anchor.area, outline: shape.outline }] : [];
    });
    return planLabels(candidates, {
      pixelsPerUnit: pixelWidth / geometry.layout.width,
      lineHeight: LABEL_LINE_HEIGHT,
      measure: (words) => textWidth(words, font),
      narrow: pixelWidth < NARROW_MAP_PIXELS,
      // The badge's padding and border in district-map.styles.ts.
      badgePadding: { x: 5, y: 2 },
      ...(withKey ? {} : { maxKeyEntries: 0 }),
    });
  });

  private labelPlanFor(geometry: LevelGeometry): LabelPlan | undefined {
    return this.noLabels || this.pixelWidth <= 0 ? undefined : this.labelPlan(geometry, this.pixelWidth, true, this.labelFontFamily);
  }

  /** The names for the PNG, which has no room for a key: those that fit, without numbers. */
  private imageLabels(geometry: LevelGeometry) {
    return this.noLabels || this.pixelWidth <= 0 ? [] : this.labelPlan(geometry, this.pixelWidth, false, this.labelFontFamily).labels;
  }

  // The territory's outline: every district's border drawn wide in a layer under the map; the
  // districts (SVG paths or the WebGL canvas) cover its inner half, so only the line around the
  // whole territory stays. No polygon union needed, and robust where neighbours do not share their
  // vertices. (An SVG mask would do the same over the map, but Chromium then keeps every removed
  // map in memory.) Only for maps of a town or a Kreis: at hundreds of municipalities the wide
  // copy of every border doubles what the browser rasterises on every hover frame, and the
  // territory is plain from the districts themselves.
  private readonly territoryPath = memoLast((geometry: LevelGeometry) => (geometry.shapes.length <= TERRITORY_MAX_AREAS ? geometry.shapes.map((shape) => shape.d).join('') : ''));

  private renderLabels(geometry: LevelGeometry, plan: LabelPlan | undefined): TemplateResult {
    const { width, height } = geometry.layout;
    // The width the names were placed for: on paper, where no observer places them anew, they
    // scale with the map from it (district-map.styles.ts) instead of keeping their screen size.
    return html`<div class="labels" aria-hidden="true" ${cssomStyle({ '--_labels-placed-for': String(this.pixelWidth) })}>
      ${(plan?.labels ?? []).map(
        (l) =>
          html`<span class=${l.kind === 'number' ? 'label number' : 'label'} part=${l.kind === 'number' ? 'label label-number' : 'label'} data-id=${l.id} ${cssomStyle({ left: `${(l.x / width) * 100}%`, top: `${(l.y / height) * 100}%` })}
            >${l.lines.length > 1 ? html`${l.lines[0]}<br />${l.lines[1]}` : l.text}</span
          >`,
      )}
    </div>`;
  }

  /** The numbers' key: visible, read by screen readers as the list it is; pointing at an entry outlines its district. */
  private renderLabelKey(plan: LabelPlan | undefined): TemplateResult | typeof nothing {
    if (!plan?.key.length) return nothing;
    return html`<ol class="label-key" part="label-key" aria-label=${this.say('labelKey')} @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave}>
      ${plan.key.map((entry) => html`<li data-id=${entry.id}><span class="key-number">${entry.number}</span> <span class="key-name">${breakAfterSlashes(entry.text)}</span></li>`)}
    </ol>`;
  }

  // The districts' labels change only with the model or the language.
  private readonly labelKey = memoLast((model: MapModel, lang: string) => ({ model, lang }));

  /** The district the panel tells about: under the pointer, else in focus, else selected. */
  private panelDistrict(model: MapModel) {
    const id = this.hoveredId ?? (this.focusInside ? this.focusedId : null) ?? this.selected ?? null;
    return id ? model.byId.get(id) : undefined;
  }

  protected renderChart(_document: ContractDocument): TemplateResult {
    const { model, geometry } = this;
    if (!model || !geometry) return html``;
    const lang = this.language;
    const { width, height } = geometry.layout;
    const pixelsPerUnit = this.pixelWidth > 0 ? this.pixelWidth / width : 1;
    const selected = this.selected && geometry.byId.has(this.selected) ? this.selected : null;
    const tabStop = this.tabStop(geometry);
    const indicatorName = withData.current.indicatorLabel(lang, model);
    const labelPlan = this.labelPlanFor(geometry);
    const districts = districtLayer({ geometry, districts: model.byId, label: (district) => (district ? withData.current.districtLabel(lang, model, district) : ''), labelKey: this.labelKey(model, lang), tabStop, selected, prefix: PATTERN_PREFIX });
    return html`<div class="district-map">
      ${this.renderControls(model)}
      <div class="layout">
        <div class="main">
          <div class="map-box" part="map" ${cssomStyle({ 'aspect-ratio': `${width} / ${height}` })} @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
            ${geometry.shapes.length <= TERRITORY_MAX_AREAS
              ? html`<svg class="territory-layer" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
                  <path class="territory" d=${this.territoryPath(geometry)}></path>
                </svg>`
              : nothing}
            ${this.renderer !== 'svg' ? html`<div class="gl" aria-hidden="true"></div>` : nothing}
            <svg
              class=${classMap({ 'svg-map': true, overlay: this.rendering === 'webgl' })}
              viewBox="0 0 ${width} ${height}"
              preserveAspectRatio="xMidYMid meet"
              role="group"
              aria-label=${this.say('mapLabel', { indicator: indicatorName, period: withData.current.periodText(lang, model) })}
              @pointermove=${this.onPointerMove}
              @pointerleave=${this.onPointerLeave}
              @click=${this.onClick}
            >
              <defs>${patternDefs(PATTERN_PREFIX, PATTERN_PIXELS / pixelsPerUnit)}</defs>
              <g class="districts" role="listbox" aria-label=${this.say('listLabel', { level: withData.current.levelLabel(lang, model), indicator: indicatorName })} aria-describedby="keyboard-help" fill-rule="evenodd" ${districts}></g>
              <g class="highlights" aria-hidden="true">
                ${highlightPaths({ geometry, hovered: this.hoveredId, selected, focused: this.focusInside && this.focusVisible ? this.focusedId : null })}
              </g>
            </svg>
            ${this.renderLabels(geometry, labelPlan)}
          </div>
          ${this.renderLabelKey(labelPlan)}
          <p id="keyboard-help" class="sr-only">${this.say('keyboardHelp')}</p>
        </div>
        <!-- The panel comes last: its height changes under the pointer, and nothing may move below it. -->
        <div class="side">${legendView(lang, model, SWATCH_PREFIX)} ${this.renderActions(true)} ${panelView(lang, model, this.panelDistrict(model), this.selected)}</div>
      </div>
    </div>`;
  }

  private renderControls(model: MapModel): TemplateResult | typeof nothing {
    if (this.period || model.periods.length < 2) return nothing;
    const label = formatPeriod(this.language, model.period);
    const playing = this.playback.playing;
    const onInput = (e: Event) => {
      this.playback.stop();
      this.pickPeriod(model.periods[Number((e.target as HTMLInputElement).value)]!);
    };
    return html`<div class="controls no-print" part="controls">
      <label for="period">${this.say('period')}</label>
      <input id="period" type="range" min="0" max=${model.periods.length - 1} step="1" .value=${String(model.periods.indexOf(model.period))} aria-valuetext=${label} @input=${onInput} />
      <output for="period">${label}</output>
      <button type="button" class="button" aria-pressed=${playing ? 'true' : 'false'} @click=${() => this.playback.toggle()}>${this.say(playing ? 'pause' : 'play')}</button>
    </div>`;
  }

  private renderActions(withPicture: boolean): TemplateResult {
    return html`<div class="actions no-print">${withData.current.downloadMenu(this.language, withPicture ? ['csv', 'xlsx', 'png', 'svg'] : ['csv', 'xlsx'], this.download)}</div>`;
  }

  protected renderTable(_document: ContractDocument): TemplateResult {
    const model = this.model;
    if (!model) return html``;
    const lang = this.language;
    const table = renderTable({ lang, caption: withData.current.tableCaption(lang, model), columns: withData.current.tableColumns(lang, model), rows: model.districts, sort: this.sort, rowClass: (d) => (d.id === this.selected ? 'selected' : '') });
    if (this.view !== 'table') return table;
    return html`${this.renderControls(model)} ${table} ${this.renderActions(false)}`;
  }
}
