/**
 * Turns the query of an embed URL (`embed.html?widget=district-map&src=…&indicator=…`) into a
 * widget tag and its attributes. Only known attributes pass: a URL must not be able to set
 * event-handler attributes or styles on the page.
 */
export const EMBEDDABLE_WIDGETS = {
  'district-map': ['indicator', 'period', 'level', 'classification', 'classes', 'breaks', 'palette', 'basemap', 'selected', 'compare', 'fixed-breaks', 'renderer'],
  'indicator-trend': ['indicator', 'areas', 'show-total', 'target'],
  'housing-gauge': ['period', 'horizon'],
  'funding-tracker': ['programme', 'layout'],
} as const satisfies Record<string, readonly string[]>;

export type EmbeddableWidget = keyof typeof EMBEDDABLE_WIDGETS;

const COMMON_ATTRIBUTES = ['src', 'lang', 'view', 'timeout'] as const;

export interface EmbedRequest {
  readonly tag: `qw-${EmbeddableWidget}`;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

export function isEmbeddableWidget(name: string | null): name is EmbeddableWidget {
  return name !== null && Object.hasOwn(EMBEDDABLE_WIDGETS, name);
}

/** The widget and attributes an embed URL asks for, or `null` when `widget` is missing or unknown. */
export function parseEmbedQuery(search: string): EmbedRequest | null {
  const params = new URLSearchParams(search);
  const widget = params.get('widget');
  if (!isEmbeddableWidget(widget)) return null;
  const allowed = new Set<string>([...COMMON_ATTRIBUTES, ...EMBEDDABLE_WIDGETS[widget]]);
  const attributes: [string, string][] = [];
  for (const [name, value] of params) if (allowed.has(name)) attributes.push([name, value]);
  return { tag: `qw-${widget}`, attributes };
}

/** Builds the embed URL for a widget (the configurator uses it). */
export function embedUrl(base: string, widget: EmbeddableWidget, attributes: Record<string, string>): string {
  const params = new URLSearchParams({ widget });
  for (const [name, value] of Object.entries(attributes)) if (value !== '') params.set(name, value);
  return `${base}?${params.toString()}`;
}

/** Message the embed page posts to its host frame whenever its height changes. */
export interface EmbedResizeMessage {
  readonly source: 'quartier-widgets';
  readonly type: 'resize';
  readonly height: number;
}

export function isEmbedResizeMessage(data: unknown): data is EmbedResizeMessage {
  const message = data as Partial<EmbedResizeMessage> | null;
  return typeof message === 'object' && message !== null && message.source === 'quartier-widgets' && message.type === 'resize' && typeof message.height === 'number' && Number.isFinite(message.height);
}
