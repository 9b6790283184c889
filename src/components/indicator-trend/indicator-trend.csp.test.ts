import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../define/indicator-trend.ts';
import type { QwIndicatorTrend } from './indicator-trend.ts';
import { trendContract } from '../../test-support/fixtures.ts';
import { download } from '../../test-support/downloads.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<qw-indicator-trend> under a strict Content-Security-Policy', () => {
  const violations: string[] = [];
  const record = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);

  before(() => document.addEventListener('securitypolicyviolation', record));
  after(async () => {
    document.removeEventListener('securitypolicyviolation', record);
    await resetMouse();
  });

  it('draws, hovers, steps and exports without eval and without any violation', async () => {
    // The page really forbids eval: prove it, so this test cannot pass on a lax page.
    expect(() => new Function('return 1')).to.throw(EvalError);
    await pause(50);
    expect(violations).to.have.length(1);
    violations.length = 0;

    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.style.width = '720px';
    const el = document.createElement('qw-indicator-trend') as QwIndicatorTrend;
    el.setAttribute('indicator', 'quote');
    el.setAttribute('areas', 'mitte,nord');
    el.setAttribute('show-total', '');
    el.data = trendContract();
    const ready = oneEvent(el, 'qw-ready');
    wrapper.append(el);
    await ready;
    const root = el.shadowRoot!;
    const svg = root.querySelector('.vega svg')!;

    // What vega drew: 3 lines, 10 points with values (Mitte's missing value is none), the target, the note.
    expect(svg.querySelectorAll('.lines_marks path')).to.have.length(3);
    expect(svg.querySelectorAll('.points_marks path').length + svg.querySelectorAll('.provisional_marks path').length).to.equal(11);
    expect(svg.querySelectorAll('.target_marks line')).to.have.length(1);
    expect(svg.querySelectorAll('.notes_marks line')).to.have.length(1);
    expect([...svg.querySelectorAll('.role-axis-label text')].map((t) => t.textContent)).to.include.members(['2019', '30.06.2022', '10\u00a0%']);

    // The tooltip is placed through the CSSOM, not a style attribute.
    const point = [...svg.querySelectorAll('.hitAreas_marks path')][0]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(point.x + point.width / 2), Math.round(point.y + point.height / 2)] });
    await waitUntil(() => root.querySelector('.tooltip'), 'no tooltip', { timeout: 5000 });

    root.querySelector<HTMLElement>('.chart')!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => svg.querySelectorAll('.focus_marks path').length === 1, 'no focus ring', { timeout: 5000 });

    root.querySelector<HTMLButtonElement>('.legend button')!.click();
    await waitUntil(() => svg.querySelectorAll('.lines_marks path').length === 2, 'series not hidden', { timeout: 5000 });

    // Off-screen rendering for the image downloads runs through the interpreter as well, and
    // the PNG is drawn from the framed SVG through a blob: image, which the policy allows.
    for (const format of ['svg', 'png'] as const) expect((await download(el, format)).name).to.match(new RegExp(`\\.${format}$`));

    await pause(100);
    expect(violations).to.deep.equal([]);
  });
});
