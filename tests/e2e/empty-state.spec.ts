import { expect, test, waitForDiagram } from './fixtures';

// The empty diagram's sentence lists each way to widen the view, in the reader's language.
test('an empty diagram offers to undo each narrowing, in English and Chinese', async ({ page }) => {
  await page.goto('/?therapy=none&type=drug&evidence=own-group');
  const status = page.locator('.empty-state');
  await expect(status).toContainText('No therapy is chosen.');
  await expect(status).toContainText(
    'Widen the view: clear the entity types, or show all studies, or show all therapies.',
  );
  await page.goto('/?therapy=none&type=drug&evidence=own-group&lang=zh');
  await expect(status).toContainText('放宽视图：清除实体类型，或显示全部研究，或显示全部方案。');
  // Each button does what it says: this one restores the evidence filter only.
  await page.getByRole('button', { name: '显示全部研究' }).click();
  await expect(status).toContainText('放宽视图：清除实体类型，或显示全部方案。');
  await page.getByRole('button', { name: '清除实体类型' }).click();
  await expect(status).toContainText('放宽视图：显示全部方案。');
  await page.getByRole('button', { name: '显示全部方案' }).click();
  await waitForDiagram(page, 20);
  await expect(status).toHaveCount(0);
});
