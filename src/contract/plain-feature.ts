/**
 * A GeoJSON feature with only the members the contract defines, its coordinates shared rather
 * than copied: what validation keeps of an area's shape. Used where features are checked (the
 * plain loops of fast-parse.ts) and where a page puts them back into a document validated
 * without them (validation-transfer.ts).
 */
export function plainFeatureCopy(feature: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { id, properties, bbox } = feature;
  const geometry = feature.geometry as Readonly<Record<string, unknown>>;
  return {
    type: 'Feature',
    ...(id !== undefined ? { id } : {}),
    properties: properties === null || properties === undefined ? null : { ...(properties as Record<string, unknown>) },
    geometry: { type: geometry.type, coordinates: geometry.coordinates, ...(geometry.bbox !== undefined ? { bbox: geometry.bbox } : {}) },
    ...(bbox !== undefined ? { bbox } : {}),
  };
}
