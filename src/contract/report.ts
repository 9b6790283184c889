/**
 * How a check tells what is wrong: the error record every part of the contract produces, the
 * callback the checks report through, and the JSON path notation shown to the person who fixes a file.
 * Without the messages: the check of valid documents (valid-document.ts) reports through it too.
 */
/** A location in a document: object keys and list indexes from the root. */
export type Path = readonly PropertyKey[];

export interface ContractError {
  /** JSONPath-like location, e.g. `$.indicators[0].values[3].value`. */
  readonly path: string;
  /** Stable machine code, e.g. `type`, `unknown-area`, `duplicate-id`, `too-long`. */
  readonly code: string;
  /**
   * The message in the requested language, for people: it names the place by ids, areas and
   * periods (`Indikator „kinderarmut“, Gebiet „feldmark“, 2023: …`); `path` keeps the JSON path.
   */
  readonly message: string;
  /**
   * `true` when the document stays usable despite the error (a text longer than its cap): the CLI
   * counts it as an error, a widget still renders and shortens the text.
   */
  readonly soft?: true;
  /**
   * The part of the document the error lies in, when it lies in one: `indicator:<id>`, `housing`,
   * `funding` or `programme:<id>` (see `ValidationResult.brokenParts`).
   */
  readonly part?: string;
  /** For text that is not JSON: where the reading stopped (1-based). */
  readonly line?: number;
  readonly column?: number;
}

/**
 * Records one error. `found.value`, when given, is described in the message's language
 * (`Text "2023-02-30"`) and fills the `found` parameter.
 */
export type Report = (path: Path, code: string, params?: Record<string, string | number>, found?: { value: unknown }) => void;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: Path): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : PLAIN_KEY.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  return out;
}
