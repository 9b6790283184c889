/** ZIP archives (zipped Shapefiles, GENESIS downloads), unpacked with fflate; loaded only for a .zip. */
export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The files of an archive in name order, without folders and macOS resource forks. */
export async function unzip(bytes: Uint8Array): Promise<ZipEntry[]> {
  const { unzipSync } = await import('fflate');
  const files = unzipSync(bytes, { filter: (file) => !file.name.endsWith('/') && !file.name.includes('__MACOSX/') });
  return Object.entries(files)
    .map(([name, data]) => ({ name, bytes: data }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const extension = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
export const baseName = (name: string): string => name.replace(/^.*[/\\]/, '');
