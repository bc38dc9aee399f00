/**
 * Selectors more than one component reads, so that they read the same fields. Each returns
 * a new object: read them through `useShallow`, which compares field by field.
 */
import { defaultViewState, type ViewState } from './view-state';

/** The secondary filters: what hides part of the therapies' diagram without laying it out again. */
export const selectFilters = (s: ViewState) => ({
  categories: s.categories,
  entityTypes: s.entityTypes,
  evidence: s.evidence,
  certainty: s.certainty,
  steps: s.steps,
});

const DEFAULT_FILTERS = selectFilters(defaultViewState());
type Filters = typeof DEFAULT_FILTERS;
const sameFilter = (a: Filters[keyof Filters], b: Filters[keyof Filters]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** True when no secondary filter hides anything: every field as `resetFilters` leaves it. */
export function filtersAtDefault(s: ViewState): boolean {
  const filters = selectFilters(s);
  return (Object.keys(filters) as (keyof Filters)[]).every((key) => sameFilter(filters[key], DEFAULT_FILTERS[key]));
}
