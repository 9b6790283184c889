/** For the `csp` test group: prove the page's policy is really strict, then record violations. */
import { expect } from '@open-wc/testing';

const nextTask = (ms = 50) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Starts recording `securitypolicyviolation` events after proving that the page forbids both
 * `eval` and inline style attributes, so a test using it cannot pass on a lax page.
 * The probes' own reports arrive in a later task; they are awaited and dropped.
 */
export async function recordViolationsUnderStrictCsp(): Promise<{ violations: string[]; settle: () => Promise<void>; stop: () => void }> {
  const violations: string[] = [];
  const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim());
  document.addEventListener('securitypolicyviolation', record);
  expect(() => new Function('return 1')).to.throw(EvalError);
  const probe = document.createElement('div');
  probe.setAttribute('style', 'width: 12px');
  document.body.append(probe);
  await nextTask();
  expect(probe.getBoundingClientRect().width, 'inline style attributes must be blocked').to.not.equal(12);
  probe.remove();
  expect(violations.length, 'both probes must be reported').to.be.at.least(2);
  violations.length = 0;
  return { violations, settle: () => nextTask(), stop: () => document.removeEventListener('securitypolicyviolation', record) };
}
