import { expect, fixture, html } from '@open-wc/testing';
import '../../define/housing-gauge.ts';
import { recordViolationsUnderStrictCsp } from '../../test-support/csp.ts';
import { download, menuOf, xlsxSheets } from '../../test-support/downloads.ts';
import { whenSettled } from '../../test-support/hostile.ts';

describe('the download menu under a strict Content-Security-Policy', () => {
  it('opens, and makes CSV, XLSX, SVG and PNG without a violation', async () => {
    const { violations, settle } = await recordViolationsUnderStrictCsp();
    const el = await fixture<HTMLElement>(html`<qw-housing-gauge src="/demo/data/wesel.json"></qw-housing-gauge>`);
    await whenSettled(el);
    const menu = menuOf(el);
    menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await menu.updateComplete;
    // The menu's look comes from its adopted stylesheet, not from style attributes.
    expect(getComputedStyle(menu.shadowRoot!.querySelector('ul')!).listStyleType).to.equal('none');
    expect(await (await download(el, 'csv')).blob.text()).to.contain('Stand');
    const sheets = await xlsxSheets((await download(el, 'xlsx')).blob);
    expect([...sheets.keys()]).to.deep.equal(['Daten', 'Informationen']);
    expect(await (await download(el, 'svg')).blob.text()).to.contain('Datenlizenz Deutschland');
    const png = await download(el, 'png');
    expect(png.blob.type).to.equal('image/png');
    await settle();
    expect(violations).to.deep.equal([]);
  });
});
