/**
 * Reads a dropped, chosen or pasted table: in a worker when it is large enough for the
 * page to stall (a whole transcriptome), on the page otherwise or where workers cannot
 * start. Either way the same pure reader (src/io/table/read-table.ts) does the work.
 */
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import { readTable } from '../../io/table/read-table';
import type { TableResult } from '../../io/table/table-report';

/** Tables above this size are read off the page's thread. */
export const WORKER_ABOVE_BYTES = 256 * 1024;

function inWorker(name: string, bytes: Uint8Array): Promise<TableResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../io/table/table-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TableResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ name, bytes });
  });
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
