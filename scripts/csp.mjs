/**
 * The Content-Security-Policy a host page needs for quartier-widgets, shared by the demo
 * server and the CSP tests so that what we document is what we test.
 * - no 'unsafe-eval': vega runs through vega-interpreter, zod runs jitless;
 * - worker-src: maplibre-gl starts its worker from the file beside its chunk ('self');
 *   blob: covers browsers that wrap it;
 * - img-src blob:/data: for PNG downloads and maplibre's canvas.
 */
export const WIDGET_CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

export function cspString(directives = WIDGET_CSP_DIRECTIVES) {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
