/**
 * Entry of `dist/cdn/configurator-import-worker.js`: the configurator's data step off the page's
 * thread, so that a large Shapefile (thousands of areas, seconds of work) leaves the page responsive.
 */
import { runTask, type TaskRequest } from './import-tasks.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: TaskRequest }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  runTask(request).then(
    (response) => scope.postMessage({ id, response }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
