import { expect } from '@open-wc/testing';
import {
  boundsOf,
  cameraFor,
  fitLayout,
  inverseMercator,
  labelAnchor,
  mercator,
  neighbourInDirection,
  pathData,
  projectGeometry,
  readingOrder,
  ringArea,
  toView,
  type Polygon,
} from './projection.ts';

const close = (actual: number, expected: number, delta = 1e-9) => expect(actual).to.be.closeTo(expected, delta);

/** A square ring from (x, y) with side `s`, counter-clockwise in a y-down plane. */
const square = (x: number, y: number, s: number): [number, number][] => [
  [x, y],
  [x, y + s],
  [x + s, y + s],
  [x + s, y],
  [x, y],
];

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
    expect(multi[0]![0]![1]).to.deep.equal(mercator(7, 51));
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

  it('writes SVG path data with one decimal, dropping points too close together and rings that are no area', () => {
    const layout = { width: 100, height: 100, scale: 1, offsetX: 0, offsetY: 0 };
    const ring: [number, number][] = [
      [0, 0],
      [0.1, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(pathData([[ring]], layout)).to.equal('M0.0 0.0L10.0 0.0L10.0 10.0L0.0 10.0L0.0 0.0Z');
    expect(pathData([[ring]], layout, 0.01)).to.equal('M0.0 0.0L0.1 0.0L10.0 0.0L10.0 10.0L0.0 10.0L0.0 0.0Z');
    const sliver: Polygon = [
      [
        [0, 0],
        [1, 0],
      ],
    ];
    expect(pathData([sliver], layout)).to.equal('');
  });

  it('measures a ring with its winding as the sign', () => {
    const ring = square(0, 0, 2);
    expect(Math.abs(ringArea(ring))).to.equal(4);
    expect(ringArea([...ring].reverse())).to.equal(-ringArea(ring));
  });

  it('puts the name inside the largest polygon, also for a U shape whose centroid lies outside', () => {
    const small = square(100, 100, 1);
    const big = square(0, 0, 10);
    const anchor = labelAnchor([[small], [big]])!;
    expect(anchor).to.include({ x: 5, width: 10, height: 10, area: 100 });
    close(anchor.y, 5);
    // A U open to the top: the centroid (5, ~6.4) sits in the gap between the arms.
    const u: Polygon = [
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
