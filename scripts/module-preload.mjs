/**
 * A rollup plugin against import waterfalls in the drop-in folder. A lazily imported chunk's
 * static imports are found only once the chunk itself has arrived and been parsed: the
 * autoloader's `import('define/indicator-trend.js')` is followed a round trip later by the widget
 * base, the trend's own chunk and the viewport helper, and vega's chunk is followed by d3-dsv and
 * topojson. Each such step costs a round trip on a real network, and on a busy main thread it
 * waits until the thread gets to parsing the chunk.
 *
 * At every `import()` of our sources whose target chunk has static imports, the plugin writes
 * `<link rel="modulepreload">` for those imports next to the import, so that they are requested
 * together with it (as Vite does). A preload fetches and compiles a module without running it;
 * the import runs the graph in its own order. Rollup lists each chunk's transitive imports as
 * direct ones (hoisted), so one level is the whole graph. Paths carry rollup's hash placeholders
 * and so end up in the importing chunk's hash.
 *
 * The helper is installed once per page by the chunks every page loads first (the drop-in
 * script with the autoloader, the widget base); other chunks call it through a global symbol.
 * It is a no-op outside a document (a worker), links each module once, and takes the nonce of
 * the page's scripts, so a policy with `'strict-dynamic'` lets the preload through as it lets
 * the import through.
 */
const HELPER = '__qwModulePreload';
const GLOBAL = 'globalThis[Symbol.for("quartier-widgets.module-preload")]';

/**
 * The helper, once per page: the first chunk that installs it wins; it links each module once. A
 * preload is a hint: whatever goes wrong in it (no <head> in an XHTML page, a strange base URL)
 * must not keep the import beside it from running. (esbuild minifies the chunk, this text too.)
 */
const installSource = `${GLOBAL}??=((seen)=>(base,paths)=>{try{if(typeof document>"u")return;const nonce=document.querySelector("script[nonce]")?.nonce;for(const path of paths){const href=new URL(path,base).href;if(seen.has(href))continue;seen.add(href);const link=document.createElement("link");link.rel="modulepreload";link.href=href;if(nonce)link.nonce=nonce;(document.head??document.documentElement).append(link)}}catch{}})(new Set);`;
/** What a chunk with preloads calls: the page's helper, when one of the installing chunks has run. */
const callSource = `const ${HELPER}=(base,paths)=>${GLOBAL}?.(base,paths);`;

/**
 * @param {{ include: (importer: string, target: string) => boolean, installIn: readonly string[] }} options
 *   `include`: which imports (by module id) get preloads; `installIn`: the names of the chunks
 *   that install the helper (the first chunks of a page: the helper is not repeated in every chunk).
 */
export default function modulePreload({ include, installIn }) {
  /** Preliminary file names of the chunks that call the helper. */
  const callers = new Set();
  /** Per importing chunk: every module its own static imports load (those need no preload). */
  const loadedBy = new Map();
  function staticallyLoaded(context, chunk) {
    let loaded = loadedBy.get(chunk.fileName);
    if (loaded) return loaded;
    loaded = new Set();
    const queue = [...chunk.moduleIds];
    while (queue.length) {
      const id = queue.pop();
      if (loaded.has(id)) continue;
      loaded.add(id);
      queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    loadedBy.set(chunk.fileName, loaded);
    return loaded;
  }
  return {
    name: 'module-preload',
    renderStart() {
      callers.clear();
      loadedBy.clear();
    },
    renderDynamicImport({ format, moduleId, targetModuleId, chunk, targetChunk, getTargetChunkImports }) {
      if (format !== 'es' || !targetChunk || !targetModuleId || !include(moduleId, targetModuleId)) return null;
      const loaded = staticallyLoaded(this, chunk);
      const paths = (getTargetChunkImports() ?? [])
        .filter((target) => target.type === 'internal' && !target.chunk.moduleIds.some((id) => loaded.has(id)))
        .map((target) => target.resolvedImportPath.slice(1, -1));
      if (paths.length === 0) return null;
      callers.add(chunk.fileName);
      return { left: `(${HELPER}(import.meta.url,${JSON.stringify(paths)}),import(`, right: '))' };
    },
    intro(chunk) {
      return (installIn.includes(chunk.name) ? installSource : '') + (callers.has(chunk.fileName) ? callSource : '');
    },
  };
}
