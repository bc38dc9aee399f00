/**
 * One `<g>` per entity and per relation: an id, classes for type and (relations) sign,
 * line and certainty, `data-` attributes that trace it back to the knowledge base, a
 * `<title>` tooltip, and its drawing (outline with therapy stripes, multi-line label as
 * real text; path with its dashes and end marker).
 */
import { escapeXml } from '../io/xml';
import type { RelationLook } from '../model/relation-look';
import { textOn } from '../style/overlay-ink';
import { beyondBox, beyondPolygons } from '../style/overlay-marks';
import { shapeOutline } from '../style/shapes';
import {
  DASH_PATTERN,
  EMPHASIS_LOOK,
  edgeLook,
  FONT_STACK,
  FRAME_LOOK,
  HIGHLIGHT,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
} from '../style/visual';
import type { FigureEdge, FigureFrame, FigureNode } from './figure';
import { type Bounds, type Point, quadraticPieces, shorten } from './geometry';
import { lineGap, markerEnd } from './svg-markers';

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

/** Label ink that reads on the node's middle fill (white on a dark overlay colour). */
function labelInk(fills: readonly string[]): string {
  return textOn(fills[Math.floor(fills.length / 2)] ?? '#FFFFFF');
}

/** The id of the no-data hatching's `<pattern>` in a figure's `<defs>`. */
export const NO_DATA_PATTERN = 'no-data-hatch';

function nodeFill(node: FigureNode, gradientId: (fills: string[]) => string | null): string {
  if (node.overlayMark === 'no-data') return `url(#${NO_DATA_PATTERN})`;
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
  parts.push(centredText(node.lines, node.x, node.y, LABEL_FONT_SIZE, lineHeight, labelInk(node.fills), 'label'));
  // A value beyond the colour limits: ▲ or ▼ above the node's top-right corner, clear of its label.
  const mark = node.overlayMark;
  if (mark && mark !== 'no-data')
    parts.push(`<g class="beyond-mark beyond-${mark}">${beyondPolygons(beyondBox(node, mark), mark)}</g>`);
  const g = attrs({
    id,
    class: `node type-${node.type}${node.repeated ? ' repeated' : ''}${mark === 'no-data' ? ' no-data' : mark ? ` beyond-${mark}` : ''}`,
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
export function edgePath(edge: Pick<FigureEdge, 'curve' | 'points' | 'sign' | 'line' | 'certainty'>): string {
  const pts = edge.points;
  const last = pts[pts.length - 1];
  const before = pts[pts.length - 2];
  const end = shorten(before, last, lineGap(edgeLook(edge)));
  if (edge.curve === 'bezier' && pts.length > 2) {
    const pieces = quadraticPieces([...pts.slice(0, -1), end]);
    return `M${pt(pts[0])} ${pieces.map(([, c, to]) => `Q${pt(c)} ${pt(to)}`).join(' ')}`;
  }
  return `M${pts.slice(0, -1).map(pt).join(' L')} L${pt(end)}`;
}

/**
 * The drawing attributes of a relation's line (after `d`): colour, width, the dashes of a
 * correlation and the end's marker. The legend's samples use the same.
 */
export function edgeStroke(look: RelationLook, current = false): string {
  const drawn = edgeLook(look);
  const width = current ? EMPHASIS_LOOK.currentEdgeWidth : drawn.width;
  return `fill="none" stroke="${current ? HIGHLIGHT : drawn.colour}" stroke-width="${width}"${
    drawn.dashed ? ` stroke-dasharray="${DASH_PATTERN.join(' ')}"` : ''
  }${markerEnd(look, current)}`;
}

const EDGE_LABEL_SIZE = 10;

export function edgeLabelWidth(label: string, measure: (text: string, size: number) => number): number {
  return measure(label, EDGE_LABEL_SIZE);
}

export function edgeElement(edge: FigureEdge, id: string, measure: (text: string, size: number) => number): string {
  const path = `<path d="${edgePath(edge)}" ${edgeStroke(edge, edge.emphasis === 'current')}/>`;
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
    class: `edge sign-${edge.sign} line-${edge.line} certainty-${edge.certainty} type-${edge.type}`,
    'data-relation': edge.relation,
    'data-source': edge.source,
    'data-target': edge.target,
    'data-therapies': edge.data.therapies.join(' '),
    'data-mechanism': edge.data.mechanism,
    'data-references': edge.data.references.join(' '),
    'data-certainty': edge.certainty,
    ...emphasisAttrs(edge.emphasis),
  });
  return `<g${g}><title>${escapeXml(edge.tooltip)}</title>${parts.join('')}</g>`;
}

type TextMeasure = (text: string, size: number) => number;

/** Bold Noto Sans runs about this much wider than regular: frame titles are estimated with it. */
export const BOLD_WIDTH = 1.12;

/** What a frame's title covers: its lines centred on the frame, ending at `titleBottom`. */
export function frameTitleBox(frame: FigureFrame, measure: TextMeasure): Bounds {
  const cx = (frame.x1 + frame.x2) / 2;
  const half = Math.max(0, ...frame.lines.map((l) => measure(l, frame.fontSize) * BOLD_WIDTH)) / 2;
  const top = frame.titleBottom - frame.lines.length * frame.fontSize * FRAME_LOOK.titleLineHeight;
  return { x1: cx - half, y1: top, x2: cx + half, y2: frame.titleBottom };
}

/** The category label is this much of the title's size, and no larger than the padding holds. */
const CATEGORY_SCALE = 0.7;
const CATEGORY_MAX = 0.7 * FRAME_LOOK.minTitle;
const CATEGORY_MIN = 6;
/** From the frame's border to the category label. */
const CATEGORY_INSET = 4;
const CATEGORY_COLOUR = '#6A6A6A';

export interface CategoryPlace {
  x: number;
  /** Top of the label's em box. */
  top: number;
  size: number;
  anchor: 'start' | 'end';
  box: Bounds;
}

const overlaps = (a: Bounds, b: Bounds) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Where a frame's category label goes: in a corner of the frame, inside its padding (top
 * left first, then top right, bottom left, bottom right), clear of every box in
 * `obstacles` (the nodes drawn). Smaller when no corner has room at the usual size; null
 * when none has room at all (the category is still in the group's data-category).
 */
export function placeCategory(
  frame: FigureFrame,
  obstacles: readonly Bounds[],
  measure: TextMeasure,
): CategoryPlace | null {
  // Nothing to add when the title already says it (a mechanism named after its category).
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (!frame.categoryLabel || same(frame.categoryLabel, frame.lines.join(' '))) return null;
  const largest = Math.min(CATEGORY_MAX, CATEGORY_SCALE * frame.fontSize);
  for (const size of [largest, Math.max(CATEGORY_MIN, largest * 0.8)]) {
    const w = measure(frame.categoryLabel, size);
    if (w > frame.x2 - frame.x1 - 2 * CATEGORY_INSET) continue;
    const edge = FRAME_LOOK.borderWidth / 2 + 1;
    const corners: Array<Omit<CategoryPlace, 'box'>> = [
      { x: frame.x1 + CATEGORY_INSET, top: frame.y1 + edge, size, anchor: 'start' },
      { x: frame.x2 - CATEGORY_INSET, top: frame.y1 + edge, size, anchor: 'end' },
      { x: frame.x1 + CATEGORY_INSET, top: frame.y2 - edge - size, size, anchor: 'start' },
      { x: frame.x2 - CATEGORY_INSET, top: frame.y2 - edge - size, size, anchor: 'end' },
    ];
    for (const c of corners) {
      const x1 = c.anchor === 'start' ? c.x : c.x - w;
      const box = { x1, y1: c.top, x2: x1 + w, y2: c.top + size };
      if (!obstacles.some((o) => overlaps(o, box))) return { ...c, box };
    }
  }
  return null;
}

/**
 * One mechanism frame: its rounded box in the category's tint, its title above it (bold,
 * one `<tspan>` per line, centred) and, quietly, its category in a free corner.
 */
export function frameElement(frame: FigureFrame, id: string, category: CategoryPlace | null): string {
  const w = frame.x2 - frame.x1;
  const h = frame.y2 - frame.y1;
  const parts = [
    outlineElement('round-rectangle', frame.x1 + w / 2, frame.y1 + h / 2, w, h, {
      class: 'frame-box',
      fill: frame.fill,
      stroke: frame.stroke,
      'stroke-width': FRAME_LOOK.borderWidth,
    }),
  ];
  if (frame.lines.length > 0) {
    const lineHeight = frame.fontSize * FRAME_LOOK.titleLineHeight;
    const cx = (frame.x1 + frame.x2) / 2;
    // Each line's em box ends a line height below the previous one's, the last at titleBottom.
    const spans = frame.lines.map((line, i) => {
      const bottom = frame.titleBottom - (frame.lines.length - 1 - i) * lineHeight;
      const y = bottom - (0.5 - BASELINE_SHIFT) * frame.fontSize;
      return `<tspan x="${n(cx)}" y="${n(y)}">${escapeXml(line)}</tspan>`;
    });
    parts.push(
      `<text class="frame-title" ${FONT_ATTR} font-size="${n(frame.fontSize)}" font-weight="bold" text-anchor="middle" fill="${FRAME_LOOK.titleColour}">${spans.join('')}</text>`,
    );
  }
  if (category)
    parts.push(
      `<text class="frame-category" ${FONT_ATTR} font-size="${n(category.size)}" text-anchor="${category.anchor}" fill="${CATEGORY_COLOUR}"><tspan x="${n(category.x)}" y="${n(
        category.top + category.size - (0.5 - BASELINE_SHIFT) * category.size,
      )}">${escapeXml(frame.categoryLabel)}</tspan></text>`,
    );
  const g = attrs({
    id,
    class: 'frame',
    'data-mechanism': frame.mechanism,
    'data-category': frame.category,
  });
  return `<g${g}><title>${escapeXml([frame.lines.join(' '), frame.categoryLabel].filter(Boolean).join(' · '))}</title>${parts.join('')}</g>`;
}
