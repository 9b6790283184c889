/**
 * The chart engine, loaded on first use: vega, vega-lite and vega-embed with vega-interpreter,
 * so that no expression is ever compiled with `new Function` (pages with `script-src 'self'`).
 * The dynamic imports make the bundler split the ~290 kB (gzip) into a chunk that a page
 * without a trend never requests.
 */
import type { EmbedOptions, Result, VisualizationSpec } from 'vega-embed';
import type { TooltipHandler, View } from 'vega';
import { withPlainPrototypeAsync } from './prototype-guard.ts';

export interface VegaEngine {
  /** Renders `spec` into `container` as SVG, without eval, without injected styles or actions. */
  embed(container: HTMLElement, spec: VisualizationSpec, tooltip: TooltipHandler): Promise<Result>;
  /** Runs a view's dataflow and renders it (after a signal or size change). */
  run(view: View): Promise<void>;
  /** The chart as an image file, rendered off-screen from the spec. */
  exportImage(spec: VisualizationSpec, type: 'png' | 'svg'): Promise<Blob>;
}

let pending: Promise<VegaEngine> | undefined;

export function loadVegaEngine(): Promise<VegaEngine> {
  pending ??= Promise.all([import('vega-embed'), import('vega-interpreter')]).then(([embedModule, interpreter]): VegaEngine => {
    const { vega, vegaLite } = embedModule;
    const embed = embedModule.default;
    const { expressionInterpreter } = interpreter;
    const logger = vega.logger(vega.Error);
    const options: EmbedOptions = {
      mode: 'vega-lite',
      renderer: 'svg',
      actions: false,
      // vega-embed would put a <style> into the shadow root or the page's head: blocked by a strict style-src.
      defaultStyle: false,
      ast: true,
      expr: expressionInterpreter,
      hover: false,
      logLevel: vega.Error,
    };
    /** A view of a vega-lite spec: what vega-embed builds for these options. */
    const viewOf = (spec: VisualizationSpec, renderer: 'svg' | 'none'): View =>
      new vega.View(vega.parse(vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0], { logger }).spec, undefined, { ast: true }), { renderer, expr: expressionInterpreter, logger });
    /**
     * vega-embed's work without vega-embed, all of it under the prototype guard, for a page that
     * added enumerable properties to `Object.prototype` (prototype-guard.ts). A page without them
     * takes vega-embed itself, the path the benchmark's baseline takes.
     */
    const embedGuarded = (container: HTMLElement, spec: VisualizationSpec, tooltip: TooltipHandler): Promise<Result> =>
      withPlainPrototypeAsync(async () => {
        const view = viewOf(spec, 'svg');
        view.tooltip(tooltip);
        container.replaceChildren();
        view.initialize(container);
        await view.runAsync();
        return { view, spec, vgSpec: {}, embedOptions: options, finalize: () => view.finalize() };
      });
    return {
      embed: (container, spec, tooltip) => (Object.keys(Object.prototype).length ? embedGuarded(container, spec, tooltip) : embed(container, spec, { ...options, tooltip })),
      run: (view) => withPlainPrototypeAsync(async () => void (await view.runAsync())),
      exportImage: (spec, type) =>
        withPlainPrototypeAsync(async () => {
          const view = viewOf(spec, 'none');
          try {
            await view.runAsync();
            if (type === 'svg') return new Blob([await view.toSVG()], { type: 'image/svg+xml;charset=utf-8' });
            const canvas = (await view.toCanvas(2)) as unknown as HTMLCanvasElement;
            return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
          } finally {
            view.finalize();
          }
        }),
    };
  });
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
