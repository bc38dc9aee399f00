import { describe, expect, it } from 'vitest';
import { COALESCE_MS, type HistoryInput, historyAction, nextMemory } from '../../src/app/history';
import { viewTitle } from '../../src/app/view-title';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { createAppStore } from '../../src/store/store';
import { defaultViewState } from '../../src/store/view-state';
import { fakeView } from '../fixtures/fake-view';
import { smallSources } from '../fixtures/small-kb';

/** Feeds a sequence of (time, query) changes through the decision, as the sync does. */
function run(changes: Array<[number, string]>, restoringAt: ReadonlySet<number> = new Set()) {
  let previous: HistoryInput['previous'] = null;
  return changes.map(([now, query], i) => {
    const input = { previous, query, now, restoring: restoringAt.has(i) };
    const action = historyAction(input);
    previous = nextMemory(input, action);
    return action;
  });
}

describe('historyAction', () => {
  it('replaces on the first write (tidies the address the page opened with)', () => {
    expect(run([[0, '?therapy=tace']])).toEqual(['replace']);
  });
  it('pushes each change a person makes, even the first right after opening', () => {
    expect(
      run([
        [0, ''],
        [10, '?therapy=haic'],
        [1000, '?therapy=haic&lang=zh'],
        [2000, '?therapy=haic&lang=zh&panel=paths'],
      ]),
    ).toEqual(['replace', 'push', 'push', 'push']);
  });
  it('writes nothing when the query did not change (a zoom, a notice)', () => {
    expect(
      run([
        [0, ''],
        [1000, ''],
      ]),
    ).toEqual(['replace', 'none']);
  });
  it(`coalesces a burst (changes under ${COALESCE_MS} ms apart) into one entry`, () => {
    expect(
      run([
        [0, ''],
        [1000, '?q=a'],
        [1100, '?q=ab'],
        [1400, '?q=abc'],
        [1800, '?q=abcd'],
        [2300, '?q=abcde'],
      ]),
    ).toEqual(['replace', 'push', 'replace', 'replace', 'replace', 'push']);
  });
  it('measures the burst from the last change, not from its start', () => {
    const times = Array.from({ length: 20 }, (_, i) => 1000 + i * 300);
    const actions = run([[0, ''], ...times.map((t, i): [number, string] => [t, `?step=${i}`])]);
    expect(actions.filter((a) => a === 'push')).toHaveLength(1);
  });
  it('writes a restored view in place, and the next change after it is its own entry', () => {
    expect(
      run(
        [
          [0, ''],
          [1000, '?a=1'],
          [1100, '?a=0'],
          [1150, '?a=2'],
        ],
        new Set([2]),
      ),
    ).toEqual(['replace', 'push', 'replace', 'push']);
  });
});

describe('applyView', () => {
  it('restores the view fields only, keeping notices and preferences', () => {
    const store = createAppStore({}, { panels: { left: true, right: true, legend: true }, prefs: { animate: false } });
    const s = () => store.getState();
    s().notify({ en: 'kept', zh: '保留' });
    const view = { ...defaultViewState(), therapies: ['b'], language: 'zh' as const, panel: 'paths' as const };
    s().applyView(view);
    expect(s().therapies).toEqual(['b']);
    expect(s().language).toBe('zh');
    expect(s().panel).toBe('paths');
    expect(s().notices.map((n) => n.en)).toEqual(['kept']);
    expect(s().animate).toBe(false);
    expect(s().panels).toEqual({ left: true, right: true, legend: true });
  });
  it('centres a restored selection and opens the right panel, as a click would', () => {
    const store = createAppStore({}, { panels: { left: false, right: true, legend: false } });
    const s = () => store.getState();
    const view = fakeView();
    s().attachView(view.handle);
    s().applyView({ ...defaultViewState(), selection: { kind: 'entity', id: 'h1' } });
    expect(view.focused).toEqual([{ kind: 'entity', id: 'h1' }]);
    expect(s().panels.right).toBe(false);
    // The same selection restored again does not move the camera.
    s().applyView({ ...defaultViewState(), selection: { kind: 'entity', id: 'h1' } });
    expect(view.focused).toHaveLength(1);
  });
});

describe('viewTitle', () => {
  const kb = loadKnowledgeBase(smallSources()).kb;
  const atlas = kb.atlas.title;
  const stories = new Map([['demo', { title: { en: 'A demo story', zh: '示例故事' }, steps: [1, 2, 3] }]]);
  const view = { language: 'en' as const, therapies: ['a', 'b'], selection: null, story: null };
  const label = (id: string) => kb.therapyById.get(id)?.label;
  it('names the therapies', () => {
    expect(viewTitle(view, kb, stories)).toBe(`${label('a')?.en} + ${label('b')?.en} — ${atlas.en}`);
  });
  it('names the selection, in the UI language', () => {
    const entity = kb.entityById.get('h1');
    const title = viewTitle({ ...view, language: 'zh', selection: { kind: 'entity', id: 'h1' } }, kb, stories);
    expect(title).toBe(`${label('a')?.zh} + ${label('b')?.zh} · ${entity?.label.zh ?? entity?.label.en} — ${atlas.zh}`);
  });
  it('names a story and its step instead of the therapies', () => {
    expect(viewTitle({ ...view, story: { id: 'demo', step: 1 } }, kb, stories)).toBe(
      `A demo story · step 2/3 — ${atlas.en}`,
    );
    expect(viewTitle({ ...view, language: 'zh', story: { id: 'demo', step: 2 } }, kb, stories)).toBe(
      `示例故事 · 第 3/3 步 — ${atlas.zh}`,
    );
  });
  it('says when no therapy is chosen', () => {
    expect(viewTitle({ ...view, therapies: [] }, kb, stories)).toBe(`no therapy chosen — ${atlas.en}`);
  });
});
