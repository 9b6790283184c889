/**
 * The WebGL renderer: one maplibre-gl map drawing the districts' fills (with their outlines) and,
 * only when such districts exist, the patterns of districts without a number. Hover, selection and
 * focus are drawn in the SVG overlay above the canvas, so moving the pointer costs no WebGL frame.
 * maplibre is imported lazily, only for a map that is on the page and near the viewport.
 *
 * The map draws a frame only when something changed (data, colours, size); an idle map costs
 * nothing. No multisampling (`fill-antialias` smooths the edges) and no preserved drawing buffer:
 * the downloads draw the map as vectors (map-svg.ts), never from the canvas.
 *
 * No request leaves the page by default: the style is built here (no glyphs, no sprite, no tiles),
 * patterns are generated pixels, attribution and logo controls are off. Only an author's
 * `basemap` style URL is fetched.
 *
 * A browser keeps about 16 WebGL contexts; beyond that it silently kills the oldest. A page with
 * many maps therefore gets at most {@link MAX_WEBGL_MAPS} WebGL maps, the rest draw as SVG.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { FEATURE_ID_PROPERTY } from './model/geometry.ts';
import { NO_VALUE_STYLE, type NoValueKind } from './palettes.ts';
import { chooseRenderer, webglSupportOf, type RendererPreference, type WebglSupport } from './renderer-choice.ts';

type MaplibreModule = typeof import('maplibre-gl');

let modulePromise: Promise<MaplibreModule> | undefined;

/** Imports maplibre-gl once per page. */
export function loadMaplibre(): Promise<MaplibreModule> {
  if (!modulePromise) {
    modulePromise = import('maplibre-gl');
    modulePromise.catch(() => (modulePromise = undefined));
  }
  return modulePromise;
}

export const MAX_WEBGL_MAPS = 8;
let reservedSlots = 0;
let liveMaps = 0;
let webglMissing = false;

/** WebGL maps alive on the page (created and not yet removed). */
export function liveMapCount(): number {
  return liveMaps;
}

/** Whether this browser has shown it cannot create a WebGL2 context; later maps skip the attempt. */
export function webglKnownMissing(): boolean {
  return webglMissing;
}

let support: WebglSupport | undefined;

/**
 * Asks the browser once for a WebGL2 context before anything imports maplibre: without WebGL
 * (administration PCs, virtual desktops) the page then never downloads the 440 kB engine and worker.
 * The same probe reads the renderer's name, to tell software WebGL from a GPU. The probe's
 * context is released at once so it does not count against the browser's limit.
 */
export function webglSupport(): WebglSupport {
  if (support === undefined) {
    const context = document.createElement('canvas').getContext('webgl2');
    let name: string | null = null;
    if (context) {
      const info = context.getExtension('WEBGL_debug_renderer_info');
      const value: unknown = context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER);
      name = typeof value === 'string' ? value : '';
      context.getExtension('WEBGL_lose_context')?.loseContext();
    }
    support = webglSupportOf(name);
    if (support === 'none') webglMissing = true;
  }
  return webglMissing ? 'none' : support;
}

/** Whether a map with this preference draws with WebGL in this browser. */
export function wantsWebgl(preference: RendererPreference, areaCount?: number): boolean {
  if (preference === 'svg') return false;
  // An explicit `webgl` needs no probe (a context, 20–50 ms with software GL): maplibre's own
  // context answers the same question, and a failure there draws SVG and marks WebGL missing.
  if (preference === 'webgl') return !webglMissing;
  return chooseRenderer(preference, webglSupport(), areaCount) === 'webgl';
}

/**
 * Starts downloading maplibre as soon as a map that will draw with WebGL is near the viewport,
 * so the engine arrives while the data is still being fetched and validated, not after.
 */
export function prefetchMaplibre(preference: RendererPreference = 'auto'): void {
  if (wantsWebgl(preference)) loadMaplibre().catch(() => undefined);
}

/** A place in the WebGL budget, or null when the page has used it up. Call the result to give it back. */
export function reserveWebglSlot(): (() => void) | null {
  if (webglMissing || reservedSlots >= MAX_WEBGL_MAPS) return null;
  reservedSlots++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    reservedSlots--;
  };
}

export class WebglUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`WebGL is not available: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'WebglUnavailableError';
  }
}

export interface MapCamera {
  readonly center: [number, number];
  readonly zoom: number;
}

/** What to paint: a colour per district; districts without a number get a pattern. */
export interface MapPaint {
  readonly fills: ReadonlyMap<string, string>;
  readonly missing: readonly string[];
  readonly suppressed: readonly string[];
}

export interface RendererOptions {
  readonly container: HTMLElement;
  readonly data: unknown;
  readonly camera: MapCamera;
  readonly paint: MapPaint;
  readonly basemap?: string;
  readonly outlineColor: string;
  readonly reducedMotion: boolean;
  /** The browser took the WebGL context away (too many contexts, GPU reset). */
  readonly onContextLost: () => void;
}

const SOURCE = 'qw-districts';
export const FILL_LAYER = 'qw-fill';
export const PATTERN_LAYER = 'qw-pattern';
const PATTERN_IMAGE: Record<NoValueKind, string> = { missing: 'qw-missing', suppressed: 'qw-suppressed' };
const LOAD_TIMEOUT_MS = 20_000;

const EMPTY_STYLE: StyleSpecification = { version: 8, sources: {}, layers: [] };

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A pattern tile as pixels: dots for "no data", diagonal hatching for "confidential". The same
 * drawing as the SVG patterns, so both renderers and the legend look alike.
 */
export function patternPixels(kind: NoValueKind, ratio: number): { width: number; height: number; data: Uint8Array } {
  const size = Math.max(4, Math.round(8 * ratio));
  const data = new Uint8Array(size * size * 4);
  const background = rgb(NO_VALUE_STYLE[kind].background);
  const ink = rgb(NO_VALUE_STYLE[kind].ink);
  const lineWidth = Math.max(1, Math.round(1.5 * ratio));
  const dotRadius = 1.3 * ratio;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onInk = kind === 'suppressed' ? (x + y + 1) % size < lineWidth : Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= dotRadius;
      const [r, g, b] = onInk ? ink : background;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/**
 * District ids come from the data and can be anything, `constructor` and `__proto__` included.
 * maplibre keeps `match` branches and feature states in plain objects keyed by the id, where such
 * a name collides with `Object.prototype` (the expression is rejected, nothing is drawn). So each
 * feature gets its position as a numeric id, and every expression and feature state uses that.
 */
export interface NumberedFeatures {
  readonly data: { type: 'FeatureCollection'; features: unknown[] };
  /** District id → the feature's numeric id. */
  readonly keys: ReadonlyMap<string, number>;
}

const numberedCache = new WeakMap<object, NumberedFeatures>();

/** The features with numeric ids (their position), and the lookup from district id to that number. */
export function numberFeatures(data: unknown): NumberedFeatures {
  const source = data as { features?: { properties?: Record<string, unknown> | null }[] } | null;
  const cached = source && typeof source === 'object' ? numberedCache.get(source) : undefined;
  if (cached) return cached;
  const keys = new Map<string, number>();
  const features = (source?.features ?? []).map((feature, index) => {
    const id = feature.properties?.[FEATURE_ID_PROPERTY];
    if (typeof id === 'string' && !keys.has(id)) keys.set(id, index);
    return { ...feature, id: index };
  });
  const numbered: NumberedFeatures = { data: { type: 'FeatureCollection', features }, keys };
  if (source && typeof source === 'object') numberedCache.set(source, numbered);
  return numbered;
}

const idOf: ExpressionSpecification = ['id'];

const keysOf = (ids: readonly string[], keys: ReadonlyMap<string, number>): number[] => ids.flatMap((id) => (keys.has(id) ? [keys.get(id)!] : []));

/** `fill-color` as a `match` on the feature's numeric id, districts grouped by colour. */
export function fillColorExpression(paint: MapPaint, keys: ReadonlyMap<string, number>): ExpressionSpecification | string {
  const byColor = new Map<string, string[]>();
  for (const [id, color] of paint.fills) byColor.set(color, [...(byColor.get(color) ?? []), id]);
  if (paint.suppressed.length) byColor.set(NO_VALUE_STYLE.suppressed.background, [...(byColor.get(NO_VALUE_STYLE.suppressed.background) ?? []), ...paint.suppressed]);
  const fallback = NO_VALUE_STYLE.missing.background;
  const branches = [...byColor].flatMap(([color, ids]) => {
    const numbers = keysOf(ids, keys);
    return numbers.length ? [numbers, color] : [];
  });
  if (branches.length === 0) return fallback;
  return ['match', idOf, ...branches, fallback] as unknown as ExpressionSpecification;
}

function patternFilter(paint: MapPaint, keys: ReadonlyMap<string, number>): FilterSpecification {
  return ['in', idOf, ['literal', keysOf([...paint.missing, ...paint.suppressed], keys)]];
}

function patternExpression(paint: MapPaint, keys: ReadonlyMap<string, number>): ExpressionSpecification | string {
  if (!paint.suppressed.length) return PATTERN_IMAGE.missing;
  if (!paint.missing.length) return PATTERN_IMAGE.suppressed;
  const suppressed = keysOf(paint.suppressed, keys);
  if (!suppressed.length) return PATTERN_IMAGE.missing;
  return ['match', idOf, suppressed, PATTERN_IMAGE.suppressed, PATTERN_IMAGE.missing] as unknown as ExpressionSpecification;
}

export class MaplibreRenderer {
  private removed = false;
  private keys: ReadonlyMap<string, number> = new Map();
  private paint: MapPaint | null = null;
  /** The last frame shows everything asked for: set by maplibre's `idle`, cleared by every change and frame. */
  private settled = false;

  private constructor(
    readonly map: MaplibreMap,
    private readonly release: () => void,
  ) {}

  /**
   * Creates the map and resolves once it has drawn. Rejects with {@link WebglUnavailableError}
   * without WebGL2, or when the map cannot load; the caller then draws SVG.
   */
  static async create(options: RendererOptions, release: () => void, signal?: AbortSignal): Promise<MaplibreRenderer> {
    const maplibre = await loadMaplibre();
    if (signal?.aborted) throw new Error('cancelled');
    let map: MaplibreMap;
    try {
      map = new maplibre.Map({
        container: options.container,
        style: options.basemap || EMPTY_STYLE,
        center: options.camera.center,
        zoom: options.camera.zoom,
        minZoom: 0,
        maxZoom: 24,
        interactive: false,
        attributionControl: false,
        maplibreLogo: false,
        trackResize: false,
        renderWorldCopies: false,
        fadeDuration: 0,
        // Multisampling multiplies the cost of every frame where WebGL runs on the CPU; a preserved
        // buffer costs a copy per frame. The PNG download reads the canvas inside a frame instead.
        canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
      });
    } catch (error) {
      if (error instanceof maplibre.GPUInitializationError) webglMissing = true;
      // maplibre has already put its canvas into the container before finding no WebGL.
      options.container.replaceChildren();
      options.container.classList.remove('maplibregl-map');
      throw new WebglUnavailableError(error);
    }
    liveMaps++;
    const renderer = new MaplibreRenderer(map, release);
    map.on('render', () => (renderer.settled = false));
    map.on('idle', () => (renderer.settled = true));
    let ready = false;
    // Cancelled while loading (element removed): remove the map at once, which ends the waits below.
    signal?.addEventListener('abort', () => renderer.destroy(), { once: true });
    map.on('webglcontextlost', () => {
      if (ready) options.onContextLost();
      // Lost before the first frame: give up the map; `whenLoaded`/`idle` end with its removal.
      else queueMicrotask(() => renderer.destroy());
    });
    try {
      await renderer.whenLoaded(options.basemap);
      renderer.addDistricts(options);
      await renderer.idle();
      if (renderer.isRemoved) throw new Error('WebGL context lost while loading');
      // Never "ready" while blank: a map that drew none of its districts gives way to the SVG.
      if (renderer.districtCount > 0 && renderer.drawnFeatureCount() === 0) throw new Error('WebGL drew no districts');
    } catch (error) {
      renderer.destroy();
      throw error instanceof WebglUnavailableError ? error : new WebglUnavailableError(error);
    }
    ready = true;
    return renderer;
  }

  private whenLoaded(basemap: string | undefined): Promise<void> {
    const map = this.map;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error('map did not load')), LOAD_TIMEOUT_MS);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        map.off('error', onError);
        map.off('load', done);
        map.off('remove', removed);
        if (error) reject(error);
        else resolve();
      };
      const done = () => finish();
      const removed = () => finish(new Error('map removed while loading'));
      // A basemap that cannot be fetched must not cost the districts: carry on without it.
      const onError = () => {
        if (basemap && !map.isStyleLoaded()) map.setStyle(EMPTY_STYLE, { diff: false });
      };
      map.on('error', onError);
      map.on('remove', removed);
      if (map.loaded()) done();
      else map.on('load', done);
    });
  }

  private addDistricts(options: RendererOptions): void {
    const map = this.map;
    const ratio = window.devicePixelRatio || 1;
    for (const kind of ['missing', 'suppressed'] as const) if (!map.hasImage(PATTERN_IMAGE[kind])) map.addImage(PATTERN_IMAGE[kind], patternPixels(kind, ratio), { pixelRatio: ratio });
    const numbered = numberFeatures(options.data);
    this.keys = numbered.keys;
    this.paint = options.paint;
    map.addSource(SOURCE, { type: 'geojson', data: numbered.data as GeoJSON.FeatureCollection });
    const transition = { duration: options.reducedMotion ? 0 : 300, delay: 0 };
    // Outlines come with the fill (`fill-outline-color`): a `line` layer would tessellate and draw every border again.
    map.addLayer({
      id: FILL_LAYER,
      type: 'fill',
      source: SOURCE,
      paint: {
        'fill-color': fillColorExpression(options.paint, this.keys),
        'fill-color-transition': transition,
        'fill-opacity': options.basemap ? 0.8 : 1,
        'fill-antialias': true,
        'fill-outline-color': options.outlineColor,
      },
    });
    this.settled = false;
    this.syncPatternLayer(options.paint);
  }

  /** The pattern layer exists only while some district has no number: no extra layer to draw otherwise. */
  private syncPatternLayer(paint: MapPaint): void {
    const map = this.map;
    const needed = paint.missing.length + paint.suppressed.length > 0 && keysOf([...paint.missing, ...paint.suppressed], this.keys).length > 0;
    const present = map.getLayer(PATTERN_LAYER) !== undefined;
    if (!needed) {
      if (present) map.removeLayer(PATTERN_LAYER);
      return;
    }
    if (!present) {
      map.addLayer({ id: PATTERN_LAYER, type: 'fill', source: SOURCE, filter: patternFilter(paint, this.keys), paint: { 'fill-pattern': patternExpression(paint, this.keys), 'fill-antialias': false } });
      return;
    }
    map.setFilter(PATTERN_LAYER, patternFilter(paint, this.keys));
    map.setPaintProperty(PATTERN_LAYER, 'fill-pattern', patternExpression(paint, this.keys));
  }

  setData(data: unknown): void {
    if (this.removed) return;
    const numbered = numberFeatures(data);
    this.keys = numbered.keys;
    (this.map.getSource(SOURCE) as { setData(d: unknown): void } | undefined)?.setData(numbered.data);
    this.settled = false;
    // The numbers belong to the features: new features, new numbers in the expressions.
    if (this.paint) this.setPaint(this.paint);
  }

  setPaint(paint: MapPaint): void {
    if (this.removed) return;
    this.paint = paint;
    this.map.setPaintProperty(FILL_LAYER, 'fill-color', fillColorExpression(paint, this.keys));
    this.syncPatternLayer(paint);
    this.settled = false;
  }

  /** The numeric id maplibre knows a district by (tests, advanced use). */
  featureKey(id: string): number | undefined {
    return this.keys.get(id);
  }

  /** How many districts the data has. */
  get districtCount(): number {
    return this.keys.size;
  }

  /** How many districts the last frame drew: 0 with districts in the data means a blank map. */
  drawnFeatureCount(): number {
    if (this.removed) return 0;
    return this.map.queryRenderedFeatures({ layers: [FILL_LAYER] }).length;
  }

  setOutlineColor(outline: string): void {
    if (this.removed) return;
    this.map.setPaintProperty(FILL_LAYER, 'fill-outline-color', outline);
    this.settled = false;
  }

  /** Follows a new container size and camera. */
  setCamera(camera: MapCamera): void {
    if (this.removed) return;
    this.map.resize();
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom });
    this.settled = false;
  }

  /**
   * Resolves when the canvas shows everything asked for: at once when nothing changed since the
   * last complete frame (no frame is forced), else after the frame the change causes.
   */
  idle(): Promise<void> {
    if (this.removed || this.settled) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        this.map.off('idle', finish);
        this.map.off('remove', finish);
        resolve();
      };
      this.map.on('idle', finish);
      this.map.on('remove', finish);
      // A no-op while a frame is already scheduled, which is the case after every change.
      this.map.triggerRepaint();
    });
  }

  get canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /** Removes the map; maplibre releases its WebGL context with it. */
  destroy(): void {
    if (this.removed) return;
    this.removed = true;
    liveMaps--;
    this.release();
    try {
      this.map.remove();
    } catch {
      // A map whose context is already lost can fail to clean up; it is gone either way.
    }
  }

  get isRemoved(): boolean {
    return this.removed;
  }
}
