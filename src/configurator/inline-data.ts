/**
 * The part of a document one widget shows, for the inline-data snippet: a CMS page carries it in
 * its HTML, so every district shape a gauge never draws is weight for nothing. Pure: no DOM.
 *
 * - map: its indicator and the level it draws (with the full geometry);
 * - trend, profile: their indicators and the names of their areas;
 * - gauge: `housing` and the names of its areas; funding: the chosen programme(s) and area names;
 * - always `meta` (title, source, licence, "Stand", the "Beispieldaten" mark).
 *
 * Widgets that only name areas get each area as its bounding box, with the level marked
 * `schematic`: the names stay, the outlines (most of the bytes) go, and the document stays valid.
 */
import type { AreaLevel, ContractDocument, Indicator } from '../contract/schema.ts';
import { areaNames } from '../contract/areas.ts';
import type { EmbeddableWidget } from '../embed/embed-params.ts';

type Attributes = Readonly<Record<string, string>>;
type Json = Record<string, unknown>;

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** Every position of a (Multi)Polygon, whatever its nesting. */
function* positions(coordinates: unknown): Generator<readonly number[]> {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    yield coordinates as number[];
    return;
  }
  for (const inner of coordinates) yield* positions(inner);
}

/** The level with each feature's geometry replaced by its bounding box (counter-clockwise, as RFC 7946 wants). */
export function namesOnlyLevel(level: AreaLevel): Json {
  if (typeof level.geometry === 'string') return { ...level };
  const features = level.geometry.features.map((feature) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of positions(feature.geometry.coordinates)) {
      if (x === undefined || y === undefined) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    // A point-like area still needs a ring of three distinct corners.
    if (maxX - minX < 1e-5) maxX = minX + 1e-5;
    if (maxY - minY < 1e-5) maxY = minY + 1e-5;
    const [x0, y0, x1, y1] = [round(minX), round(minY), round(maxX), round(maxY)];
    return {
      type: 'Feature',
      properties: { ...(feature.properties ?? {}) },
      geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
    };
  });
  return { ...level, geometry: { type: 'FeatureCollection', features }, schematic: true };
}

/** The document's own fields in contract order, with `parts` replacing or adding parts. */
function assemble(doc: ContractDocument, parts: { areaLevels: Json[]; indicators?: Indicator[]; housing?: unknown; funding?: unknown }): Json {
  const out: Json = { version: doc.version, meta: doc.meta, areaLevels: parts.areaLevels, indicators: parts.indicators ?? [] };
  if (parts.housing !== undefined) out.housing = parts.housing;
  if (parts.funding !== undefined) out.funding = parts.funding;
  return out;
}

const levelsById = (doc: ContractDocument, ids: Iterable<string | undefined>, full: ReadonlySet<string> = new Set()): Json[] => {
  const wanted = new Set([...ids].filter((id): id is string => id !== undefined));
  return doc.areaLevels.filter((l) => wanted.has(l.id)).map((l) => (full.has(l.id) ? { ...l } : namesOnlyLevel(l)));
};

function forMap(doc: ContractDocument, attributes: Attributes): Json {
  const level = doc.areaLevels.find((l) => l.id === attributes.level);
  const candidates = doc.indicators.filter((i) => !level || i.level === level.id);
  const indicator = candidates.find((i) => i.id === attributes.indicator) ?? candidates[0];
  const shownLevel = level?.id ?? indicator?.level;
  const ids = [shownLevel, indicator?.level];
  return assemble(doc, { areaLevels: levelsById(doc, ids, new Set(ids.filter((id): id is string => id !== undefined))), indicators: indicator ? [indicator] : [] });
}

function forTrend(doc: ContractDocument, attributes: Attributes): Json {
  const indicator = doc.indicators.find((i) => i.id === attributes.indicator) ?? doc.indicators[0];
  return assemble(doc, { areaLevels: levelsById(doc, [indicator?.level]), indicators: indicator ? [indicator] : [] });
}

function forProfile(doc: ContractDocument, attributes: Attributes): Json {
  const area = attributes.area;
  const levelId = attributes.level || (area ? doc.areaLevels.find((l) => areaNames(l).has(area))?.id : undefined);
  const listed = (attributes.indicators ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  let indicators = listed.length ? listed.map((id) => doc.indicators.find((i) => i.id === id)).filter((i): i is Indicator => i !== undefined) : doc.indicators;
  if (levelId) indicators = indicators.filter((i) => i.level === levelId);
  return assemble(doc, { areaLevels: levelsById(doc, [levelId, ...indicators.map((i) => i.level)]), indicators });
}

/** The level `byArea` names, else the first level that holds all its areas (as the gauge picks it). */
function housingLevel(doc: ContractDocument): string | undefined {
  const housing = doc.housing;
  if (!housing) return undefined;
  if (housing.level) return housing.level;
  const ids = new Set(housing.byArea.map((a) => a.area));
  if (ids.size === 0) return undefined;
  return doc.areaLevels.find((level) => {
    const names = areaNames(level);
    return names.size > 0 && [...ids].every((id) => names.has(id));
  })?.id;
}

function forGauge(doc: ContractDocument): Json {
  return assemble(doc, { areaLevels: levelsById(doc, [housingLevel(doc)]), housing: doc.housing });
}

function forFunding(doc: ContractDocument, attributes: Attributes): Json {
  const funding = doc.funding;
  if (!funding) return assemble(doc, { areaLevels: [] });
  const programmes = attributes.programme ? funding.programmes.filter((p) => p.id === attributes.programme) : funding.programmes;
  const shown = programmes.length ? programmes : funding.programmes;
  const projectAreas = new Set(shown.flatMap((p) => p.projects.map((project) => project.area)).filter((a): a is string => typeof a === 'string'));
  // A programme names its level, or the section does, or the projects' areas tell which level.
  const levels = shown.map((p) => p.level ?? funding.level);
  if (levels.some((l) => l === undefined) && projectAreas.size) {
    const holding = doc.areaLevels.find((level) => [...projectAreas].every((id) => areaNames(level).has(id)));
    levels.push(holding?.id);
  }
  return assemble(doc, { areaLevels: levelsById(doc, levels), funding: { ...funding, programmes: shown } });
}

/** The parts of `doc` that `widget` with these attributes shows, as a document of its own. */
export function documentForWidget(doc: ContractDocument, widget: EmbeddableWidget, attributes: Attributes): Json {
  switch (widget) {
    case 'district-map':
      return forMap(doc, attributes);
    case 'indicator-trend':
      return forTrend(doc, attributes);
    case 'district-profile':
      return forProfile(doc, attributes);
    case 'housing-gauge':
      return forGauge(doc);
    case 'funding-tracker':
      return forFunding(doc, attributes);
  }
}
