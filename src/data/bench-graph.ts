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

export function benchMark(name: string, at = performance.now()): void {
  performance.mark(name, { startTime: at });
  console.debug(`[bench] ${name} ${at.toFixed(1)}`);
}

/**
 * Marks the first `add` and each layout pass (the first dagre run of a synchronous pass, and
 * the last one's end) of the instance the app exposes as `window.__cy`.
 */
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
      let pass: { stop: number } | null = null;
      cy.on('layoutstart', () => {
        if (pass) return;
        const started = { stop: performance.now() };
        pass = started;
        benchMark('bench:layout-start');
        // A pass runs in one task: it is over when the next task starts.
        setTimeout(() => {
          benchMark('bench:layout-done', started.stop);
          pass = null;
        }, 0);
      });
      cy.on('layoutstop', () => {
        if (pass) pass.stop = performance.now();
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
