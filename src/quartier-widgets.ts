/** Defines every widget. Loading this file with `<script type="module">` is all a page needs. */
import './define/district-map.ts';
import './define/district-profile.ts';
import './define/funding-tracker.ts';
import './define/housing-gauge.ts';
import './define/indicator-trend.ts';

export * from './index.ts';
