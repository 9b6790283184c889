import { expect } from '@open-wc/testing';
import { composePng, svgImage, type PngOptions } from './png.ts';

async function pixels(blob: Blob): Promise<{ width: number; height: number; at: (x: number, y: number) => [number, number, number] }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  return {
    width: bitmap.width,
    height: bitmap.height,
    at: (x, y) => {
      const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

function options(overrides: Partial<PngOptions> = {}): { options: PngOptions; calls: number[][] } {
  const calls: number[][] = [];
  return {
    calls,
    options: {
      title: 'Arbeitslosenanteil',
      subtitle: '2023 · Bezirke',
      width: 400,
      height: 300,
      drawMap: (context, x, y, w, h) => {
        calls.push([x, y, w, h]);
        context.fillStyle = '#ff0000';
        context.fillRect(x, y, w, h);
      },
      labels: [],
      legend: [
        { text: 'bis 5,0 % (2)', color: '#00ff00' },
        { text: 'geheim (1)', pattern: 'suppressed' },
      ],
      footer: 'Quelle: Statistikstelle · Lizenz: dl-de/by-2-0',
      fontFamily: 'sans-serif',
      scale: 1,
      ...overrides,
    },
  };
}

describe('district map PNG', () => {
  it('composes title, map, legend and footer on a white page with a margin of 16 px', async () => {
    const { options: o, calls } = options();
    const blob = await composePng(o);
    expect(blob.type).to.equal('image/png');
    // Header: 16 + one title line (24) + one subtitle line (18) + 8.
    expect(calls).to.deep.equal([[16, 66, 400, 300]]);
    const image = await pixels(blob);
    expect(image.width).to.equal(432);
    // Legend from 66 + 300 + 12, two rows of 20 px, footer 8 px below: one line of 17 px, margin 16.
    expect(image.height).to.equal(378 + 40 + 8 + 17 + 16);
    expect(image.at(2, 2)).to.deep.equal([255, 255, 255]);
    expect(image.at(216, 216)).to.deep.equal([255, 0, 0]);
    expect(image.at(27, 380 + 7)).to.deep.equal([0, 255, 0]);
    // The confidential swatch shows its pattern's background somewhere in its box.
    const swatch = [...Array(10).keys()].map((i) => image.at(19 + i, 403));
    expect(swatch.some(([r, g, b]) => r === 0xd9 && g === 0xd9 && b === 0xd9)).to.equal(true);
  });

  it('draws at twice the size by default and keeps at least 320 px for the page', async () => {
    const { options: o } = options({ width: 100, height: 80, scale: undefined });
    const image = await pixels(await composePng(o));
    expect(image.width).to.equal((320 + 32) * 2);
  });

  it('wraps a long title and moves the map down by a line per extra line', async () => {
    const { options: o, calls } = options({ width: 320, title: 'Anteil der Bedarfsgemeinschaften nach dem SGB II an allen Haushalten in den Sozialräumen der Stadt' });
    await composePng(o);
    const mapTop = calls[0]![1]!;
    expect(mapTop).to.be.greaterThan(66);
    expect((mapTop - 66) % 24).to.equal(0);
  });

  it('writes the names shown on the map over it', async () => {
    const plain = await pixels(await composePng(options().options));
    const labelled = await pixels(await composePng(options({ labels: [{ text: 'Mitte', x: 200, y: 150 }] }).options));
    const differs = [...Array(40).keys()].some((i) => labelled.at(200 - 20 + i, 66 + 150).join() !== plain.at(200 - 20 + i, 66 + 150).join());
    expect(differs).to.equal(true);
  });

  it('turns an SVG document into an image through a blob URL', async () => {
    const image = await svgImage('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0000ff"/></svg>');
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([40, 20]);
  });
});
