import { expect } from '@open-wc/testing';
import { translator, type Lang } from './i18n.ts';

const de = { greeting: 'Hallo {name}', farewell: 'Tschüss' };
const en = { greeting: 'Hello {name}', farewell: 'Bye' };

/** A translator whose English module answers after `english()` is called, counting the requests. */
function lazyTexts({ failFirst = false } = {}) {
  let requests = 0;
  const text = translator<keyof typeof de>({
    de,
    en: () => {
      requests++;
      return requests === 1 && failFirst ? Promise.reject(new Error('chunk failed')) : Promise.resolve({ en });
    },
  });
  return { text, requests: () => requests };
}

describe('texts: German at once, English from its own module', () => {
  it('answers German at once and never asks for the English module on a German page', async () => {
    const { text, requests } = lazyTexts();
    expect(text('de', 'greeting', { name: 'Wesel' })).to.equal('Hallo Wesel');
    expect(text.has('de')).to.equal(true);
    await text.load('de');
    expect(requests()).to.equal(0);
    // The shared catalogue is there in both languages from the start: the loading state needs it.
    expect(text('en', 'loading')).to.equal('Loading data …');
  });

  it('loads the English texts once, however many widgets ask', async () => {
    const { text, requests } = lazyTexts();
    expect(text.has('en')).to.equal(false);
    await Promise.all([text.load('en'), text.load('en'), text.load('en')]);
    await text.load('en');
    expect(requests()).to.equal(1);
    expect(text.has('en')).to.equal(true);
    expect(text('en', 'greeting', { name: 'Wesel' })).to.equal('Hello Wesel');
    expect(text('de', 'farewell')).to.equal('Tschüss');
  });

  it('shows German and warns once when English is asked for before it was loaded', () => {
    const { text } = lazyTexts();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(text('en', 'farewell')).to.equal('Tschüss');
      expect(text('en', 'greeting', { name: 'X' })).to.equal('Hallo X');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"farewell"');
  });

  it('asks again after a failed request for the English module', async () => {
    const { text, requests } = lazyTexts({ failFirst: true });
    let failure: unknown;
    await text.load('en').catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('chunk failed');
    expect(text.has('en')).to.equal(false);
    await text.load('en');
    expect(requests()).to.equal(2);
    expect(text('en' as Lang, 'farewell')).to.equal('Bye');
  });
});
