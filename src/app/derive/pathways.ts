/**
 * The knowledge base the app draws: the bundled one plus the imported pathways, each a view
 * of its own (through the model's mergePathways), under the name the person gave it. Pure;
 * App's provider computes it once per change of the pathway list. The documents were
 * validated when imported or read back from the browser's store, and mergePathways
 * remembers each pathway's part, so a rename costs a new index, not a new merge.
 */
import type { KnowledgeBase } from '../../model/knowledge-base';
import { type ImportedEvidence, mergePathways } from '../../model/merge-pathways';
import type { StoredPathway } from '../../store/pathway-store';

export interface PathwayViews {
  kb: KnowledgeBase;
  /** Each stored pathway's view (therapy) id in `kb`, by storage key. */
  viewOf: ReadonlyMap<string, string>;
  /** The storage key of each imported view, by its therapy id. */
  pathwayOf: ReadonlyMap<string, string>;
  /** By entity id: what imported pathways say of an entity they share with the atlas (or an earlier import). */
  evidence: ReadonlyMap<string, readonly ImportedEvidence[]>;
}

export function withPathways(base: KnowledgeBase, pathways: readonly StoredPathway[]): PathwayViews {
  if (pathways.length === 0) return { kb: base, viewOf: new Map(), pathwayOf: new Map(), evidence: new Map() };
  const kb = mergePathways(
    base,
    pathways.map((p) => ({ document: p.imported.document, name: p.name })),
  );
  // mergePathways appends each import's one view after the atlas's therapies, in order.
  const added = kb.therapies.slice(base.therapies.length);
  const viewOf = new Map<string, string>();
  pathways.forEach((p, i) => {
    const view = added[i];
    if (view) viewOf.set(p.key, view.id);
  });
  return {
    kb,
    viewOf,
    pathwayOf: new Map([...viewOf].map(([key, id]) => [id, key])),
    evidence: kb.importedEvidence,
  };
}

let last: { base: KnowledgeBase; pathways: readonly StoredPathway[]; views: PathwayViews } | null = null;

/**
 * withPathways for the same base and the same list (by identity) as the last call: the
 * provider and the actions that need a new view's id share one merge.
 */
export function pathwayViews(base: KnowledgeBase, pathways: readonly StoredPathway[]): PathwayViews {
  if (last && last.base === base && last.pathways === pathways) return last.views;
  const views = withPathways(base, pathways);
  last = { base, pathways, views };
  return views;
}
