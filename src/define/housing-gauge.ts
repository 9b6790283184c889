/** Defines `<qw-housing-gauge>`. Loading this module is all a page needs for the housing monitor; it loads no map or chart engine. */
import { defineElement } from '../shared/define.ts';
import { QwHousingGauge } from '../components/housing-gauge/housing-gauge.ts';

defineElement('qw-housing-gauge', QwHousingGauge);

export { QwHousingGauge };

declare global {
  interface HTMLElementTagNameMap {
    'qw-housing-gauge': QwHousingGauge;
  }
}
