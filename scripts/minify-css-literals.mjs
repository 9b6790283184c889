/**
 * A rollup plugin that takes the layout out of lit's css`` literals in our own sources:
 * comments and indentation go, runs of spaces become one, and the spaces around `{ } ; ,`
 * go. Quoted strings and `${…}` parts stay as they are, and every line break stays, so line
 * numbers (and the source maps) do not move. Selectors keep their descendant spaces.
 */

/** The end index (exclusive) of the template literal whose opening backtick is at `start`, with the ranges of its static text. */
function scanTemplate(code, start) {
  const parts = [];
  let i = start + 1;
  let partStart = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      parts.push([partStart, i]);
      return { end: i + 1, parts };
    }
    if (c === '$' && code[i + 1] === '{') {
      parts.push([partStart, i]);
      let depth = 1;
      i += 2;
      while (i < code.length && depth > 0) {
        if (code[i] === '{') depth++;
        else if (code[i] === '}') depth--;
        else if (code[i] === '`') return null; // a nested template: leave this literal alone
        i++;
      }
      partStart = i;
      continue;
    }
    i++;
  }
  return null;
}

/** Minifies one static piece of CSS text (raw template source). */
export function minifyCssText(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = end < 0 ? text.slice(i) : text.slice(i, end + 2);
      out += '\n'.repeat(comment.split('\n').length - 1);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      const run = text.slice(i, j);
      const breaks = run.split('\n').length - 1;
      const prev = out.replace(/\n+$/, '').slice(-1);
      const next = text[j] ?? '';
      // At either end of a piece an interpolation follows: keep a space there.
      const tight = /[{};,>]/.test(prev) || /[{};,>]/.test(next);
      // A line break stands in for a space that a selector or value may need.
      out += breaks ? '\n'.repeat(breaks) : tight ? '' : ' ';
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Rewrites every css`` literal in `code`; returns undefined when there is none. */
export function minifyCssLiterals(code) {
  const tag = /\bcss`/g;
  let result = '';
  let last = 0;
  let changed = false;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const open = match.index + 3;
    const scanned = scanTemplate(code, open);
    if (!scanned) continue;
    result += code.slice(last, open + 1);
    let cursor = open + 1;
    for (const [from, to] of scanned.parts) {
      result += code.slice(cursor, from) + minifyCssText(code.slice(from, to));
      cursor = to;
    }
    result += code.slice(cursor, scanned.end);
    last = scanned.end;
    tag.lastIndex = scanned.end;
    changed = true;
  }
  return changed ? result + code.slice(last) : undefined;
}

export default function minifyCss({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const minified = minifyCssLiterals(code);
      // Line breaks are kept, so the existing mappings stay valid.
      return minified === undefined ? null : { code: minified, map: null };
    },
  };
}
