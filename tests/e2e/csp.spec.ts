/**
 * The Content-Security-Policy: the built page declares it, `vite preview` sends it (with
 * what only a header can say), and using every feature, exports included, breaks none of
 * it. A violation is caught twice: the page's own `securitypolicyviolation` events
 * (recorded from before any script of the app runs) and Chromium's console message.
 */
import type { Download, Page } from '@playwright/test';
import { BENCH_URL } from '../../playwright.config';
import { expect, search, suggestions, test, waitForDiagram } from './fixtures';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
});

/** Violations so far: events in the page and console lines that name the policy. */
function watch(page: Page) {
  const consoleLines: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleLines.push(m.text());
  });
  return async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...consoleLines];
}

/** At 1280 px the details panel starts collapsed: open it. */
async function openPanel(page: Page) {
  const toggle = page.locator('.right > .panel-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.locator('#right-panel')).toBeVisible();
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  // Reading it proves the blob: URL worked.
  expect((await file.path()) ?? '').not.toBe('');
  return file;
}

test('the built page declares the policy that preview also sends as a header', async ({ page }) => {
  const response = await page.goto('/?therapy=tace');
  await waitForDiagram(page);
  const headers = response?.headers() ?? {};
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBeTruthy();
  const directives = (meta ?? '').split(';').map((d) => d.trim());
  expect(directives).toContain("script-src 'self'");
  expect(directives).toContain("object-src 'none'");
  expect(directives).toContain("base-uri 'none'");
  expect(directives).toContain("img-src 'self' data: blob:");
  expect(directives.find((d) => d.startsWith('style-src'))).not.toContain('unsafe-inline');
  expect(directives.join(' ')).not.toContain('unsafe-eval');
  // The header is the same policy plus frame-ancestors, which a <meta> cannot carry.
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // The page has no inline script for the policy to have to allow.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('every feature runs without a policy violation, exports included', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watch(page);
  await page.goto('/?therapy=tace');
  await waitForDiagram(page, 10);
  await openPanel(page);

  // Each tab of the right panel.
  for (const tab of ['details', 'relations', 'paths', 'compare', 'table']) {
    await page.locator(`#tab-${tab}`).click();
    await expect(page.locator(`#tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  }
  // Table 1's chart and table (a lazily loaded chunk).
  await expect(page.locator('.response-table')).toBeVisible();

  // Search, then a path.
  await search(page, 'HIF');
  await suggestions(page).first().click();
  await expect(page).toHaveURL(/entity=hif1a/);
  await page.locator('#tab-paths').click();
  await page.getByLabel('From', { exact: true }).selectOption('hypoxia');
  await page.getByLabel('To', { exact: true }).selectOption('autophagy');
  await expect(page.getByText(/directed path\(s\)/)).toBeVisible();

  // Every export of the diagram: SVG, then PNG at 2×.
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('form', { name: 'Export the diagram as a figure' });
  await menu.getByRole('radio', { name: 'SVG (vector, editable text)' }).check();
  expect(
    (await download(page, () => menu.getByRole('button', { name: 'Download' }).click())).suggestedFilename(),
  ).toMatch(/\.svg$/);
  await menu.getByRole('radio', { name: 'PNG 2×' }).check();
  expect(
    (await download(page, () => menu.getByRole('button', { name: 'Download' }).click())).suggestedFilename(),
  ).toMatch(/@2x\.png$/);

  // Compare: the UpSet chart and the CSV.
  await page.goto('/?therapy=tace,haic,targeted&panel=compare');
  await waitForDiagram(page);
  await openPanel(page);
  await expect(page.locator('.upset')).toBeVisible();
  await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  await download(page, () => page.getByRole('button', { name: 'Download chart (SVG)' }).click());
  await page.locator('.shared-matrix tbody button').first().click();
  await expect(page.locator('.why-shared')).toBeVisible();

  // A story step, its export, and stepping on.
  await page.goto('/?story=tace-hypoxia-autophagy&step=3');
  await waitForDiagram(page);
  await download(page, () => page.getByRole('button', { name: 'Export step (SVG)' }).click());
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=4/);

  // The language switch, and the page in Chinese.
  await page.getByRole('button', { name: /Switch to Chinese/ }).click();
  await expect(page.locator('.app')).toHaveAttribute('lang', 'zh-CN');

  expect(await violations()).toEqual([]);
});

test('a large graph laid out in the background (its workers) breaks no policy', async ({ page }) => {
  const violations = watch(page);
  // Generated graphs open only in the benchmark's build, which has the same policy.
  await page.goto(`${BENCH_URL}/?bench=800&therapy=tace,haic,targeted,immunotherapy`);
  const progress = page.locator('.layout-progress');
  await expect(progress).toBeVisible({ timeout: 15_000 });
  await expect(progress).toBeHidden({ timeout: 60_000 });
  await waitForDiagram(page, 100);
  expect(await violations()).toEqual([]);
});
