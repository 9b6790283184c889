import { expect } from '@open-wc/testing';
import { validateContract } from '../contract/validate.ts';
import type { ContractDocument } from '../contract/schema.ts';
import { EMBEDDABLE_WIDGETS, parseEmbedQuery, type EmbeddableWidget } from '../embed/embed-params.ts';
import { cdnSnippet, elementSnippet, iframeSnippet, npmSnippet, type SnippetInput } from './snippets.ts';
import { pickIndicator } from '../components/indicator-trend/model/series.ts';
import { commonControls, effectiveValue, snippetAttributes, widgetControls, type OptionControl } from './widget-options.ts';

let wesel: ContractDocument;

before(async () => {
  const result = validateContract(await (await fetch('/demo/data/wesel.json')).json());
  if (!result.valid) throw new Error('demo/data/wesel.json is not valid');
  wesel = result.document;
});

const control = (controls: OptionControl[], name: string) => controls.find((c) => c.name === name)!;
const values = (c: OptionControl) => ('choices' in c ? c.choices.map((choice) => choice.value) : []);

describe('configurator options', () => {
  for (const widget of Object.keys(EMBEDDABLE_WIDGETS) as EmbeddableWidget[]) {
    it(`offers a control for every attribute of qw-${widget}`, () => {
      const names = widgetControls(widget, wesel, {}).map((c) => c.name);
      expect(names).to.deep.equal([...EMBEDDABLE_WIDGETS[widget]]);
    });
  }

  it('offers the language, the table view, the group, the theme and the editors’ words for every widget', () => {
    expect(commonControls().map((c) => c.name)).to.deep.equal(['lang', 'view', 'group', 'theme', 'heading', 'heading-level', 'description']);
  });

  it('reads indicators, periods and areas of the map from the data', () => {
    const controls = widgetControls('district-map', wesel, { indicator: 'kinderarmut', period: '2023' });
    expect(values(control(controls, 'indicator'))).to.include.members(['kinderarmut', 'arbeitslosenanteil']);
    expect(values(control(controls, 'period'))).to.deep.equal(['', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    // Comparing a period with itself shows nothing: it is not offered.
    expect(values(control(controls, 'compare'))).to.not.include('2023');
    expect(values(control(controls, 'selected'))).to.include('innenstadt');
    expect(values(control(controls, 'palette'))).to.include.members(['', 'viridis', 'red-blue']);
  });

  it('offers only indicators of the chosen area level', () => {
    const controls = widgetControls('district-map', wesel, { level: 'stadtteil' });
    expect(values(control(controls, 'indicator'))).to.deep.equal(wesel.indicators.filter((i) => i.level === 'stadtteil').map((i) => i.id));
  });

  it('offers the housing stock periods and the funding programmes', () => {
    expect(values(control(widgetControls('housing-gauge', wesel, {}), 'period'))).to.deep.equal(['', '2021']);
    expect(values(control(widgetControls('funding-tracker', wesel, {}), 'programme'))).to.deep.equal(['', 'staerkungspakt-2023', 'soziale-angebote']);
    expect(values(control(widgetControls('funding-tracker', wesel, {}), 'layout'))).to.deep.equal(['', 'compact']);
  });

  it('offers as trend areas only those with values of the indicator', () => {
    const areas = values(control(widgetControls('indicator-trend', wesel, { indicator: 'kinderarmut' }), 'areas'));
    const withValues = new Set(wesel.indicators.find((i) => i.id === 'kinderarmut')!.values.map((v) => v.area));
    expect(areas.length).to.be.greaterThan(1);
    for (const area of areas) expect(withValues.has(area), area).to.equal(true);
  });

  it('starts the trend with the indicator the widget would pick itself, one with a series, and its areas', () => {
    // Wesel's first three indicators have one period each: a trend of them would show "no data".
    expect(wesel.indicators.slice(0, 4).map((i) => i.id)).to.deep.equal(['sozialer_belastungsindex', 'arbeitslosenanteil', 'migrationshintergrund', 'bevoelkerung']);
    const controls = widgetControls('indicator-trend', wesel, {});
    const indicator = control(controls, 'indicator');
    expect(effectiveValue(indicator, {})).to.equal('bevoelkerung');
    expect(effectiveValue(indicator, {})).to.equal(pickIndicator(wesel, undefined)!.id);
    expect([...values(indicator)].sort()).to.deep.equal(wesel.indicators.map((i) => i.id).sort());
    expect(values(control(controls, 'areas'))).to.deep.equal(values(control(widgetControls('indicator-trend', wesel, { indicator: 'bevoelkerung' }), 'areas')));
  });

  it('falls back to the first choice for an unknown value and drops unknown areas', () => {
    const indicator = control(widgetControls('district-map', wesel, {}), 'indicator');
    expect(effectiveValue(indicator, { indicator: 'gibt-es-nicht' })).to.equal(wesel.indicators[0]!.id);
    const areas = control(widgetControls('indicator-trend', wesel, { indicator: 'kinderarmut' }), 'areas');
    expect(effectiveValue(areas, { areas: 'innenstadt,atlantis,feldmark' })).to.equal('innenstadt,feldmark');
  });

  it('puts src first, then the widget attributes, then the common ones, without empty values', () => {
    const attributes = snippetAttributes('district-map', wesel, { lang: 'en', palette: 'viridis', indicator: 'kinderarmut', 'no-labels': 'true', breaks: ' ' }, '/daten/wesel.json');
    expect(Object.entries(attributes)).to.deep.equal([
      ['src', '/daten/wesel.json'],
      ['indicator', 'kinderarmut'],
      ['palette', 'viridis'],
      ['no-labels', 'true'],
      ['lang', 'en'],
    ]);
  });
});

describe('snippets', () => {
  const input: SnippetInput = {
    widget: 'indicator-trend',
    attributes: { src: '/daten/a"b.json', indicator: 'kinderarmut', 'show-total': 'true', group: 'sozial', lang: 'en' },
    cdnBase: '/assets/qw',
    title: 'Zeitreihe: Kinderarmut',
  };

  it('writes the module script and the element, boolean attributes bare and values escaped', () => {
    expect(cdnSnippet(input)).to.equal(
      '<script type="module" src="/assets/qw/quartier-widgets.js"></script>\n<qw-indicator-trend src="/daten/a&quot;b.json" indicator="kinderarmut" show-total group="sozial" lang="en"></qw-indicator-trend>',
    );
  });

  it('writes an iframe whose URL carries the embeddable attributes and a host script', () => {
    const [frame, , script] = iframeSnippet(input).split('\n');
    const iframe = new DOMParser().parseFromString(frame!, 'text/html').querySelector('iframe')!;
    expect(iframe.title).to.equal('Zeitreihe: Kinderarmut');
    const url = new URL(iframe.getAttribute('src')!, 'https://example.org');
    expect(url.pathname).to.equal('/assets/qw/embed.html');
    // `group` links widgets on one page; an iframe has one widget, so it is left out.
    expect(parseEmbedQuery(url.search)).to.deep.equal({
      tag: 'qw-indicator-trend',
      attributes: [
        ['src', '/daten/a"b.json'],
        ['indicator', 'kinderarmut'],
        ['show-total', ''],
        ['lang', 'en'],
      ],
    });
    expect(script).to.equal('<script type="module" src="/assets/qw/embed-host.js"></script>');
  });

  it('embeds uploaded data so that it survives `</script>` in a text', () => {
    const doc = { version: 1, meta: { title: 'a </script><img src=x onerror=alert(1)> <!-- b' } };
    const snippet = elementSnippet({ ...input, inlineData: JSON.stringify(doc) });
    expect(snippet).to.not.contain('src="/daten');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelector('img')).to.equal(null);
    const script = parsed.querySelector('qw-indicator-trend > script[type="application/json"]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(doc);
  });

  it('explains that the iframe needs a hosted file when the data was uploaded', () => {
    expect(iframeSnippet({ ...input, inlineData: '{}' })).to.match(/^<!-- .*Webserver/);
  });

  it('imports one widget for npm', () => {
    expect(npmSnippet(input)).to.contain("import 'quartier-widgets/define/indicator-trend.js';");
    expect(npmSnippet(input)).to.contain('<qw-indicator-trend src=');
  });
});
