import { expect } from '@open-wc/testing';
import { QwDistrictMap } from '../components/district-map/district-map.ts';
import { QwFundingTracker } from '../components/funding-tracker/funding-tracker.ts';
import { QwHousingGauge } from '../components/housing-gauge/housing-gauge.ts';
import { QwIndicatorTrend } from '../components/indicator-trend/indicator-trend.ts';
import { BOOLEAN_ATTRIBUTES, COMMON_ATTRIBUTES, EMBEDDABLE_WIDGETS, PAGE_ONLY_ATTRIBUTES, embedUrl, isEmbedResizeMessage, parseEmbedQuery, type EmbeddableWidget } from './embed-params.ts';

interface WidgetClass {
  readonly observedAttributes: string[];
  readonly elementProperties: ReadonlyMap<PropertyKey, { readonly type?: unknown; readonly attribute?: string | boolean }>;
}

const WIDGET_CLASSES: Record<EmbeddableWidget, WidgetClass> = {
  'district-map': QwDistrictMap,
  'indicator-trend': QwIndicatorTrend,
  'housing-gauge': QwHousingGauge,
  'funding-tracker': QwFundingTracker,
};

describe('embed URL parameters', () => {
  for (const [widget, widgetClass] of Object.entries(WIDGET_CLASSES) as [EmbeddableWidget, (typeof WIDGET_CLASSES)[EmbeddableWidget]][]) {
    it(`lets an embed URL set every attribute of qw-${widget} and nothing else`, () => {
      const own = widgetClass.observedAttributes.filter((name) => !(COMMON_ATTRIBUTES as readonly string[]).includes(name) && !(PAGE_ONLY_ATTRIBUTES as readonly string[]).includes(name));
      expect([...EMBEDDABLE_WIDGETS[widget]].sort()).to.deep.equal(own.sort());
      for (const name of COMMON_ATTRIBUTES) expect(widgetClass.observedAttributes).to.include(name);
    });

    it(`knows which attributes of qw-${widget} are boolean`, () => {
      const booleans = [...widgetClass.elementProperties].filter(([, options]) => options.type === Boolean).map(([key, options]) => (typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase()));
      expect(EMBEDDABLE_WIDGETS[widget].filter((name) => BOOLEAN_ATTRIBUTES.has(name)).sort()).to.deep.equal(booleans.sort());
    });
  }

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
