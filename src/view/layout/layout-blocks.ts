/**
 * The plain-data half of the layered layout (no Cytoscape here, so it runs on the main
 * thread, in a layout worker, in Node and in unit tests alike).
 *
 * Every entity belongs to one mechanism frame: a repeated outcome to its own mechanism,
 * any other entity to the mechanism most of its drawn relations belong to. Each frame's
 * entities are laid out on their own by dagre (./dagre-block.ts), and the laid-out frames,
 * each with room for its title above it, are packed to the drawing area's aspect ratio by
 * a skyline packer, which fills the gaps a row-by-row packing leaves. Edges between frames
 * are drawn as they are; among packings that show the diagram about as large, the one
 * whose linked frames sit closest together wins.
 */
import type { LayoutDirection } from '../../model/arrangement';
import { COMPONENT_GAP } from './layout-options';

/** The layout's direction (dagre's rankDir); the list is LAYOUT_DIRECTIONS in the model. */
export type Direction = LayoutDirection;

export interface LayoutNode {
  id: string;
  /** Set on a repeated outcome: it belongs to this mechanism's frame. */
  mechanism?: string;
  /** The mechanism frame the node is drawn in, when already decided (it then wins). */
  frame?: string;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  mechanism: string;
}

/** Node and edge ids laid out together (one frame); `edges` are those with both ends in it. */
export interface Block {
  /**
   * The frame's key: its mechanism id, `<mechanism id>/part-<n>` for a part of a mechanism
   * too large for one frame (./frame-parts.ts), '' for entities without a drawn relation.
   */
  mechanism: string;
  nodes: string[];
  edges: string[];
  /** A frame of small pieces gathered together (laid out one by one, ./block-layout.ts). */
  pieces?: boolean;
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
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The mechanism each node is drawn in: a repeated outcome's own mechanism; otherwise the
 * one most of its relations belong to (the first met on a tie, so the result follows the
 * knowledge base's order). Nodes without relations get ''.
 */
export function ownerMechanisms(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, string> {
  const known = new Set(nodes.map((n) => n.id));
  const counts = new Map<string, Map<string, number>>();
  for (const e of edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const mine = counts.get(end) ?? new Map<string, number>();
      mine.set(e.mechanism, (mine.get(e.mechanism) ?? 0) + 1);
      counts.set(end, mine);
    }
  }
  const owners = new Map<string, string>();
  for (const n of nodes) {
    const decided = n.frame ?? n.mechanism;
    if (decided) {
      owners.set(n.id, decided);
      continue;
    }
    let best = '';
    let most = 0;
    for (const [m, count] of counts.get(n.id) ?? []) {
      if (count > most) {
        best = m;
        most = count;
      }
    }
    owners.set(n.id, best);
  }
  return owners;
}

/** Splits a graph into blocks, one per owner mechanism, in the order their first node was given. */
export function splitIntoBlocks(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Block[] {
  const owners = ownerMechanisms(nodes, edges);
  const index = new Map<string, number>();
  const blocks: Block[] = [];
  const blockOf = new Map<string, number>();
  for (const n of nodes) {
    const m = owners.get(n.id) ?? '';
    let i = index.get(m);
    if (i === undefined) {
      i = blocks.length;
      index.set(m, i);
      blocks.push({ mechanism: m, nodes: [], edges: [] });
    }
    blocks[i].nodes.push(n.id);
    blockOf.set(n.id, i);
  }
  for (const e of edges) {
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

/**
 * Skyline packing in a strip `width` wide: each item, in the order given, goes where its
 * top is highest (then leftmost), resting on what is already placed. Returns top-left corners.
 */
export function packSkyline(items: readonly PackItem[], width: number, gap = COMPONENT_GAP): Point[] {
  const widest = Math.max(0, ...items.map((i) => i.w));
  const stripWidth = Math.max(width, widest) + gap;
  // The skyline: consecutive segments covering [0, stripWidth), each at the height of what is under it.
  const skyline: Array<{ x: number; w: number; y: number }> = [{ x: 0, w: stripWidth, y: 0 }];
  return items.map((item) => {
    const w = item.w + gap;
    let best: { x: number; y: number } | null = null;
    for (let i = 0; i < skyline.length; i++) {
      const x = skyline[i].x;
      if (x + w > stripWidth + 1e-6) break;
      let y = 0;
      for (let j = i; j < skyline.length && skyline[j].x < x + w - 1e-6; j++) y = Math.max(y, skyline[j].y);
      if (!best || y < best.y - 1e-6) best = { x, y };
    }
    const at = best ?? { x: 0, y: Math.max(...skyline.map((s) => s.y)) };
    const top = at.y + item.h + gap;
    const end = at.x + w;
    // Replace the segments under [at.x, end) by one at the item's top, keeping the parts outside.
    let first = 0;
    while (first < skyline.length && skyline[first].x + skyline[first].w <= at.x + 1e-9) first++;
    let last = first;
    while (last < skyline.length && skyline[last].x < end - 1e-9) last++;
    const replaced: typeof skyline = [];
    const head = skyline[first];
    if (head && head.x < at.x) replaced.push({ x: head.x, w: at.x - head.x, y: head.y });
    replaced.push({ x: at.x, w, y: top });
    const tail = skyline[last - 1];
    if (tail && tail.x + tail.w > end) replaced.push({ x: end, w: tail.x + tail.w - end, y: tail.y });
    skyline.splice(first, last - first, ...replaced);
    // Neighbouring segments at one height are one segment: fewer places to try.
    for (let k = Math.max(1, first); k < Math.min(skyline.length, first + replaced.length + 1); k++) {
      if (Math.abs(skyline[k - 1].y - skyline[k].y) < 1e-6) {
        skyline[k - 1] = { ...skyline[k - 1], w: skyline[k - 1].w + skyline[k].w };
        skyline.splice(k, 1);
        k--;
      }
    }
    return at;
  });
}

/** The extent of packed items. */
function extent(items: readonly PackItem[], corners: readonly Point[]): { w: number; h: number } {
  let w = 0;
  let h = 0;
  corners.forEach((c, k) => {
    w = Math.max(w, c.x + items[k].w);
    h = Math.max(h, c.y + items[k].h);
  });
  return { w, h };
}

/** How large a drawing area of this aspect ratio (width / height) shows a w × h drawing. */
const scaleFor = (w: number, h: number, aspect: number) => Math.min(aspect / Math.max(w, 1), 1 / Math.max(h, 1));

/**
 * Orders that packings are tried in: tallest first (the tightest skyline), and linked
 * first (each next frame the one with most links to those already placed), so frames that
 * share relations are packed near each other.
 */
function packOrders(items: readonly PackItem[], links: ReadonlyMap<number, ReadonlyMap<number, number>>): number[][] {
  const all = items.map((_, i) => i);
  const tallest = [...all].sort((a, b) => items[b].h - items[a].h || items[b].w - items[a].w || a - b);
  const area = (i: number) => items[i].w * items[i].h;
  const linked: number[] = [];
  const left = new Set(all);
  const score = new Map<number, number>();
  while (left.size > 0) {
    let next = -1;
    for (const i of left) {
      if (
        next < 0 ||
        (score.get(i) ?? 0) > (score.get(next) ?? 0) ||
        ((score.get(i) ?? 0) === (score.get(next) ?? 0) && area(i) > area(next))
      )
        next = i;
    }
    linked.push(next);
    left.delete(next);
    for (const [j, n] of links.get(next) ?? []) if (left.has(j)) score.set(j, (score.get(j) ?? 0) + n);
  }
  const widest = [...all].sort((a, b) => items[b].w - items[a].w || a - b);
  const largest = [...all].sort((a, b) => area(b) - area(a) || a - b);
  return [tallest, linked, widest, largest];
}

/** Total distance between the centres of linked items: what edges between frames cost the eye. */
function linkLength(
  items: readonly PackItem[],
  corners: readonly Point[],
  links: ReadonlyMap<number, ReadonlyMap<number, number>>,
): number {
  let total = 0;
  for (const [i, mine] of links) {
    for (const [j, n] of mine) {
      if (j <= i) continue;
      const dx = corners[i].x + items[i].w / 2 - corners[j].x - items[j].w / 2;
      const dy = corners[i].y + items[i].h / 2 - corners[j].y - items[j].h / 2;
      total += n * Math.hypot(dx, dy);
    }
  }
  return total;
}

/**
 * Packs items for a drawing area of the given aspect ratio: tries strip widths from the
 * widest item to all items side by side, in each of the orders above, and keeps, among the
 * packings shown within 4% of the largest, the one with the shortest links.
 */
/**
 * Packings within this share of the best scale count as "about as large", and among them the
 * one with the shortest links between frames wins: on screen, frames that share relations
 * sit together at a small cost in size. Print, where size is what decides whether labels
 * reach 6 pt, asks for a narrower margin.
 */
export const LINK_TOLERANCE = 0.96;

export function bestPacking(
  items: readonly PackItem[],
  aspect: number,
  links: ReadonlyMap<number, ReadonlyMap<number, number>> = new Map(),
  gap = COMPONENT_GAP,
  tolerance = LINK_TOLERANCE,
): Point[] {
  if (items.length === 0) return [];
  let widest = 0;
  let total = 0;
  for (const b of items) {
    widest = Math.max(widest, b.w);
    total += b.w + gap;
  }
  const candidates: Array<{ corners: Point[]; scale: number; length: number }> = [];
  // Many frames (generated graphs of thousands of entities): fewer tries, as each costs more.
  const many = items.length > 60;
  const tries = many ? 8 : 32;
  const orders = packOrders(items, links);
  for (const order of many ? orders.slice(0, 2) : orders) {
    const ordered = order.map((i) => items[i]);
    for (let t = 0; t <= tries; t++) {
      // Widths spaced geometrically: narrow strips matter as much as wide ones.
      const rowWidth = widest * (Math.max(total, widest) / widest) ** (t / tries);
      const placed = packSkyline(ordered, rowWidth, gap);
      const corners = new Array<Point>(items.length);
      order.forEach((i, k) => {
        corners[i] = placed[k];
      });
      const { w, h } = extent(items, corners);
      candidates.push({ corners, scale: scaleFor(w, h, aspect), length: 0 });
    }
  }
  const top = Math.max(...candidates.map((c) => c.scale));
  const good = candidates.filter((c) => c.scale >= top * tolerance);
  for (const c of good) c.length = linkLength(items, c.corners, links);
  good.sort((a, b) => a.length - b.length || b.scale - a.scale);
  return good[0].corners;
}

/** A frame's title, wrapped for a font size and a width: its lines and the box they take. */
export interface FrameTitle {
  lines: string[];
  w: number;
  h: number;
}

export interface FrameOptions {
  /** Width / height of the drawing area. */
  aspect: number;
  /**
   * The drawing area in screen pixels: titles are then sized so they read at 14 px or more
   * when the whole diagram is fitted into it. Without it (figures), titles are `minTitle`.
   */
  viewport?: { w: number; h: number; padding: number };
  /** The title of block `i` wrapped at a font size and width, or null for a block without a frame. */
  title: (block: number, fontSize: number, width: number) => FrameTitle | null;
  /** Space between a frame's border and its nodes. */
  padding: number;
  /** Smallest and largest title font size, in diagram units. */
  minTitle: number;
  maxTitle: number;
  /** Edges between blocks, as counts of links between block indices. */
  links?: ReadonlyMap<number, ReadonlyMap<number, number>>;
  gap?: number;
  /** See LINK_TOLERANCE. */
  tolerance?: number;
}

/** Where each frame went: its box (border), its title's font size and lines. */
export interface PlacedFrame {
  block: number;
  box: Box;
  title: FrameTitle | null;
  fontSize: number;
}

export interface Placement {
  positions: Map<string, Point>;
  frames: PlacedFrame[];
  /** The box around everything drawn (frames and titles). */
  bounds: Box;
}

/** On-screen size titles are made for when the diagram is fitted, in px. */
export const TITLE_SCREEN_PX = 15;

/** A title wraps no narrower than this many of its font size (so a narrow frame's title stays a few lines). */
const TITLE_MIN_EMS = 11;

/**
 * Final node centres and frames: frames with the most nodes first, each laid out as its
 * block plus padding, with its title above; packed for the aspect ratio. With a viewport,
 * the title size is raised until titles read at TITLE_SCREEN_PX when everything is fitted
 * (a few rounds: larger titles take room and lower the fitted zoom). `laid` is in block
 * order, so the result does not depend on which worker finished first.
 */
export function placeFrames(laid: readonly LaidBlock[], options: FrameOptions): Placement {
  const gap = options.gap ?? COMPONENT_GAP;
  const pad = options.padding;
  const layoutAt = (fontSize: number) => {
    const titles = laid.map((b, i) => {
      const inner = b.w + 2 * pad;
      return options.title(i, fontSize, Math.max(inner, fontSize * TITLE_MIN_EMS));
    });
    const items = laid.map((b, i) => {
      const framed = { w: b.w + 2 * pad, h: b.h + 2 * pad };
      const t = titles[i];
      // A frameless block needs no padding; a framed one needs room for its title above.
      return t ? { w: Math.max(framed.w, t.w), h: framed.h + t.h + TITLE_GAP } : { w: b.w, h: b.h };
    });
    const corners = bestPacking(items, options.aspect, options.links ?? new Map(), gap, options.tolerance);
    const size = extent(items, corners);
    return { titles, items, corners, size };
  };
  let fontSize = options.minTitle;
  let plan = layoutAt(fontSize);
  if (options.viewport) {
    const { w, h, padding } = options.viewport;
    for (let round = 0; round < (laid.length > 60 ? 3 : 8); round++) {
      const zoom = Math.min((w - 2 * padding) / Math.max(plan.size.w, 1), (h - 2 * padding) / Math.max(plan.size.h, 1));
      const wanted = Math.min(options.maxTitle, Math.max(options.minTitle, TITLE_SCREEN_PX / Math.max(zoom, 1e-6)));
      if (wanted <= fontSize * 1.01) break;
      fontSize = wanted;
      plan = layoutAt(fontSize);
    }
  }
  const positions = new Map<string, Point>();
  const frames: PlacedFrame[] = [];
  laid.forEach((block, i) => {
    const corner = plan.corners[i];
    const item = plan.items[i];
    const title = plan.titles[i];
    const framedW = block.w + (title ? 2 * pad : 0);
    // The frame sits under its title, both centred in the item.
    const frameX = corner.x + (item.w - framedW) / 2;
    const frameY = corner.y + (title ? title.h + TITLE_GAP : 0);
    const dx = frameX + (title ? pad : 0) - block.x;
    const dy = frameY + (title ? pad : 0) - block.y;
    for (const [id, x, y] of block.positions) positions.set(id, { x: x + dx, y: y + dy });
    if (title)
      frames.push({
        block: i,
        box: { x1: frameX, y1: frameY, x2: frameX + framedW, y2: frameY + block.h + 2 * pad },
        title,
        fontSize,
      });
  });
  return { positions, frames, bounds: { x1: 0, y1: 0, x2: plan.size.w, y2: plan.size.h } };
}

/** Between a title's last line and its frame's border. */
export const TITLE_GAP = 6;

/** Links between blocks: how many edges join each pair (both directions counted once). */
export function blockLinks(
  blocks: readonly Block[],
  edges: readonly { source: string; target: string }[],
): Map<number, Map<number, number>> {
  const of = new Map<string, number>();
  blocks.forEach((b, i) => {
    for (const id of b.nodes) of.set(id, i);
  });
  const links = new Map<number, Map<number, number>>();
  const add = (a: number, b: number) => {
    const mine = links.get(a) ?? new Map<number, number>();
    mine.set(b, (mine.get(b) ?? 0) + 1);
    links.set(a, mine);
  };
  for (const e of edges) {
    const a = of.get(e.source);
    const b = of.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    add(a, b);
    add(b, a);
  }
  return links;
}
