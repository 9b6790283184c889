/**
 * The contract's schema parse without zod for the two lists that make a document large: the
 * features of inline geometry (every coordinate a zod tuple) and the values of indicators. A
 * plain loop checks each list against exactly what the schema accepts; the rest of the document
 * goes through zod with those lists left empty, and the lists are put back into its output.
 * When a list holds anything the loop does not accept, the whole document goes through zod,
 * so a broken document gets the schema's own findings, with the same paths and messages.
 * A 10 MB document of 10,997 municipalities validates in about half the time.
 */
import { contractSchema, type ContractDocument } from './schema.ts';
import { PERIOD_REGEX_SOURCE } from './period.ts';
import { VALUE_STATUSES } from './statuses.ts';
import { plainFeatureCopy } from './plain-feature.ts';

type Parse = ReturnType<typeof contractSchema.safeParse>;
type Raw = Record<string, unknown>;

const PERIOD = new RegExp(PERIOD_REGEX_SOURCE);
const STATUSES: ReadonlySet<unknown> = new Set(VALUE_STATUSES);
const VALUE_KEYS: ReadonlySet<string> = new Set(['area', 'period', 'value', 'status', 'note']);

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What `indicatorValueSchema` accepts (a strict object). */
function plainValue(entry: unknown): boolean {
  if (!isObject(entry)) return false;
  for (const key in entry) if (Object.hasOwn(entry, key) && !VALUE_KEYS.has(key)) return false;
  const { area, period, value, status, note } = entry;
  return (
    typeof area === 'string' &&
    area.length > 0 &&
    typeof period === 'string' &&
    PERIOD.test(period) &&
    (value === null || isNumber(value)) &&
    (status === undefined || STATUSES.has(status)) &&
    (note === undefined || typeof note === 'string')
  );
}

/** `[lon, lat, …]`: at least two finite numbers. */
function plainPosition(position: unknown): boolean {
  if (!Array.isArray(position) || position.length < 2) return false;
  for (let i = 0; i < position.length; i++) if (!isNumber(position[i])) return false;
  return true;
}

/** A polygon's rings: at least one, each of at least four positions. */
function plainRings(rings: unknown): boolean {
  if (!Array.isArray(rings) || rings.length === 0) return false;
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return false;
    for (let i = 0; i < ring.length; i++) if (!plainPosition(ring[i])) return false;
  }
  return true;
}

const optionalNumbers = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(isNumber));

/**
 * A feature as `featureSchema` accepts it, rebuilt as zod outputs it (zod's plain objects drop
 * unknown fields); `undefined` when the schema would object.
 */
function plainFeature(feature: unknown): Raw | undefined {
  if (!isObject(feature) || feature.type !== 'Feature') return undefined;
  const { id, properties, geometry, bbox } = feature;
  if (!(id === undefined || typeof id === 'string' || isNumber(id))) return undefined;
  if (!(properties === null || isObject(properties))) return undefined;
  if (!optionalNumbers(bbox) || !isObject(geometry)) return undefined;
  const { type, coordinates } = geometry;
  if (!optionalNumbers(geometry.bbox)) return undefined;
  if (type === 'Polygon') {
    if (!plainRings(coordinates)) return undefined;
  } else if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0 || !coordinates.every(plainRings)) return undefined;
  } else return undefined;
  return plainFeatureCopy(feature);
}

interface Lifted {
  /** The document with the large lists emptied. */
  readonly light: Raw;
  /** Puts the lists, as the schema outputs them, back into the parsed light document. */
  readonly restore: (output: Raw) => void;
}

/** Lifts the large lists out of `doc`, or returns undefined when one of them holds anything the plain checks do not accept. */
function lift(doc: Raw): Lifted | undefined {
  const light: Raw = { ...doc };
  const features = new Map<number, Raw[]>();
  const values = new Map<number, unknown[]>();
  const levels = doc.areaLevels;
  if (Array.isArray(levels)) {
    const copies = levels.slice();
    for (let l = 0; l < levels.length; l++) {
      const level: unknown = levels[l];
      const geometry = isObject(level) ? level.geometry : undefined;
      if (!isObject(geometry) || !Array.isArray(geometry.features)) continue;
      const out: Raw[] = [];
      for (const feature of geometry.features) {
        const plain = plainFeature(feature);
        if (!plain) return undefined;
        out.push(plain);
      }
      features.set(l, out);
      copies[l] = { ...(level as Raw), geometry: { ...geometry, features: [] } };
    }
    light.areaLevels = copies;
  }
  const indicators = doc.indicators;
  if (Array.isArray(indicators)) {
    const copies = indicators.slice();
    for (let i = 0; i < indicators.length; i++) {
      const indicator: unknown = indicators[i];
      if (!isObject(indicator) || !Array.isArray(indicator.values)) continue;
      const list = indicator.values as unknown[];
      for (let v = 0; v < list.length; v++) if (!plainValue(list[v])) return undefined;
      values.set(i, list.map((entry) => ({ ...(entry as Raw) })));
      copies[i] = { ...indicator, values: [] };
    }
    light.indicators = copies;
  }
  const restore = (output: Raw): void => {
    const outLevels = output.areaLevels as Raw[];
    for (const [l, list] of features) ((outLevels[l]!.geometry as Raw).features as unknown) = list;
    const outIndicators = output.indicators as Raw[];
    for (const [i, list] of values) outIndicators[i]!.values = list;
  };
  return { light, restore };
}

/** `contractSchema.safeParse(doc, options)`, with the plain loops for the large lists. */
export function parseContract(doc: unknown, options?: Parameters<typeof contractSchema.safeParse>[1]): Parse {
  const lifted = isObject(doc) ? lift(doc) : undefined;
  if (!lifted) return contractSchema.safeParse(doc, options);
  const parsed = contractSchema.safeParse(lifted.light, options);
  if (parsed.success) lifted.restore(parsed.data as unknown as Raw);
  return parsed as Parse & { data: ContractDocument };
}
