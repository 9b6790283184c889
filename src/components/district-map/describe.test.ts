import { expect } from '@open-wc/testing';
import { text } from './district-map.texts.ts';
import { validateContract } from '../../contract/validate.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { buildModel, type ModelOptions } from './model/district-data.ts';
import {
  breakDecimals,
  centreText,
  cityText,
  classText,
  csvRows,
  districtLabel,
  entryText,
  indicatorLabel,
  legendItems,
  numberText,
  panelRows,
  periodText,
  rankText,
  summaryText,
  tableCaption,
  tableColumns,
  unitSuffix,
  valueClasses,
} from './describe.ts';

const NB = '\u00a0';

function mini(): ContractDocument {
  const result = validateContract(miniContract());
  if (!result.valid) throw new Error('fixture invalid');
  return result.document;
}

const AREAS = [
  { id: 'nord', name: 'Nord' },
  { id: 'mitte', name: 'Mitte' },
  { id: 'sued', name: 'Süd' },
  { id: 'ost', name: 'Ost' },
];

function model(options: Partial<ModelOptions> = {}) {
  const doc = mini();
  return buildModel(doc.indicators[0]!, doc.areaLevels[0]!, AREAS, { body: doc.meta, period: '2023', method: 'quantile', classes: 3, ...options });
}

describe('district map: words', () => {
  // The English texts are a module of their own (i18n.ts): a widget loads them with its data.
  before(() => text.load('en'));

  it('names indicator and period in both languages, a comparison as a change', () => {
    const m = model();
    const c = model({ compare: '2022' });
    expect([periodText('de', m), periodText('de', c), periodText('en', c)]).to.deep.equal(['2023', 'Veränderung 2022 bis 2023', 'Change 2022 to 2023']);
    expect([indicatorLabel('de', m), indicatorLabel('en', m)]).to.deep.equal(['Arbeitslosenanteil', 'Unemployment share']);
  });

  it('writes units German first: percentage points for changes of a share, € for EUR', () => {
    expect(unitSuffix('de', '%', false)).to.equal(`${NB}%`);
    expect(unitSuffix('en', '%', false)).to.equal('%');
    expect(unitSuffix('de', '%', true)).to.equal(`${NB}Prozentpunkte`);
    expect(unitSuffix('en', '%', true)).to.equal(`${NB}percentage points`);
    expect(unitSuffix('de', 'EUR', false)).to.equal(`${NB}€`);
    expect(unitSuffix('de', ' Personen ', false)).to.equal(`${NB}Personen`);
    expect(unitSuffix('de', '', false)).to.equal('');
  });

  it('shows class limits with the decimals they need, at most three beyond the indicator', () => {
    expect(breakDecimals({ breaks: [5, 7.25], indicator: { decimals: 1 } as never })).to.equal(2);
    expect(breakDecimals({ breaks: [1.23456], indicator: { decimals: 0 } as never })).to.equal(3);
    expect(breakDecimals({ breaks: [], indicator: { decimals: 1 } as never })).to.equal(1);
  });

  it('lists the legend: every class with its count, then the confidential districts', () => {
    expect(legendItems('de', model())).to.deep.equal([
      { label: `bis 6,3${NB}%`, count: 1, color: '#fee8c8' },
      { label: `über 6,3 bis 10,7${NB}%`, count: 1, color: '#fdbb84' },
      { label: `über 10,7${NB}%`, count: 1, color: '#e34a33' },
      { label: 'geheim', count: 1, pattern: 'suppressed' },
    ]);
    expect(legendItems('en', model({ compare: '2022' })).map((i) => i.label)).to.deep.equal([
      `up to -0.5${NB}percentage points`,
      `over -0.5 to +0.5${NB}percentage points`,
      `over +0.5${NB}percentage points`,
      'confidential',
    ]);
  });

  it('names an index unit in words before the range instead of "bis 0,13 Index"', () => {
    const doc = mini();
    const indicator = { ...doc.indicators[0]!, unit: 'Index', decimals: 2 };
    const index = (options: Partial<ModelOptions> = {}) => buildModel(indicator, doc.areaLevels[0]!, AREAS, { body: doc.meta, period: '2023', method: 'quantile', classes: 3, ...options });
    const labels = legendItems('de', index()).map((i) => i.label);
    expect(labels[0]).to.match(/^Indexwert bis \d+,\d\d$/);
    expect(labels.filter((l) => /Index$/.test(l)), 'no range ends in the bare word').to.deep.equal([]);
    expect(legendItems('en', index())[1]!.label).to.match(/^Index value over [\d.]+ to [\d.]+$/);
    expect(legendItems('de', index({ compare: '2022' }))[0]!.label).to.match(/^Veränderung des Indexwerts bis -/);
  });

  it('leaves the value classes out of the legend when no district has a number', () => {
    const m = model();
    expect(valueClasses(m)).to.have.length(3);
    expect(valueClasses({ ...m, counts: { value: 0, missing: 4, suppressed: 0 } })).to.deep.equal([]);
    expect(valueClasses({ ...m, method: 'manual', counts: { value: 0, missing: 4, suppressed: 0 } })).to.have.length(3);
  });

  it('says where the colours of a diverging palette are centred', () => {
    expect(centreText('de', model())).to.equal('');
    expect(centreText('de', model({ compare: '2022' }))).to.equal('Farbmitte: keine Veränderung');
    expect(centreText('en', model({ palette: 'red-blue' }))).to.equal('Colour midpoint: city total (9.6%)');
  });

  it('fills the details panel: value, rank, city and difference; both periods and the change when comparing', () => {
    const m = model();
    expect(panelRows('de', m, m.byId.get('mitte')!)).to.deep.equal([
      { term: 'Wert', value: `17,1${NB}%` },
      { term: 'Rang', value: '1 von 3' },
      { term: 'Gesamtstadt', value: `9,6${NB}%` },
      { term: 'Differenz zur Gesamtstadt', value: `+7,5${NB}Prozentpunkte` },
    ]);
    const c = model({ compare: '2022' });
    expect(panelRows('en', c, c.byId.get('nord')!).map((r) => `${r.term}: ${r.value}`)).to.deep.equal([
      '2022: 8.0%',
      '2023: 7.5%',
      `Change: -0.5${NB}percentage points`,
      'Rank: 3 of 3',
      `Change of the city total: -0.2${NB}percentage points`,
      `Difference to the change of the city total: -0.3${NB}percentage points`,
    ]);
  });

  it('never turns a confidential value into a number: no rank, no difference, no change', () => {
    const c = model({ compare: '2022' });
    const ost = c.byId.get('ost')!;
    expect(panelRows('de', c, ost).map((r) => r.value)).to.deep.equal(['keine Angabe', 'geheim gehalten', 'geheim gehalten', `-0,2${NB}Prozentpunkte`]);
    expect(rankText('de', c, ost)).to.equal(null);
    expect(classText('de', c, ost)).to.equal('geheim');
    expect(entryText('de', c, { value: 3, status: 'suppressed' })).to.equal('geheim gehalten');
    expect(entryText('en', c, { value: 3, status: 'provisional' })).to.equal('3.0% (provisional)');
    expect(entryText('de', c, undefined)).to.equal('keine Angabe');
  });

  it('writes the city and a change with a sign', () => {
    const c = model({ compare: '2022' });
    expect(cityText('de', c)).to.equal(`-0,2${NB}Prozentpunkte`);
    expect(numberText('en', c, 1.25)).to.equal(`+1.3${NB}percentage points`);
    expect(numberText('de', model(), 1.25)).to.equal(`1,3${NB}%`);
  });

  it('captions the table and lays out its columns, sortable by number', () => {
    const m = model();
    // The level's label stands alone: "nach Bezirke" would need a dative the document does not give.
    expect(tableCaption('de', m)).to.equal(`Arbeitslosenanteil, Bezirke, 2023 · Gesamtstadt: 9,6${NB}% · Rang 1 = höchster Wert`);
    const columns = tableColumns('de', m);
    expect(columns.map((c) => c.key)).to.deep.equal(['name', 'value', 'difference', 'rank', 'class']);
    const cells = (key: string) => {
      const column = columns.find((c) => c.key === key)!;
      return m.districts.map((d) => [column.sortValue(d), column.render?.(d) ?? null]);
    };
    expect(cells('value')).to.deep.equal([
      [7.5, `7,5${NB}%`],
      [17.1, `17,1${NB}%`],
      [4, `4,0${NB}%`],
      [null, 'geheim gehalten'],
    ]);
    expect(cells('rank')).to.deep.equal([
      [2, '2'],
      [1, '1'],
      [3, '3'],
      [null, '–'],
    ]);
    expect(cells('class').map(([sort]) => sort)).to.deep.equal([1, 2, 0, null]);
    const c = model({ compare: '2022' });
    expect(tableColumns('en', c).map((col) => col.label)).to.deep.equal(['Area', '2022', '2023', 'Change', 'Difference to the change of the city total', 'Rank', 'Class']);
    expect(tableCaption('en', c)).to.contain('rank 1 = largest increase');
  });

  it('names a Kreis and a Land as the whole, declined, in every text about the total', () => {
    const kreis = model({ body: { municipality: { name: 'Wesel', ags: '05170' } }, palette: 'red-blue' });
    const mitte = kreis.byId.get('mitte')!;
    expect(panelRows('de', kreis, mitte).slice(2)).to.deep.equal([
      { term: 'Kreis Wesel', value: `9,6${NB}%` },
      { term: 'Differenz zum Kreis Wesel', value: `+7,5${NB}Prozentpunkte` },
    ]);
    expect(districtLabel('de', kreis, mitte)).to.equal(`Mitte: 17,1${NB}%, Rang 1 von 3, +7,5${NB}Prozentpunkte zum Kreis Wesel`);
    expect(summaryText('de', kreis)).to.contain(`Kreis Wesel: 9,6${NB}%. 1 von 3 Gebieten mit Angabe liegen über dem Wert des Kreises Wesel.`);
    expect(centreText('de', kreis)).to.equal(`Farbmitte: Kreis Wesel (9,6${NB}%)`);
    expect(tableCaption('de', kreis)).to.contain(`Kreis Wesel: 9,6${NB}%`);
    expect(csvRows('de', kreis).at(-1)![0]).to.equal('Kreis Wesel');
    const change = model({ body: { municipality: { name: 'Wesel', ags: '05170' } }, compare: '2022' });
    expect(panelRows('de', change, change.byId.get('nord')!).map((r) => r.term).slice(-2)).to.deep.equal(['Veränderung des Kreises Wesel', 'Differenz zur Veränderung des Kreises Wesel']);
    expect(summaryText('de', change)).to.contain('stärker verändert als der Kreis Wesel.');

    const land = model({ body: { municipality: { name: 'Nordrhein-Westfalen', ags: '05' } } });
    expect(panelRows('de', land, land.byId.get('mitte')!).slice(2).map((r) => r.term)).to.deep.equal(['Nordrhein-Westfalen', 'Differenz zu Nordrhein-Westfalen']);
    expect(summaryText('de', land)).to.contain('über dem Wert für Nordrhein-Westfalen.');

    for (const m of [kreis, change, land]) {
      for (const lang of ['de', 'en'] as const) {
        const words = [
          summaryText(lang, m),
          tableCaption(lang, m),
          centreText(lang, m),
          ...tableColumns(lang, m).map((c) => c.label),
          ...m.districts.flatMap((d) => [districtLabel(lang, m, d), ...panelRows(lang, m, d).map((r) => r.term)]),
          ...csvRows(lang, m).flat().map(String),
        ].join(' ');
        expect(words).not.to.match(/Gesamtstadt|city total/i);
      }
    }
  });
});
