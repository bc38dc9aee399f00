/**
 * The open story as graphs: plain functions over the knowledge base and a story, so the
 * step view is computed once per change at the top of the app and tested without React.
 */
import type { KnowledgeBase } from '../../model/knowledge-base';
import type { SubGraph } from '../../model/query';
import type { Story } from '../../model/story';
import { type StepState, storyStepState } from '../../model/story-state';

export interface StoryView {
  story: Story;
  step: number;
  /** Everything the story reveals by its last step: laid out once, so steps never move nodes. */
  full: SubGraph;
  /** What is revealed up to the current step. */
  visible: SubGraph;
  current: StepState;
}

/** The entities and relations a step state names, in the knowledge base's order. */
export function stepSubGraph(kb: KnowledgeBase, state: StepState): SubGraph {
  return {
    entities: kb.entities.filter((e) => state.entities.has(e.id)),
    relations: kb.relations.filter((r) => state.relations.has(r.id)),
  };
}

/** Everything a story reveals by its last step (what the diagram lays out while it is open). */
export function storyFullGraph(kb: KnowledgeBase, story: Story): SubGraph {
  return stepSubGraph(kb, storyStepState(story, story.steps.length - 1, kb));
}

/**
 * The view of `story` at `step`. `full` is passed in (from storyFullGraph) so that moving
 * between steps does not recompute, or re-identify, the graph that is laid out.
 */
export function storyView(kb: KnowledgeBase, story: Story, step: number, full: SubGraph): StoryView {
  const current = storyStepState(story, step, kb);
  return { story, step, full, visible: stepSubGraph(kb, current), current };
}
