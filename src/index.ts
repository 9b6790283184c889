/**
 * The widget classes and the contract API, without defining any element.
 * Register elements with `quartier-widgets` (all) or `quartier-widgets/define/<widget>.js`.
 */
export { QwElement, type WidgetState, type WidgetView, type WidgetTheme, type HeadingLevel, type WidgetFailure, type Attribution } from './shared/base-element.ts';
export { QwReadyEvent, QwSelectEvent, QwErrorEvent, type QwSelectDetail, type QwErrorDetail } from './shared/events.ts';
export { LoadError, loadContract, resolveContract, clearContractCache, setMaxDocumentBytes, DEFAULT_MAX_DOCUMENT_BYTES, geometryFailure } from './shared/loader.ts';
export { formatNumber, formatValue, formatPercent, formatCurrency, formatPeriod, formatDifference } from './shared/format.ts';
export { QwDistrictMap } from './components/district-map/district-map.ts';
export { QwIndicatorTrend } from './components/indicator-trend/indicator-trend.ts';
export { QwHousingGauge } from './components/housing-gauge/housing-gauge.ts';
export { QwFundingTracker } from './components/funding-tracker/funding-tracker.ts';
export { QwDistrictProfile } from './components/district-profile/district-profile.ts';
export * from './contract/index.ts';
