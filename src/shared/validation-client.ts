/**
 * The page's side of the validation worker (src/contract/validate-worker.ts): loads with the first
 * large document (loader.ts decides), starts the worker and validates documents' texts there while
 * the page parses the same text and stays responsive.
 */
import type { ValidationResult } from '../contract/validate.ts';
import type { ValidationReply, ValidationRequest } from '../contract/validate-worker.ts';
import { withFeaturesFrom } from '../contract/validation-transfer.ts';
import type { Lang } from './i18n.ts';

// One worker per page, also for two copies of the library; null where none can run.
const WORKER_KEY = Symbol.for('quartier-widgets.validation-worker');
type WorkerScope = Record<symbol, Worker | null | undefined>;
const DEFAULT_WORKER_URL = new URL('./qw-validate-worker.js', import.meta.url);
let workerUrl: URL | null = DEFAULT_WORKER_URL;
let answered = 0;

/** How many validations the worker answered on this page: a diagnostic for tests. */
export function workerValidationCount(): number {
  return answered;
}
let listening: Worker | undefined;
let nextRequest = 0;
const replies = new Map<number, { resolve: (reply: ValidationReply) => void; reject: (error: Error) => void }>();

/**
 * Where the validation worker is loaded from from now on (null: validate on the page's thread;
 * undefined: the worker beside the loader, `qw-validate-worker.js` in the built folders). Tests.
 */
export function setValidationWorkerUrl(url: string | URL | null | undefined): void {
  workerUrl = url === undefined ? DEFAULT_WORKER_URL : url === null ? null : new URL(url, document.baseURI);
  const scope = globalThis as unknown as WorkerScope;
  scope[WORKER_KEY]?.terminate();
  scope[WORKER_KEY] = undefined;
}

/**
 * The page's validation worker: started once, shared by all widgets.
 * Null without workers, for a folder on another origin (workers must be same-origin) and once
 * the worker failed to load (a policy without `worker-src 'self'`): then the page validates itself.
 */
export function validationWorker(): Worker | null {
  const scope = globalThis as unknown as WorkerScope;
  let worker = scope[WORKER_KEY];
  if (worker === undefined) {
    worker = null;
    if (workerUrl && typeof Worker !== 'undefined' && workerUrl.origin === location.origin) {
      try {
        worker = new Worker(workerUrl, { type: 'module', name: 'quartier-widgets' });
      } catch {
        worker = null;
      }
    }
    scope[WORKER_KEY] = worker;
  }
  if (worker && listening !== worker) {
    listening = worker;
    const current = worker;
    current.addEventListener('message', ({ data }: MessageEvent<ValidationReply>) => {
      replies.get(data.id)?.resolve(data);
      replies.delete(data.id);
    });
    current.addEventListener('error', (event) => {
      event.preventDefault();
      current.terminate();
      if (scope[WORKER_KEY] === current) scope[WORKER_KEY] = null;
      for (const waiting of replies.values()) waiting.reject(new Error('the validation worker stopped'));
      replies.clear();
    });
  }
  return worker;
}

/**
 * Validation in the worker, in parallel with whatever the page does meanwhile; rejects when the
 * worker cannot answer (the caller validates on the page's thread then).
 */
export async function validateInWorker(worker: Worker, text: string, raw: object, lang: Lang): Promise<ValidationResult> {
  const id = nextRequest++;
  const reply = await new Promise<ValidationReply>((resolve, reject) => {
    replies.set(id, { resolve, reject });
    worker.postMessage({ id, text, lang } satisfies ValidationRequest);
  });
  if ('failed' in reply) throw new Error(reply.failed);
  answered++;
  return withFeaturesFrom(reply.transferred, raw);
}

