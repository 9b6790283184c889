import { expect } from '@open-wc/testing';
import { hidePrototypeAdditions, withPlainPrototype, withPlainPrototypeAsync } from './prototype-guard.ts';

const proto = Object.prototype as Record<string, unknown>;
/** The keys a `for…in` over a fresh plain object meets. */
const inherited = (): string[] => {
  const keys: string[] = [];
  for (const key in {}) keys.push(key);
  return keys;
};

describe('the prototype guard', () => {
  afterEach(() => {
    delete proto.qwTestAddition;
    delete proto.get;
  });

  it('hides enumerable additions while the work runs, without deleting them, and puts the flag back', () => {
    const addition = () => 'host';
    proto.qwTestAddition = addition;
    const before = Object.getOwnPropertyDescriptor(Object.prototype, 'qwTestAddition');
    const seen = withPlainPrototype(() => ({ keys: inherited(), cloned: structuredClone({ ...{ a: 1 } }), stillThere: ({} as Record<string, unknown>).qwTestAddition }));
    expect(seen.keys).to.deep.equal([]);
    expect(seen.cloned).to.deep.equal({ a: 1 });
    expect(seen.stillThere, 'readable while hidden').to.equal(addition);
    expect(Object.getOwnPropertyDescriptor(Object.prototype, 'qwTestAddition')).to.deep.equal(before);
    expect(inherited()).to.deep.equal(['qwTestAddition']);
  });

  it('puts the additions back when the work throws, and survives an inherited `get`', () => {
    proto.get = function get() {
      return 'host';
    };
    proto.qwTestAddition = 1;
    expect(() =>
      withPlainPrototype(() => {
        throw new Error('work failed');
      }),
    ).to.throw('work failed');
    expect(inherited()).to.have.members(['get', 'qwTestAddition']);
  });

  it('keeps a value the page assigns while hidden, and restores only when the last holder is done', async () => {
    proto.qwTestAddition = 1;
    const outer = hidePrototypeAdditions();
    const running = withPlainPrototypeAsync(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return inherited();
    });
    proto.qwTestAddition = 2;
    expect(await running).to.deep.equal([]);
    expect(inherited(), 'still held by the outer holder').to.deep.equal([]);
    outer();
    outer();
    expect(inherited()).to.deep.equal(['qwTestAddition']);
    expect(proto.qwTestAddition).to.equal(2);
  });

  it('does not touch a page without additions', async () => {
    expect(await withPlainPrototypeAsync(async () => Object.keys(Object.prototype))).to.deep.equal([]);
  });
});
