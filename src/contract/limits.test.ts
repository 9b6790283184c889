import { expect } from '@open-wc/testing';
import { TEXT_LIMITS, shorten } from './limits.ts';

describe('text caps', () => {
  it('publishes the documented caps', () => {
    expect(TEXT_LIMITS).to.include({ label: 200, unit: 40, note: 2000, title: 300 });
  });

  it('shortens with an ellipsis to the cap, and never splits a surrogate pair', () => {
    expect(shorten('Arbeitslosenanteil', 40)).to.equal('Arbeitslosenanteil');
    expect(shorten('Arbeitslosenanteil', 10)).to.equal('Arbeitslo…');
    expect(shorten('Arbeitslosenanteil', 10)).to.have.length(10);
    expect(shorten('abcdefgh😀xyz', 10)).to.equal('abcdefgh…');
  });
});
