/**
 * Loads the compact HGNC lookup on demand. In the browser (page or worker) it is fetched as
 * a static asset the first time a table is read: Vite emits the JSON file as it is (0.9 MB,
 * about 0.3 MB compressed on the wire) instead of compiling it into a script chunk, so the
 * app's own scripts stay small and the parser reads JSON, not JavaScript. In Node (the CLI
 * through tsx, the tests through Vitest) the same file is read from disk.
 */
import { createSymbolResolver, type HgncLookupFile, type HgncResolver } from '../../model/hgnc-lookup';

const LOOKUP_URL = new URL('./hgnc-symbols-2021-02.json', import.meta.url);

async function readLookup(): Promise<HgncLookupFile> {
  if (LOOKUP_URL.protocol === 'file:') {
    // A computed specifier, so the bundler leaves Node's file system out of the browser build.
    const fsModule = 'node:fs/promises';
    const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
    return JSON.parse(await readFile(LOOKUP_URL, 'utf8')) as HgncLookupFile;
  }
  const response = await fetch(LOOKUP_URL);
  if (!response.ok) throw new Error(`the HGNC symbol table could not be loaded (${response.status} ${LOOKUP_URL})`);
  return (await response.json()) as HgncLookupFile;
}

let pending: Promise<HgncResolver> | undefined;

/** The resolver over HGNC's 2021-02 table; built once per process, page or worker. */
export function loadHgncResolver(): Promise<HgncResolver> {
  pending ??= readLookup().then(createSymbolResolver);
  // A failed load (offline page, blocked fetch) is not kept: the next table tries again.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
