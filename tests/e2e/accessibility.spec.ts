/**
 * Automated accessibility checks (axe-core) on the main screens: every control has an
 * accessible name, ARIA is used correctly, contrast is sufficient. Violations are listed
 * with the element, so a failure says what to fix.
 */
import { accessibilityViolations, expect, test, waitForDiagram } from './fixtures';

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
    const found = await accessibilityViolations(page);
    expect(found).toEqual([]);
  });
}

test('the keyboard reaches the therapy choices, search, tabs and relation list in order', async ({ page }) => {
  await page.goto('/?therapy=tace&panel=relations');
  await waitForDiagram(page);
  /** What has the focus, as `kind:name` (the name a person hears). */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body:';
      if (el.matches('input[data-therapy]')) return `therapy:${el.getAttribute('data-therapy')}`;
      if (el.matches('[role="tab"]')) return `tab:${el.textContent?.trim()}`;
      if (el.closest('.relations-table tbody')) return 'relation:';
      if (el.matches('input[type="search"], [role="combobox"]')) return 'search:';
      return `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
    });
  const names: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    names.push(await focused());
  }
  const first = (name: string) => names.findIndex((n) => n.startsWith(name));
  const last = (name: string) => names.findLastIndex((n) => n.startsWith(name));
  // The focus never falls out of the page, and a skip link comes first.
  expect(names).not.toContain('body:');
  expect(names[0]).toBe('button:Skip to the diagram');
  // In reading order: the header's language switch, the therapies (one run of them), the
  // search above the diagram, the panel's tabs, then the relation list.
  const order = [
    first('button:中文 (Switch to Chinese)'),
    first('therapy:'),
    last('therapy:'),
    first('search:'),
    first('tab:Relations'),
    first('relation:'),
  ];
  expect(
    order.every((i) => i >= 0),
    names.join(', '),
  ).toBe(true);
  expect(
    [...order].sort((a, b) => a - b),
    names.join(', '),
  ).toEqual(order);
  const therapies = names.slice(first('therapy:'), last('therapy:') + 1);
  expect(therapies.every((n) => n.startsWith('therapy:'))).toBe(true);
  expect(therapies.length).toBeGreaterThanOrEqual(4);
});
