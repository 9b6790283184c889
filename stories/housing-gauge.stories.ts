import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QwHousingGauge } from '../src/define/housing-gauge.ts';
import { widgetStories, type WidgetArgs } from './helpers.ts';

const stories = widgetStories('housing-gauge', QwHousingGauge, {
  description:
    'Öffentlich geförderter Wohnraum: Bestand als Anteil am Wohnungsbestand gegen den NRW-Durchschnitt (und ein Ziel, wo die Daten eines haben), ' +
    'erwarteter Bestand aus auslaufenden Bindungen und geplanten Neubauten, Verteilung nach Sozialräumen und Wohnungsgrößen. ' +
    'Wesels Zahlen (1.743 WE = 5,78 %, NRW 9,3 %, 384 WE bis 2031, 235 wohnungssuchende Haushalte) sind echt; nur die Aufteilung der 384 WE auf einzelne Jahre ist erfunden und als Beispieldaten markiert.',
});
const { render } = stories;

export default { ...stories.meta, title: 'Widgets/qw-housing-gauge' };

type Story = StoryObj<WidgetArgs<'housing-gauge'>>;

/** Target share, planned additions, a withheld area value (see TargetAndAdditions). */
const TARGET_AND_ADDITIONS = `{
  "version": 1,
  "meta": { "title": "Beispielstadt", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispielstadt" }, "example": true },
  "areaLevels": [{ "id": "bezirk", "label": "Bezirke", "labelEn": "Districts", "geometry": { "type": "FeatureCollection", "features": [
    { "type": "Feature", "properties": { "id": "nord", "name": "Nord" }, "geometry": { "type": "Polygon", "coordinates": [[[6.6,51.67],[6.61,51.67],[6.61,51.68],[6.6,51.68],[6.6,51.67]]] } },
    { "type": "Feature", "properties": { "id": "mitte", "name": "Mitte" }, "geometry": { "type": "Polygon", "coordinates": [[[6.6,51.66],[6.61,51.66],[6.61,51.67],[6.6,51.67],[6.6,51.66]]] } },
    { "type": "Feature", "properties": { "id": "sued", "name": "Süd" }, "geometry": { "type": "Polygon", "coordinates": [[[6.6,51.65],[6.61,51.65],[6.61,51.66],[6.6,51.66],[6.6,51.65]]] } }
  ] } }],
  "housing": {
    "level": "bezirk",
    "stock": [{ "period": "2024-12-31", "value": 2400, "dwellings": 32000 }],
    "target": [{ "period": "2035", "share": 10, "label": "Ziel Handlungskonzept Wohnen", "labelEn": "Housing strategy target" }],
    "need": [{ "period": "2024-12-31", "value": 410, "label": "Wohnungssuchende Haushalte", "labelEn": "Households searching" }],
    "expiring": [{ "period": "2025", "value": 60 }, { "period": "2026", "value": 140 }, { "period": "2028", "value": 90 }, { "period": "2030", "value": 200 }],
    "additions": [{ "period": "2026", "value": 80 }, { "period": "2027", "value": 160 }, { "period": "2029", "value": 120 }],
    "byArea": [
      { "area": "nord", "period": "2024-12-31", "value": 700, "share": 6.1 },
      { "area": "mitte", "period": "2024-12-31", "value": 1450, "share": 11.8 },
      { "area": "sued", "period": "2024-12-31", "value": null, "status": "suppressed" }
    ],
    "bySize": [
      { "size": "1 Zimmer", "sizeEn": "1 room", "period": "2024-12-31", "value": 380 },
      { "size": "2 Zimmer", "sizeEn": "2 rooms", "period": "2024-12-31", "value": 1120 },
      { "size": "3 und mehr Zimmer", "sizeEn": "3 rooms or more", "period": "2024-12-31", "value": 900 }
    ],
    "reference": { "share": 9.3, "label": "NRW", "labelEn": "North Rhine-Westphalia" }
  }
}`;

/** Wesel, Monitoring 2021: 1.743 WE = 5,78 % against NRW 9,3 %; 384 WE leave their commitments by 2031. */
export const Default: Story = {};

/** Only the data tables (`view="table"`): key figures, expected stock per year, areas, flat sizes. */
export const TableView: Story = stories.tableView();

export const English: Story = stories.english();

/** `horizon="5"`: the projection stops in 2026 and says how many more commitments end afterwards. */
export const ShortHorizon: Story = { args: { horizon: 5 } };

/** A hand-made document with a target share, planned additions that outweigh expiries in some years, and a withheld area value. */
export const TargetAndAdditions: Story = stories.inline(TARGET_AND_ADDITIONS);

/** The gauge in a `group` with a second one: choosing a Sozialraum in one highlights it in the other (a map in the group would follow too). */
export const LinkedByGroup: Story = {
  args: { group: 'wohnen' },
  render: (args) => html`<div style="display: grid; gap: 1rem">${render(args)} ${render({ ...args, view: 'table' })}</div>`,
};

/** At 320 px (reflow): the labels thin out, the area bars go below their names. */
export const Narrow: Story = stories.narrow(320);

/** `theme="dark"`: dark ground, light text; the colour bands of the scale stay readable. */
export const Dark: Story = stories.dark();

export const Loading: Story = stories.loading();

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', ...stories.error() };

/** `period` names a period the stock does not have: the panel lists the ones that exist. */
export const UnknownPeriod: Story = { args: { period: '2019' } };

/** A valid document without a housing section. */
export const Empty: Story = stories.empty(
  '{ "version": 1, "meta": { "title": "Ohne Wohnraumdaten", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } } }',
);

/** A corporate design through the documented custom properties. */
export const Themed: Story = stories.themed({
  '--qw-font-family': 'Georgia, serif',
  '--qw-color-accent': '#006e3c',
  '--qw-color-focus': '#006e3c',
  '--qw-color-border': '#b8c9bd',
  '--qw-radius': '0',
  '--qw-housing-value': '#006e3c',
  '--qw-housing-expected': '#3f9a6a',
  '--qw-housing-band-below': '#f3dfc9',
  '--qw-housing-band-reference': '#dcefe3',
  '--qw-housing-band-target': '#b5dcc4',
});

/** The table of the hand-made document: the withheld value of "Süd" reads "geheim", never a number. */
export const SuppressedAreaValue: Story = {
  ...TargetAndAdditions,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('qw-housing-gauge')!.view = 'table';
  },
};

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = { name: 'Forced colours', ...stories.forcedColours() };
