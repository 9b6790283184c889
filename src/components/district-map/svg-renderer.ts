/**
 * The SVG renderer: district paths filled by class, patterns for districts without a number,
 * and the highlight layer (hover, selection, keyboard focus). The same paths are the keyboard
 * and screen-reader structure of the map for both renderers: over a WebGL map they stay
 * transparent and only take pointer and focus.
 */
import { noChange, nothing, svg, type ElementPart, type SVGTemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { DistrictDatum } from './model/district-data.ts';
import type { DistrictShape, LevelGeometry } from './model/geometry.ts';
import { NO_VALUE_STYLE, type NoValueKind } from './palettes.ts';

/** Pattern tile size in screen pixels (the WebGL patterns use the same). */
export const PATTERN_PIXELS = 8;

export const patternId = (prefix: string, kind: NoValueKind): string => `${prefix}-${kind}`;

/** The fill of a district: its class colour or the pattern of its reason. */
export function districtFill(district: DistrictDatum | undefined, prefix: string): string {
  if (district?.color) return district.color;
  return `url(#${patternId(prefix, district?.kind === 'suppressed' ? 'suppressed' : 'missing')})`;
}

/** The two patterns, `size` user units per tile (8 screen pixels at the current scale). */
export function patternDefs(prefix: string, size: number): SVGTemplateResult {
  const missing = NO_VALUE_STYLE.missing;
  const suppressed = NO_VALUE_STYLE.suppressed;
  return svg`<pattern id=${patternId(prefix, 'missing')} patternUnits="userSpaceOnUse" width=${size} height=${size}>
      <rect width=${size} height=${size} fill=${missing.background}></rect>
      <circle cx=${size / 2} cy=${size / 2} r=${size * 0.16} fill=${missing.ink}></circle>
    </pattern>
    <pattern id=${patternId(prefix, 'suppressed')} patternUnits="userSpaceOnUse" width=${size} height=${size}>
      <rect width=${size} height=${size} fill=${suppressed.background}></rect>
      <path d=${`M0 ${size}L${size} 0M${-size / 2} ${size / 2}L${size / 2} ${-size / 2}M${size / 2} ${size * 1.5}L${size * 1.5} ${size / 2}`} stroke=${suppressed.ink} stroke-width=${size * 0.19}></path>
    </pattern>`;
}

export interface DistrictLayerOptions {
  readonly geometry: LevelGeometry;
  readonly districts: ReadonlyMap<string, DistrictDatum>;
  readonly label: (district: DistrictDatum | undefined, shape: DistrictShape) => string;
  /** Changes whenever the labels change (new model or language): the labels are computed again then. */
  readonly labelKey: unknown;
  readonly tabStop: string | null;
  readonly selected: string | null;
  readonly prefix: string;
}

/** Up to this many districts every label is set at once; above, in idle time after the first paint. */
export const EAGER_LABELS = 1000;
const LABEL_BATCH = 500;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * One focusable path per district, in reading order (also the order screen readers read), built
 * with the DOM directly: a lit template per district costs a template instance, markers and parts
 * for each of thousands of paths, where the map needs `d` once per level and then changes a few
 * attributes. Only what changed is touched afterwards: fills for a new model, `aria-selected`
 * and the one roving `tabindex="0"` for a new selection or focus.
 */
class DistrictLayer extends Directive {
  private geometry: LevelGeometry | null = null;
  private paths = new Map<string, SVGPathElement>();
  private districts: ReadonlyMap<string, DistrictDatum> | null = null;
  private prefix = '';
  private labelKey: unknown = undefined;
  private labelRun = 0;
  private tabStop: string | null = null;
  private selected: string | null = null;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('districtLayer() belongs on the <g> of the districts');
  }

  render(_options: DistrictLayerOptions): unknown {
    return noChange;
  }

  override update(part: ElementPart, [options]: [DistrictLayerOptions]): unknown {
    const { geometry, districts, prefix, tabStop, selected } = options;
    if (geometry !== this.geometry) this.build(part.element, geometry);
    if (districts !== this.districts || prefix !== this.prefix) {
      for (const [id, path] of this.paths) path.setAttribute('fill', districtFill(districts.get(id), prefix));
      this.districts = districts;
      this.prefix = prefix;
    }
    if (selected !== this.selected) {
      this.path(this.selected)?.setAttribute('aria-selected', 'false');
      this.path(selected)?.setAttribute('aria-selected', 'true');
      this.selected = selected;
    }
    if (tabStop !== this.tabStop) {
      this.path(this.tabStop)?.setAttribute('tabindex', '-1');
      this.path(tabStop)?.setAttribute('tabindex', '0');
      this.tabStop = tabStop;
    }
    if (options.labelKey !== this.labelKey) {
      this.labelKey = options.labelKey;
      this.labelAll(options);
    } else {
      // Keyboard focus can reach a district before its batch: label it now.
      for (const id of [tabStop, selected]) this.labelOne(id, options);
    }
    return noChange;
  }

  private path(id: string | null): SVGPathElement | undefined {
    return id === null ? undefined : this.paths.get(id);
  }

  private build(group: Element, geometry: LevelGeometry): void {
    const fragment = document.createDocumentFragment();
    const paths = new Map<string, SVGPathElement>();
    for (const id of geometry.order) {
      const shape = geometry.byId.get(id)!;
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('class', 'district');
      path.setAttribute('data-id', id);
      path.setAttribute('d', shape.d);
      path.setAttribute('role', 'option');
      path.setAttribute('aria-selected', 'false');
      path.setAttribute('tabindex', '-1');
      paths.set(id, path);
      fragment.append(path);
    }
    group.replaceChildren(fragment);
    this.geometry = geometry;
    this.paths = paths;
    this.districts = null;
    this.labelKey = undefined;
    this.tabStop = null;
    this.selected = null;
  }

  private labelOne(id: string | null, { geometry, districts, label }: DistrictLayerOptions): void {
    const path = this.path(id);
    if (!path || path.hasAttribute('aria-label')) return;
    path.setAttribute('aria-label', label(districts.get(id!), geometry.byId.get(id!)!));
  }

  /**
   * Thousands of labels (a number format and a rank each) would hold up the first paint of a large
   * map; they follow in idle time, the districts keyboard focus reaches first at once.
   */
  private labelAll(options: DistrictLayerOptions): void {
    const run = ++this.labelRun;
    const { geometry, districts, label } = options;
    const ids = geometry.order;
    const write = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const id = ids[i]!;
        this.paths.get(id)?.setAttribute('aria-label', label(districts.get(id), geometry.byId.get(id)!));
      }
    };
    if (ids.length <= EAGER_LABELS) {
      write(0, ids.length);
      return;
    }
    for (const path of this.paths.values()) path.removeAttribute('aria-label');
    for (const id of [options.tabStop, options.selected]) this.labelOne(id, options);
    const next = (from: number) => {
      if (run !== this.labelRun) return;
      write(from, Math.min(from + LABEL_BATCH, ids.length));
      if (from + LABEL_BATCH < ids.length) later(() => next(from + LABEL_BATCH));
    };
    later(() => next(0));
  }
}

/** Idle time where the browser has it, else the next task. */
const later = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 200 });
  else setTimeout(callback, 0);
};

/** The district paths inside `<g class="districts" ${districtLayer(…)}>`. */
export const districtLayer = directive(DistrictLayer);

export interface HighlightOptions {
  readonly geometry: LevelGeometry;
  readonly hovered: string | null;
  readonly selected: string | null;
  readonly focused: string | null;
}

/** Outlines drawn over all districts, so a neighbour never covers them: selection, hover, focus ring. */
export function highlightPaths({ geometry, hovered, selected, focused }: HighlightOptions): SVGTemplateResult {
  const d = (id: string | null) => (id === null ? undefined : geometry.byId.get(id)?.d);
  const selectedPath = d(selected);
  const hoveredPath = hovered !== selected ? d(hovered) : undefined;
  const focusPath = d(focused);
  return svg`${selectedPath ? svg`<path class="hl hl-halo" d=${selectedPath}></path><path class="hl hl-selected" d=${selectedPath}></path>` : nothing}
    ${hoveredPath ? svg`<path class="hl hl-halo hl-hover-halo" d=${hoveredPath}></path><path class="hl hl-hover" d=${hoveredPath}></path>` : nothing}
    ${focusPath ? svg`<path class="hl hl-focus-halo" d=${focusPath}></path><path class="hl hl-focus" d=${focusPath}></path>` : nothing}`;
}

/**
 * A standalone SVG document of the filled map (for the PNG download): presentation attributes
 * only, no names (they are drawn as text on the canvas), so nothing from the data is markup.
 */
export function svgDocument(geometry: LevelGeometry, districts: ReadonlyMap<string, DistrictDatum>, pixelWidth: number, outline: string): string {
  const { width, height } = geometry.layout;
  const pixelHeight = Math.round((pixelWidth * height) / width);
  const size = (PATTERN_PIXELS * width) / pixelWidth;
  const strokeWidth = width / pixelWidth;
  const m = NO_VALUE_STYLE.missing;
  const s = NO_VALUE_STYLE.suppressed;
  const defs = `<pattern id="p-missing" patternUnits="userSpaceOnUse" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${m.background}"/><circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.16}" fill="${m.ink}"/></pattern><pattern id="p-suppressed" patternUnits="userSpaceOnUse" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${s.background}"/><path d="M0 ${size}L${size} 0M${-size / 2} ${size / 2}L${size / 2} ${-size / 2}M${size / 2} ${size * 1.5}L${size * 1.5} ${size / 2}" stroke="${s.ink}" stroke-width="${size * 0.19}"/></pattern>`;
  const safeColor = (c: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : '#000000');
  const paths = geometry.shapes
    .map((shape) => {
      const district = districts.get(shape.id);
      const fill = districtFill(district, 'p');
      return `<path d="${shape.d}" fill="${fill.startsWith('url(') ? fill : safeColor(fill)}" fill-rule="evenodd" stroke="${safeColor(outline)}" stroke-width="${strokeWidth}"/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${pixelWidth}" height="${pixelHeight}"><defs>${defs}</defs>${paths}</svg>`;
}
