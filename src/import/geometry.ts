/**
 * Area geometry from a GeoJSON file or a zipped Shapefile to the contract's RFC 7946 feature
 * collection: transformed to WGS84, rounded, checked per feature, simplified to a byte budget with
 * shared borders kept, rings closed and oriented.
 */
import type { AreaFeatureCollection } from '../contract/schema.ts';
import type { Area } from './area-match.ts';
import type { IssueLog, Place } from './messages.ts';
import { CRS_DEFINITIONS, SUPPORTED_CRS, crsFromPrj, guessCrs, normalizeCrs, projectorFor, type Projector } from './projection.ts';
import type { RawFeature } from './shapefile.ts';
import { decodeText } from './text.ts';
import { isZip } from './zip.ts';

export interface GeometryOptions {
  readonly areaId: string;
  readonly areaName?: string;
  readonly crs?: string;
  /** Byte budget of the level's geometry; 0 turns simplification off. Default: 200 kB, at least 400 bytes per area. */
  readonly maxBytes?: number;
  /** Decimal places of the coordinates (5 ≈ 1 m). */
  readonly precision?: number;
}

export interface ImportedGeometry {
  readonly collection: AreaFeatureCollection;
  readonly areas: readonly Area[];
  readonly idProperty: string;
  readonly nameProperty: string;
  readonly bytes: number;
}

export type Ring = [number, number][];
export type PolygonCoordinates = Ring[];

const KEY_FIELD = /(^|_)(ags|ars|rs|gkz|gem|krs|kreis|schl|schluessel|schlüssel|kennz|kennziffer|key|nr|code)/i;
/** Lengths of official keys one digit short: Land 2, Kreis 5, Gemeinde 8, Regionalschlüssel 12. */
const SHORT_KEY_LENGTHS: Record<number, number> = { 1: 2, 4: 5, 7: 8, 11: 12 };

function idText(raw: unknown, field: string): { id?: string; padded?: boolean } {
  if (typeof raw === 'string') return raw.trim() ? { id: raw.trim() } : {};
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const text = Number.isInteger(raw) ? String(raw) : String(raw);
    const target = SHORT_KEY_LENGTHS[text.length];
    if (Number.isInteger(raw) && raw >= 0 && target && KEY_FIELD.test(field)) return { id: text.padStart(target, '0'), padded: true };
    return { id: text };
  }
  return {};
}

function nameText(raw: unknown): string | undefined {
  if (typeof raw === 'string' && raw.trim()) return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}

const fieldNames = (features: readonly RawFeature[]) => [...new Set(features.slice(0, 50).flatMap((f) => Object.keys(f.properties ?? {})))];

function parseGeoJson(bytes: Uint8Array, log: IssueLog, place: Place): { features: RawFeature[]; crs?: string } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    log.error('read-failed', { detail: (error as Error).message }, place);
    return undefined;
  }
  const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!record(json)) {
    log.error('geometry-not-collection', {}, place);
    return undefined;
  }
  const crsName = record(json.crs) && record(json.crs.properties) && typeof json.crs.properties.name === 'string' ? normalizeCrs(json.crs.properties.name) : undefined;
  const toFeature = (f: unknown): RawFeature => {
    const feature = record(f) ? f : {};
    const properties = record(feature.properties) ? { ...feature.properties } : {};
    if (feature.id !== undefined && !('id' in properties)) properties.id = feature.id;
    const geometry = record(feature.geometry) && typeof feature.geometry.type === 'string' ? (feature.geometry as RawFeature['geometry']) : null;
    return { geometry, properties };
  };
  let features: RawFeature[];
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) features = json.features.map(toFeature);
  else if (json.type === 'Feature') features = [toFeature(json)];
  else if (json.type === 'Polygon' || json.type === 'MultiPolygon') features = [{ geometry: json as RawFeature['geometry'], properties: {} }];
  else {
    log.error('geometry-not-collection', {}, place);
    return undefined;
  }
  return crsName ? { features, crs: crsName } : { features };
}

/** The first finite position of the features, to tell projected from geographic coordinates. */
function samplePosition(features: readonly RawFeature[]): [number, number] | undefined {
  for (const f of features) {
    let c: unknown = f.geometry?.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' && Number.isFinite(c[0]) && Number.isFinite(c[1])) return [c[0], c[1]];
  }
  return undefined;
}

function resolveCrs(given: string | undefined, prj: string | undefined, fromFile: string | undefined, features: readonly RawFeature[], log: IssueLog, place: Place): string | undefined {
  const expected = SUPPORTED_CRS.join(', ');
  let chosen: string | undefined;
  let reason = '';
  const fromPrj = prj ? crsFromPrj(prj) : undefined;
  if (given) {
    chosen = normalizeCrs(given);
    if (!chosen || !CRS_DEFINITIONS[chosen]) {
      log.error('crs-unsupported', { found: given, expected }, place);
      return undefined;
    }
    if (fromPrj?.crs && fromPrj.crs !== chosen) log.warning('crs-conflict', { given: chosen, found: fromPrj.crs }, place);
    reason = '--crs';
  } else if (fromPrj) {
    if (!fromPrj.crs) {
      log.error('crs-unknown', { found: fromPrj.name }, place);
      return undefined;
    }
    chosen = fromPrj.crs;
    reason = '.prj';
  } else if (fromFile) {
    if (!CRS_DEFINITIONS[fromFile]) {
      log.error('crs-unsupported', { found: fromFile, expected }, place);
      return undefined;
    }
    chosen = fromFile;
    reason = 'GeoJSON crs';
  } else {
    chosen = 'EPSG:4326';
    reason = log.lang === 'de' ? 'Vorgabe für GeoJSON' : 'GeoJSON default';
  }
  const sample = samplePosition(features);
  if (chosen === 'EPSG:4326' || chosen === 'EPSG:4258') {
    if (sample && (Math.abs(sample[0]) > 180 || Math.abs(sample[1]) > 90)) {
      log.error('crs-guess', { found: `${sample[0]}, ${sample[1]}`, hint: guessCrs(sample[0], sample[1]) ?? '' }, place);
      return undefined;
    }
  }
  log.info('crs-used', { found: `${chosen} ${CRS_DEFINITIONS[chosen]!.name}`, reason }, place);
  return chosen;
}

/** How many distinct positions a ring has, counted up to three (all a valid ring needs). */
function distinctUpToThree(ring: Ring): number {
  const a = ring[0];
  if (!a) return 0;
  let b: [number, number] | undefined;
  for (const p of ring) {
    if (p[0] === a[0] && p[1] === a[1]) continue;
    if (!b) b = p;
    else if (p[0] !== b[0] || p[1] !== b[1]) return 3;
  }
  return b ? 2 : 1;
}

/** Polygons of a Polygon or MultiPolygon, transformed, rounded, deduplicated and closed; an error text when broken. */
function convertGeometry(
  geometry: RawFeature['geometry'],
  project: Projector,
  factor: number,
): { polygons: PolygonCoordinates[] } | { error: string; params: Record<string, string | number> } {
  if (!geometry) return { error: 'feature-no-geometry', params: {} };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return { error: 'feature-not-polygon', params: { found: geometry.type } };
  const raw = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown;
  if (!Array.isArray(raw) || raw.length === 0) return { error: 'feature-no-geometry', params: {} };
  const polygons: PolygonCoordinates[] = [];
  let ringNumber = 0;
  for (const polygon of raw) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { error: 'feature-no-geometry', params: {} };
    const rings: Ring[] = [];
    for (const ring of polygon) {
      ringNumber++;
      if (!Array.isArray(ring)) return { error: 'feature-bad-coordinate', params: { found: JSON.stringify(ring) } };
      const out: Ring = [];
      for (const position of ring) {
        if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number' || !Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
          return { error: 'feature-bad-coordinate', params: { found: JSON.stringify(position) ?? String(position) } };
        }
        const [lon, lat] = project(position[0], position[1]);
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return { error: 'feature-out-of-range', params: { found: `[${lon}, ${lat}]` } };
        const p: [number, number] = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      const first = out[0];
      const last = out[out.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
      const distinct = distinctUpToThree(out);
      if (distinct < 3) return { error: 'feature-degenerate-ring', params: { ring: ringNumber, found: distinct } };
      rings.push(out);
    }
    polygons.push(rings);
  }
  return { polygons };
}

export async function readGeometry(file: { name: string; bytes: Uint8Array }, options: GeometryOptions, log: IssueLog): Promise<ImportedGeometry | undefined> {
  const place: Place = { file: file.name };
  let features: RawFeature[];
  let prj: string | undefined;
  let fileCrs: string | undefined;
  if (isZip(file.bytes)) {
    const { readShapefileZip } = await import('./shapefile.ts');
    const shapefile = await readShapefileZip(file.bytes, log, place);
    if (!shapefile) return undefined;
    features = shapefile.features;
    prj = shapefile.prj;
  } else if (/^\s*[{[]/.test(new TextDecoder().decode(file.bytes.subarray(0, 64)).replace(/^\uFEFF/, ''))) {
    const parsed = parseGeoJson(file.bytes, log, place);
    if (!parsed) return undefined;
    features = parsed.features;
    fileCrs = parsed.crs;
  } else {
    log.error('unknown-format', { found: file.name }, place);
    return undefined;
  }
  if (features.length === 0) {
    log.error('geometry-empty', {}, place);
    return undefined;
  }
  const fields = fieldNames(features);
  for (const field of [options.areaId, options.areaName].filter((f): f is string => Boolean(f))) {
    if (!fields.includes(field)) {
      log.error('field-missing', { field, found: fields.join(', ') || '—' }, place);
      return undefined;
    }
  }
  const crs = resolveCrs(options.crs, prj, fileCrs, features, log, place);
  if (!crs) return undefined;
  const project = await projectorFor(crs);
  const factor = 10 ** (options.precision ?? 5);
  const idProperty = options.areaId;
  const nameProperty = options.areaName ?? options.areaId;
  const seen = new Map<string, number>();
  const converted: { id: string; name: string; polygons: PolygonCoordinates[] }[] = [];
  let padded = 0;
  let paddedExample = '';
  features.forEach((feature, index) => {
    const featurePlace = { ...place, feature: index + 1 };
    const { id, padded: wasPadded } = idText(feature.properties[idProperty], idProperty);
    const name = nameText(feature.properties[nameProperty]) ?? id;
    const label = id ? `„${name}“ (${id})` : `Nr. ${index + 1}`;
    if (!id) {
      log.error('feature-no-id', { feature: index + 1, field: idProperty }, featurePlace);
      return;
    }
    if (wasPadded) {
      padded++;
      paddedExample ||= id;
    }
    const first = seen.get(id);
    if (first !== undefined) log.error('feature-duplicate-id', { name: label, id, first }, featurePlace);
    else seen.set(id, index + 1);
    const result = convertGeometry(feature.geometry, project, factor);
    if ('error' in result) log.error(result.error, { ...result.params, name: label, crs }, featurePlace);
    else converted.push({ id, name: name!, polygons: result.polygons });
  });
  if (padded) log.info('ids-padded', { count: padded, example: paddedExample }, place);
  if (log.hasErrors) return undefined;

  const { fitToBudget, formatBytes } = await import('./simplify.ts');
  const budget = options.maxBytes ?? Math.max(200_000, converted.length * 400);
  const properties = (a: { id: string; name: string }) => (nameProperty === idProperty ? { [idProperty]: a.id } : { [idProperty]: a.id, [nameProperty]: a.name });
  const fitted = await fitToBudget(
    converted.map((a) => ({ properties: properties(a), polygons: a.polygons })),
    budget,
  );
  if (fitted.simplified) {
    log.warning(
      'simplified',
      { before: formatBytes(fitted.bytesBefore), after: formatBytes(fitted.bytes), budget: formatBytes(budget), share: `${Math.max(1, Math.round((fitted.positions / fitted.positionsBefore) * 100))} %` },
      place,
    );
  }
  if (fitted.unreachable) log.warning('budget-unreachable', { budget: formatBytes(budget), after: formatBytes(fitted.bytes) }, place);
  if (fitted.ringsFixed) log.info('rings-fixed', { count: fitted.ringsFixed }, place);
  return {
    collection: { type: 'FeatureCollection', features: fitted.features },
    areas: converted.map(({ id, name }) => ({ id, name })),
    idProperty,
    nameProperty,
    bytes: fitted.bytes,
  };
}
