/**
 * The overlay's legend content, one function for the screen, the exported figures and
 * `graph figure`: the column(s) shown with the limits, how the scale reads (centred at 0),
 * the hatched swatch of genes without a value, the ▲ ▼ marks of values beyond the limits
 * and the family rule.
 */
import { fill, OVERLAY_STRINGS } from '../i18n/overlay-strings';
import type { Language } from '../model/vocabulary';
import type { ColourScale } from './overlay-colour';
import { formatLimit } from './overlay-ink';
import type { OverlayMark } from './overlay-marks';

export { formatLimit } from './overlay-ink';

export interface OverlayLegend {
  heading: string;
  /** Colours from low to high, for a ramp. */
  ramp: string[];
  range: string;
  /** How to read the scale (signed: centred at 0); empty for an unsigned scale. */
  note: string;
  slices?: string;
  /** The hatched swatch's entry: a gene without a value. */
  noData: { label: string };
  family: string;
  /** The ▲ entry, when a node carries it (above the upper limit; `both` counts). */
  above?: string;
  /** The ▼ entry, when a node carries it. */
  below?: string;
}

/**
 * The legend for the columns shown on a scale, with the ▲ and ▼ entries for the marks in
 * `marks` (the marks the drawn nodes carry: a legend explains what is drawn).
 */
export function overlayLegend(
  columns: readonly string[],
  scale: ColourScale,
  language: Language,
  marks: ReadonlySet<OverlayMark>,
): OverlayLegend {
  const s = OVERLAY_STRINGS[language];
  const { low, high } = scale.limits;
  const limits = { low: formatLimit(low), high: formatLimit(high) };
  return {
    heading: s.legendHeading,
    ramp: scale.ramp(9),
    range: fill(s.legendRange, { column: columns.length === 1 ? columns[0] : columns.join(' | '), ...limits }),
    note: scale.scale === 'signed' ? s.legendCentre : '',
    ...(columns.length > 1 ? { slices: fill(s.legendSlices, { names: columns.join(', ') }) } : {}),
    noData: { label: s.legendNoData },
    family: s.legendFamily,
    ...(marks.has('above') || marks.has('both') ? { above: fill(s.legendAbove, limits) } : {}),
    ...(marks.has('below') || marks.has('both') ? { below: fill(s.legendBelow, limits) } : {}),
  };
}

/** The legend keeping only the ▲ ▼ entries of the marks drawn (a figure draws a part of what the view marks). */
export function keepMarks(legend: OverlayLegend, marks: ReadonlySet<OverlayMark | undefined>): OverlayLegend {
  const { above, below, ...rest } = legend;
  return {
    ...rest,
    ...(above && (marks.has('above') || marks.has('both')) ? { above } : {}),
    ...(below && (marks.has('below') || marks.has('both')) ? { below } : {}),
  };
}
