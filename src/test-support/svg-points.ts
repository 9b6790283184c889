/** A point inside a district's polygon, in viewport pixels: where a test points the mouse. */
export function pointInside(path: SVGPathElement): [number, number] {
  const box = path.getBBox();
  const matrix = path.getScreenCTM()!;
  const fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];
  for (const fy of fractions) {
    for (const fx of fractions) {
      const point = new DOMPoint(box.x + box.width * fx, box.y + box.height * fy);
      if (path.isPointInFill(point)) {
        const screen = point.matrixTransform(matrix);
        return [Math.round(screen.x), Math.round(screen.y)];
      }
    }
  }
  throw new Error('no inside point found');
}
