/**
 * Layered layout that stays readable for graphs made of many small chains: dagre lays
 * out each connected component on its own, then the components are packed into rows
 * (largest first) to match the aspect ratio of the drawing area, instead of dagre's
 * single very wide strip. Works on a live or a headless Cytoscape instance.
 */
import type { Collection, Core, NodeCollection } from 'cytoscape';
import { COMPONENT_GAP, DAGRE_OPTIONS } from './layout-options';

export type Direction = 'TB' | 'LR';

interface Box {
  nodes: NodeCollection;
  x: number;
  y: number;
  w: number;
  h: number;
}

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

export function layoutLayered(cy: Core, elements: Collection, direction: Direction, aspect = 16 / 10): void {
  if (elements.empty()) return;
  const components = elements.components();
  const boxes: Box[] = components.map((component) => {
    component
      .layout({ name: 'dagre', rankDir: direction, fit: false, animate: false, ...DAGRE_OPTIONS } as never)
      .run();
    const nodes = component.nodes();
    const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    return { nodes, x: bb.x1, y: bb.y1, w: bb.w, h: bb.h };
  });
  // Largest components first, so the main mechanism sits at the top left.
  boxes.sort((a, b) => b.nodes.length - a.nodes.length || b.w * b.h - a.w * a.h);
  const area = boxes.reduce((sum, b) => sum + (b.w + COMPONENT_GAP) * (b.h + COMPONENT_GAP), 0);
  const widest = Math.max(...boxes.map((b) => b.w));
  const rowWidth = Math.max(widest, Math.sqrt(area * aspect));
  const corners = packRows(boxes, rowWidth);
  cy.batch(() => {
    boxes.forEach((box, i) => {
      const dx = corners[i].x - box.x;
      const dy = corners[i].y - box.y;
      box.nodes.positions((node: { position: () => { x: number; y: number } }) => {
        const p = node.position();
        return { x: p.x + dx, y: p.y + dy };
      });
    });
  });
}
