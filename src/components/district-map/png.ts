/**
 * The PNG download: title, the map as drawn (WebGL canvas or the SVG), the names shown on it,
 * the legend and the source line, composed on a 2D canvas. Under a strict CSP the SVG becomes an
 * image through a `blob:` URL, which the documented policy allows (`img-src blob:`).
 */
import { NO_VALUE_STYLE, type NoValueKind } from './palettes.ts';

export interface PngLegendEntry {
  readonly text: string;
  readonly color?: string;
  readonly pattern?: NoValueKind;
}

export interface PngOptions {
  readonly title: string;
  readonly subtitle: string;
  /** The map's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Draws the map into the given rectangle. */
  readonly drawMap: (context: CanvasRenderingContext2D, x: number, y: number, width: number, height: number) => void;
  /** Names on the map, relative to its top left corner, in CSS pixels. */
  readonly labels: readonly { text: string; x: number; y: number }[];
  readonly legend: readonly PngLegendEntry[];
  readonly footer: string;
  readonly fontFamily: string;
  /** Output pixels per CSS pixel. */
  readonly scale?: number;
}

/** Loads an SVG document as an image (for drawing onto a canvas). */
export async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function fillPattern(context: CanvasRenderingContext2D, kind: NoValueKind, x: number, y: number, w: number, h: number): void {
  const style = NO_VALUE_STYLE[kind];
  context.save();
  context.beginPath();
  context.rect(x, y, w, h);
  context.clip();
  context.fillStyle = style.background;
  context.fillRect(x, y, w, h);
  context.fillStyle = style.ink;
  context.strokeStyle = style.ink;
  if (kind === 'missing') {
    for (let py = y + 4; py < y + h; py += 8) for (let px = x + 4; px < x + w; px += 8) context.fillRect(px - 1, py - 1, 2, 2);
  } else {
    context.lineWidth = 1.5;
    for (let d = -h; d < w + h; d += 8) {
      context.beginPath();
      context.moveTo(x + d, y + h);
      context.lineTo(x + d + h, y);
      context.stroke();
    }
  }
  context.restore();
}

export async function composePng(options: PngOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const padding = 16;
  const width = Math.max(320, Math.round(options.width)) + 2 * padding;
  const measureCanvas = document.createElement('canvas').getContext('2d')!;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${options.fontFamily}`;
  measureCanvas.font = font(18, 600);
  const titleLines = wrap(measureCanvas, options.title, width - 2 * padding);
  measureCanvas.font = font(13);
  const subtitleLines = options.subtitle ? wrap(measureCanvas, options.subtitle, width - 2 * padding) : [];
  const footerLines = wrap(measureCanvas, options.footer, width - 2 * padding);
  const legendRow = 20;
  const headerHeight = padding + titleLines.length * 24 + subtitleLines.length * 18 + 8;
  const mapTop = headerHeight;
  const legendTop = mapTop + options.height + 12;
  const footerTop = legendTop + options.legend.length * legendRow + 8;
  const height = footerTop + footerLines.length * 17 + padding;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1f2328';
  context.textBaseline = 'top';

  let y = padding;
  context.font = font(18, 600);
  for (const line of titleLines) {
    context.fillText(line, padding, y);
    y += 24;
  }
  context.font = font(13);
  context.fillStyle = '#57606a';
  for (const line of subtitleLines) {
    context.fillText(line, padding, y);
    y += 18;
  }

  options.drawMap(context, padding, mapTop, options.width, options.height);

  context.font = font(12, 600);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  for (const label of options.labels) {
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(label.text, padding + label.x, mapTop + label.y);
    context.fillStyle = '#1f2328';
    context.fillText(label.text, padding + label.x, mapTop + label.y);
  }

  context.textAlign = 'start';
  context.font = font(13);
  options.legend.forEach((entry, i) => {
    const top = legendTop + i * legendRow;
    if (entry.pattern) fillPattern(context, entry.pattern, padding, top + 2, 22, 14);
    else {
      context.fillStyle = entry.color ?? '#ffffff';
      context.fillRect(padding, top + 2, 22, 14);
    }
    context.strokeStyle = '#57606a';
    context.lineWidth = 1;
    context.strokeRect(padding + 0.5, top + 2.5, 21, 13);
    context.fillStyle = '#1f2328';
    context.fillText(entry.text, padding + 30, top + 9);
  });

  context.textBaseline = 'top';
  context.fillStyle = '#57606a';
  context.font = font(12);
  footerLines.forEach((line, i) => context.fillText(line, padding, footerTop + i * 17));

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
