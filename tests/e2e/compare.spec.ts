import { readFileSync } from 'node:fs';
import { expect, test, waitForDiagram } from './fixtures';

test.describe('shared-genes explorer', () => {
  test('TACE and immunotherapy: the shared intersection highlights its genes, lists why, and downloads as CSV', async ({
    page,
  }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.locator('[data-therapy="immunotherapy"]').check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const shared = page.locator('[data-set="tace+immunotherapy"]');
    await expect(shared).toHaveAttribute('aria-label', /^\d+ entities in exactly TACE \+ Immunotherapy$/);
    await shared.click();
    await expect(page).toHaveURL(/set=tace%2Bimmunotherapy/);
    const rows = page.locator('.shared-matrix tbody tr');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity')));
    expect(ids).toEqual(expect.arrayContaining(['stat3', 'cd274']));
    // The same entities are highlighted in the union diagram, the rest faded.
    await expect
      .poll(() => page.evaluate(() => (window.__cy?.nodes('.neighbour').map((n) => n.data('entity')) ?? []).sort()))
      .toEqual([...ids].sort());
    // Why shared: PD-L1's relations in each therapy, with references.
    await page.locator('.shared-matrix [data-entity="cd274"] button').click();
    await expect(page.locator('[data-why-therapy="tace"]')).toContainText('[12]');
    await expect(page.locator('[data-why-therapy="immunotherapy"]')).toContainText('[43]');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'id,symbol,label,label_zh,name,type,in_tace,in_immunotherapy,relations_tace,relations_immunotherapy,references,uncited_relations',
    );
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([...ids].sort());
    expect(lines.find((l) => l.startsWith('stat3,'))).toMatch(/^stat3,STAT3,STAT3,.*,gene,yes,yes,\d+,\d+,/);

    const chart = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download chart (SVG)' }).click();
    const svg = readFileSync(await (await chart).path(), 'utf8');
    expect(svg).toContain('id="set-tace_immunotherapy"');
    expect(svg).toMatch(/data-entities="[^"]*stat3/);
  });

  test('the bars are reachable and operable from the keyboard, and the view is a link', async ({ page }) => {
    await page.goto('/?therapy=haic,immunotherapy&panel=compare');
    await waitForDiagram(page);
    const bar = page.locator('[data-set="haic+immunotherapy"]');
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(bar).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.shared-matrix [data-entity="prmt3"]')).toBeVisible();
    await page.goto(page.url());
    await expect(page.locator('[data-set="haic+immunotherapy"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('asks for 2 to 6 therapies', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=compare');
    await expect(page.getByText('Choose 2 to 6 therapies on the left to compare them.')).toBeVisible();
  });
});
