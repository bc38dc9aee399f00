/**
 * SVG outlines of the node shapes, with Cytoscape's own geometry (its polygon points,
 * corner radii and cut lengths), so the legend and exported figures match the canvas.
 */
import type { NodeShape } from './visual';

function ngon(sides: number): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * increment;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  // Stretch to fill the [-1, 1] square, as Cytoscape does.
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const cx = (Math.max(...xs) * sx + Math.min(...xs) * sx) / 2;
  const cy = (Math.max(...ys) * sy + Math.min(...ys) * sy) / 2;
  return out.map((v, i) => v - (i % 2 === 0 ? cx : cy));
}

const POLYGONS: Partial<Record<NodeShape, number[]>> = {
  hexagon: ngon(6),
  'round-octagon': ngon(8),
  'round-pentagon': ngon(5),
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

const f = (n: number) => Number(n.toFixed(2));

/** Extra width a shape needs so a label centred in it stays inside its slanted sides. */
export function shapeExtraWidth(shape: NodeShape, height: number): number {
  switch (shape) {
    case 'hexagon':
    case 'concave-hexagon':
      return height * 0.7;
    case 'rhomboid':
      return height * 0.8;
    case 'tag':
      return height * 0.75;
    case 'round-octagon':
    case 'round-pentagon':
      return height * 0.5;
    case 'ellipse':
      return height * 0.5;
    case 'barrel':
      return height * 0.3;
    default:
      return 0;
  }
}

/** An SVG element as data, so React (legend) and the figure writer (strings) draw the same thing. */
export interface SvgShape {
  tag: 'polygon' | 'rect' | 'ellipse' | 'path';
  attrs: Record<string, string | number>;
}

/** The outline of `shape` centred at (x, y), without fill or stroke. */
export function shapeOutline(shape: NodeShape, x: number, y: number, w: number, h: number): SvgShape {
  const left = x - w / 2;
  const top = y - h / 2;
  const right = left + w;
  const bottom = top + h;
  const polygon = POLYGONS[shape];
  if (polygon) {
    const points: string[] = [];
    for (let i = 0; i < polygon.length; i += 2)
      points.push(`${f(x + (polygon[i] * w) / 2)},${f(y + (polygon[i + 1] * h) / 2)}`);
    return {
      tag: 'polygon',
      attrs: { points: points.join(' '), ...(shape.startsWith('round-') ? { 'stroke-linejoin': 'round' } : {}) },
    };
  }
  switch (shape) {
    case 'ellipse':
      return { tag: 'ellipse', attrs: { cx: f(x), cy: f(y), rx: f(w / 2), ry: f(h / 2) } };
    case 'round-rectangle': {
      const r = f(Math.min(w / 4, h / 4, 8));
      return { tag: 'rect', attrs: { x: f(left), y: f(top), width: f(w), height: f(h), rx: r, ry: r } };
    }
    case 'bottom-round-rectangle': {
      const r = Math.min(w / 4, h / 4, 8);
      return {
        tag: 'path',
        attrs: {
          d: `M${f(left)},${f(top)} H${f(right)} V${f(bottom - r)} Q${f(right)},${f(bottom)} ${f(right - r)},${f(bottom)} H${f(left + r)} Q${f(left)},${f(bottom)} ${f(left)},${f(bottom - r)} Z`,
        },
      };
    }
    case 'cut-rectangle': {
      const c = 8;
      const pts = [
        [left + c, top],
        [right - c, top],
        [right, top + c],
        [right, bottom - c],
        [right - c, bottom],
        [left + c, bottom],
        [left, bottom - c],
        [left, top + c],
      ];
      return { tag: 'polygon', attrs: { points: pts.map(([px, py]) => `${f(px)},${f(py)}`).join(' ') } };
    }
    case 'barrel': {
      const hOff = Math.min(15, 0.05 * h);
      const wOff = Math.min(100, 0.25 * w);
      return {
        tag: 'path',
        attrs: {
          d: `M${f(left + wOff)},${f(top)} H${f(right - wOff)} Q${f(right)},${f(top + hOff)} ${f(right)},${f(y)} Q${f(right)},${f(bottom - hOff)} ${f(right - wOff)},${f(bottom)} H${f(left + wOff)} Q${f(left)},${f(bottom - hOff)} ${f(left)},${f(y)} Q${f(left)},${f(top + hOff)} ${f(left + wOff)},${f(top)} Z`,
        },
      };
    }
    default:
      return { tag: 'rect', attrs: { x: f(left), y: f(top), width: f(w), height: f(h) } };
  }
}
