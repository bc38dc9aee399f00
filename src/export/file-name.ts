/**
 * File names for exported figures, saying what they hold, after the atlas's file prefix:
 * what is drawn (therapies joined by "+", or the mechanism), the scope, the size and the
 * language, and the scale of a PNG: `hcc-atlas_tace+haic_view_journal-180_en.svg`,
 * `hcc-atlas_immuno-caf_selection_journal-85_zh@2x.png`. Story steps keep their own form:
 * `hcc-atlas-tace-hypoxia-autophagy-en-step3.svg`.
 */
import type { Language } from '../model/vocabulary';

export interface FigureNameParts {
  /** What the figure draws: therapy ids (none: all), or the mechanisms when it draws only those. */
  therapies: readonly string[];
  mechanisms?: readonly string[];
  /** Whole diagram, current view or selection. */
  scope?: string;
  /** The size preset (journal-85, journal-180, slide-16x9). */
  size?: string;
  language: Language;
  extension: 'svg' | 'png';
  /** A PNG's scale (1×, 2×, 4×); 1 is not written. */
  scale?: number;
  prefix?: string;
}

/** Keeps letters, digits and `+ @ . - _`; anything else becomes `_`. */
const safe = (name: string) => name.replace(/[^A-Za-z0-9+@._-]/g, '_');

export function figureName(parts: FigureNameParts): string {
  const which = parts.mechanisms?.length
    ? parts.mechanisms.join('+')
    : parts.therapies.length > 0
      ? parts.therapies.join('+')
      : 'all';
  const times = parts.scale && parts.scale !== 1 ? `@${parts.scale}x` : '';
  const fields = [parts.prefix ?? 'atlas', which, parts.scope, parts.size, parts.language].filter(
    (f): f is string => !!f,
  );
  return safe(`${fields.join('_')}${times}.${parts.extension}`);
}

/** A story step's figure: `<prefix>-<story>-<language>-step<N>.svg` (N from 1). */
export function storyStepName(prefix: string, story: string, language: Language, step: number): string {
  return safe(`${prefix}-${story}-${language}-step${step}.svg`);
}
