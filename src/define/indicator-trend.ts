/** Registers `<qw-indicator-trend>`. */
import { defineElement } from '../shared/define.ts';
import { QwIndicatorTrend } from '../components/indicator-trend/indicator-trend.ts';

defineElement('qw-indicator-trend', QwIndicatorTrend);

export { QwIndicatorTrend };

declare global {
  interface HTMLElementTagNameMap {
    'qw-indicator-trend': QwIndicatorTrend;
  }
}
