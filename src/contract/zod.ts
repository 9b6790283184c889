/**
 * Configures zod before any schema exists. Pages with `script-src 'self'` forbid
 * `new Function`; zod's JIT would probe for it and trigger a CSP violation report even though
 * it falls back. The flag is read when a schema is created, so every schema module imports
 * this module first (`import './zod.ts'`), then `zod/mini` itself: a direct import lets any
 * bundler tree-shake zod (a re-exported namespace keeps all of zod's locales in esbuild).
 *
 * zod walks objects with `for…in`: a host page that adds an enumerable property to
 * `Object.prototype` makes schema creation throw (no widget gets defined) and every strict
 * object report the addition as an unknown field. zod's work therefore runs with such additions
 * set aside and put back right after: while the schema modules load (put back in the microtask
 * after the synchronous module graph), and around each parse (`withPlainPrototype`).
 */
import { config } from 'zod/mini';
import { setAsidePrototypeAdditions } from './plain-prototype.ts';

export { withPlainPrototype } from './plain-prototype.ts';

config({ jitless: true });

queueMicrotask(setAsidePrototypeAdditions());
