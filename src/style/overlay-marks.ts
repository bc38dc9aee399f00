/**
 * What a node carries under a data overlay besides its colour, drawn alike on screen (the
 * Cytoscape stylesheet), in the legend and in exported figures:
 *
 * - **No value**: the no-data grey crossed by white diagonal hatching, the cartographer's
 *   "no data". A fill, not a text mark, so it can never touch the label (the old "nd" in the
 *   node's corner ran into long labels in print), and it stays apart from every colour of
 *   the scales in greyscale, where the grey alone would read as a middling value. The
 *   hatching is lighter than the label's ink everywhere, so the label reads as on plain grey.
 * - **Beyond the colour limits**: a black triangle just above the node's top-right corner,
 *   ▲ above the upper limit, ▼ below the lower one (both, side by side, when slices go both
 *   ways). Outside the outline, so it never covers the label; above the node, not beside
 *   it, because a printed figure's neighbours in a rank sit only 9 units apart while ranks
 *   are 20 apart and relations arrive nearer the middle of a node's top; black with a white
 *   rim, so it reads in greyscale and over a relation's line; and it tells the direction,
 *   which the two dark end colours of RdBu do not in greyscale.
 */
import { NO_DATA_COLOUR } from './overlay-ink';

/** Marks a node can carry; a node without a value is never beyond the limits. */
export const BEYOND_MARKS = ['above', 'below', 'both'] as const;
export type BeyondMark = (typeof BEYOND_MARKS)[number];
export const OVERLAY_MARKS = ['no-data', ...BEYOND_MARKS] as const;
export type OverlayMark = (typeof OVERLAY_MARKS)[number];

/** The hatching of a node without a value: one tile, repeated in diagram units. */
export const NO_DATA_HATCH = {
  base: NO_DATA_COLOUR,
  line: '#FFFFFF',
  /** Tile side, in diagram units (screen px at 100 %): lines 4.2 units apart. */
  tile: 6,
  lineWidth: 1.5,
} as const;

/** A tile of the hatching as a standalone SVG (a seamless 45° hatch). */
export function hatchTileSvg(): string {
  const { base, line, tile: s, lineWidth } = NO_DATA_HATCH;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">` +
    `<rect width="${s}" height="${s}" fill="${base}"/>` +
    `<path d="M-1,1 L1,-1 M0,${s} L${s},0 M${s - 1},${s + 1} L${s + 1},${s - 1}" stroke="${line}" stroke-width="${lineWidth}"/>` +
    '</svg>'
  );
}

/** An SVG document as a data: URL (for Cytoscape's background images and CSS). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The hatching as an SVG `<pattern>` for figures: the same tile in the figure's units. */
export function hatchPatternDef(id: string): string {
  const { tile: s } = NO_DATA_HATCH;
  const inner = hatchTileSvg()
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '');
  return `<pattern id="${id}" class="no-data-hatch" patternUnits="userSpaceOnUse" width="${s}" height="${s}">${inner}</pattern>`;
}

/** The triangles: side, gap from the node's outline, ink and rim, in diagram units. */
export const BEYOND_LOOK = {
  /**
   * Side of a triangle: 8 units print at 3.7 pt beside 6 pt labels, and the mark with its
   * gap stays inside a frame's 12-unit padding above a node in the frame's top row.
   */
  size: 8,
  /** Above the outer edge of the node's border. */
  gap: 1,
  /** Between the two triangles of `both`. */
  between: 1,
  fill: '#111111',
  rim: '#FFFFFF',
  rimWidth: 1,
} as const;

const TRIANGLE_HEIGHT = BEYOND_LOOK.size * 0.87;

export interface MarkBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Width and height of a beyond mark (its triangles, without the rim). */
export function beyondSize(mark: BeyondMark): { w: number; h: number } {
  const w = mark === 'both' ? 2 * BEYOND_LOOK.size + BEYOND_LOOK.between : BEYOND_LOOK.size;
  return { w, h: TRIANGLE_HEIGHT };
}

/** From the node's outline (the centre of its border) up to the mark's bottom. */
export const beyondLift = (borderWidth: number) => borderWidth / 2 + BEYOND_LOOK.gap;

/**
 * Where a node's beyond mark goes: its right side level with the node's, its bottom `gap`
 * above the outer edge of the node's border. `x, y` is the node's centre, `w, h` its
 * outline's size (data(w), data(h)).
 */
export function beyondBox(
  node: { x: number; y: number; w: number; h: number; borderWidth: number },
  mark: BeyondMark,
): MarkBox {
  const { w, h } = beyondSize(mark);
  const x2 = node.x + node.w / 2;
  const y2 = node.y - node.h / 2 - beyondLift(node.borderWidth);
  return { x1: x2 - w, y1: y2 - h, x2, y2 };
}

/** The mark's triangles as polygons (x, y pairs) inside its box: ▲ above, ▼ below, both side by side. */
export function beyondTriangles(box: MarkBox, mark: BeyondMark): Array<Array<[number, number]>> {
  const s = BEYOND_LOOK.size;
  const up = (left: number): Array<[number, number]> => [
    [left, box.y2],
    [left + s / 2, box.y1],
    [left + s, box.y2],
  ];
  const down = (left: number): Array<[number, number]> => [
    [left, box.y1],
    [left + s, box.y1],
    [left + s / 2, box.y2],
  ];
  if (mark === 'above') return [up(box.x1)];
  if (mark === 'below') return [down(box.x1)];
  return [up(box.x1), down(box.x1 + s + BEYOND_LOOK.between)];
}

const f = (v: number) => Number(v.toFixed(2));

/** The triangles as SVG `<polygon>`s, black with a white rim. */
export function beyondPolygons(box: MarkBox, mark: BeyondMark): string {
  return beyondTriangles(box, mark)
    .map(
      (points) =>
        `<polygon points="${points.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${BEYOND_LOOK.fill}" stroke="${BEYOND_LOOK.rim}" stroke-width="${BEYOND_LOOK.rimWidth}" stroke-linejoin="round" paint-order="stroke"/>`,
    )
    .join('');
}

/**
 * A beyond mark as a standalone SVG, its box at the origin with room for the rim: for
 * Cytoscape's background image and the legend's icon.
 */
export function beyondMarkSvg(mark: BeyondMark): string {
  const { w, h } = beyondSize(mark);
  const pad = BEYOND_LOOK.rimWidth / 2;
  const box = { x1: pad, y1: pad, x2: pad + w, y2: pad + h };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${f(w + 2 * pad)}" height="${f(h + 2 * pad)}" viewBox="0 0 ${f(w + 2 * pad)} ${f(h + 2 * pad)}">${beyondPolygons(box, mark)}</svg>`;
}

/**
 * A beyond mark as Cytoscape draws it: the standalone SVG as a background image of the
 * node, not clipped to it, aligned to the node's right side and lifted above its top by
 * the offsets (background-position 100% 0%), with the room it takes above the node for
 * `bounds-expansion` (so Cytoscape's caches and the node's frame include it).
 */
export function beyondImage(
  mark: BeyondMark,
  borderWidth: number,
): {
  url: string;
  width: number;
  height: number;
  offsetX: number;
  offsetY: number;
  above: number;
} {
  const { w, h } = beyondSize(mark);
  const pad = BEYOND_LOOK.rimWidth / 2;
  return {
    url: svgDataUrl(beyondMarkSvg(mark)),
    width: f(w + 2 * pad),
    height: f(h + 2 * pad),
    offsetX: pad,
    offsetY: -f(beyondLift(borderWidth) + h + pad),
    above: Math.ceil(beyondLift(borderWidth) + h + 2 * pad),
  };
}

/** A node's mark from its values' clamps (one per drawn column) and whether it has any value. */
export function overlayMark(
  noData: boolean,
  clamps: ReadonlyArray<'low' | 'high' | undefined>,
): OverlayMark | undefined {
  if (noData) return 'no-data';
  const high = clamps.includes('high');
  const low = clamps.includes('low');
  return high && low ? 'both' : high ? 'above' : low ? 'below' : undefined;
}

/** The marks the given entities carry under an overlay (a legend explains only what is drawn). */
export function marksOf(
  paints: ReadonlyMap<string, { mark?: OverlayMark }>,
  entities: Iterable<string>,
): Set<OverlayMark> {
  const out = new Set<OverlayMark>();
  for (const id of entities) {
    const mark = paints.get(id)?.mark;
    if (mark) out.add(mark);
  }
  return out;
}
