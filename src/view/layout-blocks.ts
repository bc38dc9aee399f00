/**
 * The plain-data half of the layered layout (no Cytoscape here, so it runs on the main
 * thread, in a layout worker, in Node and in unit tests alike).
 *
 * Dagre alone puts every chain of a large connected graph side by side in a few very wide
 * ranks. Instead, small connected components are laid out whole; a large one is split
 * into blocks, one per mechanism (each entity in the mechanism most of its relations
 * belong to). Each block is laid out on its own (src/view/layout.ts, by dagre), and the
 * laid-out blocks are packed into rows matching the drawing area's aspect ratio. Edges
 * between blocks are drawn as they are.
 */
import { COMPONENT_GAP } from './layout-options';

export type Direction = 'TB' | 'LR';

/** Components larger than this are split into mechanism blocks. */
export const SPLIT_ABOVE = 40;

export interface LayoutNode {
  id: string;
  /** Set on a repeated outcome: it belongs to this mechanism's block. */
  mechanism?: string;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  mechanism: string;
}

/** Node and edge ids laid out together; `edges` are those with both ends in the block. */
export interface Block {
  nodes: string[];
  edges: string[];
}

/** A block after layout: its node centres and the box around its nodes. */
export interface LaidBlock {
  positions: Array<[id: string, x: number, y: number]>;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PackItem {
  w: number;
  h: number;
}

export type Point = { x: number; y: number };

/** Connected components by union-find, each listed in the order its nodes were given. */
function components(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): string[][] {
  const parent = new Map<string, string>(nodes.map((n) => [n.id, n.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    // Path compression keeps later lookups short.
    let x = id;
    while (x !== r) {
      const next = parent.get(x) as string;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const e of edges) {
    if (!parent.has(e.source) || !parent.has(e.target)) continue;
    const a = root(e.source);
    const b = root(e.target);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, string[]>();
  for (const n of nodes) {
    const r = root(n.id);
    const group = groups.get(r);
    if (group) group.push(n.id);
    else groups.set(r, [n.id]);
  }
  return [...groups.values()];
}

/**
 * Splits a graph into blocks to lay out on their own: each small component whole, each
 * large one by owner mechanism (a repeated outcome's own mechanism; otherwise the one most
 * of the node's relations belong to, the first met on a tie).
 */
export function splitIntoBlocks(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  splitAbove = SPLIT_ABOVE,
): Block[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inGraph = edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  const counts = new Map<string, Map<string, number>>();
  for (const e of inGraph) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const mine = counts.get(end) ?? new Map<string, number>();
      mine.set(e.mechanism, (mine.get(e.mechanism) ?? 0) + 1);
      counts.set(end, mine);
    }
  }
  const owner = (id: string): string => {
    const own = byId.get(id)?.mechanism;
    if (own) return own;
    let best = '';
    let most = 0;
    for (const [m, n] of counts.get(id) ?? []) {
      if (n > most) {
        best = m;
        most = n;
      }
    }
    return best;
  };
  const blockOf = new Map<string, number>();
  const blocks: Block[] = [];
  for (const component of components(nodes, inGraph)) {
    if (component.length <= splitAbove) {
      for (const id of component) blockOf.set(id, blocks.length);
      blocks.push({ nodes: component, edges: [] });
      continue;
    }
    const groups = new Map<string, number>();
    for (const id of component) {
      const m = owner(id);
      let index = groups.get(m);
      if (index === undefined) {
        index = blocks.length;
        groups.set(m, index);
        blocks.push({ nodes: [], edges: [] });
      }
      blocks[index].nodes.push(id);
      blockOf.set(id, index);
    }
  }
  for (const e of inGraph) {
    const b = blockOf.get(e.source);
    if (b !== undefined && b === blockOf.get(e.target)) blocks[b].edges.push(e.id);
  }
  return blocks;
}

/**
 * Shares blocks out among `parts` workers so each gets about the same amount of work
 * (nodes plus edges), largest first. Returns block indices per part.
 */
export function shareBlocks(blocks: readonly Block[], parts: number): number[][] {
  const out = Array.from({ length: Math.max(1, parts) }, () => [] as number[]);
  const load = out.map(() => 0);
  const order = blocks.map((_, i) => i).sort((a, b) => cost(blocks[b]) - cost(blocks[a]));
  for (const i of order) {
    const least = load.indexOf(Math.min(...load));
    out[least].push(i);
    load[least] += cost(blocks[i]);
  }
  return out.filter((part) => part.length > 0);
}

const cost = (b: Block) => b.nodes.length + b.edges.length;

/** Shelf packing: returns the top-left corner of each item, rows of roughly `rowWidth`. */
export function packRows(items: readonly PackItem[], rowWidth: number, gap = COMPONENT_GAP): Point[] {
  const out: Point[] = [];
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

/**
 * Tries row widths from the widest block to all blocks in one row and keeps the packing
 * that a drawing area of the given aspect ratio would show largest.
 */
export function bestPacking(items: readonly PackItem[], aspect: number): Point[] {
  let widest = 0;
  let total = 0;
  for (const b of items) {
    widest = Math.max(widest, b.w);
    total += b.w + COMPONENT_GAP;
  }
  let best: { corners: Point[]; scale: number } | null = null;
  const tries = 24;
  for (let i = 0; i <= tries; i++) {
    const rowWidth = widest + ((total - widest) * i) / tries;
    const corners = packRows(items, rowWidth);
    let w = 0;
    let h = 0;
    corners.forEach((c, k) => {
      w = Math.max(w, c.x + items[k].w);
      h = Math.max(h, c.y + items[k].h);
    });
    const scale = Math.min(aspect / Math.max(w, 1), 1 / Math.max(h, 1));
    if (!best || scale > best.scale) best = { corners, scale };
  }
  return best?.corners ?? [];
}

/**
 * Final node centres: blocks with the most nodes first (so the main mechanism sits at the
 * top left), packed for the aspect ratio. `laid` must be in block order, so the result
 * does not depend on which worker finished first.
 */
export function placeBlocks(laid: readonly LaidBlock[], aspect: number): Map<string, Point> {
  const order = [...laid].sort((a, b) => b.positions.length - a.positions.length || b.w * b.h - a.w * a.h);
  const corners = bestPacking(order, aspect);
  const out = new Map<string, Point>();
  order.forEach((block, i) => {
    const dx = corners[i].x - block.x;
    const dy = corners[i].y - block.y;
    for (const [id, x, y] of block.positions) out.set(id, { x: x + dx, y: y + dy });
  });
  return out;
}
