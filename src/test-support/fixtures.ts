/** Small hand-made contract documents for tests; every number is chosen so results can be computed by hand. */
import type { ContractInput } from '../contract/schema.ts';

const square = (x: number, y: number, size = 0.01): [number, number][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

export function miniContract(): ContractInput {
  return {
    version: 1,
    meta: {
      title: 'Teststadt',
      publisher: 'Stadt Teststadt',
      license: 'dl-de/by-2-0',
      sources: [{ title: 'Statistikstelle Teststadt', url: 'https://example.org/statistik' }],
      updated: '2024-12-31',
      municipality: { name: 'Teststadt', ags: '05170048' },
    },
    areaLevels: [
      {
        id: 'bezirk',
        label: 'Bezirke',
        idProperty: 'id',
        nameProperty: 'name',
        geometry: {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: { id: 'nord', name: 'Nord' }, geometry: { type: 'Polygon', coordinates: square(6.6, 51.67) } },
            { type: 'Feature', properties: { id: 'mitte', name: 'Mitte' }, geometry: { type: 'Polygon', coordinates: square(6.6, 51.66) } },
            { type: 'Feature', properties: { id: 'sued', name: 'Süd' }, geometry: { type: 'Polygon', coordinates: square(6.6, 51.65) } },
            { type: 'Feature', properties: { id: 'ost', name: 'Ost' }, geometry: { type: 'Polygon', coordinates: square(6.61, 51.66) } },
          ],
        },
      },
    ],
    indicators: [
      {
        id: 'arbeitslose',
        label: 'Arbeitslosenanteil',
        labelEn: 'Unemployment share',
        unit: '%',
        decimals: 1,
        polarity: 'negative',
        level: 'bezirk',
        source: 'Agentur für Arbeit',
        values: [
          { area: 'nord', period: '2022', value: 8 },
          { area: 'mitte', period: '2022', value: 16.5 },
          { area: 'sued', period: '2022', value: 4.25 },
          { area: 'ost', period: '2022', value: null, status: 'missing' },
          { area: 'nord', period: '2023', value: 7.5 },
          { area: 'mitte', period: '2023', value: 17.1 },
          { area: 'sued', period: '2023', value: 4 },
          { area: 'ost', period: '2023', value: null, status: 'suppressed' },
        ],
        total: [
          { period: '2022', value: 9.8 },
          { period: '2023', value: 9.6 },
        ],
        notes: [{ period: '2023', text: 'Zensus 2022: neue Basis', seriesBreak: true }],
      },
    ],
  };
}
