/**
 * `npm test`: every check in order (types, lint, graph validation, unit tests,
 * browser tests), then one closing line "N passed, N failed, N skipped" counted from
 * the test runners' JSON reports. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'test-results/reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['graphs', 'npm', ['run', '--silent', 'graph', '--', 'validate']],
  [
    'unit',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`],
  ],
  ['e2e', 'node', ['scripts/run-e2e.mjs']],
];

const counts = { passed: 0, failed: 0, skipped: 0 };
function addVitest() {
  const file = `${REPORTS}/vitest.json`;
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
  counts.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
function addPlaywright() {
  const file = `${REPORTS}/playwright.json`;
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += stats.expected + (stats.flaky ?? 0);
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
}

let failedStep = null;
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, REPORTS_DIR: REPORTS } });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}
addVitest();
addPlaywright();
if (failedStep) console.error(`\nstep "${failedStep}" failed`);
if (failedStep && counts.failed === 0) counts.failed = 1;
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
