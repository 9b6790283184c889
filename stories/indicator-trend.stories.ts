import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { QwIndicatorTrend } from '../src/define/indicator-trend.ts';
import { groupChannel } from '../src/shared/group.ts';
import { FORCED_COLOURS_DESCRIPTION, inForcedColours } from './support/forced-colors.ts';

// package.json "sideEffects" lists only dist/ files, so a production Storybook build drops a bare
// `import '../src/define/…'`; using its export keeps the module, and with it the definition.
const TAG = customElements.getName?.(QwIndicatorTrend) ?? 'qw-indicator-trend';

interface Args {
  src: string;
  indicator: string;
  areas: string;
  showTotal: boolean;
  target: string;
  view: 'chart' | 'table';
  lang: 'de' | 'en';
  group: string;
}

/** A URL that never answers, so the loading state can be looked at (only this story's URL is held back). */
const PENDING_URL = '/data/__trend-story-never-answers__.json';
const originalFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(PENDING_URL) ? new Promise<Response>(() => {}) : originalFetch(input, init);

const render = (args: Args) =>
  html`<qw-indicator-trend
    src=${args.src}
    indicator=${args.indicator || nothing}
    areas=${args.areas || nothing}
    ?show-total=${args.showTotal}
    target=${args.target || nothing}
    view=${args.view}
    lang=${args.lang}
    group=${args.group || nothing}
  ></qw-indicator-trend>`;

const SOZIALRAEUME = ['innenstadt', 'innenstadt-nord', 'feldmark', 'schepersfeld', 'fusternberg', 'blumenkamp', 'flueren', 'lackhausen', 'obrighoven-wittenberg', 'bislich', 'buederich-ginderich'];

const meta: Meta<Args> = {
  title: 'Widgets/qw-indicator-trend',
  component: TAG,
  render,
  args: { src: '/data/wesel.json', indicator: 'kinderarmut', areas: 'innenstadt,feldmark', showTotal: true, target: '', view: 'chart', lang: 'de', group: '' },
  argTypes: {
    indicator: { control: 'select', options: ['', 'kinderarmut', 'bevoelkerung', 'arbeitslosenanteil'], description: 'Indicator id; empty: the first indicator with more than one period' },
    areas: { control: 'text', description: `Comma-separated area ids, e.g. ${SOZIALRAEUME.slice(0, 3).join(',')}` },
    showTotal: { name: 'show-total', control: 'boolean' },
    target: { control: 'text', description: 'Target value in the indicator’s unit; empty: the data’s target' },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Ein Indikator im Zeitverlauf für einen oder mehrere Sozialräume, mit der Gesamtstadt als gestrichelter Vergleichslinie, einer Ziellinie und den Anmerkungen und Reihenbrüchen aus den Daten. ' +
          'Fehlende und geheim gehaltene Werte sind Lücken, vorläufige Werte hohle Punkte. Die Zeitachse ist echt: ungleiche Abstände bleiben ungleich. ' +
          'Die Kinderarmutsquoten für Wesel sind Beispieldaten (erfunden); die Bevölkerungsreihe ist echt.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Kinderarmut in der Innenstadt und der Feldmark gegen die Gesamtstadt; Ziel 15 % aus den Daten; 2023 vorläufig. */
export const Default: Story = {};

/** Several districts: Bislich's suppressed 2016–2017 and Büderich/Ginderich's missing 2019 are gaps, not zeros. */
export const GapsAndSuppressedValues: Story = { args: { areas: 'innenstadt,bislich,buederich-ginderich' } };

/**
 * Wesel's population: reference dates (31.12.2013 … 31.12.2024) on a true time axis, three series breaks
 * (Zensus 2022, back to the 2011-based update, the city's register), each line segment on its own basis.
 */
export const ReferenceDatesAndSeriesBreaks: Story = { args: { indicator: 'bevoelkerung', areas: '', showTotal: true } };

/** `target` from the attribute overrides the data's target. */
export const OwnTarget: Story = { args: { areas: 'innenstadt', target: '25' } };

/** Only the data table (`view="table"`): periods × series, with downloads as CSV, PNG and SVG. */
export const TableView: Story = { args: { view: 'table' } };

export const English: Story = { args: { lang: 'en' } };

/** Narrow: the chart follows its container; the legend wraps. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 320px">${render(args)}</div>`,
};

/** In a `group`, the trend shows the area selected there; the buttons stand in for a district map in the same group. */
export const LinkedByGroup: Story = {
  args: { group: 'trend-story', areas: '' },
  render: (args) => html`<div style="display: grid; gap: 1rem">
    <p>
      ${['innenstadt', 'schepersfeld', 'lackhausen'].map(
        (id) => html`<button type="button" @click=${() => groupChannel(args.group).update({ areaId: id }, 'story')}>${id}</button> `,
      )}
    </p>
    ${render(args)}
  </div>`,
};

export const Loading: Story = { args: { src: PENDING_URL } };

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', args: { src: '/data/gibt-es-nicht.json' } };

/** An area id the data does not have: the panel lists the ids that exist. */
export const UnknownArea: Story = { args: { areas: 'innenstadt,altstadt' } };

/** A valid document without indicators: the widget says there is nothing to show. */
export const Empty: Story = {
  render: (args) => html`<qw-indicator-trend lang=${args.lang}>
    <script type="application/json">
      { "version": 1, "meta": { "title": "Ohne Indikatoren", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } }, "indicators": [] }
    </script>
  </qw-indicator-trend>`,
};

/** A corporate design through the documented custom properties. */
export const Themed: Story = {
  render: (args) => html`<div
    style="
      --qw-font-family: Georgia, serif;
      --qw-color-accent: #8a1538;
      --qw-color-focus: #8a1538;
      --qw-color-border: #c9b8bd;
      --qw-radius: 0;
      --qw-trend-color-1: #8a1538;
      --qw-trend-color-2: #1d5c8a;
      --qw-trend-color-total: #3b3b3b;
      --qw-trend-color-target: #2e7d32;
      --qw-trend-height: 260px;
    "
  >
    ${render(args)}
  </div>`,
};

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { areas: 'innenstadt,bislich', showTotal: true }, render: (args) => inForcedColours(render(args)),
  parameters: { docs: { description: { story: FORCED_COLOURS_DESCRIPTION } } },
};
