/**
 * The trend's downloads: the CSV of the shown series (numbers as numbers, flags in words) and
 * the chart as PNG or SVG, rendered off-screen from the same spec the widget draws.
 */
import type { VisualizationSpec } from 'vega-embed';
import { downloadBlob, downloadCsv, fileSlug, toCsv } from '../../shared/download.ts';
import type { Lang } from '../../shared/i18n.ts';
import { csvTable } from './describe.ts';
import { loadVegaEngine } from './engine.ts';
import type { TrendModel, TrendSeries } from './model/series.ts';

/** The shown series as CSV text (German: `;` and decimal comma). */
export function csvText(lang: Lang, model: TrendModel, shown: readonly TrendSeries[]): string {
  const { header, rows } = csvTable(lang, model, shown);
  return toCsv(lang, header, rows);
}

export function downloadTrendCsv(lang: Lang, model: TrendModel, shown: readonly TrendSeries[]): void {
  downloadCsv(`${fileSlug(model.label)}.csv`, csvText(lang, model, shown));
}

/** Downloads the chart as an image; `spec` is built once vega has loaded. */
export async function downloadTrendImage(model: TrendModel, type: 'png' | 'svg', spec: () => VisualizationSpec): Promise<void> {
  const engine = await loadVegaEngine();
  const blob = await engine.exportImage(spec(), type);
  downloadBlob(`${fileSlug(model.label)}.${type}`, blob);
}
