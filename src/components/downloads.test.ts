/**
 * Every widget's downloads, operated through its menu and read back: each file names its title,
 * source, licence, "Stand" and, where the data is illustrative, "Beispieldaten"; the map's and
 * the trend's pictures carry their legend; the PNG is twice the SVG's size with ink in the
 * caption band; a name beginning with "=" is neutralised in CSV and XLSX.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/district-map.ts';
import '../define/indicator-trend.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';
import type { Source } from '../contract/schema.ts';
import { weselDocument, whenSettled, type WidgetTag } from '../test-support/hostile.ts';
import { download, offeredFormats, pngCaptionInk, svgFrame, svgWords, xlsxSheets } from '../test-support/downloads.ts';

const FORMULA = '=HYPERLINK("x")';
const LICENCE = 'Datenlizenz Deutschland – Namensnennung – 2.0';

interface Case {
  readonly tag: WidgetTag;
  readonly attributes: Record<string, string>;
  /** Whether the shown data is illustrative in the sample. */
  readonly example: boolean;
  /** Texts of the legend the picture must carry. */
  readonly legend?: (root: ShadowRoot) => string[];
}

const CASES: readonly Case[] = [
  {
    tag: 'qw-district-map',
    attributes: { indicator: 'kinderarmut', renderer: 'svg' },
    example: true,
    legend: (root) => [...root.querySelectorAll('.legend li > span:first-of-type')].map((s) => s.textContent!.trim()).filter(Boolean),
  },
  {
    tag: 'qw-indicator-trend',
    attributes: { indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': '' },
    example: true,
    legend: (root) => [...root.querySelectorAll('.legend button span')].map((s) => s.textContent!.trim()),
  },
  // The yearly split of the expiring commitments is illustrative in the sample.
  { tag: 'qw-housing-gauge', attributes: { heading: 'Wohnen in Wesel (Prüfüberschrift)' }, example: true },
  // One of the two programmes is illustrative: the files say so even where the header does not.
  { tag: 'qw-funding-tracker', attributes: {}, example: true },
  { tag: 'qw-district-map', attributes: { indicator: 'arbeitslosenanteil', renderer: 'svg' }, example: false },
  { tag: 'qw-district-profile', attributes: { area: 'feldmark' }, example: true },
];

/** The widget with a district and a project named like a formula. */
async function mount(tag: WidgetTag, attributes: Record<string, string>, view: 'chart' | 'table' = 'chart'): Promise<HTMLElement & { view: string }> {
  const doc = await weselDocument();
  doc.areaLevels.find((l: { id: string }) => l.id === 'sozialraum').geometry.features[0].properties.name = FORMULA;
  doc.funding.programmes[0].projects[0].name = FORMULA;
  const el = document.createElement(tag) as HTMLElement & { data: unknown; view: string };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (view === 'table') el.setAttribute('view', 'table');
  el.data = doc;
  await fixture(html`<div style="width: 720px">${el}</div>`);
  await whenSettled(el);
  expect(el.getAttribute('state'), `${tag} state`).to.equal('ready');
  return el;
}

/** What every file must say: the shown title, the first credited source, the licence, "Stand". */
function expectations(el: HTMLElement, example: boolean): { title: string; source: string; example: boolean } {
  const root = el.shadowRoot!;
  const heading = root.querySelector('#qw-title')!;
  const title = heading.getAttribute('aria-label') || heading.textContent!.trim();
  const widget = el as unknown as { attribution(d: unknown): { sources: Source[] }; contract: unknown };
  const first = widget.attribution(widget.contract).sources[0]!;
  return { title, source: typeof first === 'string' ? first : first.title, example };
}

/** `wrapped`: the file's lines were broken (image captions), so compare without any white space. */
function expectSaysItAll(text: string, what: string, expected: { title: string; source: string; example: boolean }, wrapped = false): void {
  const plain = (s: string) => (wrapped ? s.replace(/\s+/g, '') : s);
  const words = plain(text);
  expect(words, `${what}: title`).to.contain(plain(expected.title));
  expect(words, `${what}: source`).to.contain(plain(expected.source));
  expect(words, `${what}: licence`).to.contain(plain(LICENCE));
  expect(words, `${what}: Stand`).to.contain('Stand');
  expect(words, `${what}: date`).to.contain(plain('31. Dezember 2024'));
  if (expected.example) expect(words, `${what}: Beispieldaten`).to.contain('Beispieldaten');
  else expect(words, `${what}: no Beispieldaten`).not.to.contain('Beispieldaten');
}

describe('downloads of every widget', function () {
  this.timeout(60000);

  for (const { tag, attributes, example, legend } of CASES) {
    it(`<${tag}> ${attributes.indicator ?? ''}: CSV, XLSX, SVG and PNG, each with title, source, licence, Stand${example ? ' and Beispieldaten' : ', without Beispieldaten'}`, async () => {
      const el = await mount(tag, attributes);
      expect(offeredFormats(el)).to.deep.equal(['csv', 'xlsx', 'png', 'svg']);
      const expected = expectations(el, example);
      // A widget that marks its data as illustrative must say so in its files.
      if (el.shadowRoot!.querySelector('[part="example-badge"]')) expect(example, `${tag}: marked as Beispieldaten`).to.equal(true);
      if (attributes.heading) expect(expected.title).to.equal(attributes.heading);

      const csv = await download(el, 'csv');
      expect(csv.name).to.match(/^[a-z0-9-]+\.csv$/);
      const csvText = await csv.blob.text();
      expectSaysItAll(csvText, `${tag} CSV`, expected);
      // The table comes first and the description after an empty line.
      expect(csvText).to.match(/\r\n\r\nTitel;/);

      const xlsx = await download(el, 'xlsx');
      expect(xlsx.name).to.match(/\.xlsx$/);
      const sheets = await xlsxSheets(xlsx.blob);
      expect([...sheets.keys()]).to.deep.equal(['Daten', 'Informationen']);
      expect(sheets.get('Daten')!.length, `${tag}: the data sheet has rows`).to.be.greaterThan(1);
      expectSaysItAll(sheets.get('Informationen')!.flat().join(' '), `${tag} XLSX`, expected);

      const svg = await download(el, 'svg');
      expect(svg.name).to.match(/\.svg$/);
      const markup = await svg.blob.text();
      const words = svgWords(markup).replace(/\s+/g, ' ');
      expectSaysItAll(words, `${tag} SVG`, expected, true);
      for (const entry of legend?.(el.shadowRoot!) ?? []) expect(words, `${tag} SVG legend`).to.contain(entry.replace(/\s+/g, ' '));

      const png = await download(el, 'png');
      expect(png.blob.type).to.equal('image/png');
      const frame = svgFrame(markup);
      const pixels = await pngCaptionInk(png.blob, frame.chartBottom, 2);
      expect([pixels.width, pixels.height], `${tag}: the PNG is the SVG at 2×`).to.deep.equal([frame.width * 2, frame.height * 2]);
      expect(pixels.inkPixels, `${tag}: the caption under the chart is drawn`).to.be.greaterThan(200);
    });
  }

  it('the table view offers the tables only (CSV, XLSX)', async () => {
    const el = await mount('qw-indicator-trend', CASES[1]!.attributes, 'table');
    expect(offeredFormats(el)).to.deep.equal(['csv', 'xlsx']);
  });

  for (const tag of ['qw-district-map', 'qw-funding-tracker'] as const) {
    it(`<${tag}>: a name ${FORMULA} is neutralised in CSV and XLSX`, async () => {
      const el = await mount(tag, CASES.find((c) => c.tag === tag)!.attributes);
      const csv = await (await download(el, 'csv')).blob.text();
      expect(csv).to.include(`"'=HYPERLINK(""x"")"`);
      expect(csv).not.to.match(/(^|[;\r\n])"?=HYPERLINK/);
      const cells = [...(await xlsxSheets((await download(el, 'xlsx')).blob)).values()].flat(2);
      expect(cells).to.include(`'${FORMULA}`);
      expect(cells).not.to.include(FORMULA);
    });
  }
});
