/**
 * Areas of a level: the id of a feature and the name it shows. Every widget, the configurator
 * and the validator read ids and names through these, so an id is the same string everywhere.
 */
import type { AreaLevel, ContractDocument } from './schema.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The area id of a GeoJSON feature: `properties[idProperty]`, else the feature's `id`; numbers become strings. */
export function featureId(feature: unknown, idProperty: string): string | undefined {
  if (!isRecord(feature)) return undefined;
  // Own properties only: an id property named "constructor" must not find Object's.
  const props = Object.hasOwn(feature, 'properties') ? feature.properties : undefined;
  const raw = isRecord(props) && Object.hasOwn(props, idProperty) && props[idProperty] !== undefined ? props[idProperty] : Object.hasOwn(feature, 'id') ? feature.id : undefined;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

/** The shown name of a feature: its name property when it is a non-empty text or a number, else its id. */
export function featureName(feature: unknown, nameProperty: string, id: string): string {
  const props = isRecord(feature) && Object.hasOwn(feature, 'properties') && isRecord(feature.properties) ? feature.properties : undefined;
  const raw = props && Object.hasOwn(props, nameProperty) ? props[nameProperty] : undefined;
  if (typeof raw === 'string' && raw.trim()) return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return id;
}

const namesCache = new WeakMap<AreaLevel, ReadonlyMap<string, string>>();

/**
 * Area ids and names of a level in the order of its features (the first feature of an id wins).
 * Empty when the geometry is still a URL.
 */
export function areaNames(level: AreaLevel | undefined): ReadonlyMap<string, string> {
  if (!level || typeof level.geometry === 'string') return new Map();
  const cached = namesCache.get(level);
  if (cached) return cached;
  const names = new Map<string, string>();
  for (const feature of level.geometry.features) {
    const id = featureId(feature, level.idProperty);
    if (id === undefined || names.has(id)) continue;
    names.set(id, featureName(feature, level.nameProperty, id));
  }
  namesCache.set(level, names);
  return names;
}

/** An area's name from its level, else (for an id that came from another widget) from any level, else the id itself. */
export function areaName(document: ContractDocument, level: AreaLevel | undefined, id: string): string {
  const preferred = areaNames(level).get(id);
  if (preferred) return preferred;
  for (const other of document.areaLevels) {
    const name = areaNames(other).get(id);
    if (name) return name;
  }
  return id;
}
