/**
 * Where an error is, in the words of the person who wrote the data: the indicator id, the area and
 * the period instead of list indexes (`Indikator „kinderarmut“, Gebiet „feldmark“, 2023, Feld
 * „value“`), and which part of the document it breaks (`indicator:kinderarmut`).
 */
import type { Lang } from './messages.ts';
import type { Path } from './report.ts';
import { featureId } from './areas.ts';
import { isRecord, own, textAt, valueAt } from './raw.ts';

/** A text from the data, quoted as German or English typography wants it. */
export function quote(lang: Lang, text: string): string {
  return lang === 'en' ? `“${text}”` : `„${text}“`;
}

const WORDS = {
  de: {
    document: 'Dokument',
    field: 'Feld',
    entry: 'Eintrag',
    meta: 'Metadaten',
    level: 'Raumebene',
    feature: 'Fläche',
    indicator: 'Indikator',
    area: 'Gebiet',
    total: 'Gesamtwert',
    note: 'Anmerkung',
    housing: 'Wohnraum',
    funding: 'Förderung',
    programme: 'Förderprogramm',
    project: 'Projekt',
    deadline: 'Frist',
    addition: 'Aufstockung',
    lists: { stock: 'Bestand', need: 'Bedarf', target: 'Ziel', expiring: 'auslaufende Bindungen', additions: 'Zugänge', lost: 'ausgelaufene Bindungen', byArea: 'nach Gebiet', bySize: 'nach Größe' },
  },
  en: {
    document: 'document',
    field: 'field',
    entry: 'entry',
    meta: 'metadata',
    level: 'area level',
    feature: 'feature',
    indicator: 'indicator',
    area: 'area',
    total: 'total',
    note: 'note',
    housing: 'housing',
    funding: 'funding',
    programme: 'programme',
    project: 'project',
    deadline: 'deadline',
    addition: 'addition',
    lists: { stock: 'stock', need: 'need', target: 'target', expiring: 'expiring commitments', additions: 'additions', lost: 'ended commitments', byArea: 'by area', bySize: 'by size' },
  },
} as const;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The rest of a path as a field name: `value`, `geometry.coordinates[0][1]`. */
function fieldText(rest: Path): string {
  let out = '';
  for (const key of rest) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

/** An item of a list, by its id or name when it has one, else by its number. */
function itemName(lang: Lang, item: unknown, index: number, ...keys: string[]): string {
  for (const key of keys) {
    const text = textAt(item, key);
    if (text) return quote(lang, text.length > 60 ? `${text.slice(0, 60)}…` : text);
  }
  return `${WORDS[lang].entry} ${index + 1}`;
}

const periodOf = (item: unknown): string | undefined => textAt(item, 'period');

/** The words for the place at `path` in the raw document `doc`. */
export function describePlace(doc: unknown, path: Path, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  let rest: Path = path;
  const take = (count: number) => {
    rest = rest.slice(count);
  };
  const [section, a, b, c, d] = path;

  if (section === 'meta') {
    parts.push(capitalized(w.meta));
    take(1);
  } else if (section === 'areaLevels' && typeof a === 'number') {
    const level = valueAt(doc, ['areaLevels', a]);
    parts.push(`${capitalized(w.level)} ${itemName(lang, level, a, 'id')}`);
    take(2);
    if (b === 'geometry' && c === 'features' && typeof d === 'number') {
      const feature = valueAt(level, ['geometry', 'features', d]);
      const idProperty = textAt(level, 'idProperty') ?? 'id';
      const id = featureId(feature, idProperty);
      parts.push(`${w.feature} ${id !== undefined ? quote(lang, id) : `${w.entry} ${d + 1}`}`);
      take(3);
    }
  } else if (section === 'indicators' && typeof a === 'number') {
    const indicator = valueAt(doc, ['indicators', a]);
    parts.push(`${capitalized(w.indicator)} ${itemName(lang, indicator, a, 'id')}`);
    take(2);
    if (typeof c === 'number' && (b === 'values' || b === 'total' || b === 'notes')) {
      const entry = valueAt(indicator, [b, c]);
      const period = periodOf(entry);
      if (b === 'values') {
        const area = textAt(entry, 'area');
        parts.push(area !== undefined ? `${w.area} ${quote(lang, area)}` : `${w.entry} ${c + 1}`);
        if (period !== undefined) parts.push(period);
      } else {
        parts.push(period !== undefined ? `${b === 'total' ? w.total : w.note} ${period}` : `${b === 'total' ? w.total : w.note}, ${w.entry} ${c + 1}`);
      }
      take(2);
    }
  } else if (section === 'housing') {
    parts.push(capitalized(w.housing));
    take(1);
    if (typeof a === 'string' && Object.hasOwn(w.lists, a) && typeof b === 'number') {
      const entry = valueAt(doc, ['housing', a, b]);
      const words: string[] = [w.lists[a as keyof typeof w.lists]];
      const area = textAt(entry, 'area');
      const size = textAt(entry, 'size');
      if (area !== undefined) words.push(`${w.area} ${quote(lang, area)}`);
      if (size !== undefined) words.push(quote(lang, size));
      const period = periodOf(entry);
      words.push(period ?? `${w.entry} ${b + 1}`);
      parts.push(words.join(' '));
      take(2);
    }
  } else if (section === 'funding') {
    parts.push(capitalized(w.funding));
    take(1);
    if (a === 'programmes' && typeof b === 'number') {
      const programme = valueAt(doc, ['funding', 'programmes', b]);
      parts.length = 0;
      parts.push(`${capitalized(w.programme)} ${itemName(lang, programme, b, 'id', 'name')}`);
      take(2);
      if (typeof d === 'number' && (c === 'projects' || c === 'deadlines' || c === 'additions')) {
        const entry = valueAt(programme, [c, d]);
        if (c === 'projects') parts.push(`${w.project} ${itemName(lang, entry, d, 'id', 'name')}`);
        else if (c === 'deadlines') parts.push(`${w.deadline} ${textAt(entry, 'date') ?? `${w.entry} ${d + 1}`}`);
        else parts.push(`${w.addition} ${d + 1}`);
        take(2);
      }
    }
  }
  if (rest.length) parts.push(`${parts.length ? w.field : capitalized(w.field)} ${quote(lang, fieldText(rest))}`);
  return parts.join(', ') || capitalized(w.document);
}

/**
 * The part of the document an error at `path` lies in, or `undefined` when it is outside every
 * part (then the document as a whole is unusable). An indicator or programme without a text id
 * is named by its index (`indicator:#3`), which no widget asks for.
 */
export function partOf(doc: unknown, path: Path): string | undefined {
  const [section, a, b] = path;
  if (section === 'indicators' && typeof a === 'number') return `indicator:${idOrIndex(valueAt(doc, ['indicators', a]), a)}`;
  if (section === 'housing') return 'housing';
  if (section === 'funding' && a === 'programmes' && typeof b === 'number') return `programme:${idOrIndex(valueAt(doc, ['funding', 'programmes', b]), b)}`;
  if (section === 'funding') return 'funding';
  return undefined;
}

function idOrIndex(item: unknown, index: number): string {
  const id = isRecord(item) ? own(item, 'id') : undefined;
  return typeof id === 'string' && id ? id : `#${index}`;
}
