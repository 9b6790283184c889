import { expect } from '@open-wc/testing';
import { resolveContract } from '../../shared/loader.ts';
import { districtProfileOptions } from './district-profile.options.ts';

describe('<qw-district-profile> options', () => {
  it('reads its choices from the document', async () => {
    const document = await resolveContract(await (await fetch('/demo/data/wesel.json')).json(), { lang: 'de', timeoutMs: 5000 });
    const choices = (name: string, options: Record<string, string> = {}) => districtProfileOptions.find((o) => o.name === name)!.choices!(document, options, 'de');
    expect(choices('area', { level: 'sozialraum' }).map((c) => c.value)).to.include('feldmark');
    expect(choices('area', { level: 'sozialraum' })).to.have.length(11);
    expect(choices('indicators', { level: 'stadtteil' }).map((c) => c.value)).to.deep.equal(['bevoelkerung']);
    expect(choices('period', { indicators: 'kinderarmut' }).map((c) => c.value)).to.deep.equal(['', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(choices('level').map((c) => c.value)).to.deep.equal(['', 'sozialraum', 'stadtteil']);
  });
});
