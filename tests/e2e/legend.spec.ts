/**
 * The legend gives the diagram its room on a 1280×720 laptop or projector and stays on
 * screen: with a data overlay on, the diagram keeps at least 70% of the centre column's
 * height (measured off the page), because the legend starts folded to its one-line key
 * (therapy colours, the data's scale and marks), which says what the diagram's colours
 * mean. The "Legend" disclosure opens the shapes and lines (mouse or keyboard) and the
 * choice is remembered with the panels. On a tall window it starts open, with shapes and
 * lines in columns, listing only what the diagram draws. English and Chinese.
 */
import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, test, waitForDiagram } from './fixtures';

const TABLE = 'gene\tday1\tday7\nPD-L1\t2\t-1\nHIF1A\t-2\t0.5\nERK1\t0.5\t1\nMAPK1\t-1.5\t0.2\nGAPDH\t0.3\t0.1\n';
const TEXT = {
  en: {
    legend: 'Legend',
    paste: 'Paste a table (first column: gene symbols; further columns: numbers)',
    read: 'Read pasted table',
    shapes: 'Entity types',
    lines: 'Relation types',
    range: 'day1: -2 to 2',
    noData: 'gene without a value',
  },
  zh: {
    legend: '图例',
    paste: '粘贴表格（第一列：基因符号；其余列：数值）',
    read: '读取粘贴的表格',
    shapes: '实体类型',
    lines: '关系类型',
    range: 'day1：-2 至 2',
    noData: '该基因无数值',
  },
} as const;

/** Heights on the page: the centre column (under the header), the toolbar, the diagram, the legend. */
async function room(page: Page) {
  return page.evaluate(() => {
    const h = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().height ?? Number.NaN;
    return { centre: h('.centre'), toolbar: h('.toolbar'), diagram: h('.canvas-wrap'), legend: h('.legend') };
  });
}

async function showOverlay(page: Page, language: 'en' | 'zh') {
  await page.goto(`/?therapy=tace&panel=data${language === 'zh' ? '&lang=zh' : ''}`);
  await waitForDiagram(page);
  await page.getByLabel(TEXT[language].paste).fill(TABLE);
  await page.getByRole('button', { name: TEXT[language].read }).click();
  await expect(page.getByTestId('overlay-legend')).toContainText(TEXT[language].range);
}

test.describe('at 1280×720 with a data overlay', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  for (const language of ['en', 'zh'] as const) {
    test(`the diagram keeps at least 70% of the centre column, the legend's key stays on screen (${language})`, async ({
      page,
    }, testInfo) => {
      const t = TEXT[language];
      await showOverlay(page, language);
      const legend = page.getByRole('complementary', { name: t.legend });
      await expect(legend).toBeInViewport({ ratio: 1 });
      const folded = await room(page);
      const share = folded.diagram / folded.centre;
      testInfo.annotations.push({
        type: 'measure',
        description: `${language} folded: centre ${folded.centre} px, toolbar ${folded.toolbar}, legend ${folded.legend}, diagram ${folded.diagram} (${(100 * share).toFixed(1)}%)`,
      });
      expect(share).toBeGreaterThanOrEqual(0.7);
      // The key: what the colours mean, in the folded line.
      const toggle = legend.getByRole('button', { name: t.legend });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(legend.getByText('TACE', { exact: true })).toBeVisible();
      await expect(legend.getByText(t.range)).toBeVisible();
      await expect(legend.getByText(t.noData)).toBeVisible();
      await expect(legend.getByRole('list', { name: t.shapes })).toBeHidden();
      // Opened from the keyboard: shapes and lines come in, the diagram gives up the room.
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(legend.getByRole('list', { name: t.shapes })).toBeVisible();
      await expect(legend.getByRole('list', { name: t.lines })).toBeVisible();
      await expect(legend).toBeInViewport({ ratio: 1 });
      const open = await room(page);
      testInfo.annotations.push({
        type: 'measure',
        description: `${language} open: legend ${open.legend}, diagram ${open.diagram} (${((100 * open.diagram) / open.centre).toFixed(1)}%)`,
      });
      expect(open.legend).toBeGreaterThan(folded.legend);
      expect(await accessibilityViolations(page)).toEqual([]);
      // Remembered with the panels: open again after a reload, though the window is short.
      await page.reload();
      await waitForDiagram(page);
      await expect(page.getByRole('button', { name: t.legend, exact: true })).toHaveAttribute('aria-expanded', 'true');
      expect(JSON.parse((await page.evaluate(() => localStorage.getItem('atlas.panels.v1'))) ?? '{}')).toMatchObject({
        legend: false,
      });
      await page.getByRole('button', { name: t.legend, exact: true }).click();
      await expect(page.getByRole('list', { name: t.shapes })).toBeHidden();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('the legend starts open, in columns, with only the shapes and lines the diagram draws', async ({
    page,
  }, testInfo) => {
    await showOverlay(page, 'en');
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect(legend.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');
    const measured = await room(page);
    testInfo.annotations.push({
      type: 'measure',
      description: `open: centre ${measured.centre} px, legend ${measured.legend}, diagram ${measured.diagram} (${((100 * measured.diagram) / measured.centre).toFixed(1)}%)`,
    });
    expect(measured.diagram / measured.centre).toBeGreaterThanOrEqual(0.8);
    // One shape per entity type drawn, read off Cytoscape.
    const drawnTypes = await page.evaluate(
      () =>
        new Set(
          window.__cy
            ?.nodes()
            .filter((n) => n.visible() && n.data('entity') !== undefined)
            .map((n) => String(n.data('type'))),
        ).size,
    );
    const shapes = legend.getByRole('list', { name: 'Entity types' }).getByRole('listitem');
    await expect(shapes).toHaveCount(drawnTypes);
    // Columns: every line's entry starts where a shape's column starts.
    const lefts = async (name: string) =>
      legend
        .getByRole('list', { name })
        .getByRole('listitem')
        .evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().left)));
    const columns = new Set(await lefts('Entity types'));
    expect(columns.size).toBeGreaterThan(3);
    for (const left of await lefts('Relation types')) expect(columns.has(left), `column at ${left}`).toBe(true);
    // Folded by the reader, the key keeps the data's scale.
    await legend.getByRole('button', { name: 'Legend' }).click();
    await expect(legend.getByText('day1: -2 to 2')).toBeVisible();
    expect((await room(page)).legend).toBeLessThan(measured.legend);
  });
});
