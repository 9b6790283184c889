import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QwConfigurator } from '../src/configurator/configurator.ts';
import { QwDistrictMap } from '../src/define/district-map.ts';
import { QwFundingTracker } from '../src/define/funding-tracker.ts';
import { QwHousingGauge } from '../src/define/housing-gauge.ts';
import { QwIndicatorTrend } from '../src/define/indicator-trend.ts';
import { defineElement } from '../src/shared/define.ts';
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
  widget: EmbeddableWidget;
  snippetKind: 'cdn' | 'iframe' | 'npm';
  cdnBase: string;
}

const render = (args: Args) =>
  html`<qw-configurator src=${args.src} widget=${args.widget} snippet-kind=${args.snippetKind} cdn-base=${args.cdnBase}></qw-configurator>`;

const meta: Meta<Args> = {
  title: 'Tools/qw-configurator',
  component: 'qw-configurator',
  render,
  args: { src: '/data/wesel.json', widget: 'housing-gauge', snippetKind: 'cdn', cdnBase: '/assets/quartier-widgets/' },
  argTypes: {
    widget: { control: 'select', options: WIDGETS },
    snippetKind: { control: 'inline-radio', options: ['cdn', 'iframe', 'npm'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Der Konfigurator für Web-Redaktionen (demo/configurator.html): Datendatei wählen (Adresse oder Upload), Baustein und Optionen einstellen, ' +
          'Vorschau prüfen und den Code für eine der drei Einbindungen kopieren – Skript + Element aus dem Ordner dist/cdn, iframe für CMS ohne Skripte, oder npm.',
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
