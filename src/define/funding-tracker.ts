/** Defines `<qw-funding-tracker>`. Loading this module is all a page needs for the funding tracker. */
import { defineElement } from '../shared/define.ts';
import { QwFundingTracker } from '../components/funding-tracker/funding-tracker.ts';

defineElement('qw-funding-tracker', QwFundingTracker);

export { QwFundingTracker };

declare global {
  interface HTMLElementTagNameMap {
    'qw-funding-tracker': QwFundingTracker;
  }
}
