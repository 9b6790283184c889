/**
 * The gauge's downloads: CSV and XLSX of the tables the table view shows (key figures,
 * projection, areas, sizes; each under its caption), and the chart as SVG or PNG. The chart is
 * HTML with SVG parts (the meter, the projection's columns), so the picture is that chart redrawn
 * from the page as it stands: boxes, words and its SVG parts at their places (`domToSvg`).
 */
import type { Attribution } from '../../shared/base-element.ts';
import { tableFromColumns, type ExportSource, type ExportTable } from '../../shared/download.ts';
import { exportMeta, shownLabel, statusesIn } from '../../shared/export-meta.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { Lang } from '../../shared/i18n.ts';
import { areaColumns, figureColumns, figureRows, projectionColumns, projectionRows, sizeColumns } from './describe.ts';
import { text } from './housing-gauge.texts.ts';
import type { AreaRow, HousingModel } from './model/housing-model.ts';

/** The tables of the table view, in its order. `areaRows` in the order the reader sorted them. */
export function gaugeTables(lang: Lang, model: HousingModel, areaRows: readonly AreaRow[] = model.areas.rows): ExportTable[] {
  const { projection, areas, sizes } = model;
  const tables = [tableFromColumns(figureColumns(lang), figureRows(lang, model), text(lang, 'tableFigures'))];
  if (projection.hasEntries && projection.years.length) {
    tables.push(tableFromColumns(projectionColumns(lang), projectionRows(lang, model), text(lang, 'tableProjection', { from: String(projection.baseYear), to: String(projection.endYear) })));
  }
  if (areas.rows.length && areas.period) tables.push(tableFromColumns(areaColumns(lang, model), areaRows, text(lang, 'tableAreas', { period: formatPeriod(lang, areas.period) })));
  if (sizes.rows.length && sizes.period) tables.push(tableFromColumns(sizeColumns(lang, model), sizes.rows, text(lang, 'tableSizes', { period: formatPeriod(lang, sizes.period) })));
  return tables;
}

export interface GaugeExportInput {
  readonly lang: Lang;
  readonly model: HousingModel;
  readonly title: string;
  /** The place the figures are about ("Wesel", "Kreis Wesel"). */
  readonly place: string;
  readonly areaRows?: readonly AreaRow[];
  readonly attribution: Attribution;
  readonly publisher?: string;
  readonly example: boolean;
  readonly address?: string;
  readonly fontFamily?: string;
  /** The chart as shown; absent in the table view. */
  readonly chart?: () => Element | null;
}

export function gaugeExport(input: GaugeExportInput): ExportSource {
  const { lang, model } = input;
  const tables = gaugeTables(lang, model, input.areaRows);
  const meta = exportMeta({
    lang,
    title: input.title,
    shown: [
      [shownLabel(lang, 'area'), input.place],
      [shownLabel(lang, 'period'), formatPeriod(lang, model.stock.period)],
      ...(model.projection.hasEntries && model.projection.years.length ? [[shownLabel(lang, 'horizon'), `${model.projection.baseYear} – ${model.projection.endYear}`] as const] : []),
      ...(model.areas.level ? [[shownLabel(lang, 'level'), lang === 'en' && model.areas.level.labelEn ? model.areas.level.labelEn : model.areas.level.label] as const] : []),
    ],
    attribution: input.attribution,
    publisher: input.publisher,
    example: input.example,
    statuses: statusesIn(lang, tables.flatMap((t) => t.rows.flat())),
    address: input.address,
  });
  const element = input.chart;
  return {
    lang,
    name: input.title,
    meta,
    tables,
    ...(input.fontFamily ? { fontFamily: input.fontFamily } : {}),
    ...(element
      ? {
          chart: async () => {
            const root = element();
            if (!root) throw new Error('The chart is not on the page');
            const { domToSvg } = await import('../../shared/export-image.ts');
            return domToSvg(root);
          },
        }
      : {}),
  };
}
