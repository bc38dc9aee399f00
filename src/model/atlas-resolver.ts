/**
 * Symbol resolvers built from lists of genes with their other names. Interim: the
 * resolver backed by the committed HGNC lookup (createSymbolResolver) replaces both uses
 * when it is merged; until then the app resolves against the atlas's own names only, and
 * the CLI against an HGNC download given with --hgnc.
 */
import { entityGenes } from './gene-sets';
import type { KnowledgeBase } from './knowledge-base';
import type { SymbolMatch, SymbolResolver } from './symbol-resolver';

export interface SymbolEntry {
  symbol: string;
  previous: readonly string[];
  aliases: readonly string[];
}

/**
 * Case-insensitive resolution, approved symbols first (HGNC warns that some previous
 * symbols and aliases are another gene's approved symbol), then previous symbols, then
 * aliases; a name that points at several genes is ambiguous, not guessed.
 */
export function resolverFromEntries(entries: Iterable<SymbolEntry>, source: string): SymbolResolver {
  const approved = new Map<string, string>();
  const previous = new Map<string, Set<string>>();
  const aliases = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, name: string, symbol: string) => {
    const key = name.toUpperCase();
    const set = map.get(key);
    if (set) set.add(symbol);
    else map.set(key, new Set([symbol]));
  };
  for (const e of entries) {
    approved.set(e.symbol.toUpperCase(), e.symbol);
    for (const p of e.previous) add(previous, p, e.symbol);
    for (const a of e.aliases) add(aliases, a, e.symbol);
  }
  return {
    source,
    resolve(identifier: string): SymbolMatch {
      const from = identifier;
      const key = identifier.trim().toUpperCase();
      const symbol = approved.get(key);
      if (symbol) return { kind: 'approved', symbol, from };
      for (const [kind, map] of [
        ['previous', previous],
        ['alias', aliases],
      ] as const) {
        const found = map.get(key);
        if (!found) continue;
        const candidates = [...found].sort();
        return candidates.length === 1
          ? { kind, symbol: candidates[0], from }
          : { kind: 'ambiguous', candidates, from };
      }
      return { kind: 'unknown', from };
    },
  };
}

/**
 * The atlas's own names: every gene's symbol and every family or complex member as
 * approved symbols, and a gene entity's aliases (PD-L1, KU70, c-Met) as its aliases. A
 * family's aliases (ERK, PKB) name several genes and are not used. Real genes the atlas
 * lacks come back `unknown`: only the HGNC-backed resolver can tell them from typos.
 */
export function atlasOnlyResolver(kb: Pick<KnowledgeBase, 'entities'>): SymbolResolver {
  const entries: SymbolEntry[] = kb.entities.flatMap((e) =>
    entityGenes(e).map((symbol) => ({
      symbol,
      previous: [],
      aliases: e.type === 'gene' ? e.aliases : [],
    })),
  );
  return resolverFromEntries(entries, "the atlas's own gene symbols and aliases");
}
