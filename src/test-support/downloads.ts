/**
 * Downloads in tests: the menu is operated as a reader would, the files are captured instead of
 * saved (`captureDownloads`), and read back: CSV as text, XLSX with read-excel-file, SVG parsed,
 * PNG decoded to pixels.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { captureDownloads, type DownloadFormat } from '../shared/download.ts';
import type { QwDownloadMenu } from '../shared/download-menu/download-menu.ts';

export interface CapturedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** The widget's download menu (inside its shadow root). */
export function menuOf(el: HTMLElement): QwDownloadMenu {
  const menu = el.shadowRoot!.querySelector('qw-download-menu');
  expect(menu, `${el.localName} has a download menu`).not.to.equal(null);
  return menu!;
}

/** The formats the menu offers, in its order. */
export function offeredFormats(el: HTMLElement): DownloadFormat[] {
  return [...menuOf(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('.item')].map((b) => b.dataset.format as DownloadFormat);
}

/** Opens the menu, picks `format` and returns the file the widget made. */
export async function download(el: HTMLElement, format: DownloadFormat): Promise<CapturedFile> {
  const files: CapturedFile[] = [];
  const restore = captureDownloads((name, blob) => files.push({ name, blob }));
  try {
    const menu = menuOf(el);
    await menu.updateComplete;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await menu.updateComplete;
    const item = menu.shadowRoot!.querySelector<HTMLButtonElement>(`.item[data-format="${format}"]`);
    expect(item, `${el.localName} offers ${format}`).not.to.equal(null);
    item!.click();
    await waitUntil(() => files.length > 0 || menu.shadowRoot!.querySelector('.status.failed'), `${el.localName}: no ${format} file`, { timeout: 20000 });
    expect(menu.shadowRoot!.querySelector('.status.failed'), `${el.localName}: ${format} failed`).to.equal(null);
    return files[0]!;
  } finally {
    restore();
  }
}

/** Every cell of every sheet of an XLSX file, by sheet name. */
export async function xlsxSheets(blob: Blob): Promise<Map<string, unknown[][]>> {
  const { default: readXlsxFile } = await import('read-excel-file/browser');
  const sheets = await readXlsxFile(blob);
  return new Map(sheets.map((s) => [s.sheet, s.data as unknown[][]]));
}

/** The words of an SVG file; fails on a file that does not parse. */
export function svgWords(markup: string): string {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  return [...parsed.querySelectorAll('text, title')].map((t) => t.textContent ?? '').join(' ');
}

/**
 * The PNG's size and whether the caption band under the chart holds ink: `chartBottom` is where
 * the chart ends in the SVG (CSS pixels); the PNG is drawn at `scale`.
 */
export async function pngCaptionInk(blob: Blob, chartBottom: number, scale: number): Promise<{ width: number; height: number; inkPixels: number }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const top = Math.ceil(chartBottom * scale);
  const data = context.getImageData(0, top, bitmap.width, Math.max(1, bitmap.height - top)).data;
  let inkPixels = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 160 && data[i + 1]! < 160 && data[i + 2]! < 160) inkPixels++;
  return { width: bitmap.width, height: bitmap.height, inkPixels };
}

/** Size of the framed SVG and where its chart (the first nested `<svg>`) ends. */
export function svgFrame(markup: string): { width: number; height: number; chartBottom: number } {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  const chart = root.querySelector(':scope > svg')!;
  return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), chartBottom: Number(chart.getAttribute('y')) + Number(chart.getAttribute('height')) };
}
