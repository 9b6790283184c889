/**
 * Decides, per map element, whether the WebGL renderer runs, and keeps it in step with what the
 * element shows. The SVG map is always drawn first; WebGL takes over when the element is near the
 * viewport, the renderer choice wants WebGL (a GPU, or `renderer="webgl"`; see renderer-choice.ts),
 * maplibre has loaded, a WebGL context is available within the page's budget and the map has
 * drawn. Without WebGL, on software WebGL under `auto`, beyond the budget, or after a lost context
 * the SVG stays.
 *
 * A ReactiveController: it follows the element after every update, removes the map when the
 * element leaves the page and tries WebGL again when it comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cameraFor, type Layout } from './model/projection.ts';
import { memoByObject } from '../../shared/memo.ts';
import { MaplibreRenderer, reserveWebglSlot, wantsWebgl, type MapPaint } from './maplibre-renderer.ts';
import type { RendererPreference } from './renderer-choice.ts';
import type { MapModel } from './model/district-data.ts';
import type { LevelGeometry } from './model/geometry.ts';

export type RendererKind = 'svg' | 'webgl';

export interface EngineScene {
  /** The slim FeatureCollection; a new object means new geometry. */
  readonly data: unknown;
  readonly layout: Layout;
  /** A new object means new colours. */
  readonly paint: MapPaint;
  readonly basemap?: string;
  readonly outlineColor: string;
  readonly reducedMotion: boolean;
}

/** What the element shows now; null when no WebGL is wanted (SVG forced, table view, no data). */
export interface EngineTarget {
  /** The element WebGL draws into. */
  readonly container: HTMLElement;
  readonly scene: EngineScene;
  /** The map's width in pixels. */
  readonly pixelWidth: number;
  /** The author's choice; `auto` leaves software WebGL to the SVG (see renderer-choice.ts). */
  readonly preference: RendererPreference;
}

export interface MapEngineOptions {
  /** Read after every update of the element. */
  readonly target: () => EngineTarget | null;
  /** The renderer changed; called synchronously, possibly while the element is updating. */
  readonly onKindChange: (kind: RendererKind) => void;
}

/** How far ahead of the viewport maplibre starts loading. */
const VIEWPORT_MARGIN = '300px';

export class MapEngine implements ReactiveController {
  private container: HTMLElement | null = null;
  private scene: EngineScene | null = null;
  private pixelWidth = 0;
  private preference: RendererPreference = 'auto';
  private renderer: MaplibreRenderer | null = null;
  private loading: Promise<void> | null = null;
  private token = 0;
  private abort: AbortController | null = null;
  private failed = false;
  private observer: IntersectionObserver | null = null;
  private near: boolean | undefined;
  private nearKnown: Promise<void> = Promise.resolve();
  private resolveNearKnown: () => void = () => {};
  private applied: { data?: unknown; paint?: MapPaint; width?: number; layout?: Layout; outline?: string } = {};
  private current: RendererKind = 'svg';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MapEngineOptions,
  ) {
    host.addController(this);
  }

  /** Forgets a failure, so that a reconnected element tries WebGL again, and draws again after a move. */
  hostConnected(): void {
    this.failed = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.options.target();
    if (!target) {
      this.stop();
      return;
    }
    const preferenceChanged = target.preference !== this.preference;
    this.preference = target.preference;
    // From `webgl` back to `auto` on software WebGL: the SVG takes over again.
    if (preferenceChanged && (this.renderer || this.loading) && !wantsWebgl(this.preference)) this.restart();
    this.update(target.container, target.scene, target.pixelWidth);
  }

  /** The element left the page: the map and its WebGL context go. */
  hostDisconnected(): void {
    this.stop();
  }

  get kind(): RendererKind {
    return this.current;
  }

  /** The maplibre map while WebGL draws, for advanced use and tests. */
  get map(): MaplibreRenderer['map'] | undefined {
    return this.renderer?.map;
  }

  get canvas(): HTMLCanvasElement | undefined {
    return this.renderer?.canvas;
  }

  private update(container: HTMLElement, scene: EngineScene, pixelWidth: number): void {
    if (container !== this.container) {
      this.stop();
      this.container = container;
      this.observe(container);
    }
    const basemapChanged = this.scene !== null && this.scene.basemap !== scene.basemap;
    this.scene = scene;
    this.pixelWidth = pixelWidth;
    if (basemapChanged && (this.renderer || this.loading)) this.restart();
    if (this.renderer) this.apply();
    else this.maybeStart();
  }

  /** Resolves when what the element shows is drawn: by WebGL if it is coming, else at once. */
  async settled(): Promise<void> {
    if (!this.container || !this.scene || this.failed) return;
    await this.nearKnown;
    if (!this.near) return;
    if (this.loading) await this.loading;
    if (this.renderer) await this.renderer.idle();
  }

  /** Removes the map and every observer (element disconnected or WebGL no longer wanted). */
  private stop(): void {
    this.token++;
    this.abort?.abort();
    this.abort = null;
    this.renderer?.destroy();
    this.renderer = null;
    this.loading = null;
    this.observer?.disconnect();
    this.observer = null;
    this.container = null;
    this.scene = null;
    this.near = undefined;
    this.resolveNearKnown();
    this.applied = {};
    this.setKind('svg');
  }

  private observe(container: HTMLElement): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.near = undefined;
    this.nearKnown = new Promise((resolve) => (this.resolveNearKnown = resolve));
    this.observer = new IntersectionObserver(
      (entries) => {
        this.near = entries[entries.length - 1]!.isIntersecting;
        this.resolveNearKnown();
        if (this.near) this.maybeStart();
      },
      { rootMargin: VIEWPORT_MARGIN },
    );
    this.observer.observe(container);
  }

  private restart(): void {
    this.token++;
    this.abort?.abort();
    this.abort = null;
    this.renderer?.destroy();
    this.renderer = null;
    this.loading = null;
    this.applied = {};
    this.setKind('svg');
  }

  private maybeStart(): void {
    if (this.loading || this.renderer || this.failed || !this.near || !this.container || !this.scene || this.pixelWidth <= 0) return;
    if (!wantsWebgl(this.preference, (this.scene.data as { features?: unknown[] }).features?.length)) return;
    const release = reserveWebglSlot();
    if (!release) return;
    const token = ++this.token;
    const container = this.container;
    const scene = this.scene;
    const abort = (this.abort = new AbortController());
    this.loading = (async () => {
      try {
        const renderer = await MaplibreRenderer.create(
          {
            container,
            data: scene.data,
            camera: cameraFor(scene.layout, this.pixelWidth),
            paint: scene.paint,
            ...(scene.basemap ? { basemap: scene.basemap } : {}),
            outlineColor: scene.outlineColor,
            reducedMotion: scene.reducedMotion,
            onContextLost: () => this.contextLost(token),
          },
          release,
          abort.signal,
        );
        if (token !== this.token) {
          renderer.destroy();
          return;
        }
        this.renderer = renderer;
        this.applied = { data: scene.data, paint: scene.paint, width: this.pixelWidth, layout: scene.layout, outline: scene.outlineColor };
        this.apply();
        await renderer.idle();
        if (token === this.token && !renderer.isRemoved) this.setKind('webgl');
      } catch {
        release();
        if (token === this.token) this.failed = true;
      } finally {
        if (token === this.token) this.loading = null;
      }
    })();
  }

  private contextLost(token: number): void {
    // Defer: maplibre is still inside its own event handler.
    queueMicrotask(() => {
      if (token !== this.token) return;
      this.failed = true;
      this.restart();
    });
  }

  private apply(): void {
    const renderer = this.renderer;
    const scene = this.scene;
    if (!renderer || !scene) return;
    const redrawn = scene.data !== this.applied.data || scene.paint !== this.applied.paint;
    if (scene.data !== this.applied.data) {
      renderer.setData(scene.data);
      this.applied.data = scene.data;
    }
    if (scene.paint !== this.applied.paint) {
      renderer.setPaint(scene.paint);
      this.applied.paint = scene.paint;
    }
    if (redrawn) this.verifyDrawn(renderer);
    if (scene.outlineColor !== this.applied.outline) {
      renderer.setOutlineColor(scene.outlineColor);
      this.applied.outline = scene.outlineColor;
    }
    if (this.pixelWidth !== this.applied.width || scene.layout !== this.applied.layout) {
      if (this.pixelWidth > 0) renderer.setCamera(cameraFor(scene.layout, this.pixelWidth));
      this.applied.width = this.pixelWidth;
      this.applied.layout = scene.layout;
    }
  }

  /**
   * Never "ready" while blank: when new data or colours leave WebGL drawing none of the districts
   * (maplibre rejects an expression only with an error event), the SVG takes over for good.
   */
  private verifyDrawn(renderer: MaplibreRenderer): void {
    const token = this.token;
    void renderer.idle().then(() => {
      if (token !== this.token || renderer.isRemoved || this.pixelWidth <= 0) return;
      if (renderer.districtCount > 0 && renderer.drawnFeatureCount() === 0) {
        console.warn('qw-district-map: WebGL drew no districts; drawing SVG instead');
        this.failed = true;
        this.restart();
      }
    });
  }

  private setKind(kind: RendererKind): void {
    if (kind === this.current) return;
    this.current = kind;
    this.options.onKindChange(kind);
  }
}

/** The model's colours as maplibre paints them; one object per model, so the engine repaints only on a new one. */
export const paintOf = memoByObject(
  (model: MapModel): MapPaint => ({
    fills: new Map(model.districts.flatMap((d) => (d.color ? [[d.id, d.color] as const] : []))),
    missing: model.districts.filter((d) => d.kind === 'missing').map((d) => d.id),
    suppressed: model.districts.filter((d) => d.kind === 'suppressed').map((d) => d.id),
  }),
);

/**
 * What WebGL draws for a model on a level's geometry. Hover, selection and focus are not part of
 * it: the SVG overlay draws them, so they never cost a WebGL frame.
 */
export function sceneOf(model: MapModel, geometry: LevelGeometry, view: { basemap?: string | undefined; outlineColor: string }): EngineScene {
  return {
    data: geometry.featureCollection,
    layout: geometry.layout,
    paint: paintOf(model),
    ...(view.basemap ? { basemap: view.basemap } : {}),
    outlineColor: view.outlineColor,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}
