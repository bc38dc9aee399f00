/**
 * One `<g>` per entity and per relation: an id, classes for type and sign, `data-`
 * attributes that trace it back to the knowledge base, and its drawing (outline with
 * therapy stripes, multi-line label as real text; path with its end marker).
 */
import { escapeXml } from '../io/xml';
import { shapeOutline } from '../style/shapes';
import { EDGE_LOOK, EMPHASIS_LOOK, FONT_STACK, HIGHLIGHT, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from '../style/visual';
import type { FigureEdge, FigureNode } from './figure';
import { type Point, quadraticPieces, shorten } from './geometry';
import { EDGE_WIDTH, lineGap, markerEnd } from './svg-markers';

const n = (v: number) => Number(v.toFixed(2));
export const FONT_ATTR = `font-family="${escapeXml(FONT_STACK)}"`;

/**
 * Offset from the centre of a line's em box to its alphabetic baseline. Cytoscape
 * centres each line's em box; Noto Sans CJK (the font the stack resolves to on Linux)
 * has its baseline 0.12 em above the em box's bottom.
 */
export const BASELINE_SHIFT = 0.38;

/** Attribute text from a record, every value escaped; undefined values are skipped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(v as string | number)}"`)
    .join('');
}

/** XML ids are names: keep letters, digits, `-`, `_` and `.`. */
export function safeId(prefix: string, id: string): string {
  return `${prefix}${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** Unique ids even when two raw ids sanitise to the same name. */
export function idAllocator(): (prefix: string, id: string) => string {
  const used = new Set<string>();
  return (prefix, id) => {
    const base = safeId(prefix, id);
    let out = base;
    for (let i = 2; used.has(out); i++) out = `${base}-${i}`;
    used.add(out);
    return out;
  };
}

export function outlineElement(
  shape: FigureNode['shape'],
  x: number,
  y: number,
  w: number,
  h: number,
  style: Record<string, string | number | undefined>,
): string {
  const outline = shapeOutline(shape, x, y, w, h);
  return `<${outline.tag}${attrs({ ...outline.attrs, ...style })}/>`;
}

/** Multi-line text centred at (x, y), one `<tspan>` per line, lines `lineHeight` apart. */
export function centredText(
  lines: readonly string[],
  x: number,
  y: number,
  fontSize: number,
  lineHeight: number,
  fill: string,
  className: string,
): string {
  const first = y - ((lines.length - 1) * lineHeight) / 2 + BASELINE_SHIFT * fontSize;
  const spans = lines.map(
    (line, i) => `<tspan x="${n(x)}" y="${n(first + i * lineHeight)}">${escapeXml(line)}</tspan>`,
  );
  return `<text class="${className}" ${FONT_ATTR} font-size="${fontSize}" text-anchor="middle" fill="${fill}">${spans.join('')}</text>`;
}

function nodeFill(node: FigureNode, gradientId: (fills: string[]) => string | null): string {
  const id = gradientId(node.fills);
  return id ? `url(#${id})` : node.fills[0];
}

/** A story step's own element is outlined, an earlier step's drawn quieter, as on screen. */
const emphasisAttrs = (emphasis: FigureNode['emphasis']) => ({
  'data-emphasis': emphasis,
  opacity: emphasis === 'earlier' ? EMPHASIS_LOOK.earlierOpacity : undefined,
});

export function nodeElement(node: FigureNode, id: string, gradientId: (fills: string[]) => string | null): string {
  const current = node.emphasis === 'current';
  const borderWidth = current ? EMPHASIS_LOOK.currentBorderWidth : node.borderWidth;
  const border = {
    fill: 'none',
    stroke: current ? HIGHLIGHT : '#333333',
    'stroke-width': borderWidth,
    'stroke-dasharray': node.borderStyle === 'dashed' ? '4 2' : undefined,
  };
  const pad = EMPHASIS_LOOK.underlayPadding;
  const parts = [
    // The halo Cytoscape draws under a focused node.
    ...(current
      ? [
          outlineElement(node.shape, node.x, node.y, node.w + 2 * pad, node.h + 2 * pad, {
            fill: HIGHLIGHT,
            'fill-opacity': EMPHASIS_LOOK.underlayOpacity,
            stroke: 'none',
          }),
        ]
      : []),
    outlineElement(node.shape, node.x, node.y, node.w, node.h, { fill: nodeFill(node, gradientId), stroke: 'none' }),
    outlineElement(node.shape, node.x, node.y, node.w, node.h, border),
  ];
  // Cytoscape's double border: the middle third of the stroke is cleared.
  if (node.borderStyle === 'double')
    parts.push(
      outlineElement(node.shape, node.x, node.y, node.w, node.h, {
        fill: 'none',
        stroke: '#FFFFFF',
        'stroke-width': n(borderWidth / 3),
      }),
    );
  const lineHeight = LABEL_FONT_SIZE * LABEL_LINE_HEIGHT;
  parts.push(centredText(node.lines, node.x, node.y, LABEL_FONT_SIZE, lineHeight, '#111111', 'label'));
  const g = attrs({
    id,
    class: `node type-${node.type}${node.repeated ? ' repeated' : ''}`,
    'data-entity': node.entity,
    'data-symbol': node.data.symbol,
    'data-therapies': node.data.therapies.join(' '),
    'data-label': node.data.label,
    ...emphasisAttrs(node.emphasis),
  });
  return `<g${g}><title>${escapeXml(node.data.label)}</title>${parts.join('')}</g>`;
}

const pt = (p: Point) => `${n(p.x)},${n(p.y)}`;

/** The path of an edge, its end pulled back by the marker's gap. */
export function edgePath(edge: Pick<FigureEdge, 'curve' | 'points' | 'sign'>): string {
  const pts = edge.points;
  const last = pts[pts.length - 1];
  const before = pts[pts.length - 2];
  const end = shorten(before, last, lineGap(edge.sign));
  if (edge.curve === 'bezier' && pts.length > 2) {
    const pieces = quadraticPieces([...pts.slice(0, -1), end]);
    return `M${pt(pts[0])} ${pieces.map(([, c, to]) => `Q${pt(c)} ${pt(to)}`).join(' ')}`;
  }
  return `M${pts.slice(0, -1).map(pt).join(' L')} L${pt(end)}`;
}

const EDGE_LABEL_SIZE = 10;

export function edgeLabelWidth(label: string, measure: (text: string, size: number) => number): number {
  return measure(label, EDGE_LABEL_SIZE);
}

export function edgeElement(edge: FigureEdge, id: string, measure: (text: string, size: number) => number): string {
  const look = EDGE_LOOK[edge.sign];
  const current = edge.emphasis === 'current';
  const width = current ? EMPHASIS_LOOK.currentEdgeWidth : EDGE_WIDTH;
  const path = `<path d="${edgePath(edge)}" fill="none" stroke="${current ? HIGHLIGHT : look.colour}" stroke-width="${width}"${
    look.dashed ? ' stroke-dasharray="6 4"' : ''
  }${markerEnd(edge.sign, current)}/>`;
  const parts = [path];
  if (edge.label && edge.labelAt) {
    const w = edgeLabelWidth(edge.label, measure);
    const { x, y } = edge.labelAt;
    parts.push(
      `<rect x="${n(x - w / 2 - 1)}" y="${n(y - EDGE_LABEL_SIZE / 2 - 1)}" width="${n(w + 2)}" height="${EDGE_LABEL_SIZE + 2}" fill="#FFFFFF"/>`,
      centredText([edge.label], x, y, EDGE_LABEL_SIZE, EDGE_LABEL_SIZE, '#444444', 'site'),
    );
  }
  const g = attrs({
    id,
    class: `edge sign-${edge.sign} type-${edge.type}`,
    'data-relation': edge.relation,
    'data-source': edge.source,
    'data-target': edge.target,
    'data-therapies': edge.data.therapies.join(' '),
    'data-mechanism': edge.data.mechanism,
    'data-references': edge.data.references.join(' '),
    ...emphasisAttrs(edge.emphasis),
  });
  return `<g${g}>${parts.join('')}</g>`;
}
