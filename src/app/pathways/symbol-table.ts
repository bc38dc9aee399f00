/**
 * The HGNC table for an import (PKM2 → PKM, a miRNA typed as a gene), loaded once per page
 * or worker. Without it (a blocked fetch) the import still runs, and its report says that no
 * symbol table was given.
 */
import { loadHgncResolver } from '../../data/hgnc/load-hgnc';
import type { SymbolResolver } from '../../model/symbol-resolver';

export async function symbolTable(): Promise<SymbolResolver | undefined> {
  try {
    return await loadHgncResolver();
  } catch (error) {
    console.warn(error);
    return undefined;
  }
}
