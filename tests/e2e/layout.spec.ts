import type { Page } from '@playwright/test';
import { expect, test, waitForDiagram } from './fixtures';

async function regions(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    return {
      header: box('.header'),
      sidebar: box('.sidebar'),
      diagram: box('.canvas-wrap'),
      legend: box('.legend'),
      right: box('.right'),
      viewport: { x: 0, y: 0, w: window.innerWidth, h: window.innerHeight },
      scroll: { w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight },
    };
  });
}

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
]) {
  test(`at ${w}×${h} the panels do not overlap and the legend is visible`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/?therapy=tace,haic');
    await waitForDiagram(page);
    const r = await regions(page);
    const parts = ['header', 'sidebar', 'diagram', 'legend', 'right'] as const;
    for (const p of parts) expect(r[p], p).not.toBeNull();
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        expect(overlap(r[parts[i]] as Box, r[parts[j]] as Box), `${parts[i]} overlaps ${parts[j]}`).toBe(false);
      }
    }
    expect(r.scroll.w).toBeLessThanOrEqual(w);
    const legend = r.legend as Box;
    expect(legend.y + legend.h).toBeLessThanOrEqual(h);
    expect((r.diagram as Box).h).toBeGreaterThan(h * 0.45);
  });
}
