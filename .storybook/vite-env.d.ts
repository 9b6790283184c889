// Vite's `?url` imports, used by preview.ts for maplibre's worker.
declare module '*?url' {
  const url: string;
  export default url;
}
