/**
 * Reads a dropped, chosen or pasted table: in a worker when it is large enough for the
 * page to stall (a whole transcriptome), on the page otherwise or where workers cannot
 * start. Either way the same pure reader (src/io/table/read-table.ts) does the work. One
 * worker serves the page's tables, one at a time, started when the Data tab opens.
 */
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import { readTable } from '../../io/table/read-table';
import type { TableResult } from '../../io/table/table-report';

/** Tables above this size are read off the page's thread. */
export const WORKER_ABOVE_BYTES = 256 * 1024;

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Starts the reader's worker ahead of the first large table (loading its code takes a moment). */
export function warmTableWorker(): void {
  if (!worker && typeof Worker !== 'undefined')
    worker = new Worker(new URL('../../io/table/table-worker.ts', import.meta.url), { type: 'module' });
}

function inWorker(name: string, bytes: Uint8Array): Promise<TableResult> {
  warmTableWorker();
  const w = worker;
  if (!w) return Promise.reject(new Error('no worker'));
  const run = queue.then(
    () =>
      new Promise<TableResult>((resolve, reject) => {
        w.onmessage = (event: MessageEvent<TableResult>) => resolve(event.data);
        w.onerror = (event) => {
          // A worker that failed is not used again.
          worker = null;
          w.terminate();
          reject(new Error(event.message));
        };
        w.postMessage({ name, bytes });
      }),
  );
  queue = run.catch(() => undefined);
  return run;
}

export async function readTableAsync(name: string, bytes: Uint8Array): Promise<TableResult> {
  if (bytes.length > WORKER_ABOVE_BYTES && typeof Worker !== 'undefined') {
    try {
      return await inWorker(name, bytes);
    } catch {
      // A worker that cannot start (a blocked script) costs only speed.
    }
  }
  return readTable(name, bytes, { resolver: await loadHgncResolver() });
}
