/**
 * Preferences kept in the browser: Animate and the Export menu's size, scope and title
 * survive a reload; a corrupted store is cleared with one notice and nothing else is lost;
 * a blocked store never stops the app.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForDiagram } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const PREFS_KEY = 'atlas.prefs.v1';
const PANELS_KEY = 'atlas.panels.v1';
const animate = (page: Page) => page.getByRole('checkbox', { name: 'Animate' });
const exportMenu = (page: Page) => page.locator('summary[aria-label="Export the diagram as a figure"]');
const exportForm = (page: Page) => page.locator('form[aria-label="Export the diagram as a figure"]');

test('Animate and the export size, scope and title are kept across a reload', async ({ page }) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  await animate(page).uncheck();
  await exportMenu(page).click();
  await exportForm(page).locator('input[value="journal-85"]').check();
  await exportForm(page).locator('input[value="whole"]').check();
  await exportForm(page).getByLabel('Title (optional)').fill('Figure 2. TACE');
  await page.reload();
  await waitForDiagram(page);
  await expect(animate(page)).not.toBeChecked();
  await exportMenu(page).click();
  await expect(exportForm(page).locator('input[value="journal-85"]')).toBeChecked();
  await expect(exportForm(page).locator('input[value="whole"]')).toBeChecked();
  await expect(exportForm(page).getByLabel('Title (optional)')).toHaveValue('Figure 2. TACE');
  await expect(page.locator('.notice')).toHaveCount(0);
});

for (const [what, stored] of [
  ['invalid JSON', '{"animate": fal'],
  ['the wrong shape', '[1, 2, 3]'],
] as const) {
  test(`a store holding ${what} is cleared with one notice, nothing else lost`, async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    // The reader collapsed the left panel (its own key), then the preferences were corrupted.
    await page
      .getByRole('button', { name: /^Therapies and filters/ })
      .first()
      .click();
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PREFS_KEY, stored]);
    const panels = await page.evaluate((key) => localStorage.getItem(key), PANELS_KEY);
    expect(panels).not.toBeNull();
    await page.goto('/?therapy=haic&lang=zh');
    await waitForDiagram(page);
    const notices = page.locator('.notice');
    await expect(notices).toHaveCount(1);
    await expect(notices).toContainText('无法读取此浏览器中保存的偏好设置，已将其清除');
    // The link's view applies; the panel choice and the defaults are there.
    await expect(page.locator('input[data-therapy="haic"]')).toBeChecked();
    await expect(page.locator('.layout')).toHaveClass(/left-collapsed/);
    await expect(page.getByRole('checkbox', { name: '动画' })).toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), PREFS_KEY)).toBeNull();
    expect(await page.evaluate((key) => localStorage.getItem(key), PANELS_KEY)).toBe(panels);
    await page.screenshot({ path: `${process.env.SHOTS_DIR ?? 'test-results/screenshots'}/prefs-cleared-zh-1280.png` });
    // Once: the next visit is quiet.
    await page.reload();
    await waitForDiagram(page);
    await expect(notices).toHaveCount(0);
  });
}

test('a field of the wrong type is dropped, the others kept', async ({ page }) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  await page.evaluate(
    (key) =>
      localStorage.setItem(key, JSON.stringify({ animate: false, exportSize: 'poster-a0', exportTitle: 'Kept' })),
    PREFS_KEY,
  );
  await page.reload();
  await waitForDiagram(page);
  await expect(page.locator('.notice')).toContainText(
    'were not valid and were cleared: exportSize. The others are kept.',
  );
  await expect(animate(page)).not.toBeChecked();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PREFS_KEY)) ?? 'null')).toEqual({
    animate: false,
    exportTitle: 'Kept',
  });
});

test('a blocked store (SecurityError) never stops the app', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  await animate(page).uncheck();
  await exportMenu(page).click();
  await exportForm(page).locator('input[value="slide-16x9"]').check();
  await expect(exportForm(page).locator('input[value="slide-16x9"]')).toBeChecked();
  await expect(animate(page)).not.toBeChecked();
  await expect(page.locator('.notice')).toHaveCount(0);
});
