/**
 * Therapy colours: the Okabe–Ito palette, safe for the common forms of colour-vision
 * deficiency, assigned through a d3 ordinal scale in the knowledge base's therapy order
 * (so the same therapy has the same colour on screen, in figures and in the legend).
 */
import { scaleOrdinal } from 'd3-scale';

export const OKABE_ITO = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
  '#999999', // grey
] as const;

export type TherapyColours = (id: string) => string;

export function therapyColourScale(therapyIds: readonly string[]): TherapyColours {
  const scale = scaleOrdinal<string, string>().domain(therapyIds).range(OKABE_ITO).unknown('#999999');
  return (id) => scale(id);
}

/** A pale tint of a colour (mixed with white), for node fills under dark text. */
export function tint(hex: string, amount = 0.38): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1).toUpperCase()}`;
}

/**
 * A colour per mechanism category, for the quiet tint of mechanism frames: the same
 * colour-blind-safe palette, read in the vocabulary's order of categories (grey for an
 * unknown one).
 */
export function categoryColour(categories: readonly string[], category: string): string {
  const i = categories.indexOf(category);
  const order = [4, 2, 3, 0, 5, 1, 8, 7];
  return i < 0 ? '#999999' : OKABE_ITO[order[i % order.length]];
}

/**
 * WCAG contrast ratio of a colour against white (1 to 21): lines and their ends are kept
 * at 3:1 or more, the floor for graphics that must be seen (and printed).
 */
export function contrastOnWhite(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return 1.05 / (luminance + 0.05);
}
