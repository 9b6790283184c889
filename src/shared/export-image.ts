/**
 * The image downloads: a chart picture (SVG) framed by its caption block — title and what is shown
 * above, sources, licence, "Stand", the "Beispieldaten" mark, the status words and the page
 * address below — as SVG, and as PNG drawn from that SVG at 2× for print. Also `domToSvg`, which
 * redraws an HTML chart (bars as boxes, words as text, its inline SVG parts as they are) as SVG.
 *
 * Loaded with the click only (dynamic `import()` from download.ts). Under a strict CSP the SVG
 * becomes an image through a `blob:` URL, which the documented policy allows (`img-src blob:`).
 */
import type { ChartPicture } from './download.ts';
import { captionLines, type ExportMeta } from './export-meta.ts';

export const escapeXml = (value: string): string =>
  value
    // Characters XML 1.0 forbids even escaped would make the whole file unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const INK = '#1f2328';
const MUTED = '#57606a';
const EXAMPLE = '#8a4b00';
const PAD = 16;
const MIN_WIDTH = 480;

let measureContext: CanvasRenderingContext2D | null | undefined;
function measure(text: string, font: string, size: number): number {
  if (measureContext === undefined) measureContext = globalThis.document?.createElement('canvas').getContext('2d') ?? null;
  if (!measureContext) return text.length * size * 0.56;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/** Breaks `text` into lines no wider than `maxWidth` at the given font. */
export function wrapText(text: string, maxWidth: number, size: number, fontFamily: string, weight = 400): string[] {
  const font = `${weight} ${size}px ${fontFamily}`;
  const lines: string[] = [];
  let line = '';
  // A word wider than the line (a long address) is cut into pieces that fit.
  const pieces = (word: string): string[] => {
    if (measure(word, font, size) <= maxWidth) return [word];
    const out: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece && measure(piece + char, font, size) > maxWidth) {
        out.push(piece);
        piece = '';
      }
      piece += char;
    }
    return piece ? [...out, piece] : out;
  };
  for (const word of text.split(/\s+/).filter(Boolean).flatMap(pieces)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface CaptionLayout {
  readonly width: number;
  readonly height: number;
  /** Where the chart sits. */
  readonly chart: { x: number; y: number; width: number; height: number };
  /** Every line of the caption with its baseline, size and kind. */
  readonly lines: readonly { text: string; x: number; y: number; size: number; kind: 'title' | 'shown' | 'credit' | 'example' }[];
  /** The band of the caption under the chart (for checks: it holds ink). */
  readonly below: { y: number; height: number };
}

/** Where title, chart and credits go. Pure apart from text measuring. */
export function captionLayout(picture: Pick<ChartPicture, 'width' | 'height'>, meta: ExportMeta, fontFamily = 'sans-serif'): CaptionLayout {
  const width = Math.ceil(Math.max(picture.width + 2 * PAD, MIN_WIDTH));
  const inner = width - 2 * PAD;
  const { above, below } = captionLines(meta);
  const exampleValue = meta.entries.find((e) => e.key === 'example')?.value;
  const lines: CaptionLayout['lines'][number][] = [];
  let y = PAD;
  above.forEach((text, index) => {
    const size = index === 0 ? 18 : 13;
    for (const line of wrapText(text, inner, size, fontFamily, index === 0 ? 600 : 400)) {
      y += size * 1.3;
      lines.push({ text: line, x: PAD, y, size, kind: index === 0 ? 'title' : 'shown' });
    }
  });
  y += 10;
  const chart = { x: Math.round((width - picture.width) / 2), y: Math.round(y), width: picture.width, height: picture.height };
  y = chart.y + picture.height + 10;
  const belowTop = y;
  for (const text of below) {
    const example = text === exampleValue;
    for (const line of wrapText(text, inner, 12, fontFamily, example ? 600 : 400)) {
      y += 12 * 1.4;
      lines.push({ text: line, x: PAD, y, size: 12, kind: example ? 'example' : 'credit' });
    }
  }
  y += PAD;
  return { width, height: Math.ceil(y), chart, lines, below: { y: belowTop, height: Math.ceil(y) - belowTop } };
}

/** `<svg …>` of a picture placed at x, y inside another SVG (the XML prolog dropped). */
function nested(markup: string, x: number, y: number, width: number, height: number): string {
  const body = markup.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
  return body.replace(/^<svg\b([^>]*)>/, (_whole, attributes: string) => `<svg x="${x}" y="${y}" width="${width}" height="${height}"${attributes.replace(/\s(?:width|height|x|y)="[^"]*"/g, '')}>`);
}

/** The chart with its caption block, as one standalone SVG document. */
export function framedPicture(picture: ChartPicture, meta: ExportMeta, fontFamily = 'sans-serif'): ChartPicture {
  const layout = captionLayout(picture, meta, fontFamily);
  const fill = { title: INK, shown: MUTED, credit: MUTED, example: EXAMPLE } as const;
  const texts = layout.lines
    .map((l) => `<text x="${l.x}" y="${l.y.toFixed(1)}" font-size="${l.size}"${l.kind === 'title' || l.kind === 'example' ? ' font-weight="600"' : ''} fill="${fill[l.kind]}">${escapeXml(l.text)}</text>`)
    .join('');
  const { chart } = layout;
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(fontFamily)}">` +
    `<title>${escapeXml(meta.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${texts}${nested(picture.markup, chart.x, chart.y, chart.width, chart.height)}</svg>`;
  return { markup, width: layout.width, height: layout.height };
}

/** Pictures one under the other (the trend's plot and its legend). */
export function stackPictures(pictures: readonly ChartPicture[], gap = 8): ChartPicture {
  const width = Math.ceil(Math.max(...pictures.map((p) => p.width)));
  let y = 0;
  const parts = pictures.map((p) => {
    const part = nested(p.markup, 0, y, p.width, p.height);
    y += p.height + gap;
    return part;
  });
  const height = Math.ceil(y - gap);
  return { markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`, width, height };
}

/** Draws an SVG document onto a canvas at `scale` and returns the PNG. */
export async function pictureToPng(picture: ChartPicture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, picture.width, picture.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

// ------------------------------------------------------------------ HTML charts as SVG

/** Relative luminance 0–1 of a computed `rgb()`/`rgba()` colour; null when transparent. */
function luminance(colour: string): number | null {
  const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?/.exec(colour);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * The file is always light (white ground): a dark theme's light text becomes dark ink and its
 * dark surfaces are left out, so a picture taken in the dark theme stays readable.
 */
function inkOf(colour: string, dark: boolean): string {
  const l = luminance(colour);
  return dark && l !== null && l > 0.45 ? INK : colour;
}
function groundOf(colour: string, dark: boolean): string | null {
  const l = luminance(colour);
  if (l === null) return null;
  // In the dark theme only the dark grounds and surfaces go; coloured bars stay.
  return dark && l < 0.05 ? null : colour;
}

const SVG_PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-size', 'font-weight', 'text-anchor', 'visibility'];

/** A copy of an inline SVG with its CSS-set paint written as attributes (the file has no stylesheet). */
function inlineSvg(source: SVGSVGElement): string {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index]!;
    const style = getComputedStyle(original);
    for (const name of SVG_PAINT) {
      let value = style.getPropertyValue(name);
      if (!value) continue;
      // A pattern reference keeps its id, without the quotes an attribute cannot hold.
      if (value.startsWith('url(')) value = value.replace(/"/g, "'");
      target.setAttribute(name, value);
    }
    for (const attribute of ['class', 'style', 'role', 'tabindex', 'focusable', 'aria-hidden', 'aria-label']) target.removeAttribute(attribute);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

/**
 * Redraws the element's visible content as an SVG picture: backgrounds and borders as
 * rectangles, words as text at their place, inline SVG as it is (with its paint). What it cannot
 * show (CSS images, shadows) stays out; the numbers are in the CSV/XLSX beside it.
 */
export function domToSvg(root: Element): ChartPicture {
  const origin = root.getBoundingClientRect();
  const parts: string[] = [];
  // Light text means the dark theme: the file turns it into dark ink on white.
  const dark = (luminance(getComputedStyle(root).color) ?? 0) > 0.45;
  // What sticks out of the root (axis labels left of it) widens the picture instead of being cut.
  const bounds = { left: 0, top: 0, right: origin.width, bottom: origin.height };
  const extend = (x: number, y: number, width: number, height: number) => {
    bounds.left = Math.min(bounds.left, x);
    bounds.top = Math.min(bounds.top, y);
    bounds.right = Math.max(bounds.right, x + width);
    bounds.bottom = Math.max(bounds.bottom, y + height);
  };
  const at = (value: number) => value.toFixed(1);
  const visit = (element: Element): void => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return;
    const box = element.getBoundingClientRect();
    // Screen-reader-only text is clipped to a pixel: it is not part of the picture.
    if (box.width <= 1 && box.height <= 1 && style.overflow === 'hidden') return;
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    if (element instanceof SVGSVGElement) {
      if (box.width > 0 && box.height > 0) extend(x, y, box.width, box.height);
      if (box.width > 0 && box.height > 0) parts.push(nested(inlineSvg(element), Number(at(x)), Number(at(y)), Number(at(box.width)), Number(at(box.height))));
      return;
    }
    const ground = groundOf(style.backgroundColor, dark);
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    if (ground && box.width > 0 && box.height > 0) parts.push(`<rect x="${at(x)}" y="${at(y)}" width="${at(box.width)}" height="${at(box.height)}" rx="${Math.min(radius, box.height / 2)}" fill="${ground}"/>`);
    const sides = [
      ['Top', x, y, x + box.width, y],
      ['Bottom', x, y + box.height, x + box.width, y + box.height],
      ['Left', x, y, x, y + box.height],
      ['Right', x + box.width, y, x + box.width, y + box.height],
    ] as const;
    for (const [side, x1, y1, x2, y2] of sides) {
      const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (width > 0 && kind !== 'none' && kind !== 'hidden' && luminance(colour) !== null) {
        parts.push(`<line x1="${at(x1)}" y1="${at(y1)}" x2="${at(x2)}" y2="${at(y2)}" stroke="${inkOf(colour, dark)}" stroke-width="${width}"${kind === 'dashed' ? ' stroke-dasharray="4 3"' : kind === 'dotted' ? ' stroke-dasharray="1 2"' : ''}/>`);
      }
    }
    const children = element.shadowRoot ? [...element.shadowRoot.childNodes] : [...element.childNodes];
    for (const node of children) {
      if (node instanceof Element) visit(node);
      else if (node.nodeType === Node.TEXT_NODE) text(node as Text, style);
    }
  };
  const text = (node: Text, style: CSSStyleDeclaration): void => {
    const content = node.data;
    if (!content.trim()) return;
    const range = document.createRange();
    // Words grouped by line: a wrapped text becomes one <text> per line, at the place it stands.
    const lines: { top: number; left: number; right: number; bottom: number; words: string[] }[] = [];
    for (const match of content.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
      if (line) {
        line.words.push(match[0]);
        line.right = Math.max(line.right, rect.right);
      } else lines.push({ top: rect.top, left: rect.left, right: rect.right, bottom: rect.bottom, words: [match[0]] });
    }
    const fill = inkOf(style.color, dark);
    const weight = style.fontWeight !== '400' ? ` font-weight="${style.fontWeight}"` : '';
    const italic = style.fontStyle === 'italic' ? ' font-style="italic"' : '';
    for (const line of lines) {
      const baseline = (line.top + line.bottom) / 2 - origin.top;
      extend(line.left - origin.left, line.top - origin.top, line.right - line.left, line.bottom - line.top);
      parts.push(`<text x="${at(line.left - origin.left)}" y="${at(baseline)}" dominant-baseline="central" font-size="${parseFloat(style.fontSize)}"${weight}${italic} fill="${fill}">${escapeXml(line.words.join(' '))}</text>`);
    }
  };
  visit(root);
  const left = Math.floor(bounds.left);
  const top = Math.floor(bounds.top);
  const width = Math.ceil(Math.max(1, bounds.right - left));
  const height = Math.ceil(Math.max(1, bounds.bottom - top));
  const fontFamily = getComputedStyle(root).fontFamily || 'sans-serif';
  return {
    markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}" font-family="${escapeXml(fontFamily)}">${parts.join('')}</svg>`,
    width,
    height,
  };
}
