/**
 * Selectors more than one component reads, so that they read the same fields. Each returns
 * a new object: read them through `useShallow`, which compares field by field.
 */
import type { ViewState } from './view-state';

/** The secondary filters: what hides part of the therapies' diagram without laying it out again. */
export const selectFilters = (s: ViewState) => ({
  categories: s.categories,
  entityTypes: s.entityTypes,
  evidence: s.evidence,
  certainty: s.certainty,
  steps: s.steps,
});
