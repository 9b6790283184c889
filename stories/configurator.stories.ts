import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QwConfigurator } from '../src/configurator/configurator.ts';
import { QwDistrictMap } from '../src/define/district-map.ts';
import { QwFundingTracker } from '../src/define/funding-tracker.ts';
import { QwHousingGauge } from '../src/define/housing-gauge.ts';
import { QwIndicatorTrend } from '../src/define/indicator-trend.ts';
import { defineElement } from '../src/shared/define.ts';
import { SNIPPET_KINDS, type SnippetKind } from '../src/configurator/url-state.ts';
import { WIDGETS, type EmbeddableWidget } from '../src/embed/widget-registry.ts';

// Using the exports keeps the define modules in a production build whatever package.json
// "sideEffects" says about src/; registering again is idempotent.
for (const [tag, element] of [
  ['qw-configurator', QwConfigurator],
  ['qw-district-map', QwDistrictMap],
  ['qw-funding-tracker', QwFundingTracker],
  ['qw-housing-gauge', QwHousingGauge],
  ['qw-indicator-trend', QwIndicatorTrend],
] as const) {
  defineElement(tag, element);
}

interface Args {
  src: string;
  liveSrc: string;
  widget: EmbeddableWidget;
  snippetKind: SnippetKind;
  cdnBase: string;
}

const render = (args: Args) =>
  html`<qw-configurator src=${args.src} live-src=${args.liveSrc} widget=${args.widget} snippet-kind=${args.snippetKind} cdn-base=${args.cdnBase}></qw-configurator>`;

const meta: Meta<Args> = {
  title: 'Tools/qw-configurator',
  component: 'qw-configurator',
  render,
  args: { src: '/data/wesel.json', liveSrc: '/daten/wesel.json', widget: 'housing-gauge', snippetKind: 'cdn', cdnBase: '/assets/quartier-widgets/' },
  argTypes: {
    widget: { control: 'select', options: WIDGETS },
    snippetKind: { control: 'inline-radio', options: SNIPPET_KINDS },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Der Konfigurator für Web-Redaktionen (dist/cdn/configurator.html): Dateien wählen (Grenzen, Tabellen oder ein Datendokument; Import im Browser), ' +
          'Baustein und Optionen einstellen, Vorschau prüfen und den Code mit der Adresse der Daten auf der Live-Seite kopieren – Skript + Element, ' +
          'Skript + Daten im Code, iframe für CMS ohne Skripte, oder npm.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The housing gauge with Wesel's data: the snippet for the drop-in folder. */
export const Default: Story = {};

/** The map, with the options the data allows (indicators, periods, areas, palettes). */
export const DistrictMap: Story = { args: { widget: 'district-map' } };

/** The iframe snippet, for CMSs that strip scripts. */
export const Iframe: Story = { args: { widget: 'funding-tracker', snippetKind: 'iframe' } };

/** A data file that is not there: the configurator says so and offers nothing to copy. */
export const MissingDataFile: Story = { args: { src: '/data/gibt-es-nicht.json' } };

/** On a dark page: the configurator takes the page's text colour; hints, messages and focus stay readable. */
export const DarkPage: Story = {
  render: (args) => html`<div style="background: #0d1117; color: #e6edf3; padding: 1rem; color-scheme: dark">${render(args)}</div>`,
};
