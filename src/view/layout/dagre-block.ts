/**
 * One block laid out by dagre directly, on plain data: what cytoscape-dagre does for a
 * collection (same graph options, node boxes, edge order and positions), without a
 * Cytoscape instance, so a layout worker needs neither Cytoscape's code nor its style
 * pass. tests/unit/layout-blocks.test.ts checks that both give the same positions.
 */
import dagre from '@dagrejs/dagre';
import type { Direction, LaidBlock } from './layout-blocks';
import { DAGRE_OPTIONS } from './layout-options';
import type { SizedBlock } from './sized-blocks';

/** Space between nodes, between edges and between ranks (the screen's by default; print figures pack tighter). */
export type DagreSpacing = Record<'nodeSep' | 'edgeSep' | 'rankSep', number>;

/**
 * Runs dagre on nodes with their boxes and edges, with the graph options cytoscape-dagre
 * sets; returns the laid-out graph (node centres, edge points).
 */
export function runDagre(
  nodes: SizedBlock['nodes'],
  edges: SizedBlock['edges'],
  direction: Direction,
  spacing: DagreSpacing = DAGRE_OPTIONS,
): InstanceType<typeof dagre.graphlib.Graph> {
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  g.setGraph({
    nodesep: spacing.nodeSep,
    edgesep: spacing.edgeSep,
    ranksep: spacing.rankSep,
    rankdir: direction,
    ranker: DAGRE_OPTIONS.ranker,
  });
  g.setDefaultEdgeLabel(() => ({}));
  g.setDefaultNodeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.w, height: n.h, shape: 'ellipse', name: n.id });
  for (const e of edges) g.setEdge(e.source, e.target, { minlen: 1, weight: 1, name: e.id }, e.id);
  dagre.layout(g);
  return g;
}

export function dagreBlock(block: SizedBlock, direction: Direction, spacing: DagreSpacing = DAGRE_OPTIONS): LaidBlock {
  const g = runDagre(block.nodes, block.edges, direction, spacing);
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  const positions: LaidBlock['positions'] = block.nodes.map((n) => {
    const { x, y } = g.node(n.id) as { x: number; y: number };
    x1 = Math.min(x1, x - n.w / 2);
    x2 = Math.max(x2, x + n.w / 2);
    y1 = Math.min(y1, y - n.h / 2);
    y2 = Math.max(y2, y + n.h / 2);
    return [n.id, x, y];
  });
  // Cytoscape's bounding boxes are one unit wider on every side; packing uses the same.
  return { positions, x: x1 - 1, y: y1 - 1, w: x2 - x1 + 2, h: y2 - y1 + 2 };
}
