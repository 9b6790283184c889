/**
 * Reads an embed URL's query against an allow-list. Pure and tiny, so the iframe page can use it
 * without the attribute descriptors (their German and English texts are for the configurator,
 * the stories and the README): embed.ts takes the allow-list from the registered elements,
 * embed-params.ts from the descriptors, and a test keeps the two equal.
 */
export interface AllowList {
  /** Attributes the URL may set. */
  readonly attributes: ReadonlySet<string>;
  /** Boolean attributes among them: on when present; `=false` and `=0` mean off. */
  readonly booleans: ReadonlySet<string>;
}

export interface EmbedRequest {
  readonly tag: `qw-${string}`;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

const OFF_VALUES = new Set(['false', '0']);

/** The widget and attributes an embed URL asks for, or `null` when `allowList` knows no such widget. */
export function parseEmbedQueryWith(search: string, allowList: (widget: string) => AllowList | null): EmbedRequest | null {
  const params = new URLSearchParams(search);
  const widget = params.get('widget');
  const allowed = widget ? allowList(widget) : null;
  if (!widget || !allowed) return null;
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!allowed.attributes.has(name) || seen.has(name)) continue;
    seen.add(name);
    if (!allowed.booleans.has(name)) attributes.push([name, value]);
    else if (!OFF_VALUES.has(value.trim().toLowerCase())) attributes.push([name, '']);
  }
  return { tag: `qw-${widget}`, attributes };
}

/** Attributes of every widget an embed URL may not set: `group` links widgets on one page, `state` is output. */
export const NOT_FROM_URL: ReadonlySet<string> = new Set(['group', 'state']);

interface ElementClass {
  readonly observedAttributes?: readonly string[];
  readonly elementProperties?: ReadonlyMap<PropertyKey, { readonly attribute?: string | boolean; readonly type?: unknown }>;
}

/**
 * The allow-list of a registered widget element (`qw-<widget>`): its observed attributes but
 * `group` and `state`; booleans from the lit property types. `null` for a tag that is not ours.
 */
export function allowListOfElement(widget: string, registry: CustomElementRegistry = customElements): AllowList | null {
  if (!/^[a-z]+(-[a-z]+)*$/.test(widget)) return null;
  const element = registry.get(`qw-${widget}`) as ElementClass | undefined;
  if (!element?.observedAttributes || widget === 'configurator') return null;
  const attributes = new Set(element.observedAttributes.filter((name) => !NOT_FROM_URL.has(name)));
  const booleans = new Set<string>();
  for (const [key, options] of element.elementProperties ?? []) {
    if (options.type !== Boolean || options.attribute === false) continue;
    booleans.add(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
  }
  return { attributes, booleans };
}
