/**
 * The profile in words: value, difference, rank and change texts, the screen-reader summary,
 * the table rows and the CSV. Pure functions over the profile model.
 */
import { CITY_TOTAL } from '../../contract/municipality.ts';
import type { AreaLevel, Indicator } from '../../contract/schema.ts';
import { formatDifference, formatEntry, formatNumber, formatPeriod, formatSigned, formatValue } from '../../shared/format.ts';
import { localized, t, type Lang } from '../../shared/i18n.ts';
import { text } from './district-profile.texts.ts';
import { PERCENT_DECIMALS, type Change, type Difference, type Judgement, type ProfileModel, type ProfileRow, type Rank } from './model/profile-model.ts';

const NBSP = '\u00a0';
const GERMAN_ORDINALS = ['', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft'];

export function indicatorLabel(lang: Lang, indicator: Indicator): string {
  return localized(lang, indicator.label, indicator.labelEn);
}

export function levelLabel(lang: Lang, level: AreaLevel | undefined, fallback = ''): string {
  return level ? localized(lang, level.label, level.labelEn) : fallback;
}

function englishOrdinal(n: number): string {
  const teens = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teens ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "dritt" in "dritthöchste", "3rd " in "3rd highest"; nothing for the first. */
export function ordinalPrefix(lang: Lang, n: number): string {
  if (n === 1) return '';
  if (lang === 'en') return `${englishOrdinal(n)} `;
  return GERMAN_ORDINALS[n - 1] ?? `${n}.-`;
}

/** "dritthöchste Belastung", "2nd lowest value". */
export function rankWords(lang: Lang, rank: Rank): string {
  return text(lang, `rank.${rank.scale}.${rank.end}`, { ordinal: ordinalPrefix(lang, rank.ordinal) });
}

/** "3. von 11 – dritthöchste Belastung". */
export function rankText(lang: Lang, rank: Rank | null): string {
  if (!rank) return text(lang, 'rankNone');
  return text(lang, 'rankText', { position: lang === 'en' ? englishOrdinal(rank.position) : rank.position, of: rank.of, words: rankWords(lang, rank) });
}

export function judgementWord(lang: Lang, judgement: Judgement | null): string {
  return judgement === 'better' || judgement === 'worse' ? text(lang, judgement) : '';
}

export function valueText(lang: Lang, row: ProfileRow): string {
  const { unit, decimals } = row.indicator;
  return formatEntry(lang, row.entry ?? { value: null }, unit, decimals);
}

export function wholeValueText(lang: Lang, row: ProfileRow): string {
  const { unit, decimals } = row.indicator;
  return formatEntry(lang, row.total ?? { value: null }, unit, decimals);
}

/** "+1,2 Prozentpunkte" for rates, "−12,5 %" of the whole's value otherwise. */
export function differenceAmount(lang: Lang, row: ProfileRow, difference: Difference): string {
  return difference.kind === 'points'
    ? formatDifference(lang, difference.value, '%', row.indicator.decimals)
    : `${formatSigned(lang, difference.value, PERCENT_DECIMALS)}${NBSP}%`;
}

/** The difference with its verdict: "+1,2 Prozentpunkte, ungünstiger". */
export function differenceText(lang: Lang, row: ProfileRow): string {
  if (!row.difference) return text(lang, 'differenceNone');
  const word = judgementWord(lang, row.difference.judgement);
  return word ? `${differenceAmount(lang, row, row.difference)}, ${word}` : differenceAmount(lang, row, row.difference);
}

/** ▲ up, ▼ down, = unchanged: the direction by shape, so it never rests on colour. */
export function changeArrow(change: Change): string {
  if (change.delta === null) return '';
  return change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : '=';
}

export interface ChangeParts {
  readonly arrow: string;
  /** "+0,6 Prozentpunkte", "unverändert", "keine Angabe". */
  readonly amount: string;
  /** "seit 2022". */
  readonly since: string;
  /** "ungünstiger", "günstiger" or nothing (neutral indicators, unchanged, no numbers). */
  readonly verdict: string;
  readonly note: string;
}

export function changeParts(lang: Lang, row: ProfileRow, change: Change): ChangeParts {
  const { unit, decimals } = row.indicator;
  const amount = change.delta === null ? text(lang, 'changeNone') : change.delta === 0 ? text(lang, 'unchanged') : formatDifference(lang, change.delta, unit, decimals);
  return {
    arrow: changeArrow(change),
    amount,
    since: text(lang, 'changeSince', { period: formatPeriod(lang, change.from) }),
    verdict: judgementWord(lang, change.judgement),
    note: change.seriesBreak ? text(lang, 'seriesBreak') : '',
  };
}

/** "▲ +0,6 Prozentpunkte seit 2022, ungünstiger". */
export function changeText(lang: Lang, row: ProfileRow, change: Change | null): string {
  if (!change) return '';
  const { arrow, amount, since, verdict, note } = changeParts(lang, row, change);
  return [[arrow, amount, since].filter(Boolean).join(' '), verdict, note].filter(Boolean).join(', ');
}

/** The whole's name inside a sentence ("als die Gesamtstadt", "als Kreis Wesel"). */
export function wholeInSentence(lang: Lang, whole: string): string {
  return whole === CITY_TOTAL[lang] ? text(lang, 'cityTotalInSentence') : whole;
}

function list(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${text(lang, 'and')} ${items.at(-1)}`;
}

export function leftOutText(lang: Lang, model: ProfileModel): string {
  if (!model.leftOut.length) return '';
  const items = model.leftOut.map((l) => text(lang, 'leftOutItem', { label: indicatorLabel(lang, l.indicator), level: levelLabel(lang, l.level, l.indicator.level) }));
  return text(lang, model.leftOut.length === 1 ? 'leftOutOne' : 'leftOut', { count: model.leftOut.length, list: items.join('; ') });
}

export function similarRuleText(lang: Lang, model: ProfileModel): string {
  const { counted, minimumShared } = model.similar;
  return counted === 1 ? text(lang, 'similarRuleOne') : text(lang, 'similarRule', { count: counted, minimum: minimumShared });
}

export function distanceText(lang: Lang, distance: number): string {
  return formatNumber(lang, distance, 2);
}

/**
 * "Feldmark liegt bei 2 von 3 Indikatoren ungünstiger als die Gesamtstadt; am deutlichsten bei
 * Kinderarmut (+3,6 Prozentpunkte)." — counting only indicators with a polarity and both values;
 * "am deutlichsten" by the difference in standard deviations of the areas, so units compare.
 */
export function summaryText(lang: Lang, model: ProfileModel, whole: string, names: (id: string) => string = (id) => id): string {
  const judged = model.rows.filter((r) => r.difference && r.indicator.polarity !== 'neutral');
  const worse = judged.filter((r) => r.difference!.judgement === 'worse');
  const better = judged.filter((r) => r.difference!.judgement === 'better');
  const params = { area: model.areaName, whole: wholeInSentence(lang, whole), judged: judged.length, worse: worse.length, better: better.length };
  const sentences: string[] = [];
  if (judged.length === 0) sentences.push(text(lang, 'summaryNoJudged', params));
  else {
    let sentence = text(lang, worse.length ? 'summaryWorse' : 'summaryNoneWorse', params);
    if (better.length) sentence += text(lang, 'summaryBetter', params);
    if (worse.length) {
      const marked = [...worse].sort((a, b) => Math.abs(b.standardised ?? 0) - Math.abs(a.standardised ?? 0)).slice(0, 2);
      sentence += text(lang, 'summaryMost', { list: marked.map((r) => `${indicatorLabel(lang, r.indicator)}: ${differenceAmount(lang, r, r.difference!)}`).join('; ') });
    }
    sentences.push(`${sentence}.`);
  }
  if (model.similar.areas.length) sentences.push(text(lang, 'summarySimilar', { names: list(lang, model.similar.areas.map((a) => names(a.id))) }));
  const leftOut = leftOutText(lang, model);
  if (leftOut) sentences.push(leftOut);
  return sentences.join(' ');
}

/** One row of the data table: exactly the texts the profile shows. */
export interface TableRow {
  readonly row: ProfileRow;
  readonly label: string;
  readonly period: string;
  readonly value: string;
  readonly whole: string;
  readonly difference: string;
  readonly rank: string;
  readonly previous: string;
  readonly first: string;
}

export function tableRows(lang: Lang, model: ProfileModel): TableRow[] {
  return model.rows.map((row) => ({
    row,
    label: row.indicator.unit ? `${indicatorLabel(lang, row.indicator)} (${row.indicator.unit})` : indicatorLabel(lang, row.indicator),
    period: formatPeriod(lang, row.period),
    value: valueText(lang, row),
    whole: wholeValueText(lang, row),
    difference: differenceText(lang, row),
    rank: rankText(lang, row.rank),
    previous: changeText(lang, row, row.previous),
    first: changeText(lang, row, row.first),
  }));
}

/** The CSV table: ISO periods, numbers as numbers, one row per indicator. */
export function csvTable(lang: Lang, model: ProfileModel, whole: string, wholeTo = whole): { header: string[]; rows: (string | number | null)[][] } {
  const header = [
    text(lang, 'csvIndicatorId'),
    text(lang, 'colIndicator'),
    text(lang, 'csvUnit'),
    text(lang, 'colPeriod'),
    model.areaName,
    text(lang, 'csvStatus'),
    whole,
    text(lang, 'colDifference', { wholeTo }),
    text(lang, 'csvDifferenceKind'),
    text(lang, 'csvJudgement'),
    text(lang, 'colRank'),
    text(lang, 'csvRankOf'),
    text(lang, 'csvPreviousPeriod'),
    text(lang, 'colPrevious'),
    text(lang, 'csvFirstPeriod'),
    text(lang, 'colFirst'),
  ];
  const status = (row: ProfileRow) => (!row.entry ? t(lang, 'noValue') : row.entry.status ? formatEntry(lang, { value: null, status: row.entry.status }) : '');
  const rows = model.rows.map((row) => [
    row.indicator.id,
    indicatorLabel(lang, row.indicator),
    row.indicator.unit,
    row.period,
    row.value,
    status(row),
    row.whole,
    row.difference?.value ?? null,
    row.difference ? text(lang, row.difference.kind === 'points' ? 'csvPoints' : 'csvPercent') : '',
    judgementWord(lang, row.difference?.judgement ?? null),
    row.rank?.position ?? null,
    row.rank?.of ?? null,
    row.previous?.from ?? '',
    row.previous?.delta ?? null,
    row.first?.from ?? '',
    row.first?.delta ?? null,
  ]);
  return { header, rows };
}

/** A spine's accessible description. */
export function spineText(lang: Lang, row: ProfileRow, area: string, whole: string): string {
  const spine = row.spine;
  if (!spine) return '';
  const { unit, decimals } = row.indicator;
  const f = (v: number) => formatValue(lang, v, unit, decimals);
  return text(lang, 'spineLabel', {
    area,
    count: spine.count,
    value: valueText(lang, row),
    min: f(spine.min),
    max: f(spine.max),
    q1: f(spine.q1),
    q3: f(spine.q3),
    whole: spine.whole !== null ? text(lang, 'spineWhole', { whole, value: f(spine.whole) }) : '',
  });
}
