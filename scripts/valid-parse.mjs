/**
 * Writes src/contract/valid-parse.generated.ts from the contract's zod schema
 * (src/contract/schema.ts): plain TypeScript that accepts exactly the documents the schema
 * accepts without a finding, texts within their caps, and returns what the schema returns for
 * them (defaults filled in, unknown fields of non-strict objects dropped; lists of plain values,
 * the coordinates above all, shared with the input instead of copied). For anything else it
 * returns undefined, and the widget loads zod to say what is wrong. So a page with a valid
 * document never loads or runs zod: about 22 kB gzip less, and the schema's build and walk.
 *
 *   node scripts/valid-parse.mjs           rewrite the generated module
 *   node scripts/valid-parse.mjs --check   exit 1 when it is out of date
 *
 * test/node/valid-parse.test.mjs runs the check; src/contract/valid-document.test.ts proves the
 * generated parse and zod agree, document by document and mutation by mutation. A schema
 * construct or check this generator does not know stops it with an error, never a guess.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TARGET = `${ROOT}src/contract/valid-parse.generated.ts`;

/** The schema module, zod's registry and zod itself (for the tests), bundled in memory together: one zod instance. */
export async function loadSchema() {
  const result = await build({
    stdin: {
      contents: `export { contractSchema } from './src/contract/schema.ts';\nexport { globalRegistry } from 'zod/mini';\nexport * as z from 'zod/mini';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // src/contract/zod.ts configures zod by a bare import, which package.json's sideEffects list omits.
    ignoreAnnotations: true,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const WRAPPERS = new Set(['optional', 'default', 'nullable']);

/** The generated module's text for `root` (the contract schema). */
export function generate(root, registry) {
  const names = new Map(); // schema → function name
  const bodies = new Map(); // function body → function name
  const nullables = new Map(); // name → wrapper accepting null
  const shapes = new Map(); // shape text → constant name
  // Parsers that return their input itself: a list of such values (coordinates) is shared, not copied, as JSON's values are never changed.
  const unchanged = new Set();
  // Leaf parsers as a condition on a variable: lists of leaves (coordinates) check their entries in one loop, without a call per number.
  const conditions = new Map();
  const functions = [];
  const patterns = new Map(); // source/flags → constant name
  const sets = new Map(); // JSON of values → constant name

  const pattern = (re) => {
    const key = `${re.source}/${re.flags}`;
    if (!patterns.has(key)) patterns.set(key, { name: `PATTERN_${patterns.size}`, re });
    return patterns.get(key).name;
  };
  const valueSet = (values) => {
    const key = JSON.stringify(values);
    if (!sets.has(key)) sets.set(key, { name: `VALUES_${sets.size}`, values });
    return sets.get(key).name;
  };
  const unsupported = (path, what) => {
    throw new Error(`scripts/valid-parse.mjs: ${what} at ${path.join('.') || '(root)'} is not supported; teach the generator, or keep the schema to what it knows`);
  };
  const checksOf = (schema) => (schema._zod.def.checks ?? []).map((c) => c._zod.def).filter((d) => d.check !== 'meta');
  const maxLength = (schema) => registry.get(schema)?.maxLength;

  /** The expression that parses `value` with `schema` (a call of its function). */
  function parser(schema, path) {
    const def = schema._zod.def;
    if (WRAPPERS.has(def.type)) unsupported(path, `"${def.type}" outside an object field`);
    if (!names.has(schema)) {
      const text = body(schema, path);
      // The schema reuses its pieces, and many differ only in what they describe: one function per distinct body.
      if (!bodies.has(text)) {
        const name = `parse${bodies.size}`;
        bodies.set(text, name);
        if (/\n {2}return (value|list|(text|finite|integer)\(value[^;]*\));$/.test(`\n${text}`)) unchanged.add(name);
        const condition = leafCondition(schema);
        if (condition) conditions.set(name, condition);
        functions.push(`\n/** ${path.join('.') || 'the document'} */\nfunction ${name}(value: unknown): unknown {\n${text}\n}`);
      }
      names.set(schema, bodies.get(text));
    }
    return names.get(schema);
  }

  /** For a number, boolean, literal or enum without wrappers: a function of a variable name giving the condition that accepts it. */
  function leafCondition(schema) {
    const def = schema._zod.def;
    const checks = checksOf(schema);
    if (def.type === 'number') {
      const parts = [def.format === 'safeint' ? 'Number.isSafeInteger(V)' : "typeof V === 'number' && Number.isFinite(V)"];
      for (const check of checks) {
        if (check.check === 'greater_than' && check.inclusive) parts.push(`(V as number) >= ${check.value}`);
        else if (check.check === 'less_than' && check.inclusive) parts.push(`(V as number) <= ${check.value}`);
        else return undefined;
      }
      return (v) => parts.join(' && ').replaceAll('V', v);
    }
    if (checks.length) return undefined;
    if (def.type === 'boolean') return (v) => `typeof ${v} === 'boolean'`;
    if (def.type === 'literal' || def.type === 'enum') {
      const values = def.type === 'literal' ? def.values : Object.values(def.entries);
      return values.length === 1 ? (v) => `${v} === ${JSON.stringify(values[0])}` : (v) => `${valueSet(values)}.has(${v})`;
    }
    return undefined;
  }

  function body(schema, path) {
    const def = schema._zod.def;
    const checks = checksOf(schema);
    const lines = [];
    const noChecks = () => checks.length && unsupported(path, `checks on ${def.type} (${checks.map((c) => c.check).join(', ')})`);
    if (maxLength(schema) !== undefined && def.type !== 'string') unsupported(path, `a maxLength on ${def.type}`);
    switch (def.type) {
      case 'string': {
        let min = 0;
        let re = 'undefined';
        for (const check of checks) {
          if (check.check === 'min_length') min = Math.max(min, check.minimum);
          else if (check.check === 'string_format' && check.format === 'regex' && re === 'undefined') re = pattern(check.pattern);
          else unsupported(path, `the string check ${check.check}${check.format ? `:${check.format}` : ''}`);
        }
        lines.push(`  return text(value, ${min}, ${maxLength(schema) ?? 'Infinity'}, ${re});`);
        break;
      }
      case 'number': {
        if (def.format !== undefined && def.format !== 'safeint') unsupported(path, `the number format ${def.format}`);
        let low = '-Infinity';
        let high = 'Infinity';
        for (const check of checks) {
          if (check.check === 'greater_than' && check.inclusive) low = String(check.value);
          else if (check.check === 'less_than' && check.inclusive) high = String(check.value);
          else unsupported(path, `the number check ${check.check}${'inclusive' in check && !check.inclusive ? ' (exclusive)' : ''}`);
        }
        lines.push(`  return ${def.format === 'safeint' ? 'integer' : 'finite'}(value, ${low}, ${high});`);
        break;
      }
      case 'boolean':
        noChecks();
        lines.push(`  if (typeof value !== 'boolean') fail();`, `  return value;`);
        break;
      case 'unknown':
        noChecks();
        lines.push(`  if (value === undefined) fail();`, `  return value;`);
        break;
      case 'literal':
      case 'enum': {
        noChecks();
        const values = def.type === 'literal' ? def.values : Object.values(def.entries);
        if (!values.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) unsupported(path, `a ${def.type} of other than texts, numbers and booleans`);
        lines.push(values.length === 1 ? `  if (value !== ${JSON.stringify(values[0])}) fail();` : `  if (!${valueSet(values)}.has(value)) fail();`, `  return value;`);
        break;
      }
      case 'array': {
        const element = parser(def.element, [...path, '[]']);
        let min = 0;
        for (const check of checks) {
          if (check.check === 'min_length') min = Math.max(min, check.minimum);
          else unsupported(path, `the array check ${check.check}`);
        }
        lines.push(`  const list = array(value, ${min});`);
        if (conditions.has(element)) lines.push(`  for (let i = 0; i < list.length; i++) {`, `    const item = list[i];`, `    if (!(${conditions.get(element)('item')})) fail();`, `  }`, `  return list;`);
        else if (unchanged.has(element)) lines.push(`  for (let i = 0; i < list.length; i++) ${element}(list[i]);`, `  return list;`);
        else lines.push(`  const out = new Array<unknown>(list.length);`, `  for (let i = 0; i < list.length; i++) out[i] = ${element}(list[i]);`, `  return out;`);
        break;
      }
      case 'tuple': {
        noChecks();
        const items = def.items.map((item, i) => parser(item, [...path, String(i)]));
        const rest = def.rest ? parser(def.rest, [...path, '…']) : null;
        lines.push(`  const list = array(value, ${items.length});`);
        if (!rest) lines.push(`  if (list.length > ${items.length}) fail();`);
        const all = [...items, ...(rest ? [rest] : [])];
        if (rest && all.every((item) => item === rest) && conditions.has(rest)) {
          // [lon, lat, …]: every entry the same kind, one loop.
          lines.push(`  for (let i = 0; i < list.length; i++) {`, `    const item = list[i];`, `    if (!(${conditions.get(rest)('item')})) fail();`, `  }`, `  return list;`);
          break;
        }
        if (all.every((item) => unchanged.has(item))) {
          items.forEach((item, i) => lines.push(`  ${item}(list[${i}]);`));
          if (rest) lines.push(`  for (let i = ${items.length}; i < list.length; i++) ${rest}(list[i]);`);
          lines.push(`  return list;`);
          break;
        }
        lines.push(`  const out = new Array<unknown>(list.length);`);
        items.forEach((item, i) => lines.push(`  out[${i}] = ${item}(list[${i}]);`));
        if (rest) lines.push(`  for (let i = ${items.length}; i < list.length; i++) out[i] = ${rest}(list[i]);`);
        lines.push(`  return out;`);
        break;
      }
      case 'record': {
        noChecks();
        const key = def.keyType._zod.def;
        if (key.type !== 'string' || checksOf(def.keyType).length) unsupported(path, 'a record with other than plain text keys');
        const valueParser = parser(def.valueType, [...path, '*']);
        lines.push(`  const record = object(value);`, `  const out: Fields = {};`, `  for (const key of Object.keys(record)) {`, `    // zod drops it: an assignment would set the copy's prototype instead of a field.`, `    if (key !== '__proto__') out[key] = ${valueParser}(record[key]);`, `  }`, `  return out;`);
        break;
      }
      case 'object': {
        noChecks();
        const strict = def.catchall?._zod.def.type === 'never';
        if (def.catchall && !strict) unsupported(path, `an object with a catchall of ${def.catchall._zod.def.type}`);
        const entries = Object.keys(def.shape).map((key) => field(def.shape[key], key, [...path, key]));
        const name = `SHAPE_${shapes.size}`;
        const text = `shape(${strict}, [\n  ${entries.join(',\n  ')},\n])`;
        if (!shapes.has(text)) shapes.set(text, name);
        lines.push(`  return fields(value, ${shapes.get(text)});`);
        break;
      }
      case 'union': {
        noChecks();
        // zod's union (also the discriminated one, whose options here differ in a literal) gives the first option that accepts.
        const options = def.options.map((option, i) => parser(option, [...path, `|${i}`]));
        options.slice(0, -1).forEach((option) => lines.push(`  try {`, `    return ${option}(value);`, `  } catch (error) {`, `    if (error !== FALLBACK) throw error;`, `  }`));
        lines.push(`  return ${options.at(-1)}(value);`);
        break;
      }
      default:
        unsupported(path, `the schema type "${def.type}"`);
    }
    return lines.join('\n');
  }

  /** The entry of a shape that reads `key`: required, optional or with a default, and what parses it. */
  function field(schema, key, path) {
    let def = schema._zod.def;
    let mode = 'REQUIRED';
    let fallback = '';
    if (def.type === 'optional' || def.type === 'default') {
      mode = def.type === 'optional' ? 'OPTIONAL' : 'DEFAULT';
      if (def.type === 'default') {
        // zod computes a default given as a function at each use: written here is one result, as JSON.
        const value = def.defaultValue;
        if (JSON.stringify(value) === undefined || JSON.stringify(JSON.parse(JSON.stringify(value))) !== JSON.stringify(value)) unsupported(path, 'a default that is not JSON');
        fallback = `, ${JSON.stringify(value)}`;
      }
      if (maxLength(schema) !== undefined) unsupported(path, `a maxLength on ${def.type}`);
      if (checksOf(schema).length) unsupported(path, `checks on ${def.type}`);
      schema = def.innerType;
      def = schema._zod.def;
    }
    let parse = parser(schema._zod.def.type === 'nullable' ? schema._zod.def.innerType : schema, path);
    if (def.type === 'nullable') {
      if (maxLength(schema) !== undefined || checksOf(schema).length) unsupported(path, 'checks on nullable');
      const name = `${parse}OrNull`;
      if (!nullables.has(name)) nullables.set(name, `const ${name}: Parse = (value) => (value === null ? null : ${parse}(value));`);
      parse = name;
    }
    return `[${JSON.stringify(key)}, ${mode}, ${parse}${fallback}]`;
  }

  const entry = parser(root, []);
  // A leaf checked inline by every list that holds it needs no function of its own.
  const used = (name) => functions.some((f) => !f.includes(`function ${name}(`) && new RegExp(`\\b${name}\\b`).test(f)) || [...shapes.keys()].some((text) => new RegExp(`\\b${name}\\b`).test(text)) || [...nullables.values()].some((text) => new RegExp(`\\b${name}\\b`).test(text)) || name === entry;
  for (let i = functions.length - 1; i >= 0; i--) {
    const name = /function (parse\d+)\(/.exec(functions[i])[1];
    if (!used(name)) functions.splice(i, 1);
  }
  const constants = [
    ...[...patterns.values()].map(({ name, re }) => `const ${name} = new RegExp(${JSON.stringify(re.source)}${re.flags ? `, ${JSON.stringify(re.flags)}` : ''});`),
    ...[...sets.values()].map(({ name, values }) => `const ${name}: ReadonlySet<unknown> = new Set(${JSON.stringify(values)});`),
  ];
  return `// Generated by scripts/valid-parse.mjs from src/contract/schema.ts: do not edit; run \`node scripts/valid-parse.mjs\`.
/**
 * The contract schema's parse for documents it accepts without a finding, texts within their caps
 * included; \`undefined\` for anything else, which then goes to zod for the findings. Without zod:
 * see scripts/valid-parse.mjs.
 */
/* eslint-disable no-control-regex -- the schema's URL pattern refuses control characters */
import type { ContractDocument } from './schema.ts';

type Fields = Record<string, unknown>;

const FALLBACK = Symbol('not a clean document');
function fail(): never {
  throw FALLBACK;
}

/** A plain object (JSON's kind; zod's own checks differ for class instances, which go to zod). */
function object(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) fail();
  return value as Fields;
}

function array(value: unknown, minLength: number): readonly unknown[] {
  if (!Array.isArray(value) || value.length < minLength) fail();
  return value;
}

function text(value: unknown, minLength: number, maxLength: number, pattern: RegExp | undefined): string {
  if (typeof value !== 'string' || value.length < minLength || value.length > maxLength) fail();
  if (pattern && !pattern.test(value)) fail();
  return value;
}

function finite(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail();
  return value;
}

function integer(value: unknown, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) fail();
  return value as number;
}

/** A field's value; a field that is there but undefined (not JSON) goes to zod. */
function own(fields: Fields, key: string): unknown {
  if (!Object.hasOwn(fields, key)) return undefined;
  const value = fields[key];
  if (value === undefined) fail();
  return value;
}

type Parse = (value: unknown) => unknown;
const REQUIRED = 0;
const OPTIONAL = 1;
const DEFAULT = 2;
type Field = readonly [key: string, kind: typeof REQUIRED | typeof OPTIONAL | typeof DEFAULT, parse: Parse, fallback?: unknown];

interface Shape {
  readonly fields: readonly Field[];
  /** The fields a strict object may have; null: other fields are dropped. */
  readonly known: ReadonlySet<string> | null;
}

function shape(strict: boolean, fields: readonly Field[]): Shape {
  return { fields, known: strict ? new Set(fields.map((field) => field[0])) : null };
}

/**
 * An object by its shape, in the shape's order (zod's output order). A strict object refuses
 * fields it does not know; the others drop them. zod puts a default in without parsing it, and a
 * copy (no two documents share one array). Indexed loops: this runs once per value of a
 * document, mostly before the engine has optimised it.
 */
function fields(value: unknown, { fields, known }: Shape): Fields {
  const input = object(value);
  if (known) {
    const keys = Object.keys(input);
    for (let i = 0; i < keys.length; i++) if (!known.has(keys[i]!)) fail();
  }
  const out: Fields = {};
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const key = field[0];
    const found = own(input, key);
    if (found !== undefined) out[key] = field[2](found);
    else if (field[1] === REQUIRED) fail();
    else if (field[1] === DEFAULT) out[key] = typeof field[3] === 'object' && field[3] !== null ? structuredClone(field[3]) : field[3];
  }
  return out;
}

${constants.join('\n')}
${functions.join('\n')}

${[...nullables.values()].join('\n')}

${[...shapes].map(([text, name]) => `const ${name} = ${text};`).join('\n\n')}

/** What \`contractSchema\` outputs for \`input\` when it accepts it and every text is within its cap; otherwise undefined. */
export function parseValidDocument(input: unknown): ContractDocument | undefined {
  try {
    return ${entry}(input) as ContractDocument;
  } catch (error) {
    if (error === FALLBACK) return undefined;
    throw error;
  }
}
`;
}

async function main() {
  const check = process.argv.includes('--check');
  const { contractSchema, globalRegistry } = await loadSchema();
  const text = generate(contractSchema, globalRegistry);
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // not written yet
  }
  if (current === text) {
    console.log('src/contract/valid-parse.generated.ts: up to date');
    return;
  }
  if (check) {
    console.error('src/contract/valid-parse.generated.ts: out of date with the schema; run node scripts/valid-parse.mjs');
    process.exit(1);
  }
  writeFileSync(TARGET, text);
  console.log('src/contract/valid-parse.generated.ts: written');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
