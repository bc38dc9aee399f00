/**
 * Shared Playwright fixtures: every test fails on a console error or an uncaught page
 * error, and helpers read what the diagram shows through Cytoscape's public API.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Ids of the nodes a person can see (not hidden by filters). */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      window.__cy
        ?.nodes()
        .filter((n) => n.visible())
        .map((n) => n.id()) ?? []
    ).sort(),
  );
}

export async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const n of window.__cy?.nodes().toArray() ?? []) out[n.id()] = { ...n.position() };
    return out;
  });
}

export async function waitForDiagram(page: Page, minimum = 1, timeout = 5_000) {
  await expect
    .poll(async () => (await visibleNodeIds(page)).length, { message: 'the diagram shows nodes', timeout })
    .toBeGreaterThanOrEqual(minimum);
}

/** Where a node is drawn on the page, in page coordinates. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) return null;
    const rect = (cy.container() as HTMLElement).getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
  if (!point) throw new Error(`node ${id} is not in the diagram`);
  return point;
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
export async function clickNode(page: Page, id: string) {
  const point = await nodeOnPage(page, id);
  await page.mouse.click(point.x, point.y);
}

export async function search(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: 'Search entities' });
  await box.fill(text);
  await expect(suggestions(page).first()).toBeVisible();
}

/** The search suggestions (not the <option>s of the page's selects). */
export function suggestions(page: Page) {
  return page.getByRole('listbox', { name: 'Search entities' }).getByRole('option');
}

/**
 * axe-core's WCAG 2.1 A/AA violations on the page as it is, one line each with the first
 * elements, so a failure says what to fix. The canvas is described by its aria-label and
 * the relations table.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('canvas')
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(' | ')}`,
  );
}

/** Exports the view as SVG through the Export menu, as a person does, and returns the file's text. */
export async function downloadViewSvg(page: Page, path: string): Promise<string> {
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('form', { name: 'Export the diagram as a figure' });
  await menu.getByRole('radio', { name: 'SVG (vector, editable text)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download' }).click(),
  ]);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}
