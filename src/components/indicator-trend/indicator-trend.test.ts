import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../define/indicator-trend.ts';
import type { QwIndicatorTrend } from './indicator-trend.ts';
import { trendContract } from '../../test-support/fixtures.ts';
import { download } from '../../test-support/downloads.ts';
import { groupChannel } from '../../shared/group.ts';
import { periodInstant } from '../../contract/period.ts';

interface VegaDatum {
  readonly key: string;
  readonly series: string;
  readonly value: number | null;
  readonly instant: Date;
}

const NBSP = '\u00a0';

async function frame(width = 720): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  return wrapper;
}

/** A trend in a frame of the given width, resolved after its first `qw-ready`. */
async function trend(attributes: Record<string, string>, options: { data?: unknown; width?: number } = {}): Promise<QwIndicatorTrend> {
  const el = document.createElement('qw-indicator-trend');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = options.data ?? trendContract();
  const ready = oneEvent(el, 'qw-ready');
  (await frame(options.width)).append(el);
  // Widgets below the fold wait before loading vega: bring each one into view, as a reader would.
  el.scrollIntoView();
  await ready;
  return el;
}

const root = (el: QwIndicatorTrend) => el.shadowRoot!;
const svgOf = (el: QwIndicatorTrend) => root(el).querySelector('.vega svg') as SVGSVGElement;
/** The SVG elements of a named vega-lite layer, each with the datum vega bound to it. */
function marks(el: QwIndicatorTrend, layer: string): { node: SVGGraphicsElement; datum: VegaDatum }[] {
  return [...svgOf(el).querySelectorAll<SVGGraphicsElement>(`.${layer}_marks > *`)].map((node) => ({ node, datum: (node as unknown as { __data__: { datum: VegaDatum } }).__data__.datum }));
}
const axisLabels = (el: QwIndicatorTrend) => [...svgOf(el).querySelectorAll('.role-axis-label text')].map((t) => t.textContent!);
// Collapses layout whitespace only: the no-break spaces of `12,5 %` are part of what is tested.
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const legendButtons = (el: QwIndicatorTrend) => [...root(el).querySelectorAll<HTMLButtonElement>('.legend button')];
const tableRows = (el: QwIndicatorTrend) => [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
const tableHead = (el: QwIndicatorTrend) => [...root(el).querySelectorAll('thead th')].map((c) => text(c).replace(/[↕▲▼]/g, '').trim());

/** The rendered x position of a mark (its transform), in SVG units. */
const xOf = (node: Element) => Number(/translate\(([-\d.]+)/.exec(node.getAttribute('transform') ?? '')?.[1]);

describe('<qw-indicator-trend>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ media: 'screen' });
  });

  it('draws one point per period with a value and a gap where a value is missing', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte' });
    const points = [...marks(el, 'points'), ...marks(el, 'provisional')].filter((m) => m.datum.series === 'mitte');
    // 2019, 2020, 2023 — the missing 2022-06-30 is not drawn as a number.
    expect(points.map((p) => p.datum.value)).to.have.members([12.5, 14, 16.5]);
    const line = marks(el, 'lines').map((m) => m.node.getAttribute('d')!);
    // vega-lite puts each series in its own path; the gap splits Mitte's path into two moves.
    expect(line).to.have.length(1);
    expect(line[0]!.match(/M/g)).to.have.length(2);
    expect(marks(el, 'hitAreas')).to.have.length(3);
  });

  it('paints its legend and texts a frame before vega draws: the chart engine\'s long task does not hold them back', async () => {
    // With vega already loaded, the draw would otherwise run in the task that rendered the texts.
    await trend({ indicator: 'quote', areas: 'mitte' });
    const el = document.createElement('qw-indicator-trend');
    el.setAttribute('indicator', 'quote');
    el.setAttribute('areas', 'mitte');
    (await frame()).append(el);
    // As on a page, the data arrives after the element knows it is in view (its observer reported).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    el.data = trendContract();
    const firstFrame = new Promise<{ chart: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!el.shadowRoot!.querySelector('.legend')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve({ chart: !!el.shadowRoot!.querySelector('.vega svg') }));
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    expect(await firstFrame, 'the frame that shows the legend').to.deep.equal({ chart: false });
    await waitUntil(() => el.shadowRoot!.querySelector('.vega svg'), 'the chart follows', { timeout: 5000 });
  });

  it('keeps unequal spacing unequal on a true time axis', async () => {
    const el = await trend({ indicator: 'quote', areas: 'nord' });
    const byPeriod = new Map(marks(el, 'points').map((m) => [+m.datum.instant, xOf(m.node)]));
    const x = (period: string) => byPeriod.get(periodInstant(period))!;
    const yearStep = x('2020') - x('2019');
    const longStep = x('2022-06-30') - x('2020');
    const expected = (periodInstant('2022-06-30') - periodInstant('2020')) / (periodInstant('2020') - periodInstant('2019'));
    expect(longStep / yearStep).to.be.closeTo(expected, 0.01);
    expect(axisLabels(el)).to.include.members(['2019', '2020', '30.06.2022', '2023']);
  });

  it('draws the city total as a distinct dashed line only with show-total', async () => {
    const without = await trend({ indicator: 'quote', areas: 'mitte' });
    expect(marks(without, 'lines').map((m) => m.datum.series)).to.deep.equal(['mitte']);
    expect(legendButtons(without).map(text)).to.deep.equal(['Mitte']);

    const el = await trend({ indicator: 'quote', areas: 'mitte,nord', 'show-total': '' });
    const lines = marks(el, 'lines');
    expect(lines.map((m) => m.datum.series)).to.have.members(['mitte', 'nord', '#total']);
    const total = lines.find((m) => m.datum.series === '#total')!.node;
    expect(total.getAttribute('stroke-dasharray')).to.equal('6,4');
    expect(lines.filter((m) => m.datum.series !== '#total').every((m) => m.node.getAttribute('stroke-dasharray') !== '6,4')).to.be.true;
    const totalPoints = [...marks(el, 'points'), ...marks(el, 'provisional')].filter((m) => m.datum.series === '#total');
    expect(totalPoints).to.have.length(4);
    expect(legendButtons(el).map(text)).to.deep.equal(['Mitte', 'Nord', 'Teststadt (Gesamtstadt)']);
  });

  it('writes axis labels in German formats', async () => {
    const shares = await trend({ indicator: 'quote', areas: 'nord' });
    const labels = axisLabels(shares);
    const shareLabels = labels.filter((l) => l.endsWith('%'));
    // Nord runs from 8 to 9.5 %: the ticks need a decimal, and it is a comma.
    expect(shareLabels).to.include.members([`8,0${NBSP}%`, `8,2${NBSP}%`, `9,0${NBSP}%`]);
    expect(shareLabels.every((l) => /^\d+,\d\u00a0%$/.test(l)), shareLabels.join(' ')).to.be.true;

    const people = await trend({ indicator: 'einwohner' });
    const numbers = axisLabels(people).filter((l) => /^\d/.test(l) && !l.includes('.20'));
    expect(numbers.length).to.be.greaterThan(2);
    expect(numbers.every((l) => /^\d{2}\.\d{3}$/.test(l)), numbers.join(' ')).to.be.true;
    expect(text(svgOf(people).querySelector('.role-axis-title text'))).to.equal('Personen');
  });

  it('draws a target line from the attribute (German decimal comma accepted) or from the data', async () => {
    const fromData = await trend({ indicator: 'quote', areas: 'mitte' });
    expect(marks(fromData, 'target')).to.have.length(1);
    expect(text(svgOf(fromData).querySelector('.targetLabel_marks text'))).to.equal(`Ziel: 9,0${NBSP}%`);

    const fromAttribute = await trend({ indicator: 'quote', areas: 'mitte', target: '12,5' });
    expect(text(svgOf(fromAttribute).querySelector('.targetLabel_marks text'))).to.equal(`Ziel: 12,5${NBSP}%`);
    expect(root(fromAttribute).querySelector('.keys')!.textContent).to.contain('Zielwert');

    const none = await trend({ indicator: 'einwohner' });
    expect(svgOf(none).querySelector('.target_marks')).to.equal(null);
  });

  it('shows a tooltip with value, unit, period and the difference to the city on hover', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte', 'show-total': '' });
    const target = marks(el, 'hitAreas').find((m) => m.datum.key === 'mitte|2019')!.node;
    const box = target.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => root(el).querySelector('.tooltip'), 'no tooltip', { timeout: 5000 });
    const tooltip = text(root(el).querySelector('.tooltip'));
    expect(tooltip).to.contain('Mitte · 2019');
    expect(tooltip).to.contain(`12,5${NBSP}%`);
    expect(tooltip).to.contain(`Unterschied zur Gesamtstadt: +2,5${NBSP}Prozentpunkte`);

    const provisional = marks(el, 'hitAreas').find((m) => m.datum.key === 'mitte|2023')!.node.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(provisional.x + provisional.width / 2), Math.round(provisional.y + provisional.height / 2)] });
    await waitUntil(() => text(root(el).querySelector('.tooltip')).includes('2023'), 'tooltip did not follow', { timeout: 5000 });
    expect(text(root(el).querySelector('.tooltip'))).to.contain(`16,5${NBSP}% (vorläufig)`);

    const note = svgOf(el).querySelector('.noteNumbers_marks text')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(note.x + note.width / 2), Math.round(note.y + note.height / 2)] });
    await waitUntil(() => text(root(el).querySelector('.tooltip')).includes('Neue Zählweise'), 'no note tooltip', { timeout: 5000 });
    expect(text(root(el).querySelector('.tooltip'))).to.equal('1 · 2020 Neue Zählweise der Bedarfsgemeinschaften');

    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !root(el).querySelector('.tooltip'), 'tooltip stayed', { timeout: 5000 });
  });

  it('passes an automated accessibility check in chart and table view', async () => {
    const chart = await trend({ indicator: 'quote', areas: 'mitte,nord', 'show-total': '' });
    await expect(chart).to.be.accessible();
    // One widget at a time: the shared frame's <header>/<footer> count as page landmarks (reported to the lead).
    chart.remove();
    const table = await trend({ indicator: 'quote', areas: 'mitte,nord', 'show-total': '', view: 'table' });
    await expect(table).to.be.accessible();
  });

  it('marks provisional values as hollow points and says so in the table', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte', view: 'table' });
    const hollow = await trend({ indicator: 'quote', areas: 'mitte' });
    const provisional = marks(hollow, 'provisional');
    expect(provisional.map((m) => m.datum.key)).to.deep.equal(['mitte|2023']);
    expect(provisional[0]!.node.getAttribute('fill')).to.equal('#ffffff');
    expect(root(hollow).querySelector('.keys')!.textContent).to.contain('vorläufiger Wert');
    expect(tableRows(el).find((r) => r[0] === '2023')).to.deep.equal(['2023', `16,5${NBSP}% (vorläufig)`, '']);
  });

  it('shows the table view as periods × series in German formats, gaps in words', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte,sued', 'show-total': '', view: 'table' });
    expect(svgOf(el)).to.equal(null);
    expect(tableHead(el)).to.deep.equal(['Zeitraum', 'Mitte', 'Süd', 'Teststadt (Gesamtstadt)', 'Anmerkung']);
    expect(tableRows(el)).to.deep.equal([
      ['2019', `12,5${NBSP}%`, 'geheim gehalten', `10,0${NBSP}%`, ''],
      ['2020', `14,0${NBSP}%`, `4,0${NBSP}%`, `10,5${NBSP}%`, 'Neue Zählweise der Bedarfsgemeinschaften'],
      ['30. Juni 2022', 'keine Angabe', 'keine Angabe', `11,0${NBSP}%`, ''],
      ['2023', `16,5${NBSP}% (vorläufig)`, `4,5${NBSP}%`, `11,5${NBSP}% (vorläufig)`, ''],
    ]);
    const people = await trend({ indicator: 'einwohner', view: 'table' });
    expect(tableRows(people).find((r) => r[0] === '30. Juni 2022')![1]).to.equal(`61.141${NBSP}Personen`);
  });

  it('downloads the table as CSV and the chart as PNG and SVG', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte', 'show-total': '' });
    const csv = await download(el, 'csv');
    expect(csv.name).to.equal('sgb-ii-quote.csv');
    // Whether a cell with a decimal comma is quoted is toCsv's business; compare the cells.
    const lines = (await csv.blob.text()).replace(/^\ufeff/, '').split('\r\n\r\n')[0]!.split('\r\n').map((line) => line.replace(/"/g, ''));
    expect(lines).to.have.length(5);
    expect(lines[0]).to.equal('Zeitraum;Mitte;Mitte: Kennzeichen;Teststadt (Gesamtstadt);Teststadt (Gesamtstadt): Kennzeichen;Anmerkung');
    // Numbers as German spreadsheets read them: decimal comma, semicolons between cells.
    expect(lines[1]).to.equal('2019;12,5;;10;;');
    expect(lines[2]).to.equal('2020;14;;10,5;;Neue Zählweise der Bedarfsgemeinschaften');
    expect(lines[3]).to.equal('2022-06-30;;keine Angabe;11;;');
    expect(lines[4]).to.equal('2023;16,5;vorläufig;11,5;vorläufig;');

    const png = await download(el, 'png');
    expect(png.name).to.equal('sgb-ii-quote.png');
    expect(png.blob.type).to.equal('image/png');
    const signature = new Uint8Array(await png.blob.slice(0, 4).arrayBuffer());
    expect([...signature]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);

    const svgFile = await download(el, 'svg');
    expect(svgFile.name).to.equal('sgb-ii-quote.svg');
    const svgText = await svgFile.blob.text();
    expect(svgText).to.match(/^<svg/);
    expect(svgText).to.contain('Ziel: 9,0');
    // The legend the widget draws as HTML is in the file, so the lines can be told apart.
    expect(svgText).to.contain('>Mitte<');
  });

  it('toggles series from the legend buttons, in the chart and the table', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte,nord' });
    const nord = legendButtons(el).find((b) => text(b) === 'Nord')!;
    expect(nord.getAttribute('aria-pressed')).to.equal('true');
    nord.click();
    await waitUntil(() => marks(el, 'lines').every((m) => m.datum.series !== 'nord'), 'Nord still drawn', { timeout: 5000 });
    expect(nord.getAttribute('aria-pressed')).to.equal('false');
    expect(marks(el, 'points').some((m) => m.datum.series === 'nord')).to.be.false;
    root(el).querySelector('details')!.open = true;
    await waitUntil(() => root(el).querySelector('thead'));
    expect(tableHead(el)).to.deep.equal(['Zeitraum', 'Mitte', 'Anmerkung']);
    nord.click();
    await waitUntil(() => marks(el, 'lines').some((m) => m.datum.series === 'nord'), 'Nord not back', { timeout: 5000 });
    expect(tableHead(el)).to.include('Nord');
  });

  it('steps through the points with the keyboard and announces each one', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte,nord', 'show-total': '' });
    const chart = root(el).querySelector<HTMLElement>('.chart')!;
    expect(chart.getAttribute('tabindex')).to.equal('0');
    expect(chart.getAttribute('aria-label')).to.equal('Diagramm: SGB-II-Quote');
    chart.focus();
    const live = () => text(root(el).querySelector('[aria-live="polite"]'));
    const focused = () => marks(el, 'focus').map((m) => m.datum.key);

    await sendKeys({ press: 'End' });
    await waitUntil(() => focused().length === 1);
    expect(focused()).to.deep.equal(['mitte|2023']);
    expect(live()).to.equal(`Mitte, 2023: 16,5${NBSP}% (vorläufig). Unterschied zur Gesamtstadt: +5,0${NBSP}Prozentpunkte.`);

    await sendKeys({ press: 'ArrowLeft' });
    // The missing value is a stop too: it is announced in words and drawn without a ring.
    await waitUntil(() => live().startsWith('Mitte, 30. Juni 2022'));
    expect(live()).to.equal('Mitte, 30. Juni 2022: keine Angabe.');
    await waitUntil(() => focused().length === 0);

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => live().startsWith('Nord'));
    expect(live()).to.equal(`Nord, 30. Juni 2022: 9,0${NBSP}%. Unterschied zur Gesamtstadt: −2,0${NBSP}Prozentpunkte.`.replace('−', '-'));
    expect(focused()).to.deep.equal(['nord|2022-06-30']);
    expect(text(root(el).querySelector('.tooltip'))).to.contain('Nord · 30. Juni 2022');

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => live().startsWith('Teststadt'));
    expect(focused()).to.deep.equal(['#total|2022-06-30']);

    await sendKeys({ press: 'Home' });
    await waitUntil(() => live().startsWith('Teststadt (Gesamtstadt), 2019'));

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused().length === 0 && !root(el).querySelector('.tooltip'));
  });

  it('summarises direction and the latest value against the city for screen readers', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte,nord', 'show-total': '' });
    const summary = text(root(el).querySelector('[part="summary"]'));
    expect(summary).to.contain('SGB-II-Quote, 2019 bis 2023.');
    expect(summary).to.contain(`Mitte: von 12,5${NBSP}% (2019) auf 16,5${NBSP}% (2023, vorläufig) gestiegen.`);
    expect(summary).to.contain(`Zuletzt liegt Mitte mit 16,5${NBSP}% (vorläufig) um 5,0 Prozentpunkte über der Gesamtstadt (11,5${NBSP}%).`);
    expect(summary).to.contain(`Zuletzt liegt Nord mit 9,5${NBSP}% um 2,0 Prozentpunkte unter der Gesamtstadt (11,5${NBSP}%).`);
    expect(summary).to.contain('Ohne Wert: Mitte 30. Juni 2022 (keine Angabe).');
  });

  it('defaults to the first indicator with a series and the first area with one; the city alone when no area has one', async () => {
    const el = await trend({});
    expect(text(root(el).querySelector('.title'))).to.equal('SGB-II-Quote');
    expect(legendButtons(el).map(text)).to.deep.equal(['Nord']);

    const people = await trend({ indicator: 'einwohner' });
    expect(legendButtons(people).map(text)).to.deep.equal(['Teststadt (Gesamtstadt)']);
  });

  it('breaks the line at a series break and lists the notes under the chart', async () => {
    const el = await trend({ indicator: 'einwohner' });
    const line = marks(el, 'lines');
    // 2013 and 2021 on the old basis, from the census on the new one: two lines that do not connect.
    expect(line.length).to.equal(2);
    expect(line.every((m) => m.datum.series === '#total')).to.be.true;
    expect(marks(el, 'notes')).to.have.length(1);
    expect(marks(el, 'notes')[0]!.node.getAttribute('stroke-dasharray')).to.equal('5,3');
    const notes = [...root(el).querySelectorAll('.notes li')].map(text);
    expect(notes).to.deep.equal(['15. Mai 2022: Reihenbruch. Zensus 2022: neue Basis']);
    expect(text(root(el).querySelector('.keys'))).to.contain('Reihenbruch');
  });

  it('follows the area selected in its group', async () => {
    const el = await trend({ indicator: 'quote', group: 'trend-test-group', areas: 'mitte' });
    expect(legendButtons(el).map(text)).to.deep.equal(['Mitte']);
    const ready = oneEvent(el, 'qw-ready');
    groupChannel('trend-test-group').update({ areaId: 'sued' }, 'a map');
    await ready;
    expect(legendButtons(el).map(text)).to.deep.equal(['Süd']);
    await waitUntil(() => marks(el, 'lines').every((m) => m.datum.series === 'sued'), 'chart did not follow', { timeout: 5000 });
  });

  it('says in words when indicator, areas or target do not fit the data', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ indicator: 'gibtsnicht' }, 'Den Indikator „gibtsnicht“ gibt es in den Daten nicht.'],
      [{ indicator: 'quote', areas: 'mitte,atlantis' }, 'Die Gebiete „atlantis“ gibt es für diesen Indikator nicht.'],
      [{ indicator: 'quote', target: 'acht' }, 'Der Zielwert „acht“ ist keine Zahl.'],
    ];
    for (const [attributes, message] of cases) {
      const el = document.createElement('qw-indicator-trend');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.data = trendContract();
      const error = oneEvent(el, 'qw-error');
      (await frame()).append(el);
      expect((await error).detail.code).to.equal('config');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain(message);
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await trend({ indicator: 'quote', areas: 'nord', 'show-total': '', lang: 'en' });
    const shares = axisLabels(el).filter((l) => l.endsWith('%'));
    expect(shares.length).to.be.greaterThan(2);
    expect(shares.every((l) => /^\d+\.\d%$/.test(l)), shares.join(' ')).to.be.true;
    expect(axisLabels(el)).to.include('30/06/2022');
    expect(legendButtons(el).map(text)).to.deep.equal(['Nord', 'Teststadt (city total)']);
    expect(text(root(el).querySelector('[part="summary"]'))).to.contain('Nord: rose from 8.0% (2019) to 9.5% (2023).');
  });

  it('follows the width of its container', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte' }, { width: 720 });
    expect(Number(svgOf(el).getAttribute('width'))).to.be.within(650, 720);
    el.parentElement!.style.width = '360px';
    await waitUntil(() => Number(svgOf(el).getAttribute('width')) <= 360, 'chart did not shrink', { timeout: 5000 });
    expect(Number(svgOf(el).getAttribute('width'))).to.be.greaterThan(300);
    expect(Number(svgOf(el).getAttribute('height'))).to.be.lessThan(300);
  });

  it('uses system colours in forced-colors mode', async () => {
    const original = window.matchMedia;
    window.matchMedia = (query: string) => {
      const list = original.call(window, query);
      if (!query.includes('forced-colors')) return list;
      return { matches: true, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false } as MediaQueryList;
    };
    try {
      const el = await trend({ indicator: 'quote', areas: 'mitte,nord', 'show-total': '' });
      const strokes = marks(el, 'lines').map((m) => m.node.getAttribute('stroke'));
      expect(new Set(strokes)).to.deep.equal(new Set(['CanvasText']));
      // Series stay apart without colour: dashes differ.
      expect(new Set(marks(el, 'lines').map((m) => m.node.getAttribute('stroke-dasharray'))).size).to.equal(3);
    } finally {
      window.matchMedia = original;
    }
  });

  it('takes the new colours when its theme or the system’s colour scheme changes while it is shown', async () => {
    /** Every colour of the picture: lines, axis labels and the background of the chart, and the legend's swatches. */
    const colours = (el: QwIndicatorTrend) =>
      JSON.stringify([
        marks(el, 'lines').map((m) => m.node.getAttribute('stroke')),
        [...svgOf(el).querySelectorAll('.role-axis-label text')].map((t) => t.getAttribute('fill')),
        svgOf(el).querySelector('.background')?.getAttribute('fill') ?? null,
        [...root(el).querySelectorAll('.legend svg *, .keys svg *')].map((n) => `${n.getAttribute('stroke')}/${n.getAttribute('fill')}`),
      ]);
    const attributes = { indicator: 'quote', areas: 'mitte,nord', 'show-total': '', target: '15' };
    await emulateMedia({ colorScheme: 'light' });
    try {
      const dark = colours(await trend({ ...attributes, theme: 'dark' }));
      const el = await trend(attributes);
      const light = colours(el);
      expect(light).to.not.equal(dark);

      el.theme = 'dark';
      await waitUntil(() => colours(el) === dark, `not the colours of a trend drawn dark: ${colours(el)}`, { timeout: 5000 });
      el.setAttribute('theme', 'auto');
      await waitUntil(() => colours(el) === light, 'not light again', { timeout: 5000 });

      // `auto` follows the system: a switch to dark while the page is open (the evening setting of many PCs).
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => colours(el) === dark, 'did not follow the system to dark', { timeout: 5000 });
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reads its colours once for the legend and the chart of a drawing: each read is a style recalculation of the page', async () => {
    const original = CSSStyleDeclaration.prototype.getPropertyValue;
    let reads = 0;
    CSSStyleDeclaration.prototype.getPropertyValue = function (this: CSSStyleDeclaration, name: string) {
      if (name === '--_trend-1') reads++;
      return original.call(this, name);
    };
    try {
      const el = await trend({ indicator: 'quote', areas: 'mitte,nord' });
      expect(marks(el, 'lines')).to.have.length(2);
      expect(reads).to.equal(1);
    } finally {
      CSSStyleDeclaration.prototype.getPropertyValue = original;
    }
  });

  it('prints the chart without buttons and tooltips', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte' });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
    expect(svgOf(el).getBoundingClientRect().width).to.be.greaterThan(0);
    expect(svgOf(el).getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
  });

  it('finalises its vega view when removed, and draws again when put back', async () => {
    const el = await trend({ indicator: 'quote', areas: 'mitte' });
    const view = (el as unknown as { chart: { view: { finalize: () => unknown } } }).chart.view;
    const finalize = view.finalize.bind(view);
    let finalized = 0;
    view.finalize = () => {
      finalized++;
      return finalize();
    };
    const parent = el.parentElement!;
    el.remove();
    expect(finalized).to.equal(1);
    const ready = oneEvent(el, 'qw-ready');
    parent.append(el);
    await ready;
    await waitUntil(() => svgOf(el) && marks(el, 'lines').length === 1, 'not drawn again', { timeout: 5000 });
  });
});
