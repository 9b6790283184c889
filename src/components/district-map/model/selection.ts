/**
 * What the map's attributes select in a document (indicator, level, geometry, periods) and
 * whether the remaining attributes fit it. Pure: problems come back as an error key of the
 * map's catalogue (`error.<key>`, `error.<key>.hint`) with its parameters; the element words them.
 */
import type { BodyMeta } from '../../../contract/municipality.ts';
import type { AreaLevel, ContractDocument, Indicator, Source } from '../../../contract/schema.ts';
import { shownSources } from '../../../shared/attribution.ts';
import { CLASSIFICATION_METHODS, isClassificationMethod, MAX_CLASSES, MIN_CLASSES, parseBreaks, type ClassificationMethod } from '../classify.ts';
import { PALETTES, isPaletteName, type PaletteName } from '../palettes.ts';
import { buildModel, indicatorPeriods, type MapModel } from './district-data.ts';
import { levelGeometry, type LevelGeometry } from './geometry.ts';

export interface Selection {
  readonly indicator: Indicator;
  readonly level: AreaLevel;
  readonly geometry: LevelGeometry | null;
  readonly periods: readonly string[];
}

export type ConfigErrorKey =
  | 'noIndicators'
  | 'indicator'
  | 'level'
  | 'levelMismatch'
  | 'levelNoIndicator'
  | 'period'
  | 'compare'
  | 'classification'
  | 'classes'
  | 'breaks'
  | 'manual'
  | 'palette';

export interface ConfigProblem {
  readonly error: ConfigErrorKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export const isProblem = (value: Selection | ConfigProblem): value is ConfigProblem => 'error' in value;

const list = (ids: readonly string[]) => ids.map((id) => `„${id}“`).join(', ') || '–';

/** The indicator and level the attributes name; defaults: the first indicator (of `level`), the indicator's level. */
export function resolveSelection(document: ContractDocument, wanted: { readonly indicator?: string | undefined; readonly level?: string | undefined }): Selection | ConfigProblem {
  const { indicators, areaLevels } = document;
  if (!indicators.length) return { error: 'noIndicators', params: {} };
  const levels = () => list(areaLevels.map((l) => l.id));
  let level = wanted.level ? areaLevels.find((l) => l.id === wanted.level) : undefined;
  if (wanted.level && !level) return { error: 'level', params: { value: wanted.level, options: levels() } };
  let indicator: Indicator | undefined;
  if (wanted.indicator) {
    indicator = indicators.find((i) => i.id === wanted.indicator);
    if (!indicator) return { error: 'indicator', params: { value: wanted.indicator, options: list(indicators.map((i) => i.id)) } };
    if (level && indicator.level !== level.id) return { error: 'levelMismatch', params: { indicator: indicator.id, actual: indicator.level, value: level.id } };
  } else {
    indicator = level ? indicators.find((i) => i.level === level!.id) : indicators[0];
    if (!indicator) return { error: 'levelNoIndicator', params: { value: wanted.level ?? '' } };
  }
  level ??= areaLevels.find((l) => l.id === indicator!.level);
  if (!level) return { error: 'level', params: { value: indicator.level, options: levels() } };
  return { indicator, level, geometry: levelGeometry(level), periods: indicatorPeriods(indicator) };
}

/** `classification` as written, else `manual` when `breaks` is set, else `quantile`; undefined when unknown. */
export function classificationMethod(classification: string | undefined, breaks: string | undefined): ClassificationMethod | undefined {
  const chosen = classification?.trim() || (breaks?.trim() ? 'manual' : 'quantile');
  return isClassificationMethod(chosen) ? chosen : undefined;
}

/** The named palette; undefined for `auto`, none or an unknown name (reported by {@link checkSettings}). */
export function paletteChoice(palette: string | undefined): PaletteName | undefined {
  return palette && palette !== 'auto' && isPaletteName(palette) ? palette : undefined;
}

/** The `breaks` attribute as numbers; undefined when absent or unreadable. */
export function manualBreaks(breaks: string | undefined): number[] | undefined {
  return breaks?.trim() ? (parseBreaks(breaks) ?? undefined) : undefined;
}

export interface MapSettings {
  readonly period?: string | undefined;
  readonly compare?: string | undefined;
  readonly classification?: string | undefined;
  readonly classes: number;
  /** The `classes` attribute as written, for the message. */
  readonly classesText: string;
  readonly breaks?: string | undefined;
  readonly palette?: string | undefined;
}

/** The first attribute that does not fit the selection, or null. */
export function checkSettings(selection: Selection, settings: MapSettings): ConfigProblem | null {
  const periods = selection.periods.join(', ') || '–';
  if (settings.period && !selection.periods.includes(settings.period)) return { error: 'period', params: { value: settings.period, options: periods } };
  if (settings.compare && !selection.periods.includes(settings.compare)) return { error: 'compare', params: { value: settings.compare, options: periods } };
  const method = classificationMethod(settings.classification, settings.breaks);
  if (!method) return { error: 'classification', params: { value: settings.classification ?? '', options: CLASSIFICATION_METHODS.join(', ') } };
  if (!Number.isInteger(settings.classes) || settings.classes < MIN_CLASSES || settings.classes > MAX_CLASSES) return { error: 'classes', params: { value: settings.classesText } };
  const breaks = settings.breaks?.trim() ? parseBreaks(settings.breaks) : undefined;
  if (breaks === null) return { error: 'breaks', params: { value: settings.breaks ?? '' } };
  if (method === 'manual' && !breaks?.length) return { error: 'manual', params: {} };
  if (settings.palette && settings.palette !== 'auto' && !isPaletteName(settings.palette)) return { error: 'palette', params: { value: settings.palette, options: ['auto', ...PALETTES].join(', ') } };
  return null;
}

/** Whether the selection has anything to draw: districts and at least one period. */
export function hasDistricts(selection: Selection | ConfigProblem): boolean {
  return !isProblem(selection) && selection.geometry !== null && selection.geometry.shapes.length > 0 && selection.periods.length > 0;
}

/** The map's model for a selection with districts, in `period`, with the (checked) settings. */
export function selectionModel(selection: Selection, period: string, settings: Omit<MapSettings, 'period' | 'classesText'> & { readonly fixedBreaks: boolean; readonly body: BodyMeta }): MapModel {
  const manual = manualBreaks(settings.breaks);
  const palette = paletteChoice(settings.palette);
  return buildModel(selection.indicator, selection.level, selection.geometry?.shapes ?? [], {
    body: settings.body,
    period,
    ...(settings.compare ? { compare: settings.compare } : {}),
    method: classificationMethod(settings.classification, settings.breaks) ?? 'quantile',
    classes: settings.classes,
    ...(manual ? { manualBreaks: manual } : {}),
    ...(palette ? { palette } : {}),
    fixedBreaks: settings.fixedBreaks,
  });
}

/**
 * The sources of what the map shows: the indicator's own (else the document's), then the
 * level's, whose boundaries are drawn (each once).
 */
export function selectionSources(sources: readonly Source[], selection: Selection): Source[] {
  const shown = shownSources(sources, [selection.indicator.source]);
  return selection.level.source ? shownSources([], [...shown, selection.level.source]) : shown;
}
