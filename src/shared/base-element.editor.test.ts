// What every widget inherits: the editor's heading, its level and description, the theme,
// a validated timeout, retry after a failed load, and a clear message for each network fault.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../test-support/test-widget.ts';
import type { TestWidget } from '../test-support/test-widget.ts';
import { miniContract } from '../test-support/fixtures.ts';
import { clearContractCache, DEFAULT_MAX_DOCUMENT_BYTES, getMaxDocumentBytes, LoadError, loadContract, setMaxDocumentBytes } from './loader.ts';
import { parseHeadingLevel, validTimeout } from './base-element.ts';

const settled = (el: TestWidget, timeout = 8000) => waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout });
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected a LoadError');
}

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('editors’ words: heading, heading-level, description', () => {
  it('replaces the title and renders a real heading of the chosen level', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget .data=${miniContract()} heading="Kinderarmut im Quartier" heading-level="3" description="Anteil der Kinder in Bedarfsgemeinschaften."></qw-test-widget>`);
    await settled(el);
    const heading = el.shadowRoot!.querySelector('h3#qw-title')!;
    expect(heading).to.exist;
    expect(heading.textContent).to.equal('Kinderarmut im Quartier');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    const description = el.shadowRoot!.querySelector('#qw-description')!;
    expect(description.textContent).to.equal('Anteil der Kinder in Bedarfsgemeinschaften.');
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('aria-describedby')).to.equal('qw-description');
    expect(section.getAttribute('aria-labelledby')).to.equal('qw-title');
  });

  it('keeps h2 and the widget’s own title by default, and falls back to h2 for an invalid level with one warning', async () => {
    const plain = await fixture<TestWidget>(html`<qw-test-widget .data=${miniContract()}></qw-test-widget>`);
    await settled(plain);
    expect(plain.shadowRoot!.querySelector('h2#qw-title')!.textContent).to.equal(miniContract().indicators?.[0]?.label);
    expect(plain.shadowRoot!.querySelector('section')!.hasAttribute('aria-describedby')).to.equal(false);
    const warnings = captureWarnings();
    try {
      const odd = await fixture<TestWidget>(html`<qw-test-widget .data=${miniContract()} heading-level="7"></qw-test-widget>`);
      await settled(odd);
      odd.requestUpdate();
      await odd.updateComplete;
      expect(odd.shadowRoot!.querySelector('h2#qw-title')).to.exist;
      expect(warnings.messages.filter((m) => m.includes('heading-level'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('parses heading levels 2–6 only', () => {
    expect(parseHeadingLevel('3')).to.equal(3);
    expect(parseHeadingLevel(' 6 ')).to.equal(6);
    for (const bad of ['1', '7', 'h3', '', '2.5', null]) expect(parseHeadingLevel(bad)).to.equal(undefined, String(bad));
  });
});

describe('theme', () => {
  it('gives a dark ground and light text with theme="dark", and a light one with theme="light"', async () => {
    const dark = await fixture<TestWidget>(html`<qw-test-widget theme="dark" .data=${miniContract()}></qw-test-widget>`);
    const light = await fixture<TestWidget>(html`<qw-test-widget theme="light" .data=${miniContract()}></qw-test-widget>`);
    await settled(dark);
    await settled(light);
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const darkStyle = getComputedStyle(dark);
    expect(luminance(darkStyle.backgroundColor)).to.be.below(60);
    expect(luminance(darkStyle.color)).to.be.above(180);
    const lightStyle = getComputedStyle(light);
    expect(luminance(lightStyle.backgroundColor)).to.be.above(200);
    expect(luminance(lightStyle.color)).to.be.below(80);
  });
});

describe('host page CSS cannot break the layout through inheritance', () => {
  it('resets inherited text properties and keeps a readable minimum font size', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="white-space: nowrap; text-align: justify; letter-spacing: 5px; line-height: 0; text-transform: uppercase; font-style: italic; word-spacing: 20px; font-size: 6px">
      <qw-test-widget .data=${miniContract()}></qw-test-widget>
    </div>`);
    const el = wrapper.querySelector('qw-test-widget')!;
    await settled(el);
    const style = getComputedStyle(el);
    expect(style.whiteSpace).to.equal('normal');
    expect(style.textAlign).to.equal('start');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(style.fontStyle).to.equal('normal');
    expect(style.wordSpacing).to.equal('0px');
    expect(parseFloat(style.lineHeight)).to.be.above(10);
    expect(parseFloat(style.fontSize)).to.be.at.least(14);
  });
});

describe('timeout', () => {
  it('accepts positive finite numbers only', () => {
    expect(validTimeout(5000)).to.equal(5000);
    for (const bad of [0, -1, Number.NaN, Infinity, '5000', undefined]) expect(validTimeout(bad)).to.equal(undefined, String(bad));
  });

  it('falls back to the default with one console warning for timeout="abc", 0 and -1', async () => {
    for (const value of ['abc', '0', '-1']) {
      clearContractCache();
      const warnings = captureWarnings();
      try {
        const el = await fixture<TestWidget>(html`<qw-test-widget src="/demo/data/wesel.json" timeout=${value}></qw-test-widget>`);
        await settled(el);
        expect(el.state, value).to.equal('ready');
        expect(text(el)).not.to.contain('NaN');
        expect(warnings.messages.filter((m) => m.includes('timeout')), value).to.have.length(1);
      } finally {
        warnings.restore();
      }
    }
  });
});

describe('retry after a failed load', () => {
  beforeEach(() => clearContractCache());

  it('offers "Erneut versuchen" after a 500; widgets on the same src recover together', async () => {
    const key = `k${Date.now()}`;
    const src = `/__test/flaky/${key}/1`;
    const wrapper = await fixture<HTMLDivElement>(html`<div><qw-test-widget src=${src}></qw-test-widget><qw-test-widget src=${src}></qw-test-widget></div>`);
    const [first, second] = [...wrapper.querySelectorAll('qw-test-widget')] as TestWidget[];
    await settled(first!);
    await settled(second!);
    expect(first!.state).to.equal('error');
    expect(second!.state).to.equal('error');
    const button = first!.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!;
    expect(button.textContent).to.equal('Erneut versuchen');
    button.focus();
    expect(first!.shadowRoot!.activeElement).to.equal(button);
    button.click();
    await waitUntil(() => first!.state === 'ready' && second!.state === 'ready', 'both widgets recover', { timeout: 8000 });
  });

  it('offers no retry for an invalid document (the data must be fixed, not reloaded)', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget .data=${{ version: 1 }}></qw-test-widget>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('button.retry')).to.equal(null);
  });
});

describe('network faults each get their own message', () => {
  beforeEach(() => clearContractCache());

  it('a transfer cut off mid-body is "truncated"', async () => {
    const error = await loadError(loadContract('/__test/truncated', { lang: 'de', timeoutMs: 5000 }));
    expect(error.code).to.equal('truncated');
  });

  it('a redirect loop is "redirect"', async () => {
    const error = await loadError(loadContract('/__test/redirect-loop', { lang: 'de', timeoutMs: 8000 }));
    expect(error.code).to.equal('redirect');
  });

  it('a server that answers without allowing the page (CORS) is "cors"', async () => {
    // The same server under another host name is another origin that sends no CORS header
    // (the test server listens on one of the loopback addresses: whichever answers).
    const codes: string[] = [];
    for (const host of ['127.0.0.1', '[::1]']) {
      const error = await loadError(loadContract(`${location.protocol}//${host}:${location.port}/demo/data/wesel.json`, { lang: 'de', timeoutMs: 5000 }));
      codes.push(error.code);
    }
    expect(codes).to.include('cors');
  });

  it('an unreachable server is "network"', async () => {
    const error = await loadError(loadContract('http://127.0.0.1:9/daten.json', { lang: 'de', timeoutMs: 5000 }));
    expect(error.code).to.equal('network');
  });

  it('refuses a document above the size limit with a message saying so', async () => {
    expect(getMaxDocumentBytes()).to.equal(DEFAULT_MAX_DOCUMENT_BYTES);
    setMaxDocumentBytes(10_000);
    try {
      const error = await loadError(loadContract('/__test/big/50000', { lang: 'de' }));
      expect(error.code).to.equal('too-large');
      const el = await fixture<TestWidget>(html`<qw-test-widget src="/__test/big/60000"></qw-test-widget>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(text(el)).to.match(/zu groß \(0,\d MB; höchstens 0,0 MB\)/);
    } finally {
      setMaxDocumentBytes(DEFAULT_MAX_DOCUMENT_BYTES);
    }
  });

  it('names the geometry URL and its level when a level’s geometry fails, and the document still loads', async () => {
    const doc = miniContract() as unknown as { areaLevels: { id: string; geometry: unknown }[] };
    doc.areaLevels[0]!.geometry = '/__test/status/404';
    const el = await fixture<TestWidget>(html`<qw-test-widget .data=${doc}></qw-test-widget>`);
    await settled(el);
    // The test widget does not draw shapes: it renders, and the map (which does) reports the failure.
    expect(el.state).to.equal('ready');
  });
});
