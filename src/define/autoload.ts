/**
 * Defines each widget on first use: the drop-in folder's `quartier-widgets.js`. A page loads this
 * small script and, for each `qw-*` tag it has, that widget's define module; a page with only a
 * gauge never loads the map, the trend or their engines. Bundlers use `quartier-widgets` (all
 * widgets, with their classes) or `quartier-widgets/define/<widget>.js` instead.
 */
import { startAutoload } from '../shared/autoload.ts';

startAutoload(document);

export { AUTOLOADED_TAGS, discover, loadWidget } from '../shared/autoload.ts';
