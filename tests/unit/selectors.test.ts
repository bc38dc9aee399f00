/**
 * The secondary filters as one selection of the state: at their defaults exactly when no
 * field narrows the diagram, whichever field it is; and the enrichment result resets them
 * (with its notice) only when one does.
 */
import { describe, expect, it } from 'vitest';
import { filtersAtDefault, selectFilters } from '../../src/store/selectors';
import { createAppStore } from '../../src/store/store';
import { defaultViewState, type ViewState } from '../../src/store/view-state';

/** One non-default value per filter field; a field added to selectFilters without one fails the last test. */
const NARROWING: Partial<ViewState> = {
  categories: ['signalling'],
  entityTypes: ['gene'],
  evidence: 'own-group',
  certainty: 'stated',
  steps: 1,
};

const options = { panels: { left: false, right: false, legend: false }, rememberPanel: () => {} };
const choice = { id: 'x', kind: 'mechanism' as const, therapies: ['tace'], entities: [] };

describe('filtersAtDefault', () => {
  it('is true for the default view, and for a view that differs only outside the filters', () => {
    expect(filtersAtDefault(defaultViewState())).toBe(true);
    expect(filtersAtDefault({ ...defaultViewState(), therapies: ['haic'], direction: 'LR' })).toBe(true);
  });

  for (const [field, value] of Object.entries(NARROWING)) {
    it(`is false when ${field} narrows the diagram`, () => {
      expect(filtersAtDefault({ ...defaultViewState(), [field]: value })).toBe(false);
    });
  }

  it('covers every field selectFilters reads', () => {
    expect(Object.keys(selectFilters(defaultViewState())).sort()).toEqual(Object.keys(NARROWING).sort());
  });

  it('is true again after resetFilters', () => {
    const store = createAppStore({ ...NARROWING }, options);
    expect(filtersAtDefault(store.getState())).toBe(false);
    store.getState().resetFilters();
    expect(filtersAtDefault(store.getState())).toBe(true);
  });
});

describe('openEnrichmentResult and the filters', () => {
  for (const [field, value] of Object.entries(NARROWING)) {
    it(`resets ${field} with a notice`, () => {
      const store = createAppStore({ [field]: value }, options);
      store.getState().openEnrichmentResult(choice);
      expect(filtersAtDefault(store.getState())).toBe(true);
      expect(store.getState().notices.map((n) => n.en)).toEqual(['The filters were reset so that every hit shows.']);
    });
  }

  it('says nothing when no filter was on', () => {
    const store = createAppStore({}, options);
    store.getState().openEnrichmentResult(choice);
    expect(store.getState().notices).toEqual([]);
  });
});
