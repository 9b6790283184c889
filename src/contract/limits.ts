/**
 * Maximum lengths of the contract's texts, in UTF-16 code units (what `String.length` counts).
 * A longer text is reported with the code `too-long` as a soft error: the CLI fails, widgets
 * still render and shorten the text with an ellipsis (showing it in full in the table view).
 * docs/contract.md lists the same numbers; the JSON Schema carries them as `maxLength`.
 */
export const TEXT_LIMITS = {
  /** Labels of indicators, area levels, deadlines, totals, sizes, licences. */
  label: 200,
  /** Units after a value: `%`, `Personen`, `€ je Einwohner`. */
  unit: 40,
  /** Names of programmes, projects, recipients, publishers, municipalities, areas. */
  name: 200,
  /** The document's title. */
  title: 300,
  /** Notes to values, periods, programmes and projects. */
  note: 2000,
  /** Descriptions of the document, indicators, programmes, the housing section. */
  description: 5000,
  /** Source citations. */
  source: 1000,
  /** URLs. */
  url: 2000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/** `text` cut to `max` characters with an ellipsis; unchanged when it fits. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair: a lone half shows as a replacement character.
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
