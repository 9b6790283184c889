/**
 * Test and bench tooling, not product code: writes the bytes of a polygon Shapefile (.shp, .shx,
 * .dbf) after the ESRI Shapefile Technical Description (1998) and dBASE III, so the import can be
 * tested against files as GIS software writes them (clockwise outer rings, Windows-1252 attributes).
 */

/** Twice the signed area: positive for counter-clockwise. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

/** Shapefile orientation: outer rings clockwise, holes counter-clockwise. */
function shapefileRings(polygons) {
  const rings = [];
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      const ccw = signedArea(ring) > 0;
      rings.push((index === 0) === ccw ? [...ring].reverse() : ring);
    });
  }
  return rings;
}

/** Windows-1252 for the German letters (Latin-1 range); other characters become "?". */
export function encodeWindows1252(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : code === 0x20ac ? 0x80 : 0x3f;
  }
  return bytes;
}

function header(view, fileLengthBytes, bbox) {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileLengthBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true);
  view.setFloat64(36, bbox[0], true);
  view.setFloat64(44, bbox[1], true);
  view.setFloat64(52, bbox[2], true);
  view.setFloat64(60, bbox[3], true);
}

/**
 * @param {{ polygons: number[][][][] | null, properties: Record<string, string | number> }[]} features
 *   polygons as GeoJSON MultiPolygon coordinates in the target system; null for a null shape
 * @param {{ name: string, type: 'C' | 'N', length: number, decimals?: number }[]} fields
 * @param {'windows-1252' | 'utf-8'} encoding
 */
export function writeShapefile(features, fields, encoding = 'windows-1252') {
  const records = features.map((f) => {
    if (!f.polygons) return { bytes: new Uint8Array(4) }; // null shape: type 0
    const rings = shapefileRings(f.polygons);
    const points = rings.flat();
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const length = 44 + 4 * rings.length + 16 * points.length;
    const bytes = new Uint8Array(length);
    const view = new DataView(bytes.buffer);
    view.setInt32(0, 5, true);
    box.forEach((v, i) => view.setFloat64(4 + 8 * i, v, true));
    view.setInt32(36, rings.length, true);
    view.setInt32(40, points.length, true);
    let offset = 44;
    let start = 0;
    for (const ring of rings) {
      view.setInt32(offset, start, true);
      offset += 4;
      start += ring.length;
    }
    for (const [x, y] of points) {
      view.setFloat64(offset, x, true);
      view.setFloat64(offset + 8, y, true);
      offset += 16;
    }
    return { bytes, box };
  });
  const boxes = records.filter((r) => r.box).map((r) => r.box);
  const bbox = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];

  const shpLength = 100 + records.reduce((n, r) => n + 8 + r.bytes.length, 0);
  const shp = new Uint8Array(shpLength);
  const shpView = new DataView(shp.buffer);
  header(shpView, shpLength, bbox);
  const shx = new Uint8Array(100 + 8 * records.length);
  const shxView = new DataView(shx.buffer);
  header(shxView, shx.length, bbox);
  let offset = 100;
  records.forEach((r, i) => {
    shpView.setInt32(offset, i + 1, false);
    shpView.setInt32(offset + 4, r.bytes.length / 2, false);
    shp.set(r.bytes, offset + 8);
    shxView.setInt32(100 + 8 * i, offset / 2, false);
    shxView.setInt32(104 + 8 * i, r.bytes.length / 2, false);
    offset += 8 + r.bytes.length;
  });

  const encode = encoding === 'utf-8' ? (t) => new TextEncoder().encode(t) : encodeWindows1252;
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.length, 0);
  const dbf = new Uint8Array(headerLength + recordLength * features.length + 1);
  const dbfView = new DataView(dbf.buffer);
  dbf[0] = 0x03;
  // A fixed date keeps the fixtures byte-identical from run to run.
  dbf[1] = 124;
  dbf[2] = 1;
  dbf[3] = 1;
  dbfView.setUint32(4, features.length, true);
  dbfView.setUint16(8, headerLength, true);
  dbfView.setUint16(10, recordLength, true);
  dbf[29] = encoding === 'utf-8' ? 0x00 : 0x57;
  fields.forEach((field, i) => {
    const at = 32 + 32 * i;
    dbf.set(new TextEncoder().encode(field.name.slice(0, 10)), at);
    dbf[at + 11] = field.type.charCodeAt(0);
    dbf[at + 16] = field.length;
    dbf[at + 17] = field.decimals ?? 0;
  });
  dbf[headerLength - 1] = 0x0d;
  features.forEach((feature, r) => {
    let at = headerLength + r * recordLength;
    dbf[at++] = 0x20;
    for (const field of fields) {
      const raw = feature.properties[field.name];
      const text = raw === undefined || raw === null ? '' : field.type === 'N' ? Number(raw).toFixed(field.decimals ?? 0) : String(raw);
      const bytes = encode(text).subarray(0, field.length);
      const cell = new Uint8Array(field.length).fill(0x20);
      cell.set(bytes, field.type === 'N' ? field.length - bytes.length : 0);
      dbf.set(cell, at);
      at += field.length;
    }
  });
  dbf[dbf.length - 1] = 0x1a;
  return { shp, shx, dbf };
}

/** ESRI WKT of the systems the fixtures and the bench use. */
export const PRJ = {
  'EPSG:25832':
    'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  'EPSG:31467':
    'PROJCS["DHDN_3_Degree_Gauss_Zone_3",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz",DATUM["D_Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",3500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
};

/** The proj4 definitions of the same systems, for the fixture's forward transformation. */
export const PROJ4 = {
  'EPSG:25832': '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:31467': '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
};
