import { expect } from '@open-wc/testing';
import { QwDistrictMap } from '../components/district-map/district-map.ts';
import { QwDistrictProfile } from '../components/district-profile/district-profile.ts';
import { QwFundingTracker } from '../components/funding-tracker/funding-tracker.ts';
import { QwHousingGauge } from '../components/housing-gauge/housing-gauge.ts';
import { QwIndicatorTrend } from '../components/indicator-trend/indicator-trend.ts';
import { DEFAULT_TIMEOUT_MS } from '../shared/loader.ts';
import type { OptionDescriptor } from '../shared/options.ts';
import { COMMON_OPTIONS, WIDGETS, WIDGET_OPTIONS, type EmbeddableWidget } from './widget-registry.ts';

/**
 * The guard of the single source: the embed allow-list, the configurator's controls, the stories'
 * argTypes and the README tables are all made from the descriptors, so the descriptors must name
 * exactly the attributes the elements have.
 */

interface PropertyOptions {
  readonly type?: unknown;
  readonly attribute?: string | boolean;
  readonly state?: boolean;
}
type WidgetClass = (new () => HTMLElement) & {
  readonly observedAttributes: string[];
  readonly elementProperties: ReadonlyMap<PropertyKey, PropertyOptions>;
};

const WIDGET_CLASSES: Record<EmbeddableWidget, WidgetClass> = {
  'district-map': QwDistrictMap as unknown as WidgetClass,
  'indicator-trend': QwIndicatorTrend as unknown as WidgetClass,
  'housing-gauge': QwHousingGauge as unknown as WidgetClass,
  'funding-tracker': QwFundingTracker as unknown as WidgetClass,
  'district-profile': QwDistrictProfile as unknown as WidgetClass,
};

/** `state` is the widget's output (reflected, never read from the page): no descriptor. */
const OUTPUT_ONLY = new Set(['state']);

/** Attribute name → property key and options, of every property an attribute sets. */
function attributesOf(widgetClass: { readonly elementProperties: ReadonlyMap<PropertyKey, PropertyOptions> }): Map<string, { key: PropertyKey; options: PropertyOptions }> {
  const attributes = new Map<string, { key: PropertyKey; options: PropertyOptions }>();
  for (const [key, options] of widgetClass.elementProperties) {
    if (options.state || options.attribute === false) continue;
    const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    if (!OUTPUT_ONLY.has(name)) attributes.set(name, { key, options });
  }
  return attributes;
}

const descriptorsOf = (widget: EmbeddableWidget): readonly OptionDescriptor[] => [...COMMON_OPTIONS, ...WIDGET_OPTIONS[widget]];

/** An unconnected instance, to read the properties' initial values. */
function instanceOf(widget: EmbeddableWidget): HTMLElement {
  const tag = `qw-options-test-${widget}`;
  if (!customElements.get(tag)) customElements.define(tag, class extends WIDGET_CLASSES[widget] {});
  return document.createElement(tag);
}

describe('attribute descriptors', () => {
  for (const widget of WIDGETS) {
    const widgetClass = WIDGET_CLASSES[widget];

    it(`describe every attribute of qw-${widget}, and no attribute it lacks`, () => {
      const real = [...attributesOf(widgetClass).keys()];
      // `lang` is the global HTML attribute: the base element observes it instead of declaring a property.
      expect(widgetClass.observedAttributes).to.include('lang');
      real.push('lang');
      const described = descriptorsOf(widget).map((d) => d.name);
      expect([...described].sort(), 'descriptors').to.deep.equal([...real].sort());
    });

    it(`give qw-${widget} each name once`, () => {
      const names = descriptorsOf(widget).map((d) => d.name);
      expect(names.filter((name, i) => names.indexOf(name) !== i)).to.deep.equal([]);
    });

    it(`describe the boolean and number attributes of qw-${widget} as checkbox and number`, () => {
      const descriptors = new Map(descriptorsOf(widget).map((d) => [d.name, d]));
      for (const [name, { options }] of attributesOf(widgetClass)) {
        if (options.type === Boolean) expect(descriptors.get(name)?.kind, name).to.equal('checkbox');
        else expect(descriptors.get(name)?.kind, name).to.not.equal('checkbox');
        if (options.type === Number) expect(descriptors.get(name)?.kind, name).to.equal('number');
      }
    });

    it(`document the defaults qw-${widget} really has`, () => {
      const element = instanceOf(widget) as unknown as Record<PropertyKey, unknown>;
      const attributes = attributesOf(widgetClass);
      let compared = 0;
      for (const descriptor of descriptorsOf(widget)) {
        const property = attributes.get(descriptor.name);
        const initial = property ? element[property.key] : undefined;
        // An absent property value means "attribute not set": the documented default is the widget's reading of that.
        if (initial === undefined || initial === false) continue;
        expect(String(initial), descriptor.name).to.equal(descriptor.default);
        compared++;
      }
      expect(compared).to.be.greaterThan(0);
    });
  }

  it('document the timeout the loader uses', () => {
    expect(COMMON_OPTIONS.find((d) => d.name === 'timeout')?.default).to.equal(String(DEFAULT_TIMEOUT_MS));
  });

  it('offer the default among the fixed values and parse each of them', () => {
    for (const descriptor of [...COMMON_OPTIONS, ...Object.values(WIDGET_OPTIONS).flat()] as OptionDescriptor[]) {
      if (!descriptor.values) continue;
      if (descriptor.default !== undefined) expect(descriptor.values.map((v) => v.value), descriptor.name).to.include(descriptor.default);
      for (const { value } of descriptor.values) expect(descriptor.parse?.(value), `${descriptor.name}=${value}`).to.equal(value);
      expect(descriptor.parse?.('gibt-es-nicht'), descriptor.name).to.equal(undefined);
    }
  });

  it('read numbers and days as the widgets do, and refuse the rest', () => {
    const find = (widget: EmbeddableWidget | 'common', name: string): OptionDescriptor => ((widget === 'common' ? COMMON_OPTIONS : WIDGET_OPTIONS[widget]) as readonly OptionDescriptor[]).find((d) => d.name === name)!;
    const classes = find('district-map', 'classes');
    expect(['2', ' 9 ', '1', '10', '5.5', 'fünf'].map((v) => classes.parse!(v))).to.deep.equal([2, 9, undefined, undefined, undefined, undefined]);
    expect(['8', '12,5', '-3', '', 'x'].map((v) => find('indicator-trend', 'target').parse!(v))).to.deep.equal([8, 12.5, -3, undefined, undefined]);
    expect(['2024-02-29', '2023-02-29', '2024-2-1'].map((v) => find('funding-tracker', 'now').parse!(v))).to.deep.equal(['2024-02-29', undefined, undefined]);
    expect(['0', '50', '51'].map((v) => find('housing-gauge', 'horizon').parse!(v))).to.deep.equal([0, 50, undefined]);
    expect(['2', '6', '7'].map((v) => find('common', 'heading-level').parse!(v))).to.deep.equal([2, 6, undefined]);
  });

  it('say every text in German and English', () => {
    for (const descriptor of [...COMMON_OPTIONS, ...Object.values(WIDGET_OPTIONS).flat()] as OptionDescriptor[]) {
      for (const texts of [descriptor.label, descriptor.description, descriptor.hint, descriptor.format, descriptor.unset, descriptor.freeInput?.label, ...(descriptor.values ?? []).map((v) => v.label)]) {
        if (!texts) continue;
        expect(texts.de.trim(), `${descriptor.name} de`).to.not.equal('');
        expect(texts.en.trim(), `${descriptor.name} en`).to.not.equal('');
      }
    }
  });
});
