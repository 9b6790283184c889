/** The published JSON Schema, generated from the zod schema: one source of truth. */
import { withPlainPrototype } from './zod.ts';
import * as z from 'zod/mini';
import { contractSchema } from './schema.ts';

export const SCHEMA_ID = 'urn:quartier-widgets:contract:v1';

export function contractJsonSchema(): Record<string, unknown> {
  // `io: 'input'`: a document may leave out what has a default (unit, decimals, total, …).
  const schema = withPlainPrototype(() => z.toJSONSchema(contractSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })) as Record<string, unknown>;
  return { ...schema, $id: SCHEMA_ID };
}
