import { expect } from '@open-wc/testing';
import { BOOLEAN_ATTRIBUTES, COMMON_ATTRIBUTES, EMBEDDABLE_WIDGETS, PAGE_ONLY_ATTRIBUTES, embedUrl, embeddableAttributes, isEmbedResizeMessage, parseEmbedQuery } from './embed-params.ts';
import { COMMON_OPTIONS, WIDGETS, WIDGET_OPTIONS, type EmbeddableWidget } from './widget-registry.ts';
import { allowListOfElement, parseEmbedQueryWith } from './embed-query.ts';

// That the descriptors name exactly the elements' attributes is checked in widget-registry.test.ts.
describe('embed URL parameters', () => {
  for (const widget of WIDGETS) {
    it(`lets an embed URL set the described attributes of qw-${widget}, in their order`, () => {
      expect([...EMBEDDABLE_WIDGETS[widget]]).to.deep.equal(WIDGET_OPTIONS[widget].filter((d) => !('embeddable' in d) || d.embeddable !== false).map((d) => d.name));
      expect([...embeddableAttributes(widget)]).to.have.members([...COMMON_ATTRIBUTES, ...EMBEDDABLE_WIDGETS[widget]]);
    });

    it(`treats the checkbox attributes of qw-${widget} as boolean`, () => {
      const checkboxes = WIDGET_OPTIONS[widget].filter((d) => d.kind === 'checkbox').map((d) => d.name);
      expect(EMBEDDABLE_WIDGETS[widget].filter((name) => BOOLEAN_ATTRIBUTES.has(name))).to.deep.equal(checkboxes);
    });
  }

  it('lets every common attribute through but `group`, and never `state`', () => {
    expect(COMMON_ATTRIBUTES).to.deep.equal(COMMON_OPTIONS.map((d) => d.name).filter((name) => name !== 'group'));
    expect(PAGE_ONLY_ATTRIBUTES).to.deep.equal(['group', 'state']);
  });

  it('turns a query into the tag and its allowed attributes, in order', () => {
    const request = parseEmbedQuery('?widget=district-map&src=%2Fdaten%2Fwesel.json&indicator=kinderarmut&no-labels=&lang=en');
    expect(request).to.deep.equal({
      tag: 'qw-district-map',
      attributes: [
        ['src', '/daten/wesel.json'],
        ['indicator', 'kinderarmut'],
        ['no-labels', ''],
        ['lang', 'en'],
      ],
    });
  });

  it('drops event handlers, styles, page-only and foreign attributes, and repeated names', () => {
    const request = parseEmbedQuery('?widget=housing-gauge&onload=alert(1)&style=display:none&group=a&state=ready&indicator=x&horizon=5&horizon=50');
    expect(request!.attributes).to.deep.equal([['horizon', '5']]);
  });

  it('reads =false and =0 on a boolean attribute as off, anything else as on', () => {
    expect(parseEmbedQuery('?widget=indicator-trend&show-total=false')!.attributes).to.deep.equal([]);
    expect(parseEmbedQuery('?widget=district-map&no-labels=0&fixed-breaks=ja')!.attributes).to.deep.equal([['fixed-breaks', '']]);
    expect(parseEmbedQuery('?widget=indicator-trend&show-total=false&show-total=true')!.attributes).to.deep.equal([]);
  });

  it('refuses a missing or unknown widget', () => {
    expect(parseEmbedQuery('?src=a.json')).to.equal(null);
    expect(parseEmbedQuery('?widget=script')).to.equal(null);
    expect(parseEmbedQuery('?widget=constructor')).to.equal(null);
  });

  it('builds URLs that parse back to the same attributes, without empty or unknown ones', () => {
    const url = embedUrl('/assets/qw/embed.html', 'indicator-trend', { src: '/daten/a b.json', indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': 'true', target: '', group: 'g' });
    expect(url).to.equal('/assets/qw/embed.html?widget=indicator-trend&src=%2Fdaten%2Fa+b.json&indicator=kinderarmut&areas=innenstadt%2Cfeldmark&show-total=true');
    expect(parseEmbedQuery(new URL(url, 'https://example.org').search)!.attributes).to.deep.equal([
      ['src', '/daten/a b.json'],
      ['indicator', 'kinderarmut'],
      ['areas', 'innenstadt,feldmark'],
      ['show-total', ''],
    ]);
  });

  it('accepts only well-formed resize messages', () => {
    expect(isEmbedResizeMessage({ source: 'quartier-widgets', type: 'resize', height: 412 })).to.equal(true);
    for (const message of [null, 'resize', { source: 'other', type: 'resize', height: 1 }, { source: 'quartier-widgets', type: 'resize', height: '1' }, { source: 'quartier-widgets', type: 'resize', height: Infinity }, { source: 'quartier-widgets', type: 'resize', height: -5 }]) {
      expect(isEmbedResizeMessage(message), JSON.stringify(message)).to.equal(false);
    }
  });
});

describe('the iframe page reads its allow-list from the registered elements', () => {
  it('gives the same attributes and switches as the descriptors, for every widget', async () => {
    await import('../quartier-widgets.ts');
    for (const widget of Object.keys(EMBEDDABLE_WIDGETS) as EmbeddableWidget[]) {
      const fromElement = allowListOfElement(widget)!;
      expect(fromElement, widget).to.exist;
      expect([...fromElement.attributes].sort(), widget).to.deep.equal([...embeddableAttributes(widget)].sort());
      const switches = [...embeddableAttributes(widget)].filter((name) => BOOLEAN_ATTRIBUTES.has(name)).sort();
      expect([...fromElement.booleans].sort(), widget).to.deep.equal(switches);
    }
  });

  it('knows no other tag, and never the configurator', () => {
    expect(allowListOfElement('configurator')).to.equal(null);
    expect(allowListOfElement('nope')).to.equal(null);
    expect(allowListOfElement('../x')).to.equal(null);
    const request = parseEmbedQueryWith('?widget=housing-gauge&horizon=5&onclick=alert(1)&group=g', (w) => allowListOfElement(w));
    expect(request?.attributes).to.deep.equal([['horizon', '5']]);
  });
});
