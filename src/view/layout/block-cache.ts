/**
 * Laid-out blocks remembered by exactly what their layout was given: the direction, the
 * spacing, whether the block gathers small pieces, every node's id and box and every edge's
 * id and ends, in order. The layout (dagre, ./block-layout.ts) is deterministic, so the same
 * input gives the same positions; a therapy change or a Re-layout then runs
 * dagre only on the frames whose content changed, and packs all of them again as before.
 *
 * The app passes the page's cache (`pageBlockCache`) to its layouts; the benchmark's
 * plain-Cytoscape baseline and the command line lay out without one. Bounded by the number
 * of node positions kept: the least recently used blocks go first.
 */
import type { DagreSpacing } from './dagre-block';
import type { Direction, LaidBlock } from './layout-blocks';
import { DAGRE_OPTIONS } from './layout-options';
import type { SizedBlock } from './sized-blocks';

/** Node positions kept at most, over all blocks (a few MB for the largest graphs). */
export const CACHED_NODES = 60_000;

/** Everything a block's layout depends on, as one string (exact: no hashing, no collisions). */
export function blockKey(block: SizedBlock, direction: Direction, spacing: DagreSpacing = DAGRE_OPTIONS): string {
  const parts: Array<string | number> = [
    direction,
    spacing.nodeSep,
    spacing.edgeSep,
    spacing.rankSep,
    DAGRE_OPTIONS.ranker,
    // Gathered small pieces are laid out one by one (./block-layout.ts), not by one dagre call.
    block.pieces ? 'pieces' : 'one',
  ];
  for (const n of block.nodes) parts.push(`${n.id.length}:${n.id}`, n.w, n.h);
  // Edge ids and ends can hold any character: lengths keep the parts apart.
  for (const e of block.edges) parts.push(`${e.id.length}:${e.id}`, `${e.source.length}:${e.source}`, e.target);
  return parts.join('\u0000');
}

export interface BlockCache {
  get(key: string): LaidBlock | undefined;
  set(key: string, laid: LaidBlock): void;
  /** Node positions held now. */
  readonly nodes: number;
  clear(): void;
}

export function createBlockCache(maxNodes = CACHED_NODES): BlockCache {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  const blocks = new Map<string, LaidBlock>();
  let nodes = 0;
  return {
    get(key) {
      const laid = blocks.get(key);
      if (laid) {
        blocks.delete(key);
        blocks.set(key, laid);
      }
      return laid;
    },
    set(key, laid) {
      const old = blocks.get(key);
      if (old) nodes -= old.positions.length;
      blocks.delete(key);
      // A block larger than the whole cache is not kept (it would evict everything else).
      if (laid.positions.length > maxNodes) return;
      blocks.set(key, laid);
      nodes += laid.positions.length;
      for (const [k, b] of blocks) {
        if (nodes <= maxNodes) break;
        blocks.delete(k);
        nodes -= b.positions.length;
      }
    },
    get nodes() {
      return nodes;
    },
    clear() {
      blocks.clear();
      nodes = 0;
    },
  };
}

/** The app's blocks, kept for the life of the page. */
export const pageBlockCache: BlockCache = createBlockCache();

/**
 * Each block's layout from `cache` where it has it, else from `layOut` (kept for next time).
 * Without a cache, every block is laid out.
 */
export function cachedLayout(
  sized: readonly SizedBlock[],
  direction: Direction,
  layOut: (block: SizedBlock) => LaidBlock,
  cache: BlockCache | null,
): LaidBlock[] {
  if (!cache) return sized.map(layOut);
  return sized.map((block) => {
    const key = blockKey(block, direction);
    const known = cache.get(key);
    if (known) return known;
    const laid = layOut(block);
    cache.set(key, laid);
    return laid;
  });
}
