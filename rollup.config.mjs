import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import minifyCss from './scripts/minify-css-literals.mjs';
import modulePreload from './scripts/module-preload.mjs';

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

/**
 * The contract validation worker (src/contract/validate-worker.ts), bundled on its own into one
 * file: a worker shares no chunks with the page, and lit's modules do not run in a worker.
 */
let validationWorkerCode;
function validationWorkerBundle() {
  validationWorkerCode ??= (async () => {
    const bundle = await rollup({
      input: 'src/contract/validate-worker.ts',
      onwarn,
      plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), typescript(true)],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return output[0].code;
  })();
  return validationWorkerCode;
}

/** The workers our modules start, by file name: each is written beside every output file that names it in `new URL('./<name>', import.meta.url)`. */
const OWN_WORKERS = {
  'qw-validate-worker.js': validationWorkerBundle,
};

function ownWorkers() {
  return {
    name: 'own-workers',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const [name, source] of Object.entries(OWN_WORKERS)) {
        const folders = new Set(chunks.filter((file) => file.code.includes(`./${name}`)).map((file) => dirname(file.fileName)));
        if (!folders.size) continue;
        const code = await source();
        for (const folder of folders) this.emitFile({ type: 'asset', fileName: folder === '.' ? name : `${folder}/${name}`, source: code });
      }
    },
  };
}

/** Static files that belong in the output folder as they are. */
function copyFiles(files) {
  return {
    name: 'copy-files',
    generateBundle() {
      for (const [from, fileName] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    },
  };
}

const onwarn = (warning, warn) => {
  // vega and d3 have intentional circular imports; they are harmless and not ours to fix.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const entries = {
  'quartier-widgets': 'src/quartier-widgets.ts',
  index: 'src/index.ts',
  contract: 'src/contract/index.ts',
  ...defineEntries,
};

const typescript = (minify) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify, legalComments: minify ? 'none' : 'inline', define: { 'process.env.NODE_ENV': '"production"' } });

/**
 * npm build: ESM that imports lit, vega, maplibre-gl … by name, so an application's bundler
 * resolves and dedupes them and tree-shakes what it does not use.
 */
/**
 * Chunks are named after their first module, which says little for the lazily loaded validator
 * (zod's index): call it `validator`, so the size report and the tests can tell it from the engines.
 */
function chunkFileNames(chunk) {
  return chunk.moduleIds.some((id) => id.endsWith('/src/contract/validate.ts')) ? 'chunks/validator-[hash].js' : 'chunks/[name]-[hash].js';
}

const npm = {
  input: entries,
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames, sourcemap: true },
  external: isDependency,
  onwarn,
  plugins: [nodeResolve({ browser: true }), typescript(false), ownWorkers()],
};

/**
 * CDN build: the self-hosted drop-in folder for CMS pages. Everything bundled and minified,
 * relative paths only; maplibre and vega stay in lazy chunks that load only when a map or
 * trend is on the page.
 */
const { 'define/autoload': autoload, ...cdnEntries } = entries;

/**
 * What every widget needs before it shows its loading state (lit, the widget base, texts,
 * formats, the contract's small helpers) in one chunk: a widget page loads its define module,
 * its own chunk and this one, instead of a dozen small files that each cost a request and
 * compress worse apart (about 2 kB gzip).
 */
const WIDGET_BASE = [
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  /\/src\/shared\/(base-element|base\.styles|i18n|format|loader|events|group|licenses|attribution|display-texts|memo|table|define|cssom-style|period|lazy-module)\.ts$/,
  /\/src\/contract\/(areas|period|limits|url|municipality|statuses)\.ts$/,
  // Two numbers the gauge's element and its options share: alone they were an 84-byte chunk, one more request.
  /\/src\/components\/housing-gauge\/model\/horizon\.ts$/,
];
/**
 * The autoloader is the drop-in script itself: `embed.js` and the configurator share it, and rollup
 * would otherwise split it into a chunk of its own behind a two-line `quartier-widgets.js`, one more
 * round trip before any widget starts. They import it from `quartier-widgets.js` instead.
 */
const AUTOLOADER = /\/src\/(shared|define)\/autoload\.ts$/;
const manualChunks = (id) => (WIDGET_BASE.some((pattern) => pattern.test(id)) ? 'widget-base' : AUTOLOADER.test(id) ? 'quartier-widgets' : undefined);
const cdn = {
  // The drop-in `quartier-widgets.js` is the autoloader: each widget's define module loads when its tag appears.
  input: { ...cdnEntries, 'quartier-widgets': autoload, embed: 'src/embed/embed.ts', 'embed-host': 'src/embed/embed-host.ts', configurator: 'src/configurator/configurator.ts' },
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames, manualChunks, sourcemap: true },
  onwarn,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
    minifyCss(),
    typescript(true),
    // The imports on a widget's way to its first drawing, the error path included: every widget
    // waits for it (texts and "Meinten Sie" of the checks after the data) before it is ready.
    // Downloads, the detailed JSON reader, the validation worker's client (documents from 8 MB)
    // and the configurator's readers are seldom needed and wait for a click, a broken or a huge
    // document anyway; every byte of a preload counts on the gauge's first load.
    modulePreload({
      include: (importer, target) =>
        /\/src\/(shared|components|define|contract)\//.test(importer) && ![importer, target].some((id) => /\/(export|download|json-text|validation-client)[\w-]*\.ts$/.test(id)),
      installIn: ['quartier-widgets', 'widget-base'],
    }),
    maplibreWorker(),
    ownWorkers(),
    copyFiles({ 'src/embed/embed.html': 'embed.html', 'src/embed/embed.css': 'embed.css', 'src/configurator/configurator.html': 'configurator.html', 'src/configurator/configurator.css': 'configurator.css' }),
  ],
};

/**
 * The configurator's import worker, built on its own: sharing chunks with the widgets would split
 * the core into more files. Its readers stay lazy chunks of their own (prefixed `import-`).
 */
const configuratorWorker = {
  input: { 'configurator-import-worker': 'src/configurator/import-worker.ts' },
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/import-[name]-[hash].js', sourcemap: true },
  onwarn,
  plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }), typescript(true)],
};

const cli = {
  input: { cli: 'src/cli/bin.ts' },
  // The import's readers (spreadsheets, Shapefiles, projections, ZIP) are dynamic imports: own chunks, loaded only by `import`/`template`.
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'cli-chunks/[name]-[hash].js', banner: '#!/usr/bin/env node' },
  external: (id) => id.startsWith('node:'),
  onwarn,
  plugins: [nodeResolve({ exportConditions: ['node', 'import', 'default'] }), esbuild({ target: 'node20', tsconfig: 'tsconfig.json' })],
};

export default process.env.QW_BUILD === 'cli' ? [cli] : [npm, cdn, configuratorWorker, cli];
