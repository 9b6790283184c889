/**
 * The configurator's data step as messages: `inspect` a file (what kind, fields, sheets, columns)
 * and `import` files with a mapping (the same `runImport` as the CLI). Runs in the import worker,
 * or on the page when no worker can start; every reader loads with `import()` on first use.
 */
import { IssueLog, formatIssue, type ImportIssue } from '../import/messages.ts';
import type { ImportOptions, ImportResult } from '../import/import.ts';

export type FileKind = 'geometry' | 'table' | 'document';

export interface InspectedSheet {
  readonly name?: string;
  /** Header texts of the table found in the sheet (empty when none was found). */
  readonly columns: readonly string[];
  /** Rows below the header. */
  readonly rows: number;
  /** 1-based row of the header, as a spreadsheet shows it. */
  readonly headerRow?: number;
  readonly genesis: boolean;
}

export interface Inspection {
  readonly kind?: FileKind;
  /** Geometry: the attribute fields of the features. */
  readonly fields?: readonly string[];
  readonly features?: number;
  /** Geometry: the coordinate system the file names (.prj or GeoJSON `crs`), when it names one. */
  readonly crs?: string;
  /** Table: every sheet (one for CSV). */
  readonly sheets?: readonly InspectedSheet[];
  readonly issues: readonly ImportIssue[];
}

export type TaskRequest = { readonly task: 'inspect'; readonly name: string; readonly bytes: Uint8Array; readonly lang: 'de' | 'en' } | { readonly task: 'import'; readonly options: ImportOptions };
export type TaskResponse = Inspection | ImportResult;

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** What a JSON file is: a contract document, or GeoJSON. */
function jsonKind(json: unknown): FileKind | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  if ('version' in record || 'meta' in record) return 'document';
  if (record.type === 'FeatureCollection' || record.type === 'Feature' || record.type === 'Polygon' || record.type === 'MultiPolygon') return 'geometry';
  return undefined;
}

async function inspectGeometry(name: string, bytes: Uint8Array, json: unknown, log: IssueLog): Promise<Inspection> {
  let features: { properties: Record<string, unknown> }[] = [];
  let crs: string | undefined;
  if (json !== undefined) {
    const record = json as Record<string, unknown>;
    const list = record.type === 'FeatureCollection' && Array.isArray(record.features) ? record.features : record.type === 'Feature' ? [record] : [];
    features = list.map((f) => {
      const feature = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
      const properties = (typeof feature.properties === 'object' && feature.properties !== null ? { ...feature.properties } : {}) as Record<string, unknown>;
      if (feature.id !== undefined && !('id' in properties)) properties.id = feature.id;
      return { properties };
    });
    const crsName = (record.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
    if (typeof crsName === 'string') {
      const { normalizeCrs } = await import('../import/projection.ts');
      crs = normalizeCrs(crsName) ?? crsName;
    }
  } else {
    const { readShapefileZip } = await import('../import/shapefile.ts');
    const shapefile = await readShapefileZip(bytes, log, { file: name });
    if (!shapefile) return { kind: 'geometry', issues: log.issues };
    features = shapefile.features;
    if (shapefile.prj) {
      const { crsFromPrj } = await import('../import/projection.ts');
      const found = crsFromPrj(shapefile.prj);
      crs = found.crs ?? found.name;
    }
  }
  const fields = [...new Set(features.slice(0, 50).flatMap((f) => Object.keys(f.properties)))];
  return { kind: 'geometry', fields, features: features.length, ...(crs ? { crs } : {}), issues: log.issues };
}

async function inspectTable(name: string, bytes: Uint8Array, log: IssueLog): Promise<Inspection> {
  const [{ readWorkbook }, { locateTable }, { genesisHeaderRow }] = await Promise.all([import('../import/sheets.ts'), import('../import/table.ts'), import('../import/genesis.ts')]);
  const workbook = await readWorkbook({ name, bytes }, log);
  if (!workbook) return { kind: 'table', issues: log.issues };
  const sheets = workbook.sheets.map((sheet): InspectedSheet => {
    const genesisRow = genesisHeaderRow(sheet.rows);
    const located = genesisRow >= 0 ? { header: genesisRow, first: genesisRow + 1, end: sheet.rows.length } : locateTable(sheet.rows);
    const columns = located ? (sheet.rows[located.header] ?? []).map((c) => (c === null || c === undefined ? '' : String(c).trim())) : [];
    while (columns.length && columns[columns.length - 1] === '') columns.pop();
    return {
      ...(sheet.name !== undefined ? { name: sheet.name } : {}),
      columns,
      rows: located ? located.end - located.first : 0,
      ...(located ? { headerRow: located.header + 1 } : {}),
      genesis: genesisRow >= 0,
    };
  });
  return { kind: 'table', sheets, issues: log.issues };
}

/** What kind of file this is and what it holds, for the mapping controls. */
export async function inspectFile(name: string, bytes: Uint8Array, lang: 'de' | 'en' = 'de'): Promise<Inspection> {
  const log = new IssueLog(lang);
  const extension = extensionOf(name);
  try {
    if (['json', 'geojson'].includes(extension) || bytes[0] === 0x7b || (bytes[0] === 0xef && bytes[3] === 0x7b)) {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch (error) {
        log.error('read-failed', { detail: (error as Error).message }, { file: name });
        return { issues: log.issues };
      }
      const kind = jsonKind(json);
      if (kind === 'document') return { kind, issues: log.issues };
      if (kind === 'geometry') return await inspectGeometry(name, bytes, json, log);
      log.error('unknown-format', { found: name }, { file: name });
      return { issues: log.issues };
    }
    const { isZip, unzip } = await import('../import/zip.ts');
    if (isZip(bytes)) {
      const entries = await unzip(bytes);
      if (entries.some((e) => extensionOf(e.name) === 'shp')) return await inspectGeometry(name, bytes, undefined, log);
    }
    return await inspectTable(name, bytes, log);
  } catch (error) {
    log.error('read-failed', { detail: (error as Error).message }, { file: name });
    return { issues: log.issues };
  }
}

/** An issue with its place written out (`file: Zeile 12, Spalte B: message`), so that the page needs no message catalogue. */
export type PlacedIssue = ImportIssue & { readonly line: string };

const placed = (issues: readonly ImportIssue[], lang: 'de' | 'en'): PlacedIssue[] => issues.map((issue) => ({ ...issue, line: formatIssue(issue, lang) }));

export async function runTask(request: TaskRequest): Promise<TaskResponse> {
  if (request.task === 'inspect') {
    const inspection = await inspectFile(request.name, request.bytes, request.lang);
    return { ...inspection, issues: placed(inspection.issues, request.lang) };
  }
  const { runImport } = await import('../import/import.ts');
  const result = await runImport(request.options);
  return { ...result, issues: placed(result.issues, request.options.lang ?? 'de') };
}
