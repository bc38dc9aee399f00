/**
 * One run of the baseline page (bench/baseline.html: plain Cytoscape.js, same elements,
 * stylesheet and layout): its first diagram, then the calls equivalent to the app's actions.
 */
import { withTimeout } from './clock';
import { type BenchOptions, CHANGED_THERAPY, THERAPIES } from './options';
import { query, runPage } from './page-run';
import { heapAfterLoad, measureCall } from './session';
import type { Run, Size2D } from './types';

/** `canvas`: the app's drawing area, so the baseline packs its layout to the same aspect ratio. */
export function runBaseline(
  options: BenchOptions,
  base: string,
  size: string,
  timeout: number,
  canvas: Size2D | null | undefined,
): Promise<Run> {
  const size2 = canvas ? `&w=${canvas.w}&h=${canvas.h}` : '';
  return runPage(base + query(options, size, 'baseline') + size2, 'baseline', timeout, async (session, run) => {
    const { page } = session;
    await withTimeout(
      page.waitForFunction(() => window.__baseline, null, { timeout: 0 }),
      timeout,
      'baseline api',
    );
    run.dagreOptions = await page.evaluate(() => window.__baseline?.dagreOptions);
    run.metrics.heap = await heapAfterLoad(session);
    run.metrics.filter = (
      await measureCall(
        session,
        { name: 'filter', cond: 'hidden-changed' },
        'filterCategories',
        [['signalling']],
        timeout,
      )
    ).ms;
    run.metrics.filterClear = (
      await measureCall(session, { name: 'filter-clear', cond: 'hidden-changed' }, 'filterCategories', [[]], timeout)
    ).ms;
    run.metrics.layout = (await measureCall(session, { name: 'layout', cond: 'layout' }, 'relayout', [], timeout)).ms;
    const therapies = options.view === 'all' ? THERAPIES.filter((t) => t !== CHANGED_THERAPY) : ['tace', 'haic'];
    run.metrics.therapy = (
      await measureCall(session, { name: 'therapy', cond: 'nodes-changed' }, 'setTherapies', [therapies], timeout)
    ).ms;
    // The floor under every change that redraws: one full redraw of the diagram.
    run.metrics.redraw = (await measureCall(session, { name: 'redraw', cond: 'called' }, 'redraw', [], timeout)).ms;
  });
}
