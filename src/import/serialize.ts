/**
 * The document as text, the same bytes for the same content: two-space indentation, one feature,
 * value, total or note per line, coordinates on the feature's line. No timestamps.
 */
const ONE_PER_LINE = new Set(['features', 'values', 'total', 'notes', 'stock', 'need', 'expiring', 'byArea', 'projects']);

function write(value: unknown, indent: string, key: string | undefined, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    if (key === 'coordinates' || key === 'bbox' || value.every((v) => v === null || typeof v !== 'object')) {
      out.push(JSON.stringify(value));
      return;
    }
    const oneLine = key !== undefined && ONE_PER_LINE.has(key);
    out.push('[\n');
    value.forEach((item, i) => {
      out.push(inner);
      if (oneLine) out.push(JSON.stringify(item));
      else write(item, inner, undefined, out);
      out.push(i < value.length - 1 ? ',\n' : '\n');
    });
    out.push(`${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  entries.forEach(([k, v], i) => {
    out.push(`${inner}${JSON.stringify(k)}: `);
    write(v, inner, k, out);
    out.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  out.push(`${indent}}`);
}

export function serializeDocument(document: unknown): string {
  const out: string[] = [];
  write(document, '', undefined, out);
  out.push('\n');
  return out.join('');
}
