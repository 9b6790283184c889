/** Defines `<qw-district-map>`. */
import { defineElement } from '../shared/define.ts';
import { QwDistrictMap } from '../components/district-map/district-map.ts';

defineElement('qw-district-map', QwDistrictMap);

export { QwDistrictMap };

declare global {
  interface HTMLElementTagNameMap {
    'qw-district-map': QwDistrictMap;
  }
}
