/** Contract documents and helpers for the district map's tests; every number is chosen to be checked by hand. */
import { waitUntil } from '@open-wc/testing';
import type { ContractInput } from '../../contract/schema.ts';
import type { QwDistrictMap } from './district-map.ts';

const square = (x: number, y: number, size = 0.02): [number, number][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

/**
 * Six square districts in a 3 × 2 grid (a b c / d e f, north row first) with the values
 * 1, 2, 4, 5, 6, 12: quantile, equal-interval, jenks and manual (1.5, 8) classify them
 * differently (see classify.test.ts).
 */
export const GRID_VALUES: Record<string, number> = { a: 1, b: 2, c: 4, d: 5, e: 6, f: 12 };

export function gridContract(): ContractInput {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  return {
    version: 1,
    meta: { title: 'Raster', publisher: 'Test', license: 'dl-de/zero-2-0', municipality: { name: 'Raster' } },
    areaLevels: [
      {
        id: 'feld',
        label: 'Felder',
        geometry: {
          type: 'FeatureCollection',
          features: ids.map((id, i) => ({
            type: 'Feature' as const,
            properties: { id, name: `Feld ${id.toUpperCase()}` },
            geometry: { type: 'Polygon' as const, coordinates: square(6.6 + (i % 3) * 0.02, 51.7 - Math.floor(i / 3) * 0.02) },
          })),
        },
      },
    ],
    indicators: [
      {
        id: 'quote',
        label: 'Quote',
        unit: '%',
        decimals: 1,
        polarity: 'negative',
        level: 'feld',
        values: ids.map((id) => ({ area: id, period: '2023', value: GRID_VALUES[id]! })),
        total: [{ period: '2023', value: 5 }],
      },
    ],
  };
}

/** Waits until the map has settled (ready or failed) and, with WebGL wanted, until WebGL draws. */
export async function settled(el: QwDistrictMap, renderer?: 'webgl' | 'svg'): Promise<void> {
  await waitUntil(() => el.state !== 'loading', 'map did not load', { timeout: 10000 });
  if (renderer) await waitUntil(() => el.activeRenderer === renderer, `map did not draw with ${renderer}`, { timeout: 15000 });
  await el.updateComplete;
}

export function districtPaths(el: QwDistrictMap): SVGPathElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.district')];
}

export function pathOf(el: QwDistrictMap, id: string): SVGPathElement {
  const path = el.shadowRoot!.querySelector<SVGPathElement>(`path.district[data-id="${id}"]`);
  if (!path) throw new Error(`no path for ${id}`);
  return path;
}
