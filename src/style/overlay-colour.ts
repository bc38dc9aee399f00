/**
 * The colour scale of a data overlay, from d3-scale and d3-scale-chromatic (no hand-made
 * ramps). Signed data (log fold changes, z-scores) diverges around 0 on ColorBrewer's RdBu,
 * reversed so that up is red (warm) and down blue, colour-blind safe; its limits are
 * symmetric by default (±the largest absolute value, or a percentile of the absolute
 * values, so a few extremes do not wash out the rest) and the centre stays at 0 whatever
 * limits are set. Unsigned data runs on viridis from its smallest to its largest value.
 * Values beyond the limits take the end colour and are marked clamped; "no data" is a
 * grey that neither scale contains.
 */
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolateRdBu, interpolateViridis } from 'd3-scale-chromatic';
import type { ColumnScale } from '../model/dataset';

import { NO_DATA_COLOUR, toHex } from './overlay-ink';

export { NO_DATA_COLOUR, textOn, toHex } from './overlay-ink';

export const LIMIT_RULES = ['max', 'p99', 'p95'] as const;
export type LimitRule = (typeof LIMIT_RULES)[number];

export interface OverlayLimits {
  low: number;
  high: number;
}

function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

const FRACTION: Record<LimitRule, number> = { max: 1, p99: 0.99, p95: 0.95 };

/**
 * Default limits from the values drawn (finite ones only). Signed: ±m, m the largest |v|
 * or its percentile; unsigned: [smallest, largest] or the percentiles on both sides.
 * A column of zeros (or one value) gets a unit range so the scale is defined.
 */
export function defaultLimits(values: Iterable<number>, scale: ColumnScale, rule: LimitRule = 'max'): OverlayLimits {
  const finite = [...values].filter(Number.isFinite);
  const p = FRACTION[rule];
  if (rule === 'max') {
    // One pass, no sort: a whole transcriptome's column has 60,000 values.
    let low = Infinity;
    let high = -Infinity;
    for (const v of finite) {
      if (v < low) low = v;
      if (v > high) high = v;
    }
    if (finite.length === 0) return scale === 'signed' ? { low: -1, high: 1 } : { low: 0, high: 1 };
    if (scale === 'signed') {
      const m = Math.max(Math.abs(low), Math.abs(high));
      return m > 0 ? { low: -m, high: m } : { low: -1, high: 1 };
    }
    return high > low ? { low, high } : { low, high: low + 1 };
  }
  if (scale === 'signed') {
    const m = quantileOfSorted(
      finite.map(Math.abs).sort((a, b) => a - b),
      p,
    );
    return m > 0 ? { low: -m, high: m } : { low: -1, high: 1 };
  }
  const sorted = finite.sort((a, b) => a - b);
  const low = quantileOfSorted(sorted, 1 - p);
  const high = quantileOfSorted(sorted, p);
  return high > low ? { low, high } : { low, high: low + 1 };
}

export type Clamp = 'low' | 'high' | undefined;

export interface Paint {
  colour: string;
  /** The value is beyond the limits and drawn with the end colour. */
  clamped: Clamp;
}

export interface ColourScale {
  scale: ColumnScale;
  limits: OverlayLimits;
  /** The colour of a value as `#rrggbb`; undefined (NaN) gets the no-data colour. */
  paint(value: number | undefined): Paint;
  /** Colours along the scale from low to high, for legends (n ≥ 2 stops). */
  ramp(n: number): string[];
}

/** Up = warm: RdBu runs red → blue, so it is read backwards. */
const upIsWarm = (t: number) => interpolateRdBu(1 - t);

export function colourScale(scale: ColumnScale, limits: OverlayLimits): ColourScale {
  const { low, high } = limits;
  const colourOf =
    scale === 'signed'
      ? scaleDiverging(upIsWarm)
          .domain([Math.min(low, -Number.EPSILON), 0, Math.max(high, Number.EPSILON)])
          .clamp(true)
      : scaleSequential(interpolateViridis).domain([low, high]).clamp(true);
  return {
    scale,
    limits,
    paint(value) {
      if (value === undefined || Number.isNaN(value)) return { colour: NO_DATA_COLOUR, clamped: undefined };
      const clamped: Clamp = value < low ? 'low' : value > high ? 'high' : undefined;
      return { colour: toHex(colourOf(value)), clamped };
    },
    ramp(n) {
      return Array.from({ length: n }, (_, i) => toHex(colourOf(low + ((high - low) * i) / (n - 1))));
    },
  };
}
