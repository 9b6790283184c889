/** Documents of bodies above a Gemeinde, and a walk over every word a widget shows, for the "no Gesamtstadt" tests. */
import type { ContractInput } from '../contract/schema.ts';

const square = (x: number, y: number, size = 0.2): [number, number][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

/** A Land (key `05`) with three Kreise as hand-made squares, and one indicator over two years with its total. */
export function landContract(): ContractInput {
  const kreise = [
    { ags: '05154', name: 'Kleve', x: 6.0 },
    { ags: '05170', name: 'Wesel', x: 6.3 },
    { ags: '05158', name: 'Mettmann', x: 6.6 },
  ];
  const values: Record<string, [number, number]> = { '05154': [8.1, 8.4], '05170': [10.2, 10.6], '05158': [9.0, 8.8] };
  return {
    version: 1,
    meta: {
      title: 'Nordrhein-Westfalen nach Kreisen',
      publisher: 'Testamt',
      license: 'dl-de/zero-2-0',
      sources: ['Testamt'],
      updated: '2024-06-30',
      municipality: { name: 'Nordrhein-Westfalen', ags: '05' },
    },
    areaLevels: [
      {
        id: 'kreis',
        label: 'Kreise',
        idProperty: 'ags',
        nameProperty: 'name',
        geometry: {
          type: 'FeatureCollection',
          features: kreise.map((k) => ({ type: 'Feature' as const, properties: { ags: k.ags, name: k.name }, geometry: { type: 'Polygon' as const, coordinates: square(k.x, 51.4) } })),
        },
      },
    ],
    indicators: [
      {
        id: 'sgb2',
        label: 'SGB-II-Quote',
        unit: '%',
        decimals: 1,
        polarity: 'negative',
        level: 'kreis',
        values: kreise.flatMap((k) => [
          { area: k.ags, period: '2022', value: values[k.ags]![0] },
          { area: k.ags, period: '2023', value: values[k.ags]![1] },
        ]),
        total: [
          { period: '2022', value: 9.4 },
          { period: '2023', value: 9.7 },
        ],
      },
    ],
  };
}

const SPOKEN = ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt'];

/** Every text a reader can see or hear in a shadow root: text nodes and spoken attributes, nested shadow roots included. */
export function allWords(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement?.localName !== 'style') parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of SPOKEN) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}
