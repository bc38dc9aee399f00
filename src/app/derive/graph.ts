/**
 * The graphs the diagram shows, as plain functions over the knowledge base and the
 * store's fields (no React): the therapy graph drives layout, the visible graph what is
 * shown. An open story replaces both with its own.
 */
import type { KnowledgeBase } from '../../model/knowledge-base';
import {
  type CertaintyFilter,
  type EvidenceFilter,
  expandTherapies,
  filterGraph,
  findPaths,
  type PathResult,
  type SubGraph,
} from '../../model/query';
import type { EntityType, MechanismCategory } from '../../model/vocabulary';
import type { Selection } from '../../store/view-state';
import type { StoryView } from './story';

const EMPTY: SubGraph = { entities: [], relations: [] };

export interface TherapyChoice {
  therapies: readonly string[];
  withComponents: boolean;
}

export interface ViewFilters extends TherapyChoice {
  categories: readonly MechanismCategory[];
  entityTypes: readonly EntityType[];
  evidence: EvidenceFilter;
  certainty: CertaintyFilter;
  /** Neighbourhood steps around the selected entity (0: off). */
  steps: number;
  selection: Selection;
}

/** Everything the chosen therapies draw, before the filters: what is laid out. */
export function therapyGraph(kb: KnowledgeBase, choice: TherapyChoice, story: StoryView | null): SubGraph {
  if (story) return story.full;
  if (choice.therapies.length === 0) return EMPTY;
  return filterGraph(kb, { therapies: choice.therapies, withComponents: choice.withComponents });
}

/**
 * What the filters leave of the therapy graph. With no filter narrowing, this is the
 * therapy graph itself (the same object), so the view sees nothing changed.
 */
export function visibleGraph(
  kb: KnowledgeBase,
  filters: ViewFilters,
  base: SubGraph,
  story: StoryView | null,
): SubGraph {
  if (story) return story.visible;
  if (filters.therapies.length === 0) return base;
  const narrowed =
    filters.categories.length > 0 ||
    filters.entityTypes.length > 0 ||
    filters.evidence !== 'all' ||
    filters.certainty !== 'all' ||
    (filters.steps > 0 && filters.selection?.kind === 'entity');
  if (!narrowed) return base;
  const focus =
    filters.steps > 0 && filters.selection?.kind === 'entity'
      ? { focus: filters.selection.id, steps: filters.steps }
      : undefined;
  return filterGraph(kb, {
    therapies: filters.therapies,
    withComponents: filters.withComponents,
    categories: filters.categories,
    entityTypes: filters.entityTypes,
    evidence: filters.evidence,
    certainty: filters.certainty,
    neighbourhood: focus,
  });
}

/** The therapies whose colours the diagram and legend use (an open story brings its own). */
export function shownTherapies(
  kb: KnowledgeBase,
  choice: TherapyChoice,
  storyTherapies: readonly string[] | undefined,
): Set<string> {
  return expandTherapies(kb, storyTherapies ?? choice.therapies, choice.withComponents);
}

/** The paths between the chosen ends through what is visible, or null until both are chosen. */
export function visiblePaths(visible: SubGraph, from: string | null, to: string | null): PathResult | null {
  return from && to ? findPaths(visible.relations, from, to, { maxLength: 8, maxPaths: 12 }) : null;
}
