/**
 * A zipped Shapefile (.shp, .shx, .dbf with .prj and .cpg when present) to raw GeoJSON features in
 * the file's own coordinates. shpjs parses; the encoding of the attributes comes from the .cpg, else
 * it is detected between UTF-8 and Windows-1252 on the DBF's bytes.
 */
import type { IssueLog, Place } from './messages.ts';
import { encodingFromCpg, isUtf8 } from './text.ts';
import { baseName, extension, unzip } from './zip.ts';

export interface RawFeature {
  readonly geometry: { type: string; coordinates: unknown } | null;
  readonly properties: Record<string, unknown>;
}

export interface RawShapefile {
  readonly features: RawFeature[];
  /** Content of the .prj, when there is one. */
  readonly prj?: string;
}

/** The bytes of the DBF's records (after the header), where the attribute texts are. */
function dbfRecords(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 32) return dbf;
  const headerLength = dbf[8]! | (dbf[9]! << 8);
  return dbf.subarray(Math.min(headerLength, dbf.length));
}

export async function readShapefileZip(bytes: Uint8Array, log: IssueLog, place: Place): Promise<RawShapefile | undefined> {
  const entries = await unzip(bytes);
  const shps = entries.filter((e) => extension(e.name) === 'shp');
  if (shps.length === 0) {
    log.error('zip-empty', { expected: '.shp', found: entries.map((e) => baseName(e.name)).join(', ') || '—' }, place);
    return undefined;
  }
  const shp = shps[0]!;
  if (shps.length > 1) log.warning('zip-several', { found: shps.map((e) => baseName(e.name)).join(', '), used: baseName(shp.name) }, place);
  const stem = shp.name.slice(0, -4).toLowerCase();
  const part = (ext: string) => entries.find((e) => e.name.toLowerCase() === `${stem}.${ext}`);
  const dbf = part('dbf');
  if (!dbf) {
    log.error('shp-part-missing', { found: baseName(shp.name), expected: '.dbf' }, place);
    return undefined;
  }
  const cpgText = part('cpg') ? new TextDecoder().decode(part('cpg')!.bytes) : undefined;
  const declared = cpgText ? encodingFromCpg(cpgText) : undefined;
  let encoding: string;
  if (declared) {
    encoding = declared;
    log.info('shp-encoding', { found: declared, reason: '.cpg' }, place);
  } else {
    encoding = isUtf8(dbfRecords(dbf.bytes)) ? 'utf-8' : 'windows-1252';
    log.info('shp-encoding', { found: encoding, reason: log.lang === 'de' ? 'erkannt, keine .cpg' : 'detected, no .cpg' }, place);
  }
  const { parseShp, parseDbf } = await import('shpjs');
  let shapes: ({ type: string; coordinates: unknown } | null)[];
  let records: Record<string, unknown>[];
  try {
    shapes = parseShp(shp.bytes);
    records = parseDbf(dbf.bytes, encoding);
  } catch (error) {
    log.error('read-failed', { detail: (error as Error).message }, place);
    return undefined;
  }
  const features = shapes.map((geometry, i) => ({ geometry, properties: records[i] ?? {} }));
  const prj = part('prj') ? new TextDecoder().decode(part('prj')!.bytes) : undefined;
  return prj ? { features, prj } : { features };
}
