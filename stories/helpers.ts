/**
 * What every widget's stories share: the meta made from the attribute descriptors (controls that
 * fit each attribute, real defaults, `state` shown as output), one render function, and the
 * stories each widget has (loading, error, empty, table, English, narrow, dark, themed, forced colours).
 */
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { COMMON_OPTIONS, WIDGET_OPTIONS, type EmbeddableWidget } from '../src/embed/widget-registry.ts';
import { defineElement } from '../src/shared/define.ts';
import { descriptionOf, type OptionDescriptor } from '../src/shared/options.ts';
import { FORCED_COLOURS_DESCRIPTION, inForcedColours } from './support/forced-colors.ts';

type ArgValue<D> = D extends { readonly kind: 'checkbox' } ? boolean : D extends { readonly kind: 'number' } ? number : string;
type ArgsOf<T extends readonly OptionDescriptor[]> = { [D in T[number] as D['name']]?: ArgValue<D> };

/** A widget story's args: one per attribute, named as the attribute (`show-total`). */
export type WidgetArgs<W extends EmbeddableWidget> = ArgsOf<typeof COMMON_OPTIONS> & ArgsOf<(typeof WIDGET_OPTIONS)[W]>;

/** Which args of a story are attributes with a descriptor; preview.ts turns the controls of all others off. */
const ATTRIBUTES_PARAMETER = 'qwAttributes';

/** The sample data, served by Storybook under /data (.storybook/main.ts). */
export const SAMPLE_DATA = '/data/wesel.json';
const MISSING_FILE = '/data/gibt-es-nicht.json';
/** A URL that never answers, so the loading state can be looked at (only this URL is held back). */
const PENDING_URL = '/data/__story-never-answers__.json';

let fetchHeldBack = false;
function holdBackPendingUrl(): void {
  if (fetchHeldBack) return;
  fetchHeldBack = true;
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).endsWith(PENDING_URL) ? new Promise<Response>(() => {}) : originalFetch(input, init);
}

function typeSummary(descriptor: OptionDescriptor): string {
  if (descriptor.kind === 'checkbox') return 'boolean';
  if (descriptor.kind === 'number') return descriptor.min !== undefined && descriptor.max !== undefined ? `number (${descriptor.min}–${descriptor.max})` : 'number';
  if (descriptor.values) return descriptor.values.map((v) => `'${v.value}'`).join(' | ');
  return descriptor.format?.de ?? 'string';
}

/** The argType of one attribute: text → text, fixed values → select, number → number, checkbox → boolean. */
export function argTypeOf(descriptor: OptionDescriptor): ArgTypes[string] {
  const description = [descriptionOf(descriptor).de, descriptor.hint?.de].filter(Boolean).join(' ');
  const standard = descriptor.default ?? (descriptor.kind === 'checkbox' ? 'false' : descriptor.unset?.de);
  const table = { category: 'attributes', type: { summary: typeSummary(descriptor) }, ...(standard !== undefined ? { defaultValue: { summary: standard } } : {}) };
  const base = { name: descriptor.name, description, table };
  switch (descriptor.kind) {
    case 'checkbox':
      return { ...base, type: { name: 'boolean' }, control: { type: 'boolean' } };
    case 'number':
      return {
        ...base,
        type: { name: 'number' },
        control: { type: 'number', ...(descriptor.min !== undefined ? { min: descriptor.min } : {}), ...(descriptor.max !== undefined ? { max: descriptor.max } : {}), ...(typeof descriptor.step === 'number' ? { step: descriptor.step } : {}) },
      };
    default: {
      const values = descriptor.values;
      if (!values) return { ...base, type: { name: 'string' }, control: { type: 'text' } };
      // Without a default, the empty choice stands for "not set" (`lang`: as the page).
      const options = [...(descriptor.default === undefined ? [''] : []), ...values.map((v) => v.value)];
      const labels = Object.fromEntries([['', descriptor.unset?.de ?? '–'], ...values.map((v) => [v.value, `${v.value} – ${v.label.de}`])]);
      return { ...base, type: { name: 'string' }, options, control: { type: 'select', labels } };
    }
  }
}

/** The argTypes of a widget: its descriptors, and `state` as what it is, the widget's output. */
export function argTypesFor(descriptors: readonly OptionDescriptor[]): ArgTypes {
  return {
    ...Object.fromEntries(descriptors.map((d) => [d.name, argTypeOf(d)])),
    state: {
      name: 'state',
      description: 'Vom Baustein gesetzt und gespiegelt (`loading`, `ready`, `empty`, `error`), für eigenes CSS; keine Eingabe.',
      control: false,
      table: { category: 'attributes', type: { summary: "'loading' | 'ready' | 'empty' | 'error'" }, defaultValue: { summary: 'loading' } },
    },
  };
}

/** Initial args: the real defaults (`classes: 5`), empty text where an absent attribute has its own meaning. */
function initialArgs(descriptors: readonly OptionDescriptor[]): Record<string, string | number | boolean> {
  const args: Record<string, string | number | boolean> = {};
  for (const d of descriptors) {
    if (d.kind === 'checkbox') args[d.name] = false;
    else if (d.kind === 'number') {
      if (d.default !== undefined) args[d.name] = Number(d.default);
    } else args[d.name] = d.default ?? '';
  }
  return args;
}

/**
 * The element with the args as attributes. Empty values and the defaults are left out, as an
 * editor would write it.
 */
export function widgetElement(tag: string, descriptors: readonly OptionDescriptor[], args: Readonly<Record<string, unknown>>): HTMLElement {
  const element = document.createElement(tag);
  for (const d of descriptors) {
    const value = args[d.name];
    if (d.kind === 'checkbox') {
      if (value === true) element.setAttribute(d.name, '');
    } else if (value !== undefined && value !== null && value !== '' && !(typeof value === 'number' && Number.isNaN(value)) && String(value) !== d.default) {
      element.setAttribute(d.name, String(value));
    }
  }
  return element;
}

/** The element with the document inline, as a `<script type="application/json">` child (for CMS editors without file hosting). */
export function withInlineData(element: HTMLElement, json: string): HTMLElement {
  element.removeAttribute('src');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  return element;
}

/** A page ground dark enough to see the widget's dark theme against. */
const DARK_PAGE = 'background: #15181c; color: #e8eaed; padding: 1rem; color-scheme: dark';

export interface WidgetStoriesOptions<W extends EmbeddableWidget> {
  /** What the widget is for (German, as the docs page shows it). */
  readonly description: string;
  /** Args every story starts from, besides the defaults; `src` is the Wesel sample data unless given. */
  readonly args?: WidgetArgs<W>;
}

/**
 * The meta and the shared stories of one widget. `element` is the class exported by the define
 * module: using it keeps the registration in a production build, and registering again is idempotent.
 */
export function widgetStories<W extends EmbeddableWidget>(widget: W, element: CustomElementConstructor, options: WidgetStoriesOptions<W>) {
  type Args = WidgetArgs<W>;
  type Story = StoryObj<Args>;
  const tag = `qw-${widget}`;
  defineElement(tag, element);
  const descriptors: readonly OptionDescriptor[] = [...WIDGET_OPTIONS[widget], ...COMMON_OPTIONS];
  const render = (args: Args): HTMLElement => widgetElement(tag, descriptors, args as Readonly<Record<string, unknown>>);

  const meta = {
    title: `Widgets/${tag}`,
    component: tag,
    render,
    args: { ...initialArgs(descriptors), src: SAMPLE_DATA, ...options.args } as Args,
    argTypes: argTypesFor(descriptors) as Meta<Args>['argTypes'],
    parameters: {
      [ATTRIBUTES_PARAMETER]: descriptors.map((d) => d.name),
      docs: { description: { component: options.description } },
    },
  } satisfies Meta<Args>;

  return {
    meta,
    render,
    /** While the data is on its way. */
    loading: (): Story => {
      holdBackPendingUrl();
      return { args: { src: PENDING_URL } as Args };
    },
    /** A file that is not there: the error panel says so in words. (Storybook reads a story's `name` from the story file.) */
    error: (): Story => ({ args: { src: MISSING_FILE } as Args }),
    /** A valid document without anything this widget shows. */
    empty: (json: string): Story => ({ render: (args) => withInlineData(render(args), json) }),
    /** The document inline instead of `src`. */
    inline: (json: string, args?: Args): Story => ({ ...(args ? { args } : {}), render: (a) => withInlineData(render(a), json) }),
    /** Only the data table (`view="table"`). */
    tableView: (args?: Args): Story => ({ args: { view: 'table', ...args } as Args }),
    english: (args?: Args): Story => ({ args: { lang: 'en', ...args } as Args }),
    /** In a narrow column (reflow). */
    narrow: (width: number, args?: Args): Story => ({ ...(args ? { args } : {}), render: (a) => html`<div style="max-width: ${width}px">${render(a)}</div>` }),
    /** `theme="dark"` on a dark page. */
    dark: (args?: Args): Story => ({
      args: { theme: 'dark', ...args } as Args,
      render: (a) => html`<div style=${DARK_PAGE}>${render(a)}</div>`,
    }),
    /** A corporate design through the documented custom properties. */
    themed: (properties: Readonly<Record<string, string>>, args?: Args): Story => ({
      ...(args ? { args } : {}),
      render: (a) => html`<div style=${Object.entries(properties).map(([name, value]) => `${name}: ${value};`).join(' ')}>${render(a)}</div>`,
    }),
    /** Windows contrast mode: system colours only; the story says how to turn the emulation on. */
    forcedColours: (args?: Args): Story => ({
      ...(args ? { args } : {}),
      render: (a) => inForcedColours(html`${render(a)}`),
      parameters: { docs: { description: { story: FORCED_COLOURS_DESCRIPTION } } },
    }),
  };
}

/**
 * For preview.ts: only the attributes with a descriptor get a control. The others the manifest
 * lists (properties such as `data`, `state`, members, CSS properties) stay in the docs table,
 * without the "Set object" control Storybook would guess for them.
 */
export function onlyDescribedControls(context: { readonly argTypes: ArgTypes; readonly parameters: Readonly<Record<string, unknown>> }): ArgTypes {
  const described = context.parameters[ATTRIBUTES_PARAMETER];
  if (!Array.isArray(described)) return context.argTypes;
  return Object.fromEntries(Object.entries(context.argTypes).map(([name, argType]) => [name, described.includes(name) ? argType : { ...argType, control: false }])) as ArgTypes;
}

