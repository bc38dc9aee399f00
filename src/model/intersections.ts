/**
 * Set overlaps between therapies, UpSet style: each entity's exact set of therapies
 * (among those chosen), and the exact intersections those sets form.
 */
import type { KnowledgeBase } from './knowledge-base';
import type { Entity, Relation } from './schema';
import type { CompareScope } from './shared-table';

const GENE_LIKE = new Set(['gene', 'family']);

export interface Membership {
  entity: Entity;
  /** Chosen therapies the entity takes part in, in the order they were chosen. */
  therapies: string[];
  relationsByTherapy: Map<string, Relation[]>;
}

export function therapyMembership(kb: KnowledgeBase, therapyIds: readonly string[], scope: CompareScope): Membership[] {
  const chosen = new Set(therapyIds);
  const byEntity = new Map<string, Map<string, Relation[]>>();
  for (const r of kb.relations) {
    for (const t of r.therapies) {
      if (!chosen.has(t)) continue;
      for (const id of new Set([r.source, r.target])) {
        const perTherapy = byEntity.get(id) ?? new Map<string, Relation[]>();
        perTherapy.set(t, [...(perTherapy.get(t) ?? []), r]);
        byEntity.set(id, perTherapy);
      }
    }
  }
  const out: Membership[] = [];
  for (const [id, relationsByTherapy] of byEntity) {
    const entity = kb.entityById.get(id);
    if (!entity || (scope === 'genes' && !GENE_LIKE.has(entity.type))) continue;
    out.push({ entity, therapies: therapyIds.filter((t) => relationsByTherapy.has(t)), relationsByTherapy });
  }
  // Shared by more therapies first, then alphabetically by label.
  return out.sort(
    (a, b) => b.therapies.length - a.therapies.length || a.entity.label.en.localeCompare(b.entity.label.en),
  );
}

export interface Intersection {
  /** The exact set of therapies, in chosen order; its key joins them with "+". */
  therapies: string[];
  key: string;
  entities: Entity[];
}

export const intersectionKey = (therapies: readonly string[]) => therapies.join('+');

/** Exact intersections (entities in exactly these therapies), largest first. */
export function exactIntersections(memberships: readonly Membership[]): Intersection[] {
  const groups = new Map<string, Intersection>();
  for (const m of memberships) {
    const key = intersectionKey(m.therapies);
    const group = groups.get(key) ?? { therapies: m.therapies, key, entities: [] };
    group.entities.push(m.entity);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.entities.length - a.entities.length || b.therapies.length - a.therapies.length || a.key.localeCompare(b.key),
  );
}
