/** File names for exported figures: `hcc-atlas-tace-en.svg`, `hcc-atlas-tace+haic-zh@2x.png`. */
import type { Language } from '../model/vocabulary';

export function figureName(
  therapies: readonly string[],
  language: Language,
  extension: 'svg' | 'png',
  { scope, scale }: { scope?: string; scale?: number } = {},
): string {
  const which = therapies.length > 0 ? therapies.join('+') : 'all';
  const part = scope && scope !== 'whole' ? `-${scope}` : '';
  const times = scale && scale !== 1 ? `@${scale}x` : '';
  return `hcc-atlas-${which}${part}-${language}${times}.${extension}`.replace(/[^A-Za-z0-9+@._-]/g, '_');
}
