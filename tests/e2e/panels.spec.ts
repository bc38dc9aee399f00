/**
 * Room for the diagram: the side panels collapse to a strip and expand again (mouse and
 * keyboard), the choice survives a reload, narrow windows start with the right panel
 * collapsed, a selection opens it, and a story at 1280×720 leaves the diagram its height.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { clickNode, expect, search, suggestions, test, waitForDiagram } from './fixtures';

const LEFT = 'Therapies and filters';
const RIGHT = 'Details panel';

const toggle = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const width = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.getBoundingClientRect().width ?? 0, selector);
const height = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0, selector);
const pageScrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** The therapy checkboxes of the left panel. */
const therapyBox = (page: Page) => page.getByRole('checkbox', { name: /^TACE/ }).first();

/** Presses Tab until the given element has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('the keyboard never reached the element');
}

test.describe('collapsible side panels', () => {
  test('each panel collapses to a strip and expands with the mouse; the diagram takes the width', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    for (const [name, panel, body] of [
      [LEFT, '.sidebar', '#left-panel'],
      [RIGHT, '.right', '#right-panel'],
    ] as const) {
      const button = toggle(page, name);
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(button).toHaveAttribute('aria-controls', body.slice(1));
      const open = await width(page, '.canvas-wrap');
      const panelOpen = await width(page, panel);
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator(body)).toBeHidden();
      await expect.poll(() => width(page, '.canvas-wrap')).toBeGreaterThan(open + 150);
      const strip = await width(page, panel);
      expect(strip).toBeGreaterThanOrEqual(28);
      expect(strip).toBeLessThanOrEqual(36);
      // The diagram gained what the panel gave up.
      expect(await width(page, '.canvas-wrap')).toBeCloseTo(open + panelOpen - strip, -1);
      await expect(button).toBeVisible();
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator(body)).toBeVisible();
      await expect.poll(() => width(page, '.canvas-wrap')).toBeCloseTo(open, 0);
    }
    await expect(therapyBox(page)).toBeVisible();
  });

  test('the keyboard reaches each button, Enter and Space toggle it, focus stays and shows', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    for (const name of [LEFT, RIGHT]) {
      const button = toggle(page, name);
      await tabTo(page, button);
      const ring = await button.evaluate((el) => ({
        visible: el.matches(':focus-visible'),
        outline: getComputedStyle(el).outlineStyle,
        width: Number.parseFloat(getComputedStyle(el).outlineWidth),
      }));
      expect(ring.visible).toBe(true);
      expect(ring.outline).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      const before = await width(page, '.canvas-wrap');
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      await expect.poll(() => width(page, '.canvas-wrap')).toBeGreaterThan(before + 150);
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(button).toBeFocused();
      await expect.poll(() => width(page, '.canvas-wrap')).toBeCloseTo(before, 0);
    }
  });

  test('the choice survives a reload, side by side', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await toggle(page, LEFT).click();
    await toggle(page, RIGHT).click();
    await page.reload();
    await waitForDiagram(page);
    await expect(toggle(page, LEFT)).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#left-panel')).toBeHidden();
    await toggle(page, LEFT).click();
    await page.reload();
    await waitForDiagram(page);
    await expect(toggle(page, LEFT)).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'false');
    await expect(therapyBox(page)).toBeVisible();
  });

  test('a blocked storage does not break the app; the panels still toggle', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await toggle(page, LEFT).click();
    await expect(toggle(page, LEFT)).toHaveAttribute('aria-expanded', 'false');
    await toggle(page, LEFT).click();
    await expect(therapyBox(page)).toBeVisible();
  });

  test('at 1280×720 a first visit starts with the right panel collapsed and the therapies visible', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle(page, LEFT)).toHaveAttribute('aria-expanded', 'true');
    await expect(therapyBox(page)).toBeVisible();
    await expect(therapyBox(page)).toBeInViewport();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1280);
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect(legend).toBeInViewport({ ratio: 1 });
    // The diagram has the width the right panel left.
    expect(await width(page, '.canvas-wrap')).toBeGreaterThan(1280 - 250 - 40);
  });

  test('at 1920×1080 both panels start open', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await expect(toggle(page, LEFT)).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  });

  test('at 1280×720 a link with a selection opens the right panel on it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?therapy=haic&entity=prmt3');
    await waitForDiagram(page);
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#right-panel').getByRole('heading', { name: 'PRMT3' })).toBeVisible();
  });

  test('selecting an entity in the diagram or by search opens the right panel with its details', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?therapy=haic');
    await waitForDiagram(page);
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'false');
    await clickNode(page, 'prmt3');
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator('#right-panel');
    await expect(panel.getByRole('heading', { name: 'PRMT3' })).toBeVisible();
    await expect(panel.getByText('protein arginine methyltransferase 3', { exact: false }).first()).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1280);
    await expect(page.getByRole('complementary', { name: 'Legend' })).toBeInViewport({ ratio: 1 });

    // Collapsed again by the reader, a search result opens it once more.
    await toggle(page, RIGHT).click();
    await expect(panel).toBeHidden();
    await search(page, 'IGF2BP1');
    await suggestions(page).first().click();
    await expect(toggle(page, RIGHT)).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('heading', { name: 'IGF2BP1' })).toBeVisible();
  });

  test('the page never scrolls sideways at 1280×720, whichever panels are open', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?therapy=tace,haic');
    await waitForDiagram(page);
    const legend = page.getByRole('complementary', { name: 'Legend' });
    for (const step of [null, LEFT, RIGHT, LEFT] as const) {
      if (step) await toggle(page, step).click();
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1280);
      await expect(legend).toBeInViewport({ ratio: 1 });
    }
  });

  test('the collapsed and open panels have no accessibility violations', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await toggle(page, LEFT).click();
    for (let i = 0; i < 2; i++) {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('canvas')
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
        [],
      );
      await toggle(page, LEFT).click();
      await toggle(page, RIGHT).click();
    }
  });

  test('the buttons are named in Chinese too', async ({ page }) => {
    await page.goto('/?therapy=tace&lang=zh');
    await waitForDiagram(page);
    await expect(toggle(page, '治疗方案与筛选')).toHaveAttribute('aria-expanded', 'true');
    await toggle(page, '详情面板').click();
    await expect(toggle(page, '详情面板')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.right')).toContainText('详情面板');
  });
});

test.describe('a story at 1280×720', () => {
  // The first step from a link, the longest English caption, the longest Chinese one, many
  // references; how many each step cites is read from graphs/stories/ (a curator may change it).
  const stories = [
    ['tace-hypoxia-autophagy', 3, 'en'],
    ['immuno-ifng-pathway-loss', 2, 'en'],
    ['haic-prmt3-igf2bp1-heg1', 2, 'zh'],
    ['immuno-anti-drug-antibodies', 2, 'en'],
    ['tace-hypoxia-autophagy', 2, 'zh'],
  ] as const;
  const citedBy = (id: string, step: number): number => {
    const story = JSON.parse(readFileSync(`graphs/stories/${id}.json`, 'utf8')) as {
      steps: { references?: number[] }[];
    };
    return story.steps[step - 1]?.references?.length ?? 0;
  };
  for (const [id, step, lang] of stories) {
    const refs = citedBy(id, step);
    test(`${id} step ${step} (${lang}) leaves the diagram 55% of the height, references collapsed`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/?story=${id}&step=${step}&lang=${lang}`);
      await waitForDiagram(page);
      const caption = page.getByTestId('story-caption');
      await expect(caption).toBeVisible();
      const canvas = await height(page, '.canvas-wrap');
      const measured = `caption ${await height(page, '[data-testid="story-caption"]')} px, story player ${await height(page, '.story-player')} px, diagram ${canvas} px of 720`;
      test.info().annotations.push({ type: 'measure', description: measured });
      expect(canvas).toBeGreaterThanOrEqual(720 * 0.55);
      // Nothing of the caption is hidden without a way to read it.
      const cut = await caption.evaluate((el) => el.scrollHeight - el.clientHeight > 10);
      if (cut) await expect(page.getByRole('button', { name: 'Show the whole caption' })).toBeVisible();
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1280);

      if (refs === 0) {
        // An uncited step says so instead of offering an empty reference list.
        await expect(page.locator('.story-player')).toContainText(
          lang === 'zh' ? '综述未为此陈述注明文献来源' : 'The review cites no source for this statement',
        );
        await expect(page.locator('.story-caption summary')).toHaveCount(0);
        return;
      }
      const summary = page.locator('.story-caption summary');
      await expect(summary).toHaveText(
        new RegExp(lang === 'zh' ? `^参考文献（${refs}）` : `^References \\(${refs}\\)`),
      );
      const list = page.locator('.story-caption .reference-list');
      await expect(list).toBeHidden();
      await tabTo(page, summary);
      await page.keyboard.press('Enter');
      await expect(list).toBeVisible();
      await expect(list.locator('li')).toHaveCount(refs);
      await page.keyboard.press('Enter');
      await expect(list).toBeHidden();
    });
  }

  test('a caption too long for its lines has a button that shows all of it', async ({ page }) => {
    // A narrow window, so the longest caption needs more than the lines it is given.
    await page.setViewportSize({ width: 820, height: 720 });
    await page.goto('/?story=immuno-ifng-pathway-loss&step=2');
    await waitForDiagram(page);
    const caption = page.getByTestId('story-caption');
    const more = page.getByRole('button', { name: 'Show the whole caption' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(await caption.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(10);
    await more.focus();
    await page.keyboard.press('Enter');
    const less = page.getByRole('button', { name: 'Show less' });
    await expect(less).toHaveAttribute('aria-expanded', 'true');
    expect(await caption.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(4);
    await less.click();
    await expect(more).toBeVisible();
  });

  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`in Present mode at ${w}×${h} the legend is large and overlaps neither caption nor diagram`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('/?story=tace-hypoxia-autophagy&step=4&present=1');
      await waitForDiagram(page);
      await expect(page.locator('.app')).toHaveClass(/presenting/);
      const boxes = await page.evaluate(() => {
        const box = (sel: string) => {
          const r = document.querySelector(sel)?.getBoundingClientRect();
          return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
        };
        const legend = document.querySelector('.legend') as HTMLElement;
        const swatch = legend.querySelector('.legend-swatch')?.getBoundingClientRect();
        const icon = legend.querySelector('svg')?.getBoundingClientRect();
        return {
          legend: box('.legend'),
          caption: box('.story-player'),
          diagram: box('.canvas-wrap'),
          font: Number.parseFloat(getComputedStyle(legend).fontSize),
          swatch: swatch ? swatch.height : 0,
          icon: icon ? icon.width : 0,
        };
      });
      expect(boxes.font).toBeGreaterThanOrEqual(18);
      expect(boxes.swatch).toBeGreaterThanOrEqual(18);
      expect(boxes.icon).toBeGreaterThanOrEqual(56);
      const legend = boxes.legend as NonNullable<typeof boxes.legend>;
      for (const other of [boxes.caption, boxes.diagram]) {
        expect(other).not.toBeNull();
        const o = other as NonNullable<typeof other>;
        expect(legend.top >= o.bottom - 1 || legend.bottom <= o.top + 1).toBe(true);
      }
      expect(legend.bottom).toBeLessThanOrEqual(h);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(w);
    });
  }
});
