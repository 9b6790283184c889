import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../define/housing-gauge.ts';
import type { QwHousingGauge } from './housing-gauge.ts';
import { miniContract } from '../../test-support/fixtures.ts';
import { clearContractCache } from '../../shared/loader.ts';
import { groupChannel } from '../../shared/group.ts';

/** Intl puts a no-break space (or a narrow one) before `%`; the user sees a space. */
const normal = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const shadow = (el: Element) => el.shadowRoot!;
const textOf = (el: Element, selector = ':host') => normal(selector === ':host' ? shadow(el).textContent : shadow(el).querySelector(selector)?.textContent);
const settled = (el: QwHousingGauge) => waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 10000 });

/**
 * A hand-made document: 1,000 dwellings (5 %) in 2020 on the test level `bezirk`; every figure
 * in the assertions is worked out by hand from these numbers.
 */
function housingDoc(): any {
  const doc = miniContract() as any;
  doc.housing = {
    unit: 'WE',
    level: 'bezirk',
    source: 'Wohnungsamt Teststadt',
    sourceUrl: 'https://example.org/wohnen',
    stock: [
      { period: '2019', value: 900, share: 4.5 },
      { period: '2020', value: 1000, share: 5, dwellings: 20000 },
    ],
    need: [{ period: '2020', value: 120, label: 'Wohnungssuchende Haushalte', labelEn: 'Households searching' }],
    target: [{ period: '2030', share: 8, label: 'Ziel 2030', labelEn: 'Target 2030' }],
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
    lost: [{ from: '2015', period: '2019', value: 80 }],
    byArea: [
      { area: 'nord', period: '2020', value: 400, shareOfTotal: 40 },
      { area: 'mitte', period: '2020', value: 500, shareOfTotal: 50 },
      { area: 'sued', period: '2020', value: null, status: 'suppressed' },
    ],
    bySize: [
      { size: '1 Zimmer', sizeEn: '1 room', period: '2020', value: 250, share: 25 },
      { size: '2 Zimmer', sizeEn: '2 rooms', period: '2020', value: 750, share: 75 },
    ],
    reference: { share: 9.3, label: 'NRW' },
  };
  return doc;
}

async function weselGauge(attributes = ''): Promise<QwHousingGauge> {
  const wrapper = await fixture<HTMLDivElement>(`<div><qw-housing-gauge src="/demo/data/wesel.json" ${attributes}></qw-housing-gauge></div>`);
  const el = wrapper.querySelector('qw-housing-gauge')!;
  await settled(el);
  return el;
}

async function gauge(doc: unknown, attributes: Record<string, string> = {}): Promise<QwHousingGauge> {
  const el = document.createElement('qw-housing-gauge');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = doc;
  const ready = oneEvent(el, 'qw-ready');
  await fixture(html`<div>${el}</div>`);
  if (el.state === 'loading') await Promise.race([ready, settled(el)]);
  await el.updateComplete;
  return el;
}

const spans = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map((span) => normal(span.textContent));
const meter = (el: Element) => shadow(el).querySelector('[role="meter"]')!;
const tableRows = (el: Element, caption: string) => {
  const table = [...shadow(el).querySelectorAll('table')].find((t) => normal(t.caption?.textContent).startsWith(caption));
  return table ? [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => normal(cell.textContent))) : undefined;
};

describe('<qw-housing-gauge>', () => {
  beforeEach(() => clearContractCache());

  describe('with the Wesel sample data', () => {
    it('shows 1.743 flats, 5,78 % and the 384 flats that leave their commitments by 2031', async () => {
      const el = await weselGauge();
      expect(el.state).to.equal('ready');
      expect(textOf(el, '.headline')).to.equal('5,78 % aller Wohnungen sind öffentlich gefördert');
      expect(textOf(el, '.gauge .legend')).to.contain('Geförderte Wohnungen 2021: 5,78 %');
      expect(textOf(el, '.projection .totals')).to.equal(
        'Bis 2031 fallen 384 Wohnungen aus der Bindung. Geplante Neubauten enthalten die Daten nicht. Der Bestand sinkt damit von 1.743 auf 1.359 Wohnungen (-22 %).',
      );
      expect(textOf(el, '.projection .lost')).to.equal('Von 2016 bis 2020 sind 206 Wohnungen aus der Bindung gefallen.');
      expect(textOf(el, '.figures')).to.contain('Wohnungssuchende Haushalte 2021 235');
      expect(textOf(el, '.figures')).to.contain('Vergleich NRW 2021 9,3 %');
      expect(textOf(el, 'header')).to.contain('Öffentlich geförderter Wohnraum');
      expect(textOf(el, 'header')).to.contain('Wesel, Stand 2021');
    });

    it('is a meter with German value text: 5,78 % against NRW 9,3 %', async () => {
      const el = await weselGauge();
      const m = meter(el);
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('12');
      expect(m.getAttribute('aria-valuenow')).to.equal('5.78');
      expect(normal(m.getAttribute('aria-valuetext'))).to.equal('5,78 % geförderte Wohnungen, NRW 9,3 %');
      expect(m.getAttribute('aria-label')).to.equal('Anteil geförderter Wohnungen am Wohnungsbestand');
      // The value bar ends at 5.78 of 12, the NRW mark sits at 9.3 of 12.
      expect(Number(shadow(el).querySelector('.value-bar')!.getAttribute('width'))).to.be.closeTo((5.78 / 12) * 100, 1e-9);
      expect(Number(shadow(el).querySelector('line.mark.reference')!.getAttribute('x1'))).to.be.closeTo(77.5, 1e-9);
      expect(textOf(el, '.mark-labels')).to.equal('NRW 9,3 %');
      expect([...shadow(el).querySelectorAll('.track .band')].map((b) => b.classList[1])).to.deep.equal(['below', 'reference']);
    });

    it('draws the counted stock and ten expected years, and marks the yearly split as example data', async () => {
      const el = await weselGauge();
      const columns = [...shadow(el).querySelectorAll('svg.columns rect.column')];
      expect(columns).to.have.length(11);
      expect(columns[0]!.classList.contains('counted')).to.be.true;
      expect(columns.slice(1).every((c) => c.classList.contains('example'))).to.be.true;
      expect(normal(columns[0]!.querySelector('title')!.textContent)).to.equal('2021: 1.743 WE');
      expect(normal(columns[10]!.querySelector('title')!.textContent)).to.equal('2031: 1.359 WE');
      expect(spans(el, '.x-axis span')).to.deep.equal(['2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031']);
      // The headline figures are real: only the yearly split is illustrative, and it carries its own mark.
      expect(shadow(el).querySelector('header .example-badge')).to.equal(null);
      expect(textOf(el, '.projection h3')).to.equal('Erwarteter Bestand bis 2031 Beispieldaten');
      expect(textOf(el, '.projection .example-note')).to.equal('Die Aufteilung auf einzelne Jahre ist zur Veranschaulichung erfunden.');
    });

    it('shows the districts and the published flat sizes with the unlisted rest', async () => {
      const el = await weselGauge();
      const rows = [...shadow(el).querySelectorAll('.areas button.row')].map((b) => normal(b.textContent));
      expect(rows).to.deep.equal([
        'Innenstadt inkl. Lippedorf 436 WE (geschätzt) 25,0 % des geförderten Bestands',
        'Feldmark 300 WE (geschätzt) 17,2 % des geförderten Bestands',
        'Schepersfeld 275 WE (geschätzt) 15,8 % des geförderten Bestands',
        'Fusternberg 261 WE (geschätzt) 15,0 % des geförderten Bestands',
      ]);
      expect(textOf(el, '.areas h3')).to.equal('Nach Gebieten: Sozialräume (2021)');
      const sizes = [...shadow(el).querySelectorAll('.sizes li')].map((li) => normal(li.textContent));
      expect(sizes).to.deep.equal(['für 1 Person 9,0 %', 'für 5 Personen 2,8 %', 'für 6 Personen 1,6 %', 'übrige Größen (nicht einzeln veröffentlicht) 86,6 %']);
    });

    it('cites the housing source in the footer', async () => {
      const el = await weselGauge();
      const link = shadow(el).querySelector('footer a')!;
      expect(normal(link.textContent)).to.contain('Monitoring „Öffentlich geförderter Wohnraum“');
      expect(link.getAttribute('href')).to.contain('article233375467');
    });

    it('summarises the figures for screen readers', async () => {
      const el = await weselGauge();
      const summary = textOf(el, '[part="summary"]');
      expect(summary).to.contain('Öffentlich geförderter Wohnraum in Wesel 2021: 1.743 Wohnungen, das sind 5,78 % des Wohnungsbestands.');
      expect(summary).to.contain('Zum Vergleich NRW: 9,3 %.');
      expect(summary).to.contain('Wohnungssuchende Haushalte: 235.');
      expect(summary).to.contain('Bis 2031 fallen 384 Wohnungen aus der Bindung.');
      expect(summary).to.contain('Den größten Anteil hat Innenstadt inkl. Lippedorf mit 436 WE (geschätzt), 25,0 % des geförderten Bestands.');
    });

    it('speaks English with lang="en"', async () => {
      const el = await weselGauge('lang="en"');
      expect(textOf(el, 'header')).to.contain('Publicly subsidised housing');
      expect(normal(meter(el).getAttribute('aria-valuetext'))).to.equal('5.78% subsidised flats, North Rhine-Westphalia 9.3%');
      expect(textOf(el, '.projection .totals')).to.contain('By 2031, 384 flats leave their commitments.');
      expect(textOf(el, '.projection .totals')).to.contain('from 1,743 to 1,359 flats');
      expect(textOf(el, '.figures')).to.contain('Households searching for a flat 2021 235');
    });

    it('loads neither maplibre nor vega', async () => {
      await weselGauge();
      const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(resources.some((url) => url.includes('housing-gauge'))).to.be.true;
      expect(resources.filter((url) => /maplibre|vega/i.test(url))).to.deep.equal([]);
    });

    it('is accessible', async () => {
      const el = await weselGauge();
      await expect(el).to.be.accessible();
    });
  });

  describe('marks and hints', () => {
    it('shows the header badge only when a headline figure is illustrative', async () => {
      const real = await gauge(housingDoc());
      expect(shadow(real).querySelector('header .example-badge')).to.equal(null);
      const doc = housingDoc();
      doc.housing.stock[1].example = true;
      const invented = await gauge(doc);
      expect(shadow(invented).querySelector('header .example-badge')).to.exist;
      const target = housingDoc();
      target.housing.target[0].example = true;
      expect(shadow(await gauge(target)).querySelector('header .example-badge'), 'the target is a mark on the gauge').to.exist;
    });

    it('marks an illustrative breakdown in its own heading, not in the header', async () => {
      const doc = housingDoc();
      doc.housing.byArea[0].example = true;
      doc.housing.bySize[0].example = true;
      const el = await gauge(doc);
      expect(shadow(el).querySelector('header .example-badge')).to.equal(null);
      expect(shadow(el).querySelector('.areas h3 .example-mark')).to.exist;
      expect(shadow(el).querySelector('.sizes h3 .example-mark')).to.exist;
    });

    it('mentions linked widgets only when another widget shares the group', async () => {
      const alone = await gauge(housingDoc());
      expect(textOf(alone, '.areas .hint')).to.equal('Ein Gebiet auswählen, um es hervorzuheben.');
      const grouped = await gauge(housingDoc(), { group: 'gauge-hint-alone' });
      expect(textOf(grouped, '.areas .hint'), 'a group without other members').to.equal('Ein Gebiet auswählen, um es hervorzuheben.');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <qw-housing-gauge group="gauge-hint-pair" .data=${housingDoc()}></qw-housing-gauge>
        <qw-housing-gauge group="gauge-hint-pair" .data=${housingDoc()}></qw-housing-gauge>
      </div>`);
      const first = wrapper.querySelector<QwHousingGauge>('qw-housing-gauge')!;
      await settled(first);
      await first.updateComplete;
      expect(textOf(first, '.areas .hint')).to.equal('Ein Gebiet auswählen, um es in verknüpften Bausteinen hervorzuheben.');
    });
  });

  describe('removed early', () => {
    it('refers to no SVG resource by url(): a style that does keeps every removed gauge in Chromium\'s style cache', async () => {
      const el = await weselGauge();
      expect(shadow(el).querySelectorAll('.projection .hatch-line').length, 'the illustrative years are hatched').to.be.greaterThan(0);
      const properties = ['fill', 'stroke', 'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end', 'filter'] as const;
      const referring = [...shadow(el).querySelectorAll('*')].flatMap((node) =>
        properties.filter((p) => getComputedStyle(node).getPropertyValue(p).includes('url(')).map((p) => `${node.localName}.${[...node.classList].join('.')} ${p}`),
      );
      expect(referring).to.deep.equal([]);
      expect(shadow(el).querySelector('pattern, [fill^="url("]')).to.equal(null);
    });
  });

  describe('table view', () => {
    it('shows the key figures, the projection, the areas and the sizes as tables and no gauge', async () => {
      const el = await weselGauge('view="table"');
      expect(meter(el)).to.equal(null);
      expect(tableRows(el, 'Kennzahlen')!.slice(0, 3)).to.deep.equal([
        ['Geförderte Wohnungen', '2021', '1.743 WE', ''],
        ['Anteil am Wohnungsbestand', '2021', '5,78 %', ''],
        ['Vergleich NRW', '2021', '9,3 %', ''],
      ]);
      const projection = tableRows(el, 'Erwarteter Bestand 2021 bis 2031')!;
      expect(projection[0]).to.deep.equal(['2021 (gezählt)', '', '', '1.743']);
      expect(projection[1]).to.deep.equal(['2022 (Beispieldaten)', '39', '0', '1.704']);
      expect(projection.at(-1)).to.deep.equal(['2031 (Beispieldaten)', '38', '0', '1.359']);
      expect(tableRows(el, 'Geförderte Wohnungen nach Gebieten')![0]!.slice(0, 3)).to.deep.equal(['Innenstadt inkl. Lippedorf', '436 (geschätzt)', '25,0 %']);
      expect(tableRows(el, 'Geförderte Wohnungen nach Wohnungsgröße')).to.deep.equal([
        ['für 1 Person', '9,0 %'],
        ['für 5 Personen', '2,8 %'],
        ['für 6 Personen', '1,6 %'],
        ['übrige Größen (nicht einzeln veröffentlicht)', '86,6 %'],
      ]);
    });
  });

  describe('with a hand-made series', () => {
    it('draws the projection arithmetic: 1.000 → 950, 930, 930, 980, 1.000, 960', async () => {
      const el = await gauge(housingDoc(), { horizon: '6', view: 'table' });
      const rows = tableRows(el, 'Erwarteter Bestand 2020 bis 2026')!;
      expect(rows.map((r) => r[0])).to.deep.equal(['2020 (gezählt)', '2021', '2022', '2023', '2024', '2025', '2026']);
      expect(rows.map((r) => r[1])).to.deep.equal(['', '50', '30', '0', '100', '0', '40']);
      expect(rows.map((r) => r[2])).to.deep.equal(['', '0', '10', '0', '150', '20', '0']);
      expect(rows.map((r) => r[3])).to.deep.equal(['1.000', '950', '930', '930', '980', '1.000', '960']);
    });

    it('follows the horizon: the chart, the totals in words and what lies beyond', async () => {
      const el = await gauge(housingDoc(), { horizon: '3' });
      expect(shadow(el).querySelectorAll('svg.columns rect.column')).to.have.length(4);
      expect(textOf(el, '.projection .totals')).to.equal(
        'Bis 2023 fallen 80 Wohnungen aus der Bindung. 10 geförderte Wohnungen kommen neu hinzu. Der Bestand sinkt damit von 1.000 auf 930 Wohnungen (-7 %). Danach fallen laut Daten weitere 640 Wohnungen aus der Bindung.',
      );
      el.horizon = 5;
      await oneEvent(el, 'qw-ready');
      expect(textOf(el, '.projection .totals')).to.contain('Der Bestand bleibt damit bei 1.000 Wohnungen.');
      expect(shadow(el).querySelector('header .example-badge')).to.equal(null);
    });

    it('marks the target and the reference and bands the track between them', async () => {
      const el = await gauge(housingDoc());
      expect(normal(meter(el).getAttribute('aria-valuetext'))).to.equal('5 % geförderte Wohnungen, NRW 9,3 %, Ziel 2030 8 %');
      expect(meter(el).getAttribute('aria-valuemax')).to.equal('12');
      expect([...shadow(el).querySelectorAll('.track .band')].map((b) => b.classList[1])).to.deep.equal(['below', 'target', 'both']);
      expect(textOf(el, '.gauge .legend')).to.contain('Ziel erreicht');
      expect(spans(el, '.mark-label')).to.deep.equal(['Ziel 2030 8 %', 'NRW 9,3 %']);
      // Close marks go on separate lines.
      expect([...shadow(el).querySelectorAll<HTMLElement>('.mark-label')].map((l) => l.style.getPropertyValue('--_row'))).to.deep.equal(['0', '1']);
    });

    it('shows the period the attribute names, and says so when the stock has no such period', async () => {
      const el = await gauge(housingDoc(), { period: '2019' });
      expect(textOf(el, '.headline')).to.equal('4,5 % aller Wohnungen sind öffentlich gefördert');
      expect(textOf(el, 'header')).to.contain('Teststadt, Stand 2019');
      expect(textOf(el, '.projection .lost')).to.equal('Von 2015 bis 2019 sind 80 Wohnungen aus der Bindung gefallen.');
      const errorEvent = oneEvent(el, 'qw-error');
      el.period = '2018';
      const event = await errorEvent;
      expect(event.detail.code).to.equal('config');
      expect(textOf(el, '[role="alert"]')).to.equal('Für den Zeitraum „2018“ enthalten die Daten keinen Bestand. Vorhanden: 2019, 2020. Ohne das Attribut „period“ zeigt der Baustein den neuesten Stand.');
    });

    it('refuses a horizon that is not a whole number from 0 to 50', async () => {
      const el = await gauge(housingDoc(), { horizon: 'zehn' });
      expect(el.state).to.equal('error');
      expect(textOf(el, '[role="alert"]')).to.contain('Das Attribut „horizon“ muss eine ganze Zahl von 0 bis 50 sein, gefunden: „zehn“.');
      const none = await gauge(housingDoc(), { horizon: '0' });
      expect(none.state).to.equal('ready');
      expect(shadow(none).querySelector('.projection')).to.equal(null);
    });

    it('never shows a withheld area value as a number', async () => {
      const el = await gauge(housingDoc());
      const sued = shadow(el).querySelector('button.row[data-area="sued"]')!;
      expect(normal(sued.textContent)).to.equal('Süd geheim gehalten');
      expect((sued.querySelector('.bar-fill') as HTMLElement).style.inlineSize).to.equal('0%');
      expect((shadow(el).querySelector('button.row[data-area="mitte"] .bar-fill') as HTMLElement).style.inlineSize).to.equal('100%');
      expect((shadow(el).querySelector('button.row[data-area="nord"] .bar-fill') as HTMLElement).style.inlineSize).to.equal('80%');
    });

    it('selects an area on click, fires qw-select and tells the group', async () => {
      const doc = housingDoc();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <qw-housing-gauge id="a" group="wohnen-click" .data=${doc}></qw-housing-gauge>
        <qw-housing-gauge id="b" group="wohnen-click" .data=${doc}></qw-housing-gauge>
      </div>`);
      const [a, b] = [wrapper.querySelector<QwHousingGauge>('#a')!, wrapper.querySelector<QwHousingGauge>('#b')!];
      await settled(a);
      await settled(b);
      await a.updateComplete;
      const selectEvent = oneEvent(a, 'qw-select');
      (shadow(a).querySelector('button.row[data-area="mitte"]') as HTMLButtonElement).click();
      expect((await selectEvent).detail.areaId).to.equal('mitte');
      await b.updateComplete;
      expect(shadow(b).querySelector('button.row[data-area="mitte"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(textOf(b, '.areas .selection')).to.equal('Ausgewählt: Mitte: 500 WE, 50 % des geförderten Bestands');
      const clearEvent = oneEvent(a, 'qw-select');
      (shadow(a).querySelector('button.row[data-area="mitte"]') as HTMLButtonElement).click();
      expect((await clearEvent).detail.areaId).to.equal(null);
    });

    it('selects and clears an area from the keyboard', async () => {
      const el = await gauge(housingDoc());
      const nord = shadow(el).querySelector<HTMLButtonElement>('button.row[data-area="nord"]')!;
      nord.focus();
      const selectEvent = oneEvent(el, 'qw-select');
      await sendKeys({ press: 'Enter' });
      expect((await selectEvent).detail.areaId).to.equal('nord');
      await el.updateComplete;
      expect(nord.getAttribute('aria-pressed')).to.equal('true');
      const clearEvent = oneEvent(el, 'qw-select');
      await sendKeys({ press: 'Space' });
      expect((await clearEvent).detail.areaId).to.equal(null);
    });

    it('shows the period the group shares when the stock has it, and keeps its own otherwise', async () => {
      const el = await gauge(housingDoc(), { group: 'wohnen-period' });
      expect(textOf(el, '.headline')).to.equal('5 % aller Wohnungen sind öffentlich gefördert');
      groupChannel('wohnen-period').update({ period: '2019' }, 'trend');
      await el.updateComplete;
      expect(textOf(el, '.headline')).to.equal('4,5 % aller Wohnungen sind öffentlich gefördert');
      groupChannel('wohnen-period').update({ period: '2023-12-31' }, 'trend');
      await el.updateComplete;
      expect(textOf(el, '.headline')).to.equal('5 % aller Wohnungen sind öffentlich gefördert');
    });

    it('computes the share from all dwellings when the data give no share', async () => {
      const doc = housingDoc();
      doc.housing.stock = [{ period: '2020', value: 1743, dwellings: 30156 }];
      doc.housing.byArea = [];
      const el = await gauge(doc);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('5.78');
      expect(textOf(el, '.headline')).to.equal('5,8 % aller Wohnungen sind öffentlich gefördert');
    });

    it('follows an area another widget selects, also one without figures', async () => {
      const el = await gauge(housingDoc(), { group: 'wohnen-follow' });
      groupChannel('wohnen-follow').update({ areaId: 'nord' }, 'map');
      await el.updateComplete;
      expect(shadow(el).querySelector('button.row.selected')!.getAttribute('data-area')).to.equal('nord');
      expect(textOf(el, '.areas .selection')).to.equal('Ausgewählt: Nord: 400 WE, 40 % des geförderten Bestands');
      groupChannel('wohnen-follow').update({ areaId: 'ost' }, 'map');
      await el.updateComplete;
      expect(shadow(el).querySelector('button.row.selected')).to.equal(null);
      expect(textOf(el, '.areas .selection')).to.equal('Für Ost enthalten die Daten keine Angabe zum geförderten Wohnraum.');
    });

    it('draws a count gauge against the target number when the data give no share', async () => {
      const doc = housingDoc();
      doc.housing.stock = [{ period: '2020', value: 1000 }];
      doc.housing.target = [{ period: '2030', value: 1500 }];
      doc.housing.need = [{ period: '2020', value: 1200, kind: 'units' }];
      const el = await gauge(doc);
      const m = meter(el);
      expect(m.getAttribute('aria-label')).to.equal('Geförderte Wohnungen');
      expect(m.getAttribute('aria-valuenow')).to.equal('1000');
      expect(m.getAttribute('aria-valuemax')).to.equal('2000');
      expect(normal(m.getAttribute('aria-valuetext'))).to.equal('1.000 geförderte Wohnungen, Ziel 2030 1.500, Bedarf 1.200');
      expect(textOf(el, '.headline')).to.equal('1.000 öffentlich geförderte Wohnungen');
    });

    it('is empty, with a reason, when the document has no housing stock', async () => {
      const doc = housingDoc();
      delete doc.housing;
      const el = await gauge(doc);
      expect(el.getAttribute('state')).to.equal('empty');
      expect(textOf(el, '.status')).to.equal('Die Daten enthalten keinen Bestand an öffentlich gefördertem Wohnraum (Abschnitt „housing“, Liste „stock“).');
    });

    it('says when no figures fall inside the horizon', async () => {
      const doc = housingDoc();
      doc.housing.expiring = [{ period: '2040', value: 5 }];
      doc.housing.additions = [];
      const el = await gauge(doc);
      expect(shadow(el).querySelector('svg.columns')).to.equal(null);
      expect(textOf(el, '.projection .totals')).to.equal('Für 2021 bis 2030 enthalten die Daten weder auslaufende Bindungen noch geplante Neubauten.');
    });
  });

  describe('motion and colours', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('sweeps the value bar only without a reduced-motion preference', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await gauge(housingDoc());
      expect(getComputedStyle(shadow(moving).querySelector('.value-bar')!).animationName).to.equal('qw-housing-sweep');
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await gauge(housingDoc());
      expect(getComputedStyle(shadow(still).querySelector('.value-bar')!).animationName).to.equal('none');
    });

    it('takes its colours and heights from --qw-gauge-* properties, and still from the older --qw-housing-* names', async () => {
      const el = await gauge(housingDoc());
      const fill = () => getComputedStyle(shadow(el).querySelector('.value-bar')!).fill;
      const trackHeight = () => getComputedStyle(shadow(el).querySelector('.track')!).blockSize;
      expect(fill()).to.equal('rgb(11, 79, 138)');
      el.style.setProperty('--qw-housing-value', 'rgb(1, 2, 3)');
      el.style.setProperty('--qw-housing-gauge-height', '40px');
      expect(fill()).to.equal('rgb(1, 2, 3)');
      expect(trackHeight()).to.equal('40px');
      el.style.setProperty('--qw-gauge-value', 'rgb(4, 5, 6)');
      el.style.setProperty('--qw-gauge-track-height', '50px');
      expect(fill()).to.equal('rgb(4, 5, 6)');
      expect(trackHeight()).to.equal('50px');
    });

    it('has forced-colors rules that paint the gauge in system colours', async () => {
      const el = await gauge(housingDoc());
      const rules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
        .flatMap((media) => [...media.cssRules] as CSSStyleRule[]);
      const fillOf = (selector: string) => rules.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style.getPropertyValue('fill');
      expect(fillOf('.value-bar')).to.equal('highlight');
      expect(fillOf('.band.reference')).to.equal('graytext');
      expect(rules.find((r) => r.selectorText.split(/,\s*/).includes('.track'))?.style.getPropertyValue('forced-color-adjust')).to.equal('none');
    });
  });
});
