/**
 * The map as a vector picture for the SVG and PNG downloads: the districts as the SVG renderer
 * draws them, the names shown on the map, and the legend under it, with the same colours and
 * patterns. Both downloads come from this one SVG; a basemap (optional, off by default) is not in
 * them, since its tiles are pictures of another server.
 */
import type { ChartPicture } from '../../shared/download.ts';
import { escapeXml } from '../../shared/export-image.ts';
import type { MapModel } from './model/district-data.ts';
import type { LevelGeometry } from './model/geometry.ts';
import type { PlacedLabel } from './model/labels.ts';
import { NO_VALUE_STYLE, type NoValueKind } from './palettes.ts';
import { svgDocument } from './svg-renderer.ts';

export interface MapLegendEntry {
  readonly text: string;
  readonly color?: string;
  readonly pattern?: NoValueKind;
}

export interface MapPictureInput {
  readonly model: MapModel;
  readonly geometry: LevelGeometry;
  /** The map's width in CSS pixels. */
  readonly width: number;
  /** Colour of the borders between districts. */
  readonly outline: string;
  /** The names shown on the map, in viewBox units. */
  readonly labels: readonly PlacedLabel[];
  readonly legend: readonly MapLegendEntry[];
  /** The legend's heading (the indicator and its unit). */
  readonly legendTitle: string;
  readonly fontFamily: string;
}

const ROW = 20;
const SWATCH = { width: 22, height: 14 };
const safeColor = (c: string | undefined) => (c && /^#[0-9a-f]{3,8}$/i.test(c) ? c : '#ffffff');

/** Legend patterns in screen pixels (the map's own are in map units). */
function legendPatterns(): string {
  const m = NO_VALUE_STYLE.missing;
  const s = NO_VALUE_STYLE.suppressed;
  return `<pattern id="legend-missing" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="${m.background}"/><circle cx="4" cy="4" r="1.3" fill="${m.ink}"/></pattern><pattern id="legend-suppressed" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="${s.background}"/><path d="M0 8L8 0M-4 4L4 -4M4 12L12 4" stroke="${s.ink}" stroke-width="1.5"/></pattern>`;
}

export function mapPicture(input: MapPictureInput): ChartPicture {
  const { geometry, model, width } = input;
  const mapHeight = Math.round((width * geometry.layout.height) / geometry.layout.width);
  const ppu = width / geometry.layout.width;
  const labels = input.labels
    .map(
      (l) =>
        `<text x="${(l.x * ppu).toFixed(1)}" y="${(l.y * ppu).toFixed(1)}" text-anchor="middle" dominant-baseline="central" font-size="12" font-weight="600" fill="#1f2328" stroke="#ffffff" stroke-width="3" stroke-opacity="0.9" paint-order="stroke" stroke-linejoin="round">${escapeXml(l.text)}</text>`,
    )
    .join('');
  const legendTop = mapHeight + 16;
  const legendRows = input.legend
    .map((entry, index) => {
      const y = legendTop + 22 + index * ROW;
      const fill = entry.pattern ? `url(#legend-${entry.pattern})` : safeColor(entry.color);
      return `<rect x="0.5" y="${y + 0.5}" width="${SWATCH.width - 1}" height="${SWATCH.height - 1}" fill="${fill}" stroke="#57606a"/><text x="${SWATCH.width + 8}" y="${y + SWATCH.height / 2}" dominant-baseline="central" font-size="13" fill="#1f2328">${escapeXml(entry.text)}</text>`;
    })
    .join('');
  const height = legendTop + 22 + input.legend.length * ROW;
  const map = svgDocument(geometry, model.byId, width, input.outline);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily)}">` +
    `<defs>${legendPatterns()}</defs>${map}<g class="labels">${labels}</g>` +
    `<g class="legend"><text x="0" y="${legendTop + 8}" dominant-baseline="central" font-size="13" font-weight="600" fill="#1f2328">${escapeXml(input.legendTitle)}</text>${legendRows}</g></svg>`;
  return { markup, width, height };
}
