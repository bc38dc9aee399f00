/**
 * The browser's history: each view change a person makes is an entry, Back and Forward
 * restore the views, rapid changes coalesce into one entry, and the page title names the view.
 */
import type { Page } from '@playwright/test';
import { STRINGS } from '../../src/i18n/strings';
import { expect, search, suggestions, test, waitForDiagram } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** A person's pace: changes further apart than the coalescing window (450 ms) are entries of their own. */
const pause = (page: Page) => page.waitForTimeout(600);
const query = (page: Page) => page.evaluate(() => window.location.search);
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

interface Expected {
  query: string;
  title: RegExp;
  check: (page: Page) => Promise<void>;
}

test('Back and Forward walk through five view changes and restore each view', async ({ page }) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  const start = await historyLength(page);
  const haic = page.locator('input[data-therapy="haic"]');
  const signalling = page.locator('input[data-category="signalling"]');
  const relationsTab = () => page.getByRole('tab', { name: STRINGS.en.panelRelations });

  const views: Expected[] = [
    {
      // TACE is the default view: its address has no query.
      query: '',
      title: /^TACE — HCC Conversion-Therapy Resistance Atlas$/,
      check: async () => {
        await expect(haic).not.toBeChecked();
        await expect(signalling).not.toBeChecked();
      },
    },
  ];
  // 1. therapies
  await haic.check();
  views.push({
    query: '?therapy=tace,haic',
    title: /^TACE \+ HAIC — /,
    check: async () => {
      await expect(haic).toBeChecked();
      await expect(signalling).not.toBeChecked();
    },
  });
  await pause(page);
  // 2. a filter
  await signalling.check();
  views.push({
    query: '?therapy=tace,haic&category=signalling',
    title: /^TACE \+ HAIC — /,
    check: async () => {
      await expect(signalling).toBeChecked();
      await expect(page.locator('.details h2')).toHaveCount(0);
    },
  });
  await pause(page);
  // 3. a selection (search: one gesture, several store updates, one entry)
  await search(page, 'HIF-1α');
  await suggestions(page).first().click();
  await expect(page.locator('.details h2')).toHaveText('HIF-1α');
  views.push({
    query: '?therapy=tace,haic&category=signalling&entity=hif1a',
    title: /^TACE \+ HAIC · HIF-1α — /,
    check: async () => {
      await expect(page.locator('.details h2')).toHaveText('HIF-1α');
      await expect(relationsTab()).toHaveAttribute('aria-selected', 'false');
    },
  });
  await pause(page);
  // 4. a tab
  await relationsTab().click();
  views.push({
    query: '?therapy=tace,haic&category=signalling&entity=hif1a&panel=relations',
    title: /^TACE \+ HAIC · HIF-1α — /,
    check: async () => {
      await expect(relationsTab()).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('HCC Conversion-Therapy Resistance Atlas');
    },
  });
  await pause(page);
  // 5. the language
  await page.getByRole('button', { name: /Switch to Chinese/ }).click();
  views.push({
    query: '?therapy=tace,haic&category=signalling&entity=hif1a&lang=zh&panel=relations',
    title: /^TACE \+ HAIC · HIF-1α — 肝癌转化治疗抵抗机制图谱$/,
    check: async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('肝癌转化治疗抵抗机制图谱');
    },
  });

  const expectView = async (view: Expected) => {
    await expect.poll(() => query(page)).toBe(view.query);
    await expect(page).toHaveTitle(view.title);
    await view.check(page);
  };
  await expectView(views[5]);
  expect(await historyLength(page), 'one entry per change').toBe(start + 5);

  for (let i = 4; i >= 0; i--) {
    await page.goBack();
    await expectView(views[i]);
  }
  // Still in the app: Back from the first view would leave it.
  expect(new URL(page.url()).pathname).toBe('/');
  for (let i = 1; i <= 5; i++) {
    await page.goForward();
    await expectView(views[i]);
  }
  // Restoring added no entries.
  expect(await historyLength(page)).toBe(start + 5);
  // Back restores the diagram too, not only the controls: without HAIC, HAIC-only entities go.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await waitForDiagram(page);
  await expect(page.locator('.counts')).toContainText('44 entities');
});

test('rapid changes coalesce into one entry; story steps are entries', async ({ page }) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  const start = await historyLength(page);
  // Two categories ticked in one burst (one task, as fast as a double click): one entry.
  await page.evaluate(() => {
    for (const c of ['signalling', 'microenvironment'])
      document.querySelector<HTMLInputElement>(`input[data-category="${c}"]`)?.click();
  });
  await expect.poll(() => query(page)).toBe('?category=signalling,microenvironment');
  expect(await historyLength(page)).toBe(start + 1);
  await page.goBack();
  await expect.poll(() => query(page)).toBe('');
  await expect(page.locator('input[data-category="signalling"]')).not.toBeChecked();

  await page.goto('/?story=tace-hypoxia-autophagy&step=2');
  await waitForDiagram(page);
  await expect(page).toHaveTitle(/· step 2\/6 — HCC Conversion-Therapy Resistance Atlas$/);
  await pause(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.locator('.story-progress')).toHaveText('Step 3 / 6');
  await pause(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.locator('.story-progress')).toHaveText('Step 4 / 6');
  await expect(page).toHaveTitle(/· step 4\/6 — /);
  await page.goBack();
  await expect(page.locator('.story-progress')).toHaveText('Step 3 / 6');
  await expect(page).toHaveTitle(/· step 3\/6 — /);
  await page.goBack();
  await expect(page.locator('.story-progress')).toHaveText('Step 2 / 6');
  await page.goForward();
  await expect(page.locator('.story-progress')).toHaveText('Step 3 / 6');
});
