import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/district-profile.ts';
import '../src/define/district-map.ts';
import { FORCED_COLOURS_DESCRIPTION, inForcedColours } from './support/forced-colors.ts';
import { QwDistrictProfile } from '../src/components/district-profile/district-profile.ts';
import { QwDistrictMap } from '../src/components/district-map/district-map.ts';
import { defineElement } from '../src/shared/define.ts';

// package.json "sideEffects" lists only dist/ files, so a production Storybook build may drop the bare
// imports of src/define/ above. Register here too (idempotent).
defineElement('qw-district-profile', QwDistrictProfile);
defineElement('qw-district-map', QwDistrictMap);

interface Args {
  src: string;
  area: string;
  indicators: string;
  period: string;
  level: string;
  view: 'chart' | 'table';
  lang: 'de' | 'en';
  group: string;
}

/** A URL that never answers, so the loading state can be looked at (only this story's URL is held back). */
const PENDING_URL = '/data/__story-profile-never-answers__.json';
const originalFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(PENDING_URL) ? new Promise<Response>(() => {}) : originalFetch(input, init);

const render = (args: Args) =>
  html`<qw-district-profile
    src=${args.src}
    area=${args.area || nothing}
    indicators=${args.indicators || nothing}
    period=${args.period || nothing}
    level=${args.level || nothing}
    view=${args.view}
    lang=${args.lang}
    group=${args.group || nothing}
  ></qw-district-profile>`;

const meta: Meta<Args> = {
  title: 'Widgets/qw-district-profile',
  component: 'qw-district-profile',
  render,
  args: { src: '/data/wesel.json', area: 'feldmark', indicators: '', period: '', level: '', view: 'chart', lang: 'de', group: '' },
  argTypes: {
    area: { control: 'text', description: 'Area id (e.g. feldmark); in a group the selected area wins' },
    indicators: { control: 'text', description: 'Comma-separated indicator ids; empty: all' },
    period: { control: 'text', description: 'ISO 8601 period; empty: the latest of each indicator' },
    level: { control: 'text', description: "Area level id; empty: the area's level" },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Der Steckbrief eines Gebiets über alle Indikatoren: Wert, Gesamtstadt, Abstand (Prozentpunkte bei Quoten, sonst Prozent), ' +
          'Rang unter den Gebieten der Ebene nach der Polarität („3. von 11 – dritthöchste Belastung“), Veränderung zum Vorzeitraum und seit dem ersten, ' +
          'die Lage unter allen Gebieten (Spanne, mittlere Hälfte, Gesamtstadt) und die drei ähnlichsten Gebiete. Folgt dem in der Gruppe gewählten Gebiet.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Wesel, Sozialraum Feldmark: four indicators of the level; the population (Stadtteile) is left out with a note. */
export const WeselFeldmark: Story = { name: 'Wesel: Feldmark' };

/** The Kreis document: the area is a Gemeinde (Wesel, AGS 05170048). */
export const KreisGemeinde: Story = { name: 'Kreis Wesel: Gemeinde', args: { src: '/data/kreis-wesel.json', area: '05170048' } };

/** Only the data table (`view="table"`). */
export const TableView: Story = { args: { view: 'table' } };

export const English: Story = { args: { lang: 'en' } };

/**
 * Without a `lang` of its own the widget takes the page's and follows a switch without a reload:
 * the button changes `lang` on the enclosing element, as an intranet's language menu changes `<html lang>`.
 */
export const FollowsPageLanguage: Story = {
  render: (args) => {
    const switchLanguage = (event: Event) => {
      const page = (event.currentTarget as HTMLElement).closest<HTMLElement>('[lang]')!;
      page.lang = page.lang === 'de' ? 'en' : 'de';
      (event.currentTarget as HTMLElement).textContent = page.lang === 'de' ? 'English' : 'Deutsch';
    };
    return html`<div lang="de">
      <p><button type="button" @click=${switchLanguage}>English</button></p>
      <qw-district-profile src=${args.src} area=${args.area || nothing} view=${args.view}></qw-district-profile>
    </div>`;
  },
};

/** Beside a map in the same `group`: a click on a Sozialraum shows its profile. */
export const LinkedWithMap: Story = {
  args: { group: 'steckbrief' },
  render: (args) => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr))">
    <qw-district-map src=${args.src} indicator="kinderarmut" group=${args.group} lang=${args.lang}></qw-district-map>
    ${render(args)}
  </div>`,
};

/** At 320 px (reflow): the facts stack. */
export const Narrow: Story = { render: (args) => html`<div style="max-width: 320px">${render(args)}</div>` };

/** Dark page colours through the public custom properties; the widget's own colours follow `prefers-color-scheme`. */
export const Dark: Story = {
  render: (args) => html`<div
    style="
      padding: 1rem;
      background: #0d1117;
      --qw-color-text: #e6edf3;
      --qw-color-muted: #9da7b3;
      --qw-color-background: #0d1117;
      --qw-color-surface: #161b22;
      --qw-color-border: #30363d;
      --qw-color-accent: #58a6ff;
      --qw-color-focus: #58a6ff;
      --qw-profile-quartiles: #3a4a5c;
      --qw-profile-worse: #f0a070;
      --qw-profile-better: #7fd19b;
    "
  >
    ${render(args)}
  </div>`,
};

export const Loading: Story = { args: { src: PENDING_URL } };

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', args: { src: '/data/gibt-es-nicht.json' } };

/** `area` names an area the data does not have: the panel lists some that exist. */
export const UnknownArea: Story = { args: { area: 'atlantis' } };

/** No area and no group selection yet: the widget says how to choose one. */
export const Empty: Story = { args: { area: '' } };

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: (args) => inForcedColours(render(args)),
  parameters: { docs: { description: { story: FORCED_COLOURS_DESCRIPTION } } },
};
