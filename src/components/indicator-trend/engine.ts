/**
 * The chart engine, loaded on first use: vega, vega-lite and vega-embed with vega-interpreter,
 * so that no expression is ever compiled with `new Function` (pages with `script-src 'self'`).
 * The dynamic imports make the bundler split the ~290 kB (gzip) into a chunk that a page
 * without a trend never requests.
 */
import type { EmbedOptions, Result, VisualizationSpec } from 'vega-embed';
import type { TooltipHandler, View } from 'vega';

export interface VegaEngine {
  /** Renders `spec` into `container` as SVG, without eval, without injected styles or actions. */
  embed(container: HTMLElement, spec: VisualizationSpec, tooltip: TooltipHandler): Promise<Result>;
  /** The chart as an image file, rendered off-screen from the spec. */
  exportImage(spec: VisualizationSpec, type: 'png' | 'svg'): Promise<Blob>;
}

let pending: Promise<VegaEngine> | undefined;

export function loadVegaEngine(): Promise<VegaEngine> {
  pending ??= Promise.all([import('vega-embed'), import('vega-interpreter')]).then(([embedModule, interpreter]): VegaEngine => {
    const { vega, vegaLite } = embedModule;
    const embed = embedModule.default;
    const { expressionInterpreter } = interpreter;
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
    return {
      embed: (container, spec, tooltip) => embed(container, spec, { ...options, tooltip }),
      async exportImage(spec, type) {
        const compiled = vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0]).spec;
        const view: View = new vega.View(vega.parse(compiled, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'none' });
        try {
          await view.runAsync();
          if (type === 'svg') return new Blob([await view.toSVG()], { type: 'image/svg+xml;charset=utf-8' });
          const canvas = (await view.toCanvas(2)) as unknown as HTMLCanvasElement;
          return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
        } finally {
          view.finalize();
        }
      },
    };
  });
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
