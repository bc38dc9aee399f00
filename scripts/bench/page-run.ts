/**
 * One run of one page (the app or the baseline): its URL, its first complete diagram (time,
 * data preparation, phases), the page's own actions, then the longest tasks.
 */
import { Timeout, withTimeout } from './clock';
import { type BenchOptions, THERAPIES } from './options';
import { closeContext, longTasks, markAt, openPage, readLayoutMarks, type Session } from './session';
import type { Phases, Run } from './types';

export type PageSide = 'app' | 'baseline';

/** The page's path and query: the size (a generated graph's ?bench=) and the therapy view. */
export function query(options: BenchOptions, size: string, page: PageSide): string {
  const params = new URLSearchParams();
  if (size !== 'review') {
    params.set('bench', size);
    params.set('bench-seed', String(options.seed));
  }
  if (options.view === 'all') params.set('therapy', THERAPIES.join(','));
  const text = params.toString().replace(/%2C/g, ',');
  return page === 'app' ? `index.html${text ? `?${text}` : ''}` : `bench/baseline.html?${text}`;
}

/** Time for generating and validating a benchmark graph: the real app does that at build time. */
function dataPrep(session: Session): number {
  const a = markAt(session, 'bench:generate-start');
  const b = markAt(session, 'bench:loaded');
  return a !== null && b !== null ? b - a : 0;
}

/**
 * Where the first diagram's time went, from the pages' marks: the elements built and added
 * to Cytoscape (for the app this includes React's first render), the layout's preparation
 * (connected components, mechanism blocks), dagre itself, and everything between the
 * layout's end and the first frame drawn (fit, classes, Cytoscape's styles and first render).
 */
function phases(session: Session, drawn: number, page: PageSide): Phases {
  const at = (name: string) => markAt(session, name);
  const ready = page === 'app' ? at('bench:loaded') : at('baseline:data');
  const added = page === 'app' ? at('bench:cy-add') : at('baseline:added');
  const layoutStart = at('bench:layout-start') ?? at('baseline:layout-start');
  const layoutDone = at('bench:layout-done') ?? at('baseline:laid-out');
  const span = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);
  // Laid out in workers: the elements are built, laid out off the main thread, then added.
  const workersStart = at('layout:workers-start');
  if (page === 'app' && workersStart !== null) {
    const workersDone = at('layout:workers-done');
    return {
      elementsAndAdd: span(ready, workersStart),
      layoutPrep: null,
      dagre: span(workersStart, workersDone),
      afterLayoutToDrawn: span(workersDone, drawn),
    };
  }
  return {
    elementsAndAdd: span(ready, added),
    layoutPrep: span(added, layoutStart),
    dagre: span(layoutStart, layoutDone),
    afterLayoutToDrawn: span(layoutDone, drawn),
  };
}

/** A page's own actions, run once its first diagram is drawn. */
export type PageActions = (session: Session, run: Run, first: { drawn: number }) => Promise<void>;

/**
 * Opens a page, waits for its first complete diagram and records it (time, data
 * preparation, phases), runs `actions`, then the longest tasks. A timeout or an error ends
 * the run with what was measured so far and the last progress mark.
 */
export async function runPage(url: string, side: PageSide, timeout: number, actions: PageActions): Promise<Run> {
  const run: Run = { metrics: {}, notes: [] };
  const session = await openPage(url, timeout);
  const { page } = session;
  try {
    const first = await withTimeout(
      page.evaluate(() => window.__probe.firstPromise),
      timeout,
      'first diagram',
    );
    const prep = dataPrep(session);
    run.drawn = { nodes: first.nodes, edges: first.edges };
    run.metrics.firstDiagram = first.drawn - prep;
    run.metrics.firstDiagramRaw = first.drawn;
    run.metrics.dataPrep = prep;
    await readLayoutMarks(session);
    run.marks = session.marks;
    run.phases = phases(session, first.drawn, side);
    await actions(session, run, first);
    const tasks = await longTasks(session, first.drawn);
    run.metrics.longestTaskAfterFirstDraw = tasks.afterFirstDraw;
    run.longestTaskDuring = tasks.during;
    run.metrics.longestTask = tasks.overall;
  } catch (error) {
    run.failed = error instanceof Timeout ? (error.budget ? 'budget' : 'timeout') : 'error';
    run.error = String(error instanceof Error ? error.message : error);
    run.marks = session.marks;
    run.lastMark = session.marks.at(-1)?.name ?? null;
  }
  run.errors = session.errors;
  await closeContext(session);
  return run;
}
