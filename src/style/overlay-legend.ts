/**
 * The overlay's legend content, one function for the screen, the exported figures and
 * `graph figure`: the column(s) shown with the limits, how the scale reads (centred at 0,
 * clamped beyond the limits), the no-data swatch and the family rule.
 */
import { fill, OVERLAY_STRINGS } from '../i18n/overlay-strings';
import type { Language } from '../model/vocabulary';
import type { ColourScale } from './overlay-colour';
import { formatLimit, NO_DATA_COLOUR } from './overlay-ink';

export { formatLimit } from './overlay-ink';

export interface OverlayLegend {
  heading: string;
  /** Colours from low to high, for a ramp. */
  ramp: string[];
  range: string;
  /** How to read the scale (signed: centred at 0, clamped). */
  note: string;
  slices?: string;
  noData: { colour: string; label: string };
  family: string;
  clamped?: string;
}

export function overlayLegend(
  columns: readonly string[],
  scale: ColourScale,
  clamped: number,
  language: Language,
): OverlayLegend {
  const s = OVERLAY_STRINGS[language];
  const { low, high } = scale.limits;
  return {
    heading: s.legendHeading,
    ramp: scale.ramp(9),
    range: fill(s.legendRange, {
      column: columns.length === 1 ? columns[0] : columns.join(' | '),
      low: formatLimit(low),
      high: formatLimit(high),
    }),
    note: scale.scale === 'signed' ? s.legendCentre : '',
    ...(columns.length > 1 ? { slices: fill(s.legendSlices, { names: columns.join(', ') }) } : {}),
    noData: { colour: NO_DATA_COLOUR, label: s.legendNoData },
    family: s.legendFamily,
    ...(clamped > 0 ? { clamped: fill(s.legendClamped, { n: clamped }) } : {}),
  };
}
