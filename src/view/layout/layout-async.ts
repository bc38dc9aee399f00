/**
 * Layered layout off the main thread: the graph is split into blocks and each node's box
 * computed here (cheap, plain data), the blocks are shared out among up to two workers
 * (./layout-worker.ts, dagre only; this machine class has two cores), and the laid-out
 * blocks are packed here once all are back.
 * The page stays responsive and can show progress (blocks done of blocks in all).
 * Workers are kept between layouts (starting one costs a module load); a cancelled
 * layout's workers are stopped, as they are busy with work nobody wants.
 */
import type { ElementDefinition } from 'cytoscape';
import { measureBoldLabel } from '../measure';
import { type BlockCache, blockKey } from './block-cache';
import { type FramedLayout, planFrames } from './frame-layout';
import type { LayoutTarget } from './layout';
import { type Direction, type LaidBlock, shareBlocks } from './layout-blocks';
import type { LayoutJob, LayoutReply } from './layout-worker';
import { blocksOf } from './sized-blocks';

/** Graphs with more nodes than this are laid out in workers; smaller ones on the page. */
export const WORKER_ABOVE = 400;

export interface LayoutProgress {
  done: number;
  total: number;
}

export interface LayoutTask {
  /** Node centres and frame titles, or null when the task was cancelled. */
  result: Promise<FramedLayout | null>;
  cancel: () => void;
}

const WORKERS = Math.max(1, Math.min(2, globalThis.navigator?.hardwareConcurrency ?? 2));
const idle: Worker[] = [];
/**
 * A worker that fails to load while it waits in the pool (started ahead, see
 * warmLayoutWorkers) leaves the pool; a layout never waits on it.
 */
const startWorker = () => {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onerror = () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    worker.terminate();
  };
  return worker;
};

/** Progress is reported at most this often (the page re-renders for each report). */
const PROGRESS_EVERY_MS = 100;

/** A layout gives up (and the page lays out itself) when no worker has answered for this long. */
const STALL_MS = 20_000;

/**
 * Starts the workers ahead of the first layout (loading their code takes a few hundred
 * milliseconds), for a knowledge base large enough to need them.
 */
export function warmLayoutWorkers(): void {
  if (typeof Worker === 'undefined') return;
  while (idle.length < WORKERS) idle.push(startWorker());
}

/**
 * Lays out node and edge definitions (all of them) without touching a live instance. Blocks
 * `cache` already holds (./block-cache.ts) are not sent to the workers.
 */
export function layoutInWorkers(
  elements: readonly ElementDefinition[],
  direction: Direction,
  target: LayoutTarget,
  onProgress: (progress: LayoutProgress) => void,
  cache: BlockCache | null = null,
): LayoutTask {
  // Each node's box is computed here, so workers need only dagre.
  const { blocks, sized, edges } = blocksOf(elements);
  const keys = cache ? sized.map((block) => blockKey(block, direction)) : [];
  const laid: Array<LaidBlock | undefined> = keys.map((key) => cache?.get(key));
  const missing = blocks.flatMap((_, i) => (laid[i] ? [] : [i]));
  const parts = shareBlocks(
    missing.map((i) => blocks[i]),
    WORKERS,
  ).map((part) => part.map((j) => missing[j]));
  const plan = () =>
    planFrames(elements, blocks, edges, laid as LaidBlock[], { measureTitle: measureBoldLabel, ...target });
  const busy: Worker[] = [];
  let done = blocks.length - missing.length;
  let finished = 0;
  let settle: (value: FramedLayout | null) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const result = new Promise<FramedLayout | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const terminate = () => {
    clearTimeout(watchdog);
    for (const w of busy.splice(0)) w.terminate();
  };
  const watch = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      terminate();
      fail(new Error(`layout worker: no answer for ${STALL_MS / 1000} s`));
    }, STALL_MS);
  };
  // Marks for the performance panel and the benchmark (npm run bench reads them).
  performance.mark('layout:workers-start');
  onProgress({ done, total: blocks.length });
  let reported = performance.now();
  for (const part of parts) {
    const worker = idle.pop() ?? startWorker();
    busy.push(worker);
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      watch();
      const reply = event.data;
      if (reply.kind === 'block') {
        laid[reply.index] = reply.laid;
        cache?.set(keys[reply.index], reply.laid);
        done++;
        // Thousands of blocks must not mean thousands of re-renders: a tenth of a second apart at most.
        const now = performance.now();
        if (done === blocks.length || now - reported >= PROGRESS_EVERY_MS) {
          reported = now;
          onProgress({ done, total: blocks.length });
        }
      } else if (reply.kind === 'error') {
        terminate();
        fail(new Error(`layout worker: ${reply.message}`));
      } else if (++finished === parts.length) {
        clearTimeout(watchdog);
        performance.mark('layout:workers-done');
        idle.push(...busy.splice(0));
        settle(plan());
      }
    };
    worker.onerror = (event) => {
      terminate();
      fail(new Error(`layout worker: ${event.message || 'could not start'}`));
    };
    const job: LayoutJob = {
      blocks: part.map((index) => ({ index, block: sized[index] })),
      direction,
    };
    worker.postMessage(job);
  }
  // Nothing to send: every block was known (or there are none).
  if (parts.length === 0) {
    performance.mark('layout:workers-done');
    settle(plan());
  } else watch();
  return {
    result,
    cancel: () => {
      terminate();
      settle(null);
    },
  };
}
