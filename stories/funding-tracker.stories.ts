import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QwFundingTracker } from '../src/define/funding-tracker.ts';
import { widgetStories, type WidgetArgs } from './helpers.ts';

const stories = widgetStories('funding-tracker', QwFundingTracker, {
  description:
    'Förderprogramme: Budget, zusätzliche Mittel, bewilligt, ausgezahlt, zurückgeflossen und noch verfügbar als gestapelter Balken mit genauen Beträgen; Fristen; Anträge; bewilligte Mittel nach Gebiet und die geförderten Projekte. ' +
    'Wesels Zuweisung aus dem Stärkungspakt NRW (417.690 €) ist echt; bewilligte und ausgezahlte Beträge, Anträge und Projekte sind nicht veröffentlicht und daher als Beispieldaten markiert.',
  // A fixed day, so that the deadlines read the same on every visit.
  args: { now: '2023-11-20' },
});
const { render } = stories;

export default { ...stories.meta, title: 'Widgets/qw-funding-tracker' };

type Story = StoryObj<WidgetArgs<'funding-tracker'>>;

/** All of Wesel's programmes: the Stärkungspakt allocation (real budget, illustrative use) and "Soziale Angebote" (illustrative). */
export const Default: Story = {};

/** One programme, chosen with `programme`. */
export const OneProgramme: Story = { args: { programme: 'staerkungspakt-2023' } };

/** Only the data tables (`view="table"`): key figures, deadlines, applications, totals by area, projects. */
export const TableView: Story = stories.tableView({ programme: 'soziale-angebote' });

export const English: Story = stories.english({ programme: 'soziale-angebote', now: '2024-09-20' });

/** `layout="compact"` for a sidebar: bar, main figures and the next deadline. Kreis Wesel: all allocated, payments not published. */
export const CompactSidebar: Story = stories.narrow(320, { src: '/data/kreis-wesel.json', layout: 'compact' });

/** At 320 px (reflow), in the full layout. */
export const Narrow: Story = stories.narrow(320, { programme: 'soziale-angebote', now: '2024-09-20' });

/** `theme="dark"`: dark ground, light text; the parts of the bar stay apart. */
export const Dark: Story = stories.dark({ programme: 'soziale-angebote', now: '2024-09-20' });

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

export const Loading: Story = stories.loading();

/** A file that is not there: the error panel says so in words. */
export const ErrorState: Story = { name: 'Error', ...stories.error() };

/** `programme` names a programme the data does not have: the panel lists the ids that exist. */
export const UnknownProgramme: Story = { args: { programme: 'gibt-es-nicht' } };

/** A valid document without funding programmes. */
export const Empty: Story = stories.empty(
  '{ "version": 1, "meta": { "title": "Ohne Förderprogramme", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispiel" } }, "funding": { "programmes": [] } }',
);

/** A corporate design through the documented custom properties. */
export const Themed: Story = stories.themed(
  {
    '--qw-font-family': 'Georgia, serif',
    '--qw-color-accent': '#8a1538',
    '--qw-color-focus': '#8a1538',
    '--qw-color-border': '#c9b8bd',
    '--qw-radius': '0',
    '--qw-funding-paid': '#8a1538',
    '--qw-funding-open': '#c45a74',
    '--qw-funding-available': '#f4e9ec',
    '--qw-funding-bar-height': '2.25rem',
  },
  { programme: 'soziale-angebote', now: '2024-09-20' },
);

/** Figures that are not published (here: committed funds) are drawn as a dotted "unknown" part and named as such, never as 0. */
export const NotPublishedFigures: Story = stories.inline(`{ "version": 1,
  "meta": { "title": "Beispielstadt", "publisher": "Stadt Beispiel", "license": "dl-de/by-2-0", "municipality": { "name": "Beispielstadt" } },
  "funding": { "programmes": [
    { "id": "quartiersfonds", "name": "Quartiersfonds", "funder": "Land NRW", "budget": 250000, "paid": 90000,
      "note": "Bewilligte Mittel werden nicht veröffentlicht.", "noteEn": "Committed funds are not published.",
      "start": "2024-01-01", "end": "2026-12-31" } ] } }`);

/** Windows contrast mode: system colours only; see the note in the story for how to turn the emulation on. */
export const ForcedColours: Story = { name: 'Forced colours', ...stories.forcedColours({ programme: 'staerkungspakt-2023' }) };
