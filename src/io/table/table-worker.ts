/**
 * Reads a table off the page's thread (a module worker): the bytes come in, the dataset
 * and report go back with the columns' buffers transferred, not copied.
 */
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import { readTable } from './read-table';

interface Request {
  name: string;
  bytes: Uint8Array;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { name, bytes } = event.data;
  const resolver = await loadHgncResolver();
  const result = await readTable(name, bytes, { resolver });
  const transfer = result.ok ? result.dataset.columns.map((c) => c.values.buffer as ArrayBuffer) : [];
  (self as unknown as Worker).postMessage(result, transfer);
};
