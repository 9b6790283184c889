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

/**
 * A document for trend charts: periods of mixed granularity and unequal spacing (2019, 2020,
 * 2022-06-30, 2023), a missing value in the middle of Mitte's series, a provisional value,
 * a target, and a population series of the city alone with a series break.
 */
export function trendContract(): ContractInput {
  const doc = miniContract();
  return {
    ...doc,
    indicators: [
      {
        id: 'quote',
        label: 'SGB-II-Quote',
        labelEn: 'SGB II rate',
        unit: '%',
        decimals: 1,
        polarity: 'negative',
        level: 'bezirk',
        source: 'Jobcenter Teststadt',
        target: 9,
        values: [
          { area: 'mitte', period: '2019', value: 12.5 },
          { area: 'mitte', period: '2020', value: 14 },
          { area: 'mitte', period: '2022-06-30', value: null, status: 'missing' },
          { area: 'mitte', period: '2023', value: 16.5, status: 'provisional' },
          { area: 'nord', period: '2019', value: 8 },
          { area: 'nord', period: '2020', value: 8.5 },
          { area: 'nord', period: '2022-06-30', value: 9 },
          { area: 'nord', period: '2023', value: 9.5 },
          { area: 'sued', period: '2019', value: null, status: 'suppressed' },
          { area: 'sued', period: '2020', value: 4 },
          { area: 'sued', period: '2023', value: 4.5 },
        ],
        total: [
          { period: '2019', value: 10 },
          { period: '2020', value: 10.5 },
          { period: '2022-06-30', value: 11 },
          { period: '2023', value: 11.5, status: 'provisional' },
        ],
        notes: [{ period: '2020', text: 'Neue Zählweise der Bedarfsgemeinschaften' }],
      },
      {
        id: 'einwohner',
        label: 'Bevölkerung',
        labelEn: 'Population',
        unit: 'Personen',
        decimals: 0,
        level: 'bezirk',
        values: [
          { area: 'nord', period: '2023-12-31', value: 15210 },
          { area: 'mitte', period: '2023-12-31', value: 21007 },
        ],
        total: [
          { period: '2013-12-31', value: 60070 },
          { period: '2021-12-31', value: 60688 },
          { period: '2022-05-15', value: 59988 },
          { period: '2022-06-30', value: 61141 },
          { period: '2023-12-31', value: 61277 },
        ],
        notes: [{ period: '2022-05-15', text: 'Zensus 2022: neue Basis', seriesBreak: true }],
      },
    ],
  };
}
