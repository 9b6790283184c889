/**
 * Downloads of the profile: CSV (the table with the attribution below it), and the profile as a
 * standalone SVG document or as a PNG drawn from it. Under a strict CSP the SVG becomes an image
 * through a `blob:` URL, which the documented policy allows (`img-src blob:`).
 */
import { toCsv } from '../../shared/download.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { Lang } from '../../shared/i18n.ts';
import { csvTable, differenceText, indicatorLabel, rankText, valueText, wholeValueText } from './describe.ts';
import { text } from './district-profile.texts.ts';
import { spinePosition, type ProfileModel } from './model/profile-model.ts';

export interface ExportFrame {
  readonly title: string;
  readonly subtitle: string;
  /** Source, licence, "Stand" and the "Beispieldaten" mark, one line each. */
  readonly credits: readonly string[];
}

/** The CSV text: the table, an empty line, then title and credits so the file says where it comes from. */
export function profileCsv(lang: Lang, model: ProfileModel, whole: string, frame: ExportFrame, wholeTo = whole): string {
  const { header, rows } = csvTable(lang, model, whole, wholeTo);
  return toCsv(lang, header, [...rows, [], [frame.title], ...frame.credits.map((line) => [line])]);
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WIDTH = 760;
const MARGIN = 16;
const ROW = 58;
const HEAD = 64;
const SPINE_X = 500;
const SPINE_WIDTH = WIDTH - SPINE_X - MARGIN;

/** The profile as an SVG document: every row's texts and its spine, with presentation attributes only. */
export function profileSvg(lang: Lang, model: ProfileModel, whole: string, frame: ExportFrame, fontFamily = 'sans-serif'): { markup: string; width: number; height: number } {
  const rowsTop = HEAD;
  const footTop = rowsTop + model.rows.length * ROW + 12;
  const height = footTop + frame.credits.length * 16 + 12;
  const parts: string[] = [];
  const textAt = (x: number, y: number, content: string, attributes = '') => parts.push(`<text x="${x}" y="${y}"${attributes}>${escapeXml(content)}</text>`);
  textAt(MARGIN, 26, frame.title, ' font-size="18" font-weight="600"');
  textAt(MARGIN, 46, frame.subtitle, ' font-size="13" fill="#57606a"');
  model.rows.forEach((row, index) => {
    const top = rowsTop + index * ROW;
    parts.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${top}" y2="${top}" stroke="#d0d7de"/>`);
    textAt(MARGIN, top + 20, `${indicatorLabel(lang, row.indicator)} (${formatPeriod(lang, row.period)})`, ' font-size="14" font-weight="600"');
    textAt(MARGIN, top + 40, `${valueText(lang, row)} · ${whole}: ${wholeValueText(lang, row)} · ${differenceText(lang, row)}`, ' font-size="12"');
    textAt(MARGIN, top + 54, rankText(lang, row.rank), ' font-size="11" fill="#57606a"');
    const spine = row.spine;
    if (!spine) return;
    const x = (value: number) => (SPINE_X + spinePosition(spine, value) * SPINE_WIDTH).toFixed(1);
    const mid = top + 30;
    parts.push(`<line x1="${x(spine.min)}" x2="${x(spine.max)}" y1="${mid}" y2="${mid}" stroke="#57606a" stroke-width="2"/>`);
    parts.push(`<rect x="${x(spine.q1)}" y="${mid - 7}" width="${(Number(x(spine.q3)) - Number(x(spine.q1))).toFixed(1)}" height="14" fill="#c9d6e3"/>`);
    if (spine.wholeOnSpine && spine.whole !== null) parts.push(`<line x1="${x(spine.whole)}" x2="${x(spine.whole)}" y1="${mid - 12}" y2="${mid + 12}" stroke="#1f2328" stroke-width="2"/>`);
    if (spine.area !== null) parts.push(`<circle cx="${x(spine.area)}" cy="${mid}" r="6" fill="#0b5cad" stroke="#ffffff" stroke-width="1.5"/>`);
  });
  frame.credits.forEach((line, index) => textAt(MARGIN, footTop + 12 + index * 16, line, ' font-size="11" fill="#57606a"'));
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(fontFamily)}" fill="#1f2328"><title>${escapeXml(frame.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { markup, width: WIDTH, height };
}

/** Draws an SVG document onto a canvas at `scale` and returns the PNG. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The file name stem: "steckbrief-feldmark". */
export function fileStem(lang: Lang, model: ProfileModel): string {
  return `${text(lang, 'profileFile')} ${model.areaName}`;
}
