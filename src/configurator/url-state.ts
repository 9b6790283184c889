/**
 * What the editor set, kept in the page address (`#…`) so that it survives a reload and can be
 * bookmarked or sent to a colleague; the configurator uses no cookies and no storage. Files the
 * editor chose cannot go into an address: after a reload they must be chosen again. Pure.
 */
import { EMBEDDABLE_WIDGETS, type EmbeddableWidget } from '../embed/embed-params.ts';
import type { Options } from './widget-options.ts';

export const SNIPPET_KINDS = ['cdn', 'inline', 'iframe', 'npm'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface ConfiguratorState {
  readonly widget?: EmbeddableWidget;
  readonly snippetKind?: SnippetKind;
  readonly cdnBase?: string;
  /** "Adresse der Daten auf der Live-Seite". */
  readonly liveAddress?: string;
  /** Address the preview loaded its data from (not a local file). */
  readonly previewAddress?: string;
  /** The widget's attributes as set in the form. */
  readonly options?: Options;
}

const OPTION_PREFIX = 'o.';
const KEYS = { widget: 'widget', snippetKind: 'code', cdnBase: 'cdn', liveAddress: 'live', previewAddress: 'src' } as const;

/** The state as a hash (`#widget=…&o.indicator=…`), empty values left out, in a stable order. */
export function stateToHash(state: ConfiguratorState): string {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const value = state[field];
    if (value) params.set(key, value);
  }
  for (const [name, value] of Object.entries(state.options ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (value) params.set(`${OPTION_PREFIX}${name}`, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The state read back from a hash; unknown widgets and kinds are ignored, not guessed. */
export function stateFromHash(hash: string): ConfiguratorState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: { -readonly [K in keyof ConfiguratorState]: ConfiguratorState[K] } = {};
  const widget = params.get(KEYS.widget);
  if (widget && Object.hasOwn(EMBEDDABLE_WIDGETS, widget)) state.widget = widget as EmbeddableWidget;
  const kind = params.get(KEYS.snippetKind);
  if (kind && (SNIPPET_KINDS as readonly string[]).includes(kind)) state.snippetKind = kind as SnippetKind;
  for (const field of ['cdnBase', 'liveAddress', 'previewAddress'] as const) {
    const value = params.get(KEYS[field]);
    if (value !== null) state[field] = value;
  }
  const options: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(OPTION_PREFIX) && key.length > OPTION_PREFIX.length) options[key.slice(OPTION_PREFIX.length)] = value;
  }
  if (Object.keys(options).length) state.options = options;
  return state;
}
