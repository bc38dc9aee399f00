/**
 * Arrangements that stay: a node dragged with the mouse is where it was dropped after a
 * reload, Reset arrangement brings back the automatic layout, the figure export draws the
 * arrangement, "Save arrangement as file" downloads a layout file, and with IndexedDB
 * blocked the diagram is still drawn and dragged, with one warning and no error.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, nodeOnPage, test, waitForDiagram } from './fixtures';

type Point = { x: number; y: number };

/** Waits until the camera stops moving (a fit may animate), so rendered positions hold. */
async function settle(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => JSON.stringify([window.__cy?.zoom(), window.__cy?.pan()]));
        const same = now === last;
        last = now;
        return same;
      },
      { message: 'the camera settles', intervals: [150] },
    )
    .toBe(true);
}

/** A node of the TACE diagram that is not a frame, drawn well inside the canvas. */
async function pickNode(page: Page): Promise<string> {
  await settle(page);
  const id = await page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return null;
    const inside = cy.nodes().filter((n) => {
      if (n.isParent() || n.id().startsWith('frame:') || !n.visible()) return false;
      const p = n.renderedPosition();
      return p.x > 150 && p.y > 150 && p.x < cy.width() - 150 && p.y < cy.height() - 150;
    });
    return inside.nonempty() ? inside[0].id() : null;
  });
  if (!id) throw new Error('no node inside the canvas to drag');
  return id;
}

async function position(page: Page, id: string): Promise<Point> {
  return page.evaluate((nodeId) => {
    const p = window.__cy?.getElementById(nodeId).position();
    return { x: p?.x ?? Number.NaN, y: p?.y ?? Number.NaN };
  }, id);
}

/** Drags a node with the mouse by (dx, dy) screen pixels, as a person would. */
async function drag(page: Page, id: string, dx: number, dy: number) {
  const from = await nodeOnPage(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 6 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 6 });
  await page.mouse.up();
}

/**
 * Where the automatic layout puts a node for the canvas as it is now: Re-layout's answer.
 * (The first layout of a page can be made while the canvas still settles, so it is not
 * the reference; Re-layout gives the same answer every time.)
 */
async function automaticPosition(page: Page, id: string): Promise<Point> {
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await settle(page);
  return position(page, id);
}

/** Opens the toolbar's Arrangement disclosure (a drag on the canvas closes it). */
async function openArrangement(page: Page) {
  const menu = page.locator('details.arrangement-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

const near = (a: Point, b: Point, within = 3) => Math.abs(a.x - b.x) <= within && Math.abs(a.y - b.y) <= within;

async function expectAt(page: Page, id: string, where: Point, message: string) {
  await expect.poll(async () => near(await position(page, id), where), { message, timeout: 5_000 }).toBe(true);
}

test('a dragged node stays where it was dropped across a reload, until Reset', async ({ page }, testInfo) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  const reset = page.getByRole('button', { name: 'Reset arrangement' });
  await openArrangement(page);
  await expect(reset).toBeDisabled();
  // Closed again, so that its panel covers none of the diagram.
  await page.keyboard.press('Escape');
  const id = await pickNode(page);
  const automatic = await automaticPosition(page, id);
  const zoom = await page.evaluate(() => window.__cy?.zoom() ?? 1);

  await drag(page, id, 120, 70);
  const dropped = await position(page, id);
  // The node moved with the mouse (screen pixels over the zoom, in diagram units).
  expect(near(dropped, { x: automatic.x + 120 / zoom, y: automatic.y + 70 / zoom }, 8)).toBe(true);
  await openArrangement(page);
  await expect(reset).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('after-drag.png') });

  // The figure export draws the node where it is now, relative to the rest.
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('form', { name: 'Export the diagram as a figure' });
  await menu.getByRole('radio', { name: 'SVG (vector, editable text)' }).check();
  const [figure] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download' }).click(),
  ]);
  const svg = readFileSync(await figure.path(), 'utf8');
  const centres = await page.evaluate(() =>
    Object.fromEntries(
      (window.__cy?.nodes().toArray() ?? [])
        .filter((n) => !n.isParent())
        .map((n) => [n.id().replace('@', '_'), n.position()]),
    ),
  );
  const drawn = new Map<string, number>();
  for (const m of svg.matchAll(/<g id="node-([^"]+)"[^>]*>.*?<tspan x="([-\d.]+)"/gs)) drawn.set(m[1], Number(m[2]));
  const others = [...drawn.keys()].filter((k) => k !== id.replace('@', '_') && centres[k]);
  const [a, b] = [others[0], others.find((k) => Math.abs(centres[k].x - centres[others[0]].x) > 50) as string];
  const scale = ((drawn.get(b) as number) - (drawn.get(a) as number)) / (centres[b].x - centres[a].x);
  const predicted = (drawn.get(a) as number) + scale * (dropped.x - centres[a].x);
  expect(Math.abs((drawn.get(id.replace('@', '_')) as number) - predicted)).toBeLessThan(2);
  await page.keyboard.press('Escape');

  await page.reload();
  await waitForDiagram(page);
  await expectAt(page, id, dropped, 'after a reload the node is where it was dropped');
  await openArrangement(page);
  await expect(reset).toBeEnabled();

  // The arrangement downloads as a layout file of this view.
  await openArrangement(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save arrangement as file' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('tace-tb.json');
  const layout = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(layout.view).toEqual({ therapies: ['tace'], withComponents: true, direction: 'TB' });
  expect(near(layout.positions[id], dropped, 0.1)).toBe(true);
  expect(Object.keys(layout.positions).some((k) => k.startsWith('frame:'))).toBe(false);

  await openArrangement(page);
  await reset.click();
  await expectAt(page, id, automatic, 'Reset brings back the automatic position');
  await openArrangement(page);
  await expect(reset).toBeDisabled();
  await page.reload();
  await waitForDiagram(page);
  await page.waitForTimeout(300);
  await openArrangement(page);
  await expect(reset).toBeDisabled();
  expect(near(await automaticPosition(page, id), automatic)).toBe(true);
});

test('with IndexedDB blocked the diagram is drawn and dragged, with one warning and no error', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new Error('blocked');
      },
    });
  });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('arrangements')) warnings.push(m.text());
  });
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  const id = await pickNode(page);
  const automatic = await automaticPosition(page, id);
  await drag(page, id, -90, 60);
  const dropped = await position(page, id);
  expect(near(dropped, automatic)).toBe(false);
  // Kept for the page: switching the layout direction and back draws it where it was dropped.
  await page.getByRole('radio', { name: 'Left to right' }).check();
  await page.getByRole('radio', { name: 'Top to bottom' }).check();
  await expectAt(page, id, dropped, 'the arrangement lasts while the page is open');
  await openArrangement(page);
  await expect(page.getByText('This browser cannot keep it')).toBeVisible();
  await page.getByRole('button', { name: 'Reset arrangement' }).click();
  await expectAt(page, id, automatic, 'Reset works without storage');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/cannot be kept in this browser \(blocked\)/);
});

test('dragging a mechanism frame moves its members, and they stay moved', async ({ page }) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  await settle(page);
  // A point on a frame's body where the frame itself is what a press grabs: on none of its
  // members and on no relation drawn across it (Cytoscape's own hit test decides).
  const grip = await page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return null;
    const hit = (
      cy as unknown as {
        renderer(): {
          findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | undefined;
        };
      }
    ).renderer();
    const rect = (cy.container() as HTMLElement).getBoundingClientRect();
    const pan = cy.pan();
    const zoom = cy.zoom();
    for (const frame of cy.nodes(':parent').toArray()) {
      const bb = frame.renderedBoundingBox({ includeLabels: false });
      for (let x = bb.x1 + 4; x < bb.x2 - 4; x += 3)
        for (let y = bb.y1 + 4; y < bb.y2 - 4; y += 3) {
          const under = hit.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
          if (under?.id() === frame.id())
            return { frame: frame.id(), member: frame.children()[0].id(), x: rect.left + x, y: rect.top + y };
        }
    }
    return null;
  });
  if (!grip) throw new Error('no frame with room to grab');
  const before = await position(page, grip.member);
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 40, grip.y + 30, { steps: 6 });
  await page.mouse.move(grip.x + 80, grip.y + 60, { steps: 6 });
  await page.mouse.up();
  const moved = await position(page, grip.member);
  expect(near(moved, before)).toBe(false);
  await page.reload();
  await waitForDiagram(page);
  await expectAt(page, grip.member, moved, "after a reload the frame's member is where the frame took it");
});

test('the arrangement controls have names in Chinese', async ({ page }) => {
  await page.goto('/?therapy=tace&lang=zh');
  await waitForDiagram(page);
  await page.locator('details.arrangement-menu summary').click();
  await expect(page.locator('details.arrangement-menu summary')).toHaveText('排布');
  await expect(page.getByRole('button', { name: '重置排布' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '将排布保存为文件' })).toBeEnabled();
});
