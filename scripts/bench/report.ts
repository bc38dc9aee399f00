/** The text report printed at the end of a run: the metrics table, the phases table, the notes. */
import { NODE_BENCHMARKS } from './node-benchmarks';
import { importLabel, importNodes } from './options';
import { median } from './stats';
import type { BenchResults, PhaseKey, Side } from './types';

type Unit = 'ms' | 'bytes';

const METRICS: [key: string, name: string, unit: Unit][] = [
  ['firstDiagram', 'first diagram', 'ms'],
  ['filter', 'filter change', 'ms'],
  ['filterClear', 'filter cleared', 'ms'],
  ['therapy', 'therapy change', 'ms'],
  ['layout', 'layout (Re-layout)', 'ms'],
  ['search', 'search and focus', 'ms'],
  ['path', 'path highlight', 'ms'],
  ['exportSvg', 'SVG export (view)', 'ms'],
  ['redraw', 'one redraw (Cytoscape alone)', 'ms'],
  ['heap', 'JS heap after load', 'bytes'],
  ['longestTaskAfterFirstDraw', 'longest task after 1st draw', 'ms'],
];
/** Actions the baseline page has no equivalent of. */
const APP_ONLY = new Set(['search', 'path', 'exportSvg']);

/** What an imported network's row measures (./import-run.ts), under its own names where they differ. */
const IMPORT_METRICS: Record<string, string> = {
  firstDiagram: 'import → first diagram',
  filter: 'filter change',
  filterClear: 'filter cleared',
  layout: 'layout (Re-layout)',
  search: 'search and focus',
  heap: 'JS heap after import',
  longestTaskAfterFirstDraw: 'longest task (import, actions)',
};

/** A size as the report names it: "review", "5,000", "imported 5,000-node .cyjs". */
export function sizeLabel(size: string): string {
  const nodes = importNodes(size);
  if (nodes !== null) return importLabel(nodes);
  return size === 'review' ? 'review' : Number(size).toLocaleString('en');
}

export function format(value: number | string | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return 'n/a';
  if (typeof value === 'string') return value;
  if (unit === 'bytes') return `${(value / 1048576).toFixed(1)} MB`;
  if (value >= 10000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value)} ms`;
}

/** What a metric shows for a side: its median, or why there is none. */
function cell(side: Side | null | undefined, key: string, unit: Unit, timeout: number): string {
  if (!side) return 'n/a';
  const value = side.summary.median[key];
  if (value !== null && value !== undefined) return format(value, unit);
  const failed = side.runs.filter((r) => r.failed);
  if (failed.length > 0) {
    const stuck = failed[0].lastMark ? ` (${failed[0].lastMark.replace(/^(bench|baseline):/, '')})` : '';
    if (failed[0].failed === 'budget') return `budget${stuck}`;
    return failed[0].failed === 'timeout' ? `>${timeout} s${stuck}` : 'error';
  }
  return 'n/a';
}

const PHASES: [PhaseKey, string][] = [
  ['elementsAndAdd', 'elements + add'],
  ['layoutPrep', 'layout prep'],
  ['dagre', 'dagre runs (app: in workers)'],
  ['afterLayoutToDrawn', 'layout end → drawn'],
];

/** First-diagram phases, app / baseline medians (generated sizes; the review app has no marks). */
function printPhases(results: BenchResults): string {
  const rows = [['size', ...PHASES.map(([, name]) => name)]];
  for (const r of results.sizes) {
    const side = (runs: Side['runs'], key: PhaseKey) => median(runs.map((x) => x.phases?.[key]));
    rows.push([
      r.size,
      ...PHASES.map(([key]) => {
        const a = side(r.app?.runs ?? [], key);
        const b = side(r.baseline?.runs ?? [], key);
        return `${a === null ? '–' : format(a, 'ms')} / ${b === null ? '–' : format(b, 'ms')}`;
      }),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i > 0 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Every size's metrics: our median, the baseline's, and their ratio; a blank line after each size. */
function printTable(results: BenchResults): string {
  const rows: (string[] | null)[] = [['size', 'metric', 'ours', 'baseline', 'ratio']];
  for (const r of results.sizes) {
    const label = sizeLabel(r.size);
    const imported = importNodes(r.size) !== null;
    for (const [key, plainName, unit] of METRICS) {
      if (imported && !(key in IMPORT_METRICS)) continue;
      const name = imported ? IMPORT_METRICS[key] : plainName;
      // An import has no baseline page (./import-run.ts).
      const base = APP_ONLY.has(key) || imported ? null : r.baseline;
      const ours = cell(r.app, key, unit, r.timeout);
      const theirs = base ? cell(base, key, unit, r.timeout) : 'n/a';
      const a = r.app?.summary.median[key];
      const b = base?.summary.median[key];
      const ratio = typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '';
      rows.push([label, name, ours, theirs, ratio]);
    }
    rows.push(null);
  }
  const filled = rows.filter((row): row is string[] => row !== null);
  const widths = filled[0].map((_, i) => Math.max(...filled.map((row) => String(row[i]).length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i >= 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  const out = [line(filled[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows.slice(1)) out.push(row ? line(row) : '');
  return out.join('\n');
}

/** The whole text report: machine and view, both tables, each size's runs, the JavaScript sizes. */
export function report(results: BenchResults, out: string): string {
  const lines = [];
  lines.push(
    `Benchmark: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}, Chromium ${results.machine.chromium}`,
  );
  lines.push(
    `View: ${results.definitions.view}. Medians; ratio = ours / baseline (plain Cytoscape.js, same elements, stylesheet and layout).`,
  );
  lines.push('');
  lines.push(printTable(results));
  lines.push('First diagram, where the time goes (median, ours / baseline; – where a page leaves no mark):');
  lines.push(printPhases(results));
  lines.push('');
  for (const entry of results.sizes) {
    const d = entry.drawn;
    const runs = `${entry.app?.summary.ok ?? 0}/${entry.app?.summary.runs ?? 0} app and ${entry.baseline?.summary.ok ?? 0}/${entry.baseline?.summary.runs ?? 0} baseline runs completed`;
    lines.push(
      `${entry.size}: ${d ? `${d.nodes} nodes, ${d.edges} edges drawn; ` : ''}${runs}${entry.note ? `; ${entry.note}` : ''}`,
    );
  }
  const js = results.initialJs;
  lines.push('');
  if (js) {
    lines.push(
      `Initial JavaScript (dist/index.html scripts + modulepreloads, gzip -9): ${(js.gzip / 1024).toFixed(1)} KB (${js.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')})`,
    );
  }
  const review = results.sizes.find((s) => s.size === 'review')?.app?.runs.find((r) => r.jsBeforeFirstDiagram);
  if (review?.jsBeforeFirstDiagram) {
    lines.push(
      `JavaScript fetched before the review's first diagram: ${(review.jsBeforeFirstDiagram.gzip / 1024).toFixed(1)} KB gzip (${review.jsBeforeFirstDiagram.files.length} files)`,
    );
  }
  if (!results.exportAvailable)
    lines.push('SVG export: n/a (src/export/svg-writer.ts or src/view/figure-from-cy.ts missing)');
  for (const { key, what } of NODE_BENCHMARKS) {
    const result = results.node?.[key];
    if (result) lines.push(`${what}: ${result.summary}${result.failed ? ` (failed: ${result.failed})` : ''}`);
  }
  lines.push(`Run took ${results.durationSeconds} s; JSON in ${out}`);
  return lines.join('\n');
}
