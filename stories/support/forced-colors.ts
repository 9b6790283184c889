/**
 * The "forced colours" story of every widget. A page cannot switch the Windows contrast mode on
 * by itself, so the story shows the widget with the steps that turn the emulation on; the widgets'
 * `@media (forced-colors: active)` rules then apply (system colours, patterns instead of fills).
 */
import { html, type TemplateResult } from 'lit';

export const FORCED_COLOURS_DESCRIPTION =
  'Windows-Kontrastmodus (forced-colors: active). Ansehen ohne Windows: Chrome/Edge → Entwicklertools → ⋮ → More tools → Rendering → ' +
  '„Emulate CSS media feature forced-colors“ → active. Die Bausteine zeichnen dann mit Systemfarben (CanvasText, Canvas, Highlight, LinkText); ' +
  'Klassen, Markierungen und Fokus bleiben durch Rahmen, Muster und Text unterscheidbar. / Windows high-contrast mode: turn on the emulation in DevTools → Rendering.';

export function inForcedColours(widget: TemplateResult): TemplateResult {
  return html`<div style="display: grid; gap: 1rem">
    <p style="margin: 0; padding: 0.5rem 0.75rem; border: 1px dashed currentColor; font: 0.85rem/1.4 system-ui, sans-serif">
      <strong>Kontrastmodus / forced colours:</strong> Entwicklertools → Rendering → „Emulate CSS media feature forced-colors: active“.
    </p>
    ${widget}
  </div>`;
}
