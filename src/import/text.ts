/**
 * Text encodings of files from German offices: UTF-8 with or without BOM, UTF-16 with BOM
 * (Excel's "Unicode text"), and Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)", old DBFs).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly reason: 'bom' | 'valid-utf8' | 'not-utf8' | 'declared';
}

/** True when the bytes are valid UTF-8 (pure ASCII included). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', reason: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', reason: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', reason: 'bom' };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', reason: 'valid-utf8' };
  // Windows-1252 is the WHATWG decoder behind the label "latin1": bytes 0x80–0x9f map to € „ “ … as Windows writes them.
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', reason: 'not-utf8' };
}

/** The TextDecoder label for a .cpg file's content (`UTF-8`, `1252`, `ANSI 1252`, `ISO-8859-1`, …). */
export function encodingFromCpg(cpg: string): string | undefined {
  const text = cpg.trim();
  if (!text) return undefined;
  const number = /^(?:ANSI\s*|CP|WINDOWS-)?(\d{3,5})$/i.exec(text);
  const label = number ? (number[1] === '65001' ? 'utf-8' : `windows-${number[1]}`) : text;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined;
  }
}
