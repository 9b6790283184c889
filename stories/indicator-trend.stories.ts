import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QwIndicatorTrend } from '../src/define/indicator-trend.ts';
import { groupChannel } from '../src/shared/group.ts';
import { widgetStories, type WidgetArgs } from './helpers.ts';

const stories = widgetStories('indicator-trend', QwIndicatorTrend, {
  description:
    'Ein Indikator im Zeitverlauf für einen oder mehrere Sozialräume, mit der Gesamtstadt als gestrichelter Vergleichslinie, einer Ziellinie und den Anmerkungen und Reihenbrüchen aus den Daten. ' +
    'Fehlende und geheim gehaltene Werte sind Lücken, vorläufige Werte hohle Punkte. Die Zeitachse ist echt: ungleiche Abstände bleiben ungleich. ' +
    'Die Kinderarmutsquoten für Wesel sind Beispieldaten (erfunden); die Bevölkerungsreihe ist echt.',
  args: { indicator: 'kinderarmut', areas: 'innenstadt,feldmark', 'show-total': true },
});
const { render } = stories;

export default { ...stories.meta, title: 'Widgets/qw-indicator-trend' };

type Story = StoryObj<WidgetArgs<'indicator-trend'>>;

/** Kinderarmut in der Innenstadt und der Feldmark gegen die Gesamtstadt; Ziel 15 % aus den Daten; 2023 vorläufig. */
export const Default: Story = {};

/** Several districts: Bislich's suppressed 2016–2017 and Büderich/Ginderich's missing 2019 are gaps, not zeros. */
export const GapsAndSuppressedValues: Story = { args: { areas: 'innenstadt,bislich,buederich-ginderich' } };

/**
 * Wesel's population: reference dates (31.12.2013 … 31.12.2024) on a true time axis, three series breaks
 * (Zensus 2022, back to the 2011-based update, the city's register), each line segment on its own basis.
 */
export const ReferenceDatesAndSeriesBreaks: Story = { args: { indicator: 'bevoelkerung', areas: '', 'show-total': true } };

/** `target` from the attribute overrides the data's target. */
export const OwnTarget: Story = { args: { areas: 'innenstadt', target: 25 } };

/** Only the data table (`view="table"`): periods × series, with downloads as CSV, PNG and SVG. */
export const TableView: Story = stories.tableView();

export const English: Story = stories.english();

/** Narrow: the chart follows its container; the legend wraps. */
export const Narrow: Story = stories.narrow(320);

/** `theme="dark"`: dark ground, light text; the series colours stay apart. */
export const Dark: Story = stories.dark();

/** In a `group`, the trend shows the area selected there; the buttons stand in for a district map in the same group. */
export const LinkedByGroup: Story = {
  args: { group: 'trend-story', areas: '' },
  render: (args) => html`<div style="display: grid; gap: 1rem">
    <p>
      ${['innenstadt', 'schepersfeld', 'lackhausen'].map(
        (id) => html`<button type="button" @click=${() => groupChannel(args.group ?? '').update({ areaId: id }, 'story')}>${id}</button> `,
      )}
    </p>
    ${render(args)}
  </div>`,
};

export const Loading: Story = stories.loading();

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', ...stories.error() };

/** An area id the data does not have: the panel lists the ids that exist. */
export const UnknownArea: Story = { args: { areas: 'innenstadt,altstadt' } };

/** A valid document without indicators: the widget says there is nothing to show. */
export const Empty: Story = stories.empty(
  '{ "version": 1, "meta": { "title": "Ohne Indikatoren", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } }, "indicators": [] }',
);

/** A corporate design through the documented custom properties. */
export const Themed: Story = stories.themed({
  '--qw-font-family': 'Georgia, serif',
  '--qw-color-accent': '#8a1538',
  '--qw-color-focus': '#8a1538',
  '--qw-color-border': '#c9b8bd',
  '--qw-radius': '0',
  '--qw-trend-color-1': '#8a1538',
  '--qw-trend-color-2': '#1d5c8a',
  '--qw-trend-color-total': '#3b3b3b',
  '--qw-trend-color-target': '#2e7d32',
  '--qw-trend-height': '260px',
});

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = { name: 'Forced colours', ...stories.forcedColours({ areas: 'innenstadt,bislich', 'show-total': true }) };
