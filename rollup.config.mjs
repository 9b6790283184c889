import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const require = createRequire(import.meta.url);
const defineEntries = existsSync('src/define')
  ? Object.fromEntries(
      readdirSync('src/define')
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => [`define/${f.replace(/\.ts$/, '')}`, `src/define/${f}`]),
    )
  : {};

/** maplibre-gl's ESM build loads its worker relative to its own chunk: ship the worker beside it. */
function maplibreWorker() {
  return {
    name: 'maplibre-worker',
    generateBundle() {
      const workerPath = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist', 'maplibre-gl-worker.mjs');
      if (!existsSync(workerPath)) return;
      this.emitFile({ type: 'asset', fileName: 'chunks/maplibre-gl-worker.mjs', source: readFileSync(workerPath) });
    },
  };
}

const onwarn = (warning, warn) => {
  // vega and d3 have intentional circular imports; they are harmless and not ours to fix.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const browser = {
  input: {
    'quartier-widgets': 'src/quartier-widgets.ts',
    index: 'src/index.ts',
    contract: 'src/contract/index.ts',
    ...defineEntries,
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  onwarn,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true, legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"' } }),
    maplibreWorker(),
  ],
};

const cli = {
  input: { cli: 'src/cli/bin.ts' },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', banner: '#!/usr/bin/env node' },
  external: (id) => id.startsWith('node:'),
  onwarn,
  plugins: [nodeResolve({ exportConditions: ['node', 'import', 'default'] }), esbuild({ target: 'node20', tsconfig: 'tsconfig.json' })],
};

export default process.env.QW_BUILD === 'cli' ? [cli] : [browser, cli];
