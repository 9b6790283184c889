/**
 * The pure part of the configurator's data step: which chosen file plays which role, the mapping
 * an editor corrects (the CLI's options as form fields), first guesses for the area fields, and
 * what the import recognised, in numbers an editor can check. No DOM, no readers.
 */
import type { ContractInput } from '../contract/schema.ts';
import type { ImportFile, ImportOptions } from '../import/import.ts';
import type { FileKind, Inspection, PlacedIssue } from './import-tasks.ts';

export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly inspection: Inspection & { readonly issues: readonly PlacedIssue[] };
}

/** The form fields of the mapping; '' means "not set" (the import decides). */
export interface ImportMapping {
  areaId: string;
  areaName: string;
  level: string;
  levelLabel: string;
  crs: string;
  sheet: string;
  indicator: string;
  label: string;
  unit: string;
  period: string;
  title: string;
  publisher: string;
  license: string;
}

export const EMPTY_MAPPING: Readonly<ImportMapping> = {
  areaId: '',
  areaName: '',
  level: '',
  levelLabel: '',
  crs: '',
  sheet: '',
  indicator: '',
  label: '',
  unit: '',
  period: '',
  title: '',
  publisher: '',
  license: 'dl-de/by-2-0',
};

/** The last file of each kind wins: a new table replaces the old one. */
export function filesByKind(files: readonly ChosenFile[]): Partial<Record<FileKind, ChosenFile>> {
  const out: Partial<Record<FileKind, ChosenFile>> = {};
  for (const file of files) if (file.inspection.kind) out[file.inspection.kind] = file;
  return out;
}

const KEY_FIELD = /^(id|ags|ars|rs|gkz|key|code|schl|schluessel|schlüssel|kennung|kennziffer|nr|nummer)$|(^|_)(id|ags|ars|rs|gkz|key|code|schl|nr)($|_)/i;
const NAME_FIELD = /^(name|gen|bez|bezeichnung|gebiet|label|titel)$|(^|_)(name|gen|bez)($|_)/i;

/** First guesses for the area id and name fields of a geometry: an official key or id, and a name. */
export function guessAreaFields(fields: readonly string[]): { areaId: string; areaName: string } {
  const areaId = fields.find((f) => KEY_FIELD.test(f)) ?? fields[0] ?? '';
  const areaName = fields.find((f) => f !== areaId && NAME_FIELD.test(f)) ?? '';
  return { areaId, areaName };
}

const file = (chosen: ChosenFile | undefined): ImportFile | undefined => (chosen ? { name: chosen.name, bytes: chosen.bytes } : undefined);

/**
 * The options of `runImport` for the chosen files and the mapping. A contract document among the
 * files is the one to add to (`--into`); without one, title, publisher and licence make a new one.
 */
export function importOptionsFor(files: readonly ChosenFile[], mapping: Readonly<ImportMapping>, lang: 'de' | 'en' = 'de'): ImportOptions {
  const kinds = filesByKind(files);
  const set = (value: string) => value.trim() || undefined;
  const into = kinds.document ? { name: kinds.document.name, text: new TextDecoder().decode(kinds.document.bytes) } : undefined;
  const options: Record<string, unknown> = {
    lang,
    into,
    geometry: file(kinds.geometry),
    table: file(kinds.table),
    areaId: kinds.geometry ? set(mapping.areaId) : undefined,
    areaName: kinds.geometry ? set(mapping.areaName) : undefined,
    level: set(mapping.level),
    levelLabel: set(mapping.levelLabel),
    crs: kinds.geometry ? set(mapping.crs) : undefined,
    sheet: kinds.table ? set(mapping.sheet) : undefined,
    indicator: kinds.table ? set(mapping.indicator) : undefined,
    label: kinds.table ? set(mapping.label) : undefined,
    unit: kinds.table ? set(mapping.unit) : undefined,
    period: kinds.table ? set(mapping.period) : undefined,
    title: set(mapping.title),
    publisher: set(mapping.publisher),
    license: set(mapping.license),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ImportOptions;
}

export interface IndicatorSummary {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly level: string;
  readonly periods: readonly string[];
  readonly values: number;
  /** Areas of the level with at least one value, and all areas of the level. */
  readonly areasWithValues: number;
  readonly areas: number;
  /** How often each status occurs (official symbols become these), e.g. `{ suppressed: 2 }`. */
  readonly statuses: Readonly<Record<string, number>>;
  readonly totals: number;
}

export interface LevelSummary {
  readonly id: string;
  readonly label: string;
  readonly areas: number;
}

export interface DocumentSummary {
  readonly levels: readonly LevelSummary[];
  readonly indicators: readonly IndicatorSummary[];
}

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** What the import made, counted: levels and their areas, indicators with periods, matched areas and statuses. */
export function summariseDocument(document: ContractInput | Json): DocumentSummary {
  const doc = document as Json;
  const areasOf = new Map<string, number>();
  const levels = list(doc.areaLevels).map((level) => {
    const geometry = level.geometry as Json | string | undefined;
    const features = typeof geometry === 'object' && geometry !== null ? list(geometry.features) : [];
    const idProperty = String(level.idProperty ?? 'id');
    const ids = new Set(features.map((f) => (f.properties as Json | null)?.[idProperty] ?? f.id).filter((id) => id !== undefined && id !== null).map(String));
    areasOf.set(String(level.id), ids.size);
    return { id: String(level.id), label: String(level.label ?? level.id), areas: ids.size };
  });
  const indicators = list(doc.indicators).map((indicator): IndicatorSummary => {
    const values = list(indicator.values);
    const periods = [...new Set([...values, ...list(indicator.total)].map((v) => String(v.period)))].sort();
    const statuses: Record<string, number> = {};
    for (const v of [...values, ...list(indicator.total)]) if (typeof v.status === 'string') statuses[v.status] = (statuses[v.status] ?? 0) + 1;
    const level = String(indicator.level ?? '');
    return {
      id: String(indicator.id),
      label: String(indicator.label ?? indicator.id),
      unit: String(indicator.unit ?? ''),
      level,
      periods,
      values: values.length,
      areasWithValues: new Set(values.map((v) => String(v.area))).size,
      areas: areasOf.get(level) ?? 0,
      statuses,
      totals: list(indicator.total).length,
    };
  });
  return { levels, indicators };
}

/** A file name for the download: the document's title as a slug, else `daten`. */
export function downloadName(title: string | undefined): string {
  const slug = (title ?? '')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'daten'}.json`;
}
