/**
 * src/contract/valid-parse.generated.ts is written from the zod schema by scripts/valid-parse.mjs;
 * this fails when the schema changed and the module was not rewritten, and shows that the
 * generator stops at what it does not know instead of guessing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { TARGET, generate, loadSchema } from '../../scripts/valid-parse.mjs';

describe('the generated parse of valid documents', () => {
  let zod;
  before(async () => {
    zod = await loadSchema();
  });

  it('is what the schema says (else: node scripts/valid-parse.mjs)', () => {
    assert.equal(generate(zod.contractSchema, zod.globalRegistry), readFileSync(TARGET, 'utf8'));
  });

  it('refuses a schema construct or check it does not know', () => {
    const { z } = zod;
    const wrap = (schema) => z.strictObject({ version: z.literal(1), extra: schema });
    assert.throws(() => generate(wrap(z.string().check(z.email())), zod.globalRegistry), /the string check string_format:email at extra/);
    assert.throws(() => generate(wrap(z.number().check(z.multipleOf(2))), zod.globalRegistry), /the number check multiple_of at extra/);
    assert.throws(() => generate(wrap(z.date()), zod.globalRegistry), /the schema type "date" at extra/);
    assert.throws(() => generate(wrap(z.looseObject({ a: z.string() })), zod.globalRegistry), /catchall of unknown at extra/);
    assert.throws(() => generate(wrap(z._default(z.optional(z.string()), undefined)), zod.globalRegistry), /a default that is not JSON at extra/);
    assert.throws(() => generate(wrap(z.number().check(z.gt(0))), zod.globalRegistry), /the number check greater_than \(exclusive\) at extra/);
  });

  it('reads what it knows: caps, patterns, limits, defaults, strictness', () => {
    const { z } = zod;
    const schema = z.strictObject({
      version: z.literal(1),
      name: z.string().check(z.minLength(2), z.regex(/^[a-z]+$/), z.meta({ maxLength: 9 })),
      count: z._default(z.int().check(z.minimum(1), z.maximum(5)), 3),
      loose: z.optional(z.object({ a: z.nullable(z.boolean()) })),
    });
    const code = generate(schema, zod.globalRegistry);
    assert.match(code, /return text\(value, 2, 9, PATTERN_0\);/);
    assert.match(code, /return integer\(value, 1, 5\);/);
    assert.match(code, /\["count", DEFAULT, parse\d+, 3\]/);
    assert.match(code, /\["loose", OPTIONAL, parse\d+\]/);
    assert.match(code, /= shape\(false, \[\n {2}\["a", REQUIRED/);
    assert.match(code, /= shape\(true, \[\n {2}\["version", REQUIRED/);
    assert.match(code, /\["a", REQUIRED, parse\d+OrNull\]/);
  });
});
