/**
 * One block (a frame's entities) laid out, whatever its size: what the layout workers,
 * the page and the command line call. A block of at most DAGRE_MAX nodes is one dagre
 * call (./dagre-block.ts), exactly as before, so the review's frames do not move. A larger
 * block, from whatever source (frames are split at FRAME_MAX, but a layout must never
 * trust that), and a frame of small pieces gathered together (./frame-parts.ts) are laid
 * out piece by piece: connected components, a component above DAGRE_MAX split into
 * communities (./partition.ts), each piece by dagre, and the pieces packed together like
 * frames (./layout-blocks.ts, `packSkyline`), so hundreds of pairs make a grid, not a row.
 * A piece that still has more than DAGRE_MAX nodes (it cannot happen with the capped
 * communities, but this is the last guard) is put on a grid without dagre.
 */
import { type DagreSpacing, dagreBlock } from './dagre-block';
import { type Direction, type LaidBlock, packSkyline } from './layout-blocks';
import { COMPONENT_GAP, DAGRE_MAX, DAGRE_OPTIONS } from './layout-options';
import { communities, components } from './partition';
import type { SizedBlock } from './sized-blocks';

/** Width / height a block of pieces is packed for (frames are then packed for the screen). */
const PIECES_ASPECT = 4 / 3;

/** Nodes on a grid, row by row, in the order given: the layout of last resort (no edges consulted). */
export function gridBlock(nodes: SizedBlock['nodes'], spacing: DagreSpacing = DAGRE_OPTIONS): LaidBlock {
  // A loop, not Math.max(...): a spread of a hundred thousand arguments overflows the stack.
  let cellW = 1;
  let cellH = 1;
  for (const n of nodes) {
    cellW = Math.max(cellW, n.w);
    cellH = Math.max(cellH, n.h);
  }
  cellW += spacing.nodeSep;
  cellH += spacing.nodeSep;
  // Columns × cellW against rows × cellH: about PIECES_ASPECT.
  const columns = Math.max(1, Math.round(Math.sqrt((nodes.length * PIECES_ASPECT * cellH) / cellW)));
  const positions: LaidBlock['positions'] = nodes.map((n, i) => [
    n.id,
    (i % columns) * cellW + cellW / 2,
    Math.floor(i / columns) * cellH + cellH / 2,
  ]);
  const rows = Math.ceil(nodes.length / columns);
  return { positions, x: 0, y: 0, w: Math.min(columns, nodes.length) * cellW, h: rows * cellH };
}

/** A block's pieces: its components, those above DAGRE_MAX split into communities of at most that. */
function pieces(block: SizedBlock): SizedBlock[] {
  const ids = block.nodes.map((n) => n.id);
  const groups = components(ids, block.edges).flatMap((component) => {
    if (component.length <= DAGRE_MAX) return [component];
    const inside = new Set(component);
    return communities(
      component,
      block.edges.filter((e) => inside.has(e.source) && inside.has(e.target)),
      DAGRE_MAX,
    );
  });
  const pieceOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g) pieceOf.set(id, i);
  });
  const out: SizedBlock[] = groups.map(() => ({ nodes: [], edges: [] }));
  for (const n of block.nodes) out[pieceOf.get(n.id) ?? 0].nodes.push(n);
  for (const e of block.edges) {
    const p = pieceOf.get(e.source);
    if (p !== undefined && p === pieceOf.get(e.target)) out[p].edges.push(e);
  }
  return out;
}

/** One piece: alone it is where dagre would put it; above the cap, a grid. */
function layPiece(piece: SizedBlock, direction: Direction, spacing: DagreSpacing): LaidBlock {
  if (piece.nodes.length > DAGRE_MAX) return gridBlock(piece.nodes, spacing);
  if (piece.nodes.length === 1) {
    const [n] = piece.nodes;
    // What dagre gives one node: its box at the origin, one unit wider on every side.
    return { positions: [[n.id, n.w / 2, n.h / 2]], x: -1, y: -1, w: n.w + 2, h: n.h + 2 };
  }
  return dagreBlock(piece, direction, spacing);
}

/** Pieces laid out one by one and packed into one block about PIECES_ASPECT wide. */
function piecewise(block: SizedBlock, direction: Direction, spacing: DagreSpacing): LaidBlock {
  const laid = pieces(block).map((p) => layPiece(p, direction, spacing));
  // Largest first, then as given: the skyline packs best from the tallest down.
  const order = laid.map((_, i) => i).sort((a, b) => laid[b].h - laid[a].h || laid[b].w - laid[a].w || a - b);
  const items = order.map((i) => ({ w: laid[i].w, h: laid[i].h }));
  let area = 0;
  let widest = 0;
  for (const item of items) {
    area += (item.w + COMPONENT_GAP) * (item.h + COMPONENT_GAP);
    widest = Math.max(widest, item.w);
  }
  const corners = packSkyline(items, Math.max(widest, Math.sqrt(area * PIECES_ASPECT)));
  const positions: LaidBlock['positions'] = [];
  let w = 0;
  let h = 0;
  order.forEach((i, k) => {
    const piece = laid[i];
    const dx = corners[k].x - piece.x;
    const dy = corners[k].y - piece.y;
    for (const [id, x, y] of piece.positions) positions.push([id, x + dx, y + dy]);
    w = Math.max(w, corners[k].x + piece.w);
    h = Math.max(h, corners[k].y + piece.h);
  });
  return { positions, x: 0, y: 0, w, h };
}

/** True when a block is laid out piece by piece rather than by one dagre call. */
export const laidInPieces = (block: SizedBlock) => block.pieces === true || block.nodes.length > DAGRE_MAX;

/** A block laid out: by one dagre call up to DAGRE_MAX nodes, else (or for gathered pieces) piece by piece. */
export function layBlock(block: SizedBlock, direction: Direction, spacing: DagreSpacing = DAGRE_OPTIONS): LaidBlock {
  return laidInPieces(block) ? piecewise(block, direction, spacing) : dagreBlock(block, direction, spacing);
}
