/**
 * Plane geometry for figures: where a line from a node's centre leaves its outline, the
 * route of an edge (straight, or a quadratic curve for parallel edges, as Cytoscape's
 * `bezier` style draws them) and the bounds of what is drawn. Pure; no DOM.
 */
import { shapeOutline } from '../style/shapes';
import type { NodeShape } from '../style/visual';

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const emptyBounds = (): Bounds => ({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });

export function extend(b: Bounds, x1: number, y1: number, x2 = x1, y2 = y1): Bounds {
  return { x1: Math.min(b.x1, x1), y1: Math.min(b.y1, y1), x2: Math.max(b.x2, x2), y2: Math.max(b.y2, y2) };
}

export const isEmpty = (b: Bounds) => !(b.x2 >= b.x1 && b.y2 >= b.y1);

/** The box a node occupies: position, size and the outer half of its border. */
export interface NodeBox {
  shape: NodeShape;
  x: number;
  y: number;
  w: number;
  h: number;
}

function rayPolygon(from: Point, dx: number, dy: number, polygon: Point[]): number | null {
  let best: number | null = null;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denominator = dx * ey - dy * ex;
    if (Math.abs(denominator) < 1e-9) continue;
    const t = ((a.x - from.x) * ey - (a.y - from.y) * ex) / denominator;
    const u = ((a.x - from.x) * dy - (a.y - from.y) * dx) / denominator;
    if (t > 1e-9 && u >= -1e-9 && u <= 1 + 1e-9 && (best === null || t < best)) best = t;
  }
  return best;
}

function parsePoints(points: string): Point[] {
  return points
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x, y };
    });
}

/**
 * Where the ray from the node's centre toward `toward` crosses the node's outline
 * (polygons and ellipses exactly, the rounded and barrel shapes as their box).
 */
export function clipAtOutline(node: NodeBox, toward: Point): Point {
  const centre = { x: node.x, y: node.y };
  const dx = toward.x - node.x;
  const dy = toward.y - node.y;
  if (Math.abs(dx) + Math.abs(dy) < 1e-9) return centre;
  const outline = shapeOutline(node.shape, node.x, node.y, node.w, node.h);
  let t: number | null;
  if (outline.tag === 'polygon') t = rayPolygon(centre, dx, dy, parsePoints(String(outline.attrs.points)));
  else if (outline.tag === 'ellipse') {
    const rx = node.w / 2;
    const ry = node.h / 2;
    t = 1 / Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry));
  } else {
    const hw = node.w / 2;
    const hh = node.h / 2;
    t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  }
  if (t === null || !Number.isFinite(t)) return centre;
  return { x: node.x + dx * t, y: node.y + dy * t };
}

/** Moves `end` back toward `from` by `distance` (not past `from`). */
export function shorten(from: Point, end: Point, distance: number): Point {
  const dx = end.x - from.x;
  const dy = end.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-9 || distance <= 0) return end;
  const k = Math.max(0, length - distance) / length;
  return { x: from.x + dx * k, y: from.y + dy * k };
}

export type Curve = 'straight' | 'bezier' | 'segments';

export interface Route {
  curve: Curve;
  /** Source endpoint, control (or segment) points, target endpoint. */
  points: Point[];
}

/** Cytoscape's default `control-point-step-size`: the spacing between parallel edges. */
export const PARALLEL_STEP = 40;

/**
 * The route of one of `count` parallel edges between two nodes (index from 0), as
 * Cytoscape's `bezier` curve style lays them out: the middle one straight, the others
 * bowed to either side by multiples of PARALLEL_STEP. `flipped` is true when this edge
 * runs against the pair's canonical direction, so both directions share one fan.
 */
export function routeEdge(
  source: NodeBox,
  target: NodeBox,
  index = 0,
  count = 1,
  flipped = false,
  sourceGap = 0,
  targetGap = 0,
): Route {
  const offset = (index - (count - 1) / 2) * PARALLEL_STEP * (flipped ? -1 : 1);
  if (source === target || (source.x === target.x && source.y === target.y)) {
    // A self-loop: two control points above and to the right of the node.
    const d = Math.max(source.w, source.h) * 0.6 + Math.abs(offset);
    const c1 = { x: source.x, y: source.y - d };
    const c2 = { x: source.x + d, y: source.y };
    const start = clipAtOutline(source, c1);
    const end = clipAtOutline(source, c2);
    return { curve: 'bezier', points: [start, c1, c2, shortenFrom(end, c2, targetGap)] };
  }
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (offset === 0) {
    const start = clipAtOutline(source, target);
    const end = clipAtOutline(target, source);
    return { curve: 'straight', points: [shortenFrom(start, target, sourceGap), shortenFrom(end, source, targetGap)] };
  }
  const control = {
    x: (source.x + target.x) / 2 - (dy / length) * offset,
    y: (source.y + target.y) / 2 + (dx / length) * offset,
  };
  const start = clipAtOutline(source, control);
  const end = clipAtOutline(target, control);
  return {
    curve: 'bezier',
    points: [shortenFrom(start, control, sourceGap), control, shortenFrom(end, control, targetGap)],
  };
}

/** Moves `point` toward `toward` by `distance`. */
function shortenFrom(point: Point, toward: Point, distance: number): Point {
  if (distance <= 0) return point;
  const dx = toward.x - point.x;
  const dy = toward.y - point.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-9) return point;
  const k = Math.min(distance, length) / length;
  return { x: point.x + dx * k, y: point.y + dy * k };
}

/** A point on a quadratic Bézier curve. */
export function quadraticAt(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/**
 * The quadratic pieces Cytoscape draws through several control points: each control
 * point is a piece's handle, and pieces meet halfway between consecutive handles.
 */
export function quadraticPieces(points: readonly Point[]): Array<[Point, Point, Point]> {
  const start = points[0];
  const end = points[points.length - 1];
  const controls = points.slice(1, -1);
  const pieces: Array<[Point, Point, Point]> = [];
  let from = start;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    pieces.push([from, c, to]);
    from = to;
  });
  return pieces;
}

/** The middle of a route, where Cytoscape puts an edge's label. */
export function routeMidpoint(route: Route): Point {
  const pts = route.points;
  if (route.curve === 'bezier' && pts.length > 2) {
    const pieces = quadraticPieces(pts);
    const middle = pieces[Math.floor((pieces.length - 1) / 2)];
    return pieces.length % 2 === 1 ? quadraticAt(middle[0], middle[1], middle[2], 0.5) : middle[2];
  }
  let total = 0;
  for (let i = 1; i < pts.length; i++) total += Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
  let walked = 0;
  for (let i = 1; i < pts.length; i++) {
    const step = Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    if (walked + step >= total / 2 && step > 0) {
      const t = (total / 2 - walked) / step;
      return { x: pts[i - 1].x + (pts[i].x - pts[i - 1].x) * t, y: pts[i - 1].y + (pts[i].y - pts[i - 1].y) * t };
    }
    walked += step;
  }
  return pts[0];
}
