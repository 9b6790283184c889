import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/housing-gauge.ts';
import type { DownloadFormat } from '../src/shared/download.ts';
import { downloadMenu } from '../src/shared/download-menu/download-menu.ts';
import { SAMPLE_DATA } from './helpers.ts';

interface MenuArgs {
  lang: 'de' | 'en';
  formats: DownloadFormat[];
  fails: boolean;
}

/** In the story a pick makes no file: it waits a moment and says so (or fails, to show the message). */
const pretend = (fails: boolean) => async (format: DownloadFormat) => {
  await new Promise((resolve) => setTimeout(resolve, 600));
  if (fails) throw new Error(`${format}: made to fail in the story`);
};

export default {
  title: 'Shared/qw-download-menu',
  parameters: {
    docs: {
      description: {
        component:
          'Das eine Download-Menü aller Bausteine: ein Knopf „Herunterladen“ (`aria-expanded`), darunter die Formate. Tastatur: Pfeil runter/hoch öffnet, Pfeile, Pos1, Ende wandern, Escape schließt und setzt den Fokus zurück. ' +
          'Die Farben kommen vom Baustein (helles und dunkles Schema, Systemfarben). Was die Dateien enthalten: docs/downloads.md.',
      },
    },
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    formats: { control: 'check', options: ['csv', 'xlsx', 'png', 'svg'] },
    fails: { control: 'boolean', description: 'Die Datei scheitert (zeigt die Fehlermeldung).' },
  },
  args: { lang: 'de', formats: ['csv', 'xlsx', 'png', 'svg'], fails: false },
  render: ({ lang, formats, fails }) => html`<div lang=${lang}>${downloadMenu(lang, formats, pretend(fails))}</div>`,
} satisfies Meta<MenuArgs>;

type Story = StoryObj<MenuArgs>;

export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

export const TablesOnly: Story = { name: 'Tables only (table view)', args: { formats: ['csv', 'xlsx'] } };

export const Failing: Story = { args: { fails: true } };

/** In a real widget, 320 px wide and in the dark theme: the menu sits under the chart and follows the widget's colours. */
export const InWidgetNarrowDark: Story = {
  name: 'In a widget, 320 px, dark',
  render: () => html`<div style="max-width: 320px"><qw-housing-gauge theme="dark" src=${SAMPLE_DATA}></qw-housing-gauge></div>`,
};
