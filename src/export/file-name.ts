/**
 * File names for exported figures, after the atlas's file prefix: `hcc-atlas-tace-en.svg`,
 * `hcc-atlas-tace+haic-zh@2x.png`, `hcc-atlas-tace-selection-en.svg`.
 */
import type { Language } from '../model/vocabulary';

export function figureName(
  therapies: readonly string[],
  language: Language,
  extension: 'svg' | 'png',
  { scope, scale, prefix = 'atlas' }: { scope?: string; scale?: number; prefix?: string } = {},
): string {
  const which = therapies.length > 0 ? therapies.join('+') : 'all';
  // The selection is named; the whole diagram and the filtered view are both "the diagram".
  const part = scope === 'selection' ? '-selection' : '';
  const times = scale && scale !== 1 ? `@${scale}x` : '';
  return `${prefix}-${which}${part}-${language}${times}.${extension}`.replace(/[^A-Za-z0-9+@._-]/g, '_');
}
