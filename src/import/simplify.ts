/**
 * Simplification to a byte budget that keeps shared borders: the areas become a TopoJSON topology
 * (each border between two neighbours is one arc), the arcs are simplified once (Visvalingam,
 * topojson-simplify) and both neighbours are rebuilt from the same arc — no slivers, no gaps.
 * Every ring keeps at least three points, so no area disappears.
 */
import type { AreaFeature } from '../contract/schema.ts';
import type { PolygonCoordinates, Ring } from './geometry.ts';

export interface BudgetItem {
  readonly properties: Record<string, string>;
  readonly polygons: PolygonCoordinates[];
}

export interface Fitted {
  readonly features: AreaFeature[];
  readonly bytes: number;
  readonly bytesBefore: number;
  readonly positions: number;
  readonly positionsBefore: number;
  readonly simplified: boolean;
  readonly unreachable: boolean;
  readonly ringsFixed: number;
}

export const formatBytes = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`);

/** Twice the signed area in the lon/lat plane: positive for a counter-clockwise ring. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise; closed; no repeated positions. */
function orient(polygons: PolygonCoordinates[]): { polygons: PolygonCoordinates[]; fixed: number } {
  let fixed = 0;
  const out = polygons.map((rings) =>
    rings.map((input, index) => {
      const ring: Ring = [];
      for (const p of input) {
        const last = ring[ring.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        ring.push([first[0], first[1]]);
        fixed++;
      }
      const ccw = signedArea(ring) > 0;
      if ((index === 0) !== ccw) {
        ring.reverse();
        fixed++;
      }
      return ring;
    }),
  );
  return { polygons: out, fixed };
}

function toFeature(item: BudgetItem, polygons: PolygonCoordinates[]): AreaFeature {
  const geometry = polygons.length === 1 ? { type: 'Polygon' as const, coordinates: polygons[0]! } : { type: 'MultiPolygon' as const, coordinates: polygons };
  return { type: 'Feature', properties: { ...item.properties }, geometry };
}

const encoder = new TextEncoder();
const sizeOf = (features: AreaFeature[]) => encoder.encode(JSON.stringify({ type: 'FeatureCollection', features })).length;
const countPositions = (polygons: PolygonCoordinates[]) => polygons.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);

export async function fitToBudget(items: readonly BudgetItem[], budget: number): Promise<Fitted> {
  let ringsFixed = 0;
  const full = items.map((item) => {
    const { polygons, fixed } = orient(item.polygons);
    ringsFixed += fixed;
    return toFeature(item, polygons);
  });
  const bytesBefore = sizeOf(full);
  const positionsBefore = items.reduce((n, item) => n + countPositions(item.polygons), 0);
  const unchanged = { features: full, bytes: bytesBefore, bytesBefore, positions: positionsBefore, positionsBefore, simplified: false, unreachable: false, ringsFixed };
  if (budget <= 0 || bytesBefore <= budget) return unchanged;

  const [{ topology }, { presimplify, simplify }, { feature }] = await Promise.all([import('topojson-server'), import('topojson-simplify'), import('topojson-client')]);
  const collection = {
    type: 'FeatureCollection' as const,
    features: items.map((item, i) => ({ type: 'Feature' as const, properties: { i }, geometry: { type: 'MultiPolygon' as const, coordinates: item.polygons } })),
  };
  const topo = topology({ areas: collection } as never);
  const weighted = presimplify(topo as never) as unknown as { arcs: number[][][]; objects: Record<string, unknown> };
  const rings = collectRings(weighted.objects.areas);
  keepThreePointsPerRing(weighted.arcs, rings);

  // Each arc appears once per ring that uses it: a kept point costs one position per use.
  const uses = new Uint32Array(weighted.arcs.length);
  for (const ring of rings) for (const a of ring) uses[a < 0 ? ~a : a]!++;
  let fixedPositions = 0;
  const weights: { w: number; n: number }[] = [];
  for (const ring of rings) {
    fixedPositions += 1;
    for (const a of ring) {
      const arc = weighted.arcs[a < 0 ? ~a : a]!;
      for (let i = 1; i < arc.length; i++) if (arc[i]![2] === Infinity) fixedPositions++;
    }
  }
  weighted.arcs.forEach((arc, index) => {
    for (const point of arc) if (point[2] !== Infinity) weights.push({ w: point[2]!, n: uses[index]! });
  });
  weights.sort((a, b) => b.w - a.w);
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((entry, i) => (cumulative[i] = sum += entry.n));

  const overhead = sizeOf(items.map((item) => toFeature(item, [])));
  const perPosition = (bytesBefore - overhead) / positionsBefore;
  const build = (minWeight: number) => {
    const simplified = simplify(weighted as never, minWeight) as never;
    const geo = feature(simplified, (simplified as { objects: Record<string, never> }).objects.areas!) as unknown as { features: { properties: { i: number }; geometry: { type: string; coordinates: unknown } }[] };
    const features: AreaFeature[] = new Array(items.length);
    let positions = 0;
    for (const f of geo.features) {
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as PolygonCoordinates[];
      const { polygons: oriented } = orient(polygons);
      positions += countPositions(oriented);
      features[f.properties.i] = toFeature(items[f.properties.i]!, oriented);
    }
    return { features, positions, bytes: sizeOf(features) };
  };
  let target = (budget - overhead) / perPosition;
  let result = build(Infinity);
  if (result.bytes > budget) return { ...result, bytesBefore, positionsBefore, simplified: true, unreachable: true, ringsFixed };
  for (let attempt = 0; attempt < 5; attempt++) {
    const extra = target - fixedPositions;
    let index = 0;
    // The largest number of movable points whose positions still fit.
    let lo = 0;
    let hi = weights.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cumulative[mid - 1]! <= extra) lo = mid;
      else hi = mid - 1;
    }
    index = lo;
    const minWeight = index === 0 ? Infinity : weights[index - 1]!.w;
    const candidate = build(minWeight);
    if (candidate.bytes <= budget) {
      result = candidate;
      break;
    }
    target *= (budget / candidate.bytes) * 0.98;
  }
  return { ...result, bytesBefore, positionsBefore, simplified: true, unreachable: false, ringsFixed };
}

/** The arc lists of every ring in a topology object (GeometryCollection of Polygons and MultiPolygons). */
function collectRings(object: unknown): number[][] {
  const out: number[][] = [];
  const geometries = (object as { geometries?: { type: string; arcs?: unknown }[] }).geometries ?? [];
  for (const g of geometries) {
    if (g.type === 'Polygon') out.push(...(g.arcs as number[][]));
    else if (g.type === 'MultiPolygon') for (const polygon of g.arcs as number[][][]) out.push(...polygon);
  }
  return out;
}

/** Marks interior points as never removable until every ring has three distinct fixed points. */
function keepThreePointsPerRing(arcs: number[][][], rings: number[][]): void {
  for (const ring of rings) {
    const fixed = new Set<string>();
    const candidates: number[][] = [];
    for (const a of ring) {
      for (const point of arcs[a < 0 ? ~a : a]!) {
        if (point[2] === Infinity) fixed.add(`${point[0]},${point[1]}`);
        else candidates.push(point);
      }
    }
    if (fixed.size >= 3) continue;
    candidates.sort((p, q) => q[2]! - p[2]!);
    for (const point of candidates) {
      if (fixed.size >= 3) break;
      const key = `${point[0]},${point[1]}`;
      if (fixed.has(key)) continue;
      point[2] = Infinity;
      fixed.add(key);
    }
  }
}
