import { expect } from '@open-wc/testing';
import polylabel from 'polylabel';
import {
  boundsOf,
  cameraFor,
  fitLayout,
  insideSpans,
  inverseMercator,
  labelAnchor,
  MIN_POLE_EXTENT,
  mercator,
  moveToView,
  neighbourInDirection,
  pathData,
  projectGeometry,
  readingOrder,
  ringArea,
  tenths,
  ringOf,
  spanCovers,
  toView,
  type Polygon,
  type Position,
} from './projection.ts';

const close = (actual: number, expected: number, delta = 1e-9) => expect(actual).to.be.closeTo(expected, delta);

/** A square ring from (x, y) with side `s`, counter-clockwise in a y-down plane. */
const squarePoints = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x, y + s],
  [x + s, y + s],
  [x + s, y],
  [x, y],
];
const square = (x: number, y: number, s: number) => ringOf(squarePoints(x, y, s));

/** The points of a flat ring, for comparisons. */
const pointsOf = (ring: Float64Array): Position[] => Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i]!, ring[2 * i + 1]!] as const);

/** A star with `spikes` points around (cx, cy): many edges crossing each horizontal line. */
const star = (cx: number, cy: number, spikes: number, outer: number, inner: number): Position[] => {
  const points: Position[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / spikes;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return [...points, points[0]!];
};

describe('district map projection', () => {
  it('projects to Web Mercator in the unit square, as maplibre does, and back', () => {
    expect(mercator(0, 0)).to.deep.equal([0.5, 0.5]);
    close(mercator(180, 0)[0], 1);
    close(mercator(-180, 0)[0], 0);
    // North is up: a higher latitude has a smaller y.
    expect(mercator(6.6, 51.7)[1]).to.be.lessThan(mercator(6.6, 51.6)[1]);
    const [lon, lat] = inverseMercator(...mercator(6.6, 51.66));
    close(lon, 6.6);
    close(lat, 51.66);
    // Beyond the Mercator limit latitudes are clamped, not sent to infinity.
    close(mercator(0, 89)[1], 0, 1e-6);
    close(mercator(0, -89)[1], 1, 1e-6);
  });

  it('reads Polygon and MultiPolygon geometry as a list of polygons', () => {
    const ring = [
      [6, 51],
      [7, 51],
      [7, 52],
      [6, 51],
    ];
    expect(projectGeometry({ type: 'Polygon', coordinates: [ring] })).to.have.length(1);
    const multi = projectGeometry({ type: 'MultiPolygon', coordinates: [[ring], [ring]] });
    expect(multi).to.have.length(2);
    // One flat array per ring, x and y of each point in turn, exactly as mercator() projects them.
    expect(multi[0]![0]).to.be.instanceOf(Float64Array);
    expect(pointsOf(multi[0]![0]!)).to.deep.equal(ring.map(([lon, lat]) => mercator(lon!, lat!)));
  });

  it('moves projected rings into viewBox units in place', () => {
    const polygons = [[ringOf([[0.5, 0.25], [1, 1]])]];
    const ring = polygons[0]![0]!;
    moveToView(polygons, { width: 100, height: 100, scale: 10, offsetX: 1, offsetY: 2 });
    expect(polygons[0]![0]).to.equal(ring);
    expect(pointsOf(ring)).to.deep.equal([toView({ width: 100, height: 100, scale: 10, offsetX: 1, offsetY: 2 }, [0.5, 0.25]), [11, 12]]);
  });

  it('bounds the outer rings only, and knows when there is nothing', () => {
    const outer = square(1, 2, 3);
    const hole = square(0, 0, 100);
    expect(boundsOf([[[outer, hole]]])).to.deep.equal({ minX: 1, minY: 2, maxX: 4, maxY: 5 });
    expect(boundsOf([])).to.equal(null);
    expect(boundsOf([[[]]])).to.equal(null);
  });

  it('fits the districts into a viewBox 1000 wide, centred, with the height within limits', () => {
    const squareFit = fitLayout({ minX: 0, minY: 0, maxX: 1, maxY: 1 });
    expect(squareFit).to.include({ width: 1000, height: 1000, scale: 976 });
    expect(toView(squareFit, [0, 0])).to.deep.equal([12, 12]);
    expect(toView(squareFit, [1, 1])).to.deep.equal([988, 988]);
    // Very wide: the height stops at half the width; very tall: at 1.25 times.
    const wide = fitLayout({ minX: 0, minY: 0, maxX: 10, maxY: 1 });
    expect(wide.height).to.equal(500);
    expect(toView(wide, [5, 0.5])).to.deep.equal([500, 250]);
    expect(fitLayout({ minX: 0, minY: 0, maxX: 1, maxY: 10 }).height).to.equal(1250);
  });

  it('writes SVG path data with at most one decimal, dropping points too close together and rings that are no area', () => {
    const ring = ringOf([
      [0, 0],
      [0.1, 0],
      [10, 0],
      [10.04, 10.26],
      [0, 10],
      [0, 0],
    ]);
    expect(pathData([[ring]])).to.equal('M0 0L10 0L10 10.3L0 10L0 0Z');
    expect(pathData([[ring]], 0.01)).to.equal('M0 0L0.1 0L10 0L10 10.3L0 10L0 0Z');
    // Both parts of a multipolygon and the hole of each, one subpath per ring.
    expect(pathData([[square(0, 0, 10), square(2, 2, 1)], [square(20, 0, 5)]]).match(/M/g)).to.have.length(3);
    const sliver: Polygon = [
      ringOf([
        [0, 0],
        [1, 0],
      ]),
    ];
    expect(pathData([sliver])).to.equal('');
  });

  it('writes coordinates with one decimal at most, as the shortest form of the rounded number', () => {
    for (const value of [0, 0.04, 0.05, 0.96, 1, 9.95, 10.26, 123.45, 999.99, 1000, -0.04, -0.3, -12.34, 1e-9, 7.1 + 0.2]) {
      expect(tenths(value), String(value)).to.equal(String(Math.round(value * 10) / 10));
    }
    expect(tenths(10.26)).to.equal('10.3');
    expect(tenths(-12.34)).to.equal('-12.3');
  });

  it('finds where a line is inside a polygon with holes, with and without arrays of spans', () => {
    const polygon = [square(0, 0, 10), square(2, 2, 2)];
    expect(insideSpans(polygon, 3)).to.deep.equal([
      [0, 2],
      [4, 10],
    ]);
    expect(spanCovers(polygon, 3, 4.5, 9)).to.equal(true);
    expect(spanCovers(polygon, 3, 1, 5)).to.equal(false);
    expect(spanCovers(polygon, 3, 0, 0)).to.equal(true);
    expect(spanCovers(polygon, 11, 5, 5)).to.equal(false);
    // Many crossings per line (sorted otherwise than by insertion, and more than the first buffer holds).
    const stars = [ringOf(star(50, 50, 60, 40, 20)), ringOf(star(150, 50, 60, 40, 20))];
    for (const y of [31, 64, 75]) {
      const spans = insideSpans(stars, y);
      expect(spans.length, `spans at ${y}`).to.be.greaterThan(8);
      for (const [x0, x1] of spans) {
        expect(x0).to.be.lessThan(x1);
        expect(spanCovers(stars, y, x0, x1)).to.equal(true);
        expect(spanCovers(stars, y, x0 - 0.01, x1)).to.equal(false);
      }
    }
  });

  it('measures a ring with its winding as the sign', () => {
    const ring = square(0, 0, 2);
    expect(Math.abs(ringArea(ring))).to.equal(4);
    expect(ringArea(ringOf(squarePoints(0, 0, 2).reverse()))).to.equal(-ringArea(ring));
  });

  it('puts the name at polylabel’s pole of inaccessibility, read from the flat rings', () => {
    // Outlines whose points lie farther apart than POLE_OUTLINE_STEP: polylabel sees every point.
    const shapes: Position[][][] = [
      [squarePoints(0, 0, 10)],
      [squarePoints(0, 0, 10), squarePoints(1, 1, 3)],
      [star(0, 0, 7, 10, 4)],
      [star(5, 5, 24, 50, 40), star(5, 5, 12, 20, 15)],
      [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [7, 0],
          [7, 7],
          [3, 7],
          [3, 0],
          [0, 0],
        ],
      ],
    ];
    // Ten times larger: districts big enough for a name (MIN_POLE_EXTENT).
    for (const [index, shape] of shapes.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x * 10, y * 10] as const))).entries()) {
      const xs = shape[0]!.map(([x]) => x);
      const ys = shape[0]!.map(([, y]) => y);
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const expected = polylabel(shape, extent / 100);
      const anchor = labelAnchor([shape.map(ringOf)])!;
      expect([anchor.x, anchor.y], `shape ${index}`).to.deep.equal([expected[0], expected[1]]);
    }
  });

  it('searches the pole on the outline followed at a fiftieth of the district, and keeps nearly all the room of the exact pole', async () => {
    /** Distance from (x, y) to the nearest edge of the polygon: the room a name has there. */
    const room = (polygon: Polygon, x: number, y: number): number => {
      let nearest = Infinity;
      for (const ring of polygon)
        for (let i = 2; i < ring.length; i += 2) {
          const [ax, ay, bx, by] = [ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!];
          const length = (bx - ax) ** 2 + (by - ay) ** 2;
          const t = length ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length)) : 0;
          nearest = Math.min(nearest, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
        }
      return nearest;
    };
    const extentOf = (polygon: Polygon) => {
      const { minX, minY, maxX, maxY } = boundsOf([[polygon]])!;
      return Math.max(maxX - minX, maxY - minY);
    };
    // A dense star with a hole (points 1/60 of its extent apart), and the 396 municipalities of NRW as the map draws them.
    const dense: Polygon = [ringOf(star(500, 500, 90, 500, 450)), ringOf(star(500, 500, 30, 200, 150))];
    const geojson = (await (await fetch('/data/sources/nrw_gemeinden_dvg2.geojson')).json()) as { features: { geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }[] };
    const projected = geojson.features.map((feature) => projectGeometry(feature.geometry));
    const layout = fitLayout(boundsOf(projected)!);
    for (const polygons of projected) moveToView(polygons, layout);
    const largest = (polygons: Polygon[]) => polygons.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
    const polygons = [dense, ...projected.map(largest)].filter((polygon) => extentOf(polygon) >= MIN_POLE_EXTENT);
    expect(polygons.length).to.be.greaterThan(300);
    let fewer = 0;
    const ratios = polygons.map((polygon) => {
      const extent = extentOf(polygon);
      const exact = polylabel(polygon.map(pointsOf), extent / 100);
      const anchor = labelAnchor([polygon])!;
      if (anchor.x !== exact[0] || anchor.y !== exact[1]) fewer++;
      return room(polygon, anchor.x, anchor.y) / room(polygon, exact[0], exact[1]);
    });
    // The outline was followed less closely somewhere (else this test proves nothing) …
    expect(fewer).to.be.greaterThan(polygons.length / 4);
    // … and no name lost more than a few percent of its room.
    expect(Math.min(...ratios)).to.be.at.least(0.92);
    expect(ratios.sort((a, b) => a - b)[ratios.length >> 1]).to.be.at.least(0.99);
  });

  it('gives a district too small for a name the middle of its widest inside span, without polylabel’s search', () => {
    // A small L: its pole and the middle of its widest span differ.
    const points = (scale: number): Position[] =>
      [
        [0, 0],
        [0, 10],
        [3, 10],
        [3, 3],
        [10, 3],
        [10, 0],
        [0, 0],
      ].map(([x, y]) => [x! * scale, y! * scale] as const);
    const small = labelAnchor([[ringOf(points(1))]])!;
    expect(10).to.be.below(MIN_POLE_EXTENT);
    expect(insideSpans([ringOf(points(1))], small.y).some(([x0, x1]) => x0 <= small.x && small.x <= x1), 'inside').to.be.true;
    // Widest span: the foot of the L, 10 wide, at one of the scan heights.
    expect(small.width).to.equal(10);
    expect(small.x).to.equal(5);
    // The same shape large enough for a name: polylabel's pole.
    const large = points(10);
    const pole = polylabel([large], 1);
    expect(labelAnchor([[ringOf(large)]])).to.include({ x: pole[0], y: pole[1] });
  });

  it('puts the name inside the largest polygon, also for a U shape whose centroid lies outside', () => {
    const small = square(100, 100, 1);
    const big = square(0, 0, 10);
    const anchor = labelAnchor([[small], [big]])!;
    expect(anchor).to.include({ x: 5, width: 10, height: 10, area: 100 });
    close(anchor.y, 5);
    // A U open to the top: the centroid (5, ~6.4) sits in the gap between the arms.
    const u: Polygon = [
      ringOf([
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
        [7, 0],
        [7, 7],
        [3, 7],
        [3, 0],
        [0, 0],
      ]),
    ];
    const inU = labelAnchor([u])!;
    const inArm = inU.x < 3 || inU.x > 7;
    expect(inArm || inU.y > 7, `(${inU.x}, ${inU.y}) is in the gap`).to.equal(true);
    expect(labelAnchor([])).to.equal(null);
  });

  it('gives maplibre the camera that shows the same viewBox', () => {
    const layout = fitLayout({ minX: 0.25, minY: 0.25, maxX: 0.75, maxY: 0.75 }, { padding: 0 });
    const camera = cameraFor(layout, 512);
    // Half the world 512 px wide: the whole world would be 1024 px, zoom 1.
    close(camera.zoom, 1);
    close(camera.center[0], 0, 1e-9);
    close(camera.center[1], 0, 1e-9);
    close(cameraFor(layout, 1024).zoom, 2);
  });

  it('reads districts north to south in bands, west to east within a band', () => {
    const points = [
      { id: 'se', x: 9, y: 9 },
      { id: 'nw', x: 0, y: 0 },
      { id: 'ne', x: 9, y: 0.5 },
      { id: 'sw', x: 0, y: 9.5 },
    ];
    expect(readingOrder(points)).to.deep.equal(['nw', 'ne', 'sw', 'se']);
    expect(readingOrder([])).to.deep.equal([]);
  });

  it('finds the district above or below, preferring the one straight above, and none beside', () => {
    const from = { id: 'a', x: 0, y: 10 };
    const points = [from, { id: 'straight', x: 0, y: 4 }, { id: 'nearer-aslant', x: 3, y: 7 }, { id: 'beside', x: 10, y: 9 }, { id: 'below', x: 1, y: 20 }];
    expect(neighbourInDirection(points, from, 'up')!.id).to.equal('straight');
    expect(neighbourInDirection(points, from, 'down')!.id).to.equal('below');
    expect(neighbourInDirection([from, { id: 'beside', x: 10, y: 9 }], from, 'up')).to.equal(null);
  });
});
