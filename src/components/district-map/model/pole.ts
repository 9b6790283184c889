/**
 * The pole of inaccessibility of a polygon: the inside point farthest from its outline, where a
 * name has the most room. The algorithm of Mapbox's polylabel 2.1 (ISC licence; a grid of cells
 * refined best-first, with block bounding boxes to skip far edges), read from the map's flat rings
 * directly: polylabel wants an array per point, which the map no longer makes.
 */
import type { Polygon } from './projection.ts';

export interface Pole {
  readonly x: number;
  readonly y: number;
  /** Distance to the outline; 0 or less when no inside point was found. */
  readonly distance: number;
}

/** Consecutive edges grouped under one bounding box, which the distance scan skips as a whole. */
const BLOCK = 32;

interface Cell {
  readonly x: number;
  readonly y: number;
  /** Half the cell's size. */
  readonly h: number;
  /** Distance from the centre to the outline (negative outside). */
  d: number;
  /** The largest distance any point of the cell can have. */
  max: number;
  /** The nearest edge found, to seed the scan of the cell's children. */
  nx1: number;
  ny1: number;
  nx2: number;
  ny2: number;
}

interface Outline {
  readonly coords: Float64Array;
  readonly ringEnds: Int32Array;
  readonly blocks: Float64Array;
}

export function poleOfInaccessibility(polygon: Polygon, precision: number): Pole {
  const outer = polygon[0];
  if (!outer || outer.length === 0) return { x: 0, y: 0, distance: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < outer.length; i += 2) {
    const x = outer[i]!;
    const y = outer[i + 1]!;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.max(precision, Math.min(width, height));
  if (cellSize === precision) return { x: minX, y: minY, distance: 0 };

  const outline = flatten(polygon);
  const queue = new CellQueue();
  let best = centroidCell(outline);
  const boxCell = makeCell(minX + width / 2, minY + height / 2, 0, outline, -Infinity, null);
  if (boxCell.d > best.d) best = boxCell;

  const consider = (x: number, y: number, h: number, seed: Cell | null) => {
    // A cell helps only if it can beat the best or is worth splitting; both fail once its
    // distance is below this threshold, so the scan may stop there.
    const threshold = best.d - Math.max(0, h * Math.SQRT2 - precision);
    const cell = makeCell(x, y, h, outline, threshold, seed);
    if (cell.max > best.d + precision) queue.push(cell);
    if (cell.d > best.d) best = cell;
  };

  let h = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) for (let y = minY; y < maxY; y += cellSize) consider(x + h, y + h, h, null);

  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.max - best.d <= precision) break;
    h = cell.h / 2;
    consider(cell.x - h, cell.y - h, h, cell);
    consider(cell.x + h, cell.y - h, h, cell);
    consider(cell.x - h, cell.y + h, h, cell);
    consider(cell.x + h, cell.y + h, h, cell);
  }
  return { x: best.x, y: best.y, distance: best.d };
}

function flatten(polygon: Polygon): Outline {
  let length = 0;
  for (const ring of polygon) length += ring.length;
  const coords = polygon.length === 1 ? polygon[0]! : new Float64Array(length);
  const ringEnds = new Int32Array(polygon.length);
  let offset = 0;
  polygon.forEach((ring, r) => {
    if (coords !== ring) coords.set(ring, offset);
    offset += ring.length;
    ringEnds[r] = offset;
  });
  return { coords, ringEnds, blocks: blockBounds(coords, ringEnds) };
}

/** One bounding box per block of edges (both ends of each edge), as a flat run of minX, minY, maxX, maxY. */
function blockBounds(coords: Float64Array, ringEnds: Int32Array): Float64Array {
  const stride = BLOCK * 2;
  let count = 0;
  let start = 0;
  for (const end of ringEnds) {
    count += Math.ceil((end - start) / stride);
    start = end;
  }
  const blocks = new Float64Array(count * 4);
  let g = 0;
  start = 0;
  for (const ringEnd of ringEnds) {
    for (let s = start; s < ringEnd; s += stride, g += 4) {
      const end = Math.min(s + stride, ringEnd);
      const previous = s === start ? ringEnd - 2 : s - 2;
      let minX = coords[previous]!;
      let minY = coords[previous + 1]!;
      let maxX = minX;
      let maxY = minY;
      for (let i = s; i < end; i += 2) {
        const x = coords[i]!;
        const y = coords[i + 1]!;
        if (x < minX) minX = x;
        else if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        else if (y > maxY) maxY = y;
      }
      blocks[g] = minX;
      blocks[g + 1] = minY;
      blocks[g + 2] = maxX;
      blocks[g + 3] = maxY;
    }
    start = ringEnd;
  }
  return blocks;
}

function makeCell(x: number, y: number, h: number, outline: Outline, maxD: number, seed: Cell | null): Cell {
  const cell: Cell = { x, y, h, d: 0, max: 0, nx1: 0, ny1: 0, nx2: 0, ny2: 0 };
  cell.d = signedDistance(cell, outline, maxD, seed);
  cell.max = cell.d + h * Math.SQRT2;
  return cell;
}

/**
 * Signed distance from the cell's centre to the outline (negative outside), recording the nearest
 * edge on the cell. Returns `maxD` as soon as the centre is proven no farther than that from the
 * outline: the caller has no use for such a cell.
 */
function signedDistance(cell: Cell, { coords, ringEnds, blocks }: Outline, maxD: number, seed: Cell | null): number {
  const { x, y } = cell;
  let inside = false;
  let minDistSq = Infinity;
  const thresholdSq = maxD > 0 ? maxD * maxD : -1;
  if (seed !== null) {
    cell.nx1 = seed.nx1;
    cell.ny1 = seed.ny1;
    cell.nx2 = seed.nx2;
    cell.ny2 = seed.ny2;
    minDistSq = segmentDistanceSq(x, y, seed.nx1, seed.ny1, seed.nx2, seed.ny2);
    if (minDistSq <= thresholdSq) return maxD;
  }
  const stride = BLOCK * 2;
  let g = 0;
  let ringStart = 0;
  for (let r = 0; r < ringEnds.length; r++) {
    const ringEnd = ringEnds[r]!;
    let bx = coords[ringEnd - 2]!;
    let by = coords[ringEnd - 1]!;
    for (let s = ringStart; s < ringEnd; s += stride, g += 4) {
      const end = s + stride < ringEnd ? s + stride : ringEnd;
      const bminX = blocks[g]!;
      const bminY = blocks[g + 1]!;
      const bmaxX = blocks[g + 2]!;
      const bmaxY = blocks[g + 3]!;
      const dx = x < bminX ? bminX - x : x > bmaxX ? x - bmaxX : 0;
      const dy = y < bminY ? bminY - y : y > bmaxY ? y - bmaxY : 0;
      const skipDistance = dx * dx + dy * dy >= minDistSq;
      // Edges of this block can flip the ray's parity only if the block straddles y right of x.
      const skipCrossing = y < bminY || y >= bmaxY || x > bmaxX;
      if (skipDistance && skipCrossing) {
        bx = coords[end - 2]!;
        by = coords[end - 1]!;
        continue;
      }
      for (let i = s; i < end; i += 2) {
        const ax = coords[i]!;
        const ay = coords[i + 1]!;
        if (!skipCrossing && ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
        if (!skipDistance) {
          const distSq = segmentDistanceSq(x, y, ax, ay, bx, by);
          if (distSq < minDistSq) {
            minDistSq = distSq;
            cell.nx1 = ax;
            cell.ny1 = ay;
            cell.nx2 = bx;
            cell.ny2 = by;
            if (minDistSq <= thresholdSq) return maxD;
          }
        }
        bx = ax;
        by = ay;
      }
    }
    ringStart = ringEnd;
  }
  return minDistSq === 0 ? 0 : (inside ? 1 : -1) * Math.sqrt(minDistSq);
}

/** The outer ring's centroid as the first guess, or its first point when the centroid lies outside. */
function centroidCell(outline: Outline): Cell {
  const { coords, ringEnds } = outline;
  let area = 0;
  let x = 0;
  let y = 0;
  const end = ringEnds[0]!;
  for (let i = 0, j = end - 2; i < end; j = i, i += 2) {
    const ax = coords[i]!;
    const ay = coords[i + 1]!;
    const bx = coords[j]!;
    const by = coords[j + 1]!;
    const f = ax * by - bx * ay;
    x += (ax + bx) * f;
    y += (ay + by) * f;
    area += f * 3;
  }
  const centroid = makeCell(x / area, y / area, 0, outline, -Infinity, null);
  if (area === 0 || centroid.d < 0) return makeCell(coords[0]!, coords[1]!, 0, outline, -Infinity, null);
  return centroid;
}

function segmentDistanceSq(px: number, py: number, x: number, y: number, bx: number, by: number): number {
  let dx = bx - x;
  let dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** A binary max-heap of cells by `max`, as tinyqueue with polylabel's comparator. */
class CellQueue {
  private readonly items: Cell[] = [];

  push(cell: Cell): void {
    const items = this.items;
    let pos = items.length;
    items.push(cell);
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const current = items[parent]!;
      if (cell.max <= current.max) break;
      items[pos] = current;
      pos = parent;
    }
    items[pos] = cell;
  }

  pop(): Cell | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const bottom = items.pop()!;
    const length = items.length;
    if (length > 0) {
      const half = length >> 1;
      let pos = 0;
      while (pos < half) {
        let best = 2 * pos + 1;
        const right = best + 1;
        if (right < length && items[right]!.max > items[best]!.max) best = right;
        if (items[best]!.max <= bottom.max) break;
        items[pos] = items[best]!;
        pos = best;
      }
      items[pos] = bottom;
    }
    return top;
  }
}
