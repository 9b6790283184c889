/** The point symbols and key lines of the trend's HTML legend, drawn like vega's shapes. */
import { svg, type SVGTemplateResult } from 'lit';
import type { PointShape } from './spec.ts';

/** A point symbol for the HTML legend, drawn like vega's shapes. */
export function shapeMark(shape: PointShape, cx: number, cy: number, colour: string, filled: boolean, background = 'none'): SVGTemplateResult {
  const r = 4.5;
  const fill = filled ? colour : background;
  switch (shape) {
    case 'circle':
      return svg`<circle cx=${cx} cy=${cy} r=${r} fill=${fill} stroke=${colour} stroke-width="1.5"></circle>`;
    case 'square':
      return svg`<rect x=${cx - r} y=${cy - r} width=${2 * r} height=${2 * r} fill=${fill} stroke=${colour} stroke-width="1.5"></rect>`;
    case 'diamond':
      return svg`<path d=${`M${cx} ${cy - r - 1}L${cx + r} ${cy}L${cx} ${cy + r + 1}L${cx - r} ${cy}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'triangle-up':
      return svg`<path d=${`M${cx} ${cy - r}L${cx + r} ${cy + r}L${cx - r} ${cy + r}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'triangle-down':
      return svg`<path d=${`M${cx} ${cy + r}L${cx + r} ${cy - r}L${cx - r} ${cy - r}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'wedge':
      return svg`<path d=${`M${cx} ${cy - r}L${cx + r * 0.6} ${cy + r}L${cx - r * 0.6} ${cy + r}Z`} fill=${fill} stroke=${colour} stroke-width="1.5"></path>`;
    case 'cross': {
      const a = r / 3;
      return svg`<path d=${`M${cx - a} ${cy - r}H${cx + a}V${cy - a}H${cx + r}V${cy + a}H${cx + a}V${cy + r}H${cx - a}V${cy + a}H${cx - r}V${cy - a}H${cx - a}Z`} fill=${fill} stroke=${colour} stroke-width="1"></path>`;
    }
  }
}

/** A line of the legend's keys (target, series break). */
export function svgLine(x1: number, y1: number, x2: number, y2: number, colour: string, dash: string): SVGTemplateResult {
  return svg`<line x1=${x1} y1=${y1} x2=${x2} y2=${y2} stroke=${colour} stroke-width="1.5" stroke-dasharray=${dash}></line>`;
}
