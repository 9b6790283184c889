import { expect } from '@open-wc/testing';
import { chooseRenderer, rendererPreference, webglSupportOf } from './renderer-choice.ts';

/** Renderer names as Chrome reports them through WEBGL_debug_renderer_info. */
const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.7, 256 bits)';
const BASIC_RENDER = 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)';
const INTEL = 'ANGLE (Intel, Intel(R) UHD Graphics 620 (0x00003EA0) Direct3D11 vs_5_0 ps_5_0, D3D11)';
const APPLE = 'ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)';

describe('renderer choice', () => {
  it('tells software WebGL from a GPU by the renderer name', () => {
    expect(webglSupportOf(null)).to.equal('none');
    for (const name of [SWIFTSHADER, LLVMPIPE, BASIC_RENDER, 'Google SwiftShader']) expect(webglSupportOf(name), name).to.equal('software');
    for (const name of [INTEL, APPLE, 'Mali-G78', '']) expect(webglSupportOf(name), name).to.equal('hardware');
  });

  it('draws SVG on software WebGL for every measured size, WebGL on a GPU', () => {
    for (const areas of [11, 396, 10997]) {
      expect(chooseRenderer('auto', webglSupportOf(SWIFTSHADER), areas), `SwiftShader, ${areas}`).to.equal('svg');
      expect(chooseRenderer('auto', webglSupportOf(LLVMPIPE), areas), `llvmpipe, ${areas}`).to.equal('svg');
      expect(chooseRenderer('auto', webglSupportOf(INTEL), areas), `GPU, ${areas}`).to.equal('webgl');
    }
  });

  it("keeps the author's choice: renderer=webgl also on software WebGL, renderer=svg always", () => {
    expect(chooseRenderer('webgl', 'software', 10997)).to.equal('webgl');
    expect(chooseRenderer('webgl', 'hardware', 11)).to.equal('webgl');
    expect(chooseRenderer('webgl', 'none', 11), 'no context: nothing to override').to.equal('svg');
    expect(chooseRenderer('svg', 'hardware', 11)).to.equal('svg');
    expect(chooseRenderer('auto', 'none', 11)).to.equal('svg');
  });

  it('reads unknown attribute values as auto', () => {
    expect(rendererPreference('webgl')).to.equal('webgl');
    expect(rendererPreference('svg')).to.equal('svg');
    expect(rendererPreference('WebGL')).to.equal('auto');
    expect(rendererPreference(undefined)).to.equal('auto');
  });
});
