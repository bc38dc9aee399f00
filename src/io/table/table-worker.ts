/**
 * Reads a table off the page's thread (a module worker, kept for the page's next tables):
 * the bytes come in, the dataset and report go back with the columns' buffers transferred,
 * not copied. The HGNC table is loaded only for a one-column file (to tell a header from a
 * first symbol); a table with columns never needs it here.
 */
// First, as in main.tsx: zod runs jitless under the page's Content-Security-Policy.
import '../../zod-jitless';
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import { detectDelimiter } from './delimited';
import { readTable } from './read-table';

interface Request {
  name: string;
  bytes: Uint8Array;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { name, bytes } = event.data;
  const head = new TextDecoder().decode(bytes.subarray(0, 65_536));
  const resolver = detectDelimiter(head) ? undefined : await loadHgncResolver();
  const result = await readTable(name, bytes, resolver ? { resolver } : {});
  const transfer = result.ok ? result.dataset.columns.map((c) => c.values.buffer as ArrayBuffer) : [];
  (self as unknown as Worker).postMessage(result, transfer);
};
