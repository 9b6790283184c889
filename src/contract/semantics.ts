/**
 * The rules the schema cannot express: unique ids, references between levels, areas and values,
 * values and their statuses, closed rings within the globe, and the housing and funding sections'
 * own rules. Read from the raw document, so they run even when its structure has errors. Without
 * zod: the parse of valid documents (valid-document.ts) runs them too.
 */
import { checkPeriod, checkValueStatus, periodOutsideCalendar, valueStatusDisagrees } from './value-checks.ts';
import { checkFunding } from './funding.checks.ts';
import { checkHousing } from './housing.checks.ts';
import { featureId, featureName } from './areas.ts';
import { formatPath, type Path, type Report } from './report.ts';
import { arrayAt, isRecord, own, recordsAt, textAt } from './raw.ts';
import { TEXT_LIMITS } from './limits.ts';

/** Area ids per level, from inline geometry; levels whose geometry is a URL map to `undefined`. */
export function areaIdsOfLevel(level: Record<string, unknown>): Map<string, number> | undefined {
  const geometry = own(level, 'geometry');
  if (!isRecord(geometry)) return undefined;
  const idProperty = textAt(level, 'idProperty') ?? 'id';
  const ids = new Map<string, number>();
  arrayAt(geometry, 'features').forEach((feature, index) => {
    const id = featureId(feature, idProperty);
    if (id !== undefined && !ids.has(id)) ids.set(id, index);
  });
  return ids;
}

function checkUniqueIds(items: unknown[], basePath: Path, report: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const id = textAt(item, 'id');
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) report([...basePath, index, 'id'], 'duplicate-id', { found: id, first: formatPath([...basePath, first, 'id']) });
    else seen.set(id, index);
  });
}

function checkRing(ring: unknown, path: Path, report: Report): void {
  if (!Array.isArray(ring)) return;
  for (let i = 0; i < ring.length; i++) {
    const pos = ring[i] as unknown;
    if (!Array.isArray(pos)) continue;
    // Indexes, not destructuring: this runs for every coordinate of a country's geometry.
    const lon: unknown = pos[0];
    const lat: unknown = pos[1];
    if (typeof lon === 'number' && typeof lat === 'number' && (lon < -180 || lon > 180 || lat < -90 || lat > 90)) {
      report([...path, i], 'coordinate-range', { found: `[${lon}, ${lat}]` });
      return;
    }
  }
  const first = ring[0] as unknown;
  const last = ring[ring.length - 1] as unknown;
  if (ring.length >= 4 && Array.isArray(first) && Array.isArray(last) && (first[0] !== last[0] || first[1] !== last[1])) report(path, 'ring-not-closed');
}

function checkGeometry(level: Record<string, unknown>, path: Path, report: Report, reportLong: (path: Path, max: number, length: number) => void): void {
  const geometry = own(level, 'geometry');
  if (!isRecord(geometry)) return;
  const idProperty = textAt(level, 'idProperty') ?? 'id';
  const nameProperty = textAt(level, 'nameProperty') ?? 'name';
  const seen = new Map<string, number>();
  arrayAt(geometry, 'features').forEach((feature, f) => {
    const featurePath = [...path, 'geometry', 'features', f];
    if (!isRecord(feature)) return;
    const id = featureId(feature, idProperty);
    if (id === undefined) report([...featurePath, 'properties', idProperty], 'feature-id-missing', { expected: idProperty });
    else if (seen.has(id)) report([...featurePath, 'properties', idProperty], 'duplicate-id', { found: id, first: formatPath([...path, 'geometry', 'features', seen.get(id)!]) });
    else {
      seen.set(id, f);
      const name = featureName(feature, nameProperty, id);
      if (name.length > TEXT_LIMITS.name) reportLong([...featurePath, 'properties', nameProperty], TEXT_LIMITS.name, name.length);
    }
    const geom = own(feature, 'geometry');
    const coordinates = own(geom, 'coordinates');
    if (!Array.isArray(coordinates)) return;
    const multi = own(geom, 'type') === 'MultiPolygon';
    const polygons: unknown[] = multi ? coordinates : [coordinates];
    polygons.forEach((polygon, p) => {
      if (!Array.isArray(polygon)) return;
      const polyPath = multi ? [...featurePath, 'geometry', 'coordinates', p] : [...featurePath, 'geometry', 'coordinates'];
      polygon.forEach((ring: unknown, r: number) => checkRing(ring, [...polyPath, r], report));
    });
  });
}

/** Checks that the JSON Schema cannot express. Works on the raw document, so it runs even when the structure has errors. */
export function checkSemantics(doc: unknown, report: Report, reportLong: (path: Path, max: number, length: number) => void = () => {}): void {
  if (!isRecord(doc)) return;
  const levels = arrayAt(doc, 'areaLevels');
  const indicators = arrayAt(doc, 'indicators');
  checkUniqueIds(levels, ['areaLevels'], report);
  checkUniqueIds(indicators, ['indicators'], report);
  checkPeriod(own(own(doc, 'meta'), 'updated'), ['meta', 'updated'], report);

  const areasByLevel = new Map<string, Map<string, number> | undefined>();
  levels.forEach((level, index) => {
    if (!isRecord(level)) return;
    checkGeometry(level, ['areaLevels', index], report, reportLong);
    const id = textAt(level, 'id');
    if (id !== undefined && !areasByLevel.has(id)) areasByLevel.set(id, areaIdsOfLevel(level));
  });

  indicators.forEach((indicator, i) => {
    if (!isRecord(indicator)) return;
    const base = ['indicators', i];
    const levelId = textAt(indicator, 'level');
    const knownLevel = levelId !== undefined && areasByLevel.has(levelId);
    if (levelId !== undefined && !knownLevel) report([...base, 'level'], 'unknown-level', { found: levelId, expected: [...areasByLevel.keys()].map((k) => `"${k}"`).join(', ') || '—' });
    const areas = knownLevel ? areasByLevel.get(levelId) : undefined;
    // The hot loop of a large document (a value per area and period): paths are made only for a finding.
    const seen = new Map<string, Map<string, number>>();
    const values = arrayAt(indicator, 'values');
    for (let v = 0; v < values.length; v++) {
      const entry = values[v];
      if (!isRecord(entry)) continue;
      const path = () => [...base, 'values', v];
      const period = own(entry, 'period');
      if (periodOutsideCalendar(period)) checkPeriod(period, [...path(), 'period'], report);
      if (valueStatusDisagrees(entry)) checkValueStatus(entry, path(), report);
      const area = textAt(entry, 'area');
      if (area === undefined) continue;
      if (areas && !areas.has(area)) report([...path(), 'area'], 'unknown-area', { found: area, level: String(levelId) });
      const periodKey = String(period);
      let areasOfPeriod = seen.get(periodKey);
      if (!areasOfPeriod) seen.set(periodKey, (areasOfPeriod = new Map()));
      const first = areasOfPeriod.get(area);
      if (first !== undefined) report(path(), 'duplicate-value', { area, period: periodKey, first: formatPath([...base, 'values', first]) });
      else areasOfPeriod.set(area, v);
    }
    const seenTotal = new Map<string, number>();
    for (const [entry, t] of recordsAt(indicator, 'total')) {
      const path = [...base, 'total', t];
      checkPeriod(own(entry, 'period'), [...path, 'period'], report);
      checkValueStatus(entry, path, report);
      const period = textAt(entry, 'period');
      if (period === undefined) continue;
      const first = seenTotal.get(period);
      if (first !== undefined) report([...path, 'period'], 'duplicate-period', { found: period, first: formatPath([...base, 'total', first]) });
      else seenTotal.set(period, t);
    }
    for (const [entry, n] of recordsAt(indicator, 'notes')) checkPeriod(own(entry, 'period'), [...base, 'notes', n, 'period'], report);
  });

  checkHousing(own(doc, 'housing'), ['housing'], report, areasByLevel);
  checkFunding(own(doc, 'funding'), ['funding'], report, areasByLevel);
}
