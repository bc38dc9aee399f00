/**
 * Layered layout that stays readable when many mechanisms share a few hubs. Dagre alone
 * puts every chain of a large connected graph side by side in a few very wide ranks.
 * Instead, small connected components are laid out whole; a large one is split into
 * blocks, one per mechanism (each entity in the mechanism most of its relations belong
 * to), each block is laid out by dagre, and all blocks are packed into rows matching the
 * drawing area's aspect ratio. Edges between blocks are drawn as they are. Works on a
 * live or a headless Cytoscape instance.
 */
import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import { COMPONENT_GAP, DAGRE_OPTIONS } from './layout-options';

export type Direction = 'TB' | 'LR';

/** Components larger than this are split into mechanism blocks. */
export const SPLIT_ABOVE = 40;

export interface PackItem {
  w: number;
  h: number;
}

/** Shelf packing: returns the top-left corner of each item, rows of roughly `rowWidth`. */
export function packRows(
  items: readonly PackItem[],
  rowWidth: number,
  gap = COMPONENT_GAP,
): Array<{ x: number; y: number }> {
  const out: Array<{ x: number; y: number }> = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const item of items) {
    if (x > 0 && x + item.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    out.push({ x, y });
    x += item.w + gap;
    rowHeight = Math.max(rowHeight, item.h);
  }
  return out;
}

/** The mechanism most of a node's relations belong to (a repeated outcome knows its own). */
function ownerMechanism(node: NodeSingular): string {
  const own = node.data('mechanism') as string | undefined;
  if (own) return own;
  const counts = new Map<string, number>();
  node.connectedEdges().forEach((e) => {
    const m = e.data('mechanism') as string;
    counts.set(m, (counts.get(m) ?? 0) + 1);
  });
  let best = '';
  let most = 0;
  for (const [m, n] of counts) {
    if (n > most) {
      best = m;
      most = n;
    }
  }
  return best;
}

/** Splits the elements into blocks to lay out on their own (plain maps: linear in the graph's size). */
function blocks(cy: Core, elements: Collection): NodeCollection[] {
  const out: NodeCollection[] = [];
  for (const component of elements.components()) {
    const nodes = component.nodes();
    if (nodes.length <= SPLIT_ABOVE) {
      out.push(nodes);
      continue;
    }
    const groups = new Map<string, NodeSingular[]>();
    nodes.forEach((n) => {
      const m = ownerMechanism(n);
      const group = groups.get(m);
      if (group) group.push(n);
      else groups.set(m, [n]);
    });
    for (const members of groups.values()) out.push(cy.collection(members as never) as NodeCollection);
  }
  return out;
}

/**
 * Tries row widths from the widest block to all blocks in one row and keeps the packing
 * that a drawing area of the given aspect ratio would show largest.
 */
export function bestPacking(items: readonly PackItem[], aspect: number): Array<{ x: number; y: number }> {
  const widest = Math.max(...items.map((b) => b.w));
  const total = items.reduce((sum, b) => sum + b.w + COMPONENT_GAP, 0);
  let best: { corners: Array<{ x: number; y: number }>; scale: number } | null = null;
  const tries = 24;
  for (let i = 0; i <= tries; i++) {
    const rowWidth = widest + ((total - widest) * i) / tries;
    const corners = packRows(items, rowWidth);
    const w = Math.max(...corners.map((c, k) => c.x + items[k].w));
    const h = Math.max(...corners.map((c, k) => c.y + items[k].h));
    const scale = Math.min(aspect / Math.max(w, 1), 1 / Math.max(h, 1));
    if (!best || scale > best.scale) best = { corners, scale };
  }
  return best?.corners ?? [];
}

export function layoutLayered(cy: Core, elements: Collection, direction: Direction, aspect = 16 / 10): void {
  if (elements.empty()) return;
  const included = new Set(elements.edges().map((e) => e.id()));
  const laid = blocks(cy, elements).map((nodes) => {
    // Only the edges inside the block (and among the elements laid out) shape its layers.
    const inside = nodes.union(nodes.edgesWith(nodes).filter((e) => included.has(e.id())));
    inside.layout({ name: 'dagre', rankDir: direction, fit: false, animate: false, ...DAGRE_OPTIONS } as never).run();
    const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    return { nodes, x: bb.x1, y: bb.y1, w: bb.w, h: bb.h };
  });
  // Largest blocks first, so the main mechanism sits at the top left.
  laid.sort((a, b) => b.nodes.length - a.nodes.length || b.w * b.h - a.w * a.h);
  const corners = bestPacking(laid, aspect);
  cy.batch(() => {
    laid.forEach((block, i) => {
      const dx = corners[i].x - block.x;
      const dy = corners[i].y - block.y;
      block.nodes.positions((node: { position: () => { x: number; y: number } }) => {
        const p = node.position();
        return { x: p.x + dx, y: p.y + dy };
      });
    });
  });
}

/** Lays out all elements, or only the visible ones, for the instance's drawing area. */
export function runLayout(cy: Core, direction: Direction, onlyVisible: boolean): void {
  const eles = onlyVisible ? cy.elements().not('.hidden') : cy.elements();
  const aspect = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 16 / 10;
  layoutLayered(cy, eles, direction, aspect);
}

/** Fits the viewport to what filters leave visible. */
export function fitVisible(cy: Core): void {
  const visible = cy.elements().not('.hidden');
  if (visible.nonempty()) cy.fit(visible, 28);
}
