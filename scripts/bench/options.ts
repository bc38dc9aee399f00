/**
 * The runner's command line (documented in run.ts's header, which --help prints) and the
 * therapy view the pages are opened in.
 */
import { readFileSync } from 'node:fs';
import { THERAPIES as GENERATED_THERAPIES } from './generate.mjs';

export const VIEWS = ['all', 'default'] as const;
export type View = (typeof VIEWS)[number];

export interface BenchOptions {
  /**
   * "review", a number of generated entities, or `cyjs<N>` (a generated .cyjs of N nodes and
   * 2N edges opened through "Open pathway…", ./import-run.ts), in the order they run.
   */
  sizes: string[];
  /** Runs per size. */
  runs: Record<string, number>;
  /** Seconds a page may take for one step (first diagram, one action) before it is abandoned. */
  timeout: Record<string, number>;
  /** Seconds for the whole run, build included: nothing starts after it. */
  budget: number;
  seed: number;
  view: View;
  build: boolean;
  out: string;
}

/** Every therapy id: the generator's, which mirror graphs/therapies.json's. */
export const THERAPIES: string[] = GENERATED_THERAPIES.map((t) => t.id);
/** Unticked for the therapy change of the all-therapies view. */
export const CHANGED_THERAPY = 'atezolizumab-bevacizumab';

/** `cyjs5000` → 5000: the nodes of an imported .cyjs size (./import-run.ts); null for the other sizes. */
export function importNodes(size: string): number | null {
  const match = /^cyjs(\d+)$/.exec(size);
  return match ? Number(match[1]) : null;
}

/** The report's name for an import size. */
export const importLabel = (nodes: number) => `imported ${nodes.toLocaleString('en')}-node .cyjs`;

const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);

/** The usage text: run.ts's header comment. */
function help(): string {
  return readFileSync(new URL('./run.ts', import.meta.url), 'utf8').split('*/')[0];
}

/** Reads the options; prints the usage and exits on --help; throws on anything it does not know. */
export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: ['review', '1000', '5000', '20000', 'cyjs5000'],
    runs: { review: 5, 1000: 5, 5000: 3, 20000: 1, cyjs5000: 3 },
    timeout: { review: 30, 1000: 60, 5000: 90, 20000: 150, cyjs5000: 90 },
    budget: 570,
    seed: 1,
    view: 'all',
    build: true,
    out: 'bench-results/latest.json',
  };
  // "review=5,1000=3" sets sizes one by one; a bare number sets every size listed so far.
  const keyed = (value: string, into: Record<string, number>) => {
    for (const part of value.split(',')) {
      const [k, v] = part.split('=');
      if (v === undefined) for (const size of options.sizes) into[size] = Number(k);
      else into[k] = Number(v);
    }
  };
  let view = options.view as string;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') options.sizes = value().split(',');
    else if (arg === '--runs') keyed(value(), options.runs);
    else if (arg === '--timeout') keyed(value(), options.timeout);
    else if (arg === '--budget') options.budget = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--view') view = value();
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--out') options.out = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(help());
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  for (const size of options.sizes) {
    // The same range as the page's ?bench= (src/data/bench-graph.ts: BENCH_MIN, BENCH_MAX).
    const generated = /^\d+$/.test(size) && Number(size) >= 20 && Number(size) <= 200_000;
    // An imported .cyjs of N nodes and 2N edges (./import-run.ts), within the reader's 50 MB.
    const nodes = importNodes(size);
    const imported = nodes !== null && nodes >= 20 && nodes <= 100_000;
    if (size !== 'review' && !generated && !imported) {
      throw new Error(
        `--sizes: "${size}" is neither "review", a number of entities from 20 to 200000, nor "cyjs" and a number of nodes from 20 to 100000`,
      );
    }
    options.runs[size] ??= 1;
    options.timeout[size] ??= 120;
  }
  if (!isView(view)) throw new Error('--view is "all" or "default"');
  options.view = view;
  return options;
}
