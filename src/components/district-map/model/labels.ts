/**
 * Which district names fit on the map at its current size: a name is shown when it fits inside
 * its district and does not overlap a name placed before it (larger districts first).
 */

export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  /** Anchor (centre of the name) in viewBox units. */
  readonly x: number;
  readonly y: number;
  /** Room inside the district around the anchor, in viewBox units. */
  readonly width: number;
  readonly height: number;
  /** Larger districts are labelled first. */
  readonly area: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface PlacementOptions {
  /** Rendered pixels per viewBox unit. */
  readonly pixelsPerUnit: number;
  /** Line height of a name in pixels. */
  readonly lineHeight: number;
  /** Width of a text in pixels. */
  readonly measure: (text: string) => number;
  /** Free pixels kept around each name. */
  readonly margin?: number;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeLabels(candidates: readonly LabelCandidate[], { pixelsPerUnit, lineHeight, measure, margin = 2 }: PlacementOptions): PlacedLabel[] {
  if (!(pixelsPerUnit > 0)) return [];
  const placed: Box[] = [];
  const result: PlacedLabel[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.area - a.area)) {
    const roomWidth = candidate.width * pixelsPerUnit;
    const roomHeight = candidate.height * pixelsPerUnit;
    // Measuring text is the costly part: most of 10,000 small districts fail on height alone.
    if (lineHeight * 1.5 > roomHeight || 2 * margin >= roomWidth) continue;
    const textWidth = measure(candidate.text);
    if (textWidth + 2 * margin > roomWidth) continue;
    const cx = candidate.x * pixelsPerUnit;
    const cy = candidate.y * pixelsPerUnit;
    const box = { left: cx - textWidth / 2 - margin, right: cx + textWidth / 2 + margin, top: cy - lineHeight / 2 - margin, bottom: cy + lineHeight / 2 + margin };
    if (placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    result.push({ id: candidate.id, text: candidate.text, x: candidate.x, y: candidate.y });
  }
  return result;
}
