import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/district-map.ts';
import { FORCED_COLOURS_DESCRIPTION, inForcedColours } from './support/forced-colors.ts';
import { QwDistrictMap } from '../src/components/district-map/district-map.ts';
import { defineElement } from '../src/shared/define.ts';

// package.json "sideEffects" lists only dist/ files, so a production Storybook build drops the bare
// import of src/define/ above. Until src/define/*.ts is listed there, register here too (idempotent).
defineElement('qw-district-map', QwDistrictMap);

interface Args {
  src: string;
  indicator: string;
  period: string;
  compare: string;
  classification: '' | 'quantile' | 'equal-interval' | 'jenks' | 'manual';
  classes: number;
  breaks: string;
  palette: string;
  fixedBreaks: boolean;
  renderer: 'auto' | 'svg';
  noLabels: boolean;
  selected: string;
  view: 'chart' | 'table';
  lang: 'de' | 'en';
  group: string;
}

/** A URL that never answers, so the loading state can be looked at (only this story's URL is held back). */
const PENDING_URL = '/data/__story-district-map-never-answers__.json';
const originalFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(PENDING_URL) ? new Promise<Response>(() => {}) : originalFetch(input, init);

const render = (args: Args) =>
  html`<qw-district-map
    src=${args.src}
    indicator=${args.indicator || nothing}
    period=${args.period || nothing}
    compare=${args.compare || nothing}
    classification=${args.classification || nothing}
    classes=${args.classes}
    breaks=${args.breaks || nothing}
    palette=${args.palette || nothing}
    ?fixed-breaks=${args.fixedBreaks}
    renderer=${args.renderer}
    ?no-labels=${args.noLabels}
    selected=${args.selected || nothing}
    view=${args.view}
    lang=${args.lang}
    group=${args.group || nothing}
  ></qw-district-map>`;

const WESEL_INDICATORS = ['', 'sozialer_belastungsindex', 'arbeitslosenanteil', 'migrationshintergrund', 'bevoelkerung', 'kinderarmut'];

const meta: Meta<Args> = {
  title: 'Widgets/qw-district-map',
  component: 'qw-district-map',
  render,
  args: {
    src: '/data/wesel.json',
    indicator: '',
    period: '',
    compare: '',
    classification: '',
    classes: 5,
    breaks: '',
    palette: '',
    fixedBreaks: false,
    renderer: 'auto',
    noLabels: false,
    selected: '',
    view: 'chart',
    lang: 'de',
    group: '',
  },
  argTypes: {
    indicator: { control: 'select', options: WESEL_INDICATORS, description: 'Indicator id; empty: the first indicator' },
    classification: { control: 'select', options: ['', 'quantile', 'equal-interval', 'jenks', 'manual'], description: 'Empty: quantile, or manual when breaks are set' },
    classes: { control: { type: 'range', min: 2, max: 9, step: 1 } },
    palette: { control: 'select', options: ['', 'orange-red', 'blues', 'purples', 'greens', 'viridis', 'red-blue', 'orange-purple', 'brown-teal'], description: 'Empty: by polarity' },
    renderer: { control: 'inline-radio', options: ['auto', 'svg'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Choroplethenkarte eines Indikators über die Gebiete einer Stadt: wo sich Bedarf ballt und wie jedes Gebiet im Vergleich zur Gesamtstadt steht. ' +
          'Zeichnet mit WebGL (maplibre-gl) und ohne WebGL als SVG, mit Legende, Zeitraumregler, Tabelle, Text für Screenreader und Downloads. ' +
          'Die Sozialraumgrenzen von Wesel sind schematisch abgeleitet, keine amtlichen Grenzen.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Wesel's first indicator, the social burden index of the 11 Sozialräume (Kinder- und Familienbericht). */
export const Default: Story = {};

/** Unemployment share: five Sozialräume have no published value and show the "keine Angabe" pattern. */
export const MissingValues: Story = { args: { indicator: 'arbeitslosenanteil' } };

/** Eight years of (illustrative) child poverty with suppressed values: the slider and the play button go through the periods; `fixed-breaks` keeps the colours comparable. */
export const PeriodsWithFixedBreaks: Story = { args: { indicator: 'kinderarmut', fixedBreaks: true } };

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
export const TableView: Story = { args: { indicator: 'kinderarmut', view: 'table' } };

export const English: Story = { args: { indicator: 'kinderarmut', lang: 'en', compare: '2019' } };

/** 280 px wide: the legend moves under the map, the details stack. */
export const Narrow: Story = {
  args: { indicator: 'kinderarmut' },
  render: (args) => html`<div style="max-width: 280px">${render(args)}</div>`,
};

/** Two maps in one `group`: selecting a Sozialraum in one selects it in the other; the period is shared too. */
export const LinkedByGroup: Story = {
  args: { group: 'sozialraum', indicator: 'kinderarmut' },
  render: (args) => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr))">
    ${render(args)} ${render({ ...args, indicator: 'sozialer_belastungsindex' })}
  </div>`,
};

export const Loading: Story = { args: { src: PENDING_URL } };

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', args: { src: '/data/gibt-es-nicht.json' } };

/** An indicator the data does not have: the panel lists those that exist. */
export const UnknownIndicator: Story = { args: { indicator: 'armutsquote' } };

/** A valid document whose indicator has no values yet. */
export const Empty: Story = {
  render: (args) => html`<qw-district-map lang=${args.lang}>
    <script type="application/json">
      { "version": 1, "meta": { "title": "Ohne Werte", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } },
        "areaLevels": [{ "id": "bezirk", "label": "Bezirke", "geometry": { "type": "FeatureCollection", "features": [
          { "type": "Feature", "properties": { "id": "nord", "name": "Nord" }, "geometry": { "type": "Polygon", "coordinates": [[[6.6, 51.67], [6.61, 51.67], [6.61, 51.68], [6.6, 51.68], [6.6, 51.67]]] } } ] } }],
        "indicators": [{ "id": "quote", "label": "Quote", "level": "bezirk", "values": [] }] }
    </script>
  </qw-district-map>`,
};

/** A corporate design through the documented custom properties. */
export const Themed: Story = {
  args: { indicator: 'kinderarmut', palette: 'purples' },
  render: (args) => html`<div
    style="
      --qw-font-family: Georgia, serif;
      --qw-color-accent: #8a1538;
      --qw-color-focus: #8a1538;
      --qw-color-border: #c9b8bd;
      --qw-radius: 0;
      --qw-map-outline-color: #f4e9ec;
      --qw-map-highlight-color: #8a1538;
      --qw-map-label-color: #3d0a19;
      --qw-legend-width: 18rem;
    "
  >
    ${render(args)}
  </div>`,
};

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { indicator: 'kinderarmut' }, render: (args) => inForcedColours(render(args)),
  parameters: { docs: { description: { story: FORCED_COLOURS_DESCRIPTION } } },
};
