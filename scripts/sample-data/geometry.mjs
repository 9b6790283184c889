/**
 * Geometry helpers for the sample data: schematic district polygons from Voronoi cells
 * clipped to a real boundary, RFC 7946 winding, rounding and areas.
 *
 * Coordinates are [lon, lat] (WGS84). Voronoi cells are computed in a local equirectangular
 * projection (x = lon · cos φ0) so that cells are not stretched east–west at 51.7° N.
 */
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';

const EARTH_RADIUS_M = 6371008.8;
const DEG = Math.PI / 180;

/** The polygons (array of rings) of a Polygon or MultiPolygon geometry, as MultiPolygon coordinates. */
export function toMultiPolygon(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unsupported geometry type ${geometry.type}`);
}

/** A GeoJSON geometry from MultiPolygon coordinates: Polygon when there is one part. */
export function fromMultiPolygon(multi) {
  return multi.length === 1 ? { type: 'Polygon', coordinates: multi[0] } : { type: 'MultiPolygon', coordinates: multi };
}

/** Signed area of a ring in coordinate units (shoelace); > 0 for counter-clockwise. */
export function ringSignedArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

/** Area of MultiPolygon coordinates in km², in a local equirectangular projection (±0.5 % at city scale). */
export function areaKm2(multi) {
  const lat0 = meanLatitude(multi) * DEG;
  const kx = Math.cos(lat0) * DEG * EARTH_RADIUS_M;
  const ky = DEG * EARTH_RADIUS_M;
  let area = 0;
  for (const polygon of multi) {
    polygon.forEach((ring, r) => {
      const a = Math.abs(ringSignedArea(ring.map(([x, y]) => [x * kx, y * ky])));
      area += r === 0 ? a : -a;
    });
  }
  return area / 1e6;
}

function meanLatitude(multi) {
  let sum = 0;
  let n = 0;
  for (const polygon of multi) {
    for (const [, lat] of polygon[0]) {
      sum += lat;
      n += 1;
    }
  }
  return n ? sum / n : 0;
}

/** Rounds, drops consecutive duplicates, closes rings and enforces RFC 7946 winding (outer CCW, holes CW). */
export function cleanMultiPolygon(multi, decimals = 5) {
  const f = 10 ** decimals;
  const round = (v) => Math.round(v * f) / f;
  const out = [];
  for (const polygon of multi) {
    const rings = [];
    polygon.forEach((ring, r) => {
      const pts = [];
      for (const [x, y] of ring) {
        const p = [round(x), round(y)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
      }
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (first && (first[0] !== last[0] || first[1] !== last[1])) pts.push([first[0], first[1]]);
      if (pts.length < 4 || ringSignedArea(pts) === 0) return; // degenerate after rounding
      const ccw = ringSignedArea(pts) > 0;
      if ((r === 0) !== ccw) pts.reverse();
      rings.push(pts);
    });
    // A polygon whose outer ring vanished is dropped along with its holes.
    if (rings.length > 0 && polygon[0] && ringSignedArea(rings[0]) > 0) out.push(rings);
  }
  return out;
}

/** Drops polygon parts smaller than `minKm2` (slivers from clipping). */
export function dropSlivers(multi, minKm2) {
  return multi.filter((polygon) => areaKm2([polygon]) >= minKm2);
}

/**
 * Schematic districts: Voronoi cells around seed points, merged per district and clipped to the boundary.
 *
 * @param {number[][][][]} boundary MultiPolygon coordinates of the outer boundary (e.g. the city limit)
 * @param {{ district: string, lon: number, lat: number }[]} seeds one or more seed points per district
 * @returns {Map<string, number[][][][]>} district id → MultiPolygon coordinates (unrounded)
 */
export function voronoiDistricts(boundary, seeds) {
  const lat0 = meanLatitude(boundary) * DEG;
  const kx = Math.cos(lat0);
  const project = ([lon, lat]) => [lon * kx, lat];
  const unproject = ([x, y]) => [x / kx, y];

  const [minX, minY, maxX, maxY] = bbox(boundary.flat(2).map(project));
  const pad = Math.max(maxX - minX, maxY - minY);
  const points = seeds.map((s) => project([s.lon, s.lat]));
  const voronoi = Delaunay.from(points).voronoi([minX - pad, minY - pad, maxX + pad, maxY + pad]);

  const cellsByDistrict = new Map();
  seeds.forEach((seed, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) throw new Error(`no Voronoi cell for seed ${i} (${seed.district}); duplicate point?`);
    const ring = cell.map(unproject);
    const list = cellsByDistrict.get(seed.district) ?? [];
    list.push([ring]);
    cellsByDistrict.set(seed.district, list);
  });

  const result = new Map();
  for (const [district, cells] of cellsByDistrict) {
    const merged = cells.length > 1 ? polygonClipping.union(...cells) : [cells[0]];
    const clipped = polygonClipping.intersection(merged, boundary);
    if (clipped.length === 0) throw new Error(`district ${district} lies outside the boundary`);
    result.set(district, clipped);
  }
  return result;
}

/** Union of several MultiPolygons. */
export function unionAll(multis) {
  return multis.length === 1 ? multis[0] : polygonClipping.union(...multis);
}

function bbox(points) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Whether a point lies inside MultiPolygon coordinates (even–odd rule). */
export function pointInMultiPolygon([x, y], multi) {
  let inside = false;
  for (const polygon of multi) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/**
 * JSON text with 2-space indent, but with coordinate arrays (arrays of numbers and arrays of such arrays)
 * on one line each, which keeps GeoJSON compact and diffs readable.
 */
export function stringifyCompact(value) {
  const isNumberArray = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');
  const isCoordinateArray = (v) => isNumberArray(v) || (Array.isArray(v) && v.length > 0 && v.every(isCoordinateArray));
  const write = (v, indent) => {
    if (isCoordinateArray(v)) return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const inner = indent + '  ';
      return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
    }
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return '{}';
      const inner = indent + '  ';
      return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return write(value, '') + '\n';
}
