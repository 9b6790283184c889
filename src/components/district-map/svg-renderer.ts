/**
 * The SVG renderer: district paths filled by class, patterns for districts without a number,
 * and the highlight layer (hover, selection, keyboard focus). The same paths are the keyboard
 * and screen-reader structure of the map for both renderers: over a WebGL map they stay
 * transparent and only take pointer and focus.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { DistrictDatum } from './model/district-data.ts';
import type { DistrictShape, LevelGeometry } from './model/geometry.ts';
import { NO_VALUE_STYLE, type NoValueKind } from './palettes.ts';

/** Pattern tile size in screen pixels (the WebGL patterns use the same). */
export const PATTERN_PIXELS = 8;

export const patternId = (prefix: string, kind: NoValueKind): string => `${prefix}-${kind}`;

/** The fill of a district: its class colour or the pattern of its reason. */
export function districtFill(district: DistrictDatum | undefined, prefix: string): string {
  if (district?.color) return district.color;
  return `url(#${patternId(prefix, district?.kind === 'suppressed' ? 'suppressed' : 'missing')})`;
}

/** The two patterns, `size` user units per tile (8 screen pixels at the current scale). */
export function patternDefs(prefix: string, size: number): SVGTemplateResult {
  const missing = NO_VALUE_STYLE.missing;
  const suppressed = NO_VALUE_STYLE.suppressed;
  return svg`<pattern id=${patternId(prefix, 'missing')} patternUnits="userSpaceOnUse" width=${size} height=${size}>
      <rect width=${size} height=${size} fill=${missing.background}></rect>
      <circle cx=${size / 2} cy=${size / 2} r=${size * 0.16} fill=${missing.ink}></circle>
    </pattern>
    <pattern id=${patternId(prefix, 'suppressed')} patternUnits="userSpaceOnUse" width=${size} height=${size}>
      <rect width=${size} height=${size} fill=${suppressed.background}></rect>
      <path d=${`M0 ${size}L${size} 0M${-size / 2} ${size / 2}L${size / 2} ${-size / 2}M${size / 2} ${size * 1.5}L${size * 1.5} ${size / 2}`} stroke=${suppressed.ink} stroke-width=${size * 0.19}></path>
    </pattern>`;
}

export interface DistrictPathOptions {
  readonly geometry: LevelGeometry;
  readonly districts: ReadonlyMap<string, DistrictDatum>;
  readonly label: (district: DistrictDatum | undefined, shape: DistrictShape) => string;
  readonly tabStop: string | null;
  readonly selected: string | null;
  readonly prefix: string;
}

/** One focusable path per district, in reading order (also the order screen readers read). */
export function districtPaths({ geometry, districts, label, tabStop, selected, prefix }: DistrictPathOptions): SVGTemplateResult[] {
  return geometry.order.map((id) => {
    const shape = geometry.byId.get(id)!;
    const district = districts.get(id);
    return svg`<path class="district" data-id=${id} d=${shape.d} fill=${districtFill(district, prefix)} fill-rule="evenodd"
      role="option" aria-selected=${selected === id ? 'true' : 'false'} tabindex=${tabStop === id ? '0' : '-1'} aria-label=${label(district, shape)}></path>`;
  });
}

export interface HighlightOptions {
  readonly geometry: LevelGeometry;
  readonly hovered: string | null;
  readonly selected: string | null;
  readonly focused: string | null;
}

/** Outlines drawn over all districts, so a neighbour never covers them: selection, hover, focus ring. */
export function highlightPaths({ geometry, hovered, selected, focused }: HighlightOptions): SVGTemplateResult {
  const d = (id: string | null) => (id === null ? undefined : geometry.byId.get(id)?.d);
  const selectedPath = d(selected);
  const hoveredPath = hovered !== selected ? d(hovered) : undefined;
  const focusPath = d(focused);
  return svg`${selectedPath ? svg`<path class="hl hl-halo" d=${selectedPath}></path><path class="hl hl-selected" d=${selectedPath}></path>` : nothing}
    ${hoveredPath ? svg`<path class="hl hl-halo hl-hover-halo" d=${hoveredPath}></path><path class="hl hl-hover" d=${hoveredPath}></path>` : nothing}
    ${focusPath ? svg`<path class="hl hl-focus-halo" d=${focusPath}></path><path class="hl hl-focus" d=${focusPath}></path>` : nothing}`;
}

/**
 * A standalone SVG document of the filled map (for the PNG download): presentation attributes
 * only, no names (they are drawn as text on the canvas), so nothing from the data is markup.
 */
export function svgDocument(geometry: LevelGeometry, districts: ReadonlyMap<string, DistrictDatum>, pixelWidth: number, outline: string): string {
  const { width, height } = geometry.layout;
  const pixelHeight = Math.round((pixelWidth * height) / width);
  const size = (PATTERN_PIXELS * width) / pixelWidth;
  const strokeWidth = width / pixelWidth;
  const m = NO_VALUE_STYLE.missing;
  const s = NO_VALUE_STYLE.suppressed;
  const defs = `<pattern id="p-missing" patternUnits="userSpaceOnUse" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${m.background}"/><circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.16}" fill="${m.ink}"/></pattern><pattern id="p-suppressed" patternUnits="userSpaceOnUse" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${s.background}"/><path d="M0 ${size}L${size} 0M${-size / 2} ${size / 2}L${size / 2} ${-size / 2}M${size / 2} ${size * 1.5}L${size * 1.5} ${size / 2}" stroke="${s.ink}" stroke-width="${size * 0.19}"/></pattern>`;
  const safeColor = (c: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : '#000000');
  const paths = geometry.shapes
    .map((shape) => {
      const district = districts.get(shape.id);
      const fill = districtFill(district, 'p');
      return `<path d="${shape.d}" fill="${fill.startsWith('url(') ? fill : safeColor(fill)}" fill-rule="evenodd" stroke="${safeColor(outline)}" stroke-width="${strokeWidth}"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${pixelWidth}" height="${pixelHeight}"><defs>${defs}</defs>${paths}</svg>`;
}
