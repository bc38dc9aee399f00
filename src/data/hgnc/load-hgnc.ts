/**
 * Loads the compact HGNC lookup on demand: a dynamic import, so Vite puts the 0.9 MB table
 * in its own chunk (fetched the first time a table is read, not with the app), and Node
 * (the CLI through tsx, the tests through Vitest) reads the same file the same way.
 */
import { createSymbolResolver, type HgncLookupFile, type HgncResolver } from '../../model/hgnc-lookup';

let pending: Promise<HgncResolver> | undefined;

/** The resolver over HGNC's 2021-02 table; built once per process or page. */
export function loadHgncResolver(): Promise<HgncResolver> {
  pending ??= import('./hgnc-symbols-2021-02.json').then((module) =>
    createSymbolResolver((module.default ?? module) as HgncLookupFile),
  );
  return pending;
}
