import { expect } from '@open-wc/testing';
import { validDocument } from './valid-document.ts';
import { parseValidDocument } from './valid-parse.generated.ts';
import { explainContract, validateContract } from './validate.ts';
import { contractSchema } from './schema.ts';
import { findLongTexts } from './schema-walk.ts';
import { checkSemantics } from './semantics.ts';
import { withPlainPrototype } from './zod.ts';
import { miniContract, trendContract } from '../test-support/fixtures.ts';
import { landContract } from '../test-support/whole-fixtures.ts';
import { weselDocument } from '../test-support/hostile.ts';

/**
 * The check of valid documents is generated from the zod schema (scripts/valid-parse.mjs) and
 * must agree with it exactly: the same verdict, the same output. These tests compare the two on
 * the sample documents and on thousands of their mutations.
 */

type Json = unknown;
type Path = readonly (string | number)[];

/** What zod and the checks make of a document: its output when nothing at all is found. */
function zodVerdict(doc: unknown): { parsed: unknown; clean: unknown } {
  return withPlainPrototype(() => {
    const result = contractSchema.safeParse(doc);
    let long = false;
    findLongTexts(contractSchema as never, doc, () => (long = true));
    const parsed = result.success && !long ? result.data : undefined;
    let finding = false;
    checkSemantics(doc, () => (finding = true), () => (finding = true));
    return { parsed, clean: parsed && !finding ? parsed : undefined };
  });
}

/** Every place in a document; of a long list only its first two and its last entry. */
function* places(value: Json, path: Path = []): Generator<Path> {
  yield path;
  if (Array.isArray(value)) {
    const indexes = value.length > 3 ? [0, 1, value.length - 1] : value.map((_, i) => i);
    for (const i of indexes) yield* places(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* places((value as Record<string, Json>)[key], [...path, key]);
  }
}

function at(doc: Json, path: Path): Json {
  return path.reduce<any>((node, key) => node[key], doc);
}

/** A copy of `doc` with `change` applied to the value at `path` (or to its parent, for removals). */
function mutated(doc: Json, path: Path, change: (parent: any, key: string | number) => void): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return copy;
  change(at(copy, path.slice(0, -1)), path.at(-1)!);
  return copy;
}

/** A small deterministic generator (mulberry32): the same mutations on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: readonly Json[] = [null, true, 0, -1, 2.5, 7, 101, 2 ** 53, '', 'x', '2023', '2023-Q2', '2023-02-30', 'EUR', 'approved', 'https://example.org/a', 'javascript:alert(1)', 'ä'.repeat(201), 'a'.repeat(2001), 'b'.repeat(5001), [], {}, [0, 0], [[0, 0]], { id: 'x' }];

/** Every mutation of `doc` that the tests try: removals, replacements, unknown fields, duplicates, other texts of the document. */
function mutationsOf(doc: Json): { label: string; doc: Json }[] {
  const texts = [...new Set([...places(doc)].map((path) => at(doc, path)).filter((v): v is string => typeof v === 'string'))];
  const out: { label: string; doc: Json }[] = [];
  const pick = random(42);
  for (const path of places(doc)) {
    const value = at(doc, path);
    const where = JSON.stringify(path);
    if (path.length) {
      out.push({ label: `remove ${where}`, doc: mutated(doc, path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key])) });
      for (const replacement of REPLACEMENTS) out.push({ label: `${where} = ${JSON.stringify(replacement).slice(0, 30)}`, doc: mutated(doc, path, (parent, key) => (parent[key] = structuredClone(replacement))) });
      for (let i = 0; i < 3 && texts.length; i++) {
        const text = texts[Math.floor(pick() * texts.length)];
        out.push({ label: `${where} = ${JSON.stringify(text).slice(0, 30)}`, doc: mutated(doc, path, (parent, key) => (parent[key] = text)) });
      }
    }
    if (Array.isArray(value) && value.length) {
      out.push({ label: `${where} doubled first`, doc: mutated(doc, [...path, 0], (parent) => parent.push(structuredClone(parent[0]))) });
    } else if (value && typeof value === 'object') {
      out.push({ label: `${where} + unknown field`, doc: mutated(doc, [...path, 'x'], (parent) => (parent.zzUnknown = 1)) });
      // An own field "__proto__", as JSON.parse makes it (an assignment would set the prototype instead).
      out.push({ label: `${where} + "__proto__"`, doc: mutated(doc, [...path, 'x'], (parent) => Object.defineProperty(parent, '__proto__', { value: { id: 'x' }, enumerable: true, writable: true, configurable: true })) });
    }
  }
  return out;
}

/** The output's text: JSON.stringify keeps the order of fields, which downloads and exports show. */
const text = (value: unknown) => JSON.stringify(value);

function expectAgreement(label: string, doc: Json): 'clean' | 'finding' {
  const zod = zodVerdict(doc);
  const parsed = parseValidDocument(doc);
  if ((parsed === undefined) !== (zod.parsed === undefined)) expect.fail(`${label}: the generated parse ${parsed ? 'accepts' : 'refuses'} it, zod ${zod.parsed ? 'accepts' : 'refuses'} it`);
  if (parsed) {
    expect(text(parsed), label).to.equal(text(zod.parsed));
    expect(parsed, label).to.deep.equal(zod.parsed);
  }
  const clean = validDocument(doc);
  if ((clean === undefined) !== (zod.clean === undefined)) expect.fail(`${label}: valid-document says ${clean ? 'valid' : 'not clean'}, zod and the checks say ${zod.clean ? 'valid' : 'not clean'}`);
  if (clean) expect(text(clean), label).to.equal(text(zod.clean));
  return clean ? 'clean' : 'finding';
}

describe('valid documents without zod (valid-parse.generated.ts, valid-document.ts)', function () {
  this.timeout(120000);

  it('agree with zod on the sample and test documents, and find them valid', async () => {
    const docs: [string, Json][] = [
      ['wesel.json', await weselDocument()],
      ['kreis-wesel.json', await (await fetch('/demo/data/kreis-wesel.json')).json()],
      ['miniContract', miniContract()],
      ['trendContract', trendContract()],
      ['landContract', landContract()],
    ];
    for (const [label, doc] of docs) expect(expectAgreement(label, doc), label).to.equal('clean');
  });

  it('agree with zod on every mutation of the small test documents', () => {
    const counts = { clean: 0, finding: 0 };
    for (const [name, doc] of [['miniContract', miniContract()], ['trendContract', trendContract()], ['landContract', landContract()]] as const) {
      for (const mutation of mutationsOf(doc)) counts[expectAgreement(`${name}: ${mutation.label}`, mutation.doc)]++;
    }
    // Both verdicts occur often: the comparison is not one-sided.
    expect(counts.clean).to.be.above(200);
    expect(counts.finding).to.be.above(2000);
  });

  it('agree with zod on 2,500 mutations of the Wesel sample (housing, funding, geometry)', async () => {
    const all = mutationsOf(await weselDocument());
    const pick = random(7);
    const counts = { clean: 0, finding: 0 };
    for (let i = 0; i < 2500; i++) {
      const mutation = all[Math.floor(pick() * all.length)]!;
      counts[expectAgreement(`wesel.json: ${mutation.label}`, mutation.doc)]++;
    }
    expect(counts.clean).to.be.above(100);
    expect(counts.finding).to.be.above(1000);
  });

  it('leave what JSON cannot hold to zod, and never call it valid when zod does not', () => {
    const doc = miniContract() as any;
    const odd: [string, Json][] = [
      ['a field that is undefined', { ...doc, meta: { ...doc.meta, description: undefined } }],
      ['a value that is NaN', { ...doc, indicators: [{ ...doc.indicators[0], values: [{ ...doc.indicators[0].values[0], value: Number.NaN }] }] }],
      ['a value that is Infinity', { ...doc, indicators: [{ ...doc.indicators[0], target: Number.POSITIVE_INFINITY }] }],
      ['a Date as meta', { ...doc, meta: new Date(0) }],
      ['an object of a class', { ...doc, meta: Object.assign(Object.create({ inherited: true }), doc.meta) }],
    ];
    for (const [label, value] of odd) {
      expect(validDocument(value), label).to.equal(undefined);
      expect(validateContract(value).valid, label).to.equal(zodVerdict(value).clean !== undefined);
    }
    // An object without prototype is a plain object to both.
    const bare = Object.assign(Object.create(null), doc);
    expect(text(validDocument(bare))).to.equal(text(zodVerdict(bare).clean));
  });

  it('returns fresh objects and default lists, and shares only lists of plain values (coordinates) with the input', () => {
    const doc = miniContract() as any;
    delete doc.indicators[0].notes;
    const first = validDocument(doc)!;
    const second = validDocument(doc)!;
    expect(first.indicators[0]!.notes).to.deep.equal([]);
    expect(first.indicators[0]!.notes).not.to.equal(second.indicators[0]!.notes);
    expect(first.indicators).not.to.equal(doc.indicators);
    expect(first.indicators[0]!.values[0]).not.to.equal(doc.indicators[0].values[0]);
    const geometry = first.areaLevels[0]!.geometry as any;
    expect(geometry.features[0].properties).not.to.equal(doc.areaLevels[0].geometry.features[0].properties);
    // JSON values are never changed: the area shapes are the input's own, as zod's copy would be equal to them.
    expect(geometry.features[0].geometry.coordinates).to.equal(doc.areaLevels[0].geometry.features[0].geometry.coordinates);
  });

  it('is what validateContract returns for a valid document, and steps aside for any finding', async () => {
    const doc = await weselDocument();
    const result = validateContract(doc);
    expect(result.valid).to.equal(true);
    expect(text(result.document)).to.equal(text(zodVerdict(doc).clean));
    // The loader's second step, after its own clean check, takes zod's way to the same result.
    expect(text(explainContract(doc))).to.equal(text(result));
    // A text over its cap is a soft finding: not clean, but the document is still there.
    doc.meta.title = 'T'.repeat(400);
    expect(validDocument(doc)).to.equal(undefined);
    const long = validateContract(doc);
    expect(long.valid).to.equal(false);
    expect(long.errors.map((e) => e.code)).to.deep.equal(['too-long']);
    expect(long.document?.meta.title).to.have.length(400);
    expect(explainContract(doc)).to.deep.equal(long);
  });
});
