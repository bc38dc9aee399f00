/**
 * Benchmark builds only (`vite build --mode bench`, made by `npm run bench`; src/main.tsx
 * imports this module nowhere else, so the product's build has neither it nor the
 * generator): `?bench=N` loads a generated knowledge base of N entities instead of the
 * bundled graphs (`npm run bench`, scripts/bench/run.ts). The generator is imported
 * dynamically, so it is a separate chunk that normal visitors never download; this
 * module itself is only imported when the parameter is present.
 *
 * It leaves performance marks (also echoed to the console, so the runner sees how far a
 * page got even while its main thread is blocked): generation, loading, and on the live
 * Cytoscape instance the first element added and each layout start and stop.
 */
import type { Core } from 'cytoscape';
// Before the loader builds its schemas (see src/zod-jitless.ts).
import '../zod-jitless';
import { loadKnowledgeBase } from '../model/load-knowledge-base';
import { shorten } from '../store/notices';
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

/** The entity counts the generator is asked for: below 20 it cannot make every kind of mechanism. */
export const BENCH_MIN = 20;
export const BENCH_MAX = 200_000;

/** `?bench=`: a whole number of entities from BENCH_MIN to BENCH_MAX, written in digits. */
export function parseBenchSize(value: string): number {
  const n = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < BENCH_MIN || n > BENCH_MAX) {
    throw new Error(
      `?bench= wants a whole number of entities from ${BENCH_MIN} to ${BENCH_MAX}, got "${shorten(value)}"`,
    );
  }
  return n;
}

/** `?bench-seed=`: a whole number from 1 (the default when absent). */
export function parseBenchSeed(value: string | null): number {
  if (value === null) return 1;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`?bench-seed= wants a whole number from 1, got "${shorten(value)}"`);
  return n;
}

/**
 * Generates a benchmark graph and loads it with the project's loader (the validation the
 * build does for the bundled graphs), as the app's `start` wants it; no stories.
 */
export async function loadBenchKnowledgeBase(search: string): Promise<Loaded> {
  const params = new URLSearchParams(search);
  const entities = parseBenchSize(params.get('bench') ?? '');
  const seed = parseBenchSeed(params.get('bench-seed'));
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
