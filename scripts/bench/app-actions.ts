/**
 * The app's actions both app runs time (./app-run.ts on the review and generated graphs,
 * ./import-run.ts after an import): filter on and off, Re-layout, and search and focus.
 * Each is Playwright input timed by the probe (./session.ts, `measure`).
 */
import type { Core } from 'cytoscape';
import { withTimeout } from './clock';
import { measure, type Session } from './session';
import type { Run } from './types';

/** Filter change: one mechanism category ticked, then unticked. */
export async function timeFilter(session: Session, run: Run, timeout: number): Promise<void> {
  const category = session.page.locator('input[data-category="signalling"]');
  for (const [key, name] of [
    ['filter', 'filter'],
    ['filterClear', 'filter-clear'],
  ]) {
    const spec = { name, trigger: 'click', cond: 'hidden-changed' } as const;
    run.metrics[key] = (await measure(session, spec, () => category.click(), timeout)).ms;
  }
}

/** Re-layout of everything visible. */
export async function timeRelayout(session: Session, run: Run, timeout: number): Promise<void> {
  run.metrics.layout = (
    await measure(
      session,
      { name: 'layout', trigger: 'click', cond: 'layout' },
      () => session.page.getByRole('button', { name: 'Re-layout', exact: true }).click(),
      timeout,
    )
  ).ms;
}

/**
 * Search and focus. A very large graph opens as an overview of closed frames
 * (src/view/overview.ts): first zoomed in on one, as a person would, so its entities are
 * drawn; then an entity of middling degree searched for by its label (`inParts`: one in a
 * part of a split frame, i.e. of an imported network).
 */
export async function timeSearch(session: Session, run: Run, timeout: number, inParts = false): Promise<void> {
  const { page } = session;
  if (await page.evaluate((parts) => window.__benchQueries.openOneFrame(parts), inParts)) {
    // The instance is there: the frame was just opened on it.
    await page.waitForFunction(() => (window.__cy as Core).nodes('[entity]').length > 0, null, {
      timeout: timeout * 1000,
    });
    run.notes.push('overview: zoomed in on one frame before searching (its entities enter the drawing)');
  }
  const target = await page.evaluate((parts) => window.__benchQueries.searchTarget(parts), inParts);
  if (!target) {
    run.notes.push('search: no entity to search for');
    return;
  }
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await withTimeout(box.fill(target.label), timeout, 'search typing');
  await withTimeout(
    page.getByRole('listbox', { name: 'Search entities' }).getByRole('option').first().waitFor(),
    timeout,
    'search suggestions',
  );
  run.metrics.search = (
    await measure(
      session,
      { name: 'search', trigger: 'keydown', cond: 'focus', arg: target.id },
      () => box.press('Enter'),
      timeout,
    )
  ).ms;
  run.search = target;
}
