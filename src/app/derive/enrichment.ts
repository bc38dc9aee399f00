/**
 * The Enrichment tab's data as pure functions: running a query against the atlas's gene
 * sets, the entities a row's hits stand on, what the diagram highlights, and how numbers
 * are written in the table.
 */

import { parseGeneList } from '../../io/gene-list';
import {
  type Background,
  background,
  type EnrichmentResult,
  type EnrichmentRow,
  enrich,
  type QueryResolution,
  resolveQuery,
} from '../../model/enrichment';
import { atlasGeneSets, atlasGenes, type GeneSet } from '../../model/gene-sets';
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { SymbolResolver } from '../../model/symbol-resolver';
import type { EnrichmentChoice, EnrichmentQuery } from '../../store/enrichment-state';

/** Where identifiers are resolved and, when it is available, the list of every approved HGNC symbol. */
export interface SymbolSource {
  resolver: SymbolResolver;
  hgncSymbols: readonly string[] | null;
}

export interface EnrichmentView {
  query: QueryResolution;
  result: EnrichmentResult;
  /** For a custom background: its identifiers that matched no gene (left out of it). */
  backgroundNotFound: QueryResolution['notFound'];
  sets: ReadonlyMap<string, GeneSet>;
}

export type EnrichmentRun =
  | { ok: true; view: EnrichmentView }
  | { ok: false; error: 'noGenes' | 'noBackground' | 'noHgnc' };

const setKey = (row: Pick<EnrichmentRow, 'kind' | 'id'>) => `${row.kind}:${row.id}`;

export function runEnrichment(kb: KnowledgeBase, input: EnrichmentQuery, symbols: SymbolSource): EnrichmentRun {
  const identifiers = parseGeneList(input.genes).identifiers;
  if (identifiers.length === 0) return { ok: false, error: 'noGenes' };
  let bg: Background;
  let backgroundNotFound: QueryResolution['notFound'] = [];
  if (input.background === 'hgnc') {
    if (!symbols.hgncSymbols) return { ok: false, error: 'noHgnc' };
    // As `graph enrich`: the atlas's symbols are in the background even if an older table lacks one.
    bg = background('hgnc', 'HGNC', [...symbols.hgncSymbols, ...atlasGenes(kb)]);
  } else if (input.background === 'custom') {
    const own = resolveQuery(parseGeneList(input.customBackground).identifiers, symbols.resolver);
    if (own.symbols.length === 0) return { ok: false, error: 'noBackground' };
    backgroundNotFound = own.notFound;
    bg = background('custom', 'custom', own.symbols);
  } else bg = background('atlas', 'atlas', atlasGenes(kb));
  const query = resolveQuery(identifiers, symbols.resolver);
  const sets = atlasGeneSets(kb);
  const result = enrich(sets, query.symbols, bg);
  return { ok: true, view: { query, result, backgroundNotFound, sets: new Map(sets.map((s) => [setKey(s), s])) } };
}

/** What opening a row shows: its hit entities, and the therapies whose diagram holds the set. */
export function enrichmentChoice(kb: KnowledgeBase, view: EnrichmentView, row: EnrichmentRow): EnrichmentChoice {
  const set = view.sets.get(setKey(row));
  const entities = [...new Set(row.hits.flatMap((g) => set?.entitiesByGene.get(g) ?? []))];
  const therapies =
    row.kind === 'therapy'
      ? [row.id]
      : [...new Set(kb.relations.filter((r) => r.mechanism === row.id).flatMap((r) => r.therapies))];
  return { kind: row.kind, id: row.id, entities, therapies };
}

/** A p-value or FDR in 3 significant digits; below 0.001 in scientific notation (1.23e-5). */
export function formatP(p: number): string {
  if (Number.isNaN(p)) return '—';
  if (p === 0) return '0';
  if (p < 0.001) return p.toExponential(2);
  return String(Number(p.toPrecision(3)));
}

/** Fold enrichment in 3 significant digits; a dash where no query gene was tested. */
export function formatFold(fold: number): string {
  return Number.isNaN(fold) ? '—' : String(Number(fold.toPrecision(3)));
}
