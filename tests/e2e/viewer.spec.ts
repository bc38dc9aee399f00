import {
  clickNode,
  expect,
  nodePositions,
  search,
  suggestions,
  test,
  visibleNodeIds,
  waitForDiagram,
} from './fixtures';

test.describe('therapy views', () => {
  test('the TACE view draws a layered diagram with a legend', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page, 10);
    const ids = await visibleNodeIds(page);
    expect(ids).toContain('hypoxia');
    expect(ids).toContain('hif1a');
    // Only TACE relations are drawn: PRMT3 belongs to HAIC and immunotherapy.
    expect(ids).not.toContain('prmt3');
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect(legend).toBeVisible();
    await expect(legend.getByText('TACE')).toBeVisible();
    await expect(legend.getByText('Gene / protein')).toBeVisible();
  });

  test('several therapies show their union, with shared nodes in several colours', async ({ page }) => {
    await page.goto('/?therapy=haic');
    await waitForDiagram(page, 5);
    const haicOnly = await visibleNodeIds(page);
    await page.getByRole('checkbox', { name: /Immunotherapy/ }).check();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(haicOnly.length);
    await expect
      .poll(() => page.evaluate(() => window.__cy?.getElementById('prmt3').data('therapies')))
      .toEqual(['haic', 'immunotherapy']);
    await expect(page).toHaveURL(/therapy=haic,immunotherapy/);
  });

  test('choosing no therapy explains what to do instead of a blank canvas', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(page.getByText('No therapy is chosen.')).toBeVisible();
    await page.getByRole('button', { name: 'show all therapies' }).click();
    await waitForDiagram(page, 20);
  });
});

test.describe('diagram', () => {
  test('switches between top-to-bottom and left-to-right layouts, and back', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page, 5);
    /*
     * How the relations inside the frames run: each relation between two entities of the
     * same frame counts as downward when its target is further below its source than to
     * the right of it, and as rightward in the other case. Dagre ranks a chain along the
     * direction, so most relations follow it.
     */
    const flow = () =>
      page.evaluate(() => {
        let down = 0;
        let right = 0;
        for (const e of window.__cy?.edges('[relation]').toArray() ?? []) {
          const s = e.source();
          const t = e.target();
          if (s.data('parent') !== t.data('parent')) continue;
          const dx = t.position().x - s.position().x;
          const dy = t.position().y - s.position().y;
          if (dy > Math.abs(dx)) down++;
          else if (dx > Math.abs(dy)) right++;
        }
        return { down, right };
      });
    const before = await nodePositions(page);
    const tb = await flow();
    expect(tb.down).toBeGreaterThan(3 * tb.right);
    // IL-6 is upstream of STAT3 in one mechanism's frame: above it in TB, left of it in LR.
    expect(before.il6.y).toBeLessThan(before.stat3.y);

    await page.getByRole('radio', { name: 'Left to right' }).check();
    await expect(page).toHaveURL(/layout=LR/);
    await expect.poll(async () => JSON.stringify(await nodePositions(page))).not.toBe(JSON.stringify(before));
    const lr = await flow();
    expect(lr.right).toBeGreaterThan(3 * lr.down);
    const p = await nodePositions(page);
    expect(p.il6.x).toBeLessThan(p.stat3.x);

    // Back to top to bottom: the link forgets the direction, and the first layout returns.
    await page.getByRole('radio', { name: 'Top to bottom' }).check();
    await expect(page).not.toHaveURL(/layout=/);
    await expect.poll(() => nodePositions(page)).toEqual(before);
    expect(await flow()).toEqual(tb);
  });

  test('a secondary filter does not move the nodes that stay; re-layout does on request', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page, 5);
    const before = await nodePositions(page);
    const allBefore = await visibleNodeIds(page);
    await page.getByRole('radio', { name: 'Other studies' }).check();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeLessThan(allBefore.length);
    const after = await nodePositions(page);
    // Entities stay; a frame (a compound node) follows what it still holds.
    const entities = (await visibleNodeIds(page)).filter((id) => !id.startsWith('frame:'));
    expect(entities.length).toBeGreaterThan(0);
    for (const id of entities) expect(after[id], id).toEqual(before[id]);
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await expect.poll(async () => JSON.stringify(await nodePositions(page))).not.toBe(JSON.stringify(after));
  });

  test('zoom and fit controls change the viewport', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    const zoom = () => page.evaluate(() => window.__cy?.zoom() ?? 0);
    const z0 = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom()).toBeCloseTo(z0 * 1.25, 5);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(await zoom()).toBeCloseTo(z0, 5);
  });
});

test.describe('filters', () => {
  test('mechanism category and entity type narrow the view, and an empty result says how to widen it', async ({
    page,
  }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page, 5);
    const all = (await visibleNodeIds(page)).length;
    await page.getByRole('checkbox', { name: 'Tumour microenvironment' }).check();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeLessThan(all);
    await page.getByRole('checkbox', { name: 'Drug', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Non-coding RNA' }).check();
    await page.getByRole('radio', { name: "The authors' own group" }).check();
    await expect(page.getByText('The filters exclude every relation of the chosen therapies.')).toBeVisible();
    await page.getByRole('button', { name: 'clear the entity types' }).click();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBe(all);
  });

  test('the neighbourhood filter keeps entities within N steps of the selection', async ({ page }) => {
    await page.goto('/?therapy=tace&entity=stat3');
    await waitForDiagram(page, 5);
    const all = (await visibleNodeIds(page)).length;
    await page.getByLabel('Only entities within N steps of the selected one').selectOption('1');
    await expect(page).toHaveURL(/steps=1/);
    // The URL changes with the store; the canvas follows on the next render.
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeLessThan(all);
    const near = await visibleNodeIds(page);
    expect(near).toContain('stat3');
    expect(near).toContain('cd47');
  });
});

test.describe('details', () => {
  test('clicking an entity shows its names, therapies and every relation with evidence and citations', async ({
    page,
  }) => {
    await page.goto('/?therapy=haic,immunotherapy');
    await waitForDiagram(page, 5);
    await clickNode(page, 'prmt3');
    const details = page.locator('.details');
    await expect(details.getByRole('heading', { name: 'PRMT3' })).toBeVisible();
    await expect(details.getByText('protein arginine methyltransferase 3', { exact: false })).toBeVisible();
    await expect(details.locator('[data-therapy-chip="haic"]')).toBeVisible();
    await expect(details.locator('[data-therapy-chip="immunotherapy"]')).toBeVisible();
    await expect(details.getByText("Authors' own group").first()).toBeVisible();
    await expect(
      details.getByText(/SHI Y, NIU Y, YUAN Y, et al\. PRMT3-mediated arginine methylation of IGF2BP1/).first(),
    ).toBeVisible();
    await expect(page).toHaveURL(/entity=prmt3/);
  });

  test('a relation opens from the keyboard through the relations list', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=relations');
    await waitForDiagram(page);
    const first = page.locator('.relations-table tbody tr').first().getByRole('rowheader').getByRole('button');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.details .eyebrow')).toHaveText('Relation');
    await expect(page.locator('.details blockquote')).toBeVisible();
  });
});

test.describe('search', () => {
  for (const [query, id, label] of [
    ['HIF', 'hif1a', 'HIF-1α'],
    ['缺氧', 'hypoxia', 'hypoxia'],
    ['KU70', 'xrcc6', 'KU70'],
  ] as const) {
    test(`typing ${query} finds ${label}`, async ({ page }) => {
      await page.goto('/?therapy=tace');
      await waitForDiagram(page);
      await search(page, query);
      await expect(suggestions(page).first()).toContainText(label);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`entity=${id}`));
      await expect(page.locator('.details h2')).toHaveText(label);
      await expect
        .poll(() => page.evaluate((nodeId) => window.__cy?.getElementById(nodeId).hasClass('focus'), id))
        .toBe(true);
    });
  }
});

test.describe('paths', () => {
  test('hypoxia to autophagy lists the directed steps with references and highlights them', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=paths');
    await waitForDiagram(page);
    await page.getByLabel('From', { exact: true }).selectOption('hypoxia');
    await page.getByLabel('To', { exact: true }).selectOption('autophagy');
    await expect(page.getByText(/directed path\(s\)/)).toBeVisible();
    const summary = page.locator('.path summary').first();
    await expect(summary).toContainText(/^hypoxia → .* → autophagy$/);
    await expect(page.locator('.path .steps li').first()).toContainText(/\[\d/);
    await expect.poll(() => page.evaluate(() => window.__cy?.edges('.path-edge').length ?? 0)).toBeGreaterThan(0);
    await expect(page).toHaveURL(/from=hypoxia&to=autophagy/);
  });
});

test.describe('text alternative', () => {
  test('the relations table lists exactly the relations drawn', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=relations');
    await waitForDiagram(page);
    await waitForDiagram(page, 10);
    const drawn = await page.evaluate(() => window.__cy?.edges().filter((e) => e.visible()).length ?? -1);
    expect(drawn).toBeGreaterThan(10);
    await expect(page.locator('.relations-table tbody tr')).toHaveCount(drawn);
    await expect(page.getByRole('table', { name: /Text alternative/ })).toBeAttached();
  });
});

test.describe('permalinks', () => {
  test('a link reopens exactly the same view', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.locator('[data-therapy="haic"]').check();
    await page.getByRole('radio', { name: 'Left to right' }).check();
    await search(page, 'STAT3');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    const url = page.url();
    expect(url).toMatch(/therapy=tace,haic/);
    expect(url).toMatch(/lang=zh/);
    expect(url).toMatch(/layout=LR/);
    await expect.poll(async () => (await visibleNodeIds(page)).includes('stat3')).toBe(true);
    const ids = await visibleNodeIds(page);
    await page.goto(url);
    await waitForDiagram(page);
    await expect.poll(() => visibleNodeIds(page)).toEqual(ids);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('肝癌转化治疗抵抗机制图谱');
    await expect(page.locator('.details h2')).toHaveText('STAT3');
    await expect(page.getByRole('radio', { name: '从左到右' })).toBeChecked();
  });

  test('unknown or malformed values are ignored with a visible notice', async ({ page }) => {
    await page.goto('/?therapy=tace,nonsense&lang=xx&entity=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await waitForDiagram(page);
    const notices = page.locator('.notice');
    await expect(notices).toHaveCount(3);
    await expect(notices.first()).toContainText('therapy="nonsense" is not valid');
    await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
    await notices.first().getByRole('button').click();
    await expect(notices).toHaveCount(2);
  });
});

test.describe('Table 1', () => {
  test('shows every regimen with its rates, criterion and reference, linked to the therapy views', async ({ page }) => {
    await page.goto('/?panel=table');
    await expect(page.locator('.response-table tbody tr')).toHaveCount(14);
    await expect(page.locator('.response-chart')).toBeVisible();
    await expect(page.locator('.response-table')).toContainText('48.8%');
    await expect(page.locator('.response-table')).toContainText('mRECIST');
    await page.locator('[data-row-therapy="tace-haic"]').first().click();
    await expect(page).toHaveURL(/therapy=tace-haic/);
  });
});

test.describe('language', () => {
  test('switches UI text and entity labels to Chinese and back', async ({ page }) => {
    await page.goto('/?therapy=tace&entity=hypoxia');
    await waitForDiagram(page);
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(page.getByRole('tab', { name: '详情' })).toBeVisible();
    await expect(page.locator('.details h2')).toHaveText('缺氧');
    await expect.poll(() => page.evaluate(() => window.__cy?.getElementById('hypoxia').data('label'))).toBe('缺氧');
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(page.locator('.details h2')).toHaveText('hypoxia');
  });
});
