/**
 * One run of the app: its first diagram, then each action a person takes, driven through
 * Playwright input (filter, Re-layout, therapy, search, path, SVG export) and timed by the probe.
 */
import { timeFilter, timeRelayout, timeSearch } from './app-actions';
import { fetchedJavaScript } from './bundle-size';
import { withTimeout } from './clock';
import { type BenchOptions, CHANGED_THERAPY } from './options';
import { query, runPage } from './page-run';
import { heapAfterLoad, measure, scriptsFetchedBy } from './session';
import type { Run } from './types';

export function runApp(options: BenchOptions, base: string, size: string, timeout: number, dist: string): Promise<Run> {
  return runPage(base + query(options, size, 'app'), 'app', timeout, async (session, run, first) => {
    const { page } = session;
    run.canvas = await page.evaluate(() => window.__benchQueries.drawingArea());
    run.metrics.heap = await heapAfterLoad(session);
    run.jsBeforeFirstDiagram = fetchedJavaScript(dist, await scriptsFetchedBy(session, first.drawn));

    await timeFilter(session, run, timeout);
    await timeRelayout(session, run, timeout);

    // Therapy change: untick T+A (all-therapies view; a single therapy would stay, as a
    // component of a ticked combination) or tick HAIC (default view).
    const therapy = options.view === 'all' ? CHANGED_THERAPY : 'haic';
    run.metrics.therapy = (
      await measure(
        session,
        { name: 'therapy', trigger: 'click', cond: 'nodes-changed' },
        () => page.locator(`input[data-therapy="${therapy}"]`).click(),
        timeout,
      )
    ).ms;

    await timeSearch(session, run, timeout);

    // Path highlight: two entities three directed steps apart, through the Paths tab.
    const ends = await page.evaluate(() => window.__benchQueries.pathEnds());
    if (ends) {
      const tabStart = Date.now();
      await withTimeout(page.getByRole('tab', { name: 'Paths' }).click(), timeout, 'paths tab');
      await withTimeout(page.getByLabel('From', { exact: true }).selectOption(ends.from), timeout, 'path from');
      run.pathsTabAndFrom = Date.now() - tabStart;
      run.metrics.path = (
        await measure(
          session,
          { name: 'path', trigger: 'change', cond: 'path' },
          () => page.getByLabel('To', { exact: true }).selectOption(ends.to),
          timeout,
        )
      ).ms;
      run.path = ends;
    } else run.notes.push('path: no pair of entities three steps apart');

    // SVG export of the current view through the Export menu (figure-from-cy + svg-writer).
    const summary = page.locator('summary[aria-label="Export the diagram as a figure"]');
    if ((await summary.count()) > 0) {
      await withTimeout(summary.click(), timeout, 'export menu');
      const form = 'form[aria-label="Export the diagram as a figure"]';
      await withTimeout(page.locator(`${form} input[value="svg"]`).check(), timeout, 'export format');
      await withTimeout(page.locator(`${form} input[value="view"]`).check(), timeout, 'export scope');
      run.metrics.exportSvg = (
        await measure(
          session,
          { name: 'export', trigger: 'click', cond: 'text', arg: `${form} [role="status"]` },
          () => page.locator(form).getByRole('button', { name: 'Download' }).click(),
          timeout,
        )
      ).ms;
      run.exportStatus = await page.locator(`${form} [role="status"]`).textContent();
    } else run.notes.push('export: no Export menu in the app');
  });
}
