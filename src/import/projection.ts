/**
 * The coordinate reference systems German offices deliver, transformed to WGS84 with proj4.
 * The definitions are written here rather than parsed from a .prj: ESRI's WKT for DHDN carries no
 * datum shift, which would put Gauß-Krüger data about 100 m off.
 */
const DHDN = '+ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs';
const ETRS89 = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

export const CRS_DEFINITIONS: Readonly<Record<string, { readonly name: string; readonly proj4?: string }>> = {
  'EPSG:4326': { name: 'WGS 84' },
  'EPSG:4258': { name: 'ETRS89 (geografisch)' },
  'EPSG:25832': { name: 'ETRS89 / UTM Zone 32N', proj4: `+proj=utm +zone=32 ${ETRS89}` },
  'EPSG:25833': { name: 'ETRS89 / UTM Zone 33N', proj4: `+proj=utm +zone=33 ${ETRS89}` },
  // ETRS-TM32 is UTM 32 with northing first by the EPSG register; shapefiles and GeoJSON still store easting first.
  'EPSG:3044': { name: 'ETRS89 / ETRS-TM32', proj4: `+proj=utm +zone=32 ${ETRS89}` },
  'EPSG:4647': { name: 'ETRS89 / UTM Zone 32N (zE-N, mit Zonenkennung 32)', proj4: `+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 ${ETRS89}` },
  'EPSG:31466': { name: 'DHDN / 3-Grad-Gauß-Krüger Zone 2', proj4: `+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 ${DHDN}` },
  'EPSG:31467': { name: 'DHDN / 3-Grad-Gauß-Krüger Zone 3', proj4: `+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 ${DHDN}` },
};

export const SUPPORTED_CRS = Object.keys(CRS_DEFINITIONS);

/** `EPSG:25832` from `25832`, `epsg:25832`, `urn:ogc:def:crs:EPSG::25832`, `CRS84`; `undefined` when none. */
export function normalizeCrs(text: string): string | undefined {
  const t = text.trim();
  if (/^(urn:ogc:def:crs:OGC:1\.3:)?CRS84$/i.test(t)) return 'EPSG:4326';
  const m = /^(?:urn:ogc:def:crs:)?(?:EPSG)?[:\s]*:?(\d{4,5})$/i.exec(t);
  return m ? `EPSG:${m[1]}` : undefined;
}

const param = (wkt: string, name: string): number | undefined => {
  const m = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : undefined;
};

/** Recognises the supported systems in a .prj (ESRI or OGC WKT). */
export function crsFromPrj(wkt: string): { crs?: string; name: string } {
  const name = /^\s*(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? wkt.slice(0, 60);
  const authority = /AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim()) ?? /ID\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(wkt.trim());
  if (authority && CRS_DEFINITIONS[`EPSG:${authority[1]}`]) return { crs: `EPSG:${authority[1]}`, name };
  const projected = /^\s*PROJ(CS|CRS)/i.test(wkt);
  const flat = wkt.replace(/[_\s-]+/g, ' ').toLowerCase();
  if (!projected) return /wgs ?(19)?84|etrs ?(19)?89|etrf ?(19)?89/.test(flat) ? { crs: 'EPSG:4326', name } : { name };
  const falseEasting = param(wkt, 'False_Easting') ?? param(wkt, 'false_easting');
  const centralMeridian = param(wkt, 'Central_Meridian') ?? param(wkt, 'central_meridian');
  const etrs = /etrs|etrf|d etrs 1989|grs 1980|grs80/.test(flat);
  const dhdn = /dhdn|deutsches hauptdreiecksnetz|bessel|potsdam/.test(flat);
  if (etrs && falseEasting === 32500000) return { crs: 'EPSG:4647', name };
  if (etrs && (/zone 32|tm32/.test(flat) || centralMeridian === 9)) return { crs: /tm32/.test(flat) ? 'EPSG:3044' : 'EPSG:25832', name };
  if (etrs && (/zone 33/.test(flat) || centralMeridian === 15)) return { crs: 'EPSG:25833', name };
  if (dhdn && (falseEasting === 2500000 || centralMeridian === 6)) return { crs: 'EPSG:31466', name };
  if (dhdn && (falseEasting === 3500000 || centralMeridian === 9)) return { crs: 'EPSG:31467', name };
  return { name };
}

/** A likely system for projected coordinates found without a .prj, for the error message. */
export function guessCrs(x: number, y: number): string | undefined {
  if (y < 5_200_000 || y > 6_150_000) return undefined;
  if (x >= 32_000_000 && x < 33_000_000) return 'EPSG:4647';
  if (x >= 2_300_000 && x < 2_700_000) return 'EPSG:31466';
  if (x >= 3_300_000 && x < 3_700_000) return 'EPSG:31467';
  if (x >= 150_000 && x < 900_000) return 'EPSG:25832 oder EPSG:25833';
  return undefined;
}

export type Projector = (x: number, y: number) => [number, number];

/** The transformation of a supported system to WGS84 longitude/latitude; proj4 loads only when needed. */
export async function projectorFor(crs: string): Promise<Projector> {
  const definition = CRS_DEFINITIONS[crs];
  if (!definition) throw new Error(`unsupported ${crs}`);
  if (!definition.proj4) return (x, y) => [x, y];
  const { default: proj4 } = await import('proj4');
  const converter = proj4(definition.proj4, 'WGS84');
  return (x, y) => converter.forward([x, y]) as [number, number];
}
