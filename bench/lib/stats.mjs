/** Medians and ranges of timings, and the text forms the table prints. */

export function summary(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)];
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), p90: round(p90), n: sorted.length };
}

export const round = (v, decimals = 1) => Math.round(v * 10 ** decimals) / 10 ** decimals;

export function ms(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`;
}

export function range(s) {
  if (!s) return '—';
  const f = (v) => (v >= 100 ? String(Math.round(v)) : v.toFixed(1));
  return `${ms(s.median)} [${f(s.min)}–${f(s.max)}]`;
}

export function kB(bytes) {
  if (bytes === null || bytes === undefined) return '—';
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function ratio(r) {
  if (r === null || r === undefined || !Number.isFinite(r)) return '—';
  return `${r.toFixed(2)}${r > 1.2 ? ' !' : ''}`;
}

/** Lays rows of cells out in aligned columns; `align` says per column 'l' or 'r'. */
export function table(rows, align) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (align[i] === 'r' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
