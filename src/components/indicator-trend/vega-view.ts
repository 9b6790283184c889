/**
 * The trend's running vega view as a ReactiveController: after every update of the element it
 * draws the chart (when the model, the theme or the box changed), or only passes the hidden
 * series and the focused point to the running view; it resizes the view with its box, and
 * finalises it (timers, listeners, observers) when the element leaves the page or shows no chart.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Result, VisualizationSpec } from 'vega-embed';
import type { TooltipHandler } from 'vega';
import { ResizeController } from '../../shared/controllers/resize.ts';
import { afterNextPaint } from '../../shared/yield.ts';
import { loadVegaEngine, type VegaEngine } from './engine.ts';
import type { TrendModel } from './model/series.ts';
import { chartFontSize, chartHeight, chartWidth, DEFAULT_THEME, FOCUS_PARAM, FORCED_COLORS_THEME, HIDDEN_PARAM, themeFromStyle, type TrendTheme } from './spec.ts';

export interface VegaViewOptions {
  /** The box to draw into and the model to draw; null when no chart is shown. */
  readonly target: () => { readonly container: HTMLElement; readonly model: TrendModel } | null;
  /** The spec for a model at a width and in a theme. */
  readonly spec: (model: TrendModel, width: number, theme: TrendTheme) => VisualizationSpec;
  /** What the running view shows besides the spec: hidden series, the point in focus ('' for none). */
  readonly signals: () => { readonly hidden: readonly string[]; readonly focus: string };
  readonly tooltip: TooltipHandler;
  /** Resolves when the element is near the viewport: vega is imported only then. */
  readonly whenNear: () => Promise<void>;
  /** Drawing failed (vega could not load, or the spec did not run). */
  readonly onError: (error: unknown) => void;
}

export class VegaViewController implements ReactiveController {
  private result?: Result;
  private engine?: VegaEngine;
  private drawnModel?: TrendModel;
  private drawnTheme?: TrendTheme;
  private drawnContainer?: HTMLElement;
  private drawing?: Promise<void>;
  /** Whether this view has drawn a chart before (the first drawing waits for a paint). */
  private everDrawn = false;
  private token = 0;
  private drawnWidth = 0;
  private frame = 0;
  private readonly resize: ResizeController;
  private readonly forcedColors = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : undefined;
  private readonly darkScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  /** The colours the legend read in this update's render: the drawing after it takes them instead of reading again. */
  private themeOfRender?: TrendTheme;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VegaViewOptions,
  ) {
    host.addController(this);
    // Resize in the next frame: resizing the view inside the observer's callback changes the observed box again.
    this.resize = new ResizeController(host, {
      onResize: (width) => {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.resized(width));
      },
    });
  }

  /** The running view, while there is one. */
  get view(): Result['view'] | undefined {
    return this.result?.view;
  }

  /**
   * Resolves when the current drawing is done. A drawing that a newer one replaced ends early
   * (it waits a frame before vega, and another update may come in that frame): then the newer
   * one is awaited, so that no `qw-ready` fires while the old chart is gone and the new one not
   * yet drawn.
   */
  async drawn(): Promise<void> {
    let drawing: Promise<void> | undefined;
    do {
      drawing = this.drawing;
      await drawing;
    } while (drawing !== this.drawing);
  }

  hostConnected(): void {
    this.forcedColors?.addEventListener('change', this.onColoursChanged);
    this.darkScheme?.addEventListener('change', this.onColoursChanged);
  }

  hostUpdated(): void {
    const themeOfRender = this.themeOfRender;
    this.themeOfRender = undefined;
    const target = this.options.target();
    if (!target) {
      if (this.result || this.drawing) {
        this.token++;
        this.finalize();
      }
      this.drawing = undefined;
      return;
    }
    const { container, model } = target;
    // Colours are read when something else changes too: a style recalculation on every pointer move is waste.
    if (model === this.drawnModel && this.drawnTheme && container === this.drawnContainer) {
      void this.syncSignals();
      return;
    }
    // Each read of computed colours is a style recalculation of the page: on a page of many widgets, one per drawing.
    const theme = themeOfRender ?? this.theme();
    this.drawnModel = model;
    this.drawnTheme = theme;
    this.drawnContainer = container;
    this.drawing = this.draw(container, model, theme);
  }

  hostDisconnected(): void {
    this.forcedColors?.removeEventListener('change', this.onColoursChanged);
    this.darkScheme?.removeEventListener('change', this.onColoursChanged);
    this.token++;
    this.finalize();
  }

  /** The theme from the element's custom properties, or the system colours under forced colours. */
  theme(): TrendTheme {
    const style = getComputedStyle(this.host);
    const fontPx = Number.parseFloat(style.fontSize);
    if (this.forcedColors?.matches) return { ...FORCED_COLORS_THEME, font: style.fontFamily || FORCED_COLORS_THEME.font, fontSize: chartFontSize(fontPx) };
    return themeFromStyle((name) => style.getPropertyValue(name), style.fontFamily, fontPx);
  }

  /** Colours for the HTML legend, the same the chart was drawn with. */
  legendTheme(): TrendTheme {
    return this.drawnTheme ?? (this.themeOfRender ??= this.theme());
  }

  /**
   * The colours changed (the host's `theme`, the system's light or dark, forced colours): the
   * legend and the chart read them anew in the next update, and the chart is drawn again.
   */
  restyle(): void {
    this.drawnTheme = undefined;
    this.themeOfRender = undefined;
  }

  /** The theme of a downloaded image: a file carries no system colours. */
  exportTheme(): TrendTheme {
    return this.forcedColors?.matches ? DEFAULT_THEME : this.theme();
  }

  /** Passes hidden series and focus to the running view when they changed; resolves when it is drawn again. */
  async syncSignals(): Promise<void> {
    const view = this.result?.view;
    if (!view) return;
    const { hidden, focus } = this.options.signals();
    if (JSON.stringify(view.signal(HIDDEN_PARAM)) === JSON.stringify(hidden) && view.signal(FOCUS_PARAM) === focus) return;
    view.signal(HIDDEN_PARAM, [...hidden]).signal(FOCUS_PARAM, focus);
    await this.engine?.run(view);
  }

  /** Where a value at `instant` is drawn, in px of the view's own coordinates; a gap (null) sits at mid-height. */
  plotPosition(instant: number, value: number | null): { x: number; y: number } | undefined {
    const view = this.result?.view;
    if (!view) return undefined;
    const [originX, originY] = view.origin();
    const x = view.scale('x') as (v: number) => number;
    const y = view.scale('y') as (v: number) => number;
    const plotHeight = Number(view.signal('height')) || 0;
    return { x: originX + x(instant), y: originY + (value === null ? plotHeight / 2 : y(value)) };
  }

  private readonly onColoursChanged = (): void => {
    this.restyle();
    this.host.requestUpdate();
  };

  private async draw(container: HTMLElement, model: TrendModel, theme: TrendTheme): Promise<void> {
    const token = ++this.token;
    try {
      await this.options.whenNear();
      const engine = (this.engine = await loadVegaEngine());
      if (token !== this.token) return;
      // vega's compile and first run are one long task that shows nothing until it ends: on the
      // first drawing the legend and texts, ready since the data came, are painted first. A later
      // drawing (new data, size, colours) has the old chart on screen meanwhile.
      if (!this.everDrawn) {
        await afterNextPaint();
        if (token !== this.token) return;
      }
      this.release();
      const width = chartWidth(container.clientWidth);
      const result = await engine.embed(container, this.options.spec(model, width, theme), this.options.tooltip);
      if (token !== this.token) {
        result.finalize();
        return;
      }
      this.result = result;
      this.everDrawn = true;
      this.drawnWidth = width;
      // The spec starts with the signals' current values: a second run only for a change while vega loaded.
      await this.syncSignals();
      this.resize.observe(container);
    } catch (error) {
      if (token === this.token) {
        this.drawnModel = undefined;
        this.options.onError(error);
      }
    }
  }

  /**
   * `boxWidth` is the observer's: reading the box again here would force a layout of the page,
   * which on a page of many widgets other widgets' changes have made dirty since.
   */
  private resized(boxWidth: number): void {
    const view = this.result?.view;
    if (!view || !boxWidth) return;
    const width = chartWidth(boxWidth);
    if (Math.abs(width - this.drawnWidth) < 2) return;
    this.drawnWidth = width;
    view.width(width).height(chartHeight(width, getComputedStyle(this.host).getPropertyValue('--qw-trend-height')));
    void this.engine?.run(view);
  }

  /** Finalises the view; the next update draws anew. */
  private finalize(): void {
    this.release();
    this.drawnModel = undefined;
    this.drawnContainer = undefined;
  }

  private release(): void {
    cancelAnimationFrame(this.frame);
    this.resize.observe(null);
    this.result?.finalize();
    this.result = undefined;
  }
}
