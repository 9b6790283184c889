import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QwDistrictMap } from '../src/define/district-map.ts';
import { widgetStories, type WidgetArgs } from './helpers.ts';

const stories = widgetStories('district-map', QwDistrictMap, {
  description:
    'Choroplethenkarte eines Indikators über die Gebiete einer Stadt: wo sich Bedarf ballt und wie jedes Gebiet im Vergleich zur Gesamtstadt steht. ' +
    'Zeichnet mit WebGL (maplibre-gl) und ohne WebGL als SVG, mit Legende, Zeitraumregler, Tabelle, Text für Screenreader und Downloads. ' +
    'Die Sozialraumgrenzen von Wesel sind schematisch abgeleitet, keine amtlichen Grenzen.',
});
const { render } = stories;

export default { ...stories.meta, title: 'Widgets/qw-district-map' };

type Story = StoryObj<WidgetArgs<'district-map'>>;

/** Wesel's first indicator, the social burden index of the 11 Sozialräume (Kinder- und Familienbericht). */
export const Default: Story = {};

/** Unemployment share: five Sozialräume have no published value and show the "keine Angabe" pattern. */
export const MissingValues: Story = { args: { indicator: 'arbeitslosenanteil' } };

/** Eight years of (illustrative) child poverty with suppressed values: the slider and the play button go through the periods; `fixed-breaks` keeps the colours comparable. */
export const PeriodsWithFixedBreaks: Story = { args: { indicator: 'kinderarmut', 'fixed-breaks': true } };

/** `compare="2016"`: the change to the shown period in percentage points, on a diverging palette. A change involving a suppressed value stays "geheim". */
export const CompareTwoPeriods: Story = { args: { indicator: 'kinderarmut', compare: '2016' } };

/** Natural breaks (Jenks) in four classes. */
export const NaturalBreaks: Story = { args: { indicator: 'kinderarmut', classification: 'jenks', classes: 4 } };

/** The author's own class limits: `breaks="10,20,30"`. */
export const ManualBreaks: Story = { args: { indicator: 'kinderarmut', breaks: '10,20,30' } };

/** A diverging palette centred on the city total: above the city red, below blue. */
export const AroundTheCityTotal: Story = { args: { indicator: 'kinderarmut', palette: 'red-blue', classes: 4 } };

/** Kreis Wesel: the 13 municipalities with their real boundaries (DVG2). */
export const KreisWeselMunicipalities: Story = { args: { src: '/data/kreis-wesel.json', indicator: 'staerkungspakt_je_einwohner' } };

/** `renderer="svg"`: what every browser without WebGL shows, with the same legend, interaction and events. */
export const SvgRenderer: Story = { args: { renderer: 'svg', selected: 'feldmark' } };

/** Only the sortable table (`view="table"`). */
export const TableView: Story = stories.tableView({ indicator: 'kinderarmut' });

export const English: Story = stories.english({ indicator: 'kinderarmut', compare: '2019' });

/** 280 px wide: the legend moves under the map, the details stack. */
export const Narrow: Story = stories.narrow(280, { indicator: 'kinderarmut' });

/**
 * A phone, 360 px wide: the names of the 11 Sozialräume do not fit, so the map shows numbers at
 * each Sozialraum's label point and a key under the map ("1 Bislich, 2 …"); the full name is also in the
 * details when pointing at or tabbing to a Sozialraum.
 */
export const PhoneWithNumberedKey: Story = stories.narrow(360, { indicator: 'arbeitslosenanteil' });

/** Wide enough for every name: full, on two lines, or abbreviated ("Innen. Nord"); the full name is in the details and the table. */
export const AllNamesOnAWideMap: Story = { args: { indicator: 'arbeitslosenanteil' }, render: (a) => html`<div style="width: 1200px">${render(a)}</div>` };

/** Stadtteile, fewer and larger: names fit from a tablet width upwards. */
export const Stadtteile: Story = stories.narrow(640, { indicator: 'bevoelkerung' });

/** `theme="dark"`: dark ground, light text, palettes and "keine Angabe" patterns that stay readable. */
export const Dark: Story = stories.dark({ indicator: 'kinderarmut' });

/** Two maps in one `group`: selecting a Sozialraum in one selects it in the other; the period is shared too. */
export const LinkedByGroup: Story = {
  args: { group: 'sozialraum', indicator: 'kinderarmut' },
  render: (args) => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr))">
    ${render(args)} ${render({ ...args, indicator: 'sozialer_belastungsindex' })}
  </div>`,
};

export const Loading: Story = stories.loading();

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', ...stories.error() };

/** An indicator the data does not have: the panel lists those that exist. */
export const UnknownIndicator: Story = { args: { indicator: 'armutsquote' } };

/** A valid document whose indicator has no values yet. */
export const Empty: Story = stories.empty(`{ "version": 1, "meta": { "title": "Ohne Werte", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } },
  "areaLevels": [{ "id": "bezirk", "label": "Bezirke", "geometry": { "type": "FeatureCollection", "features": [
    { "type": "Feature", "properties": { "id": "nord", "name": "Nord" }, "geometry": { "type": "Polygon", "coordinates": [[[6.6, 51.67], [6.61, 51.67], [6.61, 51.68], [6.6, 51.68], [6.6, 51.67]]] } } ] } }],
  "indicators": [{ "id": "quote", "label": "Quote", "level": "bezirk", "values": [] }] }`);

/** A corporate design through the documented custom properties. */
export const Themed: Story = stories.themed(
  {
    '--qw-font-family': 'Georgia, serif',
    '--qw-color-accent': '#8a1538',
    '--qw-color-focus': '#8a1538',
    '--qw-color-border': '#c9b8bd',
    '--qw-radius': '0',
    '--qw-map-outline-color': '#f4e9ec',
    '--qw-map-highlight-color': '#8a1538',
    '--qw-map-label-color': '#3d0a19',
    '--qw-legend-width': '18rem',
  },
  { indicator: 'kinderarmut', palette: 'purples' },
);

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = { name: 'Forced colours', ...stories.forcedColours({ indicator: 'kinderarmut' }) };
