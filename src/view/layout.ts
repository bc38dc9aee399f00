/**
 * The Cytoscape half of the layered layout (the plain-data half, block split and packing,
 * is in ./layout-blocks.ts): each block is laid out by cytoscape-dagre on a live or a
 * headless instance, then the blocks are packed and the positions applied. The app runs
 * this on the main thread for small graphs; the CLI and the benchmark's baseline page run
 * it directly. Large graphs are laid out in workers by ./dagre-block.ts (the same dagre
 * calls on plain data; ./layout-async.ts).
 */
import type { Collection, Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import {
  type Block,
  type Direction,
  type LaidBlock,
  type LayoutEdge,
  type LayoutNode,
  type Point,
  placeBlocks,
  splitIntoBlocks,
} from './layout-blocks';
import { DAGRE_OPTIONS } from './layout-options';

export type { Direction } from './layout-blocks';

/** The plain nodes and edges the block split needs, read off a collection. */
export function layoutInput(elements: Collection): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  elements.nodes().forEach((n: NodeSingular) => {
    const mechanism = n.data('mechanism') as string | undefined;
    nodes.push(mechanism ? { id: n.id(), mechanism } : { id: n.id() });
  });
  elements.edges().forEach((e: EdgeSingular) => {
    edges.push({ id: e.id(), source: e.data('source'), target: e.data('target'), mechanism: e.data('mechanism') });
  });
  return { nodes, edges };
}

/** Runs dagre on one block of `cy` and reads back its node centres and box. */
export function layoutBlock(cy: Core, block: Block, direction: Direction): LaidBlock {
  const byIds = (ids: readonly string[]) => cy.collection(ids.map((id) => cy.getElementById(id)) as never);
  const nodes = byIds(block.nodes) as NodeCollection;
  const inside = nodes.union(byIds(block.edges));
  inside.layout({ name: 'dagre', rankDir: direction, fit: false, animate: false, ...DAGRE_OPTIONS } as never).run();
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const positions: LaidBlock['positions'] = [];
  nodes.forEach((n) => {
    const p = n.position();
    positions.push([n.id(), p.x, p.y]);
  });
  return { positions, x: bb.x1, y: bb.y1, w: bb.w, h: bb.h };
}

/**
 * Moves nodes to the given centres in one step. A `preset` layout does it, so listeners
 * (and the benchmark) see one layoutstart/layoutstop pair, as for any other layout.
 */
export function applyPositions(cy: Core, positions: ReadonlyMap<string, Point>): void {
  const nodes = cy.nodes().filter((n) => positions.has(n.id()));
  nodes
    .layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) as Point,
      fit: false,
      animate: false,
    } as never)
    .run();
}

export function layoutLayered(cy: Core, elements: Collection, direction: Direction, aspect = 16 / 10): void {
  if (elements.empty()) return;
  const { nodes, edges } = layoutInput(elements);
  const laid = splitIntoBlocks(nodes, edges).map((block) => layoutBlock(cy, block, direction));
  applyPositions(cy, placeBlocks(laid, aspect));
}

/** Width over height of the instance's drawing area (16:10 when it has none). */
export function drawingAspect(cy: Core): number {
  return cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 16 / 10;
}

/** Lays out all elements, or only the visible ones, for the instance's drawing area. */
export function runLayout(cy: Core, direction: Direction, onlyVisible: boolean): void {
  layoutLayered(cy, onlyVisible ? cy.elements().not('.hidden') : cy.elements(), direction, drawingAspect(cy));
}

/**
 * The box around the visible nodes, from their positions and sizes. Labels sit inside
 * their nodes, so this is the drawing's extent without asking Cytoscape for label
 * bounding boxes, which measures every label and costs seconds on large graphs.
 */
export function visibleBox(cy: Core): { x1: number; y1: number; x2: number; y2: number } | null {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  cy.nodes().forEach((n) => {
    if (n.hasClass('hidden')) return;
    const p = n.position();
    // Half the size, plus the widest border drawn (the focus ring).
    const hw = (Number(n.data('w')) || 0) / 2 + 5;
    const hh = (Number(n.data('h')) || 0) / 2 + 5;
    x1 = Math.min(x1, p.x - hw);
    x2 = Math.max(x2, p.x + hw);
    y1 = Math.min(y1, p.y - hh);
    y2 = Math.max(y2, p.y + hh);
  });
  return x1 <= x2 ? { x1, y1, x2, y2 } : null;
}

/** Fits the viewport to what filters leave visible. */
export function fitVisible(cy: Core): void {
  const box = visibleBox(cy);
  if (box) cy.fit(box as never, 28);
}
