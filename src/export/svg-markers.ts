/**
 * Relation ends as SVG `<marker>`s, with the geometry of Cytoscape's arrow shapes at the
 * stylesheet's edge width and arrow scale, so an exported arrowhead, T-bar or diamond
 * has the size and position it has on screen. Markers use user-space units: the line's
 * end is the origin and +x points along the edge. One marker per drawn end and colour:
 * a correlation's open arrowhead or open T-bar, and a hedged relation's lighter end, are
 * markers of their own.
 */
import { escapeXml } from '../io/xml';
import type { RelationLook } from '../model/relation-look';
import { EDGE_WIDTHS, type EdgeLook, edgeLook, HIGHLIGHT } from '../style/visual';

/** The stylesheet's `width` (of a stated relation) and `arrow-scale` for edges (src/view/stylesheet.ts). */
export const EDGE_WIDTH = EDGE_WIDTHS.stated;
export const ARROW_SCALE = 1.1;

/**
 * Cytoscape's arrow size for an edge width and arrow scale: the same for every width the
 * stylesheet uses (the floor of 29 holds up to a width of about 2.9).
 */
export const ARROW_SIZE = Math.max((EDGE_WIDTH * 13.37) ** 0.9, 29) * ARROW_SCALE;

/**
 * How far before the arrow's tip the line stops (Cytoscape's `gap`, which grows with the
 * line's width): the tip itself is the edge's target endpoint.
 */
export function lineGap(look: Pick<EdgeLook, 'end' | 'width'>): number {
  switch (look.end) {
    case 'triangle':
      return look.width * ARROW_SCALE * 2;
    case 'diamond':
      return look.width * ARROW_SCALE;
    default:
      return 0;
  }
}

/**
 * A relation end's marker id, named after what it draws: `end-negative`, an open arrowhead
 * `end-positive-dashed`, a lighter one `…-suggested`; `current` ones (a story step's own
 * relations) are in the highlight colour, whatever their certainty.
 */
export function markerId(look: RelationLook, current = false): string {
  const line = look.line === 'dashed' ? '-dashed' : '';
  const weight = !current && look.certainty === 'suggested' ? '-suggested' : '';
  return `end-${look.sign}${line}${weight}${current ? '-current' : ''}`;
}

const n = (v: number) => Number(v.toFixed(2));

function pointsAttr(points: Array<[number, number]>): string {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

/**
 * The marker's shape, with the line's end at the origin. A hollow end is white inside
 * with an outline as wide as the line, as Cytoscape clears and strokes a hollow arrow.
 */
function markerShape(look: EdgeLook, current: boolean): string {
  const s = ARROW_SIZE;
  const tip = lineGap(look);
  const colour = escapeXml(current ? HIGHLIGHT : look.colour);
  const paint = look.hollow
    ? `fill="#FFFFFF" stroke="${colour}" stroke-width="${n(look.width)}" stroke-linejoin="miter"`
    : `fill="${colour}"`;
  switch (look.end) {
    case 'triangle':
      return `<polygon points="${pointsAttr([
        [tip, 0],
        [tip - 0.3 * s, -0.15 * s],
        [tip - 0.3 * s, 0.15 * s],
      ])}" ${paint}/>`;
    case 'tee':
      return `<rect x="${n(-0.1 * s)}" y="${n(-0.15 * s)}" width="${n(0.1 * s)}" height="${n(0.3 * s)}" ${paint}/>`;
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

/** `<marker>` elements for every look given that has a drawn end (and highlighted twins for `current`), once each. */
export function markerDefs(looks: readonly RelationLook[], currentLooks: readonly RelationLook[] = []): string[] {
  const s = n(ARROW_SIZE);
  const out = new Map<string, string>();
  const add = (look: RelationLook, current: boolean) => {
    const drawn = edgeLook(look);
    const id = markerId(look, current);
    if (drawn.end === 'none' || out.has(id)) return;
    out.set(
      id,
      `<marker id="${id}" class="marker marker-${drawn.end}${drawn.hollow ? ' marker-hollow' : ''}" markerUnits="userSpaceOnUse" ` +
        `viewBox="${-s} ${-s} ${2 * s} ${2 * s}" markerWidth="${2 * s}" markerHeight="${2 * s}" refX="0" refY="0" ` +
        `orient="auto">${markerShape(drawn, current)}</marker>`,
    );
  };
  for (const look of looks) add(look, false);
  for (const look of currentLooks) add(look, true);
  return [...out.values()];
}

/** The marker-end attribute for a relation of this look ('' for none). */
export function markerEnd(look: RelationLook, current = false): string {
  return edgeLook(look).end === 'none' ? '' : ` marker-end="url(#${markerId(look, current)})"`;
}
