/**
 * The mutation fuzzer for pathway import: seeded mutations of real pathway files (those in
 * ../shared/data when present, else small ones written here) through `importPathway`.
 * Every case must end in a PathwayImportError or an import whose document the loader
 * accepts on its own and whose report entries all carry a position; nothing else may be
 * thrown and no case may take over the time bound. On the small files written here, where
 * every id and reference is used, a mutation that removes an id or points a reference
 * nowhere must also be noticed (refused, reported, or the document changed); in the real
 * files many ids belong to drawing (labels, shapes, annotations) and may go unnoticed.
 *
 * `npx tsx tests/fuzz/pathway-fuzz.ts --cases N [--seed S]` runs more from the command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mulberry32 } from '../../scripts/bench/generate.mjs';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { type PathwayImport, PathwayImportError } from '../../src/io/pathway/pathway-import';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';

export interface PathwayCorpusFile {
  name: string;
  text: string;
}

export const PATHWAY_MUTATIONS = [
  'truncate',
  'wrong-root',
  'missing-id',
  'dangling-ref',
  'noise',
  'deep-nesting',
  'html-page',
] as const;
export type PathwayMutation = (typeof PATHWAY_MUTATIONS)[number];

const DATA = resolve(process.cwd(), '..', 'shared', 'data');
const REAL = [
  'wikipathways/WP3614.gpml',
  'wikipathways/WP4585.gpml',
  'wikipathways/WP1941-GPML2021.gpml',
  'cyjs-genemania-export.cyjs.json',
  'sif-cellnopt-HepG2CancerRes2011.sif',
  'cx2/WP5049-glycolysis-in-senescence.cx2',
  'cx2/glypican2.cx2',
  'sbgn/insulin-like_growth_factor_signaling.sbgn',
];

/** Small files of each format, so the fuzzer runs where the third-party data is absent. */
const BUILT_IN: PathwayCorpusFile[] = [
  {
    name: 'small.gpml',
    text: `<?xml version="1.0"?>
<Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="Small">
  <DataNode TextLabel="TP53" GraphId="a" Type="GeneProduct" GroupRef="g"/>
  <DataNode TextLabel="MDM2" GraphId="b" Type="GeneProduct" GroupRef="g"/>
  <DataNode TextLabel="ATP" GraphId="c" Type="Metabolite"/>
  <Interaction GraphId="i1"><Graphics><Point GraphRef="b"/><Point GraphRef="a" ArrowHead="TBar"/></Graphics></Interaction>
  <Interaction GraphId="i2"><Graphics><Point GraphRef="c"/><Point GraphRef="gg" ArrowHead="Arrow"/></Graphics></Interaction>
  <Group GroupId="g" GraphId="gg" Style="Complex"/>
</Pathway>
`,
  },
  {
    name: 'small.sbgn',
    text: `<?xml version="1.0"?>
<sbgn xmlns="http://sbgn.org/libsbgn/0.3"><map language="process description">
  <glyph id="m1" class="macromolecule"><label text="TP53"/></glyph>
  <glyph id="m2" class="macromolecule"><label text="MDM2"/></glyph>
  <glyph id="p" class="process"><port id="p.1"/><port id="p.2"/></glyph>
  <glyph id="s" class="simple chemical"><label text="ATP"/></glyph>
  <arc id="a1" class="consumption" source="s" target="p.1"/>
  <arc id="a2" class="production" source="p.2" target="m1"/>
  <arc id="a3" class="catalysis" source="m2" target="p"/>
</map></sbgn>
`,
  },
  {
    name: 'small.cx2',
    text: JSON.stringify([
      { CXVersion: '2.0' },
      {
        attributeDeclarations: [
          { nodes: { name: { a: 'n', d: 'string' } }, edges: { interaction: { a: 'i', d: 'string' } } },
        ],
      },
      {
        nodes: [
          { id: 1, v: { n: 'TP53' } },
          { id: 2, v: { n: 'MDM2' } },
          { id: 3, v: { n: '' } },
        ],
      },
      {
        edges: [
          { id: 1, s: 2, t: 1, v: { i: 'inhibits' } },
          { id: 2, s: 1, t: 3, v: { i: 'activates' } },
        ],
      },
    ]),
  },
  {
    name: 'small.cyjs',
    text: JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a', name: 'TP53' } }, { data: { id: 'b', name: 'MDM2' } }],
        edges: [{ data: { id: 'e', source: 'b', target: 'a', interaction: 'inhibits' } }],
      },
    }),
  },
  { name: 'small.sif', text: 'MDM2\t-1\tTP53\nTP53 1 CDKN1A BAX\nlonely\n' },
];

export function readPathwayCorpus(): PathwayCorpusFile[] {
  const real = REAL.filter((f) => existsSync(`${DATA}/${f}`)).map((f) => ({
    name: f.split('/').pop() ?? f,
    text: readFileSync(`${DATA}/${f}`, 'utf8'),
  }));
  return [...BUILT_IN, ...real];
}

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);

/** Replaces the `k`-th match of `pattern` (chosen at random) through `replace`; the text unchanged if none. */
function replaceOne(text: string, pattern: RegExp, random: Random, replace: (match: RegExpExecArray) => string) {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length === 0) return undefined;
  const m = matches[int(random, matches.length)] as RegExpExecArray;
  const at = m.index ?? 0;
  return `${text.slice(0, at)}${replace(m)}${text.slice(at + m[0].length)}`;
}

const isXml = (text: string) => text.trimStart().startsWith('<');
const isJson = (text: string) => /^\s*[[{]/.test(text);

/** One mutated text, what was done, or undefined when the kind does not apply to this file. */
export function mutatePathway(
  file: PathwayCorpusFile,
  kind: PathwayMutation,
  random: Random,
): { text: string; detail: string } | undefined {
  const { text } = file;
  switch (kind) {
    case 'truncate': {
      const at = 1 + int(random, Math.max(1, text.length - 2));
      return { text: text.slice(0, at), detail: `cut at ${at} of ${text.length}` };
    }
    case 'wrong-root':
      if (isXml(text)) {
        const out = text.replace(/<(\/?)(?:\w+:)?(Pathway|sbgn)\b/g, '<$1Diagram');
        return { text: out, detail: 'root renamed to <Diagram>' };
      }
      if (isJson(text))
        return { text: JSON.stringify({ network: JSON.parse(text) }), detail: 'wrapped in {"network": …}' };
      return { text: `<Pathway>\n${text}`, detail: 'an XML root line added before SIF' };
    case 'missing-id': {
      const pattern = isXml(text)
        ? /\s(?:GraphId|GroupId|elementId|id)="[^"]*"/
        : isJson(text)
          ? /"(?:@?id)":\s*(?:"[^"]*"|-?\d+),?/
          : /^[^\s]+[ \t]+/m;
      const out = replaceOne(text, pattern, random, () => '');
      return out === undefined ? undefined : { text: out, detail: `removed one ${pattern.source}` };
    }
    case 'dangling-ref': {
      const n = int(random, 1_000_000);
      if (isXml(text)) {
        const out = replaceOne(
          text,
          /\s(GraphRef|GroupRef|elementRef|groupRef|source|target|compartmentRef)="[^"]*"/,
          random,
          (m) => ` ${m[1]}="nowhere${n}"`,
        );
        return out === undefined ? undefined : { text: out, detail: `a reference points at nowhere${n}` };
      }
      if (isJson(text)) {
        const out = replaceOne(
          text,
          /"(s|t|source|target)":\s*(?:"[^"]*"|-?\d+)/,
          random,
          (m) => `"${m[1]}": ${/^"[st]"/.test(m[0]) ? 900_000_000 + n : `"nowhere${n}"`}`,
        );
        return out === undefined ? undefined : { text: out, detail: `an edge end points at nowhere${n}` };
      }
      return undefined;
    }
    case 'noise': {
      const chars = '<>"{}[],:\t\n&\u0000\u202e\ud800';
      const at = int(random, text.length);
      return {
        text: `${text.slice(0, at)}${chars[int(random, chars.length)]}${text.slice(at + 1)}`,
        detail: `character ${at} replaced`,
      };
    }
    case 'deep-nesting':
      if (isJson(text))
        return { text: `${'['.repeat(200_000)}${']'.repeat(200_000)}`, detail: '200,000 nested arrays' };
      if (isXml(text)) {
        const open =
          text.indexOf('>', text.indexOf('<Pathway') >= 0 ? text.indexOf('<Pathway') : text.indexOf('<sbgn')) + 1;
        return {
          text: `${text.slice(0, open)}${'<g>'.repeat(20_000)}${'</g>'.repeat(20_000)}${text.slice(open)}`,
          detail: '20,000 nested elements',
        };
      }
      return { text: `${'a 1 '.repeat(10_000)}b\n`, detail: 'one SIF line with 20,000 targets' };
    case 'html-page':
      return {
        text: `<!DOCTYPE html>\n<html><head><title>502</title></head><body>${text.slice(0, 200)}</body></html>`,
        detail: 'an HTML error page',
      };
  }
}

export type PathwayOutcome =
  | 'refused'
  | 'imported'
  | 'exception'
  | 'invalid-document'
  | 'unlocated'
  | 'unnoticed'
  | 'over-time';

export interface PathwayCase {
  file: string;
  kind: PathwayMutation;
  detail: string;
  outcome: PathwayOutcome;
  note?: string;
}

export interface PathwayFuzzReport {
  cases: PathwayCase[];
  failures: PathwayCase[];
  byKind: Record<PathwayMutation, number>;
  slowestMs: number;
}

const FAILURES: readonly PathwayOutcome[] = ['exception', 'invalid-document', 'unlocated', 'unnoticed', 'over-time'];

export function runPathwayFuzz({
  cases,
  seed = 1,
  corpus = readPathwayCorpus(),
  timeLimitMs = 3000,
  run = importPathway,
}: {
  cases: number;
  seed?: number;
  corpus?: PathwayCorpusFile[];
  timeLimitMs?: number;
  /** The importer under test; tests replace it to show the harness catches a broken one. */
  run?: typeof importPathway;
}): PathwayFuzzReport {
  const random = mulberry32(seed);
  // What the real importer makes of each unmutated file: the reference "noticed" compares with.
  const original = new Map<string, PathwayImport>();
  for (const f of corpus) {
    try {
      original.set(f.name, importPathway(f.text, { fileName: f.name }));
    } catch {
      // An unreadable corpus file has no reference; its cases are still judged.
    }
  }
  const report: PathwayFuzzReport = {
    cases: [],
    failures: [],
    byKind: Object.fromEntries(PATHWAY_MUTATIONS.map((k) => [k, 0])) as Record<PathwayMutation, number>,
    slowestMs: 0,
  };
  while (report.cases.length < cases) {
    const file = corpus[int(random, corpus.length)];
    const kind = PATHWAY_MUTATIONS[int(random, PATHWAY_MUTATIONS.length)];
    const mutated = mutatePathway(file, kind, random);
    if (!mutated || mutated.text === file.text) continue;
    report.byKind[kind]++;
    const started = performance.now();
    const result: PathwayCase = { file: file.name, kind, detail: mutated.detail, outcome: 'imported' };
    let imported: PathwayImport | undefined;
    try {
      imported = run(mutated.text, { fileName: file.name });
    } catch (error) {
      if (error instanceof PathwayImportError) result.outcome = 'refused';
      else {
        result.outcome = 'exception';
        result.note = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
    const ms = performance.now() - started;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (imported) {
      const errors = loadKnowledgeBase([
        { file: 'imported.json', text: JSON.stringify(imported.document) },
      ]).problems.filter((p) => p.severity === 'error');
      const before = original.get(file.name);
      const said = (e: (typeof imported.report)[number]) => `${e.position} ${e.code} ${JSON.stringify(e.params)}`;
      const seen = new Set(before?.report.map(said));
      const noticed =
        imported.report.some((e) => !seen.has(said(e))) ||
        JSON.stringify(imported.document) !== JSON.stringify(before?.document);
      if (errors.length > 0) {
        result.outcome = 'invalid-document';
        result.note = errors
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join('; ');
      } else if (imported.report.some((e) => e.position.trim() === '')) result.outcome = 'unlocated';
      else if ((kind === 'missing-id' || kind === 'dangling-ref') && BUILT_IN.includes(file) && !noticed) {
        result.outcome = 'unnoticed';
      }
    }
    if (result.outcome !== 'exception' && ms > timeLimitMs) {
      result.outcome = 'over-time';
      result.note = `${ms.toFixed(0)} ms`;
    }
    report.cases.push(result);
    if (FAILURES.includes(result.outcome)) report.failures.push(result);
  }
  return report;
}

export function pathwayClosingLine(report: PathwayFuzzReport): string {
  const count = (o: PathwayOutcome) => report.cases.filter((c) => c.outcome === o).length;
  return `pathway fuzz: ${report.cases.length} cases, ${count('refused')} refused, ${count('imported')} imported with a report, ${report.failures.length} failures; slowest ${report.slowestMs.toFixed(0)} ms`;
}

if (process.argv[1]?.endsWith('pathway-fuzz.ts')) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const report = runPathwayFuzz({ cases: arg('--cases', 500), seed: arg('--seed', 1) });
  for (const f of report.failures)
    console.log(`${f.outcome}: ${f.file} ${f.kind} (${f.detail})${f.note ? `: ${f.note}` : ''}`);
  console.log(pathwayClosingLine(report));
  process.exitCode = report.failures.length > 0 ? 1 : 0;
}
