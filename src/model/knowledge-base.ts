/**
 * The knowledge base as the app uses it: plain arrays (what a validated build ships)
 * plus lookup maps. Type-only imports: the browser can index a knowledge base that was
 * validated at build time without loading the validator.
 */
import type { Atlas, Entity, Mechanism, Reference, Relation, ResponseTable, Therapy, TreatmentLine } from './schema';

export interface KnowledgeBaseData {
  atlas: Atlas;
  therapies: Therapy[];
  mechanisms: Mechanism[];
  entities: Entity[];
  relations: Relation[];
  references: Reference[];
  responseTables: ResponseTable[];
  treatmentLines: TreatmentLine[];
}

export interface KnowledgeBase extends KnowledgeBaseData {
  therapyById: ReadonlyMap<string, Therapy>;
  mechanismById: ReadonlyMap<string, Mechanism>;
  entityById: ReadonlyMap<string, Entity>;
  relationById: ReadonlyMap<string, Relation>;
  referenceByNumber: ReadonlyMap<number, Reference>;
}

export function indexKnowledgeBase(data: KnowledgeBaseData): KnowledgeBase {
  return {
    ...data,
    therapyById: new Map(data.therapies.map((t) => [t.id, t])),
    mechanismById: new Map(data.mechanisms.map((m) => [m.id, m])),
    entityById: new Map(data.entities.map((e) => [e.id, e])),
    relationById: new Map(data.relations.map((r) => [r.id, r])),
    referenceByNumber: new Map(data.references.map((r) => [r.number, r])),
  };
}

/** The arrays only, for shipping as JSON. */
export function knowledgeBaseData(kb: KnowledgeBase): KnowledgeBaseData {
  const { atlas, therapies, mechanisms, entities, relations, references, responseTables, treatmentLines } = kb;
  return { atlas, therapies, mechanisms, entities, relations, references, responseTables, treatmentLines };
}
