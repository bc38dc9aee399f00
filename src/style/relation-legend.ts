/**
 * What the legend lists for relations, on screen and in figures: one entry per drawn end
 * and line among the relations shown, and one for the lighter line of hedged statements
 * when any is shown. Names are string keys, so both languages read the same entries.
 */
import type { StringKey } from '../i18n/strings';
import { distinctLineLooks, type LineLook, type RelationLook } from '../model/relation-look';

/** The legend's name for an end and line: a correlation names its direction where it has one. */
export function lineLookLabel(look: LineLook): StringKey {
  if (look.line === 'solid') return look.sign;
  if (look.sign === 'positive') return 'associatedPositive';
  if (look.sign === 'negative') return 'associatedNegative';
  return 'association';
}

/** The sample line of the "suggested" entry: a stated activation's, drawn lighter. */
export const SUGGESTED_SAMPLE: RelationLook = { sign: 'positive', line: 'solid', certainty: 'suggested' };

export interface RelationLegendEntry {
  look: RelationLook;
  label: StringKey;
}

/** The legend's relation entries for the looks of the relations shown, in the legend's order. */
export function relationLegend(looks: readonly RelationLook[]): RelationLegendEntry[] {
  const entries: RelationLegendEntry[] = distinctLineLooks(looks).map((l) => ({
    look: { ...l, certainty: 'stated' },
    label: lineLookLabel(l),
  }));
  if (looks.some((l) => l.certainty === 'suggested'))
    entries.push({ look: SUGGESTED_SAMPLE, label: 'legendSuggested' });
  return entries;
}
