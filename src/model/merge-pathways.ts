/**
 * The knowledge base plus imported pathways, each as a view of its own beside the
 * therapies. An imported gene whose approved symbol is an atlas gene's symbol IS that
 * atlas entity (so Compare and `graph shared` find the genes a pathway shares with a
 * therapy); so is a gene an earlier import already brought. What the pathway said of such
 * a gene (its label as written, source id, type and Xrefs) is kept beside the knowledge
 * base, in `importedEvidence`, so details can show it. Every other id keeps the pathway's
 * prefix, renumbered (`wp3614-2-…`) if an id of that prefix is taken, so two imports never
 * collide with each other or with the atlas. Pure.
 *
 * Documents arrive validated (src/io/pathway/import-pathway.ts validates what it builds,
 * src/store/pathway-store.ts what it reads back), so nothing here parses them again. Each
 * pathway's part of the merge is remembered by its document: as long as its namespace and
 * the atlas ids its genes join are the same, a new merge (a rename, another pathway added
 * or removed) reuses it, and only the names and the index are made anew.
 */
import { indexKnowledgeBase, type KnowledgeBase, knowledgeBaseData } from './knowledge-base';
import type { Entity, GraphDocument, Mechanism, Origin, Relation, Therapy } from './schema';

/** One imported pathway to merge: its document and, if the person renamed it, the view's name. */
export interface PathwayToMerge {
  document: GraphDocument;
  name?: string;
}

/** What an imported pathway says of an entity it shares with the atlas (or an earlier import). */
export interface ImportedEvidence {
  /** The pathway's view (therapy id) in the merged knowledge base. */
  view: string;
  /** The label as the file writes it ("PKM2", "p53"). */
  label: string;
  origin?: Origin;
}

export interface MergedKnowledgeBase extends KnowledgeBase {
  /** By entity id: each imported pathway's own evidence of an entity it was merged into. */
  importedEvidence: ReadonlyMap<string, readonly ImportedEvidence[]>;
}

/** One pathway's share of a merge, remembered per document. */
interface Part {
  /** The document's own ids (its view's id is its prefix, everything else starts with it). */
  prefix: string;
  ids: string[];
  namespace: string;
  /** The id each gene entity went to, in order: the key under which the part may be reused. */
  joined: string;
  therapies: Therapy[];
  mechanisms: Mechanism[];
  entities: Entity[];
  relations: Relation[];
  evidence: Array<[string, ImportedEvidence]>;
  /** The ids the part takes, and its own genes by symbol, for the pathways after it. */
  taken: string[];
  symbols: Array<[string, string]>;
}

const parts = new WeakMap<GraphDocument, Part>();

function ownIds(document: GraphDocument): string[] {
  return [
    ...(document.therapies ?? []).map((t) => t.id),
    ...(document.mechanisms ?? []).map((m) => m.id),
    ...(document.entities ?? []).map((e) => e.id),
    ...(document.relations ?? []).map((r) => r.id),
  ];
}

function mergePart(
  document: GraphDocument,
  prefix: string,
  ids: string[],
  namespace: string,
  joined: string,
  entityBySymbol: ReadonlyMap<string, string>,
): Part {
  const rename = (id: string) => (id === prefix ? namespace : `${namespace}${id.slice(prefix.length)}`);
  const idOf = new Map<string, string>();
  for (const id of ids) idOf.set(id, rename(id));
  const mapped = (id: string) => idOf.get(id) ?? id;
  const view = mapped(prefix);

  const entities: Entity[] = [];
  const evidence: Array<[string, ImportedEvidence]> = [];
  const symbols: Array<[string, string]> = [];
  for (const e of document.entities ?? []) {
    const shared = e.symbol ? entityBySymbol.get(e.symbol) : undefined;
    if (shared) {
      idOf.set(e.id, shared);
      evidence.push([shared, { view, label: e.label.en, ...(e.origin ? { origin: e.origin } : {}) }]);
      continue;
    }
    const id = mapped(e.id);
    entities.push({ ...e, id });
    if (e.symbol) symbols.push([e.symbol, id]);
  }
  return {
    prefix,
    ids,
    namespace,
    joined,
    therapies: (document.therapies ?? []).map((t) => ({ ...t, id: mapped(t.id) })),
    mechanisms: (document.mechanisms ?? []).map((m) => ({
      ...m,
      id: mapped(m.id),
      therapies: m.therapies.map(mapped),
    })),
    entities,
    relations: (document.relations ?? []).map((r) => ({
      ...r,
      id: mapped(r.id),
      source: mapped(r.source),
      target: mapped(r.target),
      mechanism: mapped(r.mechanism),
      therapies: r.therapies.map(mapped),
    })),
    evidence,
    taken: [...idOf.values()],
    symbols,
  };
}

/** The view named as the person named it (the file's title otherwise). */
function named(therapy: Therapy, name: string | undefined): Therapy {
  if (name === undefined || name === therapy.label.en) return therapy;
  return { ...therapy, label: { en: name, zh: name }, name: { en: name, zh: name } };
}

export function mergePathways(kb: KnowledgeBase, imports: readonly PathwayToMerge[]): MergedKnowledgeBase {
  const data = knowledgeBaseData(kb);
  const therapies = [...data.therapies];
  const mechanisms = [...data.mechanisms];
  const entities = [...data.entities];
  const relations = [...data.relations];
  const taken = new Set<string>([...therapies, ...mechanisms, ...entities, ...relations].map((x) => x.id));
  const entityBySymbol = new Map<string, string>();
  for (const e of entities) if (e.symbol) entityBySymbol.set(e.symbol, e.id);
  const importedEvidence = new Map<string, ImportedEvidence[]>();

  for (const { document, name } of imports) {
    const remembered = parts.get(document);
    const prefix = remembered?.prefix ?? document.therapies?.[0]?.id;
    if (!prefix) continue;
    const ids = remembered?.ids ?? ownIds(document);
    // A prefix whose ids are all free; else the first numbered one that is.
    const free = (ns: string) => !ids.some((id) => taken.has(id === prefix ? ns : `${ns}${id.slice(prefix.length)}`));
    let namespace = prefix;
    for (let n = 2; !free(namespace); n++) namespace = `${prefix}-${n}`;
    const joined = (document.entities ?? [])
      .map((e) => (e.symbol ? (entityBySymbol.get(e.symbol) ?? '') : ''))
      .join('\u0000');
    const part =
      remembered && remembered.namespace === namespace && remembered.joined === joined
        ? remembered
        : mergePart(document, prefix, ids, namespace, joined, entityBySymbol);
    parts.set(document, part);

    for (const t of part.therapies) therapies.push(named(t, name));
    for (const m of part.mechanisms) mechanisms.push(m);
    for (const e of part.entities) entities.push(e);
    for (const r of part.relations) relations.push(r);
    for (const [id, evidence] of part.evidence) {
      const list = importedEvidence.get(id);
      if (list) list.push(evidence);
      else importedEvidence.set(id, [evidence]);
    }
    for (const id of part.taken) taken.add(id);
    for (const [symbol, id] of part.symbols) entityBySymbol.set(symbol, id);
  }
  return {
    ...indexKnowledgeBase({ ...data, therapies, mechanisms, entities, relations }),
    importedEvidence,
  };
}
