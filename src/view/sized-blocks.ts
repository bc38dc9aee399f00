/**
 * Blocks with what dagre needs to lay them out without Cytoscape: each node's box (as
 * Cytoscape gives it to a layout) and each edge's ends. Built on the page, sent to the
 * layout workers; kept apart from ./dagre-block.ts so the page's bundle does not carry dagre.
 */
import type { ElementDefinition } from 'cytoscape';
import { type Block, type LayoutEdge, type LayoutNode, splitIntoBlocks } from './layout-blocks';
import { layoutSize } from './stylesheet';

/** A block with what dagre needs: each node's box (borders included) and each edge's ends. */
export interface SizedBlock {
  nodes: Array<{ id: string; w: number; h: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
}

/** The blocks' nodes and edges looked up in the element definitions, with their layout boxes. */
export function sizeBlocks(blocks: readonly Block[], elements: readonly ElementDefinition[]): SizedBlock[] {
  const byId = new Map(elements.map((e) => [e.data.id as string, e]));
  const def = (id: string) => byId.get(id) as ElementDefinition;
  return blocks.map((block) => ({
    nodes: block.nodes.map((id) => ({ id, ...layoutSize(def(id)) })),
    edges: block.edges.map((id) => ({ id, source: def(id).data.source, target: def(id).data.target })),
  }));
}

/**
 * Element definitions split into blocks (./layout-blocks.ts) and sized for dagre: what a
 * layout in workers starts from.
 */
export function blocksOf(elements: readonly ElementDefinition[]): { blocks: Block[]; sized: SizedBlock[] } {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (const e of elements) {
    const { id, mechanism, source, target } = e.data;
    if (e.group === 'edges') edges.push({ id: id as string, source, target, mechanism });
    else nodes.push(mechanism ? { id: id as string, mechanism } : { id: id as string });
  }
  const blocks = splitIntoBlocks(nodes, edges);
  return { blocks, sized: sizeBlocks(blocks, elements) };
}
