/**
 * The map's downloads: the CSV of the shown values and the PNG of the map as drawn (WebGL canvas
 * or the SVG), with title, names, legend and the source line. The element only gathers what is
 * on screen and hands it over.
 */
import type { Attribution } from '../../shared/base-element.ts';
import { fileSlug, toCsv } from '../../shared/download.ts';
import { t, type Lang } from '../../shared/i18n.ts';
import { licenseInfo } from '../../shared/licenses.ts';
import { csvRows, indicatorLabel, legendItems } from './describe.ts';
import type { MapModel } from './model/district-data.ts';
import type { LevelGeometry } from './model/geometry.ts';
import type { PlacedLabel } from './model/labels.ts';
import { composePng, svgImage, type PngLegendEntry } from './png.ts';
import { svgDocument } from './svg-renderer.ts';

/** The shown values as CSV text (German: `;` and decimal comma), the city total last. */
export function csvText(lang: Lang, model: MapModel): string {
  const [header, ...rows] = csvRows(lang, model);
  return toCsv(lang, header as string[], rows);
}

/** `arbeitslosenanteil-2023.csv`, or with the comparison period first when comparing. */
export function fileName(lang: Lang, model: MapModel, extension: string): string {
  return `${fileSlug(`${indicatorLabel(lang, model)} ${model.compare ? `${model.compare} ` : ''}${model.period}`)}.${extension}`;
}

/** The legend as the PNG draws it: each class with its count, then the districts without a number. */
export function legendEntries(lang: Lang, model: MapModel): PngLegendEntry[] {
  return legendItems(lang, model).map(({ label, count, color, pattern }) => ({ text: `${label} (${count})`, ...(color ? { color } : {}), ...(pattern ? { pattern } : {}) }));
}

/** Sources and licence in one line. */
export function footerLine(lang: Lang, { sources, license, licenseUrl }: Attribution): string {
  return [sources.map((s) => (typeof s === 'string' ? s : s.title)).join('; '), license ? `${t(lang, 'license')}: ${licenseInfo(license, licenseUrl).name}` : ''].filter(Boolean).join(' · ');
}

export interface MapPngInput {
  readonly lang: Lang;
  readonly model: MapModel;
  readonly geometry: LevelGeometry;
  /** The map's width on screen in CSS pixels. */
  readonly width: number;
  /** The WebGL canvas when WebGL draws (settled); else the map is drawn from the SVG. */
  readonly canvas?: HTMLCanvasElement | undefined;
  /** Colour of the borders between districts in the SVG. */
  readonly outline: string;
  readonly title: string;
  readonly subtitle: string;
  readonly attribution: Attribution;
  /** The names shown on the map, in viewBox units. */
  readonly labels: readonly PlacedLabel[];
  readonly fontFamily: string;
}

/** The map as a PNG image: title, map, names, legend and sources. */
export async function mapPng(input: MapPngInput): Promise<Blob> {
  const { lang, model, geometry, width, canvas } = input;
  const height = (width * geometry.layout.height) / geometry.layout.width;
  let drawMap: (c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => void;
  if (canvas) drawMap = (c, x, y, w, h) => c.drawImage(canvas, x, y, w, h);
  else {
    const image = await svgImage(svgDocument(geometry, model.byId, width, input.outline));
    drawMap = (c, x, y, w, h) => c.drawImage(image, x, y, w, h);
  }
  const ppu = width / geometry.layout.width;
  return composePng({
    title: input.title,
    subtitle: input.subtitle,
    width,
    height,
    drawMap,
    labels: input.labels.map((l) => ({ text: l.text, x: l.x * ppu, y: l.y * ppu })),
    legend: legendEntries(lang, model),
    footer: footerLine(lang, input.attribution),
    fontFamily: input.fontFamily,
  });
}
