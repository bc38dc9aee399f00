/**
 * A dataset's identifiers against HGNC and the atlas: each one is a gene the atlas draws
 * (a gene's symbol or a family member's), a real gene the atlas does not contain, a
 * previous symbol or alias HGNC shares between genes (ambiguous, not guessed), or nothing
 * HGNC knows. Two rows naming one gene (PKM2 and PKM) give it the first row's values, as
 * the reader does for repeated identifiers, and are listed.
 */
import type { Dataset } from './dataset';
import type { KnowledgeBase } from './knowledge-base';
import type { SymbolMatch, SymbolResolver } from './symbol-resolver';

export const MATCH_OUTCOMES = ['in-atlas', 'not-in-atlas', 'ambiguous', 'unrecognised'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

export interface RowMatch {
  identifier: string;
  outcome: MatchOutcome;
  match: SymbolMatch;
}

export interface DatasetMatch {
  rows: RowMatch[];
  /** Approved symbol → the dataset row that gives its values (the first naming it). */
  rowBySymbol: Map<string, number>;
  counts: Record<MatchOutcome, number>;
  /** Genes named by more than one row: the identifiers, first (kept) first. */
  sameGene: { symbol: string; identifiers: string[] }[];
}

/** Every gene the atlas draws: gene entities' symbols and family members. */
export function atlasGeneSymbols(kb: Pick<KnowledgeBase, 'entities'>): Set<string> {
  const symbols = new Set<string>();
  for (const entity of kb.entities) {
    if (entity.symbol) symbols.add(entity.symbol);
    for (const member of entity.members ?? []) symbols.add(member);
  }
  return symbols;
}

export function matchDataset(
  dataset: Pick<Dataset, 'identifiers'>,
  resolver: SymbolResolver,
  atlasSymbols: ReadonlySet<string>,
): DatasetMatch {
  const counts: Record<MatchOutcome, number> = { 'in-atlas': 0, 'not-in-atlas': 0, ambiguous: 0, unrecognised: 0 };
  const rowBySymbol = new Map<string, number>();
  const named = new Map<string, string[]>();
  const rows = dataset.identifiers.map((identifier, row): RowMatch => {
    const match = resolver.resolve(identifier);
    let outcome: MatchOutcome;
    if (match.kind === 'unknown') outcome = 'unrecognised';
    else if (match.kind === 'ambiguous') outcome = 'ambiguous';
    else {
      outcome = atlasSymbols.has(match.symbol) ? 'in-atlas' : 'not-in-atlas';
      const list = named.get(match.symbol);
      if (list) list.push(identifier);
      else {
        named.set(match.symbol, [identifier]);
        rowBySymbol.set(match.symbol, row);
      }
    }
    counts[outcome]++;
    return { identifier, outcome, match };
  });
  const sameGene = [...named]
    .filter(([, ids]) => ids.length > 1)
    .map(([symbol, identifiers]) => ({ symbol, identifiers }));
  return { rows, rowBySymbol, counts, sameGene };
}
