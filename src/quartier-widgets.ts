/** Defines every widget. Loading this file with `<script type="module">` is all a page needs. */
import './define/funding-tracker.ts';
import './define/housing-gauge.ts';

export * from './index.ts';
