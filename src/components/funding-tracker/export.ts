/** The tracker's downloads: the key figures of the shown programmes and one programme's projects, as CSV. */
import { downloadCsv, fileSlug, toCsv } from '../../shared/download.ts';
import type { Lang } from '../../shared/i18n.ts';
import type { Project } from '../../contract/funding.schema.ts';
import { figuresCsv, projectsCsv, type CsvTable } from './describe.ts';
import type { ProgrammeView } from './model/programme-view.ts';
import { text } from './funding-tracker.texts.ts';

function download(lang: Lang, filename: string, { header, rows }: CsvTable): void {
  downloadCsv(filename, toCsv(lang, header, rows));
}

/** `<programme>-kennzahlen.csv`; `foerderprogramme-kennzahlen.csv` for a list. */
export function downloadFigures(lang: Lang, views: readonly ProgrammeView[]): void {
  const name = views.length === 1 ? views[0]!.name : text(lang, 'title');
  download(lang, `${fileSlug(name)}-${fileSlug(text(lang, 'csvFiguresFile'))}.csv`, figuresCsv(lang, views));
}

/** `<programme>-gefoerderte-projekte.csv`: the projects in the order and selection shown. */
export function downloadProjects(lang: Lang, view: ProgrammeView, projects: readonly Project[]): void {
  download(lang, `${fileSlug(view.name)}-${fileSlug(text(lang, 'projects'))}.csv`, projectsCsv(lang, view, projects));
}
