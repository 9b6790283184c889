/**
 * For the profile's tests: the expected figures worked out straight from the raw JSON, with no
 * code of the model, and a small hand-made document whose similar areas are known.
 */
import type { ContractInput } from '../../contract/schema.ts';

const WITHHELD = ['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable'];
const numberOf = (entry: any): number | null => (entry && entry.value !== null && !WITHHELD.includes(entry.status) ? entry.value : null);
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals + 0;

export interface ExpectedRow {
  readonly id: string;
  readonly polarity: string;
  readonly period: string;
  readonly entry: any;
  readonly value: number | null;
  readonly whole: number | null;
  readonly difference: number | null;
  readonly differenceKind: 'points' | 'percent';
  /** 1 = highest value (negative, neutral) or lowest value (positive). */
  readonly position: number | null;
  readonly of: number;
  readonly previous: { from: string; delta: number | null } | null;
  readonly first: { from: string; delta: number | null } | null;
}

/** Every indicator of `level`, at its latest period, for `area`: value, whole, difference, rank, change. */
export function expectedRows(raw: any, area: string, level: string): ExpectedRow[] {
  return raw.indicators
    .filter((indicator: any) => indicator.level === level)
    .map((indicator: any): ExpectedRow => {
      const decimals = indicator.decimals ?? 0;
      const periods = [...new Set<string>(indicator.values.map((v: any) => v.period))].sort();
      const period = periods.at(-1)!;
      const at = (p: string) => indicator.values.find((v: any) => v.area === area && v.period === p);
      const entry = at(period);
      const value = numberOf(entry);
      const whole = numberOf((indicator.total ?? []).find((t: any) => t.period === period));
      const differenceKind = indicator.unit === '%' ? 'points' : 'percent';
      const difference =
        value === null || whole === null ? null : differenceKind === 'points' ? round(value - whole, decimals) : round(((value - whole) / Math.abs(whole)) * 100, 1);
      const others = indicator.values.filter((v: any) => v.period === period).map(numberOf).filter((v: number | null) => v !== null) as number[];
      const position = value === null ? null : 1 + others.filter((v) => (indicator.polarity === 'positive' ? v < value : v > value)).length;
      const changeFrom = (from: string | undefined) => {
        if (from === undefined) return null;
        const before = numberOf(at(from));
        return { from, delta: value === null || before === null ? null : round(value - before, decimals) };
      };
      const index = periods.indexOf(period);
      return {
        id: indicator.id,
        polarity: indicator.polarity ?? 'neutral',
        period,
        entry,
        value,
        whole,
        difference,
        differenceKind,
        position,
        of: others.length,
        previous: index > 0 ? changeFrom(periods[index - 1]) : null,
        first: index > 1 ? changeFrom(periods[0]) : null,
      };
    });
}

const square = (x: number, y: number): [number, number][][] => [
  [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y + 0.01],
    [x, y],
  ],
];

/**
 * Six areas and three indicators with the same numbers per area (x 5, twin 5, near 6, low 4,
 * far 9; gap 5 but withheld twice). For x the similar areas are twin, then low and near (a tie,
 * ordered by id); gap shares one indicator of three and is not compared.
 */
export function similarContract(): ContractInput {
  const numbers: Record<string, number> = { x: 5, twin: 5, near: 6, low: 4, far: 9, gap: 5 };
  const ids = Object.keys(numbers);
  const indicator = (id: string, polarity: 'negative' | 'positive' | 'neutral', withheld: boolean) => ({
    id,
    label: `Indikator ${id}`,
    unit: '%',
    decimals: 1,
    polarity,
    level: 'viertel',
    values: ids.map((area) => (area === 'gap' && withheld ? { area, period: '2023', value: null, status: 'suppressed' as const } : { area, period: '2023', value: numbers[area]! })),
    total: [{ period: '2023', value: 5.5 }],
  });
  return {
    version: 1,
    meta: { title: 'Ähnlichkeit', publisher: 'Test', license: 'dl-de/by-2-0', municipality: { name: 'Teststadt' } },
    areaLevels: [
      {
        id: 'viertel',
        label: 'Viertel',
        geometry: { type: 'FeatureCollection', features: ids.map((id, i) => ({ type: 'Feature', properties: { id, name: id.toUpperCase() }, geometry: { type: 'Polygon', coordinates: square(6.6 + i * 0.01, 51.6) } })) },
      },
    ],
    indicators: [indicator('eins', 'negative', true), indicator('zwei', 'positive', true), indicator('drei', 'neutral', false)],
  };
}
