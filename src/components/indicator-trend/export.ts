/**
 * The trend's downloads: CSV and XLSX of the shown series (numbers as numbers, flags in words),
 * and the chart as SVG or PNG: the plot rendered off-screen by vega from the same spec the widget
 * draws (`view.toSVG()`), with the legend, the keys and the notes — which the widget draws itself
 * as HTML — redrawn under it, so the lines can be told apart in the file.
 */
import type { VisualizationSpec } from 'vega-embed';
import type { Attribution } from '../../shared/base-element.ts';
import type { ChartPicture, ExportSource, ExportTable } from '../../shared/download.ts';
import { exportMeta, shownLabel, statusesIn } from '../../shared/export-meta.ts';
import type { Lang } from '../../shared/i18n.ts';
import { localized } from '../../shared/i18n.ts';
import { csvTable, joinWords } from './describe.ts';
import { loadVegaEngine } from './engine.ts';
import type { TrendModel, TrendSeries } from './model/series.ts';
import { formatPeriod } from '../../shared/format.ts';

/** The shown series as one table: a row per period. */
export function trendTable(lang: Lang, model: TrendModel, shown: readonly TrendSeries[]): ExportTable {
  return csvTable(lang, model, shown);
}

export interface TrendExportInput {
  readonly lang: Lang;
  readonly model: TrendModel;
  readonly shown: readonly TrendSeries[];
  readonly title: string;
  readonly attribution: Attribution;
  readonly publisher?: string;
  readonly example: boolean;
  readonly address?: string;
  readonly fontFamily?: string;
  /** The spec of the plot for the file (light colours); absent in the table view. */
  readonly spec?: () => VisualizationSpec;
  /** The legend, keys and notes as shown, to be redrawn under the plot. */
  readonly legend?: () => readonly Element[];
}

const sizeOf = (markup: string, name: 'width' | 'height') => Number(new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)"`).exec(markup)?.[1] ?? 0);

/** The plot as vega draws it for a file, with the HTML legend redrawn under it. */
async function trendPicture(spec: VisualizationSpec, legend: readonly Element[]): Promise<ChartPicture> {
  const [engine, image] = await Promise.all([loadVegaEngine(), import('../../shared/export-image.ts')]);
  const markup = await (await engine.exportImage(spec, 'svg')).text();
  const plot = { markup, width: sizeOf(markup, 'width'), height: sizeOf(markup, 'height') };
  const keys = legend.filter((e) => e.isConnected && e.getBoundingClientRect().height > 0).map((e) => image.domToSvg(e));
  return image.stackPictures([...keys.slice(0, 1), plot, ...keys.slice(1)]);
}

export function trendExport(input: TrendExportInput): ExportSource {
  const { lang, model, shown } = input;
  const table = trendTable(lang, model, shown);
  const first = model.periods[0];
  const last = model.periods[model.periods.length - 1];
  const indicator = localized(lang, model.indicator.label, model.indicator.labelEn);
  const meta = exportMeta({
    lang,
    title: input.title,
    shown: [
      [shownLabel(lang, 'indicator'), `${indicator}${model.indicator.unit ? ` (${model.indicator.unit})` : ''}`],
      [shownLabel(lang, 'period'), first && last ? (first === last ? formatPeriod(lang, first) : `${formatPeriod(lang, first)} – ${formatPeriod(lang, last)}`) : ''],
      [shownLabel(lang, 'areas'), joinWords(lang, shown.map((s) => s.label))],
    ],
    attribution: input.attribution,
    publisher: input.publisher,
    example: input.example,
    statuses: statusesIn(lang, table.rows.flat()),
    address: input.address,
  });
  const { spec, legend } = input;
  return {
    lang,
    name: model.label,
    meta,
    tables: [table],
    ...(input.fontFamily ? { fontFamily: input.fontFamily } : {}),
    ...(spec ? { chart: () => trendPicture(spec(), legend?.() ?? []) } : {}),
  };
}
