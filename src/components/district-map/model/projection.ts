/**
 * Geometry for drawing: Web Mercator (the projection maplibre uses, so the SVG and the WebGL map
 * lie exactly on top of each other), a viewBox that fits the districts, SVG path data and the
 * point where each district's name goes.
 *
 * The projection is planar: lon/lat are projected to the unit square first and every later step
 * works in the plane. RFC 7946 rings (counter-clockwise) and clockwise rings draw the same, because
 * the path uses the even-odd rule; the spherical winding trap of d3-geo does not arise.
 */
import polylabel from 'polylabel';

export type Position = readonly [number, number];
/**
 * A ring as flat coordinates `x0, y0, x1, y1, …` (first point repeated at the end, as in GeoJSON).
 * One typed array per ring instead of an array per point: a map of 10,000 municipalities has
 * 170,000 points, and every step after the projection (bounds, path data, label anchor, name
 * placement) reads the same arrays.
 */
export type Ring = Float64Array;
/** A polygon: outer ring first, then holes. */
export type Polygon = readonly Ring[];

/** A ring from points, for tests and small shapes. */
export function ringOf(points: readonly Position[]): Ring {
  const ring = new Float64Array(points.length * 2);
  points.forEach(([x, y], i) => {
    ring[2 * i] = x;
    ring[2 * i + 1] = y;
  });
  return ring;
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

const MAX_LATITUDE = 85.0511287798066;

/** Longitude/latitude to Web Mercator in the unit square (x east, y south), as maplibre's `MercatorCoordinate`. */
export function mercator(lon: number, lat: number): [number, number] {
  return [mercatorX(lon), mercatorY(lat)];
}

const mercatorX = (lon: number): number => (180 + lon) / 360;

function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

export function inverseMercator(x: number, y: number): [number, number] {
  const lon = x * 360 - 180;
  const y2 = 180 - y * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
  return [lon, lat];
}

/** The polygons of a Polygon or MultiPolygon geometry, projected to the unit square. */
export function projectGeometry(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }): Polygon[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  return polygons.map((polygon) => polygon.map(projectRing));
}

function projectRing(points: readonly (readonly number[])[]): Ring {
  const ring = new Float64Array(points.length * 2);
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    ring[2 * i] = mercatorX(point[0]!);
    ring[2 * i + 1] = mercatorY(point[1]!);
  }
  return ring;
}

export function boundsOf(polygonSets: readonly (readonly Polygon[])[]): Bounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygons of polygonSets)
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer) continue;
      for (let i = 0; i < outer.length; i += 2) {
        const x = outer[i]!;
        const y = outer[i + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : null;
}

/** Fit of the districts into a viewBox of fixed width; the height follows the districts' shape within limits. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  /** viewBox units per unit-square unit. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export const VIEWBOX_WIDTH = 1000;

export function fitLayout(bounds: Bounds, { width = VIEWBOX_WIDTH, padding = 12, minAspect = 0.8, maxAspect = 2 } = {}): Layout {
  const spanX = Math.max(bounds.maxX - bounds.minX, 1e-12);
  const spanY = Math.max(bounds.maxY - bounds.minY, 1e-12);
  const aspect = Math.min(maxAspect, Math.max(minAspect, spanX / spanY));
  const height = Math.round(width / aspect);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2 - bounds.minX * scale;
  const offsetY = (height - spanY * scale) / 2 - bounds.minY * scale;
  return { width, height, scale, offsetX, offsetY };
}

export function toView(layout: Layout, [x, y]: Position): [number, number] {
  return [x * layout.scale + layout.offsetX, y * layout.scale + layout.offsetY];
}

/**
 * Moves projected polygons into viewBox units, in place: after the fit every later step
 * (path data, anchors, name placement) works in viewBox units, on the same arrays.
 */
export function moveToView(polygons: readonly Polygon[], { scale, offsetX, offsetY }: Layout): void {
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i < ring.length; i += 2) {
        ring[i] = ring[i]! * scale + offsetX;
        ring[i + 1] = ring[i + 1]! * scale + offsetY;
      }
}

/**
 * A coordinate with at most one decimal and no trailing ".0". Written from whole numbers: V8
 * turns integers into text much faster than fractions (`toFixed(1)` or the shortest form of
 * `x / 10`), and a map writes hundreds of thousands of them.
 */
export function tenths(value: number): string {
  const scaled = Math.round(value * 10);
  const digit = scaled % 10;
  if (digit === 0) return `${scaled / 10}`;
  return scaled > 0 ? `${(scaled - digit) / 10}.${digit}` : `${scaled / 10}`;
}

/**
 * SVG path data of polygons in viewBox units, with at most one decimal. Points closer than
 * `minStep` to the last one kept are dropped: at map sizes they are invisible and 400
 * municipalities stay light in the DOM. Rings with fewer than three points left are no area.
 */
export function pathData(polygons: readonly Polygon[], minStep = 0.3): string {
  // Pieces joined once: a flat string at once, where `+=` left a rope of hundreds of pieces per
  // ring for the garbage collector to copy until the DOM flattened it.
  const parts: string[] = [];
  const minSquared = minStep * minStep;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const count = ring.length / 2;
      if (count < 3) continue;
      const start = parts.length;
      let lastX = Infinity;
      let lastY = Infinity;
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const x = ring[2 * i]!;
        const y = ring[2 * i + 1]!;
        const dx = x - lastX;
        const dy = y - lastY;
        if (kept > 0 && i !== count - 1 && dx * dx + dy * dy < minSquared) continue;
        parts.push(`${kept === 0 ? 'M' : 'L'}${tenths(x)} ${tenths(y)}`);
        lastX = x;
        lastY = y;
        kept++;
      }
      if (kept >= 3) parts.push('Z');
      else parts.length = start;
    }
  }
  return parts.join('');
}

/** Signed planar area of a ring (shoelace). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) sum += (ring[j]! - ring[i]!) * (ring[j + 1]! + ring[i + 1]!);
  return sum / 2;
}

function polygonArea(polygon: Polygon): number {
  let area = Math.abs(ringArea(polygon[0] ?? new Float64Array(0)));
  for (let r = 1; r < polygon.length; r++) area -= Math.abs(ringArea(polygon[r]!));
  return area;
}

/** Planar centroid of a ring. */
function ringCentroid(ring: Ring): [number, number] {
  let area = 0;
  let cx = 0;
  let cy = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const x0 = ring[j]!;
    const y0 = ring[j + 1]!;
    const x1 = ring[i]!;
    const y1 = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area === 0) {
    const count = Math.max(n / 2, 1);
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < n; i += 2) {
      sx += ring[i]!;
      sy += ring[i + 1]!;
    }
    return [sx / count, sy / count];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

// One buffer for the crossings of every scan line: name placement asks thousands of them, and
// none may allocate. Grows when a line crosses more edges.
let crossings = new Float64Array(64);

/** The x of every edge crossing the horizontal line at `y` (even-odd), sorted, in `crossings`; returns their number. */
function crossingsAt(polygon: Polygon, y: number): number {
  let count = 0;
  for (const ring of polygon) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const y0 = ring[j + 1]!;
      const y1 = ring[i + 1]!;
      if (y0 > y !== y1 > y) {
        const x0 = ring[j]!;
        if (count === crossings.length) {
          const grown = new Float64Array(count * 2);
          grown.set(crossings);
          crossings = grown;
        }
        crossings[count++] = x0 + ((y - y0) / (y1 - y0)) * (ring[i]! - x0);
      }
    }
  }
  if (count <= 16) {
    // Insertion sort: a district line crosses a handful of edges.
    for (let i = 1; i < count; i++) {
      const value = crossings[i]!;
      let k = i - 1;
      for (; k >= 0 && crossings[k]! > value; k--) crossings[k + 1] = crossings[k]!;
      crossings[k + 1] = value;
    }
  } else crossings.subarray(0, count).sort();
  return count;
}

/** Where a horizontal line at `y` is inside the polygon (even-odd), as [x0, x1] spans. */
export function insideSpans(polygon: Polygon, y: number): [number, number][] {
  const count = crossingsAt(polygon, y);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < count; i += 2) spans.push([crossings[i]!, crossings[i + 1]!]);
  return spans;
}

/** Whether one inside span of the line at `y` reaches from `left` to `right`: `insideSpans` without arrays. */
export function spanCovers(polygon: Polygon, y: number, left: number, right: number): boolean {
  const count = crossingsAt(polygon, y);
  for (let i = 0; i + 1 < count; i += 2) if (crossings[i]! <= left && right <= crossings[i + 1]!) return true;
  return false;
}

/** A point inside a district for its name, and the room around it (in the input's units). */
export interface LabelAnchor {
  readonly x: number;
  readonly y: number;
  /** Width of the inside span through the point. */
  readonly width: number;
  /** Height of the largest polygon's bounding box. */
  readonly height: number;
  /** Area of the largest polygon, to place the names of large districts first. */
  readonly area: number;
}

/**
 * From which size (the larger side of its bounding box, in viewBox units) a district's label point
 * is polylabel's pole. A smaller one is 2 % of the map's width or less — under 40 px even on a
 * full-HD-wide map, no room for a name — and its point mostly orders the keyboard and places its
 * number: the middle of its widest inside span is inside too, and costs a few scan lines instead
 * of polylabel's search (about 200 ms on the country map's 10,997 municipalities).
 */
export const MIN_POLE_EXTENT = 20;

/**
 * The label point of a district: the pole of inaccessibility of its largest polygon (the inside
 * point farthest from the outline), where a name has the most room around it, also in crescents,
 * U-shapes and districts with a hole (the bounding box centre can lie outside); for a district
 * smaller than {@link MIN_POLE_EXTENT}, the middle of its widest inside span.
 */
export function labelAnchor(polygons: readonly Polygon[]): LabelAnchor | null {
  let largest: Polygon | undefined;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  const outer = largest?.[0];
  if (!largest || !outer || outer.length < 6) return null;
  const { minX, minY, maxX, maxY } = boundsOf([[largest]])!;
  const extent = Math.max(maxX - minX, maxY - minY);
  const pole = extent >= MIN_POLE_EXTENT ? poleOf(largest, extent) : undefined;
  const anchor = pole && pole.distance > 0 ? spanAnchor(largest, pole[1], pole[0]) : undefined;
  const fallback = anchor ?? scanAnchor(largest, outer, minY, maxY);
  if (!fallback) return null;
  return { ...fallback, height: maxY - minY, area: largestArea };
}

/**
 * How finely the outline is followed when searching the pole: a point closer than this share of
 * the district's extent to the last one kept is skipped. polylabel measures the distance to every
 * edge for every cell it tries, so fewer points make the search proportionally cheaper. On the
 * 396 municipalities of NRW the outlines keep 40 % of their points, the search takes half the time,
 * and the pole found keeps at least 94 % of the room around the pole of the full outline (median 99.7 %).
 */
export const POLE_OUTLINE_STEP = 1 / 50;

/** polylabel's pole, searched to a hundredth of the district: a name placed there has the most room. */
function poleOf(polygon: Polygon, extent: number): ReturnType<typeof polylabel> {
  const minSquared = (extent * POLE_OUTLINE_STEP) ** 2;
  // polylabel wants a [x, y] array per point: made for this one polygon only, not for the map.
  const rings = polygon.map((ring) => {
    const points: [number, number][] = [];
    const last = ring.length - 2;
    let keptX = Infinity;
    let keptY = Infinity;
    for (let i = 0; i <= last; i += 2) {
      const x = ring[i]!;
      const y = ring[i + 1]!;
      if (i !== 0 && i !== last && (x - keptX) ** 2 + (y - keptY) ** 2 < minSquared) continue;
      points.push([x, y]);
      keptX = x;
      keptY = y;
    }
    return points;
  });
  return polylabel(rings, extent / 100);
}

/** The inside span through (x, y), with its width. */
function spanAnchor(polygon: Polygon, y: number, x: number): { x: number; y: number; width: number } | undefined {
  const span = insideSpans(polygon, y).find(([x0, x1]) => x0 <= x && x <= x1);
  return span ? { x, y, width: span[1] - span[0] } : undefined;
}

/** For small districts, and degenerate rings where polylabel finds no inside point: the middle of the widest span at a few heights. */
function scanAnchor(polygon: Polygon, outer: Ring, minY: number, maxY: number): { x: number; y: number; width: number } | undefined {
  const [, centroidY] = ringCentroid(outer);
  let best: { x: number; y: number; width: number } | undefined;
  for (const y of [centroidY, ...[0.5, 0.35, 0.65, 0.25, 0.75].map((f) => minY + (maxY - minY) * f)]) {
    for (const [x0, x1] of insideSpans(polygon, y)) if (!best || x1 - x0 > best.width) best = { x: (x0 + x1) / 2, y, width: x1 - x0 };
  }
  return best;
}

/** The maplibre camera that shows the layout's viewBox in a box `pixelWidth` pixels wide. */
export function cameraFor(layout: Layout, pixelWidth: number, tileSize = 512): { center: [number, number]; zoom: number } {
  const pixelsPerUnit = (layout.scale * pixelWidth) / layout.width;
  const zoom = Math.log2(pixelsPerUnit / tileSize);
  const centerX = (layout.width / 2 - layout.offsetX) / layout.scale;
  const centerY = (layout.height / 2 - layout.offsetY) / layout.scale;
  return { center: inverseMercator(centerX, centerY), zoom };
}

/**
 * A reading order over points: north to south in bands, west to east within a band, as a map is
 * read. The band height follows the number of points so that a band holds a handful of them.
 */
export function readingOrder(points: readonly { id: string; x: number; y: number }[]): string[] {
  if (points.length === 0) return [];
  const ys = points.map((p) => p.y);
  const top = Math.min(...ys);
  const span = Math.max(...ys) - top;
  const bands = Math.max(1, Math.round(Math.sqrt(points.length)));
  const bandHeight = span / bands || 1;
  return [...points]
    .sort((a, b) => {
      const bandA = Math.min(bands - 1, Math.floor((a.y - top) / bandHeight));
      const bandB = Math.min(bands - 1, Math.floor((b.y - top) / bandHeight));
      return bandA - bandB || a.x - b.x || a.y - b.y;
    })
    .map((p) => p.id);
}

/**
 * The nearest point above (`up`) or below (`down`) `from`, preferring points straight above or
 * below: horizontal distance counts double. Null when there is none in that direction.
 */
export function neighbourInDirection<P extends { id: string; x: number; y: number }>(points: readonly P[], from: P, direction: 'up' | 'down'): P | null {
  let best: P | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dy = direction === 'down' ? p.y - from.y : from.y - p.y;
    if (dy <= 0) continue;
    const dx = Math.abs(p.x - from.x);
    // Only points within 60° of the vertical count as "above" or "below".
    if (dx > dy * 1.75) continue;
    const score = dy + 2 * dx;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}
