/**
 * Layout worker: lays out the blocks it is given with dagre (./block-layout.ts, no
 * Cytoscape here) and posts each block as soon as it is done, which is also the progress
 * the page shows.
 */
import { layBlock } from './block-layout';
import type { Direction, LaidBlock } from './layout-blocks';
import type { SizedBlock } from './sized-blocks';

export interface LayoutJob {
  /** Block numbers in the whole graph, with the blocks themselves. */
  blocks: Array<{ index: number; block: SizedBlock }>;
  direction: Direction;
}

export type LayoutReply =
  | { kind: 'block'; index: number; laid: LaidBlock }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const { blocks, direction } = event.data;
  try {
    for (const { index, block } of blocks) post({ kind: 'block', index, laid: layBlock(block, direction) });
    post({ kind: 'done' });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
