/**
 * The knowledge base the app draws: the bundled one plus the imported pathways, each a view
 * of its own (through the model's mergePathways), under the name the person gave it. Pure;
 * App's provider computes it once per change of the pathway list.
 */
import type { PathwayImport } from '../../io/pathway/pathway-import';
import type { KnowledgeBase } from '../../model/knowledge-base';
import { mergePathways } from '../../model/merge-pathways';
import type { StoredPathway } from '../../store/pathway-store';

export interface PathwayViews {
  kb: KnowledgeBase;
  /** Each stored pathway's view (therapy) id in `kb`, by storage key. */
  viewOf: ReadonlyMap<string, string>;
  /** The storage key of each imported view, by its therapy id. */
  pathwayOf: ReadonlyMap<string, string>;
}

/** The import as it should be drawn: its view named as the person named it. */
function named(pathway: StoredPathway): PathwayImport {
  const { imported, name } = pathway;
  const therapies = (imported.document.therapies ?? []).map((t) => ({
    ...t,
    label: { en: name, zh: name },
    name: { en: name, zh: name },
  }));
  return { ...imported, document: { ...imported.document, therapies } };
}

export function withPathways(base: KnowledgeBase, pathways: readonly StoredPathway[]): PathwayViews {
  if (pathways.length === 0) return { kb: base, viewOf: new Map(), pathwayOf: new Map() };
  const kb = mergePathways(base, pathways.map(named));
  // mergePathways appends each import's one view after the atlas's therapies, in order.
  const added = kb.therapies.slice(base.therapies.length);
  const viewOf = new Map<string, string>();
  pathways.forEach((p, i) => {
    const view = added[i];
    if (view) viewOf.set(p.key, view.id);
  });
  return { kb, viewOf, pathwayOf: new Map([...viewOf].map(([key, id]) => [id, key])) };
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
