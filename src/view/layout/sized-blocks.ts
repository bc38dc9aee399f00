/**
 * Blocks with what dagre needs to lay them out without Cytoscape: each node's box (as
 * Cytoscape gives it to a layout) and each edge's ends. Built on the page, sent to the
 * layout workers; kept apart from ./dagre-block.ts so the page's bundle does not carry dagre.
 */
import type { ElementDefinition } from 'cytoscape';
import { isFrame } from '../cy-elements';
import { layoutSize } from '../stylesheet';
import { type Block, type LayoutEdge, type LayoutNode, splitIntoBlocks } from './layout-blocks';

/** A block with what dagre needs: each node's box (borders included) and each edge's ends. */
export interface SizedBlock {
  nodes: Array<{ id: string; w: number; h: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
  /** Small pieces gathered in one frame: laid out one by one (./block-layout.ts). */
  pieces?: boolean;
}

/** The blocks' nodes and edges looked up in the element definitions, with their layout boxes. */
export function sizeBlocks(blocks: readonly Block[], elements: readonly ElementDefinition[]): SizedBlock[] {
  const byId = new Map(elements.map((e) => [e.data.id as string, e]));
  const def = (id: string) => byId.get(id) as ElementDefinition;
  return blocks.map((block) => ({
    nodes: block.nodes.map((id) => ({ id, ...layoutSize(def(id)) })),
    edges: block.edges.map((id) => ({ id, source: def(id).data.source, target: def(id).data.target })),
    ...(block.pieces ? { pieces: true } : {}),
  }));
}

const FRAME_PREFIX = 'frame:';

/**
 * The plain nodes and edges of element definitions, frames left out (each node names its
 * frame), and the keys of frames that gather small pieces.
 */
export function layoutGraph(elements: readonly ElementDefinition[]): {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  pieces: Set<string>;
} {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  const pieces = new Set<string>();
  for (const e of elements) {
    const { id, mechanism, source, target, parent } = e.data;
    if (e.group === 'edges') edges.push({ id: id as string, source, target, mechanism });
    else if (isFrame(e.data)) {
      if (e.data.pieces === true) pieces.add(String(id).slice(FRAME_PREFIX.length));
    } else {
      const node: LayoutNode = { id: id as string };
      if (mechanism) node.mechanism = mechanism;
      if (typeof parent === 'string' && parent.startsWith(FRAME_PREFIX)) node.frame = parent.slice(FRAME_PREFIX.length);
      nodes.push(node);
    }
  }
  return { nodes, edges, pieces };
}

/**
 * Element definitions split into blocks, one per frame (./layout-blocks.ts), and
 * sized for dagre: what a layout starts from, in workers or on the page.
 */
export function blocksOf(elements: readonly ElementDefinition[]): {
  blocks: Block[];
  sized: SizedBlock[];
  edges: LayoutEdge[];
} {
  const { nodes, edges, pieces } = layoutGraph(elements);
  const blocks = splitIntoBlocks(nodes, edges).map((b) => (pieces.has(b.mechanism) ? { ...b, pieces: true } : b));
  return { blocks, sized: sizeBlocks(blocks, elements), edges };
}
