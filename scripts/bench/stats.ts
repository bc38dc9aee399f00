/** Medians over runs. */
import type { Run, Summary } from './types';

/** The median of the finite numbers among `values`; null when there is none. */
export const median = (values: readonly unknown[]): number | null => {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Every metric's median over a side's runs, and how many runs completed. */
export function summarise(runs: Run[]): Summary {
  const ok = runs.filter((r) => !r.failed);
  const out: Summary['median'] = {};
  const keys = new Set(runs.flatMap((r) => Object.keys(r.metrics)));
  for (const k of keys) out[k] = median(runs.map((r) => r.metrics[k]));
  return { median: out, runs: runs.length, ok: ok.length };
}
