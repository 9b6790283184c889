/**
 * The document as charts, legends, headings and map labels show it: every text beyond its cap
 * (`TEXT_LIMITS`, the same numbers the validator reports as `too-long`) is shortened with an
 * ellipsis, so one 10,000-character label or a 1 MB unit cannot blow a widget up. The table
 * view keeps the document as it is, with every text in full; where a text was cut, `fullText`
 * gives the whole wording for a `title`.
 */
import { shorten, TEXT_LIMITS, type TextKind } from '../contract/limits.ts';
import type { ContractDocument } from '../contract/schema.ts';

/** The contract's text fields by name, and the cap each one has. */
const FIELD_KINDS: ReadonlyMap<string, TextKind> = new Map<string, TextKind>([
  ['label', 'label'],
  ['labelEn', 'label'],
  ['totalLabel', 'label'],
  ['totalLabelEn', 'label'],
  ['unit', 'unit'],
  ['unitEn', 'unit'],
  ['name', 'name'],
  ['nameEn', 'name'],
  ['recipient', 'name'],
  ['publisher', 'name'],
  ['funder', 'name'],
  ['title', 'title'],
  ['note', 'note'],
  ['noteEn', 'note'],
  ['text', 'note'],
  ['textEn', 'note'],
  ['description', 'description'],
  ['descriptionEn', 'description'],
  ['source', 'source'],
  ['sources', 'source'],
]);

/** Keys whose values hold no text to shorten: skipping them keeps large geometry cheap. */
const SKIPPED = new Set(['coordinates', 'bbox']);

const shortened = new WeakMap<object, ContractDocument>();
const fullTexts = new WeakMap<object, Map<string, string>>();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `document` with its over-long texts shortened; the same object when nothing is too long. One
 * copy per document. Only the objects on the way to a shortened text are copied.
 */
export function displayDocument(document: ContractDocument): ContractDocument {
  const cached = shortened.get(document);
  if (cached) return cached;
  const full = new Map<string, string>();
  const cut = (text: string, kind: TextKind): string => {
    const short = shorten(text, TEXT_LIMITS[kind]);
    if (short !== text) full.set(short, text);
    return short;
  };
  const walk = (value: unknown, kind: TextKind | undefined, nameProperty: string | undefined): unknown => {
    if (typeof value === 'string') return kind ? cut(value, kind) : value;
    if (Array.isArray(value)) {
      // Copied only from the first item that changed: a country's 10,997 features mostly stay as they are.
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const next = walk(item, kind, nameProperty);
        if (next !== item) (copy ??= value.slice())[i] = next;
      }
      return copy ?? value;
    }
    if (!isRecord(value)) return value;
    // Area names live under the level's own property name inside the geometry.
    const levelNames = typeof value.nameProperty === 'string' ? value.nameProperty : nameProperty;
    let copy: Record<string, unknown> | undefined;
    // Of a feature only its properties hold texts (the name above all): its shape is not walked.
    if (value.type === 'Feature' && levelNames !== undefined) return walkFeature(value, levelNames);
    for (const key of Object.keys(value)) {
      if (SKIPPED.has(key)) continue;
      const item = value[key];
      const itemKind = key === levelNames && value.type !== 'Feature' ? 'name' : FIELD_KINDS.get(key);
      const next = walk(item, typeof item === 'string' || Array.isArray(item) ? itemKind : undefined, levelNames);
      if (next !== item) {
        copy ??= { ...value };
        copy[key] = next;
      }
    }
    return copy ?? value;
  };
  const walkFeature = (feature: Record<string, unknown>, nameKey: string): Record<string, unknown> => {
    const properties = feature.properties;
    const next = walk(properties, undefined, nameKey);
    return next === properties ? feature : { ...feature, properties: next };
  };
  const result = walk(document, undefined, undefined) as ContractDocument;
  shortened.set(document, result);
  if (full.size) fullTexts.set(result, full);
  return result;
}

/** The whole wording of a text that `displayDocument` shortened, else undefined. */
export function fullText(document: ContractDocument, shown: string): string | undefined {
  return fullTexts.get(document)?.get(shown);
}
