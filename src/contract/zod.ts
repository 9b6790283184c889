/**
 * Configures zod before any schema exists. Pages with `script-src 'self'` forbid
 * `new Function`; zod's JIT would probe for it and trigger a CSP violation report even though
 * it falls back. The flag is read when a schema is created, so every schema module imports
 * this module first (`import './zod.ts'`), then `zod/mini` itself: a direct import lets any
 * bundler tree-shake zod (a re-exported namespace keeps all of zod's locales in esbuild).
 */
import { config } from 'zod/mini';

config({ jitless: true });
