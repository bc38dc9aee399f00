/**
 * Frames laid out for print (`graph figure --size journal-…`). On screen a reader zooms
 * into a frame; on paper the whole figure must fit the page with labels of at least 6 pt,
 * so each frame is laid out more compactly than on screen:
 *
 * - dagre with less space between nodes and ranks (PRINT_SPACING);
 * - top to bottom, a rank wider than the page has its nodes staggered over several ranks
 *   (consecutive nodes of the rank joined by edges that are not drawn), so a hub's many
 *   targets sit in two or three rows instead of one row wider than the page;
 * - a frame of several unconnected parts that is still too wide has its parts packed;
 * - edges follow dagre's route (through the points it keeps free for them) instead of a
 *   straight line, so an edge spanning several ranks does not run through a node it does
 *   not join (which would read as passing through it).
 *
 * Plain data in, plain data out: node centres and edge bend points per frame.
 */
import type { Point } from '../export/geometry';
import type { LayoutDirection } from '../store/view-state';
import type { SizedBlock } from '../view/layout';
import { bestPacking, DAGRE_MAX, type DagreSpacing, type LaidBlock, layBlock, runDagre } from '../view/layout';

/** Inside frames, in print: nodes, edges and ranks closer than on screen (where one zooms in). */
export const PRINT_SPACING: DagreSpacing = { nodeSep: 9, edgeSep: 6, rankSep: 20 };

/** Between the unconnected parts of one frame, in print. */
const PART_GAP = 22;

/** A frame laid out: node centres and box, and each edge's bend points (element id → points). */
export interface RoutedBlock extends LaidBlock {
  routes: Map<string, Point[]>;
}

/** Room kept between an edge's bend and its frame's border. */
export const BEND_ROOM = 4;

/** A bend closer than this to the straight line through its neighbours is dropped. */
const STRAIGHT_ENOUGH = 2.5;

/** The bends that matter: points off the straight line between the kept point before and the next. */
function simplify(from: Point, bends: readonly Point[], to: Point): Point[] {
  const kept: Point[] = [];
  let last = from;
  bends.forEach((p, i) => {
    const next = bends[i + 1] ?? to;
    const dx = next.x - last.x;
    const dy = next.y - last.y;
    const length = Math.hypot(dx, dy);
    const off = length < 1e-9 ? 0 : Math.abs(dy * (p.x - last.x) - dx * (p.y - last.y)) / length;
    if (off > STRAIGHT_ENOUGH) {
      kept.push(p);
      last = p;
    }
  });
  return kept;
}

/**
 * dagre on one frame, as src/view/layout/dagre-block.ts calls it (the same graph options and
 * node boxes; spacing PRINT_SPACING), with `hidden` edges that only constrain the layout,
 * returning each drawn edge's bend points too.
 */
export function routedDagre(
  block: SizedBlock,
  direction: LayoutDirection,
  hidden: SizedBlock['edges'] = [],
): RoutedBlock {
  const g = runDagre(block.nodes, [...block.edges, ...hidden], direction, PRINT_SPACING);
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  const at = new Map<string, Point>();
  const positions: LaidBlock['positions'] = block.nodes.map((n) => {
    const { x, y } = g.node(n.id) as { x: number; y: number };
    at.set(n.id, { x, y });
    x1 = Math.min(x1, x - n.w / 2);
    x2 = Math.max(x2, x + n.w / 2);
    y1 = Math.min(y1, y - n.h / 2);
    y2 = Math.max(y2, y + n.h / 2);
    return [n.id, x, y];
  });
  const routes = new Map<string, Point[]>();
  for (const e of block.edges) {
    if (e.source === e.target) continue;
    const label = g.edge({ v: e.source, w: e.target, name: e.id }) as { points?: Point[] } | undefined;
    const points = label?.points ?? [];
    const from = at.get(e.source) as Point;
    const to = at.get(e.target) as Point;
    const bends = simplify(from, points.slice(1, -1), to);
    routes.set(e.id, bends);
    // The frame holds its edges' bends too (dagre may route an edge beside every node).
    for (const p of bends) {
      x1 = Math.min(x1, p.x - BEND_ROOM);
      x2 = Math.max(x2, p.x + BEND_ROOM);
      y1 = Math.min(y1, p.y - BEND_ROOM);
      y2 = Math.max(y2, p.y + BEND_ROOM);
    }
  }
  // Cytoscape's bounding boxes are one unit wider on every side; packing uses the same.
  return { positions, x: x1 - 1, y: y1 - 1, w: x2 - x1 + 2, h: y2 - y1 + 2, routes };
}

/**
 * One frame laid out by dagre for print. Top to bottom, while the frame is wider than
 * `maxWidth`, the nodes of its widest rank are staggered over several ranks: consecutive
 * nodes of that rank are joined by edges that are not drawn, so every k-th one sits a
 * rank lower than the one before it. A few rounds, keeping the narrowest result whose
 * edges run through no more nodes than dagre's own layout's.
 */
export function printBlock(block: SizedBlock, direction: LayoutDirection, maxWidth: number): RoutedBlock {
  let laid = routedDagre(block, direction);
  if (direction !== 'TB') return laid;
  const width = new Map(block.nodes.map((n) => [n.id, n.w]));
  const hidden: SizedBlock['edges'] = [];
  const through = crossings(block, laid);
  let best = laid;
  for (let round = 0; round < 14 && best.w > maxWidth; round++) {
    const rows = new Map<number, Array<{ id: string; x: number }>>();
    for (const [id, x, y] of laid.positions) {
      const key = Math.round(y * 2);
      rows.set(key, [...(rows.get(key) ?? []), { id, x }]);
    }
    const extent = (row: Array<{ id: string; x: number }>) =>
      Math.max(...row.map((n) => n.x + (width.get(n.id) ?? 0) / 2)) -
      Math.min(...row.map((n) => n.x - (width.get(n.id) ?? 0) / 2));
    // The widest rank with more than one node (dagre also spreads ranks apart, so even a
    // rank narrower than the page may need staggering for the frame to fit).
    const many = [...rows.values()].filter((row) => row.length > 1);
    if (many.length === 0) break;
    const widest = many.reduce((a, b) => (extent(b) > extent(a) ? b : a));
    const k = Math.min(widest.length, Math.max(2, Math.ceil(extent(widest) / maxWidth)));
    widest.sort((a, b) => a.x - b.x);
    widest.forEach((n, i) => {
      if (i % k !== 0) hidden.push({ id: `\u0000stagger-${hidden.length}`, source: widest[i - 1].id, target: n.id });
    });
    laid = routedDagre(block, direction, hidden);
    if (laid.w < best.w && crossings(block, laid) <= through) best = laid;
  }
  return best;
}

/** A frame's unconnected parts (in the order of their first node). */
function parts(block: SizedBlock): SizedBlock[] {
  const root = new Map(block.nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r) r = root.get(r) as string;
    root.set(id, r);
    return r;
  };
  for (const e of block.edges) root.set(find(e.source), find(e.target));
  const out = new Map<string, SizedBlock>();
  for (const n of block.nodes) {
    const r = find(n.id);
    if (!out.has(r)) out.set(r, { nodes: [], edges: [] });
    out.get(r)?.nodes.push(n);
  }
  for (const e of block.edges) out.get(find(e.source))?.edges.push(e);
  return [...out.values()];
}

/**
 * One frame laid out for print (`printBlock`); when that is still wider than `maxWidth`,
 * each unconnected part on its own instead, the parts packed together for a drawing area
 * of `aspect` (width / height), so that a frame of several small pathways is not one long
 * row of them.
 */
export function printFrame(
  block: SizedBlock,
  direction: LayoutDirection,
  maxWidth: number,
  aspect: number,
): RoutedBlock {
  // No dagre call above DAGRE_MAX nodes (src/view/layout/block-layout.ts): such a block is
  // laid out in pieces, its edges drawn straight.
  if (block.nodes.length > DAGRE_MAX) return { ...layBlock(block, direction, PRINT_SPACING), routes: new Map() };
  const whole = printBlock(block, direction, maxWidth);
  const all = parts(block);
  if (all.length < 2 || whole.w <= maxWidth) return whole;
  const laid = all.map((p) => printBlock(p, direction, maxWidth));
  const corners = bestPacking(laid, aspect, new Map(), PART_GAP);
  const positions: LaidBlock['positions'] = [];
  const routes = new Map<string, Point[]>();
  let w = 0;
  let h = 0;
  laid.forEach((part, i) => {
    const dx = corners[i].x - part.x;
    const dy = corners[i].y - part.y;
    for (const [id, x, y] of part.positions) positions.push([id, x + dx, y + dy]);
    for (const [id, points] of part.routes)
      routes.set(
        id,
        points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
      );
    w = Math.max(w, corners[i].x + part.w);
    h = Math.max(h, corners[i].y + part.h);
  });
  return { positions, x: 0, y: 0, w, h, routes };
}

/** How many times an edge, drawn along its route, runs through a node it does not join. */
export function crossings(block: SizedBlock, laid: RoutedBlock): number {
  const at = new Map(laid.positions.map(([id, x, y]) => [id, { x, y }]));
  const boxes = block.nodes.map((n) => {
    const p = at.get(n.id) ?? { x: 0, y: 0 };
    // A little inside the outline: grazing a corner is not running through.
    return { id: n.id, x1: p.x - n.w / 2 + 3, y1: p.y - n.h / 2 + 3, x2: p.x + n.w / 2 - 3, y2: p.y + n.h / 2 - 3 };
  });
  let count = 0;
  for (const e of block.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const line = [a, ...(laid.routes.get(e.id) ?? []), b];
    for (const box of boxes) {
      if (box.id === e.source || box.id === e.target) continue;
      if (line.slice(1).some((q, i) => segmentHitsBox(line[i], q, box))) count++;
    }
  }
  return count;
}

/** Whether the segment from a to b meets the box (Liang–Barsky clipping). */
function segmentHitsBox(a: Point, b: Point, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: Array<[number, number]> = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
