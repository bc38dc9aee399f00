import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/model/knowledge-base';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import {
  entityTherapies,
  expandTherapies,
  filterGraph,
  findPaths,
  neighbourhood,
  sharedEntities,
} from '../../src/model/query';
import { relation, smallDocument, smallSources } from '../fixtures/small-kb';

const kb: KnowledgeBase = loadKnowledgeBase(smallSources()).kb;
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();

describe('therapy membership', () => {
  it('derives an entity’s therapies from its relations', () => {
    const therapies = entityTherapies(kb.relations);
    expect([...(therapies.get('s1') ?? [])].sort()).toEqual(['a', 'b']);
    expect([...(therapies.get('out') ?? [])].sort()).toEqual(['a', 'ab']);
    expect(therapies.has('d1')).toBe(false);
  });
  it('expands a combination into its components only when asked', () => {
    expect([...expandTherapies(kb, ['ab'], false)]).toEqual(['ab']);
    expect([...expandTherapies(kb, ['ab'], true)].sort()).toEqual(['a', 'ab', 'b']);
  });
});

describe('filterGraph', () => {
  it('keeps one therapy’s relations and their endpoints', () => {
    const g = filterGraph(kb, { therapies: ['a'] });
    expect(ids(g.relations)).toEqual(['r1', 'r2', 'r3']);
    expect(ids(g.entities)).toEqual(['h1', 'hyp', 'out', 's1']);
  });
  it('shows the union of several therapies', () => {
    expect(ids(filterGraph(kb, { therapies: ['a', 'b'] }).relations)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });
  it('filters by mechanism category, entity type and evidence', () => {
    expect(ids(filterGraph(kb, { therapies: [], categories: ['microenvironment'] }).relations)).toEqual([
      'r4',
      'r5',
      'r6',
    ]);
    expect(ids(filterGraph(kb, { therapies: [], entityTypes: ['gene', 'outcome'] }).relations)).toEqual([
      'r2',
      'r3',
      'r5',
    ]);
    expect(ids(filterGraph(kb, { therapies: [], evidence: 'own-group' }).relations)).toEqual(['r2']);
    expect(ids(filterGraph(kb, { therapies: ['a'], evidence: 'other' }).relations)).toEqual(['r1', 'r3']);
  });
  it('limits to a neighbourhood of the focus, keeping the focus even when isolated', () => {
    const g = filterGraph(kb, { therapies: [], neighbourhood: { focus: 'hyp', steps: 1 } });
    expect(ids(g.entities)).toEqual(['h1', 'hyp']);
    const two = filterGraph(kb, { therapies: [], neighbourhood: { focus: 'hyp', steps: 2 } });
    expect(ids(two.entities)).toEqual(['h1', 'hyp', 's1', 'x1']);
  });
  it('returns nothing (not everything) when the filters exclude all', () => {
    const g = filterGraph(kb, { therapies: ['ab'], evidence: 'own-group' });
    expect(g.entities).toEqual([]);
    expect(g.relations).toEqual([]);
  });
});

describe('neighbourhood', () => {
  it('ignores direction and stops after N steps', () => {
    expect([...neighbourhood(kb.relations, ['out2'], 1)].sort()).toEqual(['out2', 's1']);
    expect([...neighbourhood(kb.relations, ['out2'], 0)]).toEqual(['out2']);
  });
});

describe('findPaths', () => {
  it('lists directed paths shortest first', () => {
    const { paths, truncated } = findPaths(kb.relations, 'hyp', 'out');
    expect(paths.map((p) => p.map((r) => r.id))).toEqual([['r1', 'r2', 'r3']]);
    expect(truncated).toBe(false);
  });
  it('follows direction: no path backwards', () => {
    expect(findPaths(kb.relations, 'out', 'hyp').paths).toEqual([]);
  });
  it('finds every route, shortest first, and cuts at maxPaths', () => {
    const doc = smallDocument();
    doc.relations?.push(relation('r8', 'x1', 'out', ['a']), relation('r9', 'hyp', 'x1', ['a']));
    const big = loadKnowledgeBase(smallSources(doc)).kb;
    const all = findPaths(big.relations, 'hyp', 'out');
    expect(all.paths.map((p) => p.map((r) => r.id))).toEqual(
      [
        ['r1', 'r2', 'r3'],
        ['r9', 'r8'],
        ['r9', 'r4', 'r3'],
        ['r9', 'r6', 'r2', 'r3'],
      ].sort((x, y) => x.length - y.length),
    );
    const cut = findPaths(big.relations, 'hyp', 'out', { maxPaths: 2 });
    expect(cut.paths).toHaveLength(2);
    expect(cut.truncated).toBe(true);
  });
  it('handles cycles without looping forever', () => {
    const doc = smallDocument();
    doc.relations?.push(relation('r8', 's1', 'h1', ['a']));
    const cyclic = loadKnowledgeBase(smallSources(doc)).kb;
    expect(findPaths(cyclic.relations, 'hyp', 'out').paths.map((p) => p.length)).toEqual([3]);
  });
});

describe('sharedEntities', () => {
  it('finds the entities two therapies share, with the relations behind each', () => {
    const shared = sharedEntities(kb, ['a', 'b']);
    expect(shared.map((s) => s.entity.id)).toEqual(['h1', 's1']);
    const s1 = shared[1];
    expect(
      s1.relationsByTherapy
        .get('a')
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['r2', 'r3']);
    expect(
      s1.relationsByTherapy
        .get('b')
        ?.map((r) => r.id)
        .sort(),
    ).toEqual(['r4', 'r5']);
  });
  it('ranks entities shared by more therapies first', () => {
    expect(sharedEntities(kb, ['a', 'b', 'ab']).map((s) => [s.entity.id, s.therapies.length])).toEqual([
      ['h1', 2],
      ['out', 2],
      ['s1', 2],
    ]);
  });
});
