/**
 * How long `importPathway` takes on a generated Cytoscape `.cyjs` of 5,000 nodes and
 * 10,000 edges (the bound: under 3 s), and `mergePathways` of the result into the
 * review's knowledge base. Seeded (mulberry32), so every run reads the same file.
 *
 *   npx tsx scripts/bench/import-pathway.ts [--nodes 5000] [--edges 10000] [--runs 5] [--seed 1]
 *   npx tsx scripts/bench/import-pathway.ts --write FILE [--nodes 5000] [--edges 10000] [--seed 1]
 *
 * Prints each run and the medians; exit 1 when the import's median is 3 s or more. With
 * --write, only writes the generated file (for scripts/screenshots.mjs).
 */
import { writeFileSync } from 'node:fs';
import { loadCleanKnowledgeBase } from '../../src/cli/load';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { mergePathways } from '../../src/model/merge-pathways';
import { mulberry32 } from './generate.mjs';
import { median as medianOf } from './stats';

const INTERACTIONS = ['activates', 'inhibits', 'binds', 'pp', '1', '-1', 'controls-state-change-of', 'Co-expression'];

/** A .cyjs as Cytoscape desktop writes it: nodes with `name`, edges with `interaction`. */
export function generatePathwayCyjs(nodes: number, edges: number, seed = 1): string {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const elements = {
    nodes: Array.from({ length: nodes }, (_, i) => ({
      data: { id: String(i), name: `G${i}`, shared_name: `G${i}` },
      position: { x: int(4000), y: int(4000) },
    })),
    edges: Array.from({ length: edges }, (_, i) => {
      const source = int(nodes);
      // Never a self-loop, so every edge is a relation.
      const target = (source + 1 + int(nodes - 1)) % nodes;
      return {
        data: {
          id: `e${i}`,
          source: String(source),
          target: String(target),
          interaction: INTERACTIONS[int(INTERACTIONS.length)],
        },
      };
    }),
  };
  return JSON.stringify({ format_version: '1.0', generated_by: 'bench', data: { name: 'generated' }, elements });
}

/** The runner's median (./stats.ts); every sample is a number, so there is always one. */
const median = (values: number[]) => medianOf(values) ?? Number.NaN;

if (process.argv[1]?.endsWith('import-pathway.ts')) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const nodes = arg('--nodes', 5000);
  const edges = arg('--edges', 10_000);
  const runs = arg('--runs', 5);
  const text = generatePathwayCyjs(nodes, edges, arg('--seed', 1));
  const write = process.argv.indexOf('--write');
  if (write >= 0) {
    writeFileSync(process.argv[write + 1], text);
    process.exit(0);
  }
  const kb = loadCleanKnowledgeBase('graphs');
  const importMs: number[] = [];
  const mergeMs: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const result = importPathway(text, { fileName: 'generated.cyjs' });
    const imported = performance.now();
    const merged = mergePathways(kb, [result]);
    const done = performance.now();
    importMs.push(imported - started);
    mergeMs.push(done - imported);
    console.log(
      `run ${run}: import ${(imported - started).toFixed(0)} ms (${result.document.entities?.length} entities, ${result.document.relations?.length} relations), merge ${(done - imported).toFixed(0)} ms (${merged.relations.length} relations in all)`,
    );
  }
  console.log(
    `${nodes} nodes, ${edges} edges, ${(text.length / 1024 / 1024).toFixed(1)} MB: import median ${median(importMs).toFixed(0)} ms, merge median ${median(mergeMs).toFixed(0)} ms (${runs} runs)`,
  );
  process.exitCode = median(importMs) < 3000 ? 0 : 1;
}
