import { expect } from '@open-wc/testing';
import { validateContract } from './validate.ts';
import { miniContract } from '../test-support/fixtures.ts';

describe('validation under a strict Content-Security-Policy', () => {
  it('validates without eval and without a CSP violation', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // The page really forbids eval: prove it, so this test cannot pass on a lax page.
    expect(() => new Function('return 1')).to.throw(EvalError);
    // The probe's own violation report arrives in a later task; wait for it before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.have.length(1);
    violations.length = 0;
    const valid = validateContract(miniContract());
    const invalid = validateContract({ ...miniContract(), version: 2 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(valid.valid).to.be.true;
    expect(invalid.errors[0]!.path).to.equal('$.version');
    expect(violations).to.deep.equal([]);
  });
});
