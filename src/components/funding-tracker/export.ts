/**
 * The tracker's downloads: CSV and XLSX with the key figures of the shown programmes and each
 * programme's projects as filtered and sorted on screen (each table under its caption), and the
 * chart as SVG or PNG. The chart is HTML (bars are boxes), so the picture is that chart redrawn
 * from the page as it stands: boxes and words at their places (`domToSvg`).
 */
import type { Project } from '../../contract/funding.schema.ts';
import type { Attribution } from '../../shared/base-element.ts';
import type { ExportSource, ExportTable } from '../../shared/download.ts';
import { exportMeta, shownLabel, statusesIn } from '../../shared/export-meta.ts';
import type { Lang } from '../../shared/i18n.ts';
import { figuresCsv, projectsCsv, runningTime } from './describe.ts';
import { text } from './funding-tracker.texts.ts';
import type { ProgrammeView } from './model/programme-view.ts';

/** The key figures of all shown programmes, then each programme's projects as shown. */
export function trackerTables(lang: Lang, views: readonly ProgrammeView[], projects: (view: ProgrammeView) => readonly Project[]): ExportTable[] {
  const figures = { caption: text(lang, 'csvFiguresFile'), ...figuresCsv(lang, views) };
  const projectTables = views.filter((v) => v.programme.projects.length > 0).map((view) => ({ caption: text(lang, 'projectsCaption', { name: view.name }), ...projectsCsv(lang, view, projects(view)) }));
  return [figures, ...projectTables];
}

export interface TrackerExportInput {
  readonly lang: Lang;
  readonly views: readonly ProgrammeView[];
  /** A programme's projects in the filter and order shown. */
  readonly projects: (view: ProgrammeView) => readonly Project[];
  readonly title: string;
  readonly attribution: Attribution;
  readonly publisher?: string;
  /** Whether the widget marks its data as illustrative; a file also says so when only one shown part is. */
  readonly example: boolean;
  readonly address?: string;
  readonly fontFamily?: string;
  /** The chart as shown; absent in the table view. */
  readonly chart?: () => Element | null;
}

export function trackerExport(input: TrackerExportInput): ExportSource {
  const { lang, views } = input;
  const tables = trackerTables(lang, views, input.projects);
  const meta = exportMeta({
    lang,
    title: input.title,
    shown: [
      [shownLabel(lang, 'programme'), views.map((v) => v.name).join('; ')],
      [shownLabel(lang, 'period'), views.map((v) => runningTime(lang, v.programme)).filter(Boolean).join('; ')],
    ],
    attribution: input.attribution,
    publisher: input.publisher,
    example: input.example || views.some((v) => v.sectionExample || v.programme.example === true || v.programme.exampleFields.length > 0),
    statuses: statusesIn(lang, tables.flatMap((t) => t.rows.flat())),
    address: input.address,
  });
  const element = input.chart;
  return {
    lang,
    name: views.length === 1 ? views[0]!.name : input.title,
    meta,
    tables,
    ...(input.fontFamily ? { fontFamily: input.fontFamily } : {}),
    ...(element
      ? {
          chart: async () => {
            const root = element();
            if (!root) throw new Error('The chart is not on the page');
            const { domToSvg } = await import('../../shared/export-image.ts');
            return domToSvg(root);
          },
        }
      : {}),
  };
}
