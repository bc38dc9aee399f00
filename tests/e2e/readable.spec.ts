/**
 * What a person can read: every label drawn on the canvas, measured as zoom × font size
 * in screen pixels, at the default fit of every view and after every camera move the app
 * makes (search, paths, "why shared", frames, story steps, present mode). The rule
 * (src/view/camera.ts, src/view/label-zoom.ts): entity labels are drawn only at 10 px or
 * more; when they are not drawn at fit, the mechanism frames' titles read at 14 px or
 * more; what the app shows on request lands at 12 px, or fitted at 10 px or more.
 */
import type { Page } from '@playwright/test';
import { clickNode, expect, search, suggestions, test, waitForDiagram } from './fixtures';

interface Reading {
  zoom: number;
  visible: number;
  drawn: number;
  smallestLabel: number;
  frames: number;
  smallestTitle: number;
  smallestEdgeLabel: number;
}

/** The on-screen size of everything drawn, read through Cytoscape's public API. */
function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('no diagram');
    const zoom = cy.zoom();
    const px = (e: { style: (name: string) => string }) => Number.parseFloat(e.style('font-size')) * zoom;
    const entities = cy.nodes('[entity]').filter((n) => n.visible());
    const drawn = entities.filter((n) => !n.hasClass('unlabelled') && String(n.data('label') ?? '') !== '');
    const frames = cy.nodes('.frame').filter((f) => f.visible());
    const edgeLabels = cy
      .edges()
      .filter((e) => e.visible() && !e.hasClass('unlabelled') && String(e.data('site') ?? '') !== '');
    const min = (xs: number[]) => (xs.length ? Math.min(...xs) : Number.POSITIVE_INFINITY);
    return {
      zoom,
      visible: entities.length,
      drawn: drawn.length,
      smallestLabel: min(drawn.map(px)),
      frames: frames.length,
      smallestTitle: min(frames.map(px)),
      smallestEdgeLabel: min(edgeLabels.map(px)),
    };
  });
}

/** Waits until the camera and the titles have stopped changing, then reads. */
async function settled(page: Page): Promise<Reading> {
  let last = '';
  let reading = await read(page);
  await expect
    .poll(
      async () => {
        reading = await read(page);
        const key = JSON.stringify(reading);
        const same = key === last;
        last = key;
        return same;
      },
      { intervals: [150, 150, 250, 400], timeout: 8_000, message: 'the camera settles' },
    )
    .toBe(true);
  return reading;
}

/** The fit rule: labels drawn are ≥ 10 px, and where entity labels are not drawn, titles are ≥ 14 px. */
function expectReadableAtFit(r: Reading, what: string) {
  expect(r.visible, `${what}: something is drawn`).toBeGreaterThan(0);
  expect(r.smallestLabel, `${what}: entity labels drawn (zoom ${r.zoom.toFixed(3)})`).toBeGreaterThanOrEqual(10);
  expect(r.smallestEdgeLabel, `${what}: edge labels drawn`).toBeGreaterThanOrEqual(10);
  if (r.drawn < r.visible) {
    expect(r.frames, `${what}: frames name the clusters when labels are hidden`).toBeGreaterThan(0);
    expect(r.smallestTitle, `${what}: frame titles (zoom ${r.zoom.toFixed(3)})`).toBeGreaterThanOrEqual(14);
  }
}

const VIEWS: Array<[string, string]> = [
  ['TACE', '/?therapy=tace'],
  ['HAIC', '/?therapy=haic'],
  ['targeted therapy', '/?therapy=targeted'],
  ['immunotherapy', '/?therapy=immunotherapy'],
  ['immunotherapy in Chinese', '/?therapy=immunotherapy&lang=zh'],
  ['the four single therapies', '/?therapy=tace,haic,targeted,immunotherapy'],
  ['TACE + immunotherapy in Compare', '/?therapy=tace,immunotherapy&panel=compare'],
];

for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
]) {
  test.describe(`at ${w}×${h}`, () => {
    test.use({ viewport: { width: w, height: h } });

    test('every view reads at its default fit: labels at 10 px or more, or frame titles at 14 px or more', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      for (const [name, url] of VIEWS) {
        await page.goto(url);
        await waitForDiagram(page);
        expectReadableAtFit(await settled(page), name);
      }
    });
  });
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('one click on a frame opens its mechanism with entity labels at 12 px or more', async ({ page }) => {
    await page.goto('/?therapy=immunotherapy');
    await waitForDiagram(page);
    await settled(page);
    // Click inside the frame's padding, where no entity is.
    const point = await page.evaluate(() => {
      const cy = window.__cy;
      const frame = cy?.getElementById('frame:immuno-hsc-tgfb');
      if (!cy || !frame || frame.empty()) return null;
      const rect = (cy.container() as HTMLElement).getBoundingClientRect();
      const b = frame.renderedBoundingBox({ includeLabels: false });
      return { x: rect.left + b.x1 + 4, y: rect.top + b.y2 - 4 };
    });
    expect(point, 'the frame is drawn').not.toBeNull();
    if (!point) return;
    await page.mouse.click(point.x, point.y);
    const r = await settled(page);
    expect(r.drawn, 'entity labels are drawn').toBeGreaterThan(0);
    expect(r.smallestLabel).toBeGreaterThanOrEqual(12);
    await expect(
      page.getByRole('heading', { level: 2, name: /stellate cells, TGF-β and T-cell exhaustion/ }),
    ).toBeVisible();
    expect(page.url()).toContain('mechanism=immuno-hsc-tgfb');
  });

  /** After a camera move to `entity`: labels at 12 px, or at 10 px when its neighbourhood cannot fit at 12. */
  async function expectFocused(page: Page, entity: string, what: string) {
    const r = await settled(page);
    expect(r.drawn, `${what}: labels are drawn`).toBeGreaterThan(0);
    expect(r.smallestLabel, `${what}: labels`).toBeGreaterThanOrEqual(10);
    const inView = await page.evaluate((id) => {
      const cy = window.__cy;
      const n = cy?.nodes().filter((x) => x.data('entity') === id && x.visible());
      if (!cy || !n || n.empty()) return false;
      const p = n[0].renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    }, entity);
    expect(inView, `${what}: the entity is in view`).toBe(true);
    if (r.smallestLabel < 12) {
      // Only allowed when the neighbourhood does not fit at 12 px.
      const fitsAt12 = await page.evaluate((id) => {
        const cy = window.__cy;
        if (!cy) return true;
        const around = cy
          .nodes()
          .filter((x) => x.data('entity') === id)
          .closedNeighborhood()
          .nodes()
          .filter((x) => x.visible() && !x.isParent());
        const b = around.boundingBox({ includeLabels: false });
        const zoom = 12 / 13;
        return b.w * zoom <= cy.width() - 96 && b.h * zoom <= cy.height() - 96;
      }, entity);
      expect(fitsAt12, `${what}: below 12 px although it fits at 12 px`).toBe(false);
    }
  }

  for (const [text, entity, url] of [
    ['缺氧', 'hypoxia', '/?therapy=tace'],
    ['PD-L1', 'cd274', '/?therapy=immunotherapy'],
    ['PRMT3', 'prmt3', '/?therapy=haic'],
  ] as const) {
    test(`searching ${text} lands readable`, async ({ page }) => {
      await page.goto(url);
      await waitForDiagram(page);
      await settled(page);
      await search(page, text);
      await suggestions(page).first().click();
      await expectFocused(page, entity, `search ${text}`);
    });
  }

  test('a path is framed readable', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=paths&from=hypoxia&to=autophagy');
    await waitForDiagram(page);
    const r = await settled(page);
    expect(r.drawn, 'labels are drawn').toBeGreaterThan(0);
    expect(r.smallestLabel).toBeGreaterThanOrEqual(10);
  });

  test('a Compare set too spread to read at once is shown readable with a tour along it', async ({ page }) => {
    await page.goto('/?therapy=tace,immunotherapy&panel=compare&set=tace%2Bimmunotherapy');
    await waitForDiagram(page);
    const first = await settled(page);
    expect(first.drawn, 'labels are drawn').toBeGreaterThan(0);
    expect(first.smallestLabel).toBeGreaterThanOrEqual(10);
    const tour = page.getByRole('navigation', { name: 'Pan along what is highlighted' });
    await expect(tour).toContainText('1 / 4');
    const centreEntity = () =>
      page.evaluate(() => {
        const cy = window.__cy;
        if (!cy) return '';
        const c = { x: cy.width() / 2, y: cy.height() / 2 };
        const near = cy
          .nodes('[entity]')
          .filter((n) => n.visible())
          .toArray()
          .map((n) => ({ n, p: (n as unknown as { renderedPosition(): { x: number; y: number } }).renderedPosition() }))
          .sort((a, b) => Math.hypot(a.p.x - c.x, a.p.y - c.y) - Math.hypot(b.p.x - c.x, b.p.y - c.y))[0]?.n;
        return near ? String(near.data('entity')) : '';
      });
    await tour.getByRole('button', { name: 'Next highlighted entity' }).click();
    await expect(tour).toContainText('2 / 4');
    const second = await settled(page);
    expect(second.zoom).toBeCloseTo(first.zoom, 6);
    const label = (await tour.locator('span').textContent())?.split(': ')[1]?.trim() ?? '';
    const id = await centreEntity();
    const shown = await page.evaluate((entity) => window.__cy?.nodes(`[entity = "${entity}"]`)[0]?.data('label'), id);
    expect(String(shown).replace(/\n/g, ' ')).toBe(label);
  });

  test('"Why shared: STAT3" lands readable', async ({ page }) => {
    await page.goto('/?therapy=tace,immunotherapy&panel=compare');
    await waitForDiagram(page);
    await settled(page);
    await page.getByRole('button', { name: 'STAT3', exact: true }).first().click();
    await expect(page.getByRole('heading', { name: /Why shared: STAT3/ })).toBeVisible();
    await expectFocused(page, 'stat3', 'why shared STAT3');
  });

  test('a clicked entity stays in view when its details open beside the diagram', async ({ page }) => {
    await page.goto('/?therapy=haic');
    await waitForDiagram(page);
    await settled(page);
    await clickNode(page, 'prmt3');
    await expect(page.getByRole('heading', { level: 2, name: 'PRMT3' })).toBeVisible();
    const after = await settled(page);
    expectReadableAtFit(after, 'after the click');
    const inView = await page.evaluate(() => {
      const cy = window.__cy;
      const p = cy?.getElementById('prmt3').renderedPosition();
      return !!cy && !!p && p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    });
    expect(inView).toBe(true);
  });
});

test.describe('every story step', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const present of [false, true]) {
    test(`${present ? 'in present mode ' : ''}lands readable`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/');
      await waitForDiagram(page);
      const stories = await page
        .getByRole('combobox', { name: 'Story' })
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(stories.length).toBeGreaterThan(20);
      const stepOf = () => Number(new URL(page.url()).searchParams.get('step'));
      for (const id of stories) {
        await page.goto(`/?story=${id}&step=1${present ? '&present=1' : ''}`);
        await waitForDiagram(page);
        for (let step = 1; ; step++) {
          await expect.poll(stepOf).toBe(step);
          const r = await settled(page);
          expect(r.drawn, `${id} step ${step}: labels drawn`).toBeGreaterThan(0);
          expect(r.smallestLabel, `${id} step ${step}`).toBeGreaterThanOrEqual(10);
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(100);
          if (stepOf() === step) break;
        }
      }
    });
  }
});
