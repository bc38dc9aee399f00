import { describe, expect, it } from 'vitest';
import { shownTherapies, therapyGraph, type ViewFilters, visibleGraph, visiblePaths } from '../../src/app/derive/graph';
import { storyFullGraph, storyView } from '../../src/app/derive/story';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { loadStories } from '../../src/model/story';
import { smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;
const ids = (items: readonly { id: string }[]) => items.map((x) => x.id).sort();
const caption = { en: 'Caption', zh: '说明' };
const [story] = loadStories(
  [
    {
      file: 'graphs/stories/demo.json',
      text: JSON.stringify({
        id: 'demo',
        title: { en: 'Demo', zh: '示例' },
        therapies: ['b'],
        steps: [
          { caption, reveal: { relations: ['r4'] }, references: [1] },
          { caption, reveal: { relations: ['r5'] }, references: [1] },
        ],
      }),
    },
  ],
  kb,
).stories;
const openStory = storyView(kb, story, 0, storyFullGraph(kb, story));

const filters = (patch: Partial<ViewFilters> = {}): ViewFilters => ({
  therapies: ['a'],
  withComponents: false,
  categories: [],
  entityTypes: [],
  evidence: 'all',
  certainty: 'all',
  steps: 0,
  selection: null,
  ...patch,
});

describe('therapyGraph', () => {
  it('is empty with no therapy chosen', () => {
    expect(therapyGraph(kb, { therapies: [], withComponents: false }, null)).toEqual({ entities: [], relations: [] });
  });
  it("draws a therapy's relations and their ends", () => {
    const g = therapyGraph(kb, { therapies: ['a'], withComponents: false }, null);
    expect(ids(g.relations)).toEqual(['r1', 'r2', 'r3']);
    expect(ids(g.entities)).toEqual(['h1', 'hyp', 'out', 's1']);
  });
  it("adds a combination's components when asked to", () => {
    expect(ids(therapyGraph(kb, { therapies: ['ab'], withComponents: false }, null).relations)).toEqual(['r7']);
    expect(ids(therapyGraph(kb, { therapies: ['ab'], withComponents: true }, null).relations)).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
      'r7',
    ]);
  });
  it("is an open story's full graph, whatever therapies are chosen", () => {
    expect(therapyGraph(kb, { therapies: ['a'], withComponents: false }, openStory)).toBe(openStory.full);
  });
});

describe('visibleGraph', () => {
  const base = therapyGraph(kb, { therapies: ['a', 'b'], withComponents: false }, null);

  it('is the therapy graph itself when no filter narrows it (no second filtering)', () => {
    expect(visibleGraph(kb, filters({ therapies: ['a', 'b'] }), base, null)).toBe(base);
    // Neighbourhood steps without an entity selected narrow nothing.
    const onRelation = filters({ therapies: ['a', 'b'], steps: 2, selection: { kind: 'relation', id: 'r1' } });
    expect(visibleGraph(kb, onRelation, base, null)).toBe(base);
  });
  it('keeps only the chosen evidence', () => {
    const own = visibleGraph(kb, filters({ therapies: ['a', 'b'], evidence: 'own-group' }), base, null);
    expect(ids(own.relations)).toEqual(['r2']);
    expect(ids(own.entities)).toEqual(['h1', 's1']);
  });
  it('keeps only the chosen mechanism categories and entity types', () => {
    const micro = visibleGraph(kb, filters({ therapies: ['a', 'b'], categories: ['microenvironment'] }), base, null);
    expect(ids(micro.relations)).toEqual(['r4', 'r5', 'r6']);
    const genes = visibleGraph(kb, filters({ therapies: ['a', 'b'], entityTypes: ['gene'] }), base, null);
    expect(ids(genes.relations)).toEqual(['r2']);
  });
  it('keeps the neighbourhood of the selected entity', () => {
    const near = visibleGraph(kb, filters({ steps: 1, selection: { kind: 'entity', id: 'hyp' } }), base, null);
    expect(ids(near.relations)).toEqual(['r1']);
    expect(ids(near.entities)).toEqual(['h1', 'hyp']);
  });
  it('is what an open story has revealed so far, ignoring the filters', () => {
    expect(visibleGraph(kb, filters({ evidence: 'own-group' }), openStory.full, openStory)).toBe(openStory.visible);
    expect(ids(openStory.visible.relations)).toEqual(['r4']);
  });
});

describe('shownTherapies', () => {
  it('expands a combination into its components only when asked to', () => {
    expect([...shownTherapies(kb, { therapies: ['ab'], withComponents: true }, undefined)].sort()).toEqual([
      'a',
      'ab',
      'b',
    ]);
    expect([...shownTherapies(kb, { therapies: ['ab'], withComponents: false }, undefined)]).toEqual(['ab']);
  });
  it("uses an open story's therapies instead of the chosen ones", () => {
    expect([...shownTherapies(kb, { therapies: ['a'], withComponents: false }, ['b'])]).toEqual(['b']);
  });
});

describe('visiblePaths', () => {
  const visible = therapyGraph(kb, { therapies: ['a'], withComponents: false }, null);
  it('is null until both ends are chosen', () => {
    expect(visiblePaths(visible, 'hyp', null)).toBeNull();
    expect(visiblePaths(visible, null, 'out')).toBeNull();
  });
  it('finds a path through what is visible only', () => {
    const found = visiblePaths(visible, 'hyp', 'out');
    expect(found?.paths.map((p) => p.map((r) => r.id))).toEqual([['r1', 'r2', 'r3']]);
    // x1 -> h1 belongs to therapy b, which is not visible.
    expect(visiblePaths(visible, 'x1', 'out')?.paths).toEqual([]);
  });
});
