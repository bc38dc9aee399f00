/**
 * The knowledge base plus imported pathways, each as a view of its own beside the
 * therapies. An imported gene whose approved symbol is an atlas gene's symbol IS that
 * atlas entity (so Compare and `graph shared` find the genes a pathway shares with a
 * therapy); so is a gene an earlier import already brought. Every other id keeps the
 * pathway's prefix, renumbered (`wp3614-2-…`) if an id of that prefix is taken, so two
 * imports never collide with each other or with the atlas. Pure.
 */
import type { PathwayImport } from '../io/pathway/pathway-import';
import { indexKnowledgeBase, type KnowledgeBase, knowledgeBaseData } from './knowledge-base';
import { GraphDocumentSchema } from './schema';

/** Ids the document uses for itself: its view's id is its prefix, everything else starts with it. */
function ownIds(document: ReturnType<typeof GraphDocumentSchema.parse>): string[] {
  return [
    ...(document.therapies ?? []).map((t) => t.id),
    ...(document.mechanisms ?? []).map((m) => m.id),
    ...(document.entities ?? []).map((e) => e.id),
    ...(document.relations ?? []).map((r) => r.id),
  ];
}

export function mergePathways(kb: KnowledgeBase, imports: readonly PathwayImport[]): KnowledgeBase {
  const data = knowledgeBaseData(kb);
  const therapies = [...data.therapies];
  const mechanisms = [...data.mechanisms];
  const entities = [...data.entities];
  const relations = [...data.relations];
  const taken = new Set<string>([...therapies, ...mechanisms, ...entities, ...relations].map((x) => x.id));
  const entityBySymbol = new Map<string, string>();
  for (const e of entities) if (e.symbol) entityBySymbol.set(e.symbol, e.id);

  for (const pathway of imports) {
    const document = GraphDocumentSchema.parse(pathway.document);
    const prefix = document.therapies?.[0]?.id;
    if (!prefix) continue;
    const ids = ownIds(document);
    // A prefix whose ids are all free; else the first numbered one that is.
    let namespace = prefix;
    const rename = (id: string, ns: string) => (id === prefix ? ns : `${ns}${id.slice(prefix.length)}`);
    for (let n = 2; ids.some((id) => taken.has(rename(id, namespace))); n++) namespace = `${prefix}-${n}`;
    const idOf = new Map<string, string>();
    for (const id of ids) idOf.set(id, rename(id, namespace));

    for (const e of document.entities ?? []) {
      const shared = e.symbol ? entityBySymbol.get(e.symbol) : undefined;
      if (shared) {
        idOf.set(e.id, shared);
        continue;
      }
      const id = idOf.get(e.id) ?? e.id;
      entities.push({ ...e, id });
      if (e.symbol) entityBySymbol.set(e.symbol, id);
    }
    const mapped = (id: string) => idOf.get(id) ?? id;
    for (const t of document.therapies ?? []) therapies.push({ ...t, id: mapped(t.id) });
    for (const m of document.mechanisms ?? []) {
      mechanisms.push({ ...m, id: mapped(m.id), therapies: m.therapies.map(mapped) });
    }
    for (const r of document.relations ?? []) {
      relations.push({
        ...r,
        id: mapped(r.id),
        source: mapped(r.source),
        target: mapped(r.target),
        mechanism: mapped(r.mechanism),
        therapies: r.therapies.map(mapped),
      });
    }
    for (const id of idOf.values()) taken.add(id);
  }
  return indexKnowledgeBase({ ...data, therapies, mechanisms, entities, relations });
}
