/**
 * A large imported network stays usable: a generated .cyjs of 5,000 nodes and 10,000 edges
 * (the import benchmark's, seeded: scripts/bench/import-pathway.ts) opened through "Open
 * pathway…". Without groups it is one mechanism; it is drawn as parts of at most FRAME_MAX
 * entities (src/view/layout/frame-parts.ts), laid out in the workers, and opens as an
 * overview of closed frames. Before the split, dagre on its one frame of ~4,900 nodes had not
 * finished after 3 minutes.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generatePathwayCyjs } from '../../scripts/bench/import-pathway';
import { FRAME_MAX } from '../../src/view/layout/layout-options';
import { expect, search, suggestions, test, waitForDiagram } from './fixtures';

/**
 * The bound for import → diagram drawn. On this project's machine it takes 2.5–5 s (4.7 s
 * with the machine at load 7, npm run bench's row); the bound leaves room for a busy CI
 * machine while still failing a layout that blocks as before.
 */
const DRAWN_WITHIN_MS = 30_000;
/** A click on a control must answer within this (ms) while the layout runs and after it. */
const ANSWER_WITHIN_MS = 1_000;

/** Frames that are parts of a split mechanism, as the view holds them (closed or open). */
const parts = (page: Page) =>
  page.evaluate(() =>
    (window.__cy?.nodes('.frame').filter((f) => f.data('part') !== undefined) ?? []).map((f) => ({
      id: f.id(),
      title: String(f.data('title')),
      part: Number(f.data('part')),
      parts: Number(f.data('parts')),
      count: Number(f.data('count')),
    })),
  );

/** Milliseconds from a click to what it changes being seen. */
async function answerTime(click: () => Promise<unknown>, seen: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await click();
  await seen();
  return Date.now() - started;
}

/** Pairs of overlapping boxes among the drawn nodes: entities, and closed frames (boxes of their own). */
function overlapsOnDiagram(page: Page) {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return { entities: -1, frames: -1 };
    const box = (n: { boundingBox: (o: object) => { x1: number; y1: number; x2: number; y2: number } }) =>
      n.boundingBox({ includeLabels: false, includeOverlays: false });
    const count = (boxes: Array<{ x1: number; y1: number; x2: number; y2: number }>) => {
      let pairs = 0;
      boxes.forEach((b, i) => {
        for (const o of boxes.slice(i + 1))
          if (b.x1 < o.x2 - 1 && o.x1 < b.x2 - 1 && b.y1 < o.y2 - 1 && o.y1 < b.y2 - 1) pairs++;
      });
      return pairs;
    };
    return {
      entities: count(
        cy
          .nodes('[entity]')
          .filter((n) => n.visible())
          .map(box),
      ),
      frames: count(
        cy
          .nodes('.frame.closed')
          .filter((n) => n.visible())
          .map(box),
      ),
    };
  });
}

test.describe('a large imported network', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('5,000 nodes and 10,000 edges: drawn in parts, searched, re-laid out, the page answering throughout', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const file = testInfo.outputPath('generated-5000.cyjs');
    writeFileSync(file, generatePathwayCyjs(5000, 10_000, 1));
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.evaluate(() => {
      const w = window as unknown as { __layoutStops: number };
      w.__layoutStops = 0;
      window.__cy?.on('layoutstop', () => {
        w.__layoutStops++;
      });
    });

    const started = Date.now();
    await page.locator('[data-pathway-file]').setInputFiles(file);
    // While the layout runs in the workers, the report (open by itself) answers a click.
    const progress = page.locator('.layout-progress');
    const report = page.locator('dialog.import-report');
    // The report opens once the file is read; the layout starts in the workers about then.
    await expect(report).toBeVisible({ timeout: DRAWN_WITHIN_MS });
    await progress.waitFor({ timeout: 5_000 }).catch(() => {});
    const changed = report.getByRole('radio', { name: /^Changed/ });
    if (await progress.isVisible()) {
      const ms = await answerTime(
        () => changed.check(),
        () => expect(changed).toBeChecked(),
      );
      testInfo.annotations.push({ type: 'click during layout', description: `${ms} ms` });
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
    } else testInfo.annotations.push({ type: 'click during layout', description: 'the layout was done first' });

    await expect.poll(async () => (await parts(page)).length, { timeout: DRAWN_WITHIN_MS }).toBeGreaterThan(0);
    const drawnMs = Date.now() - started;
    testInfo.annotations.push({ type: 'import → diagram', description: `${drawnMs} ms` });
    expect(drawnMs).toBeLessThan(DRAWN_WITHIN_MS);

    // Parts of at most FRAME_MAX entities, numbered 1…n, titled with the pathway and a landmark.
    const all = await parts(page);
    expect(all.length).toBeGreaterThan(4900 / FRAME_MAX);
    expect(all.map((p) => p.part).sort((a, b) => a - b)).toEqual(all.map((_, i) => i + 1));
    for (const p of all) {
      expect(p.parts).toBe(all.length);
      expect(p.count).toBeLessThanOrEqual(FRAME_MAX);
      expect(p.title).toMatch(
        new RegExp(`^generated · part ${p.part} of ${all.length}(, around \\S+|: small pieces)$`),
      );
    }
    // Every entity is in a frame, and an entity of the pathway in exactly one part: the closed
    // frames (the parts and TACE's) hold as many entities as the diagram says it shows.
    const members = (selector: string) =>
      page.evaluate(
        (s) => (window.__cy?.nodes(s).toArray() ?? []).flatMap((f) => f.data('members') as string[]),
        selector,
      );
    const inParts = await members('.frame.closed[part]');
    expect(new Set(inParts).size).toBe(inParts.length);
    const counts = await page.locator('.canvas-wrap .counts').textContent();
    const shown = Number(counts?.match(/(\d+) entities/)?.[1]);
    expect(new Set(await members('.frame.closed')).size).toBe(shown);
    expect(shown).toBeGreaterThan(4900);

    // After the layout: the report closes at once.
    const close = report.getByRole('button', { name: 'Close' });
    const closeMs = await answerTime(
      () => close.click(),
      () => expect(report).toBeHidden(),
    );
    expect(closeMs).toBeLessThan(ANSWER_WITHIN_MS);
    await page.waitForTimeout(800);
    expect((await overlapsOnDiagram(page)).frames).toBe(0);
    await page.screenshot({ path: testInfo.outputPath('large-cyjs-fit.png') });

    // Search an entity of it (part 1's landmark): its frames open and it is focused, readable.
    const first = all.find((p) => p.part === 1);
    const hub = first?.title.split(', around ')[1] ?? '';
    expect(hub).not.toBe('');
    await search(page, hub);
    const searchStarted = Date.now();
    await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
    await expect
      .poll(
        () =>
          page.evaluate(
            (label) =>
              window.__cy
                ?.nodes('[entity]')
                .filter((n) => n.data('label') === label && n.hasClass('focus'))
                .nonempty() ?? false,
            hub,
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    testInfo.annotations.push({ type: 'search and focus', description: `${Date.now() - searchStarted} ms` });
    await page.waitForTimeout(900);
    const seen = await page.evaluate((label) => {
      const cy = window.__cy;
      const node = cy?.nodes('[entity]').filter((n) => n.data('label') === label)[0];
      if (!cy || !node) return null;
      const p = node.renderedPosition();
      const frame = node.parent();
      return {
        inView: p.x > 0 && p.x < cy.width() && p.y > 0 && p.y < cy.height(),
        labelPx: cy.zoom() * Number(node.style('font-size').replace('px', '')),
        titlePx: cy.zoom() * Number(frame.data('titleSize')),
        frameOpen: !frame.is('.closed'),
      };
    }, hub);
    expect(seen).toMatchObject({ inView: true, frameOpen: true });
    expect(seen?.labelPx).toBeGreaterThanOrEqual(10);
    expect(seen?.titlePx).toBeGreaterThanOrEqual(10);
    expect((await overlapsOnDiagram(page)).entities).toBe(0);
    await page.screenshot({ path: testInfo.outputPath('large-cyjs-part.png') });

    // Re-layout: done in the workers, a control answering meanwhile (one that does not redraw
    // the diagram: a redraw of hundreds of open entities is Cytoscape's own cost, not a block).
    const stops = () => page.evaluate(() => (window as unknown as { __layoutStops: number }).__layoutStops);
    const before = await stops();
    const relayoutStarted = Date.now();
    await page.getByRole('button', { name: 'Re-layout', exact: true }).click();
    const animate = page.getByRole('checkbox', { name: 'Animate' });
    const toggleMs = await answerTime(
      () => animate.uncheck(),
      () => expect(animate).not.toBeChecked(),
    );
    testInfo.annotations.push({ type: 'click during Re-layout', description: `${toggleMs} ms` });
    expect(toggleMs).toBeLessThan(ANSWER_WITHIN_MS);
    await animate.check();
    await expect.poll(stops, { timeout: DRAWN_WITHIN_MS }).toBeGreaterThan(before);
    testInfo.annotations.push({ type: 'Re-layout', description: `${Date.now() - relayoutStarted} ms` });
    expect((await parts(page)).length).toBe(all.length);

    // Nothing else was lost: the suggestions still find it after the new layout.
    await search(page, hub);
    await expect(suggestions(page).first()).toContainText(hub);
  });
});
