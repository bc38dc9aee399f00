import { readFileSync } from 'node:fs';
import { expect, test, waitForDiagram } from './fixtures';

const focused = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...new Set(window.__cy?.nodes('.focus').map((n) => n.data('entity')) ?? [])].sort());
const visible = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        window.__cy
          ?.nodes()
          .filter((n) => n.visible())
          .map((n) => n.data('entity')) ?? [],
      ),
    ].sort(),
  );

test.describe('teaching mode', () => {
  test('exports the current step as an SVG figure with its caption', async ({ page }) => {
    await page.goto('/?story=tace-hypoxia-autophagy&step=3');
    await waitForDiagram(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export step (SVG)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hcc-atlas-tace-hypoxia-autophagy-en-step3.svg');
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain('id="node-hif1a"');
    expect(svg).toContain('id="node-ampk-mtor"');
    expect(svg).not.toContain('id="node-autophagy"');
    expect(svg).toMatch(/class="figure-caption"[\s\S]*AMPK\/mTOR/);
    // As in the player: this step's own entities outlined, earlier ones quieter.
    expect(svg).toMatch(/<g id="node-ampk-mtor"[^>]*data-emphasis="current"/);
    expect(svg).toMatch(/<g id="node-tace"[^>]*data-emphasis="earlier"[^>]*opacity="0.5"/);
    expect(svg).toContain('Added in this step');
  });

  test('opens "TACE: hypoxia and autophagy" at step 3 from a link and steps with the keyboard', async ({ page }) => {
    await page.goto('/?story=tace-hypoxia-autophagy&step=3');
    await waitForDiagram(page);
    const caption = page.getByTestId('story-caption');
    await expect(page.locator('.story-progress')).toHaveText('Step 3 / 6');
    await expect(caption).toContainText('AMPK/mTOR');
    await expect.poll(() => focused(page)).toEqual(['ampk-mtor', 'hif1a', 'tp53']);
    // Earlier steps stay visible, quieter.
    await expect.poll(() => visible(page)).toEqual(expect.arrayContaining(['tace', 'hypoxia', 'hif1a', 'ampk-mtor']));
    const before = await visible(page);
    expect(before).not.toContain('autophagy');
    await expect.poll(() => page.evaluate(() => window.__cy?.getElementById('tace').hasClass('quiet'))).toBe(true);

    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.story-progress')).toHaveText('Step 4 / 6');
    await expect(page).toHaveURL(/story=tace-hypoxia-autophagy&step=4/);
    await expect(caption).toContainText('autophagy');
    await expect
      .poll(() => focused(page))
      .toEqual(expect.arrayContaining(['ampk-mtor', 'autophagy', 'chemotherapy-resistance']));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.story-progress')).toHaveText('Step 2 / 6');
    await expect.poll(() => visible(page)).not.toContain('ampk-mtor');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.locator('.story-progress')).toHaveText('Step 3 / 6');
  });

  test('switches the caption to Chinese and presents full screen, then leaves', async ({ page }) => {
    await page.goto('/?story=tace-hypoxia-autophagy&step=1&lang=zh');
    await waitForDiagram(page);
    await expect(page.getByTestId('story-caption')).toContainText('TACE');
    await expect(page.getByTestId('story-caption')).toContainText(/[\u4e00-\u9fff]/);
    await page.getByRole('button', { name: '演示' }).click();
    await expect(page.locator('.app')).toHaveClass(/presenting/);
    await expect(page.locator('.sidebar')).toBeHidden();
    await expect(page.locator('.legend')).toBeVisible();
    const size = await page
      .getByTestId('story-caption')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await expect(page).toHaveURL(/present=1/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveClass(/presenting/);
    await expect(page.locator('.sidebar')).toBeVisible();
  });

  test('picks a story from the list and closes it again', async ({ page }) => {
    await page.goto('/?therapy=haic');
    await waitForDiagram(page);
    await page.getByLabel('Story').selectOption('haic-prmt3-igf2bp1-heg1');
    await expect(page.locator('.story-progress')).toHaveText(/Step 1 \/ \d/);
    await expect(page).toHaveURL(/story=haic-prmt3-igf2bp1-heg1&step=1/);
    await page.getByRole('button', { name: 'Close story' }).click();
    await expect(page.locator('.story-player')).toHaveCount(0);
    await expect(page).not.toHaveURL(/story=/);
  });

  test('an unknown story or step in a link gives a notice, not a crash', async ({ page }) => {
    await page.goto('/?story=tace-hypoxia-autophagy&step=99');
    await waitForDiagram(page);
    await expect(page.locator('.notice')).toContainText('step="99"');
    await expect(page.locator('.story-progress')).toHaveText('Step 1 / 6');
    await page.goto('/?story=no-such-story');
    await expect(page.locator('.notice')).toContainText('story="no-such-story"');
  });
});
