/**
 * Times the merge of an imported pathway into the atlas, as the app does it on each change
 * of the pathway list (src/app/derive/pathways.ts), on the benchmark's generated `.cyjs` of
 * 5,000 nodes and 10,000 edges, with zod jitless as in the browser:
 *   - "re-validate + merge": what every change cost when the merge parsed each document;
 *   - "first merge": a document the merge has not seen (validated once, at import);
 *   - "rename": the same documents under a new name (each pathway's merged part reused).
 * Medians of --runs (default 7). Run: npx tsx scripts/pathway-merge-timing.ts [--runs N]
 */
import '../src/zod-jitless';
import { withPathways } from '../src/app/derive/pathways';
import { loadCleanKnowledgeBase } from '../src/cli/load';
import { importPathway } from '../src/io/pathway/import-pathway';
import { GraphDocumentSchema } from '../src/model/schema';
import { storedPathway } from '../src/store/pathway-store';
import { generatePathwayCyjs } from './bench/import-pathway';
import { median } from './bench/stats';

const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 7;
const kb = loadCleanKnowledgeBase('graphs');
const imported = importPathway(generatePathwayCyjs(5000, 10_000, 1), { fileName: 'generated.cyjs' });
const pathway = storedPathway(imported, { key: 'k', fileName: 'generated.cyjs', importedAt: new Date(0) });

const timed = (fn: () => unknown) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};
const revalidate: number[] = [];
const first: number[] = [];
const rename: number[] = [];
const withDocument = (document: typeof imported.document) => ({ ...pathway, imported: { ...imported, document } });
for (let run = 0; run < runs; run++) {
  // Fresh copies of the document each run: ones the merge has not remembered.
  const before = withDocument(structuredClone(imported.document));
  const now = withDocument(structuredClone(imported.document));
  revalidate.push(
    timed(() => {
      GraphDocumentSchema.parse(before.imported.document);
      withPathways(kb, [before]);
    }),
  );
  first.push(timed(() => withPathways(kb, [now])));
  rename.push(timed(() => withPathways(kb, [{ ...now, name: `renamed ${run}` }])));
}
const ms = (values: number[]) => `${(median(values) ?? Number.NaN).toFixed(1)} ms`;
console.log(
  `5,000 nodes, 10,000 edges, ${runs} runs: re-validate + merge ${ms(revalidate)}, first merge ${ms(first)}, rename ${ms(rename)} (medians)`,
);
