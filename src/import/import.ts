/**
 * `quartier-widgets import` without files: bytes and options in, a contract document (validated),
 * its text and the issues out. No file system, no network: the CLI reads and writes the files, and
 * the configurator can run the same in the browser. Readers for spreadsheets, Shapefiles,
 * projections and ZIP archives load on first use.
 */
import { areaNames } from '../contract/areas.ts';
import { comparePeriods } from '../contract/period.ts';
import type { AreaLevel, ContractInput } from '../contract/schema.ts';
import { validateContract } from '../contract/validate.ts';
import { AreaMatcher, type Area } from './area-match.ts';
import type { GeometryOptions, ImportedGeometry } from './geometry.ts';
import { IssueLog, type ImportIssue, type Lang } from './messages.ts';
import { serializeDocument } from './serialize.ts';
import type { Sheet } from './sheets.ts';
import type { TableOptions, TableRecord, TableResult } from './table.ts';

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportOptions {
  readonly lang?: Lang;
  /** An existing document to merge into (its text). */
  readonly into?: { readonly name: string; readonly text: string };
  readonly geometry?: ImportFile;
  readonly areaId?: string;
  readonly areaName?: string;
  readonly level?: string;
  readonly levelLabel?: string;
  readonly crs?: string;
  /** Byte budget of the geometry; 0: no simplification. */
  readonly maxBytes?: number;
  readonly table?: ImportFile;
  readonly sheet?: string;
  readonly indicator?: string;
  readonly label?: string;
  readonly unit?: string;
  readonly period?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly license?: string;
}

export interface ImportResult {
  /** True when the document is valid and may be written. */
  readonly ok: boolean;
  readonly document?: ContractInput;
  /** The document as it is to be written (stable formatting). */
  readonly text?: string;
  readonly issues: readonly ImportIssue[];
}

type Json = Record<string, unknown>;
type Doc = Json & { meta: Json; areaLevels: Json[]; indicators: Json[] };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const DEFAULT_LEVEL = { id: 'gebiet', label: 'Gebiete' };

function startDocument(options: ImportOptions, log: IssueLog): Doc | undefined {
  if (options.into) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(options.into.text);
    } catch (error) {
      log.error('into-invalid', { file: options.into.name, detail: (error as Error).message }, { file: options.into.name });
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      log.error('into-invalid', { file: options.into.name, detail: 'no JSON object' }, { file: options.into.name });
      return undefined;
    }
    const doc = parsed as Doc;
    if (typeof doc.meta !== 'object' || doc.meta === null) doc.meta = {};
    if (!Array.isArray(doc.areaLevels)) doc.areaLevels = [];
    if (!Array.isArray(doc.indicators)) doc.indicators = [];
    return doc;
  }
  const missing = [!options.title && '--title', !options.publisher && '--publisher', !options.license && '--license'].filter(Boolean);
  if (missing.length) {
    log.error('meta-missing', { expected: missing.join(', ') });
    return undefined;
  }
  return {
    version: 1,
    meta: { title: options.title, publisher: options.publisher, license: options.license, sources: [], municipality: { name: options.publisher } },
    areaLevels: [],
    indicators: [],
  };
}

function applyMeta(doc: Doc, options: ImportOptions): void {
  if (options.title) doc.meta.title = options.title;
  if (options.publisher) doc.meta.publisher = options.publisher;
  if (options.license) doc.meta.license = options.license;
}

function putLevel(doc: Doc, levelId: string, options: ImportOptions, geometry: ImportedGeometry): Json {
  const index = doc.areaLevels.findIndex((l) => l.id === levelId);
  const previous = index >= 0 ? doc.areaLevels[index]! : undefined;
  const level: Json = {
    ...(previous ?? {}),
    id: levelId,
    label: options.levelLabel ?? previous?.label ?? (levelId === DEFAULT_LEVEL.id ? DEFAULT_LEVEL.label : levelId),
    geometry: geometry.collection,
    idProperty: geometry.idProperty,
    nameProperty: geometry.nameProperty,
  };
  // Official boundaries replace schematic ones.
  delete level.schematic;
  if (index >= 0) doc.areaLevels[index] = level;
  else doc.areaLevels.push(level);
  return level;
}

function valueEntry(record: TableRecord): Json {
  const entry: Json = {};
  if (record.area !== undefined) entry.area = record.area;
  entry.period = record.period;
  entry.value = record.value.value;
  if (record.value.status) entry.status = record.value.status;
  if (record.value.note) entry.note = record.value.note;
  return entry;
}

function mergeIndicators(doc: Doc, levelId: string, areas: readonly Area[], table: TableResult, options: ImportOptions, log: IssueLog): void {
  const order = new Map(areas.map((a, i) => [a.id, i]));
  const byIndicator = new Map<string, TableRecord[]>();
  for (const record of table.records) {
    const list = byIndicator.get(record.indicator) ?? [];
    list.push(record);
    byIndicator.set(record.indicator, list);
  }
  for (const [id, info] of table.indicators) {
    if (!ID_PATTERN.test(id)) {
      log.error('invalid-id', { found: id });
      continue;
    }
    const records = byIndicator.get(id) ?? [];
    const single = table.indicators.size === 1;
    const existing = doc.indicators.find((i) => i.id === id);
    const label = (single ? options.label : undefined) ?? info.label ?? (existing?.label as string | undefined);
    if (!label) {
      log.error('indicator-label-missing', { found: id });
      continue;
    }
    const unit = (single ? options.unit : undefined) ?? info.unit ?? (existing?.unit as string | undefined) ?? '';
    const indicator: Json = existing ?? { id, label, unit, level: levelId, values: [], total: [] };
    indicator.label = label;
    indicator.unit = unit;
    indicator.level = levelId;
    const values = new Map<string, Json>();
    for (const v of (Array.isArray(indicator.values) ? indicator.values : []) as Json[]) values.set(`${String(v.area)}\u0000${String(v.period)}`, v);
    const totals = new Map<string, Json>();
    for (const t of (Array.isArray(indicator.total) ? indicator.total : []) as Json[]) totals.set(String(t.period), t);
    for (const record of records) {
      if (record.area === undefined) totals.set(record.period, valueEntry(record));
      else values.set(`${record.area}\u0000${record.period}`, valueEntry(record));
    }
    const rank = (area: unknown) => order.get(String(area)) ?? Number.MAX_SAFE_INTEGER;
    indicator.values = [...values.values()].sort((a, b) => rank(a.area) - rank(b.area) || String(a.area).localeCompare(String(b.area)) || comparePeriods(String(a.period), String(b.period)));
    indicator.total = [...totals.values()].sort((a, b) => comparePeriods(String(a.period), String(b.period)));
    if (!existing) doc.indicators.push(indicator);
    const withValues = new Set((indicator.values as Json[]).map((v) => String(v.area)));
    const without = areas.filter((a) => !withValues.has(a.id));
    if (without.length && records.length) log.warning('areas-without-values', { count: without.length, total: areas.length, indicator: id, example: without.slice(0, 3).map((a) => a.name).join(', ') });
  }
}

function areasOfLevel(level: Json): Area[] {
  return [...areaNames(level as unknown as AreaLevel)].map(([id, name]) => ({ id, name }));
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const log = new IssueLog(options.lang ?? 'de');
  const done = (): ImportResult => ({ ok: false, issues: log.issues });
  const doc = startDocument(options, log);
  if (!doc) return done();
  applyMeta(doc, options);

  let levelId = options.level;
  if (levelId !== undefined && !ID_PATTERN.test(levelId)) {
    log.error('invalid-id', { found: levelId });
    return done();
  }
  if (options.indicator !== undefined && !ID_PATTERN.test(options.indicator)) {
    log.error('invalid-id', { found: options.indicator });
    return done();
  }
  let level: Json | undefined;
  let areas: Area[] = [];
  if (options.geometry) {
    const { readGeometry } = await import('./geometry.ts');
    const geometryOptions: GeometryOptions = { areaId: options.areaId ?? 'id', ...(options.areaName ? { areaName: options.areaName } : {}), ...(options.crs ? { crs: options.crs } : {}), ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) };
    const geometry = await readGeometry(options.geometry, geometryOptions, log);
    if (!geometry) return done();
    levelId ??= DEFAULT_LEVEL.id;
    level = putLevel(doc, levelId, options, geometry);
    areas = [...geometry.areas];
  }

  if (options.table) {
    if (!level) {
      level = levelId ? doc.areaLevels.find((l) => l.id === levelId) : doc.areaLevels[0];
      if (!level) {
        if (doc.areaLevels.length) log.error('level-missing', { found: String(levelId), expected: doc.areaLevels.map((l) => `„${String(l.id)}“`).join(', ') });
        else log.error('no-geometry-level');
        return done();
      }
      if (typeof level.geometry === 'string') {
        log.error('level-url', { found: String(level.id) });
        return done();
      }
      levelId = String(level.id);
      areas = areasOfLevel(level);
    }
    const municipality = (doc.meta.municipality ?? {}) as Json;
    const totalKeys = [municipality.name, municipality.ags, municipality.ars, doc.meta.totalLabel].filter((k): k is string => typeof k === 'string');
    const matcher = new AreaMatcher(areas, { totalKeys });
    const table = await readTable(options.table, { ...tableOptions(options), areaIdField: String(level.idProperty ?? 'id'), areaNameField: String(level.nameProperty ?? 'name') }, matcher, levelId!, log);
    if (!table || log.hasErrors) return done();
    mergeIndicators(doc, levelId!, areas, table, options, log);
  }
  if (log.hasErrors) return done();

  const validation = validateContract(doc, { lang: log.lang, maxErrors: 50 });
  if (!validation.valid) {
    for (const error of validation.errors) log.error('contract-invalid', { path: error.path, detail: error.message });
    return done();
  }
  return { ok: true, document: doc as unknown as ContractInput, text: serializeDocument(doc), issues: log.issues };
}

function tableOptions(options: ImportOptions): TableOptions {
  const out: { -readonly [K in keyof TableOptions]: TableOptions[K] } = {};
  if (options.sheet !== undefined) out.sheet = options.sheet;
  if (options.indicator !== undefined) out.indicator = options.indicator;
  if (options.label !== undefined) out.label = options.label;
  if (options.unit !== undefined) out.unit = options.unit;
  if (options.period !== undefined) out.period = options.period;
  return out;
}

/** Reads the table file: the named sheet, else the first sheet holding a table; GENESIS by its header. */
async function readTable(file: ImportFile, options: TableOptions, matcher: AreaMatcher, levelId: string, log: IssueLog): Promise<TableResult | undefined> {
  const [{ readWorkbook }, { readSheetTable, locateTable }, { genesisHeaderRow, readGenesis }] = await Promise.all([import('./sheets.ts'), import('./table.ts'), import('./genesis.ts')]);
  const workbook = await readWorkbook(file, log);
  if (!workbook) return undefined;
  if (options.period !== undefined) {
    const { periodFromCell } = await import('./periods.ts');
    const period = periodFromCell(options.period);
    if (!period) {
      log.error('bad-period', { found: options.period });
      return undefined;
    }
    options = { ...options, period };
  }
  let sheet: Sheet | undefined = workbook.sheets[0];
  if (options.sheet !== undefined) {
    sheet = workbook.sheets.find((s) => s.name === options.sheet) ?? workbook.sheets.find((s) => s.name?.toLowerCase() === options.sheet!.toLowerCase());
    if (!sheet) {
      log.error('sheet-missing', { found: options.sheet, expected: workbook.sheets.map((s) => `„${s.name}“`).join(', ') }, { file: workbook.file });
      return undefined;
    }
  } else if (workbook.sheets.length > 1) {
    sheet = workbook.sheets.find((s) => locateTable(s.rows) !== undefined) ?? workbook.sheets[0];
  }
  if (!sheet) {
    log.error('no-table', {}, { file: workbook.file });
    return undefined;
  }
  if (sheet.name) log.info('table-read', { detail: log.lang === 'de' ? `Blatt „${sheet.name}“` : `sheet "${sheet.name}"` }, { file: workbook.file });
  const genesisHeader = genesisHeaderRow(sheet.rows);
  if (genesisHeader >= 0) return readGenesis(workbook, sheet, genesisHeader, options, matcher, levelId, log);
  return readSheetTable({ workbook, sheet, options, matcher, log, levelId });
}
