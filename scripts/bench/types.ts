/** The shapes the runner records for every run and writes to the JSON report. */
import type { NodeBenchmarkResult } from './node-benchmarks';

/** A progress mark a page printed (`[bench] name t`) or left as a performance mark. */
export interface Mark {
  name: string;
  t: number;
}

/** Where the first diagram's time went (ms); null where a page leaves no mark. */
export interface Phases {
  elementsAndAdd: number | null;
  layoutPrep: number | null;
  dagre: number | null;
  afterLayoutToDrawn: number | null;
}

export type PhaseKey = keyof Phases;

/** Measured values by metric name (ms, or bytes for heap); null where nothing was measured. */
export type Metrics = Record<string, number | null>;

export interface Size2D {
  w: number;
  h: number;
}

export interface Run {
  metrics: Metrics;
  notes: string[];
  drawn?: { nodes: number; edges: number };
  marks?: Mark[];
  phases?: Phases;
  longestTaskDuring?: string | null;
  /** Why the run ended early: a size's timeout, the run's budget, or an error. */
  failed?: 'timeout' | 'budget' | 'error';
  error?: string;
  lastMark?: string | null;
  errors?: string[];
  // The app's runs
  canvas?: Size2D | null;
  jsBeforeFirstDiagram?: { gzip: number; files: string[] };
  search?: { id: string; label: string };
  pathsTabAndFrom?: number;
  path?: { from: string; to: string };
  exportStatus?: string | null;
  // The baseline's runs
  dagreOptions?: unknown;
}

export interface Summary {
  median: Metrics;
  runs: number;
  ok: number;
}

export interface Side {
  runs: Run[];
  summary: Summary;
}

export interface SizeResult {
  size: string;
  timeout: number;
  note: string | undefined;
  drawn: { nodes: number; edges: number } | null;
  app: Side;
  baseline: Side;
}

export interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface InitialJavaScript {
  files: ScriptSize[];
  raw: number;
  gzip: number;
}

/** Everything a run writes to its JSON file (--out). */
export interface BenchResults {
  date: string;
  command: string;
  machine: { cpus: number; cpu: string; memoryGB: number; node: string; platform: string; chromium?: string };
  options: unknown;
  definitions: Record<string, string> & { view: string };
  sizes: SizeResult[];
  initialJs?: InitialJavaScript;
  exportAvailable?: boolean;
  /** The Node benchmarks (./node-benchmarks.ts) by key. */
  node?: Record<string, NodeBenchmarkResult>;
  durationSeconds?: number;
}
