/**
 * The fill-in workbook a department hands out: a sheet "Daten" with the area ids and names
 * prefilled and a column per period (the wide layout the import reads back), and a sheet
 * "Zeichenerklärung" with the table symbols and how to import the returned file.
 */
import type { Area } from './area-match.ts';
import type { Lang } from './messages.ts';

export interface TemplateOptions {
  readonly areas: readonly Area[];
  readonly periods: readonly string[];
  readonly indicator?: string;
  readonly label?: string;
  readonly unit?: string;
  readonly lang?: Lang;
}

const SYMBOLS: readonly [string, string, string, string][] = [
  ['-', 'nichts vorhanden (genau null)', 'nothing (exactly zero)', 'value 0'],
  ['.', 'Zahlenwert unbekannt oder geheim zu halten (auch g)', 'unknown or confidential (also g)', 'status "suppressed"'],
  ['…', 'Angabe fällt später an (auch ... oder t)', 'available later (also ... or t)', 'status "pending"'],
  ['x', 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll', 'not applicable', 'status "not-applicable"'],
  ['/', 'keine Angabe, da Zahlenwert nicht sicher genug (auch u)', 'not reliable enough (also u)', 'status "unreliable"'],
  ['(12,3)', 'Aussagewert eingeschränkt', 'limited reliability', 'the number with a note'],
  ['12,3 p', 'vorläufige Zahl', 'provisional', 'status "provisional"'],
  ['12,3 r', 'berichtigte Zahl', 'revised', 'status "revised"'],
  ['12,3 s', 'geschätzte Zahl', 'estimated', 'status "estimated"'],
];

export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const de = (options.lang ?? 'de') === 'de';
  const bold = (value: string) => ({ value, type: String, fontWeight: 'bold' as const });
  const text = (value: string) => ({ value, type: String });
  const what = [options.label ?? options.indicator, options.unit ? `${de ? 'Einheit' : 'unit'}: ${options.unit}` : undefined].filter(Boolean).join(', ');
  const title = de ? `Bitte die Werte eintragen${what ? `: ${what}` : ''}` : `Please fill in the values${what ? `: ${what}` : ''}`;
  const data = [
    [bold(title)],
    [text(de ? 'Zahlen wie 1.234,5; fehlende Werte mit einem Zeichen (siehe Blatt „Zeichenerklärung“). Kennungen nicht ändern.' : 'Numbers like 1,234.5 or 1.234,5; missing values as a symbol (see sheet "Zeichenerklärung"). Do not change the ids.')],
    [],
    [bold('Gebiets-ID'), bold('Gebiet'), ...options.periods.map(bold)],
    ...options.areas.map((area) => [text(area.id), text(area.name), ...options.periods.map(() => null)]),
  ];
  const command = [
    'npx quartier-widgets import --into DOKUMENT.json --table vorlage.xlsx',
    options.indicator ? `--indicator ${options.indicator}` : '--indicator ID',
    `--label "${options.label ?? (de ? 'Bezeichnung' : 'Label')}"`,
    options.unit !== undefined ? `--unit "${options.unit}"` : '--unit "%"',
    '-o DOKUMENT.json',
  ].join(' ');
  const legend = [
    [bold(de ? 'Zeichen' : 'Symbol'), bold('Bedeutung'), bold('Meaning'), bold(de ? 'im Datenformat' : 'in the data contract')],
    ...SYMBOLS.map((row) => row.map(text)),
    [],
    [bold(de ? 'Zurück in das Datendokument:' : 'Back into the data document:')],
    [text(command)],
  ];
  const blob = await writeXlsxFile([
    { sheet: 'Daten', data, columns: [{ width: 14 }, { width: 32 }, ...options.periods.map(() => ({ width: 12 }))], stickyRowsCount: 4 },
    { sheet: 'Zeichenerklärung', data: legend, columns: [{ width: 10 }, { width: 48 }, { width: 30 }, { width: 36 }] },
  ] as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
