/**
 * Runs the data step's tasks in the import worker when one can start (the page's policy allows
 * `worker-src 'self'`), else on the page: the result is the same, only the page may pause.
 */
import type { Inspection, PlacedIssue, TaskRequest, TaskResponse } from './import-tasks.ts';
import type { ImportOptions, ImportResult } from '../import/import.ts';

/** The import's result, each issue with its place written out. */
export type PlacedResult = Omit<ImportResult, 'issues'> & { readonly issues: readonly PlacedIssue[] };

type Pending = { resolve: (response: TaskResponse) => void; reject: (error: Error) => void };

export class ImportClient {
  private worker?: Worker;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `workerUrl`: the worker script; without one every task runs on the page. */
  constructor(private readonly workerUrl?: URL | string) {}

  /** Whether the last task ran in a worker (for tests and the status line). */
  usedWorker = false;

  inspect(name: string, bytes: Uint8Array, lang: 'de' | 'en' = 'de'): Promise<Inspection & { readonly issues: readonly PlacedIssue[] }> {
    return this.run({ task: 'inspect', name, bytes, lang }) as Promise<Inspection & { readonly issues: readonly PlacedIssue[] }>;
  }

  import(options: ImportOptions): Promise<PlacedResult> {
    return this.run({ task: 'import', options }) as Promise<PlacedResult>;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('stopped'));
    this.pending.clear();
  }

  private startWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.workerFailed || !this.workerUrl || typeof Worker === 'undefined') return undefined;
    try {
      const worker = new Worker(this.workerUrl, { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ id: number; response?: TaskResponse; error?: string }>) => {
        const waiting = this.pending.get(event.data.id);
        if (!waiting) return;
        this.pending.delete(event.data.id);
        if (event.data.error !== undefined) waiting.reject(new Error(event.data.error));
        else waiting.resolve(event.data.response!);
      };
      // A worker that cannot load (blocked by the policy, missing file) fails every task it holds: they run on the page instead.
      worker.onerror = (event) => {
        event.preventDefault();
        this.workerFailed = true;
        this.worker = undefined;
        worker.terminate();
        const held = [...this.pending.values()];
        this.pending.clear();
        for (const { reject } of held) reject(new WorkerUnavailable());
      };
      this.worker = worker;
      return worker;
    } catch {
      this.workerFailed = true;
      return undefined;
    }
  }

  private async run(request: TaskRequest): Promise<TaskResponse> {
    const worker = this.startWorker();
    if (worker) {
      try {
        const response = await new Promise<TaskResponse>((resolve, reject) => {
          const id = this.nextId++;
          this.pending.set(id, { resolve, reject });
          worker.postMessage({ id, request });
        });
        this.usedWorker = true;
        return response;
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    this.usedWorker = false;
    const { runTask } = await import('./import-tasks.ts');
    return runTask(request);
  }
}

class WorkerUnavailable extends Error {}
