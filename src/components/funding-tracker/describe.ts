/**
 * What the funding tracker says in words and rows: amounts and shares, deadlines counted in days,
 * the bar's text equivalent, the screen-reader summary, the table columns and the CSV tables.
 * Pure functions over the programme views; no DOM.
 */
import type { Addition, Programme, Project, ProjectStatus } from '../../contract/funding.schema.ts';
import { PROJECT_STATUSES } from '../../contract/statuses.ts';
import { formatCurrency, formatDate, formatNumber, formatPercent } from '../../shared/format.ts';
import { localized, type Lang } from '../../shared/i18n.ts';
import type { Column } from '../../shared/table.ts';
import { areaTotals, isExampleField, toCents, type DeadlineEntry, type Figure, type Segment } from './model/figures.ts';
import { ALL_FIGURES, applicationCounts, type ProgrammeView } from './model/programme-view.ts';
import { text } from './funding-tracker.texts.ts';

type Amounts = Pick<ProgrammeView, 'figures'>;

/**
 * From a quadrillion on, an amount is a data error more likely than a budget, and written out in
 * full it runs to hundreds of digits that no column can hold: the chart says it in powers of ten.
 */
export const HUGE_AMOUNT = 1e15;

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** `1,0 × 10³⁰⁰ €`: the locale's number and currency parts, with the exponent as a power of ten. */
export function scientificMoney(lang: Lang, amount: number, currency = 'EUR'): string {
  const parts = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency, notation: 'scientific', minimumFractionDigits: 1, maximumFractionDigits: 1 }).formatToParts(amount);
  return parts
    .map((part) => {
      if (part.type === 'exponentSeparator') return '\u00a0×\u00a010';
      if (part.type === 'exponentInteger' || part.type === 'exponentMinusSign') return [...part.value].map((c) => SUPERSCRIPT[c] ?? c).join('');
      return part.value;
    })
    .join('');
}

/** An amount in the programme's currency, with cents only when the programme has any; a huge one in powers of ten. */
export function money(lang: Lang, view: Amounts, amount: number): string {
  if (Number.isFinite(amount) && Math.abs(amount) >= HUGE_AMOUNT) return scientificMoney(lang, amount, view.figures.currency);
  return fullMoney(lang, view, amount);
}

/** The amount written out in full: the table view's cells, where the reader may need every digit. */
export function fullMoney(lang: Lang, view: Amounts, amount: number): string {
  return formatCurrency(lang, amount, view.figures.currency, view.figures.amountDecimals);
}

/** A share of the total funds. */
export function percent(lang: Lang, view: Amounts, value: number): string {
  return formatPercent(lang, value, view.figures.percentDecimals);
}

export function projectName(lang: Lang, project: Pick<Project, 'name' | 'nameEn'>): string {
  return localized(lang, project.name, project.nameEn);
}

export function statusLabel(lang: Lang, status: ProjectStatus): string {
  return text(lang, `projectStatus.${status}`);
}

/** A deadline's name: the data's label, else its kind (`Antragsfrist`). */
export function deadlineLabel(lang: Lang, entry: DeadlineEntry): string {
  const kindName = text(lang, `deadline.${entry.kind}`);
  if (lang === 'de') return entry.label ?? kindName;
  // In English a known kind names the deadline better than a German-only label.
  return entry.labelEn ?? (entry.kind === 'other' || entry.kind === 'deadline' ? (entry.label ?? kindName) : kindName);
}

/** Days left or passed: `noch 12 Tage`, `endet heute`, `seit 1 Tag abgelaufen`. */
export function deadlineState(lang: Lang, entry: DeadlineEntry): string {
  if (entry.days === null) return '';
  if (entry.days === 0) return text(lang, 'dueToday');
  if (entry.days > 0) return entry.days === 1 ? text(lang, 'daysLeftOne') : text(lang, 'daysLeft', { count: formatNumber(lang, entry.days) });
  return entry.days === -1 ? text(lang, 'daysPassedOne') : text(lang, 'daysPassed', { count: formatNumber(lang, -entry.days) });
}

/** The programme's running time: `1. Januar 2023 bis 31. Dezember 2026`, `ab …`, `bis …`. */
export function runningTime(lang: Lang, programme: Pick<Programme, 'start' | 'end'>): string {
  const { start, end } = programme;
  const date = (d: string) => formatDate(lang, d);
  if (start && end) return text(lang, 'periodRange', { start: date(start), end: date(end) });
  if (start) return text(lang, 'periodFrom', { start: date(start) });
  if (end) return text(lang, 'periodUntil', { end: date(end) });
  return '';
}

/** `Fördergeber: Land NRW · Laufzeit: …`. */
export function metaLine(lang: Lang, programme: Programme): string {
  const period = runningTime(lang, programme);
  return [programme.funder ? `${text(lang, 'funder')}: ${programme.funder}` : '', period ? `${text(lang, 'period')}: ${period}` : ''].filter(Boolean).join(' · ');
}

export function segmentLabel(lang: Lang, segment: Segment): string {
  return text(lang, `segment.${segment.kind}`);
}

/** `150.000 € · 30,0 %`, or the amount alone when there is no share. */
export function segmentValue(lang: Lang, view: Amounts, segment: Segment): string {
  return segment.percent === null ? money(lang, view, segment.amount) : `${money(lang, view, segment.amount)} · ${percent(lang, view, segment.percent)}`;
}

/** The bar's text equivalent: the total funds and every part with amount and share. */
export function barLabel(lang: Lang, view: Amounts): string {
  const { figures } = view;
  return text(lang, 'barLabel', {
    funds: money(lang, view, figures.figures.funds.amount ?? 0),
    parts: figures.segments.map((s) => `${segmentLabel(lang, s)} ${segmentValue(lang, view, s)}`).join(', '),
  });
}

/** The application counts with their names. */
export function applicationEntries(lang: Lang, programme: Pick<Programme, 'applications'>): [string, number][] {
  return applicationCounts(programme.applications).map(([key, count]) => [text(lang, `applications.${key}`), count]);
}

/** Each programme in a few sentences: funds, their use, deadlines, applications, funded projects. */
export function trackerSummary(lang: Lang, views: readonly ProgrammeView[]): string {
  return views
    .map((view) => {
      const { figures: f } = view.figures;
      const withShare = (figure: Figure) =>
        figure.amount === null
          ? text(lang, 'notPublished')
          : figure.percent === null
            ? money(lang, view, figure.amount)
            : text(lang, 'amountWithShare', { amount: money(lang, view, figure.amount), percent: percent(lang, view, figure.percent) });
      const parts = [text(lang, 'summary.programme', { name: view.name, funds: money(lang, view, f.funds.amount!) })];
      if (f.committed.amount === null && f.paid.amount === null) parts.push(text(lang, 'summary.unknown'));
      else parts.push(text(lang, 'summary.figures', { committed: withShare(f.committed), paid: withShare(f.paid), returned: withShare(f.returned), available: withShare(f.available) }));
      for (const entry of view.deadlines) parts.push(text(lang, 'summary.deadline', { label: deadlineLabel(lang, entry), date: formatDate(lang, entry.date), state: deadlineState(lang, entry) }));
      const applications = view.programme.applications;
      if (applications) parts.push(text(lang, 'summary.applications', { received: formatNumber(lang, applications.received) }));
      const totals = areaTotals(view.programme.projects);
      const funded = totals.reduce((sum, t) => sum + t.count, 0);
      if (funded) parts.push(text(lang, 'summary.projects', { count: formatNumber(lang, funded), amount: money(lang, view, totals.reduce((sum, t) => sum + toCents(t.amount), 0) / 100) }));
      if (view.marks && Object.values(f).some((figure) => figure.example)) parts.push(text(lang, 'summary.example'));
      return parts.join(' ');
    })
    .join(' ');
}

// ------------------------------------------------------------------------------ tables

export interface FigureRow {
  readonly label: string;
  readonly figure: Figure;
}

/** Every figure, then the parts of the bar that no figure names already ("Noch verfügbar" is both). */
export function figureRows(lang: Lang, view: ProgrammeView): FigureRow[] {
  const { figures } = view.figures;
  const rows = ALL_FIGURES.map((key) => ({ label: text(lang, `figure.${key}`), figure: figures[key] }));
  const named = new Set(rows.map((r) => r.label));
  const parts = view.figures.segments
    .map((s) => ({ label: segmentLabel(lang, s), figure: { key: 'funds' as const, amount: s.amount, percent: s.percent, example: s.example } }))
    .filter((r) => !named.has(r.label));
  return [...rows, ...parts];
}

export function figureColumns(lang: Lang, view: ProgrammeView): Column<FigureRow>[] {
  const example = (figure: Figure) => (view.marks && figure.example ? ` (${text(lang, 'exampleMark')})` : '');
  return [
    { key: 'label', label: text(lang, 'figureColumn'), rowHeader: true, sortValue: (r) => r.label, render: (r) => `${r.label}${example(r.figure)}` },
    { key: 'amount', label: text(lang, 'amountColumn'), numeric: true, sortValue: (r) => r.figure.amount, render: (r) => (r.figure.amount === null ? text(lang, 'notPublished') : fullMoney(lang, view, r.figure.amount)) },
    { key: 'share', label: text(lang, 'shareColumn'), numeric: true, sortValue: (r) => r.figure.percent, render: (r) => (r.figure.percent === null ? '–' : percent(lang, view, r.figure.percent)) },
  ];
}

export function additionColumns(lang: Lang, view: ProgrammeView): Column<Addition>[] {
  const note = (a: Addition) => localized(lang, a.note, a.noteEn);
  return [
    { key: 'date', label: text(lang, 'additionDate'), sortValue: (a) => a.date ?? null, render: (a) => (a.date ? formatDate(lang, a.date) : '–') },
    { key: 'note', label: text(lang, 'additionNote'), sortValue: (a) => note(a) ?? null, render: (a) => note(a) ?? '–' },
    { key: 'amount', label: text(lang, 'amountColumn'), numeric: true, sortValue: (a) => a.amount, render: (a) => fullMoney(lang, view, a.amount) },
  ];
}

export function deadlineColumns(lang: Lang): Column<DeadlineEntry>[] {
  return [
    { key: 'label', label: text(lang, 'deadlineColumn'), rowHeader: true, sortValue: (d) => deadlineLabel(lang, d) },
    { key: 'date', label: text(lang, 'dateColumn'), sortValue: (d) => d.date, render: (d) => formatDate(lang, d.date) },
    { key: 'state', label: text(lang, 'stateColumn'), sortValue: (d) => d.days, render: (d) => deadlineState(lang, d) },
  ];
}

export function applicationColumns(lang: Lang): Column<[string, number]>[] {
  return [
    { key: 'label', label: text(lang, 'applications'), rowHeader: true, sortValue: ([label]) => label },
    { key: 'count', label: text(lang, 'countColumn'), numeric: true, sortValue: ([, count]) => count, render: ([, count]) => formatNumber(lang, count) },
  ];
}

/** The project table's columns; the status in words (the element may draw it as a badge). */
export function projectColumns(lang: Lang, view: ProgrammeView): Column<Project>[] {
  const notPublished = text(lang, 'notPublished');
  return [
    { key: 'name', label: text(lang, 'projectColumn'), sortValue: (p) => projectName(lang, p), rowHeader: true },
    { key: 'recipient', label: text(lang, 'recipientColumn'), sortValue: (p) => p.recipient ?? null, render: (p) => p.recipient ?? notPublished },
    { key: 'area', label: text(lang, 'areaColumn'), sortValue: (p) => (p.area ? view.areaName(p.area) : null), render: (p) => (p.area ? view.areaName(p.area) : text(lang, 'noArea')) },
    { key: 'amount', label: text(lang, 'amountColumn'), numeric: true, sortValue: (p) => p.amount, render: (p) => fullMoney(lang, view, p.amount) },
    { key: 'status', label: text(lang, 'statusColumn'), sortValue: (p) => PROJECT_STATUSES.indexOf(p.status), render: (p) => statusLabel(lang, p.status) },
  ];
}

// ------------------------------------------------------------------------------ CSV

export interface CsvTable {
  readonly header: string[];
  readonly rows: (string | number | null | undefined)[][];
}

const yesNo = (lang: Lang, value: boolean): string => text(lang, value ? 'yes' : 'no');

/** Every figure of every shown programme: amounts and shares as numbers, "not published" said in words. */
export function figuresCsv(lang: Lang, views: readonly ProgrammeView[]): CsvTable {
  const currency = views[0]?.figures.currency ?? 'EUR';
  const header = [text(lang, 'csvProgrammeId'), text(lang, 'csvProgramme'), text(lang, 'figureColumn'), text(lang, 'csvAmount', { currency }), text(lang, 'csvPercent'), text(lang, 'csvExample'), text(lang, 'csvRemark')];
  const rows = views.flatMap((view) =>
    ALL_FIGURES.map((key) => {
      const figure = view.figures.figures[key];
      return [view.programme.id, view.name, text(lang, `figure.${key}`), figure.amount, figure.percent, yesNo(lang, figure.example), figure.amount === null ? text(lang, 'notPublished') : ''];
    }),
  );
  return { header, rows };
}

/** The projects as shown (filtered and sorted by the caller), with area ids beside the names. */
export function projectsCsv(lang: Lang, view: ProgrammeView, projects: readonly Project[]): CsvTable {
  const header = [
    text(lang, 'csvProgrammeId'),
    text(lang, 'projectColumn'),
    text(lang, 'recipientColumn'),
    text(lang, 'csvAreaId'),
    text(lang, 'areaColumn'),
    text(lang, 'csvAmount', { currency: view.figures.currency }),
    text(lang, 'statusColumn'),
    text(lang, 'csvExample'),
  ];
  const example = yesNo(lang, isExampleField(view.programme, 'projects', view.sectionExample));
  const rows = projects.map((p) => [view.programme.id, projectName(lang, p), p.recipient, p.area, p.area ? view.areaName(p.area) : '', p.amount, statusLabel(lang, p.status), example]);
  return { header, rows };
}
