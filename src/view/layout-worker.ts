/**
 * Layout worker: lays out the blocks it is given on a headless Cytoscape instance with the
 * app's stylesheet (so node sizes, borders included, are those on screen) and posts each
 * block as soon as dagre is done with it, which is also the progress the page shows.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { type Direction, layoutBlock } from './layout';
import type { Block, LaidBlock } from './layout-blocks';
import { stylesheet } from './stylesheet';

cytoscape.use(dagre);

export interface LayoutJob {
  elements: ElementDefinition[];
  /** Block numbers in the whole graph, with the blocks themselves. */
  blocks: Array<{ index: number; block: Block }>;
  direction: Direction;
}

export type LayoutReply =
  | { kind: 'block'; index: number; laid: LaidBlock }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const { elements, blocks, direction } = event.data;
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
  try {
    for (const { index, block } of blocks) post({ kind: 'block', index, laid: layoutBlock(cy, block, direction) });
    post({ kind: 'done' });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    cy.destroy();
  }
};
