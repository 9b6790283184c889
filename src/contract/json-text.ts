/**
 * The one reading path from text to a parsed document, shared by the CLI and the browser loader:
 * a UTF-8 byte-order mark (as Windows editors write it) is dropped, and a syntax error is told by
 * line and column with what was expected, not as `position 34707`.
 */
import type { Lang } from './messages.ts';
import { validationMessage } from './messages.ts';
import type { ContractError } from './report.ts';

export type ParsedText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ContractError };

const BOM = 0xfeff;

/** Parses the text of a contract document. Never throws. */
export function parseContractText(text: string, { lang = 'de' }: { lang?: Lang } = {}): ParsedText {
  const body = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = locateJsonError(body);
    const params: Record<string, string | number> = found
      ? { line: found.line, column: found.column, expected: words(lang, found.expected), found: foundWords(lang, found.found) }
      : { found: error instanceof Error ? error.message : String(error) };
    return {
      ok: false,
      error: { path: '$', code: 'not-json', message: validationMessage(lang, 'not-json', params), ...(found ? { line: found.line, column: found.column } : {}) },
    };
  }
}

type Expected = 'value' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'value-or-end' | 'end' | 'string-end' | 'escape' | 'digit';

export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units) of the first character that does not fit. */
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly expected: Expected;
  /** The character found there; `undefined` at the end of the text. */
  readonly found: string | undefined;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Finds the first syntax error of a JSON text (RFC 8259), or `null` when it is valid. Iterative,
 * so deeply nested text cannot overflow the stack; linear in the text's length.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let expect: Expected = 'value';
  const fail = (expected: Expected, at = i): JsonSyntaxError => {
    let line = 1;
    let lineStart = 0;
    for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    return { line, column: at - lineStart + 1, offset: at, expected, found: at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : undefined };
  };
  const afterValue = (): Expected => (stack.length ? 'comma-or-end' : 'end');

  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    const ch = text[i];
    if (expect === 'end') return ch === undefined ? null : fail('end');
    if (ch === undefined) return fail(expect);
    if (expect === 'value-or-end') {
      if (ch === ']') {
        i++;
        stack.pop();
        expect = afterValue();
        continue;
      }
      expect = 'value';
    }
    switch (expect) {
      case 'colon':
        if (ch !== ':') return fail('colon');
        i++;
        expect = 'value';
        continue;
      case 'comma-or-end': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
          i++;
          stack.pop();
          expect = afterValue();
        } else return fail('comma-or-end');
        continue;
      }
      case 'key':
      case 'key-or-end':
        if (ch === '}' && expect === 'key-or-end') {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (ch !== '"') return fail(expect);
        {
          const error = skipString();
          if (error) return error;
        }
        expect = 'colon';
        continue;
      case 'value':
        if (ch === '{') {
          i++;
          stack.push('{');
          expect = 'key-or-end';
        } else if (ch === '[') {
          i++;
          stack.push('[');
          expect = 'value-or-end';
        } else if (ch === '"') {
          const error = skipString();
          if (error) return error;
          expect = afterValue();
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return fail('digit', i + 1);
          i += match[0].length;
          expect = afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          expect = afterValue();
        } else if (text.startsWith('false', i)) {
          i += 5;
          expect = afterValue();
        } else return fail('value');
        continue;
      default:
        return fail(expect);
    }
  }

  function skipString(): JsonSyntaxError | null {
    i++; // the opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return fail('string-end');
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch < ' ') return fail('string-end');
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return fail('escape', i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return fail('escape', i);
      } else i++;
    }
  }
}

function words(lang: Lang, expected: Expected): string {
  const de: Record<Expected, string> = {
    value: 'einen Wert (Zahl, Text in "…", true, false, null, Objekt oder Liste)',
    key: 'einen Feldnamen in "…"',
    'key-or-end': 'einen Feldnamen in "…" oder „}“',
    colon: '„:“ nach dem Feldnamen',
    'comma-or-end': '„,“ oder das Ende des Objekts bzw. der Liste („}“ oder „]“)',
    'value-or-end': 'einen Wert oder „]“',
    end: 'das Ende der Datei',
    'string-end': 'das Ende des Texts („"“; Zeilenumbrüche im Text als \\n)',
    escape: 'eine gültige Escape-Folge (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t oder \\u und vier Hexadezimalziffern)',
    digit: 'eine Ziffer',
  };
  const en: Record<Expected, string> = {
    value: 'a value (number, text in "…", true, false, null, object or list)',
    key: 'a field name in "…"',
    'key-or-end': 'a field name in "…" or “}”',
    colon: '“:” after the field name',
    'comma-or-end': '“,” or the end of the object or list (“}” or “]”)',
    'value-or-end': 'a value or “]”',
    end: 'the end of the file',
    'string-end': 'the end of the text (“"”; line breaks in text as \\n)',
    escape: 'a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits)',
    digit: 'a digit',
  };
  return (lang === 'en' ? en : de)[expected];
}

function foundWords(lang: Lang, found: string | undefined): string {
  if (found === undefined) return lang === 'en' ? 'the end of the file' : 'das Ende der Datei';
  if (found === '\n' || found === '\r') return lang === 'en' ? 'a line break' : 'einen Zeilenumbruch';
  if (found < ' ') return lang === 'en' ? `the control character U+${found.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `das Steuerzeichen U+${found.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  return lang === 'en' ? `“${found}”` : `„${found}“`;
}
