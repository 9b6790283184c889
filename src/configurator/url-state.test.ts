import { expect } from '@open-wc/testing';
import { stateFromHash, stateToHash } from './url-state.ts';

describe('url-state', () => {
  it('writes what the editor set into the hash and reads it back', () => {
    const state = {
      widget: 'district-map' as const,
      snippetKind: 'iframe' as const,
      cdnBase: '/assets/qw/',
      liveAddress: 'https://www.wesel.de/daten/sozialbericht.json',
      options: { indicator: 'kinderarmut', period: '2023', heading: 'Kinder & Armut' },
    };
    const hash = stateToHash(state);
    expect(hash).to.equal('#widget=district-map&code=iframe&cdn=%2Fassets%2Fqw%2F&live=https%3A%2F%2Fwww.wesel.de%2Fdaten%2Fsozialbericht.json&o.heading=Kinder+%26+Armut&o.indicator=kinderarmut&o.period=2023');
    expect(stateFromHash(hash)).to.deep.equal(state);
  });

  it('leaves empty values out and ignores unknown widgets and kinds', () => {
    expect(stateToHash({ widget: 'housing-gauge', options: { period: '' } })).to.equal('#widget=housing-gauge');
    expect(stateToHash({})).to.equal('');
    expect(stateFromHash('#widget=qw-evil&code=eval&o.=x')).to.deep.equal({});
    expect(stateFromHash('')).to.deep.equal({});
  });
});
