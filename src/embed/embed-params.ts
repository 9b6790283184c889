/**
 * Turns the query of an embed URL (`embed.html?widget=district-map&src=…&indicator=…`) into a
 * widget tag and its attributes. Only known attributes pass: a URL must not be able to set
 * event-handler attributes or styles on the page.
 */

/**
 * The attributes of each widget that an embed URL may set, in the order the configurator offers
 * them. Kept equal to the widgets' own attributes by `embed-params.test.ts`.
 */
export const EMBEDDABLE_WIDGETS = {
  'district-map': ['indicator', 'period', 'compare', 'level', 'classification', 'classes', 'breaks', 'fixed-breaks', 'palette', 'renderer', 'no-labels', 'selected', 'basemap'],
  'indicator-trend': ['indicator', 'areas', 'show-total', 'target'],
  'housing-gauge': ['period', 'horizon'],
  'funding-tracker': ['programme', 'layout', 'now'],
} as const satisfies Record<string, readonly string[]>;

export type EmbeddableWidget = keyof typeof EMBEDDABLE_WIDGETS;

/** Boolean attributes: on when present. In an embed URL `=false` and `=0` mean off, any other value on. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['fixed-breaks', 'no-labels', 'show-total']);
const OFF_VALUES = new Set(['false', '0']);

/** Attributes every widget has and an embed URL may set. */
export const COMMON_ATTRIBUTES = ['src', 'lang', 'view', 'timeout'] as const;

/**
 * Attributes every widget has that an embed URL may not set: `group` links widgets on one page
 * (an iframe holds a single widget) and `state` is the widget's output, not an input.
 */
export const PAGE_ONLY_ATTRIBUTES = ['group', 'state'] as const;

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
  const params = new URLSearchParams(search);
  const widget = params.get('widget');
  if (!isEmbeddableWidget(widget)) return null;
  const allowed = embeddableAttributes(widget);
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!allowed.has(name) || seen.has(name)) continue;
    seen.add(name);
    if (!BOOLEAN_ATTRIBUTES.has(name)) attributes.push([name, value]);
    else if (!OFF_VALUES.has(value.trim().toLowerCase())) attributes.push([name, '']);
  }
  return { tag: `qw-${widget}`, attributes };
}

/** Builds the embed URL for a widget (the configurator uses it); leaves out empty values and attributes the page would ignore. */
export function embedUrl(base: string, widget: EmbeddableWidget, attributes: Readonly<Record<string, string>>): string {
  const allowed = embeddableAttributes(widget);
  const params = new URLSearchParams({ widget });
  for (const [name, value] of Object.entries(attributes)) if (value !== '' && allowed.has(name)) params.set(name, value);
  return `${base}?${params.toString()}`;
}

/** Message the embed page posts to its host frame whenever its height changes. */
export interface EmbedResizeMessage {
  readonly source: 'quartier-widgets';
  readonly type: 'resize';
  readonly height: number;
}

/** Whether a `message` event's data is a height report from an embed page (checked before resizing any frame). */
export function isEmbedResizeMessage(data: unknown): data is EmbedResizeMessage {
  const message = data as Partial<EmbedResizeMessage> | null;
  return typeof message === 'object' && message !== null && message.source === 'quartier-widgets' && message.type === 'resize' && typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0;
}
