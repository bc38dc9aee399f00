/**
 * The visual language, shared by the screen (Cytoscape stylesheet), the legend and the
 * SVG figure writer: node shape by entity type, edge ending and dash by sign (SBGN
 * Activity Flow: arrow = positive, T-bar = negative, diamond = neutral, dashed = association).
 */
import type { EntityType, Sign } from '../model/vocabulary';

/** Cytoscape shape names; the SVG writer draws the same shapes. */
export type NodeShape =
  | 'round-rectangle'
  | 'bottom-round-rectangle'
  | 'cut-rectangle'
  | 'ellipse'
  | 'concave-hexagon'
  | 'rhomboid'
  | 'round-octagon'
  | 'barrel'
  | 'hexagon'
  | 'tag'
  | 'round-pentagon';

export interface NodeLook {
  shape: NodeShape;
  borderWidth: number;
  borderStyle: 'solid' | 'double' | 'dashed';
}

export const NODE_LOOK: Record<EntityType, NodeLook> = {
  gene: { shape: 'round-rectangle', borderWidth: 1.5, borderStyle: 'solid' },
  family: { shape: 'round-rectangle', borderWidth: 4, borderStyle: 'double' },
  rna: { shape: 'bottom-round-rectangle', borderWidth: 1.5, borderStyle: 'solid' },
  complex: { shape: 'cut-rectangle', borderWidth: 1.5, borderStyle: 'solid' },
  metabolite: { shape: 'ellipse', borderWidth: 1.5, borderStyle: 'solid' },
  drug: { shape: 'concave-hexagon', borderWidth: 1.5, borderStyle: 'solid' },
  procedure: { shape: 'rhomboid', borderWidth: 2, borderStyle: 'solid' },
  cell: { shape: 'round-octagon', borderWidth: 1.5, borderStyle: 'solid' },
  pathway: { shape: 'barrel', borderWidth: 1.5, borderStyle: 'dashed' },
  process: { shape: 'hexagon', borderWidth: 1.5, borderStyle: 'solid' },
  condition: { shape: 'tag', borderWidth: 1.5, borderStyle: 'solid' },
  modification: { shape: 'round-pentagon', borderWidth: 1.5, borderStyle: 'solid' },
  outcome: { shape: 'hexagon', borderWidth: 3, borderStyle: 'solid' },
};

/** A repeated (cloned) outcome node's border: the SBGN clone marker's double line. */
export const REPEATED_BORDER = { width: 4, style: 'double' } as const;

/** The border a node is drawn with, on screen and in figures: its type's, or the clone marker. */
export function nodeBorder(look: NodeLook, repeated: boolean): { width: number; style: NodeLook['borderStyle'] } {
  return repeated ? REPEATED_BORDER : { width: look.borderWidth, style: look.borderStyle };
}

export type EdgeEnd = 'triangle' | 'tee' | 'diamond' | 'none';

export interface EdgeLook {
  end: EdgeEnd;
  /** Hollow ends (diamond) are drawn unfilled. */
  hollow: boolean;
  dashed: boolean;
  colour: string;
}

export const EDGE_LOOK: Record<Sign, EdgeLook> = {
  positive: { end: 'triangle', hollow: false, dashed: false, colour: '#333333' },
  negative: { end: 'tee', hollow: false, dashed: false, colour: '#333333' },
  neutral: { end: 'diamond', hollow: true, dashed: false, colour: '#555555' },
  association: { end: 'none', hollow: false, dashed: true, colour: '#777777' },
};

/** Fonts that cover Latin, Greek and Chinese on Linux, macOS and Windows. */
export const FONT_STACK =
  '"Noto Sans", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", Arial, sans-serif';

export const LABEL_FONT_SIZE = 13;
export const LABEL_LINE_HEIGHT = 1.25;
/** Widest a node may grow before its label wraps. */
export const LABEL_MAX_WIDTH = 128;
export const NODE_PADDING_X = 12;
export const NODE_PADDING_Y = 9;

/** Highlight and path colours (Okabe–Ito blue and vermillion), on screen and in figures. */
export const HIGHLIGHT = '#0072B2';
export const PATH_COLOUR = '#D55E00';

/**
 * How a story step draws what it adds (current) and what earlier steps showed, on screen
 * (focus and quiet classes) and in exported step figures.
 */
export const EMPHASIS_LOOK = {
  currentBorderWidth: 5,
  currentEdgeWidth: 4,
  underlayPadding: 6,
  underlayOpacity: 0.18,
  earlierOpacity: 0.5,
} as const;

/**
 * Mechanism frames: the box drawn around each mechanism's entities, its title above it,
 * on screen and in figures. Title sizes are in diagram units; on screen the layout raises
 * the title size until titles read at 14 px with the whole diagram fitted (see
 * src/view/layout-blocks.ts), in figures they print at `minTitle`.
 */
export const FRAME_LOOK = {
  padding: 12,
  minTitle: 15,
  maxTitle: 160,
  titleLineHeight: 1.2,
  titleColour: '#222222',
  borderWidth: 1.2,
  /** How much of the category's colour the fill and border take (the rest is white). */
  fillTint: 0.07,
  borderTint: 0.55,
} as const;
