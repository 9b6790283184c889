/** Defines `<qw-district-profile>`. Loading this module is all a page needs for the area profile; it loads no map or chart engine. */
import { defineElement } from '../shared/define.ts';
import { QwDistrictProfile } from '../components/district-profile/district-profile.ts';

defineElement('qw-district-profile', QwDistrictProfile);

export { QwDistrictProfile };

declare global {
  interface HTMLElementTagNameMap {
    'qw-district-profile': QwDistrictProfile;
  }
}
