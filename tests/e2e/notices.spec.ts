/**
 * Notices at 1280×720: grouped and shortened link notices, "Dismiss all", informational
 * notices that leave by themselves and cover no control, and the benchmark mode refused in
 * the product's build (`?bench=` is an unknown parameter there).
 */
import type { Locator, Page } from '@playwright/test';
import { STRINGS } from '../../src/i18n/strings';
import { expect, search, suggestions, test, visibleNodeIds, waitForDiagram } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const notices = (page: Page) => page.locator('.notice');
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Fails if a notice covers any control of the toolbar, the story player or the panels. */
async function expectNothingCovered(page: Page) {
  const controls = page.locator(
    '.toolbar button, .toolbar input, .toolbar select, .toolbar summary, .story-player button, .story-player select, .sidebar button, .sidebar input, .right button, .header button',
  );
  const covered: string[] = [];
  // The notices' boxes are read once: an informational notice may leave while the controls
  // are measured one by one on a slow machine.
  const shown = await Promise.all((await notices(page).all()).map(box));
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    const c = await box(control);
    for (const n of shown) {
      if (overlaps(c, n))
        covered.push((await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '');
    }
  }
  expect(covered, 'controls covered by a notice').toEqual([]);
}

test('500 unknown parameters give one grouped notice', async ({ page }) => {
  const params = Array.from({ length: 500 }, (_, i) => `p${i}=${i}`);
  await page.goto(`/?therapy=tace&${params.join('&')}`);
  await waitForDiagram(page);
  await expect(notices(page)).toHaveCount(1);
  const notice = notices(page).first();
  await expect(notice).toContainText('500 link values ignored: p0="0", p1="1", p2="2", p3="3", p4="4", …');
  expect(((await notice.textContent()) ?? '').length).toBeLessThan(200);
  // Warnings are in the alert region, announced at once, and stay.
  await expect(page.getByRole('alert').locator('.notice')).toHaveCount(1);
  // The address is tidied: the ignored values are gone from it.
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
});

test('a 51 KB value is shortened in its notice', async ({ page }) => {
  await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  // Servers refuse a 51 KB request line (vite preview answers 431), so the value reaches the
  // link reader through the history, as an address edited in place would.
  await page.evaluate(() => {
    window.history.pushState(null, '', `?entity=${'x'.repeat(51_000)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(notices(page)).toHaveCount(1);
  const text = (await notices(page).first().textContent()) ?? '';
  expect(text).toContain(`entity="${'x'.repeat(40)}…" is not valid and was ignored`);
  expect(text.length).toBeLessThan(200);
});

test('a long value is cut in its notice', async ({ page }) => {
  await page.goto(`/?lang=${'z'.repeat(5000)}`);
  await waitForDiagram(page);
  await expect(notices(page)).toHaveCount(1);
  await expect(notices(page)).toContainText(`lang="${'z'.repeat(40)}…" is not valid`);
});

test('repeated parameters say which value was used', async ({ page }) => {
  await page.goto('/?therapy=tace&therapy=haic&lang=zh&lang=en');
  await waitForDiagram(page);
  // The first of each is used: TACE alone, in Chinese.
  await expect(page.locator('input[data-therapy="tace"]')).toBeChecked();
  await expect(page.locator('input[data-therapy="haic"]')).not.toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('肝癌转化治疗抵抗机制图谱');
  await expect(notices(page)).toHaveCount(2);
  await expect(notices(page).nth(0)).toContainText('链接中 therapy 出现了 2 次；已使用第一个值 therapy=“tace”');
  await expect(notices(page).nth(1)).toContainText('lang=“zh”');
  await page.getByRole('button', { name: STRINGS.zh.switchLanguage }).click();
  await expect(notices(page).nth(0)).toContainText(
    'The link gives therapy 2 times; the first, therapy="tace", was used and the others ignored.',
  );
});

test('several notices are dismissed together; one has no "Dismiss all"', async ({ page }) => {
  await page.goto('/?therapy=tace&colour=red&size=big&certainty=maybe');
  await waitForDiagram(page);
  await expect(notices(page)).toHaveCount(3);
  await expectNothingCovered(page);
  await page.screenshot({ path: `${SHOTS}/notices-three-1280.png` });
  const all = page.getByRole('button', { name: 'Dismiss all (3)' });
  await expect(all).toBeVisible();
  await notices(page).first().getByRole('button').click();
  await expect(notices(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Dismiss all (2)' }).click();
  await expect(notices(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Dismiss all/ })).toHaveCount(0);
});

test('the notice after a search covers neither the search box nor the story picker, and leaves by itself', async ({
  page,
}) => {
  await page.goto('/?therapy=haic');
  await waitForDiagram(page);
  await search(page, 'USP10');
  await suggestions(page).first().click();
  const notice = notices(page).first();
  await expect(notice).toContainText('is not in the chosen therapies; added TACE to show it.');
  // Held while the pointer rests on it (as a reader's would), so it stays to be measured.
  await notice.hover();
  await expect(page.getByRole('status').locator('.notice')).toHaveCount(1);
  const searchBox = await box(page.getByRole('combobox', { name: STRINGS.en.search }));
  const storyPicker = await box(page.locator('.toolbar select').first());
  const n = await box(notice);
  expect(overlaps(n, searchBox), 'the notice covers the search box').toBe(false);
  expect(overlaps(n, storyPicker), 'the notice covers the story picker').toBe(false);
  await expectNothingCovered(page);
  await page.screenshot({ path: `${SHOTS}/notice-after-search-1280.png` });
  // The search box is usable while the notice is up.
  await search(page, 'HIF');
  await page.keyboard.press('Escape');
  // Informational: gone after a few seconds without being dismissed.
  await page.mouse.move(5, 700);
  await expect(notices(page)).toHaveCount(0, { timeout: 10_000 });
});

for (const value of ['abc', '200000']) {
  test(`the product's build has no benchmark mode: ?bench=${value} is an ignored parameter`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const started = Date.now();
    await page.goto(`/?bench=${value}`);
    await waitForDiagram(page);
    expect(Date.now() - started, 'the normal diagram opens without a long freeze').toBeLessThan(10_000);
    // The bundled graphs: TACE's 44 entities, not a generated graph.
    expect((await visibleNodeIds(page)).length).toBeLessThan(200);
    await expect(notices(page)).toHaveCount(1);
    await expect(notices(page)).toContainText(`The link's bench="${value}" is not valid and was ignored.`);
    expect(requested.filter((u) => /bench-graph|generate-/.test(u))).toEqual([]);
  });
}
