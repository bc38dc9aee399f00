/**
 * Small truths in the UI: a search with a typo says it found nothing and offers the closest
 * entities ("Did you mean PRMT3?"), and Table 1's rows whose printed numbers do not add up
 * show the curator's note, in the chart, in its table and as text, in English and Chinese.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForDiagram } from './fixtures';

const focused = (page: import('@playwright/test').Page, id: string) =>
  page.evaluate((nodeId) => window.__cy?.getElementById(nodeId).hasClass('focus'), id);

test.describe('search suggests the closest entities for a typo', () => {
  test('English: "PRTM3" finds nothing and offers PRMT3, which focuses it', async ({ page }) => {
    await page.goto('/?therapy=haic');
    await waitForDiagram(page);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('PRTM3');
    const status = page.locator('.search [role="status"]');
    await expect(status).toHaveText('No match for "PRTM3". Did you mean PRMT3?');
    await expect(page.getByRole('listbox', { name: 'Search entities' })).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).include('.search').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await status.getByRole('button', { name: 'PRMT3' }).click();
    await expect(page).toHaveURL(/entity=prmt3/);
    await expect(page.locator('.details h2')).toHaveText('PRMT3');
    await expect.poll(() => focused(page, 'prmt3')).toBe(true);
    await expect(status).toHaveCount(0);
  });

  test('the suggestion is reached with Tab and chosen with Enter', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('hypoxa');
    await page.keyboard.press('Tab');
    const button = page.locator('.search [role="status"]').getByRole('button', { name: 'hypoxia' });
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/entity=hypoxia/);
    await expect(page.locator('.details h2')).toHaveText('hypoxia');
  });

  test('Chinese: a typo in a Chinese name offers the Chinese label', async ({ page }) => {
    await page.goto('/?therapy=tace&lang=zh');
    await waitForDiagram(page);
    const box = page.getByRole('combobox', { name: '搜索实体' });
    await box.fill('PRTM3');
    const status = page.locator('.search [role="status"]');
    await expect(status).toHaveText('没有与“PRTM3”匹配的实体。您是不是要找 PRMT3？');
    await box.fill('缺养');
    await expect(status).toContainText('没有与“缺养”匹配的实体。您是不是要找 缺氧');
    await status.getByRole('button', { name: '缺氧' }).click();
    await expect(page).toHaveURL(/entity=hypoxia/);
    await expect(page.locator('.details h2')).toHaveText('缺氧');
    await expect.poll(() => focused(page, 'hypoxia')).toBe(true);
  });

  test('nonsense says only that nothing matched', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('xyzzy');
    await expect(page.locator('.search [role="status"]')).toHaveText('No match for "xyzzy".');
  });
});

test.describe("Table 1 shows the curator's notes where the numbers do not add up", () => {
  const NOTED = [
    'HAIC',
    'Sorafenib',
    'Lenvatinib',
    'T+A',
    'T+A',
    'HAIC+TKIs+anti PD-1 Ab',
    'TACE+HAIC+TKIs+anti PD-1 Ab',
  ];

  test('English: a numbered † in the chart and the table, the notes as text, and descriptions', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=table');
    const rows = page.locator('.response-table tbody tr[data-note-mark]');
    await expect(rows).toHaveCount(NOTED.length);
    await expect(rows.locator('[data-row-therapy]')).toHaveText(NOTED);
    await expect(page.locator('.response-chart g[data-note-mark] text').filter({ hasText: /^†\d$/ })).toHaveCount(
      NOTED.length,
    );
    const notes = page.getByRole('region', { name: /Curator's notes/ });
    await expect(notes.getByRole('listitem')).toHaveCount(NOTED.length);
    await expect(notes).toContainText('†1 HAIC 2021 [60]: Year printed 2021, while reference 60');
    await expect(notes).toContainText('the mark may be swapped');
    await expect(notes).toContainText('32.00% is not quite a whole number of the 156 patients');
    // The regimen of a noted row is described by its note; the chart by all of them.
    await expect(page.locator('[data-note-mark="†3"] [data-row-therapy]')).toHaveAccessibleDescription(
      /^†3 Lenvatinib 2022 \[62\]: Values as printed/,
    );
    await expect(page.locator('svg.response-chart')).toHaveAccessibleDescription(/IMbrave150/);
    // Rows that add up carry no mark.
    await expect(page.locator('.response-table tbody tr:not([data-note-mark])')).toHaveCount(14 - NOTED.length);
  });

  test('Chinese: the same marks, the notes under a Chinese heading that says they are in English', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=table&lang=zh');
    await expect(page.locator('.response-table tbody tr[data-note-mark]')).toHaveCount(NOTED.length);
    const notes = page.getByRole('region', { name: /整理者注（英文）/ });
    await expect(notes.getByRole('listitem')).toHaveCount(NOTED.length);
    await expect(notes.getByRole('list')).toHaveAttribute('lang', 'en');
    await expect(notes).toContainText('†2 Sorafenib 2021 [59]: Year printed 2021');
    await expect(page.locator('.response-table abbr[title="整理者注"]')).toHaveCount(NOTED.length);
  });
});
