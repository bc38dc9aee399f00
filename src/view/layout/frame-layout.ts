/**
 * From laid-out blocks to the final drawing: node centres, and each mechanism frame's
 * title wrapped at the size the packing chose. Plain data (no Cytoscape), shared by the
 * page, the layout-worker path and the command line.
 */
import type { ElementDefinition } from 'cytoscape';
import { type Measure, wrapLabel } from '../../style/label-layout';
import { FRAME_LOOK, LABEL_FONT_SIZE } from '../../style/visual';
import { frameId } from '../cy-elements';
import {
  type Block,
  type Box,
  blockLinks,
  type FrameTitle,
  type LaidBlock,
  type LayoutEdge,
  type Point,
  placeFrames,
  TITLE_GAP,
} from './layout-blocks';

/** What the layout decided for one frame's title: wrapped lines, font size, and the room it took. */
export interface FrameTitleData {
  label: string;
  titleSize: number;
  /** The title's box at `titleSize` (diagram units), reserved above the frame. */
  titleW: number;
  titleH: number;
}

export interface FramedLayout {
  positions: Map<string, Point>;
  /** Per frame element id. */
  titles: Map<string, FrameTitleData>;
  /** Each frame's border box, per frame element id. */
  boxes: Map<string, Box>;
  bounds: Box;
}

export interface FramedLayoutOptions {
  aspect: number;
  /** The drawing area in screen pixels (and the fit's padding), when titles must read at its fit. */
  viewport?: { w: number; h: number; padding: number };
  /** Bold text width at LABEL_FONT_SIZE (a canvas measurement on the page, an estimate in Node). */
  measureTitle: Measure;
  /** Space between packed frames (COMPONENT_GAP by default; print figures pack tighter). */
  gap?: number;
  /** How close to the largest packing a link-shortening one must be (LINK_TOLERANCE by default). */
  tolerance?: number;
}

/** A frame title's lines and box at a font size, wrapped within a width (`measure`: bold, at LABEL_FONT_SIZE). */
export function wrapTitle(title: string, measure: Measure, fontSize: number, width: number): FrameTitle {
  const scale = fontSize / LABEL_FONT_SIZE;
  const lines = wrapLabel(title, (t) => measure(t) * scale, width);
  return {
    lines,
    w: Math.max(...lines.map((l) => measure(l) * scale)),
    h: lines.length * fontSize * FRAME_LOOK.titleLineHeight,
  };
}

export function planFrames(
  elements: readonly ElementDefinition[],
  blocks: readonly Block[],
  edges: readonly LayoutEdge[],
  laid: readonly LaidBlock[],
  options: FramedLayoutOptions,
): FramedLayout {
  const titleOf = new Map<string, string>();
  for (const e of elements)
    if (typeof e.data.frame === 'string') titleOf.set(e.data.id as string, String(e.data.title));
  const placement = placeFrames(laid, {
    aspect: options.aspect,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    padding: FRAME_LOOK.padding,
    minTitle: FRAME_LOOK.minTitle,
    maxTitle: FRAME_LOOK.maxTitle,
    links: blockLinks(blocks, edges),
    ...(options.gap !== undefined ? { gap: options.gap } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    title: (i, size, width) => {
      const title = blocks[i].mechanism ? titleOf.get(frameId(blocks[i].mechanism)) : undefined;
      return title === undefined ? null : wrapTitle(title, options.measureTitle, size, width);
    },
  });
  const titles = new Map<string, FrameTitleData>();
  const boxes = new Map<string, Box>();
  for (const f of placement.frames) {
    if (!f.title) continue;
    boxes.set(frameId(blocks[f.block].mechanism), f.box);
    titles.set(frameId(blocks[f.block].mechanism), {
      label: f.title.lines.join('\n'),
      titleSize: f.fontSize,
      titleW: f.title.w,
      titleH: f.title.h + TITLE_GAP,
    });
  }
  return { positions: placement.positions, titles, boxes, bounds: placement.bounds };
}
