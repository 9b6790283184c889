/**
 * A valid document without zod: the parse generated from the schema (valid-parse.generated.ts)
 * and the rules the schema cannot express (semantics.ts). Pages whose documents are valid, nearly
 * all of them, never load or run zod; a document with any finding, soft ones included, returns
 * undefined, and `validateContract` (validate.ts) finds and words what is wrong.
 */
import { parseValidDocument } from './valid-parse.generated.ts';
import { checkSemantics } from './semantics.ts';
import { withPlainPrototype } from './plain-prototype.ts';
import type { ContractDocument } from './schema.ts';

const FINDING = Symbol('finding');
const stop = (): never => {
  throw FINDING;
};

/** What `validateContract` returns as `document` when it finds nothing in `input`; otherwise undefined. */
export function validDocument(input: unknown): ContractDocument | undefined {
  return withPlainPrototype(() => {
    const document = parseValidDocument(input);
    if (!document) return undefined;
    try {
      checkSemantics(input, stop, stop);
    } catch (error) {
      if (error === FINDING) return undefined;
      throw error;
    }
    return document;
  });
}
