/**
 * Hostile variants of the Wesel sample document for the widgets' hardening tests: area ids that
 * collide with `Object.prototype`, texts far beyond the contract's caps, thousands of projects.
 * Every widget reads the same document, so one change reaches all five.
 */
import { expect } from '@open-wc/testing';

/** Names that are properties of every plain object. */
export const ODD_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

export const WIDGET_TAGS = ['qw-district-map', 'qw-indicator-trend', 'qw-housing-gauge', 'qw-funding-tracker', 'qw-district-profile'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

let sample: Promise<string> | undefined;

/** A fresh copy of demo/data/wesel.json. */
export async function weselDocument(): Promise<any> {
  sample ??= fetch('/demo/data/wesel.json').then((response) => response.text());
  return JSON.parse(await sample);
}

/** Replaces the first district ids of the `sozialraum` level with {@link ODD_IDS}, everywhere they occur. */
export async function oddIdDocument(): Promise<{ doc: any; ids: Map<string, string> }> {
  const doc = await weselDocument();
  const level = doc.areaLevels.find((l: any) => l.id === 'sozialraum');
  const ids = new Map<string, string>();
  level.geometry.features.slice(0, ODD_IDS.length).forEach((feature: any, index: number) => ids.set(feature.properties.id, ODD_IDS[index]!));
  const rename = (id: unknown) => (typeof id === 'string' && ids.has(id) ? ids.get(id)! : id);
  for (const feature of level.geometry.features) feature.properties.id = rename(feature.properties.id);
  for (const indicator of doc.indicators) if (indicator.level === 'sozialraum') for (const value of indicator.values) value.area = rename(value.area);
  for (const entry of doc.housing?.byArea ?? []) entry.area = rename(entry.area);
  for (const programme of doc.funding?.programmes ?? []) for (const project of programme.projects ?? []) project.area = rename(project.area);
  return { doc, ids };
}

/** Every label, unit, name and note of the document replaced by `length` unbroken characters. */
export async function longTextDocument(length: number): Promise<any> {
  const doc = await weselDocument();
  const long = (prefix: string) => `${prefix}${'X'.repeat(Math.max(0, length - prefix.length))}`;
  doc.meta.title = long('Titel');
  for (const level of doc.areaLevels) {
    level.label = long('Ebene');
    for (const feature of level.geometry.features) feature.properties[level.nameProperty ?? 'name'] = long(`N${feature.properties.id}`);
  }
  for (const indicator of doc.indicators) {
    indicator.label = long('Label');
    delete indicator.labelEn;
    indicator.unit = long('U');
    for (const note of indicator.notes ?? []) note.text = long('Notiz');
  }
  if (doc.housing) doc.housing.unit = long('WE');
  for (const programme of doc.funding?.programmes ?? []) {
    programme.name = long('Programm');
    delete programme.nameEn;
    for (const project of programme.projects ?? []) {
      project.name = long('Projekt');
      delete project.nameEn;
      if (project.recipient) project.recipient = long('Träger');
    }
  }
  return doc;
}

/** The tag with attributes that make it show the Wesel sample's `sozialraum` districts. */
export function widgetFor(tag: WidgetTag, doc: unknown, areas: readonly string[]): HTMLElement {
  const el = document.createElement(tag);
  if (tag === 'qw-district-map') el.setAttribute('indicator', 'arbeitslosenanteil');
  if (tag === 'qw-indicator-trend') {
    el.setAttribute('indicator', 'kinderarmut');
    el.setAttribute('areas', areas.slice(0, 3).join(','));
  }
  if (tag === 'qw-district-profile') el.setAttribute('area', areas[0]!);
  // A string is a URL: the widget loads it (`src`); anything else is the document itself.
  if (typeof doc === 'string') el.setAttribute('src', doc);
  else (el as HTMLElement & { data: unknown }).data = doc;
  return el;
}

/**
 * Waits until the widget is no longer loading. Polls with timeouts that all fire (unlike
 * `waitUntil`'s, which stays pending), so the leak tests can count the widget's own timers.
 */
export async function whenSettled(el: HTMLElement, timeout = 20000): Promise<void> {
  const settled = () => el.getAttribute('state') !== null && el.getAttribute('state') !== 'loading';
  const start = performance.now();
  while (!settled()) {
    if (performance.now() - start > timeout) throw new Error(`${el.localName} did not settle`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Every element of the widget's shadow tree (nested shadow roots included). */
export function shadowElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...shadowElements(el.shadowRoot));
  }
  return found;
}

/** Whether `element` sits inside a box of the widget that scrolls or clips sideways: it may be wider, it does not reach past. */
export function insideScroller(element: Element, host: Element): boolean {
  let node: Element | null = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null);
  while (node && node !== host) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return false;
}

/**
 * The widget stays within `maxHeight` and no element of it reaches past its right edge. What a
 * sideways scroller holds may be wider, but at most three times the widget: a long text must not
 * make any table endless.
 */
export function expectWithinBox(el: HTMLElement, maxHeight: number): void {
  const box = el.getBoundingClientRect();
  expect(box.height, `${el.localName} height`).to.be.greaterThan(0).and.at.most(maxHeight);
  const scrollers = shadowElements(el.shadowRoot!).filter((child): child is HTMLElement => child instanceof HTMLElement && getComputedStyle(child).overflowX === 'auto');
  for (const scroller of scrollers) expect(scroller.scrollWidth, `${el.localName}: what .${scroller.className} scrolls`).to.be.at.most(3 * box.width);
  const overflowing = shadowElements(el.shadowRoot!)
    .filter((child) => !child.closest('.sr-only') && !child.matches('.sr-only, caption, title, desc, style, defs *') && !insideScroller(child, el))
    .map((child) => ({ child, rect: child.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && (rect.right > box.right + 1 || rect.width > box.width + 1));
  expect(
    overflowing.map(({ child, rect }) => `${child.localName}.${[...child.classList].join('.')} ${Math.round(rect.width)}px`),
    `${el.localName}: elements wider than the widget`,
  ).to.deep.equal([]);
}
