/**
 * zod, configured before any schema exists. Pages with `script-src 'self'` forbid
 * `new Function`; zod's JIT would probe for it and trigger a CSP violation report even though
 * it falls back. The flag is read when a schema is created, so every schema module imports
 * zod from here, and this module must be evaluated first.
 */
import * as z from 'zod';

z.config({ jitless: true });

export { z };
