/**
 * Graphs far larger than the review (the benchmark's generated knowledge bases, `?bench=N`):
 * laid out in workers with progress shown, the page answering input meanwhile, and the
 * old diagram kept until the new one is ready.
 */
import type { Page } from '@playwright/test';
import { BENCH_URL } from '../../playwright.config';
import { clickNode, expect, test, waitForDiagram } from './fixtures';

// Generated graphs open only in the benchmark's build (`vite build --mode bench`).
test.use({ baseURL: BENCH_URL });

/**
 * Records, from before the page's own scripts, every text the layout progress bar shows,
 * and how many nodes the diagram held each time the bar appeared (the observer runs in
 * the task that shows the bar, so this is the diagram during the layout, however fast).
 */
async function recordProgress(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    const nodesWhenShown: number[] = [];
    const w = window as unknown as { __progress: string[]; __nodesWhenShown: number[] };
    w.__progress = seen;
    w.__nodesWhenShown = nodesWhenShown;
    let showing = false;
    new MutationObserver(() => {
      const text = document.querySelector('.layout-progress')?.textContent;
      if (text && !showing) nodesWhenShown.push(window.__cy?.nodes().length ?? 0);
      showing = !!text;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
const nodesWhenShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __nodesWhenShown: number[] }).__nodesWhenShown);

async function overlappingNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const boxes = (window.__cy?.nodes(':visible').toArray() ?? [])
      .filter((n) => !n.isParent())
      .map((n) => {
        const p = n.position();
        const w = Number(n.data('w')) / 2;
        const h = Number(n.data('h')) / 2;
        return { x1: p.x - w, x2: p.x + w, y1: p.y - h, y2: p.y + h };
      });
    let count = 0;
    boxes.forEach((b, i) => {
      for (const o of boxes.slice(i + 1))
        if (b.x1 < o.x2 - 1 && o.x1 < b.x2 - 1 && b.y1 < o.y2 - 1 && o.y1 < b.y2 - 1) count++;
    });
    return count;
  });
}

test('a graph of 800 entities is laid out in the background with progress, then drawn without overlaps', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await recordProgress(page);
  await page.goto('/?bench=800&therapy=tace,haic,targeted,immunotherapy');
  await waitForDiagram(page, 500, 30_000);
  await expect(page.locator('.layout-progress')).toHaveCount(0);
  const seen = await progressSeen(page);
  expect(seen[0]).toMatch(/^Laying out the diagram: 0 \/ \d+ blocks$/);
  const total = Number(seen[0].match(/\/ (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(5);
  // The count only goes up (React may paint several steps at once, or none before the bar goes).
  const done = seen.map((text) => Number(text.match(/: (\d+) \//)?.[1]));
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(Math.max(...done)).toBeLessThanOrEqual(total);
  // Every step counts against the same total: the blocks are planned once, before the first.
  expect(seen.map((text) => Number(text.match(/\/ (\d+)/)?.[1]))).toEqual(seen.map(() => total));
  // Every node has its own place, and the view frames them all.
  expect(await overlappingNodes(page)).toBe(0);
  const framed = await page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return false;
    const bb = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
    return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
  });
  expect(framed).toBe(true);
  // Below the size where drawing is simplified, no note says it is.
  await expect(page.getByText(/Large graph/)).toHaveCount(0);
});

test('while a large graph is laid out the page answers, and the last choice wins', async ({ page }) => {
  test.setTimeout(120_000);
  await recordProgress(page);
  await page.goto('/?bench=2000&therapy=tace');
  await waitForDiagram(page, 100, 30_000);
  const tace = await page.evaluate(() => window.__cy?.nodes().length ?? 0);
  // Three changes in a row, each starting a layout (a newer one cancels an older one); the
  // page takes each at once, however far the layout has got.
  await page.locator('input[data-therapy="haic"]').check();
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  await expect(page.getByRole('button', { name: '切换到英文' })).toBeVisible();
  await page.locator('input[data-therapy="targeted"]').check();
  await expect(page.locator('.layout-progress')).toHaveCount(0, { timeout: 60_000 });
  // While the first of them was laid out, the old diagram (TACE alone) stayed on screen.
  const shownAt = await nodesWhenShown(page);
  expect(shownAt[0]).toBe(0);
  expect(shownAt[1]).toBe(tace);
  const shown = await page.evaluate(() =>
    [...new Set((window.__cy?.nodes().toArray() ?? []).flatMap((n) => n.data('therapies') as string[]))].sort(),
  );
  expect(shown).toEqual(['haic', 'tace', 'targeted']);
  expect(await overlappingNodes(page)).toBe(0);
  expect((await progressSeen(page)).some((t) => t.startsWith('正在布局'))).toBe(true);
});

test('Re-layout of a large graph runs in the background too', async ({ page }) => {
  test.setTimeout(120_000);
  await recordProgress(page);
  await page.goto('/?bench=2000&therapy=tace,haic,targeted,immunotherapy');
  await waitForDiagram(page, 1000, 60_000);
  await expect(page.locator('.layout-progress')).toHaveCount(0);
  // Above 2,000 nodes the drawing is simplified while moving, and the page says so.
  await expect(page.getByText('Large graph: laid out in the background')).toBeVisible();
  // A selection outlines the entity and its neighbours without restyling the whole graph.
  const hub = await page.evaluate(
    () =>
      window.__cy
        ?.nodes()
        .toArray()
        .filter((n) => !n.isParent())
        .sort((a, b) => b.degree(false) - a.degree(false))[0]
        .id() ?? '',
  );
  // Zoomed in on it first, as a person would: at the fit of 2,000 nodes an entity is a dot.
  await page.evaluate((id) => {
    const cy = window.__cy;
    const node = cy?.getElementById(id);
    if (!cy || !node) return;
    cy.zoom(1);
    cy.center(node);
  }, hub);
  await clickNode(page, hub);
  await expect.poll(() => page.evaluate((id) => window.__cy?.getElementById(id).hasClass('focus'), hub)).toBe(true);
  expect(await page.evaluate(() => window.__cy?.$('.neighbour').length)).toBeGreaterThan(1);
  expect(await page.evaluate(() => window.__cy?.$('.faded, .quiet').length)).toBe(0);
  // Hide most of the graph, then lay out what is left.
  await page.locator('input[data-category="signalling"]').check();
  const left = await page.evaluate(() => window.__cy?.nodes(':visible').length ?? 0);
  expect(left).toBeGreaterThan(400);
  const before = await progressSeen(page);
  await page.getByRole('button', { name: 'Re-layout', exact: true }).click();
  await expect(page.locator('.layout-progress')).toHaveCount(0, { timeout: 60_000 });
  const after = await progressSeen(page);
  expect(after.length).toBeGreaterThan(before.length);
  expect(await overlappingNodes(page)).toBe(0);
});

test('when the layout worker cannot load, the diagram is laid out on the page instead', async ({ page }) => {
  test.setTimeout(90_000);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(/layout-worker/, (route) => route.abort());
  await page.goto('/?bench=800&therapy=tace,haic,targeted,immunotherapy');
  await waitForDiagram(page, 500, 30_000);
  await expect(page.locator('.layout-progress')).toHaveCount(0);
  expect(await overlappingNodes(page)).toBe(0);
  // The worker really failed, and the page said why in the console.
  expect(warnings.some((w) => w.includes('layout worker'))).toBe(true);
});
