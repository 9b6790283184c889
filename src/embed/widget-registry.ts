/**
 * Every widget with the descriptors of its own attributes (see shared/options.ts): the one place
 * a new widget is registered for the embed page, the configurator, the stories and the README.
 * Pure: imports descriptors only, never an element.
 */
import { DISTRICT_MAP_OPTIONS } from '../components/district-map/district-map.options.ts';
import { districtProfileOptions } from '../components/district-profile/district-profile.options.ts';
import { FUNDING_TRACKER_OPTIONS } from '../components/funding-tracker/funding-tracker.options.ts';
import { HOUSING_GAUGE_OPTIONS } from '../components/housing-gauge/housing-gauge.options.ts';
import { INDICATOR_TREND_OPTIONS } from '../components/indicator-trend/indicator-trend.options.ts';
import { COMMON_OPTIONS } from '../shared/common.options.ts';
import type { OptionDescriptor } from '../shared/options.ts';

/** Widget name (tag without `qw-`) → its own attributes; the common ones are in COMMON_OPTIONS. */
export const WIDGET_OPTIONS = {
  'district-map': DISTRICT_MAP_OPTIONS,
  'indicator-trend': INDICATOR_TREND_OPTIONS,
  'housing-gauge': HOUSING_GAUGE_OPTIONS,
  'funding-tracker': FUNDING_TRACKER_OPTIONS,
  'district-profile': districtProfileOptions,
} as const satisfies Record<string, readonly OptionDescriptor[]>;

export type EmbeddableWidget = keyof typeof WIDGET_OPTIONS;

export const WIDGETS = Object.keys(WIDGET_OPTIONS) as EmbeddableWidget[];

/** Something derived for each widget from its descriptors (the embed allow-list, …). */
export function perWidget<R>(derive: (descriptors: readonly OptionDescriptor[], widget: EmbeddableWidget) => R): Record<EmbeddableWidget, R> {
  const result = {} as Record<EmbeddableWidget, R>;
  for (const widget of WIDGETS) result[widget] = derive(WIDGET_OPTIONS[widget], widget);
  return result;
}

export { COMMON_OPTIONS };
