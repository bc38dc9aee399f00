/**
 * What the diagram emphasises, as plain functions over the selection, the found paths,
 * the chosen intersection and the story step (no React), so each rule has a unit test.
 */
import { exactIntersections, therapyMembership } from '../../model/intersections';
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { PathResult, SubGraph } from '../../model/query';
import type { EnrichmentChoice } from '../../store/enrichment-state';
import type { CompareScope, Panel, Selection } from '../../store/view-state';
import type { Highlight } from '../../view/CytoscapeView';
import type { StoryView } from './story';

export interface CompareChoice {
  panel: Panel;
  compareSet: string | null;
  therapies: readonly string[];
  compareScope: CompareScope;
}

/**
 * Entities of the exact intersection chosen in the shared-genes view, while that view is
 * open; an unknown key gives an empty set (the chosen group highlights nothing), not null.
 */
export function compareHighlight(kb: KnowledgeBase, choice: CompareChoice): ReadonlySet<string> | null {
  if (choice.panel !== 'compare' || !choice.compareSet) return null;
  const group = exactIntersections(therapyMembership(kb, choice.therapies, choice.compareScope)).find(
    (g) => g.key === choice.compareSet,
  );
  return new Set(group?.entities.map((e) => e.id) ?? []);
}

export interface HighlightInput {
  selection: Selection;
  /** What is visible: a selected entity's neighbours are counted among these relations only. */
  visible: SubGraph;
  paths: PathResult | null;
  compared: ReadonlySet<string> | null;
  story: StoryView | null;
}

/** The emphasis to draw, or null when nothing stands out. */
export function highlightFor(kb: KnowledgeBase, input: HighlightInput): Highlight | null {
  const { selection, visible, paths, compared, story } = input;
  if (story) {
    // Teaching mode: the current step stands out, earlier steps stay visible but quieter.
    return {
      focusNodes: story.current.currentEntities,
      focusRelations: story.current.currentRelations,
      nodes: new Set<string>(),
      relations: new Set<string>(),
      pathNodes: new Set<string>(),
      pathRelations: new Set<string>(),
      quietOthers: true,
    };
  }
  const onPaths = paths?.paths.flat() ?? [];
  const pathRelations = new Set(onPaths.map((r) => r.id));
  const pathNodes = new Set(onPaths.flatMap((r) => [r.source, r.target]));
  if (!selection && pathRelations.size === 0 && !compared) return null;
  const nodes = new Set<string>(compared ?? []);
  const relations = new Set<string>();
  const focusNodes = new Set<string>();
  const focusRelations = new Set<string>();
  if (selection?.kind === 'entity') {
    focusNodes.add(selection.id);
    for (const r of visible.relations) {
      if (r.source === selection.id || r.target === selection.id) {
        relations.add(r.id);
        nodes.add(r.source);
        nodes.add(r.target);
      }
    }
  } else if (selection?.kind === 'relation') {
    const r = kb.relationById.get(selection.id);
    if (r) {
      focusRelations.add(r.id);
      nodes.add(r.source);
      nodes.add(r.target);
    }
  }
  return {
    focusNodes,
    focusRelations,
    nodes,
    relations,
    pathNodes,
    pathRelations,
    // A chosen mechanism outlines its frame.
    ...(selection?.kind === 'mechanism' ? { focusFrames: new Set([selection.id]) } : {}),
  };
}

/**
 * The hit entities of an opened enrichment result, while the Enrichment tab is open (as
 * the Compare tab's sets). Here, not beside the enrichment, so the app's first load does
 * not bring the statistics code.
 */
export function enrichmentHighlight(panel: Panel, choice: EnrichmentChoice | null): ReadonlySet<string> | null {
  return panel === 'enrichment' && choice ? new Set(choice.entities) : null;
}
