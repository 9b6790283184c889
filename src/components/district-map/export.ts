/**
 * The map's downloads: CSV and XLSX of the shown values (the table view's rows, the whole last),
 * SVG and PNG of the map with its names and legend (map-svg.ts, loaded with the click), each
 * with the description of export-meta.ts. The element only gathers what is on screen.
 */
import type { Attribution } from '../../shared/base-element.ts';
import type { ChartPicture, ExportSource, ExportTable } from '../../shared/download.ts';
import { exportMeta, shownLabel, statusesIn } from '../../shared/export-meta.ts';
import type { Lang } from '../../shared/i18n.ts';
import { csvRows, indicatorLabel, legendItems, levelLabel, periodText } from './describe.ts';
import type { MapModel } from './model/district-data.ts';
import type { LevelGeometry } from './model/geometry.ts';
import type { PlacedLabel } from './model/labels.ts';
import type { MapLegendEntry } from './map-svg.ts';

/** The shown values as one table: a row per district, the whole last. */
export function mapTable(lang: Lang, model: MapModel): ExportTable {
  const [header, ...rows] = csvRows(lang, model);
  return { header: header as string[], rows };
}

/** `Arbeitslosenanteil 2023`, or with the comparison period first when comparing. */
export function fileName(lang: Lang, model: MapModel): string {
  return `${indicatorLabel(lang, model)} ${model.compare ? `${model.compare} ` : ''}${model.period}`;
}

/** The legend as the picture draws it: each class with its count, then the districts without a number. */
export function legendEntries(lang: Lang, model: MapModel): MapLegendEntry[] {
  return legendItems(lang, model).map(({ label, count, color, pattern }) => ({ text: `${label} (${count})`, ...(color ? { color } : {}), ...(pattern ? { pattern } : {}) }));
}

export interface MapExportInput {
  readonly lang: Lang;
  readonly model: MapModel;
  readonly title: string;
  readonly attribution: Attribution;
  readonly publisher?: string;
  readonly example: boolean;
  readonly address?: string;
  readonly fontFamily?: string;
  /** What the picture needs; absent in the table view (no chart shown). */
  readonly picture?: {
    readonly geometry: LevelGeometry;
    readonly width: number;
    readonly outline: string;
    readonly labels: readonly PlacedLabel[];
  };
}

export function mapExport(input: MapExportInput): ExportSource {
  const { lang, model, picture } = input;
  const table = mapTable(lang, model);
  const meta = exportMeta({
    lang,
    title: input.title,
    shown: [
      [shownLabel(lang, 'indicator'), `${indicatorLabel(lang, model)}${model.indicator.unit ? ` (${model.indicator.unit})` : ''}`],
      [shownLabel(lang, 'period'), periodText(lang, model)],
      [shownLabel(lang, 'level'), levelLabel(lang, model)],
    ],
    attribution: input.attribution,
    publisher: input.publisher,
    example: input.example,
    statuses: statusesIn(lang, table.rows.flat()),
    address: input.address,
  });
  const fontFamily = input.fontFamily ?? 'sans-serif';
  const chart = picture
    ? async (): Promise<ChartPicture> => {
        const { mapPicture } = await import('./map-svg.ts');
        return mapPicture({ model, ...picture, legend: legendEntries(lang, model), legendTitle: indicatorLabel(lang, model), fontFamily });
      }
    : undefined;
  return { lang, name: fileName(lang, model), meta, tables: [table], fontFamily, ...(chart ? { chart } : {}) };
}
