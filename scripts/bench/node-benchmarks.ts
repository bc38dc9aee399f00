/**
 * Benchmarks that run in Node on the app's own modules rather than in the page: the data
 * overlay on a whole transcriptome and the import of a large pathway. Each is a script that
 * can be run alone; the runner spawns them after the page runs and reports their last line.
 */
import { spawnSync } from 'node:child_process';

export interface NodeBenchmarkResult {
  /** The script's summary: its last line that is not JSON. */
  summary: string;
  /** The script's last line when it is JSON (its numbers, for the report file). */
  json?: unknown;
  /** Set when the script failed or went over its own budget (exit code not 0). */
  failed?: string;
}

export const NODE_BENCHMARKS = [
  { key: 'overlay', script: 'scripts/bench/overlay-bench.ts', what: 'overlay of a 60,000-row table (budget 1 s)' },
  { key: 'import', script: 'scripts/bench/import-pathway.ts', what: 'import of a 5,000-node .cyjs (budget 3 s)' },
] as const;

export function runNodeBenchmark(script: string): NodeBenchmarkResult {
  const run = spawnSync('npx', ['tsx', script], { encoding: 'utf8' });
  const lines = (run.stdout ?? '').trim().split('\n').filter(Boolean);
  const last = lines.at(-1) ?? '';
  let json: unknown;
  if (last.startsWith('{')) {
    try {
      json = JSON.parse(last);
    } catch {
      json = undefined;
    }
  }
  const summary = [...lines].reverse().find((l) => !l.startsWith('{')) ?? '';
  const failed =
    run.status === 0 ? undefined : (run.stderr ?? '').trim().split('\n').at(-1) || `exit code ${run.status}`;
  return { summary, ...(json === undefined ? {} : { json }), ...(failed ? { failed } : {}) };
}
