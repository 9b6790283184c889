/**
 * What `<qw-funding-tracker>` shows of a document, before any words: the programmes the
 * `programme` attribute selects, and for each its figures, deadlines and area names. Pure; the
 * element only chooses and draws.
 */
import type { ContractDocument } from '../../../contract/schema.ts';
import type { Applications, Programme } from '../../../contract/funding.schema.ts';
import { PROJECT_STATUSES, type ProjectStatus } from '../../../contract/statuses.ts';
import { areaNames } from '../../../contract/areas.ts';
import { localized, type Lang } from '../../../shared/i18n.ts';
import { deadlineEntries, programmeFigures, type DeadlineEntry, type FigureKey, type ProgrammeFigures } from './figures.ts';

/** Everything one programme's rendering needs. */
export interface ProgrammeView {
  readonly programme: Programme;
  readonly index: number;
  readonly name: string;
  readonly figures: ProgrammeFigures;
  readonly deadlines: readonly DeadlineEntry[];
  readonly areaName: (id: string) => string;
  /** The document or the funding section is illustrative as a whole. */
  readonly sectionExample: boolean;
  /** Marks for illustrative parts are shown (not when the header mark already covers everything). */
  readonly marks: boolean;
}

export const ALL_FIGURES: readonly FigureKey[] = ['budget', 'additions', 'funds', 'committed', 'paid', 'returned', 'available'];

/** The cards shown: without additions the total is the budget, so it is not repeated. */
export function shownFigures(programme: Programme, compact: boolean): readonly FigureKey[] {
  const hasAdditions = programme.additions.length > 0;
  if (compact) return [hasAdditions ? 'funds' : 'budget', 'committed', 'paid', 'available'];
  return hasAdditions ? ALL_FIGURES : ['budget', 'committed', 'paid', 'returned', 'available'];
}

/** The programme the attribute names, or all when it names none. */
export function shownProgrammes(document: ContractDocument, programmeId: string | undefined): Programme[] {
  const programmes = document.funding?.programmes ?? [];
  return programmeId ? programmes.filter((p) => p.id === programmeId) : programmes;
}

/** Whether everything shown is illustrative: the document, the funding section or every shown programme. */
export function trackerIsExample(document: ContractDocument, shown: readonly Programme[]): boolean {
  return document.meta.example === true || document.funding?.example === true || (shown.length > 0 && shown.every((p) => p.example === true));
}

export function programmeName(lang: Lang, programme: Pick<Programme, 'name' | 'nameEn'>): string {
  return localized(lang, programme.name, programme.nameEn);
}

export interface ViewOptions {
  /** The `programme` attribute. */
  readonly programme: string | undefined;
  readonly lang: Lang;
  /** The day deadlines are counted from, YYYY-MM-DD. */
  readonly today: string;
}

export function programmeViews(document: ContractDocument, { programme: programmeId, lang, today }: ViewOptions): ProgrammeView[] {
  const shown = shownProgrammes(document, programmeId);
  const sectionExample = document.meta.example === true || document.funding?.example === true;
  const marks = !trackerIsExample(document, shown);
  return shown.map((programme, index) => {
    const levelId = programme.level ?? document.funding?.level;
    const names = areaNames(document.areaLevels.find((l) => l.id === levelId));
    return {
      programme,
      index,
      name: programmeName(lang, programme),
      figures: programmeFigures(programme, { example: sectionExample }),
      deadlines: deadlineEntries(programme, today),
      areaName: (id) => names.get(id) ?? id,
      sectionExample,
      marks,
    };
  });
}

export const APPLICATION_KEYS = ['received', 'approved', 'rejected', 'pending', 'withdrawn'] as const;
export type ApplicationKey = (typeof APPLICATION_KEYS)[number];

/** The application counts the data give, in a fixed order. */
export function applicationCounts(applications: Applications | undefined): [ApplicationKey, number][] {
  if (!applications) return [];
  return APPLICATION_KEYS.filter((key) => applications[key] !== undefined).map((key) => [key, applications[key]!]);
}

/** The choices of the project filter: the statuses that occur, in their natural order, and the areas by name. */
export function projectFilterChoices(view: Pick<ProgrammeView, 'programme' | 'areaName'>, lang: Lang): { statuses: ProjectStatus[]; areas: string[] } {
  const { projects } = view.programme;
  const statuses = PROJECT_STATUSES.filter((s) => projects.some((p) => p.status === s));
  const areas = [...new Set(projects.flatMap((p) => (p.area ? [p.area] : [])))].sort((a, b) => view.areaName(a).localeCompare(view.areaName(b), lang));
  return { statuses, areas };
}
