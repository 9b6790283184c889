/**
 * The districts of an area level, prepared once per level for both renderers: ids and names,
 * projected polygons, the viewBox fit, SVG path data, label anchors, the keyboard reading order
 * and the slim GeoJSON handed to maplibre.
 */
import type { AreaLevel } from '../../../contract/schema.ts';
import { featureId, featureName } from '../../../contract/areas.ts';
import { memoByObject } from '../../../shared/memo.ts';
import type { Grid } from '../../../shared/controllers/grid-navigation.ts';
import { boundsOf, fitLayout, labelAnchor, moveToView, neighbourInDirection, pathData, projectGeometry, readingOrder, type Layout, type LabelAnchor, type Polygon } from './projection.ts';

export interface DistrictShape {
  readonly id: string;
  readonly name: string;
  /** SVG path data in viewBox units. */
  readonly d: string;
  /** Name anchor and the room around it, in viewBox units. */
  readonly anchor: LabelAnchor | null;
  /** All rings of all parts in viewBox units (even-odd), the room a name must fit into. */
  readonly outline: Polygon;
}

/** The property maplibre's features carry their district id in (and `promoteId` reads). */
export const FEATURE_ID_PROPERTY = 'qw_id';

export interface LevelGeometry {
  readonly shapes: readonly DistrictShape[];
  readonly byId: ReadonlyMap<string, DistrictShape>;
  readonly layout: Layout;
  /** District ids north-west to south-east, the order of the keyboard and of screen readers. */
  readonly order: readonly string[];
  /** The polygons with nothing but their id, for maplibre. */
  readonly featureCollection: { type: 'FeatureCollection'; features: { type: 'Feature'; properties: Record<string, string>; geometry: unknown }[] };
}

/** Prepared geometry of a level whose geometry is inline (the loader inlines URLs); null without districts. */
export const levelGeometry = memoByObject((level: AreaLevel): LevelGeometry | null => {
  const collection = level.geometry;
  if (typeof collection === 'string') return null;
  const entries: { id: string; name: string; polygons: Polygon[]; geometry: unknown }[] = [];
  const seen = new Set<string>();
  for (const feature of collection.features) {
    const id = featureId(feature, level.idProperty);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    entries.push({ id, name: featureName(feature, level.nameProperty, id), polygons: projectGeometry(feature.geometry), geometry: feature.geometry });
  }
  const bounds = boundsOf(entries.map((e) => e.polygons));
  if (!bounds) return null;
  const layout = fitLayout(bounds);
  // Projected once into flat rings and moved into viewBox units in place: path data, anchor and
  // the outline the names must fit into all read the same arrays.
  const shapes = entries.map(({ id, name, polygons }): DistrictShape => {
    moveToView(polygons, layout);
    return { id, name, d: pathData(polygons), anchor: labelAnchor(polygons), outline: polygons.flat() };
  });
  const order = readingOrder(shapes.filter((s) => s.anchor).map((s) => ({ id: s.id, x: s.anchor!.x, y: s.anchor!.y })));
  // Districts without an anchor (degenerate rings) still need to be reachable.
  for (const shape of shapes) if (!shape.anchor) order.push(shape.id);
  return {
    shapes,
    byId: new Map(shapes.map((s) => [s.id, s])),
    layout,
    order,
    featureCollection: {
      type: 'FeatureCollection',
      features: entries.map((e) => ({ type: 'Feature', properties: { [FEATURE_ID_PROPERTY]: e.id }, geometry: e.geometry })),
    },
  };
});

const anchorPoints = memoByObject((geometry: LevelGeometry) => geometry.shapes.flatMap((s) => (s.anchor ? [{ id: s.id, x: s.anchor.x, y: s.anchor.y }] : [])));

/** The keyboard's grid: one row in reading order; Up and Down go to the district above or below on the map. */
export const keyboardGrid = memoByObject(
  (geometry: LevelGeometry): Grid<string> => ({
    rows: [geometry.order],
    vertical: (id, direction) => {
      const points = anchorPoints(geometry);
      const from = points.find((p) => p.id === id);
      return from ? (neighbourInDirection(points, from, direction)?.id ?? id) : id;
    },
  }),
);
