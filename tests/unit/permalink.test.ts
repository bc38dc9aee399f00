import { describe, expect, it } from 'vitest';
import { LAYOUT_DIRECTIONS } from '../../src/model/arrangement';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { CERTAINTY_FILTERS, EVIDENCE_FILTERS } from '../../src/model/query';
import { COMPARE_SCOPES } from '../../src/model/shared-table';
import { LANGUAGES } from '../../src/model/vocabulary';
import { LINK_PARAMETERS, readPermalink, writePermalink } from '../../src/store/permalink';
import { createAppStore } from '../../src/store/store';
import { defaultViewState, PANELS, type ViewState } from '../../src/store/view-state';
import { fakeView } from '../fixtures/fake-view';
import { smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;

describe('permalink', () => {
  it('writes nothing for the default view', () => {
    expect(writePermalink({ ...defaultViewState() })).toBe('');
  });

  it('round-trips every part of a view', () => {
    const view: ViewState = {
      ...defaultViewState(),
      therapies: ['a', 'ab'],
      withComponents: false,
      categories: ['signalling', 'microenvironment'],
      entityTypes: ['gene'],
      evidence: 'own-group',
      certainty: 'stated',
      steps: 2,
      selection: { kind: 'entity', id: 's1' },
      language: 'zh',
      direction: 'LR',
      pathFrom: 'hyp',
      pathTo: 'out',
      panel: 'paths',
      compareScope: 'all',
      compareSet: 'a+ab',
    };
    const query = writePermalink(view);
    expect(query).toBe(
      '?therapy=a,ab&components=0&category=signalling,microenvironment&type=gene&evidence=own-group&certainty=stated&steps=2&entity=s1&lang=zh&layout=LR&from=hyp&to=out&panel=paths&compare=all&set=a%2Bab',
    );
    const { state, notices } = readPermalink(query, kb);
    expect(notices).toEqual([]);
    expect(state).toEqual(view);
  });

  it('round-trips every value of every listed choice, and writes the default as nothing', () => {
    const choices = [
      ['evidence', 'evidence', EVIDENCE_FILTERS],
      ['certainty', 'certainty', CERTAINTY_FILTERS],
      ['lang', 'language', LANGUAGES],
      ['layout', 'direction', LAYOUT_DIRECTIONS],
      ['panel', 'panel', PANELS],
      ['compare', 'compareScope', COMPARE_SCOPES],
    ] as const;
    for (const [param, key, values] of choices) {
      for (const value of values) {
        const view: ViewState = { ...defaultViewState(), [key]: value };
        const query = writePermalink(view);
        expect(query, `${key}=${value}`).toBe(value === defaultViewState()[key] ? '' : `?${param}=${value}`);
        const { state, notices } = readPermalink(`?${param}=${value}`, kb);
        expect(notices, `${param}=${value}`).toEqual([]);
        expect(state[key]).toBe(value);
      }
      const { state, notices } = readPermalink(`?${param}=bogus`, kb);
      expect(state[key]).toBe(defaultViewState()[key]);
      expect(notices.map((n) => n.en)).toEqual([
        expect.stringMatching(new RegExp(`^The link's ${param}="bogus" is not valid and was ignored\\. Allowed: `)),
      ]);
    }
  });

  it('records the overlay dataset (content hash) and column, and refuses an id that is no hash', () => {
    const id = 'ab'.repeat(32);
    const link = writePermalink({ ...defaultViewState(), overlayDataset: id, overlayColumn: 'log2 FC' });
    expect(link).toBe(`?data=${id}&column=log2+FC`);
    expect(readPermalink(link, kb).state).toMatchObject({ overlayDataset: id, overlayColumn: 'log2 FC' });
    const bad = readPermalink('?data=xyz&column=a', kb);
    expect(bad.state).toMatchObject({ overlayDataset: null, overlayColumn: null });
    expect(bad.notices[0].en).toContain('Allowed: a dataset id (64 hexadecimal digits)');
  });

  it('names every parameter it reads when it meets an unknown one', () => {
    const { notices } = readPermalink('?colour=red', kb);
    expect(notices.map((n) => n.en)).toEqual([
      `The link's colour="red" is not valid and was ignored. Allowed: parameters ${LINK_PARAMETERS.join(', ')}.`,
    ]);
    expect(LINK_PARAMETERS).toEqual([
      'therapy',
      'components',
      'category',
      'type',
      'evidence',
      'certainty',
      'steps',
      'entity',
      'relation',
      'mechanism',
      'lang',
      'layout',
      'from',
      'to',
      'panel',
      'compare',
      'set',
      'story',
      'step',
      'present',
      'data',
      'column',
    ]);
    // An inherited property name is not a parameter.
    expect(readPermalink('?constructor=x', kb).notices).toHaveLength(1);
  });

  it('keeps an explicitly empty therapy choice', () => {
    const query = writePermalink({ ...defaultViewState(), therapies: [] });
    expect(query).toBe('?therapy=none');
    expect(readPermalink(query, kb).state.therapies).toEqual([]);
  });

  it('ignores a few unknown or malformed values with a notice each, keeping the rest', () => {
    const { state, notices } = readPermalink('?therapy=a,nope&entity=%3Cscript%3E&colour=red', kb);
    expect(state.therapies).toEqual(['a']);
    expect(state.selection).toBeNull();
    expect(notices.map((n) => n.en)).toEqual([
      expect.stringContaining('colour="red" is not valid'),
      'The link\'s therapy="nope" is not valid and was ignored. Allowed: a, b, ab (a pathway imported in another browser is not here: imported pathways stay in the browser that opened them).',
      expect.stringContaining('entity="<script>"'),
    ]);
    for (const n of notices) expect(n.zh).toMatch(/无效，已忽略/);
    for (const n of notices) expect(n.level).toBe('warning');
  });

  it('groups many ignored values into one notice, keeping the rest', () => {
    const { state, notices } = readPermalink(
      '?therapy=a,nope&category=magic&steps=99&entity=%3Cscript%3E&lang=fr&layout=up&colour=red',
      kb,
    );
    expect(state.therapies).toEqual(['a']);
    expect(state.categories).toEqual([]);
    expect(state.steps).toBe(0);
    expect(state.selection).toBeNull();
    expect(state.language).toBe('en');
    expect(notices.map((n) => n.en)).toEqual([
      '7 link values ignored: colour="red", therapy="nope", category="magic", steps="99", entity="<script>", …',
    ]);
    expect(notices[0].zh).toMatch(/^链接中有 7 个值无效，已忽略：/);
  });

  it('falls back to the default therapy when none in the link is known', () => {
    expect(readPermalink('?therapy=zz', kb).state.therapies).toEqual(defaultViewState().therapies);
  });

  it('turns the neighbourhood off when the link selects no entity', () => {
    const { state, notices } = readPermalink('?steps=2', kb);
    expect(state.steps).toBe(0);
    expect(notices[0].en).toMatch(/selects no entity/);
  });
});

describe('store', () => {
  it('starts from the given view and resets to the defaults', () => {
    const store = createAppStore({ therapies: ['b'], language: 'zh' });
    expect(store.getState().therapies).toEqual(['b']);
    store.getState().reset();
    expect(store.getState().therapies).toEqual(defaultViewState().therapies);
    expect(store.getState().language).toBe('en');
  });

  it('toggles therapies, categories and types', () => {
    const store = createAppStore({ therapies: [] });
    const s = () => store.getState();
    s().toggleTherapy('a');
    s().toggleTherapy('b');
    s().toggleTherapy('a');
    expect(s().therapies).toEqual(['b']);
    s().toggleCategory('signalling');
    s().toggleEntityType('gene');
    expect(s().categories).toEqual(['signalling']);
    s().resetFilters();
    expect(s().categories).toEqual([]);
    expect(s().entityTypes).toEqual([]);
  });

  it('allows a neighbourhood only around a selected entity, and drops it with the selection', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setSteps(2);
    expect(s().steps).toBe(0);
    s().select({ kind: 'entity', id: 'h1' });
    s().setSteps(9);
    expect(s().steps).toBe(4);
    s().select({ kind: 'relation', id: 'r1' });
    expect(s().steps).toBe(0);
  });

  it('opens the details panel on selection and asks the diagram to centre only when told to', () => {
    const store = createAppStore({ panel: 'table' });
    const s = () => store.getState();
    const view = fakeView();
    s().attachView(view.handle);
    s().select({ kind: 'entity', id: 'h1' }, { focus: true });
    expect(s().panel).toBe('details');
    expect(view.focused).toEqual([{ kind: 'entity', id: 'h1' }]);
    s().select({ kind: 'entity', id: 's1' });
    s().select(null);
    expect(view.focused).toHaveLength(1);
  });

  it('centres a selection the page opens with once the diagram is there, and re-lays out through it', () => {
    const store = createAppStore({ selection: { kind: 'entity', id: 'h1' } });
    const s = () => store.getState();
    // Without a diagram nothing is asked (and nothing fails).
    s().requestLayout();
    const view = fakeView();
    s().attachView(view.handle);
    expect(view.focused).toEqual([{ kind: 'entity', id: 'h1' }]);
    s().requestLayout();
    expect(view.relayouts).toBe(1);
    s().attachView(null);
    expect(s().view).toBeNull();
  });

  it('keeps notices until dismissed', () => {
    const store = createAppStore();
    store.getState().notify({ en: 'one', zh: '一' });
    store.getState().notify({ en: 'two', zh: '二' });
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first.id);
    expect(store.getState().notices.map((n) => n.en)).toEqual(['two']);
  });
});
