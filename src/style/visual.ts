/**
 * The visual language, shared by the screen (Cytoscape stylesheet), the legend and the
 * SVG figure writer: node shape by entity type; a relation's end by its sign, its dash by
 * its type and its weight by its certainty (SBGN Activity Flow: arrow = positive, T-bar =
 * negative, diamond = neutral, dashed = association).
 */
import type { RelationLook } from '../model/relation-look';
import type { Certainty, EntityType, Sign } from '../model/vocabulary';

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
  other: { shape: 'round-rectangle', borderWidth: 1.5, borderStyle: 'dashed' },
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
  /** Drawn as an outline over a cleared inside (Cytoscape's `hollow`), not filled. */
  hollow: boolean;
  dashed: boolean;
  colour: string;
  width: number;
}

/** The end each drawn sign gets (SBGN Activity Flow). */
export const SIGN_END: Record<Sign, EdgeEnd> = {
  positive: 'triangle',
  negative: 'tee',
  neutral: 'diamond',
  association: 'none',
};

/**
 * Line widths by certainty. A hedged statement is thinner; Cytoscape's arrow size does not
 * shrink below a width of about 2.9, so its end keeps the size of a stated one's.
 */
export const EDGE_WIDTHS: Record<Certainty, number> = { stated: 1.6, suggested: 1.1 };

/** Dash and gap of a correlation's line, on screen and in figures. */
export const DASH_PATTERN = [6, 4] as const;

/**
 * Line colours: causal relations darkest, correlations (dashed) lighter, and every hedged
 * (`suggested`) one lighter again, but each at least 3:1 against white so that it prints
 * (tests/unit/relation-look.test.ts measures it).
 */
const LINE_COLOURS: Record<Sign | 'dashed', Record<Certainty, string>> = {
  positive: { stated: '#333333', suggested: '#6E6E6E' },
  negative: { stated: '#333333', suggested: '#6E6E6E' },
  neutral: { stated: '#555555', suggested: '#7A7A7A' },
  association: { stated: '#777777', suggested: '#8C8C8C' },
  dashed: { stated: '#666666', suggested: '#8C8C8C' },
};

/**
 * How a relation is drawn, from its look (src/model/relation-look.ts): the end from the
 * sign, the dash from the line, the weight from the certainty. A correlation's arrowhead
 * is open (an outline), so that it never reads as a causal arrow even where the dashes are
 * short; its T-bar stays a filled bar in the correlation's grey (outlined, a 3-unit bar
 * reads as a small box at 100 %); a diamond is an outline either way.
 */
export function edgeLook(look: RelationLook): EdgeLook {
  const dashed = look.line === 'dashed';
  const end = SIGN_END[look.sign];
  return {
    end,
    hollow: end === 'diamond' || (dashed && end === 'triangle'),
    dashed,
    colour: LINE_COLOURS[dashed ? 'dashed' : look.sign][look.certainty],
    width: EDGE_WIDTHS[look.certainty],
  };
}

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
 * src/view/layout/layout-blocks.ts), in figures they print at `minTitle`.
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
