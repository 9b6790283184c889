/**
 * Downloads of the profile: CSV and XLSX of the table (a row per indicator), and the profile as
 * SVG or PNG: every row's words and its spine, drawn as an SVG document of its own (the widget's
 * HTML rows are not copied), framed by the caption of export-meta.ts.
 */
import type { Attribution } from '../../shared/base-element.ts';
import type { ChartPicture, ExportSource, ExportTable } from '../../shared/download.ts';
import { exportMeta, shownLabel, statusesIn } from '../../shared/export-meta.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { Lang } from '../../shared/i18n.ts';
import { csvTable, differenceText, indicatorLabel, levelLabel, rankText, valueText, wholeValueText } from './describe.ts';
import { text } from './district-profile.texts.ts';
import { spinePosition, type ProfileModel } from './model/profile-model.ts';

/** The table: a row per indicator, numbers as numbers. */
export function profileTable(lang: Lang, model: ProfileModel, whole: string, wholeTo = whole): ExportTable {
  return csvTable(lang, model, whole, wholeTo);
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WIDTH = 760;
const MARGIN = 16;
const ROW = 58;
const SPINE_X = 500;
const SPINE_WIDTH = WIDTH - SPINE_X - MARGIN;

/** The profile's rows as an SVG document: every row's texts and its spine, with presentation attributes only. */
export function profileSvg(lang: Lang, model: ProfileModel, whole: string, fontFamily = 'sans-serif'): ChartPicture {
  const height = model.rows.length * ROW + 8;
  const parts: string[] = [];
  const textAt = (x: number, y: number, content: string, attributes = '') => parts.push(`<text x="${x}" y="${y}"${attributes}>${escapeXml(content)}</text>`);
  model.rows.forEach((row, index) => {
    const top = index * ROW;
    parts.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${top}" y2="${top}" stroke="#d0d7de"/>`);
    textAt(MARGIN, top + 20, `${indicatorLabel(lang, row.indicator)} (${formatPeriod(lang, row.period)})`, ' font-size="14" font-weight="600"');
    textAt(MARGIN, top + 40, `${valueText(lang, row)} · ${whole}: ${wholeValueText(lang, row)} · ${differenceText(lang, row)}`, ' font-size="12"');
    textAt(MARGIN, top + 54, rankText(lang, row.rank), ' font-size="12" fill="#57606a"');
    const spine = row.spine;
    if (!spine) return;
    const x = (value: number) => (SPINE_X + spinePosition(spine, value) * SPINE_WIDTH).toFixed(1);
    const mid = top + 30;
    parts.push(`<line x1="${x(spine.min)}" x2="${x(spine.max)}" y1="${mid}" y2="${mid}" stroke="#57606a" stroke-width="2"/>`);
    parts.push(`<rect x="${x(spine.q1)}" y="${mid - 7}" width="${(Number(x(spine.q3)) - Number(x(spine.q1))).toFixed(1)}" height="14" fill="#c9d6e3"/>`);
    if (spine.wholeOnSpine && spine.whole !== null) parts.push(`<line x1="${x(spine.whole)}" x2="${x(spine.whole)}" y1="${mid - 12}" y2="${mid + 12}" stroke="#1f2328" stroke-width="2"/>`);
    if (spine.area !== null) parts.push(`<circle cx="${x(spine.area)}" cy="${mid}" r="6" fill="#0b5cad" stroke="#ffffff" stroke-width="1.5"/>`);
  });
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(fontFamily)}" fill="#1f2328">${parts.join('')}</svg>`;
  return { markup, width: WIDTH, height };
}

export interface ProfileExportInput {
  readonly lang: Lang;
  readonly model: ProfileModel;
  /** The whole's name ("Gesamtstadt", "Kreis Wesel") and its "to …" form. */
  readonly whole: string;
  readonly wholeTo: string;
  readonly title: string;
  readonly attribution: Attribution;
  readonly publisher?: string;
  readonly example: boolean;
  readonly address?: string;
  readonly fontFamily?: string;
}

export function profileExport(input: ProfileExportInput): ExportSource {
  const { lang, model } = input;
  const table = profileTable(lang, model, input.whole, input.wholeTo);
  const periods = [...new Set(model.rows.map((r) => r.period))].sort();
  const meta = exportMeta({
    lang,
    title: input.title,
    shown: [
      [shownLabel(lang, 'area'), model.areaName],
      [shownLabel(lang, 'level'), levelLabel(lang, model.level)],
      [shownLabel(lang, 'period'), periods.map((p) => formatPeriod(lang, p)).join(', ')],
    ],
    attribution: input.attribution,
    publisher: input.publisher,
    example: input.example,
    statuses: statusesIn(lang, table.rows.flat()),
    address: input.address,
  });
  const fontFamily = input.fontFamily ?? 'sans-serif';
  return { lang, name: fileStem(lang, model), meta, tables: [table], fontFamily, chart: async () => profileSvg(lang, model, input.whole, fontFamily) };
}

/** The file name stem: "steckbrief-feldmark". */
export function fileStem(lang: Lang, model: ProfileModel): string {
  return `${text(lang, 'profileFile')} ${model.areaName}`;
}
