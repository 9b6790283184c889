/** Defines every widget. Loading this file with `<script type="module">` is all a page needs. */
export * from './index.ts';
