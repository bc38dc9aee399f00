/**
 * One run of the app with a large imported pathway (a size `cyjs<N>`): the app opens on the
 * review as usual, then a generated `.cyjs` of N nodes and 2N edges (./import-pathway.ts,
 * seeded) is given to "Open pathway…"'s file input, as a person choosing it would, and
 * timed from the input's change event to the first drawing that shows it (read in the import
 * worker, merged, split into frames, laid out in the layout workers, drawn as an overview).
 * Then what a person does with it: filter, Re-layout, search and focus on one of its
 * entities. The longest main-thread task is taken over the import and these actions.
 *
 * There is no plain-Cytoscape baseline for this row: the baseline page has no import, and
 * handing it the app's finished elements would time Cytoscape, not the import.
 */
import type { Core } from 'cytoscape';
import { timeFilter, timeRelayout, timeSearch } from './app-actions';
import { withTimeout } from './clock';
import { generatePathwayCyjs } from './import-pathway';
import { type BenchOptions, importNodes } from './options';
import { query, runPage } from './page-run';
import { heapAfterLoad, measure } from './session';
import type { Run } from './types';

export function runImport(options: BenchOptions, base: string, size: string, timeout: number): Promise<Run> {
  const nodes = importNodes(size) ?? 0;
  const file = {
    name: `generated-${nodes}.cyjs`,
    mimeType: 'application/json',
    buffer: Buffer.from(generatePathwayCyjs(nodes, 2 * nodes, options.seed)),
  };
  return runPage(base + query(options, 'review', 'app'), 'app', timeout, async (session, run) => {
    const { page } = session;
    // The review's first diagram is not this row's: keep it apart.
    run.metrics.pageFirstDiagram = run.metrics.firstDiagram ?? null;
    const opened = await measure(
      session,
      { name: 'import', trigger: 'change', cond: 'nodes-changed' },
      () => page.locator('[data-pathway-file]').setInputFiles(file),
      timeout,
    );
    run.metrics.firstDiagram = opened.ms;
    // Where the import's time went: reading, merging and building elements until the layout
    // workers start; dagre in them; their answer to the drawing.
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime })),
    );
    const after = (name: string) => marks.find((m) => m.name === name && m.t >= (opened.t0 ?? 0))?.t ?? null;
    const start = after('layout:workers-start');
    const done = after('layout:workers-done');
    const span = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);
    run.phases = {
      elementsAndAdd: span(opened.t0, start),
      layoutPrep: null,
      dagre: span(start, done),
      afterLayoutToDrawn: span(done, opened.end),
    };
    run.drawn = await page.evaluate(() => {
      const cy = window.__cy as Core;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    // The import opens its report: closed, as a person would before going on.
    await withTimeout(page.getByRole('button', { name: 'Close', exact: true }).click(), timeout, 'close the report');
    run.metrics.heap = await heapAfterLoad(session);

    await timeFilter(session, run, timeout);
    await timeRelayout(session, run, timeout);
    // One of the pathway's entities, in one of its parts.
    await timeSearch(session, run, timeout, true);
  });
}
