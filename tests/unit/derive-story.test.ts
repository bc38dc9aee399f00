import { describe, expect, it } from 'vitest';
import { stepSubGraph, storyFullGraph, storyView } from '../../src/app/derive/story';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { smallSources, smallStory } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;
const caption = { en: 'Caption', zh: '说明' };
const story = smallStory(kb, [
  { caption, reveal: { entities: ['hyp'] }, references: [1] },
  { caption, reveal: { relations: ['r1'] }, references: [1] },
  { caption, reveal: { relations: ['r2', 'r3'] }, highlight: { entities: ['hyp'] }, references: [1] },
]);
const ids = (items: readonly { id: string }[]) => items.map((x) => x.id);

describe('storyFullGraph', () => {
  it('is everything the story reveals by its last step', () => {
    const full = storyFullGraph(kb, story);
    expect(ids(full.entities)).toEqual(['hyp', 'h1', 's1', 'out']);
    expect(ids(full.relations)).toEqual(['r1', 'r2', 'r3']);
  });
});

describe('storyView', () => {
  const full = storyFullGraph(kb, story);

  it('shows at the first step only what it reveals, and keeps the full graph it was given', () => {
    const view = storyView(kb, story, 0, full);
    expect(view.full).toBe(full);
    expect(view.step).toBe(0);
    expect(ids(view.visible.entities)).toEqual(['hyp']);
    expect(view.visible.relations).toEqual([]);
    expect([...view.current.currentEntities]).toEqual(['hyp']);
  });

  it('accumulates earlier steps in the visible graph while only the current step is current', () => {
    const view = storyView(kb, story, 1, full);
    expect(ids(view.visible.entities)).toEqual(['hyp', 'h1']);
    expect(ids(view.visible.relations)).toEqual(['r1']);
    expect([...view.current.currentRelations]).toEqual(['r1']);
    const last = storyView(kb, story, 2, full);
    expect([...last.current.currentRelations].sort()).toEqual(['r2', 'r3']);
    expect(last.current.currentEntities.has('hyp')).toBe(true);
    expect(last.current.currentEntities.has('h1')).toBe(true);
  });
});

describe('stepSubGraph', () => {
  it('keeps the knowledge base order and drops ids the state does not name', () => {
    const sub = stepSubGraph(kb, {
      entities: new Set(['out', 'hyp']),
      relations: new Set(['r3']),
      currentEntities: new Set(),
      currentRelations: new Set(),
    });
    expect(ids(sub.entities)).toEqual(['hyp', 'out']);
    expect(ids(sub.relations)).toEqual(['r3']);
  });
});
