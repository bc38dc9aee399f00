/**
 * Derived view data: computed from the store and the knowledge base on each change,
 * never stored. The therapy-level graph drives layout; the filtered graph drives what
 * is visible; selection and paths drive highlighting.
 */
import { useMemo } from 'react';
import { exactIntersections, therapyMembership } from '../model/intersections';
import type { KnowledgeBase } from '../model/kb-index';
import { expandTherapies, filterGraph, findPaths, type PathResult, type SubGraph } from '../model/query';
import type { Story } from '../model/story';
import { type StepState, storyStepState } from '../model/story-state';
import type { Highlight } from '../view/CytoscapeView';
import { useApp, useAppContext } from './context';

export interface StoryView {
  story: Story;
  step: number;
  /** Everything the story reveals by its last step: laid out once, so steps never move nodes. */
  full: SubGraph;
  /** What is revealed up to the current step. */
  visible: SubGraph;
  current: StepState;
}

/** The open story, if any, as graphs and step state. */
export function useStoryView(): StoryView | null {
  const { kb, stories } = useAppContext();
  const open = useApp((s) => s.story);
  const openId = open?.id;
  const full = useMemo(() => {
    const story = openId ? stories.get(openId) : undefined;
    return story ? subGraph(kb, storyStepState(story, story.steps.length - 1, kb)) : null;
  }, [kb, stories, openId]);
  return useMemo(() => {
    const story = open ? stories.get(open.id) : undefined;
    if (!open || !story || !full) return null;
    const current = storyStepState(story, open.step, kb);
    return { story, step: open.step, full, visible: subGraph(kb, current), current };
  }, [kb, stories, open, full]);
}

function subGraph(kb: KnowledgeBase, state: StepState): SubGraph {
  return {
    entities: kb.entities.filter((e) => state.entities.has(e.id)),
    relations: kb.relations.filter((r) => state.relations.has(r.id)),
  };
}

export function useTherapyGraph(): SubGraph {
  const { kb } = useAppContext();
  const therapies = useApp((s) => s.therapies);
  const withComponents = useApp((s) => s.withComponents);
  const story = useStoryView();
  const graph = useMemo(
    () => (therapies.length === 0 ? { entities: [], relations: [] } : filterGraph(kb, { therapies, withComponents })),
    [kb, therapies, withComponents],
  );
  return story ? story.full : graph;
}

export function useShownTherapies(): ReadonlySet<string> {
  const { kb } = useAppContext();
  const therapies = useApp((s) => s.therapies);
  const withComponents = useApp((s) => s.withComponents);
  const story = useStoryView();
  const storyTherapies = story?.story.therapies;
  return useMemo(
    () => expandTherapies(kb, storyTherapies ?? therapies, withComponents),
    [kb, therapies, withComponents, storyTherapies],
  );
}

export function useVisibleGraph(): SubGraph {
  const { kb } = useAppContext();
  const story = useStoryView();
  const base = useTherapyGraph();
  const therapies = useApp((s) => s.therapies);
  const withComponents = useApp((s) => s.withComponents);
  const categories = useApp((s) => s.categories);
  const entityTypes = useApp((s) => s.entityTypes);
  const evidence = useApp((s) => s.evidence);
  const certainty = useApp((s) => s.certainty);
  const steps = useApp((s) => s.steps);
  const selection = useApp((s) => s.selection);
  const filtered = useMemo(() => {
    if (therapies.length === 0) return base;
    const focus = steps > 0 && selection?.kind === 'entity' ? { focus: selection.id, steps } : undefined;
    return filterGraph(kb, {
      therapies,
      withComponents,
      categories,
      entityTypes,
      evidence,
      certainty,
      neighbourhood: focus,
    });
  }, [kb, base, therapies, withComponents, categories, entityTypes, evidence, certainty, steps, selection]);
  return story ? story.visible : filtered;
}

export function usePaths(visible: SubGraph): PathResult | null {
  const from = useApp((s) => s.pathFrom);
  const to = useApp((s) => s.pathTo);
  return useMemo(
    () => (from && to ? findPaths(visible.relations, from, to, { maxLength: 8, maxPaths: 12 }) : null),
    [visible, from, to],
  );
}

/** Entities of the exact intersection chosen in the shared-genes view, while that view is open. */
export function useCompareHighlight(): ReadonlySet<string> | null {
  const { kb } = useAppContext();
  const panel = useApp((s) => s.panel);
  const compareSet = useApp((s) => s.compareSet);
  const therapies = useApp((s) => s.therapies);
  const scope = useApp((s) => s.compareScope);
  return useMemo(() => {
    if (panel !== 'compare' || !compareSet) return null;
    const group = exactIntersections(therapyMembership(kb, therapies, scope)).find((g) => g.key === compareSet);
    return new Set(group?.entities.map((e) => e.id) ?? []);
  }, [kb, panel, compareSet, therapies, scope]);
}

export function useHighlight(visible: SubGraph, paths: PathResult | null): Highlight | null {
  const { kb } = useAppContext();
  const selection = useApp((s) => s.selection);
  const compared = useCompareHighlight();
  const story = useStoryView();
  return useMemo(() => {
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
    const empty = new Set<string>();
    const pathRelations = new Set(paths?.paths.flat().map((r) => r.id) ?? []);
    const pathNodes = new Set(paths?.paths.flat().flatMap((r) => [r.source, r.target]) ?? []);
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
      pathNodes: pathNodes.size ? pathNodes : empty,
      pathRelations,
      // A chosen mechanism outlines its frame.
      ...(selection?.kind === 'mechanism' ? { focusFrames: new Set([selection.id]) } : {}),
    };
  }, [kb, selection, visible, paths, compared, story]);
}
