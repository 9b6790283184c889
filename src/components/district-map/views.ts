/**
 * The map's side panel and legend as templates of the model: no state, no events. The element
 * decides which district the panel shows; these only draw it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../shared/i18n.ts';
import { cityRow, centreText, legendItems, panelRows, type PanelRow } from './describe.ts';
import { text } from './district-map.texts.ts';
import { kindOf, type DistrictDatum, type MapModel } from './model/district-data.ts';
import { patternDefs } from './svg-renderer.ts';

const rows = (list: readonly PanelRow[]) => html`<dl>${list.map(({ term, value }) => html`<dt>${term}</dt> <dd>${value}</dd> `)}</dl>`;

/** The details of `district` (the city alone with a hint when there is none); a note unless the value is confidential. */
export function panelView(lang: Lang, model: MapModel, district: DistrictDatum | undefined, selected: string | undefined): TemplateResult {
  if (!district) return html`<div class="panel" part="panel"><p class="hint">${text(lang, 'panelHint')}</p> ${rows([cityRow(lang, model)])}</div>`;
  const note = district.entry?.note;
  return html`<div class="panel" part="panel">
    <p class="name">${district.name}${district.id === selected ? html` <span class="selected-mark">(${text(lang, 'selectedMark')})</span>` : nothing}</p>
    ${rows(panelRows(lang, model, district))} ${note && kindOf(district.entry) !== 'suppressed' ? html`<p class="hint">${note}</p>` : nothing}
  </div>`;
}

/** The legend: swatches with counts, the patterns of districts without a number, notes on centre and fixed limits. */
export function legendView(lang: Lang, model: MapModel, swatchPrefix: string): TemplateResult {
  const centre = centreText(lang, model);
  const count = (n: number) =>
    html`<span class="count"><span aria-hidden="true">${n}</span><span class="sr-only">${n === 1 ? text(lang, 'legendCountOne') : text(lang, 'legendCount', { count: n })}</span></span>`;
  return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
    <svg class="swatch-defs" aria-hidden="true" focusable="false"><defs>${patternDefs(swatchPrefix, 8)}</defs></svg>
    <p class="legend-title" id="legend-title">${text(lang, 'legend')}</p>
    <ul>
      ${legendItems(lang, model).map(
        (item) => html`<li class=${item.pattern ? 'no-value' : nothing} data-kind=${item.pattern ?? nothing}>
          <svg class="swatch" viewBox="0 0 24 16" aria-hidden="true"><rect width="24" height="16" fill=${item.color ?? `url(#${swatchPrefix}-${item.pattern})`}></rect></svg><span>${item.label}</span>${count(item.count)}
        </li>`,
      )}
    </ul>
    ${model.diverging && centre ? html`<p class="legend-note">${centre}</p>` : nothing}
    ${model.fixedBreaks && model.method !== 'manual' ? html`<p class="legend-note">${text(lang, 'classificationName', { method: text(lang, `method.${model.method}`) })}</p>` : nothing}
  </div>`;
}
