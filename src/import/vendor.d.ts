// shpjs ships no types; these are the two functions the import uses.
declare module 'shpjs' {
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string): ({ type: string; coordinates: unknown } | null)[];
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Record<string, unknown>[];
}
