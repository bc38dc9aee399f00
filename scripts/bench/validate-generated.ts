/**
 * Checks that the benchmark's generated knowledge bases pass the project's own loader:
 * `npx tsx scripts/bench/validate-generated.ts [N ...] [--seed S]` (default 1000 5000 20000).
 * Prints counts, the degree distribution and the problems; exits 1 on any error.
 */
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { generateKnowledgeBase } from './generate.mjs';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
const sizes = args.length > 0 ? args.map(Number) : [1000, 5000, 20000];
let failed = false;
for (const n of sizes) {
  const started = performance.now();
  const doc = generateKnowledgeBase({ entities: n, seed });
  const text = JSON.stringify(doc);
  const generated = performance.now();
  const { kb, problems } = loadKnowledgeBase([{ file: `generated-${n}.json`, text }]);
  const loaded = performance.now();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const again = JSON.stringify(generateKnowledgeBase({ entities: n, seed }));
  const degree = new Map<string, number>();
  for (const r of kb.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const degrees = [...degree.values()].sort((a, b) => b - a);
  const quantile = (q: number) => degrees[Math.floor(q * (degrees.length - 1))];
  const types = new Map<string, number>();
  for (const e of kb.entities) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  const relTypes = new Map<string, number>();
  for (const r of kb.relations) relTypes.set(r.type, (relTypes.get(r.type) ?? 0) + 1);
  console.log(
    `${n} entities (seed ${seed}): ${kb.entities.length} entities, ${kb.relations.length} relations, ` +
      `${kb.mechanisms.length} mechanisms, ${kb.references.length} references, ${(text.length / 1e6).toFixed(1)} MB JSON; ` +
      `generated in ${(generated - started).toFixed(0)} ms, loaded in ${(loaded - generated).toFixed(0)} ms; ` +
      `${errors.length} errors, ${warnings.length} warnings; deterministic: ${again === text}`,
  );
  console.log(
    `  degree: max ${degrees[0]}, top 1% ≥ ${quantile(0.01)}, median ${quantile(0.5)}, min ${degrees[degrees.length - 1]}`,
  );
  console.log(`  types: ${[...types].map(([t, c]) => `${t} ${c}`).join(', ')}`);
  console.log(`  relations: ${[...relTypes].map(([t, c]) => `${t} ${c}`).join(', ')}`);
  for (const p of [...errors, ...warnings].slice(0, 10)) console.log(`  ${p.severity}: ${p.path}: ${p.message}`);
  if (errors.length > 0 || again !== text) failed = true;
}
process.exit(failed ? 1 : 0);
