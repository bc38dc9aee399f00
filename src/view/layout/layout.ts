/**
 * The Cytoscape half of the layered layout: reads the element definitions off an
 * instance, lays each mechanism frame out with dagre (./dagre-block.ts, the calls
 * cytoscape-dagre makes, on plain data), packs the frames (./frame-layout.ts) and applies
 * the positions and frame titles. The app runs this on the main thread for small graphs;
 * the CLI and the benchmark's baseline page run it directly. Large graphs are laid out in
 * workers by the same code (./layout-async.ts).
 */
import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Measure } from '../../style/label-layout';
import { FRAME_LOOK } from '../../style/visual';
import { isFrame } from '../cy-elements';
import { measureBoldLabel } from '../measure';
import { type BlockCache, cachedLayout } from './block-cache';
import { layBlock } from './block-layout';
import { type FramedLayout, planFrames } from './frame-layout';
import type { Direction, Point } from './layout-blocks';
import { blocksOf } from './sized-blocks';

export type { Direction } from './layout-blocks';

/** Padding of a fit, in screen pixels. */
export const FIT_PADDING = 28;

/** Element definitions as the instance holds them now (data and classes). */
export function definitionsOf(elements: Collection): ElementDefinition[] {
  return elements.map((e) => ({
    group: e.isNode() ? 'nodes' : 'edges',
    data: e.data(),
    classes: e.classes().join(' '),
  }));
}

/**
 * Moves nodes to the given centres in one step. A `preset` layout does it, so listeners
 * (and the benchmark) see one layoutstart/layoutstop pair, as for any other layout.
 * Frames are compound nodes: they follow their children.
 */
export function applyPositions(cy: Core, positions: ReadonlyMap<string, Point>): void {
  const nodes = cy.nodes().filter((n) => positions.has(n.id()) && !n.isParent());
  nodes
    .layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) as Point,
      fit: false,
      animate: false,
    } as never)
    .run();
}

/** Sets each frame's title as the layout wrapped and sized it. */
export function applyFrameTitles(cy: Core, layout: Pick<FramedLayout, 'titles'>): void {
  cy.batch(() => {
    for (const [id, t] of layout.titles) {
      const frame = cy.getElementById(id);
      if (frame.empty()) continue;
      frame.data({ label: t.label, titleSize: t.titleSize, titleMax: t.titleSize, titleW: t.titleW, titleH: t.titleH });
    }
  });
}

export interface LayoutTarget {
  aspect: number;
  viewport?: { w: number; h: number; padding: number };
  measureTitle?: Measure;
}

/** Lays out the given elements of `cy` on this thread; blocks `cache` holds are not laid out again. */
export function layoutLayered(
  cy: Core,
  elements: Collection,
  direction: Direction,
  target: LayoutTarget,
  cache: BlockCache | null = null,
): void {
  if (elements.empty()) return;
  const defs = definitionsOf(elements);
  const { blocks, sized, edges } = blocksOf(defs);
  const laid = cachedLayout(sized, direction, (block) => layBlock(block, direction), cache);
  const layout = planFrames(defs, blocks, edges, laid, { measureTitle: measureBoldLabel, ...target });
  applyPositions(cy, layout.positions);
  applyFrameTitles(cy, layout);
}

/**
 * Titles are sized for a drawing area this much narrower than the current one: the
 * details panel may open beside the diagram (a click on an entity opens it), and the
 * fitted diagram's titles must still read then. Wider, they are drawn smaller (see
 * sizeTitles in ./CytoscapeView.tsx), so nothing is lost but a little room.
 */
const TITLES_FOR_WIDTH = 0.66;

/** The drawing area of a live instance: what frames are packed and titles sized for (16:10 without one). */
export function drawingTarget(cy: Core): LayoutTarget {
  const w = cy.width();
  const h = cy.height();
  return w > 0 && h > 0
    ? { aspect: w / h, viewport: { w: w * TITLES_FOR_WIDTH, h, padding: FIT_PADDING } }
    : { aspect: 16 / 10 };
}

/** Lays out all elements, or only the visible ones, for the instance's drawing area. */
export function runLayout(cy: Core, direction: Direction, onlyVisible: boolean, cache: BlockCache | null = null): void {
  layoutLayered(cy, onlyVisible ? cy.elements().not('.hidden') : cy.elements(), direction, drawingTarget(cy), cache);
}

export type Bounds = { x1: number; y1: number; x2: number; y2: number };

const grow = (b: Bounds | undefined, x1: number, y1: number, x2: number, y2: number): Bounds =>
  b
    ? { x1: Math.min(b.x1, x1), y1: Math.min(b.y1, y1), x2: Math.max(b.x2, x2), y2: Math.max(b.y2, y2) }
    : { x1, y1, x2, y2 };

/**
 * The box around the visible nodes, their frames and the frames' titles, from positions
 * and sizes. Labels sit inside their nodes, so this is the drawing's extent without asking
 * Cytoscape for label bounding boxes, which measures every label and costs seconds on
 * large graphs. `only` narrows it to some nodes; `withFrames` false leaves out their frames' borders and titles;
 * `titleSize` takes titles as drawn at that size rather than the room the layout reserved.
 */
export function nodesBox(
  cy: Core,
  only?: (n: NodeSingular) => boolean,
  withFrames = true,
  titleSize?: number,
): Bounds | null {
  let all: Bounds | undefined;
  const frames = new Map<string, Bounds>();
  cy.nodes().forEach((n) => {
    // A closed frame (./overview.ts) is boxed like a node; an open one by its entities below.
    if (n.hasClass('hidden') || (isFrame(n.data()) && !n.hasClass('closed'))) return;
    if (only && !only(n)) return;
    const p = n.position();
    // Half the size, plus the widest border drawn (the focus ring).
    const hw = (Number(n.data('w')) || 0) / 2 + 5;
    const hh = (Number(n.data('h')) || 0) / 2 + 5;
    all = grow(all, p.x - hw, p.y - hh, p.x + hw, p.y + hh);
    const parent = withFrames ? (n.data('parent') as string | undefined) : undefined;
    if (parent) frames.set(parent, grow(frames.get(parent), p.x - hw, p.y - hh, p.x + hw, p.y + hh));
  });
  for (const [id, b] of frames) {
    const frame = cy.getElementById(id);
    const pad = FRAME_LOOK.padding;
    const cx = (b.x1 + b.x2) / 2;
    // The title's room as reserved by the layout, or as it is drawn at `titleSize`.
    const scale = titleSize ? Math.min(1, titleSize / (Number(frame.data('titleMax')) || titleSize)) : 1;
    const halfTitle = ((Number(frame.data('titleW')) || 0) * scale) / 2;
    const top = b.y1 - pad - (Number(frame.data('titleH')) || 0) * scale;
    all = grow(all, Math.min(b.x1 - pad, cx - halfTitle), top, Math.max(b.x2 + pad, cx + halfTitle), b.y2 + pad);
  }
  return all ?? null;
}

export const visibleBox = (cy: Core) => nodesBox(cy);

const viewportKey = (cy: Core) => `${cy.zoom().toFixed(5)} ${cy.pan().x.toFixed(2)} ${cy.pan().y.toFixed(2)}`;

/** Fits the viewport to what filters leave visible. */
export function fitVisible(cy: Core): void {
  const box = visibleBox(cy);
  if (!box) return;
  cy.fit(box as never, FIT_PADDING);
  // Remembered, so that when the drawing area changes size a fitted diagram is fitted again.
  cy.scratch('atlas-fitted', viewportKey(cy));
}

/** True while the camera is where the last fit put it (the person has not moved it since). */
export const isFitted = (cy: Core) => cy.scratch('atlas-fitted') === viewportKey(cy);
