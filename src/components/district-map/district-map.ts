import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { QwElement, type Attribution, type WidgetFailure } from '../../shared/base-element.ts';
import { cssomStyle } from '../../shared/cssom-style.ts';
import type { AreaLevel, ContractDocument, Indicator } from '../../contract/schema.ts';
import { formatPeriod } from '../../shared/format.ts';
import { t } from '../../shared/i18n.ts';
import { renderTable, TableSortController, type Column } from '../../shared/table.ts';
import { downloadBlob, downloadCsv, fileSlug, toCsv } from '../../shared/download.ts';
import { licenseInfo } from '../../shared/licenses.ts';
import { CLASSIFICATION_METHODS, isClassificationMethod, MAX_CLASSES, MIN_CLASSES, parseBreaks, type ClassificationMethod } from './classify.ts';
import { PALETTES, isPaletteName } from './palettes.ts';
import { buildModel, indicatorPeriods, kindOf, type DistrictDatum, type MapModel } from './district-data.ts';
import { levelGeometry, type LevelGeometry } from './geometry.ts';
import { neighbourInDirection } from './projection.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { districtPaths, highlightPaths, patternDefs, PATTERN_PIXELS, svgDocument } from './svg-renderer.ts';
import { MapEngine, type RendererKind } from './map-engine.ts';
import { prefetchMaplibre, type MapPaint } from './maplibre-renderer.ts';
import { whenNearViewport } from '../../shared/visibility.ts';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { composePng, svgImage, type PngLegendEntry } from './png.ts';
import {
  cityText,
  classText,
  csvRows,
  differenceText,
  districtLabel,
  entryText,
  indicatorLabel,
  levelLabel,
  measureText,
  numberText,
  periodText,
  rangeText,
  rankText,
  summaryText,
} from './describe.ts';
import { tr, type DistrictMapText } from './district-map.texts.ts';
import { districtMapStyles } from './district-map.styles.ts';

/** `auto`: WebGL where available, else SVG; `svg`: always SVG. */
export type RendererPreference = 'auto' | 'svg';

interface Selection {
  readonly indicator: Indicator;
  readonly level: AreaLevel;
  readonly geometry: LevelGeometry | null;
  readonly periods: readonly string[];
}

const PATTERN_PREFIX = 'qw-pattern';
const SWATCH_PREFIX = 'qw-swatch';
const PLAY_INTERVAL_MS = 1500;
const LABEL_FONT_SIZE = 12;

let measureContext: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, font: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * LABEL_FONT_SIZE * 0.6;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

const idFrom = (target: EventTarget | null): string | null => (target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null) : null);

const anchorPoints = new WeakMap<LevelGeometry, { id: string; x: number; y: number }[]>();
function pointsOf(geometry: LevelGeometry): { id: string; x: number; y: number }[] {
  let points = anchorPoints.get(geometry);
  if (!points) {
    points = geometry.shapes.flatMap((s) => (s.anchor ? [{ id: s.id, x: s.anchor.x, y: s.anchor.y }] : []));
    anchorPoints.set(geometry, points);
  }
  return points;
}

const paints = new WeakMap<MapModel, MapPaint>();
function paintOf(model: MapModel): MapPaint {
  let paint = paints.get(model);
  if (!paint) {
    paint = {
      fills: new Map(model.districts.flatMap((d) => (d.color ? [[d.id, d.color] as const] : []))),
      missing: model.districts.filter((d) => d.kind === 'missing').map((d) => d.id),
      suppressed: model.districts.filter((d) => d.kind === 'suppressed').map((d) => d.id),
    };
    paints.set(model, paint);
  }
  return paint;
}

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
 * @csspart label - A district name on the map.
 * @csspart panel - The details of the district under the pointer, in focus or selected.
 * @csspart legend - The legend.
 * @csspart controls - The period control.
 * @csspart summary - The screen-reader summary.
 * @csspart table - The scrolling container of the data table.
 * @csspart error - The error panel.
 * @csspart footer - Source and licence line.
 *
 * @cssprop --qw-map-outline-color - Borders between districts (default: white).
 * @cssprop --qw-map-highlight-color - Outline of the hovered and the selected district (default: the text colour).
 * @cssprop --qw-map-label-color - District names on the map (default: the text colour).
 * @cssprop --qw-map-label-halo - Halo around the names, for legibility on dark colours.
 * @cssprop --qw-map-background - Background behind the districts (default: transparent).
 * @cssprop --qw-legend-width - Width of the legend column beside the map on wide containers (default: 15rem).
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

  /** `auto` (WebGL where available, else SVG) or `svg`. */
  @property() renderer: RendererPreference = 'auto';

  /** Hides the district names on the map. */
  @property({ type: Boolean, attribute: 'no-labels' }) noLabels = false;

  @state() private model?: MapModel;
  @state() private hoveredId: string | null = null;
  @state() private focusedId: string | null = null;
  @state() private focusInside = false;
  @state() private focusVisible = false;
  @state() private rendering: RendererKind = 'svg';
  @state() private pixelWidth = 0;
  @state() private playing = false;

  private geometry: LevelGeometry | null = null;
  // Deferred: the engine can switch while the element is inside `updated()`.
  private readonly engine = new MapEngine((kind) => queueMicrotask(() => (this.rendering = kind)));
  private readonly sort = new TableSortController(this, { key: 'name' });
  private resizeObserver?: ResizeObserver;
  private observedBox: Element | null = null;
  private playTimer?: ReturnType<typeof setInterval>;
  private selectionCache?: { key: readonly unknown[]; value: Selection | WidgetFailure };
  private modelKey?: readonly unknown[];
  private labelCache?: { key: readonly unknown[]; labels: PlacedLabel[] };
  private themeColors?: { model: MapModel; outline: string; highlight: string };
  private typeAheadText = '';
  private typeAheadTime = 0;

  /** Which renderer draws the map now: `webgl` or `svg`. */
  get activeRenderer(): RendererKind {
    return this.rendering;
  }

  /** The maplibre-gl `Map` while WebGL draws (for advanced integrations), else undefined. */
  get map(): MaplibreMap | undefined {
    return this.engine.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.engine.reset();
    // Moved in the DOM: the map was removed on disconnect and must be drawn again.
    if (this.hasUpdated) this.requestUpdate();
    void whenNearViewport(this).then(() => {
      if (this.isConnected && this.renderer !== 'svg' && this.view !== 'table') prefetchMaplibre();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.engine.stop();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = null;
    this.stopPlaying();
  }

  // ------------------------------------------------------------------ selection of indicator, level, period
  private text(key: DistrictMapText, params?: Record<string, string | number>): string {
    return tr(this.language, key, params);
  }

  private configFailure(key: string, params: Record<string, string | number>): WidgetFailure {
    return { code: 'config', title: this.text(`config.${key}` as DistrictMapText, params), hint: this.text(`config.${key}.hint` as DistrictMapText, params) };
  }

  private selection(document: ContractDocument): Selection | WidgetFailure {
    const key = [document, this.indicator, this.level, this.language];
    if (this.selectionCache && key.every((k, i) => k === this.selectionCache!.key[i])) return this.selectionCache.value;
    const value = this.resolveSelection(document);
    this.selectionCache = { key, value };
    return value;
  }

  private resolveSelection(document: ContractDocument): Selection | WidgetFailure {
    const { indicators, areaLevels } = document;
    if (!indicators.length) return this.configFailure('noIndicators', {});
    const list = (ids: string[]) => ids.map((id) => `„${id}“`).join(', ') || '–';
    let level = this.level ? areaLevels.find((l) => l.id === this.level) : undefined;
    if (this.level && !level) return this.configFailure('level', { value: this.level, options: list(areaLevels.map((l) => l.id)) });
    let indicator: Indicator | undefined;
    if (this.indicator) {
      indicator = indicators.find((i) => i.id === this.indicator);
      if (!indicator) return this.configFailure('indicator', { value: this.indicator, options: list(indicators.map((i) => i.id)) });
      if (level && indicator.level !== level.id) return this.configFailure('levelMismatch', { indicator: indicator.id, actual: indicator.level, value: level.id });
    } else {
      indicator = level ? indicators.find((i) => i.level === level!.id) : indicators[0];
      if (!indicator) return this.configFailure('levelNoIndicator', { value: this.level ?? '' });
    }
    level ??= areaLevels.find((l) => l.id === indicator!.level);
    if (!level) return this.configFailure('level', { value: indicator.level, options: list(areaLevels.map((l) => l.id)) });
    return { indicator, level, geometry: levelGeometry(level), periods: indicatorPeriods(indicator) };
  }

  private get method(): ClassificationMethod | undefined {
    const chosen = this.classification?.trim() || (this.breaks?.trim() ? 'manual' : 'quantile');
    return isClassificationMethod(chosen) ? chosen : undefined;
  }

  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    const selection = this.selection(document);
    if ('code' in selection) return selection;
    const periods = selection.periods.join(', ') || '–';
    if (this.period && !selection.periods.includes(this.period)) return this.configFailure('period', { value: this.period, options: periods });
    if (this.compare && !selection.periods.includes(this.compare)) return this.configFailure('compare', { value: this.compare, options: periods });
    if (!this.method) return this.configFailure('classification', { value: this.classification ?? '', options: CLASSIFICATION_METHODS.join(', ') });
    if (!Number.isInteger(this.classes) || this.classes < MIN_CLASSES || this.classes > MAX_CLASSES) return this.configFailure('classes', { value: String(this.getAttribute('classes') ?? this.classes) });
    const breaks = this.breaks?.trim() ? parseBreaks(this.breaks) : undefined;
    if (breaks === null) return this.configFailure('breaks', { value: this.breaks ?? '' });
    if (this.method === 'manual' && !breaks?.length) return this.configFailure('manual', {});
    if (this.palette && this.palette !== 'auto' && !isPaletteName(this.palette)) return this.configFailure('palette', { value: this.palette, options: ['auto', ...PALETTES].join(', ') });
    return null;
  }

  protected hasData(document: ContractDocument): boolean {
    const selection = this.selection(document);
    return !('code' in selection) && selection.geometry !== null && selection.geometry.shapes.length > 0 && selection.periods.length > 0;
  }

  /** The period shown: the author's, else the group's (if this indicator has it), else the latest. */
  private effectivePeriod(periods: readonly string[]): string {
    if (this.period && periods.includes(this.period)) return this.period;
    const shared = this.groupState.period;
    if (shared && periods.includes(shared)) return shared;
    return periods[periods.length - 1]!;
  }

  private computeModel(document: ContractDocument): MapModel | undefined {
    const selection = this.selection(document);
    if ('code' in selection || !selection.geometry || !selection.periods.length) return undefined;
    const period = this.effectivePeriod(selection.periods);
    const palette = this.palette && this.palette !== 'auto' && isPaletteName(this.palette) ? this.palette : undefined;
    const key = [selection, period, this.compare, this.method, this.classes, this.breaks, palette, this.fixedBreaks];
    if (this.model && this.modelKey && key.every((k, i) => k === this.modelKey![i])) return this.model;
    this.modelKey = key;
    this.geometry = selection.geometry;
    const manualBreaks = this.breaks?.trim() ? (parseBreaks(this.breaks) ?? undefined) : undefined;
    return buildModel(selection.indicator, selection.level, selection.geometry.shapes, {
      period,
      ...(this.compare ? { compare: this.compare } : {}),
      method: this.method ?? 'quantile',
      classes: this.classes,
      ...(manualBreaks ? { manualBreaks } : {}),
      ...(palette ? { palette } : {}),
      fixedBreaks: this.fixedBreaks,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changes = changed as Map<PropertyKey, unknown>;
    // The base keeps a configuration failure until the data is loaded again; re-check after a fix.
    const configKeys = ['indicator', 'level', 'period', 'compare', 'classification', 'classes', 'breaks', 'palette'];
    if (this.failure?.code === 'config' && this.contract && configKeys.some((key) => changes.has(key))) this.failure = undefined;
    super.willUpdate(changed);
    if (changes.has('groupState')) this.followGroupSelection();
    this.model = this.state === 'ready' && this.contract ? this.computeModel(this.contract) : undefined;
    if (changes.has('period') && this.period) this.stopPlaying();
  }

  private followGroupSelection(): void {
    const areaId = this.groupState.areaId;
    if (areaId === undefined) return;
    if (areaId === null) this.selected = undefined;
    else this.selected = !this.geometry || this.geometry.byId.has(areaId) ? areaId : undefined;
  }

  protected override readyKeys(): readonly string[] {
    return ['model', 'rendering'];
  }

  protected override async chartDrawn(): Promise<void> {
    await this.updateComplete;
    if (this.view === 'chart') await this.engine.settled();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncEngine();
    super.updated(changed);
    this.observeBox();
  }

  private syncEngine(): void {
    const model = this.model;
    const geometry = this.geometry;
    const wanted = this.isConnected && this.state === 'ready' && this.view === 'chart' && this.renderer !== 'svg' && model && geometry;
    const container = wanted ? this.renderRoot.querySelector<HTMLElement>('.gl') : null;
    if (!container || !model || !geometry) {
      this.engine.update(null, null, 0);
      return;
    }
    // The theme's colours are read once per model, not on every hover.
    if (this.themeColors?.model !== model) {
      const style = getComputedStyle(this);
      this.themeColors = {
        model,
        outline: style.getPropertyValue('--_map-outline').trim() || '#ffffff',
        highlight: style.getPropertyValue('--_map-highlight').trim() || '#1f2328',
      };
    }
    this.engine.update(
      container,
      {
        data: geometry.featureCollection,
        layout: geometry.layout,
        paint: paintOf(model),
        hovered: this.hoveredId,
        selected: this.selected ?? null,
        ...(this.basemap ? { basemap: this.basemap } : {}),
        outlineColor: this.themeColors.outline,
        highlightColor: this.themeColors.highlight,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      },
      this.pixelWidth,
    );
  }

  private observeBox(): void {
    const box = this.renderRoot.querySelector('.map-box');
    if (box === this.observedBox) return;
    if (this.observedBox) this.resizeObserver?.unobserve(this.observedBox);
    this.observedBox = box;
    if (!box) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.pixelWidth) this.pixelWidth = width;
    });
    this.resizeObserver.observe(box);
  }

  // ------------------------------------------------------------------ texts for the base
  protected defaultHeading(document: ContractDocument): string {
    const selection = this.selection(document);
    if ('code' in selection) return document.meta.title;
    return (this.language === 'en' && selection.indicator.labelEn) || selection.indicator.label;
  }

  protected override subheading(document: ContractDocument): string {
    const selection = this.selection(document);
    if ('code' in selection || !this.model) return '';
    const parts = [periodText(this.language, this.model), levelLabel(this.language, this.model)];
    if (selection.level.schematic) parts.push(t(this.language, 'schematic'));
    return parts.join(' · ');
  }

  protected override isExample(document: ContractDocument): boolean {
    const selection = this.selection(document);
    return super.isExample(document) || (!('code' in selection) && (selection.indicator.example === true || selection.level.example === true));
  }

  protected override attribution(document: ContractDocument): Attribution {
    const base = super.attribution(document);
    const selection = this.selection(document);
    if ('code' in selection) return base;
    const titles = new Set(base.sources.map((s) => (typeof s === 'string' ? s : s.title)));
    const extra = [selection.indicator.source, selection.level.source].filter((s): s is string => !!s && !titles.has(s));
    return { ...base, sources: [...base.sources, ...new Set(extra)] };
  }

  protected summary(_document: ContractDocument): string {
    return this.model ? summaryText(this.language, this.model) : '';
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

  /** The next district whose name starts with the typed letters, after the current one. */
  private typeAhead(key: string, current: string | null): string | undefined {
    const geometry = this.geometry;
    if (!geometry) return undefined;
    const now = Date.now();
    this.typeAheadText = now - this.typeAheadTime < 800 ? this.typeAheadText + key : key;
    this.typeAheadTime = now;
    const wanted = this.typeAheadText.toLocaleLowerCase(this.language);
    const names = geometry.order.map((id) => ({ id, name: geometry.byId.get(id)!.name.toLocaleLowerCase(this.language) }));
    const start = Math.max(0, names.findIndex((n) => n.id === current));
    const offset = this.typeAheadText.length > 1 ? 0 : 1;
    for (let i = 0; i < names.length; i++) {
      const candidate = names[(start + offset + i) % names.length]!;
      if (candidate.name.startsWith(wanted)) return candidate.id;
    }
    return undefined;
  }

  // Keyboard and focus listeners sit on the HTML box, not on SVG elements: Chromium makes an SVG
  // element with focus listeners focusable, which would add a stray tab stop.
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const geometry = this.geometry;
    const current = idFrom(event.target);
    if (!geometry || current === null) return;
    const order = geometry.order;
    const index = order.indexOf(current);
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = order[Math.min(index + 1, order.length - 1)];
        break;
      case 'ArrowLeft':
        next = order[Math.max(index - 1, 0)];
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const points = pointsOf(geometry);
        const from = points.find((p) => p.id === current);
        next = from ? (neighbourInDirection(points, from, event.key === 'ArrowDown' ? 'down' : 'up')?.id ?? current) : current;
        break;
      }
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.toggle(current);
        return;
      case 'Escape':
        if (this.selected) {
          event.preventDefault();
          this.choose(null);
        }
        return;
      default:
        if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) next = this.typeAhead(event.key, current);
        if (next === undefined) return;
    }
    event.preventDefault();
    if (next !== undefined && next !== current) this.focusDistrict(next);
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

  // ------------------------------------------------------------------ periods
  private choosePeriod(period: string): void {
    this.sharePeriod(period);
  }

  private stopPlaying(): void {
    if (this.playTimer !== undefined) clearInterval(this.playTimer);
    this.playTimer = undefined;
    this.playing = false;
  }

  private togglePlay(): void {
    const model = this.model;
    if (this.playing || !model) {
      this.stopPlaying();
      return;
    }
    const periods = model.periods;
    if (model.period === periods[periods.length - 1]) this.choosePeriod(periods[0]!);
    this.playing = true;
    this.playTimer = setInterval(() => {
      const current = this.model;
      if (!current) return this.stopPlaying();
      const index = current.periods.indexOf(current.period);
      const next = current.periods[index + 1];
      if (next) this.choosePeriod(next);
      if (!next || index + 1 >= current.periods.length - 1) this.stopPlaying();
    }, PLAY_INTERVAL_MS);
  }

  // ------------------------------------------------------------------ downloads
  /** The shown values as CSV text (German: `;` and decimal comma), the city total last. */
  toCsv(): string {
    const model = this.model;
    if (!model) return '';
    const [header, ...rows] = csvRows(this.language, model);
    return toCsv(this.language, header as string[], rows);
  }

  private fileName(extension: string): string {
    const model = this.model!;
    return `${fileSlug(`${indicatorLabel(this.language, model)} ${model.compare ? `${model.compare} ` : ''}${model.period}`)}.${extension}`;
  }

  private legendEntries(model: MapModel): PngLegendEntry[] {
    const lang = this.language;
    const entries: PngLegendEntry[] = this.valueClasses(model).map((c) => ({ text: `${rangeText(lang, model, c)} (${c.count})`, color: c.color }));
    if (model.counts.missing) entries.push({ text: `${tr(lang, 'noValueLegend')} (${model.counts.missing})`, pattern: 'missing' });
    if (model.counts.suppressed) entries.push({ text: `${tr(lang, 'suppressedLegend')} (${model.counts.suppressed})`, pattern: 'suppressed' });
    return entries;
  }

  /** The map as a PNG image: title, map, names, legend and sources. */
  async toPng(): Promise<Blob> {
    const model = this.model;
    const geometry = this.geometry;
    if (!model || !geometry || !this.contract) throw new Error('Nothing to draw yet');
    const width = this.pixelWidth || 640;
    const height = (width * geometry.layout.height) / geometry.layout.width;
    const outline = getComputedStyle(this).getPropertyValue('--_map-outline').trim() || '#ffffff';
    let drawMap: (c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => void;
    const canvas = this.rendering === 'webgl' ? this.engine.canvas : undefined;
    if (canvas) {
      await this.engine.settled();
      drawMap = (c, x, y, w, h) => c.drawImage(canvas, x, y, w, h);
    } else {
      const image = await svgImage(svgDocument(geometry, model.byId, width, outline));
      drawMap = (c, x, y, w, h) => c.drawImage(image, x, y, w, h);
    }
    const ppu = width / geometry.layout.width;
    const { sources, license, licenseUrl } = this.attribution(this.contract);
    const footer = [
      sources.map((s) => (typeof s === 'string' ? s : s.title)).join('; '),
      license ? `${t(this.language, 'license')}: ${licenseInfo(license, licenseUrl).name}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return composePng({
      title: this.shownHeading(this.contract),
      subtitle: this.subheading(this.contract),
      width,
      height,
      drawMap,
      labels: this.labelsFor(geometry).map((l) => ({ text: l.text, x: l.x * ppu, y: l.y * ppu })),
      legend: this.legendEntries(model),
      footer,
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
    });
  }

  private async downloadPng(): Promise<void> {
    try {
      downloadBlob(this.fileName('png'), await this.toPng());
    } catch (error) {
      // A basemap without CORS taints the canvas; the SVG always works.
      console.warn('qw-district-map: PNG download failed', error);
    }
  }

  private downloadCsv(): void {
    if (this.model) downloadCsv(this.fileName('csv'), this.toCsv());
  }

  // ------------------------------------------------------------------ rendering
  private labelsFor(geometry: LevelGeometry): PlacedLabel[] {
    if (this.noLabels || this.pixelWidth <= 0) return [];
    // Placed again only for new geometry or a new width, not on every hover.
    const key = [geometry, this.pixelWidth];
    if (this.labelCache && key.every((k, i) => k === this.labelCache!.key[i])) return this.labelCache.labels;
    const fontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
    const font = `600 ${LABEL_FONT_SIZE}px ${fontFamily}`;
    const labels = placeLabels(
      geometry.shapes.flatMap((s) => (s.anchor ? [{ id: s.id, text: s.name, x: s.anchor.x, y: s.anchor.y, width: s.anchor.width, height: s.anchor.height, area: s.anchor.area }] : [])),
      { pixelsPerUnit: this.pixelWidth / geometry.layout.width, lineHeight: LABEL_FONT_SIZE * 1.25, measure: (text) => textWidth(text, font) },
    );
    this.labelCache = { key, labels };
    return labels;
  }

  /** Value classes worth a legend entry: none when no district has a number (unless the author fixed them). */
  private valueClasses(model: MapModel) {
    return model.counts.value > 0 || model.method === 'manual' || model.fixedBreaks ? model.classes : [];
  }

  protected renderChart(_document: ContractDocument): TemplateResult {
    const model = this.model;
    const geometry = this.geometry;
    if (!model || !geometry) return html``;
    const lang = this.language;
    const { width, height } = geometry.layout;
    const pixelsPerUnit = this.pixelWidth > 0 ? this.pixelWidth / width : 1;
    const selected = this.selected && geometry.byId.has(this.selected) ? this.selected : null;
    const tabStop = this.tabStop(geometry);
    const labels = this.labelsFor(geometry);
    const indicatorName = indicatorLabel(lang, model);
    const paths = guard([model, geometry, lang, tabStop, selected], () =>
      districtPaths({ geometry, districts: model.byId, label: (district) => (district ? districtLabel(lang, model, district) : ''), tabStop, selected, prefix: PATTERN_PREFIX }),
    );
    return html`<div class="district-map">
      ${this.renderControls(model)}
      <div class="layout">
        <div class="main">
          <div
            class="map-box"
            part="map"
            ${cssomStyle({ 'aspect-ratio': `${width} / ${height}` })}
            @keydown=${this.onKeydown}
            @focusin=${this.onFocusIn}
            @focusout=${this.onFocusOut}
          >
            ${this.renderer !== 'svg' ? html`<div class="gl" aria-hidden="true"></div>` : nothing}
            <svg
              class=${classMap({ 'svg-map': true, overlay: this.rendering === 'webgl' })}
              viewBox="0 0 ${width} ${height}"
              preserveAspectRatio="xMidYMid meet"
              role="group"
              aria-label=${this.text('mapLabel', { indicator: indicatorName, period: periodText(lang, model) })}
              @pointermove=${this.onPointerMove}
              @pointerleave=${this.onPointerLeave}
              @click=${this.onClick}
            >
              <defs>${patternDefs(PATTERN_PREFIX, PATTERN_PIXELS / pixelsPerUnit)}</defs>
              <g
                class="districts"
                role="listbox"
                aria-label=${this.text('listLabel', { level: levelLabel(lang, model), indicator: indicatorName })}
                aria-describedby="keyboard-help"
              >
                ${paths}
              </g>
              <g class="highlights" aria-hidden="true">
                ${highlightPaths({ geometry, hovered: this.hoveredId, selected, focused: this.focusInside && this.focusVisible ? this.focusedId : null })}
              </g>
            </svg>
            <div class="labels" aria-hidden="true">
              ${labels.map((l) => html`<span class="label" part="label" ${cssomStyle({ left: `${(l.x / width) * 100}%`, top: `${(l.y / height) * 100}%` })}>${l.text}</span>`)}
            </div>
          </div>
          <p id="keyboard-help" class="sr-only">${this.text('keyboardHelp')}</p>
        </div>
        <div class="side">${this.renderPanel(model)} ${this.renderLegend(model)} ${this.renderActions(true)}</div>
      </div>
    </div>`;
  }

  private renderControls(model: MapModel): TemplateResult | typeof nothing {
    if (this.period || model.periods.length < 2) return nothing;
    const lang = this.language;
    const index = model.periods.indexOf(model.period);
    const label = formatPeriod(lang, model.period);
    return html`<div class="controls no-print" part="controls">
      <label for="period">${this.text('period')}</label>
      <input
        id="period"
        type="range"
        min="0"
        max=${model.periods.length - 1}
        step="1"
        .value=${String(index)}
        aria-valuetext=${label}
        @input=${(e: Event) => {
          this.stopPlaying();
          this.choosePeriod(model.periods[Number((e.target as HTMLInputElement).value)]!);
        }}
      />
      <output for="period">${label}</output>
      <button type="button" class="button" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.togglePlay}>${this.text(this.playing ? 'pause' : 'play')}</button>
    </div>`;
  }

  private renderPanel(model: MapModel): TemplateResult {
    const lang = this.language;
    const id = this.hoveredId ?? (this.focusInside ? this.focusedId : null) ?? this.selected ?? null;
    const district = id ? model.byId.get(id) : undefined;
    const city = html`<dt>${model.compare ? this.text('cityChange') : t(lang, 'cityTotal')}</dt>
      <dd>${cityText(lang, model)}</dd>`;
    if (!district) {
      return html`<div class="panel" part="panel">
        <p class="hint">${this.text('panelHint')}</p>
        <dl>${city}</dl>
      </div>`;
    }
    const rank = rankText(lang, model, district);
    const difference = differenceText(lang, model, district);
    const note = district.entry?.note;
    return html`<div class="panel" part="panel">
      <p class="name">${district.name}${district.id === this.selected ? html` <span class="selected-mark">(${this.text('selectedMark')})</span>` : nothing}</p>
      <dl>
        ${model.compare
          ? html`<dt>${formatPeriod(lang, model.compare)}</dt>
              <dd>${entryText(lang, model, district.compareEntry)}</dd>
              <dt>${formatPeriod(lang, model.period)}</dt>
              <dd>${entryText(lang, model, district.entry)}</dd>
              <dt>${this.text('change')}</dt>
              <dd>${measureText(lang, model, district)}</dd>`
          : html`<dt>${this.text('value')}</dt>
              <dd>${measureText(lang, model, district)}</dd>`}
        ${rank ? html`<dt>${this.text('rank')}</dt><dd>${rank}</dd>` : nothing} ${city}
        ${difference ? html`<dt>${this.text(model.compare ? 'differenceChange' : 'difference')}</dt><dd>${difference}</dd>` : nothing}
      </dl>
      ${note && kindOf(district.entry) !== 'suppressed' ? html`<p class="hint">${note}</p>` : nothing}
    </div>`;
  }

  private renderSwatch(fill: string): TemplateResult {
    return html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true"><rect width="24" height="16" fill=${fill}></rect></svg>`;
  }

  private renderCount(count: number): TemplateResult {
    return html`<span class="count"><span aria-hidden="true">${count}</span><span class="sr-only">${count === 1 ? this.text('legendCountOne') : this.text('legendCount', { count })}</span></span>`;
  }

  private renderLegend(model: MapModel): TemplateResult {
    const lang = this.language;
    const centre = model.centre;
    const centreText = !centre
      ? ''
      : centre.kind === 'zero'
        ? this.text('centreZero')
        : this.text(centre.kind === 'total' ? 'centreTotal' : 'centreMedian', { value: centre.kind === 'total' ? cityText(lang, model) : numberText(lang, model, centre.value) });
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
      <svg class="swatch-defs" aria-hidden="true" focusable="false"><defs>${patternDefs(SWATCH_PREFIX, 8)}</defs></svg>
      <p class="legend-title" id="legend-title">${this.text('legend')}</p>
      <ul>
        ${this.valueClasses(model).map((c) => html`<li>${this.renderSwatch(c.color)}<span>${rangeText(lang, model, c)}</span>${this.renderCount(c.count)}</li>`)}
        ${model.counts.missing
          ? html`<li class="no-value" data-kind="missing">${this.renderSwatch(`url(#${SWATCH_PREFIX}-missing)`)}<span>${this.text('noValueLegend')}</span>${this.renderCount(model.counts.missing)}</li>`
          : nothing}
        ${model.counts.suppressed
          ? html`<li class="no-value" data-kind="suppressed">${this.renderSwatch(`url(#${SWATCH_PREFIX}-suppressed)`)}<span>${this.text('suppressedLegend')}</span>${this.renderCount(model.counts.suppressed)}</li>`
          : nothing}
      </ul>
      ${model.diverging && centreText ? html`<p class="legend-note">${centreText}</p>` : nothing}
      ${model.fixedBreaks && model.method !== 'manual' ? html`<p class="legend-note">${this.text('classificationName', { method: this.text(`method.${model.method}`) })}</p>` : nothing}
    </div>`;
  }

  private renderActions(withPng: boolean): TemplateResult {
    return html`<div class="actions no-print">
      <button type="button" class="button" @click=${this.downloadCsv}>${t(this.language, 'downloadCsv')}</button>
      ${withPng ? html`<button type="button" class="button" @click=${this.downloadPng}>${t(this.language, 'downloadPng')}</button>` : nothing}
    </div>`;
  }

  protected renderTable(_document: ContractDocument): TemplateResult {
    const model = this.model;
    if (!model) return html``;
    const lang = this.language;
    const comparing = model.compare !== undefined;
    const numberOf = (entry: DistrictDatum['entry']) => (kindOf(entry) === 'value' ? entry!.value : null);
    const columns: Column<DistrictDatum>[] = [
      { key: 'name', label: this.text('area'), rowHeader: true, sortValue: (d) => d.name },
      ...(comparing
        ? [
            { key: 'compare', label: formatPeriod(lang, model.compare!), numeric: true, sortValue: (d: DistrictDatum) => numberOf(d.compareEntry), render: (d: DistrictDatum) => entryText(lang, model, d.compareEntry) },
            { key: 'value', label: formatPeriod(lang, model.period), numeric: true, sortValue: (d: DistrictDatum) => numberOf(d.entry), render: (d: DistrictDatum) => entryText(lang, model, d.entry) },
            { key: 'change', label: this.text('change'), numeric: true, sortValue: (d: DistrictDatum) => d.measure, render: (d: DistrictDatum) => measureText(lang, model, d) },
          ]
        : [{ key: 'value', label: this.text('value'), numeric: true, sortValue: (d: DistrictDatum) => d.measure, render: (d: DistrictDatum) => measureText(lang, model, d) }]),
      { key: 'difference', label: this.text(comparing ? 'differenceChange' : 'difference'), numeric: true, sortValue: (d) => d.difference, render: (d) => differenceText(lang, model, d) ?? '–' },
      { key: 'rank', label: this.text('rank'), numeric: true, sortValue: (d) => d.rank, render: (d) => (d.rank === null ? '–' : String(d.rank)) },
      { key: 'class', label: this.text('classColumn'), sortValue: (d) => (d.classIndex === null ? null : d.classIndex), render: (d) => classText(lang, model, d) },
    ];
    const caption = [
      this.text('tableCaption', { indicator: indicatorLabel(lang, model), period: periodText(lang, model), level: levelLabel(lang, model) }),
      this.text(comparing ? 'tableCaptionChange' : 'tableCaptionTotal', { total: cityText(lang, model) }),
      this.text(comparing ? 'rankNoteChange' : 'rankNote'),
    ].join(' · ');
    const table = renderTable({ lang, caption, columns, rows: model.districts, sort: this.sort, rowClass: (d) => (d.id === this.selected ? 'selected' : '') });
    if (this.view !== 'table') return table;
    return html`${this.renderControls(model)} ${table} ${this.renderActions(false)}`;
  }
}

