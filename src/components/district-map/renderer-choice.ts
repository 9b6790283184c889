/**
 * Which renderer a map gets. Pure functions, so the rule can be tested with renderer names that
 * the test browser does not have.
 *
 * Software WebGL (SwiftShader, llvmpipe, Microsoft's Basic Render Driver: virtual desktops,
 * servers, PCs with a blocked GPU driver) rasterises every maplibre frame on the CPU and the
 * compositor reads the canvas back: measured on SwiftShader (bench/README.md, "Renderer choice"),
 * the SVG map is ready sooner for 11, 396 and 10,997 areas and a hover costs one SVG frame
 * instead of one WebGL frame. So `auto` treats software WebGL like no WebGL; an author who wants
 * WebGL anyway writes `renderer="webgl"`.
 */

/** `auto`: WebGL where a GPU draws it, else SVG; `svg`: always SVG; `webgl`: WebGL wherever there is a context. */
export type RendererPreference = 'auto' | 'svg' | 'webgl';

/** What the browser offers: no WebGL2 context, one drawn by the CPU, or one drawn by a GPU. */
export type WebglSupport = 'none' | 'software' | 'hardware';

/** Renderer names (`UNMASKED_RENDERER_WEBGL`) of WebGL implementations that run on the CPU. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render driver|mesa offscreen/i;

/**
 * The support behind a probe: `null` when no WebGL2 context could be created, else the renderer's
 * name (empty when the browser does not tell, which counts as a GPU: browsers that hide the name
 * are desktop browsers with a GPU).
 */
export function webglSupportOf(rendererName: string | null): WebglSupport {
  if (rendererName === null) return 'none';
  return SOFTWARE_RENDERER.test(rendererName) ? 'software' : 'hardware';
}

/**
 * Whether a map draws with WebGL. `areaCount` is kept in the signature because the measured
 * break-even could depend on it; on SwiftShader SVG was faster at every size measured (11 to
 * 10,997 areas), so today the count does not change the answer.
 */
export function chooseRenderer(preference: RendererPreference, support: WebglSupport, _areaCount?: number): 'svg' | 'webgl' {
  if (preference === 'svg' || support === 'none') return 'svg';
  if (preference === 'webgl') return 'webgl';
  return support === 'hardware' ? 'webgl' : 'svg';
}

/** Reads the preference from the attribute: anything unknown is `auto`. */
export function rendererPreference(value: string | null | undefined): RendererPreference {
  return value === 'svg' || value === 'webgl' ? value : 'auto';
}
