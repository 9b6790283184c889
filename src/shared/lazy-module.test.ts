import { expect } from '@open-wc/testing';
import { lazyModule } from './lazy-module.ts';

describe('lazyModule', () => {
  it('imports once and gives the module after load()', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => ({ value: ++imports }));
    expect(() => lazy.current).to.throw(/before load/);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).to.equal(b);
    expect(lazy.current.value).to.equal(1);
    await lazy.load();
    expect(imports).to.equal(1);
  });

  it('tries again after a failed import', async () => {
    let attempts = 0;
    const lazy = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    let failed = false;
    await lazy.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect((await lazy.load()).ok).to.equal(true);
    expect(attempts).to.equal(2);
  });
});
