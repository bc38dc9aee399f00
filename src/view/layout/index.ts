/**
 * The layout, one entry point for everything outside this folder. How a diagram is laid out:
 *
 * 0. When the elements are built (../cy-elements.ts), each entity goes to its owner mechanism
 *    (`ownerMechanisms`), and a mechanism owning more than FRAME_MAX entities is drawn as
 *    several frames, its parts (`frameParts`, ./frame-parts.ts, by ./partition.ts: connected
 *    components, capped Louvain communities of a large one, small pieces gathered).
 * 1. `blocksOf` (./sized-blocks.ts) splits the elements into one block per frame and sizes
 *    each node's box from its measured label.
 * 2. `layBlock` (./block-layout.ts) lays each block out: up to DAGRE_MAX nodes by one dagre
 *    call (`dagreBlock` / `runDagre`, ./dagre-block.ts, called as cytoscape-dagre calls it,
 *    with DAGRE_OPTIONS, ./layout-options.ts: nodeSep 20, rankSep 44, edgeSep 10,
 *    network-simplex ranker, in the direction chosen, TB or LR); a larger block, or a frame
 *    of gathered pieces, piece by piece, packed (no dagre call ever gets more than DAGRE_MAX).
 * 3. `planFrames` (./frame-layout.ts) packs the laid-out frames with a skyline packing
 *    (`bestPacking`, ./layout-blocks.ts) that keeps linked frames near each other
 *    (LINK_TOLERANCE) and leaves room for each frame's title (TITLE_SCREEN_PX on screen,
 *    TITLE_GAP below it), components COMPONENT_GAP apart.
 *    dagre is deterministic: the app keeps each laid-out block (./block-cache.ts, keyed by
 *    everything dagre is given), so a therapy change or Re-layout lays out only the frames
 *    whose content changed; the benchmark's baseline and the CLI lay out without it.
 * 4. `applyPositions` and `applyFrameTitles` (./layout.ts) put the result on the instance;
 *    `runLayout` does all four on the page, `layoutInWorkers` (./layout-async.ts) does 1–3 in two
 *    workers above WORKER_ABOVE nodes, and `layoutLayered` is what the CLI's headless figures use.
 */
export { type BlockCache, blockKey, cachedLayout, createBlockCache, pageBlockCache } from './block-cache';
export { gridBlock, layBlock } from './block-layout';
export { type DagreSpacing, runDagre } from './dagre-block';
export { type FramedLayout, planFrames, wrapTitle } from './frame-layout';
export { type FramePlan, frameParts, type PartInfo, partKey } from './frame-parts';
export {
  applyFrameTitles,
  applyPositions,
  type Bounds,
  definitionsOf,
  drawingTarget,
  FIT_PADDING,
  fitVisible,
  isFitted,
  layoutLayered,
  nodesBox,
  runLayout,
} from './layout';
export { type LayoutProgress, layoutInWorkers, WORKER_ABOVE, warmLayoutWorkers } from './layout-async';
export {
  type Block,
  type Box,
  bestPacking,
  type Direction,
  type LaidBlock,
  ownerMechanisms,
  type Point,
  TITLE_GAP,
  TITLE_SCREEN_PX,
} from './layout-blocks';
export { DAGRE_MAX, FRAME_MAX } from './layout-options';
export { communities, components, type Part, partitionGraph } from './partition';
export { blocksOf, type SizedBlock } from './sized-blocks';
