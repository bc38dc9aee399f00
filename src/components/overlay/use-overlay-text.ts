/** The overlay's strings in the UI's language. */
import { useApp } from '../../app/context';
import { fill, OVERLAY_STRINGS, type OverlayStringKey } from '../../i18n/overlay-strings';

export function useOverlayText(): (key: OverlayStringKey, values?: Record<string, string | number>) => string {
  const language = useApp((s) => s.language);
  return (key, values) => (values ? fill(OVERLAY_STRINGS[language][key], values) : OVERLAY_STRINGS[language][key]);
}
