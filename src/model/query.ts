/**
 * Pure queries over a knowledge base: therapy membership, filters, neighbourhoods,
 * paths and shared entities. No React, no Cytoscape: the app, the CLI and the tests
 * all call these.
 */
import type { KnowledgeBase } from './knowledge-base';
import type { Entity, Relation } from './schema';
import type { EntityType, MechanismCategory } from './vocabulary';

/** A node's therapies are derived from the relations that touch it, never stored. */
export function entityTherapies(relations: readonly Relation[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, therapies: readonly string[]) => {
    let set = out.get(id);
    if (!set) {
      set = new Set();
      out.set(id, set);
    }
    for (const t of therapies) set.add(t);
  };
  for (const r of relations) {
    add(r.source, r.therapies);
    add(r.target, r.therapies);
  }
  return out;
}

/** A combination's view includes its components' relations when asked to. */
export function expandTherapies(kb: KnowledgeBase, ids: readonly string[], withComponents: boolean): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    if (withComponents) for (const c of kb.therapyById.get(id)?.components ?? []) visit(c);
  };
  for (const id of ids) visit(id);
  return out;
}

/** Whose evidence to keep: all, the review authors' own group's, or everyone else's. */
export const EVIDENCE_FILTERS = ['all', 'own-group', 'other'] as const;
export type EvidenceFilter = (typeof EVIDENCE_FILTERS)[number];
/** Which statements to keep: all, or only those the review states as findings (hides `suggested`). */
export const CERTAINTY_FILTERS = ['all', 'stated'] as const;
export type CertaintyFilter = (typeof CERTAINTY_FILTERS)[number];

export interface GraphFilter {
  /** Therapy ids; empty means every therapy. */
  therapies: readonly string[];
  withComponents?: boolean;
  /** Mechanism categories to keep; empty means all. */
  categories?: readonly MechanismCategory[];
  /** Entity types to keep; empty means all. */
  entityTypes?: readonly EntityType[];
  evidence?: EvidenceFilter;
  /** 'stated': drop the relations the review only suggests (hedged statements). */
  certainty?: CertaintyFilter;
  /** Keep only entities within `steps` relations of `focus` (undirected). */
  neighbourhood?: { focus: string; steps: number };
}

export interface SubGraph {
  entities: Entity[];
  relations: Relation[];
}

export function filterGraph(kb: KnowledgeBase, filter: GraphFilter): SubGraph {
  const therapies = filter.therapies.length > 0 ? expandTherapies(kb, filter.therapies, !!filter.withComponents) : null;
  const categories = filter.categories && filter.categories.length > 0 ? new Set(filter.categories) : null;
  const types = filter.entityTypes && filter.entityTypes.length > 0 ? new Set(filter.entityTypes) : null;
  const evidence = filter.evidence ?? 'all';
  const statedOnly = filter.certainty === 'stated';

  const typeOk = (id: string) => !types || types.has(kb.entityById.get(id)?.type as EntityType);
  let relations = kb.relations.filter((r) => {
    if (therapies && !r.therapies.some((t) => therapies.has(t))) return false;
    if (categories) {
      const category = kb.mechanismById.get(r.mechanism)?.category;
      if (!category || !categories.has(category)) return false;
    }
    if (evidence === 'own-group' && !r.ownGroup) return false;
    if (evidence === 'other' && r.ownGroup) return false;
    if (statedOnly && r.certainty === 'suggested') return false;
    return typeOk(r.source) && typeOk(r.target);
  });

  if (filter.neighbourhood) {
    const keep = neighbourhood(relations, [filter.neighbourhood.focus], filter.neighbourhood.steps);
    relations = relations.filter((r) => keep.has(r.source) && keep.has(r.target));
  }

  const ids = new Set<string>();
  for (const r of relations) {
    ids.add(r.source);
    ids.add(r.target);
  }
  if (filter.neighbourhood && kb.entityById.has(filter.neighbourhood.focus) && typeOk(filter.neighbourhood.focus)) {
    ids.add(filter.neighbourhood.focus);
  }
  return { entities: kb.entities.filter((e) => ids.has(e.id)), relations };
}

/** Entities within `steps` relations of any start entity, ignoring direction. */
export function neighbourhood(relations: readonly Relation[], start: readonly string[], steps: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const r of relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const seen = new Set(start);
  let frontier = [...start];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export interface PathResult {
  /** Each path as its relations in order, from `from` to `to`. */
  paths: Relation[][];
  /** True when the search stopped at `maxPaths` and more paths may exist. */
  truncated: boolean;
}

/**
 * Directed simple paths from one entity to another, shortest first. Depth-limited so a
 * dense graph cannot make it explode; the caller learns when results were cut.
 */
export function findPaths(
  relations: readonly Relation[],
  from: string,
  to: string,
  { maxLength = 8, maxPaths = 20 }: { maxLength?: number; maxPaths?: number } = {},
): PathResult {
  const outgoing = new Map<string, Relation[]>();
  for (const r of relations) {
    const list = outgoing.get(r.source);
    if (list) list.push(r);
    else outgoing.set(r.source, [r]);
  }
  // Distance to `to` along reversed edges prunes branches that cannot arrive in time.
  const incoming = new Map<string, string[]>();
  for (const r of relations) {
    const list = incoming.get(r.target);
    if (list) list.push(r.source);
    else incoming.set(r.target, [r.source]);
  }
  const distanceToTarget = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = distanceToTarget.get(id) as number;
      for (const prev of incoming.get(id) ?? []) {
        if (!distanceToTarget.has(prev)) {
          distanceToTarget.set(prev, d + 1);
          next.push(prev);
        }
      }
    }
    frontier = next;
  }

  const paths: Relation[][] = [];
  let truncated = false;
  if (from === to || !distanceToTarget.has(from)) return { paths, truncated };
  // Iterative deepening yields shortest paths first.
  const minimum = distanceToTarget.get(from) as number;
  for (let limit = minimum; limit <= maxLength && !truncated; limit++) {
    const onPath = new Set<string>([from]);
    const stack: Relation[] = [];
    const walk = (node: string) => {
      if (truncated) return;
      for (const r of outgoing.get(node) ?? []) {
        const remaining = distanceToTarget.get(r.target);
        if (remaining === undefined || onPath.has(r.target)) continue;
        if (stack.length + 1 + remaining > limit) continue;
        stack.push(r);
        if (r.target === to) {
          if (stack.length === limit) {
            if (paths.length >= maxPaths) truncated = true;
            else paths.push([...stack]);
          }
        } else {
          onPath.add(r.target);
          walk(r.target);
          onPath.delete(r.target);
        }
        stack.pop();
        if (truncated) return;
      }
    };
    walk(from);
  }
  return { paths, truncated };
}

export interface SharedEntity {
  entity: Entity;
  /** The chosen therapies this entity takes part in. */
  therapies: string[];
  /** Relations per therapy through which it takes part. */
  relationsByTherapy: Map<string, Relation[]>;
}

/** Entities that take part in two or more of the given therapies, most-shared first. */
export function sharedEntities(kb: KnowledgeBase, therapyIds: readonly string[], minimum = 2): SharedEntity[] {
  const chosen = new Set(therapyIds);
  const byEntity = new Map<string, Map<string, Relation[]>>();
  for (const r of kb.relations) {
    for (const t of r.therapies) {
      if (!chosen.has(t)) continue;
      for (const id of [r.source, r.target]) {
        let perTherapy = byEntity.get(id);
        if (!perTherapy) {
          perTherapy = new Map();
          byEntity.set(id, perTherapy);
        }
        const list = perTherapy.get(t);
        if (list) list.push(r);
        else perTherapy.set(t, [r]);
      }
    }
  }
  const out: SharedEntity[] = [];
  for (const [id, relationsByTherapy] of byEntity) {
    if (relationsByTherapy.size < minimum) continue;
    const entity = kb.entityById.get(id);
    if (!entity) continue;
    const therapies = therapyIds.filter((t) => relationsByTherapy.has(t));
    out.push({ entity, therapies, relationsByTherapy });
  }
  return out.sort((a, b) => b.therapies.length - a.therapies.length || a.entity.id.localeCompare(b.entity.id));
}
