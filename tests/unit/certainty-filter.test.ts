/** "Statements: all / stated only": the pure filter, the store and the permalink. */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { CERTAINTY_FILTERS, filterGraph } from '../../src/model/query';
import { readPermalink, writePermalink } from '../../src/store/permalink';
import { createAppStore } from '../../src/store/store';
import { defaultViewState, type ViewState } from '../../src/store/view-state';
import { smallDocument, smallSources } from '../fixtures/small-kb';

/** The small fixture with r4 and r6 (therapy b) suggested. */
function suggestedKb() {
  const doc = smallDocument();
  doc.relations = (doc.relations ?? []).map((r) =>
    r.id === 'r4' || r.id === 'r6' ? { ...r, certainty: 'suggested' as const } : r,
  );
  return loadKnowledgeBase(smallSources(doc)).kb;
}
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();

describe('certainty filter', () => {
  const kb = suggestedKb();

  it('keeps every relation by default and with "all"', () => {
    const all = ids(kb.relations);
    expect(ids(filterGraph(kb, { therapies: [] }).relations)).toEqual(all);
    expect(ids(filterGraph(kb, { therapies: [], certainty: 'all' }).relations)).toEqual(all);
  });

  it('"stated" drops the suggested relations, and entities left without a relation', () => {
    const graph = filterGraph(kb, { therapies: ['b'], certainty: 'stated' });
    expect(ids(graph.relations)).toEqual(['r5']);
    // x1 is reached only through suggested relations; h1 only through r6 within therapy b.
    expect(ids(graph.entities)).toEqual(['out2', 's1']);
    expect(ids(filterGraph(kb, { therapies: ['a'], certainty: 'stated' }).relations)).toEqual(['r1', 'r2', 'r3']);
  });

  it('combines with the other filters', () => {
    const graph = filterGraph(kb, {
      therapies: [],
      certainty: 'stated',
      evidence: 'other',
      categories: ['signalling'],
    });
    expect(ids(graph.relations)).toEqual(['r1', 'r3']);
  });

  it('changes nothing where no relation is suggested', () => {
    const plain = loadKnowledgeBase(smallSources()).kb;
    expect(ids(filterGraph(plain, { therapies: [], certainty: 'stated' }).relations)).toEqual(ids(plain.relations));
  });
});

describe('certainty in the store', () => {
  it('is set, and reset with the other filters', () => {
    const store = createAppStore({}, { panels: { left: false, right: false, legend: false }, rememberPanel: () => {} });
    expect(store.getState().certainty).toBe('all');
    store.getState().setCertainty('stated');
    store.getState().setEvidence('own-group');
    expect(store.getState().certainty).toBe('stated');
    store.getState().resetFilters();
    expect(store.getState().certainty).toBe('all');
    expect(store.getState().evidence).toBe('all');
  });
});

describe('certainty in the permalink', () => {
  const kb = suggestedKb();

  it('is left out by default and round-trips every value', () => {
    expect(writePermalink(defaultViewState())).toBe('');
    for (const certainty of CERTAINTY_FILTERS) {
      const view: ViewState = { ...defaultViewState(), therapies: ['b'], certainty, evidence: 'other' };
      const query = writePermalink(view);
      if (certainty === 'all') expect(query).not.toContain('certainty');
      else expect(query).toBe('?therapy=b&evidence=other&certainty=stated');
      const { state, notices } = readPermalink(query, kb);
      expect(notices).toEqual([]);
      expect(state).toEqual(view);
    }
  });

  it('ignores an unknown value with a notice in both languages naming what is allowed', () => {
    const { state, notices } = readPermalink('?therapy=b&certainty=maybe', kb);
    expect(state.certainty).toBe('all');
    expect(state.therapies).toEqual(['b']);
    expect(notices).toHaveLength(1);
    expect(notices[0].en).toBe(
      'The link\'s certainty="maybe" is not valid and was ignored. Allowed: all, stated (only what the review states as findings).',
    );
    expect(notices[0].zh).toContain('certainty=“maybe” 无效');
    expect(notices[0].zh).toContain('stated');
  });
});
