import { expect } from '@open-wc/testing';
import { validateContract } from './validate.ts';
import { miniContract } from '../test-support/fixtures.ts';
import { recordViolationsUnderStrictCsp } from '../test-support/csp.ts';

describe('validation under a strict Content-Security-Policy', () => {
  it('validates without eval and without a CSP violation', async () => {
    const { violations, settle } = await recordViolationsUnderStrictCsp();
    const valid = validateContract(miniContract());
    const invalid = validateContract({ ...miniContract(), version: 2 });
    await settle();
    expect(valid.valid).to.be.true;
    expect(invalid.errors[0]!.path).to.equal('$.version');
    expect(violations).to.deep.equal([]);
  });
});
