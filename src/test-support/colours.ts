/** Colour measures for tests that check what a reader can see: WCAG 2.1 luminance and contrast. */

/** A computed colour as [r, g, b, alpha], r–b in 0…255: `rgb()`, `rgba()` or `color(srgb … / a)` (what color-mix gives). */
function channels(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return color.startsWith('color(srgb') ? [r * 255, g * 255, b * 255, a] : [r, g, b, a];
}

function relativeLuminance(r: number, g: number, b: number): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** Relative luminance of a computed colour (its alpha left aside). */
export function luminance(color: string): number {
  const [r, g, b] = channels(color);
  return relativeLuminance(r, g, b);
}

/** Contrast ratio of `color` on the opaque `ground`; a translucent colour counts as blended over the ground. */
export function contrast(color: string, ground: string): number {
  const [gr, gg, gb] = channels(ground);
  const [r, g, b, a] = channels(color);
  const over = relativeLuminance(r * a + gr * (1 - a), g * a + gg * (1 - a), b * a + gb * (1 - a));
  const [lighter, darker] = [over, relativeLuminance(gr, gg, gb)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}
