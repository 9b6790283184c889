import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../test-support/test-widget.ts';
import type { TestWidget } from '../test-support/test-widget.ts';
import { miniContract } from '../test-support/fixtures.ts';
import { LoadError, clearContractCache, loadContract, parseInlineJson, setWorkerValidationFrom, validationCount } from './loader.ts';
import { setValidationWorkerUrl, workerValidationCount } from './validation-client.ts';
import { validateContract } from '../contract/validate.ts';
import '../define/housing-gauge.ts';
import '../define/funding-tracker.ts';
import '../define/district-profile.ts';

const settled = (el: TestWidget) => waitUntil(() => el.state !== 'loading', 'widget did not settle', { timeout: 8000 });

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected a LoadError');
}

/** Serves a document from a blob URL (same origin for fetch, no server needed). */
function blobUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

describe('contract loader', () => {
  beforeEach(() => clearContractCache());

  it('validates a document once for four widgets on one src', async () => {
    const src = blobUrl(miniContract());
    const before = validationCount();
    const page = await fixture<HTMLElement>(html`<div>
      <qw-housing-gauge src=${src}></qw-housing-gauge>
      <qw-funding-tracker src=${src}></qw-funding-tracker>
      <qw-district-profile src=${src} area="nord"></qw-district-profile>
      <qw-test-widget src=${src}></qw-test-widget>
    </div>`);
    const widgets = [...page.children] as HTMLElement[];
    await waitUntil(() => widgets.every((w) => w.getAttribute('state') !== 'loading'), 'the widgets did not settle', { timeout: 8000 });
    // Each widget got its document (or said what it lacks): none is still waiting.
    expect(widgets.map((w) => w.getAttribute('state'))).to.not.include('loading');
    expect(validationCount() - before).to.equal(1);
    // A second language is a second validation (the messages differ), still one for all its widgets.
    widgets.forEach((w) => w.setAttribute('lang', 'en'));
    await waitUntil(() => validationCount() - before === 2 && widgets.every((w) => w.getAttribute('state') !== 'loading'), 'the English widgets did not settle', { timeout: 8000 });
    expect(validationCount() - before).to.equal(2);
  });

  it('validates a large document in the worker, with the same result as on the page, and a small one on the page', async () => {
    const text = await (await fetch('/demo/data/wesel.json')).text();
    const before = workerValidationCount();
    await loadContract(URL.createObjectURL(new Blob([text], { type: 'application/json' })), { lang: 'de' });
    expect(workerValidationCount() - before, 'a small document stays on the page').to.equal(0);
    setWorkerValidationFrom(text.length);
    try {
      const document = await loadContract(URL.createObjectURL(new Blob([text], { type: 'application/json' })), { lang: 'de' });
      expect(workerValidationCount() - before, 'answered by the worker').to.equal(1);
      const onThePage = validateContract(JSON.parse(text));
      expect(document).to.deep.equal(onThePage.document);
    } finally {
      setWorkerValidationFrom(undefined);
    }
  });

  it('validates on the page when the worker cannot load', async () => {
    setValidationWorkerUrl('/__test/status/404');
    setWorkerValidationFrom(0);
    try {
      const before = workerValidationCount();
      const document = await loadContract(blobUrl(miniContract()), { lang: 'de' });
      expect(document.meta.title).to.equal('Teststadt');
      expect(workerValidationCount() - before).to.equal(0);
      // An invalid document gets the page's own detailed errors all the same.
      const error = await loadError(loadContract(blobUrl({ version: 1 }), { lang: 'de' }));
      expect(error.code).to.equal('invalid');
      expect(error.details.errors?.length).to.be.greaterThan(0);
    } finally {
      setValidationWorkerUrl(undefined);
      setWorkerValidationFrom(undefined);
    }
  });

  it('reports an invalid document validated in the worker with its errors and places', async () => {
    const raw = miniContract() as unknown as { indicators: { values: { value: unknown }[] }[]; meta: Record<string, unknown> };
    delete raw.meta.title;
    setWorkerValidationFrom(0);
    try {
      const before = workerValidationCount();
      const error = await loadError(loadContract(blobUrl(raw), { lang: 'de' }));
      expect(workerValidationCount() - before).to.equal(1);
      expect(error.code).to.equal('invalid');
      expect(error.details.errors!.map((e) => e.path)).to.include('$.meta.title');
    } finally {
      setWorkerValidationFrom(undefined);
    }
  });

  it('distinguishes 404 and 500', async () => {
    const notFound = await loadError(loadContract('/__test/status/404', { lang: 'de' }));
    expect(notFound.code).to.equal('http');
    expect(notFound.details.status).to.equal(404);
    const serverError = await loadError(loadContract('/__test/status/500', { lang: 'de' }));
    expect(serverError.details.status).to.equal(500);
  });

  it('times out', async () => {
    const error = await loadError(loadContract('/__test/slow/3000', { lang: 'de', timeoutMs: 200 }));
    expect(error.code).to.equal('timeout');
  });

  it('reports a body that is not JSON', async () => {
    const error = await loadError(loadContract('/__test/not-json', { lang: 'de' }));
    expect(error.code).to.equal('not-json');
  });

  it('reads like the CLI: a byte-order mark is accepted, a syntax error names line and column', async () => {
    const withBom = URL.createObjectURL(new Blob(['\ufeff', JSON.stringify(miniContract())], { type: 'application/json' }));
    const loaded = await loadContract(withBom, { lang: 'de' });
    expect(loaded.version).to.equal(1);
    const inline = await loadError(parseInlineJson('{\n  "version": 1,\n  "meta": {"title": }\n}'));
    expect(inline.code).to.equal('not-json');
    expect([inline.details.line, inline.details.column]).to.deep.equal([3, 21]);
    expect(inline.details.causes!.de).to.match(/^Kein gültiges JSON in Zeile 3, Spalte 21/);
    expect(inline.details.causes!.en).to.match(/^Not valid JSON at line 3, column 21/);
    expect(await parseInlineJson('\ufeff{"a": 1}')).to.deep.equal({ a: 1 });
    const fetched = await loadError(loadContract('/__test/not-json', { lang: 'de' }));
    expect(fetched.details.line).to.equal(1);
  });

  it('shows the line and column of a syntax error in the widget', async () => {
    const el = await fixture<TestWidget>(html`<qw-test-widget lang="en" src="/__test/not-json"></qw-test-widget>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/Not valid JSON at line 1, column \d+/);
  });

  it('reports a network failure', async () => {
    const error = await loadError(loadContract('http://127.0.0.1:9/daten.json', { lang: 'de', timeoutMs: 5000 }));
    expect(error.code).to.equal('network');
  });

  it('reports an invalid contract with its errors', async () => {
    const doc = miniContract() as any;
    doc.version = 3;
    const error = await loadError(loadContract(blobUrl(doc), { lang: 'en' }));
    expect(error.code).to.equal('invalid');
    expect(error.details.errors![0]!.path).to.equal('$.version');
    expect(error.details.errors![0]!.message).to.equal('Field “version”: expected 1, found number 3');
  });

  it('resolves geometry given as a URL', async () => {
    const doc = miniContract() as any;
    const geometryUrl = blobUrl(doc.areaLevels[0].geometry);
    doc.areaLevels[0].geometry = geometryUrl;
    const loaded = await loadContract(blobUrl(doc), { lang: 'de' });
    const geometry = loaded.areaLevels[0]!.geometry;
    expect(typeof geometry === 'object' && geometry.features.length).to.equal(4);
  });

  it('fetches one URL once for many widgets', async () => {
    const url = blobUrl(miniContract());
    const original = window.fetch;
    const requested: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input));
      return original(input, init);
    };
    try {
      const wrapper = await fixture(html`<div>${[1, 2, 3, 4, 5].map(() => html`<qw-test-widget src=${url}></qw-test-widget>`)}</div>`);
      const widgets = [...wrapper.querySelectorAll<TestWidget>('qw-test-widget')];
      await Promise.all(widgets.map(settled));
      expect(widgets.map((w) => w.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready']);
      expect(requested).to.deep.equal([url]);
    } finally {
      window.fetch = original;
    }
  });

  it('shows each failure in the widget in words an editor understands', async () => {
    const cases: [string, string][] = [
      ['/__test/status/404', 'Die Datendatei wurde nicht gefunden (HTTP 404).'],
      ['/__test/status/500', 'Die Datendatei konnte nicht geladen werden (HTTP 500).'],
      ['/__test/not-json', 'Die Datendatei ist kein gültiges JSON.'],
    ];
    for (const [src, message] of cases) {
      const el = await fixture<TestWidget>(html`<qw-test-widget src=${src}></qw-test-widget>`);
      await settled(el);
      expect(el.state).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role="alert"] strong')!.textContent).to.equal(message);
    }
    const slow = await fixture<TestWidget>(html`<qw-test-widget src="/__test/slow/3000" timeout="200"></qw-test-widget>`);
    await settled(slow);
    expect(slow.shadowRoot!.querySelector('[role="alert"] strong')!.textContent).to.equal('Die Datendatei hat zu lange nicht geantwortet (0,2 s).');
  });

  it('refetches after a failure instead of caching the error', async () => {
    await loadError(loadContract('/__test/status/503', { lang: 'de' }));
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return original(input, init);
    };
    try {
      await loadError(loadContract('/__test/status/503', { lang: 'de' }));
      expect(calls).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });
});
