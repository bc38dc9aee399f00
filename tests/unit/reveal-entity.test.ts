import { describe, expect, it } from 'vitest';
import { therapyGraph, visibleGraph } from '../../src/app/derive/graph';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { createAppStore, type RevealContext } from '../../src/store/store';
import type { ViewState } from '../../src/store/view-state';
import { fakeView } from '../fixtures/fake-view';
import { smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;

/** A store showing `view`, and what the diagram draws for it (as App derives it). */
function setUp(view: Partial<ViewState>) {
  const store = createAppStore(view, { panels: { left: false, right: true, legend: false }, rememberPanel: () => {} });
  const diagram = fakeView();
  store.getState().attachView(diagram.handle);
  const context = (): RevealContext => {
    const s = store.getState();
    const base = therapyGraph(kb, s, null);
    return { kb, therapyGraph: base, visible: visibleGraph(kb, s, base, null) };
  };
  return { s: () => store.getState(), context, focused: diagram.focused };
}

describe('revealEntity (search choosing an entity)', () => {
  it('selects and centres an entity already in view, changing nothing else', () => {
    const { s, context, focused } = setUp({ therapies: ['a'] });
    expect(s().revealEntity('h1', context())).toBe('in-view');
    expect(s().selection).toEqual({ kind: 'entity', id: 'h1' });
    expect(focused).toEqual([{ kind: 'entity', id: 'h1' }]);
    expect(s().therapies).toEqual(['a']);
    expect(s().notices).toEqual([]);
    // The details open beside it.
    expect(s().panel).toBe('details');
    expect(s().panels.right).toBe(false);
  });

  it('resets the filters that hide it, and says so', () => {
    const { s, context } = setUp({ therapies: ['a'], evidence: 'own-group', certainty: 'stated' });
    // Only h1 -> s1 is the own group's: the filters hide hypoxia.
    expect(context().visible.entities.map((e) => e.id)).not.toContain('hyp');
    expect(s().revealEntity('hyp', context())).toBe('filters-reset');
    expect(s().evidence).toBe('all');
    expect(s().certainty).toBe('all');
    expect(s().therapies).toEqual(['a']);
    expect(s().notices.map((n) => n.en)).toEqual(['The filters hid Hypoxia; they were reset to show it.']);
    expect(s().notices[0].zh).toBe('筛选条件隐藏了 缺氧；已重置筛选以显示它。');
    expect(s().selection).toEqual({ kind: 'entity', id: 'hyp' });
    expect(context().visible.entities.map((e) => e.id)).toContain('hyp');
  });

  it('adds the therapies an entity belongs to when the diagram lacks it, and says which', () => {
    const { s, context } = setUp({ therapies: ['a'], evidence: 'own-group' });
    expect(s().revealEntity('x1', context())).toBe('therapies-added');
    expect(s().therapies).toEqual(['a', 'b']);
    // Adding therapies does not touch the filters.
    expect(s().evidence).toBe('own-group');
    expect(s().notices.map((n) => n.en)).toEqual(['TAMs is not in the chosen therapies; added B to show it.']);
    expect(s().notices[0].zh).toBe('所选方案中没有 肿瘤相关巨噬细胞；已加入 乙 以显示它。');
    expect(s().selection).toEqual({ kind: 'entity', id: 'x1' });
    expect(context().therapyGraph.entities.map((e) => e.id)).toContain('x1');
  });

  it('only selects an entity that no therapy draws', () => {
    const { s, context } = setUp({ therapies: ['a'] });
    expect(s().revealEntity('d1', context())).toBe('no-therapy');
    expect(s().therapies).toEqual(['a']);
    expect(s().notices).toEqual([]);
    expect(s().selection).toEqual({ kind: 'entity', id: 'd1' });
  });

  it('changes nothing for an id the knowledge base does not have', () => {
    const { s, context, focused } = setUp({ therapies: ['a'] });
    expect(s().revealEntity('no-such-entity', context())).toBe('unknown');
    expect(s().selection).toBeNull();
    expect(focused).toEqual([]);
  });
});
