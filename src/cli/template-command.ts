/**
 * `quartier-widgets template`: writes the fill-in workbook for a level, from a geometry file or
 * from an existing document. Exit codes: 0 written, 1 input errors, 2 usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Lang } from '../contract/messages.ts';
import { parseArgs, readInput } from './import-command.ts';

export const TEMPLATE_USAGE = `quartier-widgets template (--geometry FILE --area-id FIELD [--area-name FIELD] [--crs EPSG:N] | --from DOC.json [--level ID])
    --period P[,P…] [--indicator ID --label TEXT --unit TEXT] -o vorlage.xlsx

Deutsch: Schreibt eine Arbeitsmappe zum Ausfüllen: Blatt „Daten“ mit Gebietskennungen und -namen
und einer Spalte je Zeitraum (--period, mehrere mit Komma), Blatt „Zeichenerklärung“ mit den
Tabellenzeichen und dem Befehl, der die ausgefüllte Datei wieder einliest (quartier-widgets import).
Die Gebiete kommen aus einer Geometriedatei (--geometry, wie bei import) oder aus einem Dokument
(--from, Raumebene mit --level, sonst die erste). Exit-Code: 0 geschrieben, 1 Fehler, 2 Aufruf falsch.

English: writes a workbook to fill in: sheet "Daten" with the area ids and names and a column per
period (--period, several separated by commas), sheet "Zeichenerklärung" with the table symbols and
the command that reads the returned file back (quartier-widgets import). The areas come from a
geometry file (--geometry, as for import) or from a document (--from, level by --level, else the
first). Exit code: 0 written, 1 errors, 2 usage.`;

const VALUE_OPTIONS = ['--geometry', '--area-id', '--area-name', '--crs', '--from', '--level', '--period', '--indicator', '--label', '--unit', '-o', '--output', '--lang'];

export async function templateCommand(args: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const parsed = parseArgs(args, VALUE_OPTIONS, ['--help', '-h']);
  if ('error' in parsed) {
    err(`${parsed.error}\n\n${TEMPLATE_USAGE}`);
    return 2;
  }
  const { values, flags } = parsed;
  if (flags.has('--help') || flags.has('-h')) {
    out(TEMPLATE_USAGE);
    return 0;
  }
  const lang: Lang = values.get('--lang') === 'en' ? 'en' : 'de';
  const de = lang === 'de';
  const usage = (message: string) => {
    err(`${message}\n\n${TEMPLATE_USAGE}`);
    return 2;
  };
  const output = values.get('-o') ?? values.get('--output');
  if (!output) return usage(de ? '-o vorlage.xlsx fehlt' : '-o vorlage.xlsx is missing');
  if (values.has('--geometry') === values.has('--from')) return usage(de ? 'entweder --geometry oder --from angeben' : 'give either --geometry or --from');
  if (values.has('--geometry') && !values.has('--area-id')) return usage(de ? '--area-id fehlt' : '--area-id is missing');

  const { IssueLog, formatIssue, importMessage } = await import('../import/messages.ts');
  const { periodFromCell } = await import('../import/periods.ts');
  const log = new IssueLog(lang);
  let areas: { id: string; name: string }[] = [];
  let periods: string[] = [];
  const requested = values.get('--period')?.split(',').map((p) => p.trim()).filter(Boolean) ?? [];
  for (const p of requested) {
    const period = periodFromCell(p);
    if (!period) return usage(importMessage(lang, 'bad-period', { found: p }));
    periods.push(period);
  }
  try {
    if (values.has('--geometry')) {
      const { readGeometry } = await import('../import/geometry.ts');
      const file = await readInput(values.get('--geometry')!);
      const geometry = await readGeometry(
        file,
        { areaId: values.get('--area-id')!, ...(values.has('--area-name') ? { areaName: values.get('--area-name')! } : {}), ...(values.has('--crs') ? { crs: values.get('--crs')! } : {}), maxBytes: 0 },
        log,
      );
      if (geometry) areas = [...geometry.areas];
    } else {
      const { areaNames } = await import('../contract/areas.ts');
      const { sortPeriods } = await import('../contract/period.ts');
      const doc = JSON.parse(await readFile(values.get('--from')!, 'utf8'));
      const levels = Array.isArray(doc.areaLevels) ? doc.areaLevels : [];
      const level = values.has('--level') ? levels.find((l: { id?: string }) => l.id === values.get('--level')) : levels[0];
      if (!level) log.error('level-missing', { found: values.get('--level') ?? '—', expected: levels.map((l: { id?: string }) => `„${l.id}“`).join(', ') || '—' }, { file: values.get('--from')! });
      else if (typeof level.geometry === 'string') log.error('level-url', { found: level.id }, { file: values.get('--from')! });
      else {
        areas = [...areaNames({ idProperty: 'id', nameProperty: 'name', ...level })].map(([id, name]) => ({ id, name }));
        if (periods.length === 0) {
          // The latest period the document has for this level: the next round of figures is usually one step on.
          const known = sortPeriods(
            (Array.isArray(doc.indicators) ? doc.indicators : [])
              .filter((i: { level?: string }) => i.level === level.id)
              .flatMap((i: { values?: { period?: string }[] }) => (i.values ?? []).map((v) => v.period))
              .filter((p: unknown): p is string => typeof p === 'string'),
          );
          if (known.length) periods = [known[known.length - 1]!];
        }
      }
    }
  } catch (error) {
    err(`${de ? 'nicht lesbar' : 'cannot read'}: ${(error as Error).message}`);
    return 1;
  }
  for (const issue of log.issues.filter((i) => i.severity !== 'info')) err(`${issue.severity === 'error' ? (de ? 'Fehler' : 'error') : de ? 'Warnung' : 'warning'}: ${formatIssue(issue, lang)}`);
  if (log.hasErrors || areas.length === 0) return 1;
  if (periods.length === 0) return usage(importMessage(lang, 'template-no-period'));
  const { buildTemplate } = await import('../import/template.ts');
  const bytes = await buildTemplate({
    areas,
    periods,
    lang,
    ...(values.has('--indicator') ? { indicator: values.get('--indicator')! } : {}),
    ...(values.has('--label') ? { label: values.get('--label')! } : {}),
    ...(values.has('--unit') ? { unit: values.get('--unit')! } : {}),
  });
  await writeFile(output, bytes);
  err(de ? `${output} geschrieben: ${areas.length} Gebiete, Zeiträume ${periods.join(', ')}.` : `${output} written: ${areas.length} areas, periods ${periods.join(', ')}.`);
  return 0;
}
