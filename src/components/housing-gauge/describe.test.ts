import { expect } from '@open-wc/testing';
import { text } from './housing-gauge.texts.ts';
import { validateContract } from '../../contract/validate.ts';
import type { ContractDocument } from '../../contract/schema.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import type { Lang } from '../../shared/i18n.ts';
import {
  areaColumns,
  areaFigures,
  areasTitle,
  bandLabel,
  figureColumns,
  figureRows,
  gaugeSummary,
  lostText,
  markLabel,
  markText,
  meterValueText,
  periodText,
  projectionColumns,
  projectionRows,
  selectionText,
  sizeColumns,
  sizeFigure,
  sizeRemainderText,
  sizeTableRows,
  totalsText,
} from './describe.ts';
import { housingModel, type HousingModel } from './model/housing-model.ts';

/** Intl puts a no-break space (or a narrow one) before `%`; compare with plain spaces. */
const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function weselDocument(): Promise<ContractDocument> {
  return validateContract(await (await fetch('/demo/data/wesel.json')).json()).document!;
}

async function wesel(lang: Lang = 'de'): Promise<{ document: ContractDocument; model: HousingModel }> {
  const document = await weselDocument();
  return { document, model: housingModel(document, document.housing!, { period: '2021', horizon: 10, lang })! };
}

/** 1.000 flats (5 % of 20.000) in 2020 against NRW 9,3 % and a target of 8 % in 2030; flows as in projection.test.ts. */
function handMade(horizon: number, lang: Lang = 'de', changes: Record<string, unknown> = {}): { document: ContractDocument; model: HousingModel } {
  const doc = miniContract() as Record<string, unknown>;
  doc.housing = {
    unit: 'WE',
    level: 'bezirk',
    stock: [{ period: '2020', value: 1000, share: 5, dwellings: 20000 }],
    target: [{ period: '2030', share: 8 }],
    need: [{ period: '2020', value: 1200, kind: 'units' }],
    expiring: [
      { period: '2021', value: 50 },
      { period: '2022', value: 30 },
      { period: '2024', value: 100 },
      { period: '2026', value: 40 },
      { period: '2031', value: 500 },
    ],
    additions: [
      { period: '2022', value: 10 },
      { period: '2024', value: 150 },
      { period: '2025', value: 20 },
    ],
    lost: [{ period: '2019', value: 1 }],
    byArea: [
      { area: 'nord', period: '2020', share: 4.25 },
      { area: 'mitte', period: '2020', share: 6 },
    ],
    reference: { share: 9.3, label: 'NRW' },
    ...changes,
  };
  const result = validateContract(doc);
  expect(result.errors).to.deep.equal([]);
  const document = result.document!;
  return { document, model: housingModel(document, document.housing!, { period: '2020', horizon, lang })! };
}

describe('housing gauge words', () => {
  // The English texts are a module of their own (i18n.ts): a widget loads them with its data.
  before(() => text.load('en'));

  it('words the gauge: value, marks and bands of the Wesel sample', async () => {
    const { model } = await wesel();
    expect(normal(meterValueText('de', model))).to.equal('5,78 % geförderte Wohnungen, NRW 9,3 %');
    const [nrw] = model.gauge.marks;
    expect(normal(markText('de', model, nrw!))).to.equal('NRW 9,3 %');
    expect(normal(bandLabel('de', model, 'below'))).to.equal('unter NRW (9,3 %)');
    expect(normal(bandLabel('de', model, 'reference'))).to.equal('ab NRW (9,3 %)');
    expect(bandLabel('de', model, 'neutral')).to.equal('Skala');
    const en = (await wesel('en')).model;
    expect(normal(meterValueText('en', en))).to.equal('5.78% subsidised flats, North Rhine-Westphalia 9.3%');
  });

  it('names a mark without a label by its kind, and the bands between reference and target', () => {
    const { model } = handMade(10);
    expect(model.gauge.marks.map((m) => markLabel('de', m))).to.deep.equal(['NRW', 'Ziel 2030', 'Bedarf']);
    expect(model.gauge.marks.map((m) => markLabel('en', m))).to.deep.equal(['NRW', 'Target 2030', 'Need']);
    expect(markLabel('de', { kind: 'target', value: 1, decimals: 0, label: '' })).to.equal('Ziel');
    expect(normal(bandLabel('de', model, 'below'))).to.equal('unter NRW (9,3 %) und dem Ziel');
    expect(normal(bandLabel('de', model, 'both'))).to.equal('Ziel erreicht, ab NRW (9,3 %)');
    expect(bandLabel('de', model, 'target')).to.equal('Ziel erreicht');
  });

  it('lists the key figures of the Wesel sample, spans of periods included', async () => {
    const { model } = await wesel();
    expect(figureRows('de', model).map((r) => [r.key, r.label, periodText('de', r.period), normal(r.value), r.example])).to.deep.equal([
      ['stock', 'Geförderte Wohnungen', '2021', '1.743 WE', false],
      ['share', 'Anteil am Wohnungsbestand', '2021', '5,78 %', false],
      ['reference', 'Vergleich NRW', '2021', '9,3 %', false],
      ['need-households', 'Wohnungssuchende Haushalte', '2021', '235', false],
      ['lost-2020', 'Aus der Bindung gefallen', '2016–2020', '206 WE', false],
    ]);
    expect(periodText('de', '')).to.equal('');
    expect(figureRows('en', (await wesel('en')).model)[2]!.label).to.equal('Comparison: North Rhine-Westphalia');
  });

  it('says what leaves, what is added and where the stock ends, in every grammatical case', async () => {
    const { model } = await wesel();
    expect(totalsText('de', model).map(normal)).to.deep.equal([
      'Bis 2031 fallen 384 Wohnungen aus der Bindung.',
      'Geplante Neubauten enthalten die Daten nicht.',
      'Der Bestand sinkt damit von 1.743 auf 1.359 Wohnungen (-22 %).',
    ]);
    // Horizon 6: 1.000 − 220 + 180 = 960, and 500 more after 2026.
    expect(totalsText('de', handMade(6).model).map(normal)).to.deep.equal([
      'Bis 2026 fallen 220 Wohnungen aus der Bindung.',
      '180 geförderte Wohnungen kommen neu hinzu.',
      'Der Bestand sinkt damit von 1.000 auf 960 Wohnungen (-4 %).',
      'Danach fallen laut Daten weitere 500 Wohnungen aus der Bindung.',
    ]);
    // Horizon 5: 1.000 − 180 + 180 = 1.000.
    expect(totalsText('de', handMade(5).model)[2]).to.equal('Der Bestand bleibt damit bei 1.000 Wohnungen.');
    const one = handMade(1, 'en', { expiring: [{ period: '2021', value: 1 }], additions: [{ period: '2021', value: 11 }] }).model;
    expect(totalsText('en', one).map(normal)).to.deep.equal(['By 2021, one flat leaves its commitments.', '11 new subsidised flats are added.', 'The stock thus rises from 1,000 to 1,010 flats (+1 %).']);
    expect(lostText('de', { period: '2019', value: 1 })).to.equal('Im Zeitraum 2019 sind 1 Wohnungen aus der Bindung gefallen.');
    expect(lostText('en', { from: '2016', period: '2020', value: 206 })).to.equal('From 2016 to 2020, 206 flats left their commitments.');
  });

  it('words the areas, the selected one and the flat sizes', async () => {
    const { document, model } = await wesel();
    const [innenstadt] = model.areas.rows;
    const figures = areaFigures('de', model, innenstadt!);
    expect([figures.main, ...figures.extra].map(normal)).to.deep.equal(['436 WE (geschätzt)', '25,0 % des geförderten Bestands']);
    expect(areasTitle('de', model.areas)).to.equal('Nach Gebieten: Sozialräume (2021)');
    expect(areasTitle('en', model.areas)).to.equal('By area: Social areas (2021)');
    expect(normal(selectionText('de', document, model, 'innenstadt'))).to.equal('Ausgewählt: Innenstadt inkl. Lippedorf: 436 WE (geschätzt), 25,0 % des geförderten Bestands');
    expect(selectionText('de', document, model, 'bislich')).to.equal('Für Bislich enthalten die Daten keine Angabe zum geförderten Wohnraum.');
    expect(selectionText('de', document, model, undefined)).to.equal('');
    expect(model.sizes.rows.map((row) => normal(sizeFigure('de', model, row)))).to.deep.equal(['9,0 %', '2,8 %', '1,6 %']);
    expect(normal(sizeRemainderText('de', model))).to.equal('86,6 %');
  });

  it('lets a share stand in for a missing count, with the data\'s most precise decimals', () => {
    const { model } = handMade(10);
    expect(model.areas.rows.map((row) => normal(areaFigures('de', model, row).main))).to.deep.equal(['6,00 % der Wohnungen im Gebiet', '4,25 % der Wohnungen im Gebiet']);
    expect(areaFigures('de', model, model.areas.rows[0]!).extra).to.deep.equal([]);
  });

  it('summarises the Wesel sample in German and English', async () => {
    const { document, model } = await wesel();
    expect(normal(gaugeSummary('de', document, model))).to.equal(
      [
        'Öffentlich geförderter Wohnraum in Wesel 2021: 1.743 Wohnungen, das sind 5,78 % des Wohnungsbestands.',
        'Zum Vergleich NRW: 9,3 %.',
        'Wohnungssuchende Haushalte: 235.',
        'Von 2016 bis 2020 sind 206 Wohnungen aus der Bindung gefallen.',
        'Bis 2031 fallen 384 Wohnungen aus der Bindung.',
        'Geplante Neubauten enthalten die Daten nicht.',
        'Der Bestand sinkt damit von 1.743 auf 1.359 Wohnungen (-22 %).',
        'Den größten Anteil hat Innenstadt inkl. Lippedorf mit 436 WE (geschätzt), 25,0 % des geförderten Bestands.',
      ].join(' '),
    );
    const en = await wesel('en');
    expect(normal(gaugeSummary('en', en.document, en.model))).to.contain('For comparison, North Rhine-Westphalia: 9.3%. Households searching for a flat: 235.');
  });

  it('summarises a target and a need for flats', () => {
    const { document, model } = handMade(10);
    const summary = normal(gaugeSummary('de', document, model));
    expect(summary).to.contain('Ziel 2030: 8 %.');
    expect(summary).to.contain('Bedarf an geförderten Wohnungen: 1.200.');
  });

  it('builds the table rows and only the columns the data fill', async () => {
    const { model } = await wesel();
    const render = <R>(columns: { key: string; render?: (row: R) => unknown; sortValue: (row: R) => unknown }[], row: R) => columns.map((c) => normal(String(c.render ? c.render(row) : c.sortValue(row))));
    const figures = figureColumns('de');
    expect(figures.map((c) => c.label)).to.deep.equal(['Kennzahl', 'Zeitraum', 'Wert', 'Anmerkung']);
    expect(render(figures, figureRows('de', model)[4]!)).to.deep.equal(['Aus der Bindung gefallen', '2016–2020', '206 WE', '']);
    const rows = projectionRows('de', model);
    expect(rows).to.have.length(11);
    expect(render(projectionColumns('de'), rows[0]!)).to.deep.equal(['2021 (gezählt)', '', '', '1.743']);
    expect(render(projectionColumns('de'), rows[1]!)).to.deep.equal(['2022 (Beispieldaten)', '39', '0', '1.704']);
    const areas = areaColumns('de', model);
    expect(areas.map((c) => c.key)).to.deep.equal(['name', 'value', 'shareOfTotal', 'note']);
    expect(render(areas, model.areas.rows[1]!).slice(0, 3)).to.deep.equal(['Feldmark', '300 (geschätzt)', '17,2 %']);
    expect(areas[1]!.label).to.equal('Geförderte Wohnungen (WE)');
    const sizes = sizeColumns('de', model);
    expect(sizes.map((c) => c.key)).to.deep.equal(['size', 'share']);
    expect(render(sizes, model.sizes.rows[0]!)).to.deep.equal(['für 1 Person', '9,0 %']);
    // The chart shows the unlisted rest; the table of what is drawn shows it too.
    const sizeRows = sizeTableRows('de', model);
    expect(sizeRows).to.have.length(4);
    expect(render(sizes, sizeRows[3]!)).to.deep.equal(['übrige Größen (nicht einzeln veröffentlicht)', '86,6 %']);
    expect(sizeTableRows('en', model)[3]!.label).to.equal('other sizes (not published separately)');
  });
});
