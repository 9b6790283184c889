/** Defines every widget. Loading this file with `<script type="module">` is all a page needs. */
import './define/district-map.ts';
import './define/district-profile.ts';
import './define/funding-tracker.ts';
import './define/housing-gauge.ts';
import './define/indicator-trend.ts';

// The elements and their events; the contract API (validation, schema) is in
// `quartier-widgets/contract` and `quartier-widgets/classes`, so a page that only shows widgets
// does not load the validator before the first widget has shown its loading state.
export { QwElement, QwDistrictMap, QwIndicatorTrend, QwHousingGauge, QwFundingTracker, QwDistrictProfile, QwReadyEvent, QwSelectEvent, QwErrorEvent, setMaxDocumentBytes } from './index.ts';
export type { WidgetState, WidgetView, WidgetTheme, HeadingLevel, WidgetFailure, Attribution, QwSelectDetail, QwErrorDetail } from './index.ts';
