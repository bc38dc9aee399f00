import { describe, expect, it } from 'vitest';
import { therapyGraph, visiblePaths } from '../../src/app/derive/graph';
import { compareHighlight, type HighlightInput, highlightFor } from '../../src/app/derive/highlight';
import { storyFullGraph, storyView } from '../../src/app/derive/story';
import { intersectionKey } from '../../src/model/intersections';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { smallSources, smallStory } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;
const visible = therapyGraph(kb, { therapies: ['a'], withComponents: false }, null);
const input = (patch: Partial<HighlightInput> = {}): HighlightInput => ({
  selection: null,
  visible,
  paths: null,
  compared: null,
  story: null,
  ...patch,
});
const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe('highlightFor', () => {
  it('is null when nothing is selected, found or compared', () => {
    expect(highlightFor(kb, input())).toBeNull();
  });

  it('focuses a selected entity and emphasises its visible relations and neighbours', () => {
    const h = highlightFor(kb, input({ selection: { kind: 'entity', id: 'h1' } }));
    expect(sorted(h?.focusNodes)).toEqual(['h1']);
    // r6 (x1 -> h1) touches h1 too but belongs to therapy b, which is not visible.
    expect(sorted(h?.relations)).toEqual(['r1', 'r2']);
    expect(sorted(h?.nodes)).toEqual(['h1', 'hyp', 's1']);
    expect(h?.focusRelations.size).toBe(0);
    expect(h?.focusFrames).toBeUndefined();
  });

  it('focuses a selected relation and its two ends, visible or not', () => {
    const h = highlightFor(kb, input({ selection: { kind: 'relation', id: 'r5' } }));
    expect(sorted(h?.focusRelations)).toEqual(['r5']);
    expect(sorted(h?.nodes)).toEqual(['out2', 's1']);
    expect(h?.focusNodes.size).toBe(0);
  });

  it('outlines the frame of a selected mechanism', () => {
    const h = highlightFor(kb, input({ selection: { kind: 'mechanism', id: 'm-a' } }));
    expect(sorted(h?.focusFrames)).toEqual(['m-a']);
    expect(h?.nodes.size).toBe(0);
  });

  it('marks the relations and entities on the found paths', () => {
    const h = highlightFor(kb, input({ paths: visiblePaths(visible, 'hyp', 's1') }));
    expect(sorted(h?.pathRelations)).toEqual(['r1', 'r2']);
    expect(sorted(h?.pathNodes)).toEqual(['h1', 'hyp', 's1']);
    expect(h?.focusNodes.size).toBe(0);
  });

  it('is null for a path search that found nothing', () => {
    expect(highlightFor(kb, input({ paths: visiblePaths(visible, 'out', 'hyp') }))).toBeNull();
  });

  it('emphasises the compared entities alongside a selection', () => {
    const h = highlightFor(kb, input({ compared: new Set(['s1']) }));
    expect(sorted(h?.nodes)).toEqual(['s1']);
    const both = highlightFor(kb, input({ compared: new Set(['out']), selection: { kind: 'entity', id: 'hyp' } }));
    expect(sorted(both?.nodes)).toEqual(['h1', 'hyp', 'out']);
  });

  it("draws an open story's current step in focus and the rest quieter, ignoring the selection", () => {
    const story = smallStory(kb, [
      { caption: { en: 'c', zh: '说' }, reveal: { entities: ['hyp'] }, references: [1] },
      { caption: { en: 'c', zh: '说' }, reveal: { relations: ['r2'] }, references: [1] },
    ]);
    const view = storyView(kb, story, 1, storyFullGraph(kb, story));
    const h = highlightFor(kb, input({ story: view, selection: { kind: 'entity', id: 'hyp' } }));
    expect(h?.quietOthers).toBe(true);
    expect(sorted(h?.focusRelations)).toEqual(['r2']);
    expect(sorted(h?.focusNodes)).toEqual(['h1', 's1']);
    expect(h?.nodes.size).toBe(0);
    expect(h?.relations.size).toBe(0);
  });
});

describe('compareHighlight', () => {
  const choice = {
    panel: 'compare' as const,
    compareSet: intersectionKey(['a', 'b']),
    therapies: ['a', 'b'],
    compareScope: 'genes' as const,
  };
  it('is null unless the shared-genes view is open with a group chosen', () => {
    expect(compareHighlight(kb, { ...choice, panel: 'details' })).toBeNull();
    expect(compareHighlight(kb, { ...choice, compareSet: null })).toBeNull();
  });
  it('is the genes in exactly the chosen therapies', () => {
    expect(sorted(compareHighlight(kb, choice) ?? undefined)).toEqual(['h1', 's1']);
  });
  it('widens to every entity type with the "all" scope', () => {
    const all = compareHighlight(kb, { ...choice, compareScope: 'all' });
    expect(sorted(all ?? undefined)).toEqual(['h1', 's1']);
    const onlyA = compareHighlight(kb, { ...choice, compareScope: 'all', compareSet: intersectionKey(['a']) });
    // out is also drawn by the combination ab, which is not among the compared therapies.
    expect(sorted(onlyA ?? undefined)).toEqual(['hyp', 'out']);
  });
  it('is an empty set for a group that no longer exists', () => {
    expect(compareHighlight(kb, { ...choice, compareSet: 'no-such-group' })?.size).toBe(0);
  });
});
