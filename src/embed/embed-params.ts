/**
 * Turns the query of an embed URL (`embed.html?widget=district-map&src=…&indicator=…`) into a
 * widget tag and its attributes. Only known attributes pass: a URL must not be able to set
 * event-handler attributes or styles on the page.
 */
import { COMMON_OPTIONS, WIDGET_OPTIONS, perWidget, type EmbeddableWidget } from './widget-registry.ts';
import type { OptionDescriptor } from '../shared/options.ts';
import { parseEmbedQueryWith } from './embed-query.ts';

export type { EmbeddableWidget };
export { isEmbedResizeMessage, type EmbedResizeMessage } from './resize-message.ts';

const embeddable = (descriptor: OptionDescriptor) => descriptor.embeddable !== false;
const names = (descriptors: readonly OptionDescriptor[]) => descriptors.map((d) => d.name);

/**
 * The own attributes of each widget that an embed URL may set, in the order the configurator
 * offers them: the descriptors' (widget-registry.ts), which a test keeps equal to the elements'.
 */
export const EMBEDDABLE_WIDGETS: Readonly<Record<EmbeddableWidget, readonly string[]>> = perWidget((descriptors) => names(descriptors.filter(embeddable)));

/** Boolean attributes (`kind: 'checkbox'`): on when present. In an embed URL `=false` and `=0` mean off, any other value on. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(names([...COMMON_OPTIONS, ...Object.values(WIDGET_OPTIONS).flat()].filter((d) => d.kind === 'checkbox')));

/** Attributes every widget has and an embed URL may set. */
export const COMMON_ATTRIBUTES: readonly string[] = names(COMMON_OPTIONS.filter(embeddable));

/**
 * Attributes every widget has that an embed URL may not set: `group` links widgets on one page
 * (an iframe holds a single widget) and `state` is the widget's output, not an input.
 */
export const PAGE_ONLY_ATTRIBUTES: readonly string[] = [...names(COMMON_OPTIONS.filter((d) => !embeddable(d))), 'state'];

export interface EmbedRequest {
  readonly tag: `qw-${EmbeddableWidget}`;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

/** Whether `name` is a widget the embed page can show (`district-map`, …). */
export function isEmbeddableWidget(name: string | null): name is EmbeddableWidget {
  return name !== null && Object.hasOwn(EMBEDDABLE_WIDGETS, name);
}

/** The attributes an embed URL may set on `widget`. */
export function embeddableAttributes(widget: EmbeddableWidget): ReadonlySet<string> {
  return new Set<string>([...COMMON_ATTRIBUTES, ...EMBEDDABLE_WIDGETS[widget]]);
}

/** The widget and attributes an embed URL asks for, or `null` when `widget` is missing or unknown. */
export function parseEmbedQuery(search: string): EmbedRequest | null {
  return parseEmbedQueryWith(search, (widget) => (isEmbeddableWidget(widget) ? { attributes: embeddableAttributes(widget), booleans: BOOLEAN_ATTRIBUTES } : null)) as EmbedRequest | null;
}

/** Builds the embed URL for a widget (the configurator uses it); leaves out empty values and attributes the page would ignore. */
export function embedUrl(base: string, widget: EmbeddableWidget, attributes: Readonly<Record<string, string>>): string {
  const allowed = embeddableAttributes(widget);
  const params = new URLSearchParams({ widget });
  for (const [name, value] of Object.entries(attributes)) if (value !== '' && allowed.has(name)) params.set(name, value);
  return `${base}?${params.toString()}`;
}
