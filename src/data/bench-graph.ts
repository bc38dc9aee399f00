/**
 * Benchmark only: `?bench=N` loads a generated knowledge base of N entities instead of the
 * bundled graphs (`npm run bench`, scripts/bench/run.mjs). The generator is imported
 * dynamically, so it is a separate chunk that normal visitors never download; this
 * module itself is only imported when the parameter is present.
 *
 * It leaves performance marks (also echoed to the console, so the runner sees how far a
 * page got even while its main thread is blocked): generation, loading, and on the live
 * Cytoscape instance the first element added and each layout start and stop.
 */
import type { Core } from 'cytoscape';
import { loadKnowledgeBase } from '../model/knowledge-base';
import type { Loaded } from './bundled-graphs';

/** Query parameters this module reads: the entity count and an optional seed. */
export const BENCH_PARAMS = ['bench', 'bench-seed'] as const;

export function benchMark(name: string): void {
  performance.mark(name);
  console.debug(`[bench] ${name} ${performance.now().toFixed(1)}`);
}

/** Marks the first `add` and every layout start/stop of the instance the app exposes as `window.__cy`. */
function watchCytoscape(): void {
  let current: Core | null | undefined;
  Object.defineProperty(window, '__cy', {
    configurable: true,
    get: () => current,
    set: (cy: Core | null | undefined) => {
      current = cy;
      if (!cy) return;
      benchMark('bench:cy-created');
      cy.one('add', () => benchMark('bench:cy-add'));
      let layouts = 0;
      cy.on('layoutstart', () => {
        if (layouts++ === 0) benchMark('bench:layout-start');
      });
      cy.on('layoutstop', () => {
        layouts = Math.max(0, layouts - 1);
        if (layouts === 0) benchMark('bench:layout-stop');
      });
    },
  });
}

export function parseBenchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 20 || n > 200_000) {
    throw new Error(`?bench= wants a number of entities from 20 to 200000, got "${value}"`);
  }
  return n;
}

/**
 * Generates a benchmark graph and loads it with the project's loader (the validation the
 * build does for the bundled graphs), as the app's `start` wants it; no stories.
 */
export async function loadBenchKnowledgeBase(search: string): Promise<Loaded> {
  const params = new URLSearchParams(search);
  const entities = parseBenchSize(params.get('bench') ?? '');
  const seed = Number(params.get('bench-seed') ?? 1) || 1;
  // The permalink does not know these parameters: drop them so it reports no notice about them.
  const url = new URL(window.location.href);
  for (const p of BENCH_PARAMS) url.searchParams.delete(p);
  history.replaceState(history.state, '', url);
  watchCytoscape();
  benchMark('bench:generate-start');
  const { generateKnowledgeBase } = await import('../../scripts/bench/generate.mjs');
  // Serialised first, so the loader parses text exactly as it does for the bundled graphs.
  const text = JSON.stringify(generateKnowledgeBase({ entities, seed }));
  benchMark('bench:generate-end');
  const { kb, problems } = loadKnowledgeBase([{ file: `generated-${entities}-seed-${seed}.json`, text }]);
  benchMark('bench:loaded');
  return { kb, stories: [], problems };
}
