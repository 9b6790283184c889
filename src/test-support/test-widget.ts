/** A minimal widget on the shared base, to test what every widget inherits. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { QwElement, type WidgetFailure } from '../shared/base-element.ts';
import type { ContractDocument } from '../contract/schema.ts';
import { formatValue } from '../shared/format.ts';
import { defineElement } from '../shared/define.ts';

export class TestWidget extends QwElement {
  @property() indicator = '';

  private current(document: ContractDocument) {
    return document.indicators.find((i) => i.id === this.indicator) ?? document.indicators[0];
  }

  protected override checkSelection(document: ContractDocument): WidgetFailure | null {
    return this.indicator && !document.indicators.some((i) => i.id === this.indicator) ? { code: 'config', title: this.t('error.config') } : null;
  }

  protected override usedParts(): readonly string[] {
    return this.indicator ? [`indicator:${this.indicator}`] : ['indicator:*'];
  }

  protected hasData(document: ContractDocument): boolean {
    return (this.current(document)?.values.length ?? 0) > 0;
  }

  protected defaultHeading(document: ContractDocument): string {
    return this.current(document)?.label ?? document.meta.title;
  }

  protected override isExample(document: ContractDocument): boolean {
    return super.isExample(document) || this.current(document)?.example === true;
  }

  protected renderChart(document: ContractDocument) {
    const ind = this.current(document)!;
    return html`<ul class="chart">
      ${ind.values.map(
        (v) => html`<li data-area=${v.area}><button @click=${() => this.selectArea(v.area, { indicator: ind.id, period: v.period })}>${v.area}</button> ${v.value === null ? this.t('noValue') : formatValue(this.language, v.value, ind.unit, ind.decimals)}</li>`,
      )}
    </ul>`;
  }

  protected renderTable(document: ContractDocument) {
    return html`<table class="data"><tbody>${this.current(document)!.values.map((v) => html`<tr><td>${v.area}</td><td>${v.value}</td></tr>`)}</tbody></table>`;
  }

  protected summary(document: ContractDocument): string {
    return `${this.current(document)!.values.length} Werte`;
  }

  /** What the group shared last, for assertions. */
  get sharedArea(): string | null | undefined {
    return this.groupState.areaId;
  }

  protected override readyKeys(): readonly string[] {
    return ['indicator'];
  }
}

defineElement('qw-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'qw-test-widget': TestWidget;
  }
}
