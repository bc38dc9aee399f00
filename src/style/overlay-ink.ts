/**
 * The overlay's inks that need no colour library: the no-data grey, colours as
 * `#rrggbb`, label ink on a fill, limits as printed. Kept apart from overlay-colour.ts
 * (d3) so the details panel and the SVG writer do not load the colour scales.
 */
export const NO_DATA_COLOUR = '#bdbdbd';

/** A limit or value as the legend and details print it: up to three significant digits, no float noise. */
export function formatLimit(value: number): string {
  return Number(value.toPrecision(3)).toString();
}

/** The red, green and blue of `#rrggbb` or `rgb(r, g, b)` (white for anything else). */
function channels(colour: string): number[] {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return rgb ? rgb.slice(1).map(Number) : hex ? hex.slice(1).map((h) => Number.parseInt(h, 16)) : [255, 255, 255];
}

/**
 * `#rrggbb`: d3-scale-chromatic's diverging schemes give `rgb(r, g, b)`, whose spaces would
 * split Cytoscape's space-separated gradient stop list.
 */
export function toHex(colour: string): string {
  return `#${channels(colour)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Black or white text, whichever reads better on a fill (WCAG relative luminance). */
export function textOn(colour: string): string {
  const [r, g, b] = channels(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black (L+0.05)/0.05 against white 1.05/(L+0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? '#111111' : '#FFFFFF';
}
