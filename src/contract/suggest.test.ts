import { expect } from '@open-wc/testing';
import { editDistance, nearest } from './suggest.ts';
import { didYouMean } from './messages.ts';

describe('suggestions for misspelt words', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('staus', 'status')).to.equal(1);
    expect(editDistance('stauts', 'status')).to.equal(1);
    expect(editDistance('feldmarkk', 'feldmark')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });

  it('picks the nearest candidate only when it is a likely typo', () => {
    expect(nearest('staus', ['area', 'period', 'value', 'status', 'note'])).to.equal('status');
    expect(nearest('feldmarkk', ['innenstadt', 'feldmark', 'fusternberg'])).to.equal('feldmark');
    expect(nearest('Suppressed', ['suppressed', 'missing'])).to.equal('suppressed');
    expect(nearest('atlantis', ['nord', 'mitte', 'sued', 'ost'])).to.equal(undefined);
    expect(nearest('ab', ['ac', 'ad']), 'a tie suggests nothing').to.equal(undefined);
  });

  it('words the suggestion and lists few allowed values', () => {
    expect(didYouMean('de', 'staus', ['status', 'note'])).to.equal(' – meinten Sie „status“? (erlaubt: „status“, „note“)');
    expect(didYouMean('en', 'staus', ['status', 'note'], false)).to.equal(' – did you mean “status”?');
    const many = Array.from({ length: 11 }, (_, i) => `gebiet${i}`);
    expect(didYouMean('de', 'xyz', many)).to.equal('');
  });
});
