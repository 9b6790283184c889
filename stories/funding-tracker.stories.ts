import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/funding-tracker.ts';
import { FORCED_COLOURS_DESCRIPTION, inForcedColours } from './support/forced-colors.ts';
import { QwFundingTracker } from '../src/components/funding-tracker/funding-tracker.ts';
import { defineElement } from '../src/shared/define.ts';

// package.json "sideEffects" lists only dist/ files, so a production Storybook build drops the bare
// import of src/define/ above. Until src/define/*.ts is listed there, register here too (idempotent).
defineElement('qw-funding-tracker', QwFundingTracker);

interface Args {
  src: string;
  programme: string;
  layout: 'full' | 'compact';
  view: 'chart' | 'table';
  lang: 'de' | 'en';
  now: string;
  group: string;
}

/** A URL that never answers, so the loading state can be looked at (only this story's URL is held back). */
const PENDING_URL = '/data/__story-never-answers__.json';
const originalFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(PENDING_URL) ? new Promise<Response>(() => {}) : originalFetch(input, init);

const render = (args: Args) =>
  html`<qw-funding-tracker
    src=${args.src}
    programme=${args.programme || nothing}
    layout=${args.layout}
    view=${args.view}
    lang=${args.lang}
    now=${args.now || nothing}
    group=${args.group || nothing}
  ></qw-funding-tracker>`;

const meta: Meta<Args> = {
  title: 'Widgets/qw-funding-tracker',
  component: 'qw-funding-tracker',
  render,
  args: { src: '/data/wesel.json', programme: '', layout: 'full', view: 'chart', lang: 'de', now: '2023-11-20', group: '' },
  argTypes: {
    programme: { control: 'select', options: ['', 'staerkungspakt-2023', 'soziale-angebote'], description: 'Programme id; empty shows all programmes' },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    now: { control: 'text', description: 'The day deadlines are counted from (YYYY-MM-DD); empty: today' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Förderprogramme: Budget, zusätzliche Mittel, bewilligt, ausgezahlt, zurückgeflossen und noch verfügbar als gestapelter Balken mit genauen Beträgen; Fristen; Anträge; bewilligte Mittel nach Gebiet und die geförderten Projekte. ' +
          'Wesels Zuweisung aus dem Stärkungspakt NRW (417.690 €) ist echt; bewilligte und ausgezahlte Beträge, Anträge und Projekte sind nicht veröffentlicht und daher als Beispieldaten markiert.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** All of Wesel's programmes: the Stärkungspakt allocation (real budget, illustrative use) and "Soziale Angebote" (illustrative). */
export const Default: Story = {};

/** One programme, chosen with `programme`. */
export const OneProgramme: Story = { args: { programme: 'staerkungspakt-2023' } };

/** Only the data tables (`view="table"`): key figures, deadlines, applications, totals by area, projects. */
export const TableView: Story = { args: { programme: 'soziale-angebote', view: 'table' } };

export const English: Story = { args: { programme: 'soziale-angebote', lang: 'en', now: '2024-09-20' } };

/** `layout="compact"` for a sidebar: bar, main figures and the next deadline. Kreis Wesel: all allocated, payments not published. */
export const CompactSidebar: Story = {
  args: { src: '/data/kreis-wesel.json', layout: 'compact' },
  render: (args) => html`<div style="max-width: 20rem">${render(args)}</div>`,
};

/** Kreis Wesel: the 14 real allocations of 2023 by municipality; "ausgezahlt" is not published and says so. */
export const KreisWesel: Story = { args: { src: '/data/kreis-wesel.json' } };

/** Two trackers in one `group`: choosing an area in one filters the projects of the other (a map in the group would follow too). */
export const LinkedByGroup: Story = {
  args: { group: 'foerderung' },
  render: (args) => html`<div style="display: grid; gap: 1rem">
    ${render({ ...args, programme: 'staerkungspakt-2023' })} ${render({ ...args, programme: 'soziale-angebote', now: '2024-09-20' })}
  </div>`,
};

/** Deadlines count from `now`: a few days before the application deadline it is emphasised. */
export const DeadlineSoon: Story = { args: { programme: 'soziale-angebote', now: '2024-09-25' } };

export const Loading: Story = { args: { src: PENDING_URL } };

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', args: { src: '/data/gibt-es-nicht.json' } };

/** `programme` names a programme the data does not have: the panel lists the ids that exist. */
export const UnknownProgramme: Story = { args: { programme: 'gibt-es-nicht' } };

/** A valid document without funding programmes. */
export const Empty: Story = {
  render: (args) => html`<qw-funding-tracker lang=${args.lang}>
    <script type="application/json">
      { "version": 1, "meta": { "title": "Ohne Förderprogramme", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } }, "funding": { "programmes": [] } }
    </script>
  </qw-funding-tracker>`,
};

/** A corporate design through the documented custom properties. */
export const Themed: Story = {
  args: { programme: 'soziale-angebote', now: '2024-09-20' },
  render: (args) => html`<div
    style="
      --qw-font-family: Georgia, serif;
      --qw-color-accent: #8a1538;
      --qw-color-focus: #8a1538;
      --qw-color-border: #c9b8bd;
      --qw-radius: 0;
      --qw-funding-paid: #8a1538;
      --qw-funding-open: #c45a74;
      --qw-funding-available: #f4e9ec;
      --qw-funding-bar-height: 2.25rem;
    "
  >
    ${render(args)}
  </div>`,
};

/** Figures that are not published (here: committed funds) are drawn as a dotted "unknown" part and named as such, never as 0. */
export const NotPublishedFigures: Story = {
  render: (args) => html`<qw-funding-tracker lang=${args.lang} now=${args.now}>
    <script type="application/json">
      { "version": 1,
        "meta": { "title": "Beispielstadt", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispielstadt" } },
        "funding": { "programmes": [
          { "id": "quartiersfonds", "name": "Quartiersfonds", "funder": "Land NRW", "budget": 250000, "paid": 90000,
            "note": "Bewilligte Mittel werden nicht veröffentlicht.", "noteEn": "Committed funds are not published.",
            "start": "2024-01-01", "end": "2026-12-31" } ] } }
    </script>
  </qw-funding-tracker>`,
};

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { programme: 'staerkungspakt-2023' }, render: (args) => inForcedColours(render(args)),
  parameters: { docs: { description: { story: FORCED_COLOURS_DESCRIPTION } } },
};
