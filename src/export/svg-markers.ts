/**
 * Relation ends as SVG `<marker>`s, with the geometry of Cytoscape's arrow shapes at the
 * stylesheet's edge width and arrow scale, so an exported arrowhead, T-bar or diamond
 * has the size and position it has on screen. Markers use user-space units: the line's
 * end is the origin and +x points along the edge.
 */
import { escapeXml } from '../io/xml';
import { SIGNS, type Sign } from '../model/vocabulary';
import { EDGE_LOOK, HIGHLIGHT } from '../style/visual';

/** The stylesheet's `width` and `arrow-scale` for edges (src/view/stylesheet.ts). */
export const EDGE_WIDTH = 1.6;
export const ARROW_SCALE = 1.1;

/** Cytoscape's arrow size for an edge width and arrow scale. */
export const ARROW_SIZE = Math.max((EDGE_WIDTH * 13.37) ** 0.9, 29) * ARROW_SCALE;

/**
 * How far before the arrow's tip the line stops (Cytoscape's `gap`): the tip itself is
 * the edge's target endpoint.
 */
export function lineGap(sign: Sign): number {
  switch (EDGE_LOOK[sign].end) {
    case 'triangle':
      return EDGE_WIDTH * ARROW_SCALE * 2;
    case 'diamond':
      return EDGE_WIDTH * ARROW_SCALE;
    default:
      return 0;
  }
}

/** A relation end's marker; `current` ones (a story step's own relations) are in the highlight colour. */
export const markerId = (sign: Sign, current = false) => `end-${sign}${current ? '-current' : ''}`;

const n = (v: number) => Number(v.toFixed(2));

function pointsAttr(points: Array<[number, number]>): string {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

/** The marker's shape, with the line's end at the origin. */
function markerShape(sign: Sign, current: boolean): string {
  const look = EDGE_LOOK[sign];
  const s = ARROW_SIZE;
  const tip = lineGap(sign);
  const colour = escapeXml(current ? HIGHLIGHT : look.colour);
  switch (look.end) {
    case 'triangle':
      return `<polygon points="${pointsAttr([
        [tip, 0],
        [tip - 0.3 * s, -0.15 * s],
        [tip - 0.3 * s, 0.15 * s],
      ])}" fill="${colour}"/>`;
    case 'tee':
      return `<rect x="${n(-0.1 * s)}" y="${n(-0.15 * s)}" width="${n(0.1 * s)}" height="${n(0.3 * s)}" fill="${colour}"/>`;
    case 'diamond':
      return `<polygon points="${pointsAttr([
        [tip, 0],
        [tip - 0.15 * s, -0.15 * s],
        [tip - 0.3 * s, 0],
        [tip - 0.15 * s, 0.15 * s],
      ])}" fill="${look.hollow ? '#FFFFFF' : colour}" stroke="${colour}" stroke-width="1" stroke-linejoin="miter"/>`;
    default:
      return '';
  }
}

/** `<marker>` elements for every sign that has a drawn end (and their highlighted twins when asked). */
export function markerDefs(signs: readonly Sign[] = SIGNS, currentSigns: readonly Sign[] = []): string[] {
  const s = n(ARROW_SIZE);
  const marker = (sign: Sign, current: boolean) =>
    `<marker id="${markerId(sign, current)}" class="marker marker-${EDGE_LOOK[sign].end}" markerUnits="userSpaceOnUse" ` +
    `viewBox="${-s} ${-s} ${2 * s} ${2 * s}" markerWidth="${2 * s}" markerHeight="${2 * s}" refX="0" refY="0" ` +
    `orient="auto">${markerShape(sign, current)}</marker>`;
  const drawn = (sign: Sign) => EDGE_LOOK[sign].end !== 'none';
  return [
    ...signs.filter(drawn).map((sign) => marker(sign, false)),
    ...currentSigns.filter(drawn).map((sign) => marker(sign, true)),
  ];
}

/** The marker-end attribute for a relation of this sign ('' for none). */
export function markerEnd(sign: Sign, current = false): string {
  return EDGE_LOOK[sign].end === 'none' ? '' : ` marker-end="url(#${markerId(sign, current)})"`;
}
