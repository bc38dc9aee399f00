/**
 * What a story shows at a step. Type-only imports, so the player does not load the
 * story validator.
 */
import type { KnowledgeBase } from './knowledge-base';
import type { Story } from './story';

export interface StepState {
  /** Everything visible at this step (this step and all before). */
  entities: Set<string>;
  relations: Set<string>;
  /** What this step adds or highlights: drawn prominently. */
  currentEntities: Set<string>;
  currentRelations: Set<string>;
}

/** What is shown at step `index` (0-based) of a story. */
export function storyStepState(story: Story, index: number, kb: KnowledgeBase): StepState {
  const state: StepState = {
    entities: new Set(),
    relations: new Set(),
    currentEntities: new Set(),
    currentRelations: new Set(),
  };
  const last = Math.max(0, Math.min(index, story.steps.length - 1));
  for (let i = 0; i <= last; i++) {
    const step = story.steps[i];
    const current = i === last;
    const addRelation = (rid: string) => {
      const relation = kb.relationById.get(rid);
      if (!relation) return;
      state.relations.add(rid);
      state.entities.add(relation.source);
      state.entities.add(relation.target);
      if (current) {
        state.currentRelations.add(rid);
        state.currentEntities.add(relation.source);
        state.currentEntities.add(relation.target);
      }
    };
    for (const e of step.reveal.entities) {
      state.entities.add(e);
      if (current) state.currentEntities.add(e);
    }
    step.reveal.relations.forEach(addRelation);
    if (current && step.highlight) {
      for (const e of step.highlight.entities) state.currentEntities.add(e);
      for (const r of step.highlight.relations) {
        state.currentRelations.add(r);
        const relation = kb.relationById.get(r);
        if (relation && state.relations.has(r)) {
          state.currentEntities.add(relation.source);
          state.currentEntities.add(relation.target);
        }
      }
    }
  }
  return state;
}
