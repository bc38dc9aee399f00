/**
 * The atlas's own names as a symbol resolver: every gene's symbol and every family or
 * complex member as approved symbols, and a gene entity's aliases (PD-L1, KU70, c-Met) as
 * its aliases. A family's aliases (ERK, PKB) name several genes and are not used. Used
 * after the HGNC table (withFallback), for atlas symbols newer than the table, and alone
 * where the table is not loaded.
 */
import { entityGenes } from './gene-sets';
import { createSymbolResolver, type HgncResolver, lookupFromEntries, type SymbolEntry } from './hgnc-lookup';
import type { KnowledgeBase } from './knowledge-base';

export function atlasOnlyResolver(kb: Pick<KnowledgeBase, 'entities'>): HgncResolver {
  const entries: SymbolEntry[] = kb.entities.flatMap((e) =>
    entityGenes(e).map((symbol) => ({ symbol, previous: [], aliases: e.type === 'gene' ? e.aliases : [] })),
  );
  return createSymbolResolver(
    lookupFromEntries(entries, { source: "the atlas's own gene symbols and aliases", downloaded: '', licence: '' }),
  );
}
