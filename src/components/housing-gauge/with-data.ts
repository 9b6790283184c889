/**
 * What `<qw-housing-gauge>` needs only once its data is there (the model, the geometry, the words
 * and table rows, the download menu beside the chart): one dynamic import that loads with the
 * data, not before the loading state shows.
 */
export { downloadMenu } from '../../shared/download-menu/download-menu.ts';
export * from './describe.ts';
export * from './model/gauge-geometry.ts';
export * from './model/housing-model.ts';
