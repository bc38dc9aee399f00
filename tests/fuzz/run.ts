/**
 * Runs the mutation fuzzer (./mutate.ts) against the validator: each case mutates one
 * file of the real knowledge base and validates the whole of it as `graph validate` does
 * (graph files merged and cross-checked, then the stories against them).
 *
 * A case fails when the validator throws, takes longer than the time bound, accepts a
 * mutation known to break the file (or, for a mutation that may keep it valid, one the
 * independent whole-document schema rejects), or reports an error without line and column.
 *
 * `npm run fuzz -- --cases N [--seed S]` runs it from the command line (exit 1 on any failure).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledgeBase } from '../../src/model/load-knowledge-base';
import { decodeSource, type ParsedFile, parseGraphFile, type SourceFile } from '../../src/model/parse-file';
import type { Problem } from '../../src/model/problems';
import { GraphDocumentSchema } from '../../src/model/schema';
import { checkStories, readStory, type StoryFile, StorySchema } from '../../src/model/story';
import { type CorpusFile, MUTATION_KINDS, type Mutation, type MutationKind, mutate, prepare } from './mutate';

/** The real files: graph documents (graphs/*.json, graphs/relations/*.json) and stories. */
export function readCorpus(root = 'graphs'): CorpusFile[] {
  const list = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(root, dir, name));
  const graph = [...list(''), ...list('relations')].map((file) => ({ file, role: 'graph' as const }));
  const story = list('stories').map((file) => ({ file, role: 'story' as const }));
  return [...graph, ...story].map(({ file, role }) => ({ file, role, bytes: new Uint8Array(readFileSync(file)) }));
}

export type Outcome = 'rejected' | 'accepted' | 'false-pass' | 'exception' | 'unlocated';

export interface CaseResult {
  seed: number;
  kind: MutationKind;
  file: string;
  detail: string;
  outcome: Outcome;
  ms: number;
  /** For failures: what went wrong. */
  note?: string;
}

export interface FuzzReport {
  cases: number;
  rejected: number;
  /** Accepted, and the independent check agrees the mutation left the schema satisfied. */
  accepted: number;
  falsePasses: CaseResult[];
  exceptions: CaseResult[];
  unlocated: CaseResult[];
  overTime: CaseResult[];
  byKind: Record<MutationKind, number>;
  slowestMs: number;
  timeLimitMs: number;
}

/** The independent check for mutations that may keep a file valid: the whole-document zod schema. */
function schemaAccepts(mutation: Mutation, role: CorpusFile['role']): boolean {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(mutation.bytes));
  } catch {
    return false;
  }
  return (role === 'graph' ? GraphDocumentSchema : StorySchema).safeParse(value).success;
}

export interface FuzzOptions {
  cases: number;
  seed?: number;
  /** Each case must finish within this many milliseconds. */
  timeLimitMs?: number;
  corpus?: CorpusFile[];
  /**
   * The validator under test: every problem found in the corpus with `mutation` in place
   * of its file. Defaults to the real one (realValidator); tests replace it to show that
   * the harness catches a validator that passes, throws or forgets positions.
   */
  validate?: (mutation: Mutation) => Problem[];
}

/** The knowledge base's validator, as `graph validate` runs it, over the corpus with one file replaced. */
export function realValidator(corpus: readonly CorpusFile[]): (mutation: Mutation) => Problem[] {
  const decoded = corpus.map((c) => decodeSource(c.file, c.bytes));
  // Unchanged graph files are parsed once; each case re-parses only the file it mutated.
  const parsed = new Map<string, ParsedFile>();
  const stories = new Map<string, StoryFile>();
  corpus.forEach((c, i) => {
    if (c.role === 'graph') parsed.set(c.file, parseGraphFile(decoded[i].file, decoded[i].text));
    else stories.set(c.file, readStory(decoded[i]));
  });
  return (mutation) => {
    const source: SourceFile = decodeSource(mutation.file, mutation.bytes);
    const files = corpus
      .filter((c) => c.role === 'graph')
      .map((c) =>
        c.file === mutation.file
          ? parseGraphFile(source.file, source.text, source.unreadable)
          : (parsed.get(c.file) as ParsedFile),
      );
    const loaded = buildKnowledgeBase(files);
    const checked = checkStories(
      corpus.flatMap((c) =>
        c.role !== 'story' ? [] : [c.file === mutation.file ? readStory(source) : (stories.get(c.file) as StoryFile)],
      ),
      loaded.kb,
    );
    return [...loaded.problems, ...checked.problems];
  };
}

export function runFuzz({
  cases,
  seed = 1,
  timeLimitMs = 2000,
  corpus = readCorpus(),
  validate = realValidator(corpus),
}: FuzzOptions): FuzzReport {
  const prepared = prepare(corpus);
  const report: FuzzReport = {
    cases,
    rejected: 0,
    accepted: 0,
    falsePasses: [],
    exceptions: [],
    unlocated: [],
    overTime: [],
    byKind: Object.fromEntries(MUTATION_KINDS.map((k) => [k, 0])) as Record<MutationKind, number>,
    slowestMs: 0,
    timeLimitMs,
  };
  for (let n = 0; n < cases; n++) {
    const caseSeed = (seed * 1_000_003 + n) >>> 0;
    const mutation = mutate(prepared, caseSeed);
    report.byKind[mutation.kind]++;
    const role = corpus.find((c) => c.file === mutation.file)?.role ?? 'graph';
    const result: CaseResult = {
      seed: caseSeed,
      kind: mutation.kind,
      file: mutation.file,
      detail: mutation.detail,
      outcome: 'rejected',
      ms: 0,
    };
    const start = performance.now();
    let problems: Problem[] = [];
    try {
      problems = validate(mutation);
    } catch (error) {
      result.outcome = 'exception';
      result.note = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error);
    }
    result.ms = performance.now() - start;
    report.slowestMs = Math.max(report.slowestMs, result.ms);
    if (result.ms > timeLimitMs) report.overTime.push(result);
    if (result.outcome === 'exception') {
      report.exceptions.push(result);
      continue;
    }
    const errors = problems.filter((p) => p.severity === 'error');
    const unlocated = errors.find((p) => p.line === undefined || p.column === undefined);
    const inFile = errors.filter((p) => p.file === mutation.file);
    if (unlocated) {
      result.outcome = 'unlocated';
      result.note = `${unlocated.file}: ${unlocated.path}: ${unlocated.message.slice(0, 200)}`;
      report.unlocated.push(result);
    } else if (inFile.length > 0) report.rejected++;
    else if (mutation.expect === 'either' && errors.length > 0)
      // A valid-looking change that breaks what other files point at (a huge new id).
      report.rejected++;
    else if (mutation.expect === 'reject' || !schemaAccepts(mutation, role)) {
      result.outcome = 'false-pass';
      result.note =
        errors.length > 0
          ? `errors only in other files (${errors[0].file}: ${errors[0].message.slice(0, 120)})`
          : 'accepted with 0 errors';
      report.falsePasses.push(result);
    } else {
      result.outcome = 'accepted';
      report.accepted++;
    }
  }
  return report;
}

export function closingLine(report: FuzzReport): string {
  return (
    `fuzz: ${report.cases} cases, ${report.rejected} rejected, ${report.accepted} accepted unchanged-schema, ` +
    `${report.falsePasses.length} false passes, ${report.exceptions.length} exceptions, ` +
    `${report.overTime.length} over ${report.timeLimitMs / 1000} s` +
    (report.unlocated.length > 0 ? `, ${report.unlocated.length} errors without line:col` : '')
  );
}

/** The failed cases, one line each, with the seed that reproduces them. */
export function failures(report: FuzzReport): string[] {
  return [...report.falsePasses, ...report.exceptions, ...report.unlocated, ...report.overTime].map(
    (r) =>
      `seed ${r.seed} ${r.kind} ${r.file} (${r.detail}): ${r.outcome}, ${r.ms.toFixed(0)} ms${r.note ? `: ${r.note}` : ''}`,
  );
}

function main(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const cases = Number(value('cases') ?? 2000);
  const seed = Number(value('seed') ?? 1);
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [--cases N] [--seed S] (whole numbers)\n');
    return 2;
  }
  const started = performance.now();
  const report = runFuzz({ cases, seed });
  for (const line of failures(report)) process.stdout.write(`${line}\n`);
  process.stdout.write(
    `kinds: ${Object.entries(report.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(
        ', ',
      )}; slowest case ${report.slowestMs.toFixed(0)} ms; ${((performance.now() - started) / 1000).toFixed(1)} s in all\n`,
  );
  process.stdout.write(`${closingLine(report)}\n`);
  return failures(report).length > 0 ? 1 : 0;
}

if (process.argv[1] && /run\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
