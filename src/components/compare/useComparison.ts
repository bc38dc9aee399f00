/** The comparison of the chosen therapies, derived from the store (never stored). */
import { useMemo } from 'react';
import { useApp, useAppContext } from '../../app/context';
import { exactIntersections, therapyMembership } from '../../model/intersections';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

export function useComparison() {
  const { kb } = useAppContext();
  const therapies = useApp((s) => s.therapies);
  const scope = useApp((s) => s.compareScope);
  return useMemo(() => {
    const ok = therapies.length >= MIN_COMPARED && therapies.length <= MAX_COMPARED;
    const memberships = ok ? therapyMembership(kb, therapies, scope) : [];
    return { ok, therapies, memberships, intersections: exactIntersections(memberships) };
  }, [kb, therapies, scope]);
}
