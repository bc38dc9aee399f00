/**
 * The gene sets an enrichment tests: one per mechanism and one per therapy, read off the
 * knowledge base. How entities count as genes (one rule, here):
 *
 * - a `gene` entity contributes its approved HGNC symbol;
 * - a `family` (ERK1/2, AKT, TGF-β) and a `complex` (S100A9–PGAM5–USP10) contribute each
 *   of their `members` symbols: a researcher's list names MAPK1, not "ERK1/2", so the
 *   family stands for all its members;
 * - every other entity (cells, processes, drugs, RNAs, outcomes) contributes nothing;
 * - a set is a set: a symbol reached twice (STAT3 as a gene and as a complex member, or in
 *   two relations) counts once.
 *
 * A mechanism's genes are those of the entities its relations join. A therapy's genes are
 * those of the entities the relations of its diagram join, as the app opens it: a
 * combination includes its component therapies' relations (the default "with components").
 */
import type { KnowledgeBase } from './knowledge-base';
import { expandTherapies } from './query';
import type { Entity, Relation } from './schema';

export const ENRICHMENT_KINDS = ['mechanism', 'therapy'] as const;
export type EnrichmentKind = (typeof ENRICHMENT_KINDS)[number];

export interface GeneSet {
  id: string;
  kind: EnrichmentKind;
  /** Approved symbols, each once. */
  genes: ReadonlySet<string>;
  /** For each symbol, the ids of the set's entities that carry it (a gene, or a family holding it). */
  entitiesByGene: ReadonlyMap<string, readonly string[]>;
}

/** The approved symbols an entity stands for, by the rule above. */
export function entityGenes(entity: Entity): readonly string[] {
  if (entity.type === 'gene') return entity.symbol ? [entity.symbol] : [];
  if (entity.type === 'family' || entity.type === 'complex') return entity.members ?? [];
  return [];
}

function geneSet(kb: KnowledgeBase, id: string, kind: EnrichmentKind, relations: readonly Relation[]): GeneSet {
  const entitiesByGene = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const r of relations) {
    for (const entityId of [r.source, r.target]) {
      if (seen.has(entityId)) continue;
      seen.add(entityId);
      const entity = kb.entityById.get(entityId);
      for (const symbol of entity ? entityGenes(entity) : []) {
        const list = entitiesByGene.get(symbol);
        if (list) list.push(entityId);
        else entitiesByGene.set(symbol, [entityId]);
      }
    }
  }
  return { id, kind, genes: new Set(entitiesByGene.keys()), entitiesByGene };
}

/** Every mechanism's and every therapy's gene set, in the knowledge base's order (sets may be empty). */
export function atlasGeneSets(kb: KnowledgeBase): GeneSet[] {
  const byMechanism = new Map<string, Relation[]>();
  for (const r of kb.relations) {
    const list = byMechanism.get(r.mechanism);
    if (list) list.push(r);
    else byMechanism.set(r.mechanism, [r]);
  }
  const mechanisms = kb.mechanisms.map((m) => geneSet(kb, m.id, 'mechanism', byMechanism.get(m.id) ?? []));
  const therapies = kb.therapies.map((t) => {
    const shown = expandTherapies(kb, [t.id], true);
    return geneSet(
      kb,
      t.id,
      'therapy',
      kb.relations.filter((r) => r.therapies.some((x) => shown.has(x))),
    );
  });
  return [...mechanisms, ...therapies];
}

/** The atlas background: every symbol of every gene, family and complex entity, whether or not a relation joins it. */
export function atlasGenes(kb: KnowledgeBase): Set<string> {
  return new Set(kb.entities.flatMap((e) => entityGenes(e)));
}
