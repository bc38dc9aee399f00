/**
 * Automated accessibility checks (axe-core) on the main screens: every control has an
 * accessible name, ARIA is used correctly, contrast is sufficient. Violations are listed
 * with the element, so a failure says what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForDiagram } from './fixtures';

const screens = [
  ['TACE diagram with details', '/?therapy=tace&entity=hif1a'],
  ['relations table', '/?therapy=haic&panel=relations'],
  ['paths', '/?therapy=tace&panel=paths&from=hypoxia&to=autophagy'],
  ['compare', '/?therapy=tace,immunotherapy&panel=compare&set=tace%2Bimmunotherapy'],
  ['Table 1 in Chinese', '/?therapy=tace&panel=table&lang=zh'],
  ['story', '/?story=tace-hypoxia-autophagy&step=2'],
] as const;

for (const [name, url] of screens) {
  test(`${name} has no accessibility violations`, async ({ page }) => {
    await page.goto(url);
    await waitForDiagram(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      // The canvas itself is described by its aria-label and the relations table.
      .exclude('canvas')
      .analyze();
    const found = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
    expect(found).toEqual([]);
  });
}

test('the keyboard reaches the therapy choices, search, tabs and relation list in order', async ({ page }) => {
  await page.goto('/?therapy=tace&panel=relations');
  await waitForDiagram(page);
  await page.keyboard.press('Tab');
  const names: string[] = [];
  for (let i = 0; i < 60; i++) {
    names.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 30) ?? ''}`;
      }),
    );
    await page.keyboard.press('Tab');
  }
  const seen = names.join('\n');
  expect(seen).toMatch(/input:/);
  expect(seen).toMatch(/button:中文 \(Switch to Chinese\)/);
  expect(seen).toMatch(/button:Relations/);
});
