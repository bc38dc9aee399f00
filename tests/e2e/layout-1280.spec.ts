/**
 * The right panel at 1280×720, as a new user on a laptop sees it, in English and Chinese:
 * no sideways scroll on any tab, the tab strip inside the panel, no table column cut, list
 * bullets beside the first line of a wrapped entry, relation buttons that say which
 * relation, and skip links that reach the diagram and the panels from the keyboard.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { STRINGS } from '../../src/i18n/strings';
import { expect, test, waitForDiagram } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const TABS = ['details', 'relations', 'paths', 'compare', 'table'] as const;
type Tab = (typeof TABS)[number];

/** A view that fills each tab with its widest content. */
const VIEW: Record<Tab, string> = {
  details: 'therapy=tace&entity=hif1a',
  relations: 'therapy=tace',
  paths: 'therapy=tace&from=hypoxia&to=autophagy',
  compare: 'therapy=tace,haic,targeted',
  table: 'therapy=tace',
};

async function openPanel(page: Page) {
  const toggle = page.locator('.right > .panel-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.locator('#right-panel')).toBeVisible();
}

async function shoot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.locator('.right').screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** Horizontal overflow of the panel and its scrolling tab panel, and where the tab strip sits. */
async function panelGeometry(page: Page) {
  return page.evaluate(() => {
    const right = document.querySelector<HTMLElement>('.right');
    const panel = document.querySelector<HTMLElement>('.tabpanel');
    const tabs = document.querySelector<HTMLElement>('.tabs');
    if (!right || !panel || !tabs) throw new Error('the right panel is not rendered');
    const r = right.getBoundingClientRect();
    const t = tabs.getBoundingClientRect();
    return {
      rightScrollLeft: right.scrollLeft,
      rightOverflow: right.scrollWidth - right.clientWidth,
      panelScrollLeft: panel.scrollLeft,
      panelOverflow: panel.scrollWidth - panel.clientWidth,
      tabsInside: t.left >= r.left - 0.5 && t.right <= r.right + 0.5,
      // Every tab label on one line (a wrapped "Tabl / 1" is taller than the strip's row).
      tabHeights: [...tabs.querySelectorAll<HTMLElement>('[role="tab"]')].map((b) => b.getBoundingClientRect().height),
    };
  });
}

/** Cells of the tables in the tab panel that stick out of the panel or out of their own box. */
async function clippedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.tabpanel');
    if (!panel) return ['no tab panel'];
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    for (const cell of panel.querySelectorAll<HTMLElement>('table th, table td')) {
      const r = cell.getBoundingClientRect();
      if (r.width === 0) continue;
      const text = (cell.textContent ?? '').trim().slice(0, 30);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`outside the panel: ${text}`);
      if (cell.scrollWidth > cell.clientWidth + 1) out.push(`content wider than its cell: ${text}`);
    }
    return out;
  });
}

for (const language of ['en', 'zh'] as const) {
  const s = STRINGS[language];
  const lang = language === 'zh' ? '&lang=zh' : '';

  for (const tab of TABS) {
    test(`${language}: the ${tab} tab fits the right panel, which never scrolls sideways`, async ({ page }, info) => {
      await page.goto(`/?${VIEW[tab]}&panel=${tab}${lang}`);
      await waitForDiagram(page);
      await openPanel(page);
      // Clicking the tab (and focusing it from the keyboard) must not move the panel.
      await page.locator(`#tab-${tab}`).click();
      await page.locator(`#tab-${tab}`).focus();
      await expect(page.locator(`#tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
      if (tab === 'compare') {
        await page.locator('.shared-matrix tbody button').first().click();
        await expect(page.locator('.why-shared')).toBeVisible();
      }
      if (tab === 'table') await expect(page.locator('.response-table')).toBeVisible();
      if (tab === 'relations') await expect(page.locator('.relations-table tbody tr').first()).toBeVisible();
      const g = await panelGeometry(page);
      expect(g.rightScrollLeft, 'the panel is scrolled sideways').toBe(0);
      expect(g.rightOverflow, 'the panel is wider than its box').toBeLessThanOrEqual(0);
      expect(g.panelScrollLeft).toBe(0);
      expect(g.panelOverflow, 'the tab panel scrolls sideways').toBeLessThanOrEqual(0);
      expect(g.tabsInside, 'the tab strip lies within the panel').toBe(true);
      const one = Math.min(...g.tabHeights);
      for (const h of g.tabHeights) expect(h, 'a tab label wrapped onto two lines').toBeLessThan(one * 1.3);
      expect(await clippedCells(page)).toEqual([]);
      await shoot(page, info, `${language}-${tab}`);
      // Further down the panel (the rest of the table, the why-shared lists) is checked too.
      await page.locator('.tabpanel').evaluate((e) => {
        e.scrollTop = 450;
      });
      expect((await panelGeometry(page)).rightScrollLeft).toBe(0);
      expect(await clippedCells(page)).toEqual([]);
      await shoot(page, info, `${language}-${tab}-further`);
    });
  }

  test(`${language}: list bullets sit beside the first line of a wrapped entry`, async ({ page }) => {
    const lists: Array<[string, string]> = [
      [`therapy=tace,haic,targeted&panel=compare${lang}`, '.why-shared li'],
      [`therapy=tace&entity=hif1a${lang}`, '.relation-list > li'],
      [`therapy=tace&from=hypoxia&to=autophagy&panel=paths${lang}`, '.steps > li'],
    ];
    let wrapped = 0;
    for (const [view, selector] of lists) {
      await page.goto(`/?${view}`);
      await waitForDiagram(page);
      await openPanel(page);
      if (selector.startsWith('.why-shared')) await page.locator('.shared-matrix tbody button').first().click();
      await expect(page.locator(selector).first()).toBeVisible();
      const items = await page.locator(selector).evaluateAll((lis) =>
        lis.map((li) => {
          // The bullet is drawn on the baseline of the item's first line box. A zero-width
          // probe put first in the item sits on that same line: compare it with the first
          // character of the item's text.
          const probe = document.createElement('span');
          probe.textContent = '\u200b';
          li.prepend(probe);
          const p = probe.getBoundingClientRect();
          probe.remove();
          const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, {
            acceptNode: (n) => ((n.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
          });
          const text = walker.nextNode();
          if (!text) return null;
          const range = document.createRange();
          const offset = (text.textContent ?? '').search(/\S/);
          range.setStart(text, offset);
          range.setEnd(text, offset + 1);
          const c = range.getBoundingClientRect();
          const link = li.querySelector('button');
          const lineHeight = parseFloat(getComputedStyle(li).lineHeight) || c.height;
          return {
            text: (li.textContent ?? '').slice(0, 40),
            probeMiddle: p.top + p.height / 2,
            charTop: c.top,
            charBottom: c.bottom,
            linkWraps: link ? link.getBoundingClientRect().height > lineHeight * 1.5 : false,
          };
        }),
      );
      for (const item of items) {
        if (!item) continue;
        if (item.linkWraps) wrapped++;
        expect(
          item.probeMiddle >= item.charTop - 2 && item.probeMiddle <= item.charBottom + 2,
          `the bullet of "${item.text}" is beside its first line`,
        ).toBe(true);
      }
    }
    // The check means something only if some entry wraps.
    expect(wrapped, 'entries whose link wraps onto a second line').toBeGreaterThan(0);
  });

  test(`${language}: each relations-table button names its relation`, async ({ page }) => {
    await page.goto(`/?therapy=tace&panel=relations${lang}`);
    await waitForDiagram(page);
    await openPanel(page);
    const buttons = page.locator('.relations-table tbody').getByRole('rowheader').getByRole('button');
    await expect(buttons.first()).toBeVisible();
    const names = (await buttons.allTextContents()).map((n) => n.replace(/\s+/g, ' ').trim());
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size, 'relation buttons with the same name').toBe(names.length);
    // Each name is the statement: source, verb and target, as the row's cells in the copy say.
    const firstRow = page.locator('.relations-table tbody tr').first();
    const name = names[0] ?? '';
    const ends = await firstRow.locator('.relation-end').allTextContents();
    expect(ends).toHaveLength(2);
    for (const end of ends) expect(name).toContain(end);
    await expect(firstRow.getByRole('rowheader').getByRole('button', { name, exact: true })).toBeVisible();
  });

  test(`${language}: the first Tab stops are skip links to the diagram and to the panels`, async ({ page }) => {
    await page.goto(`/?therapy=tace${lang}`);
    await waitForDiagram(page);
    // At 1280 px the details panel starts collapsed: the skip link opens it.
    await expect(page.locator('.right > .panel-toggle')).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Tab');
    const toDiagram = page.getByRole('button', { name: s.skipToDiagram });
    await expect(toDiagram).toBeFocused();
    await expectShown(page, toDiagram);
    await page.keyboard.press('Enter');
    await expect(page.locator('section.diagram')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('section.diagram .toolbar'))).toBe(true);

    await page.goto(`/?therapy=tace${lang}`);
    await waitForDiagram(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const toPanels = page.getByRole('button', { name: s.skipToPanels });
    await expect(toPanels).toBeFocused();
    await expectShown(page, toPanels);
    await page.keyboard.press('Enter');
    const selectedTab = page.locator('#right-panel [role="tab"][aria-selected="true"]');
    await expect(selectedTab).toBeFocused();
    await expect(selectedTab).toBeVisible();
    await expect(page.locator('.right > .panel-toggle')).toHaveAttribute('aria-expanded', 'true');
  });
}

/** A focused skip link is on screen, not just in the DOM. */
async function expectShown(page: Page, link: Locator) {
  const box = await link.boundingBox();
  expect(box, 'the skip link has a box').not.toBeNull();
  if (!box) return;
  const viewport = page.viewportSize();
  expect(box.width).toBeGreaterThan(20);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport?.width ?? 1280);
}
