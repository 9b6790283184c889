/**
 * "Ähnliche Gebiete": the areas nearest to one area over standardised indicators.
 *
 * The rule, also stated to readers (see `similarRule` in the texts):
 * - each indicator is standardised over the level's areas that have a number for it
 *   (z = (x − mean) / standard deviation); suppressed and missing values are not numbers and
 *   take no part, neither in the mean nor in any distance;
 * - an indicator counts only when the chosen area has a number for it and the areas' numbers
 *   spread at all (standard deviation > 0);
 * - the distance between two areas is the root of the mean squared z difference over the
 *   counted indicators for which both have a number, so a missing value neither adds nor
 *   removes distance;
 * - an area must share at least half of the counted indicators (rounded up, at least one);
 *   with fewer it is not compared;
 * - equal distances are ordered by area id, so the answer never depends on the data's order.
 */
import { mean, standardDeviation } from './statistics.ts';

export interface SimilarArea {
  readonly id: string;
  /** Root mean squared difference of z-scores. */
  readonly distance: number;
  /** How many indicators entered the distance. */
  readonly shared: number;
}

export interface SimilarResult {
  readonly areas: readonly SimilarArea[];
  /** Indicators that count for the chosen area. */
  readonly counted: number;
  /** The fewest shared indicators an area needs to be compared. */
  readonly minimumShared: number;
}

/**
 * @param areaIds every area of the level
 * @param target the chosen area
 * @param columns per indicator, the numbers by area id (only areas with a usable number)
 */
export function similarAreas(areaIds: readonly string[], target: string, columns: readonly ReadonlyMap<string, number>[], count = 3): SimilarResult {
  const standardised: ReadonlyMap<string, number>[] = [];
  for (const column of columns) {
    if (!column.has(target) || column.size < 2) continue;
    const values = [...column.values()];
    const centre = mean(values);
    const spread = standardDeviation(values);
    if (!(spread > 0)) continue;
    standardised.push(new Map([...column].map(([id, value]) => [id, (value - centre) / spread])));
  }
  const counted = standardised.length;
  const minimumShared = Math.max(1, Math.ceil(counted / 2));
  if (counted === 0) return { areas: [], counted, minimumShared };
  const candidates: SimilarArea[] = [];
  for (const id of new Set(areaIds)) {
    if (id === target) continue;
    let sum = 0;
    let shared = 0;
    for (const column of standardised) {
      const other = column.get(id);
      if (other === undefined) continue;
      sum += (column.get(target)! - other) ** 2;
      shared++;
    }
    if (shared >= minimumShared) candidates.push({ id, distance: Math.sqrt(sum / shared), shared });
  }
  // Distances equal but for rounding noise count as ties.
  candidates.sort((a, b) => (Math.abs(a.distance - b.distance) > 1e-9 ? a.distance - b.distance : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { areas: candidates.slice(0, count), counted, minimumShared };
}
