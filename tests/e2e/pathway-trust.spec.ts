/**
 * Imported pathways a person can trust, end to end:
 * - aliases are suggestions: the CellNOpt SIF's "erk" stays "erk" (HGNC 2021 lists ERK as
 *   EPHB2's previous symbol and MAPK1's alias), with the suggestion in the report; applying
 *   the suggestions (all, or one entry) reads it as HGNC says, EPHB2, keeps that after a
 *   reload and says so;
 * - the report in Chinese: entries, positions and controls;
 * - remove, then Undo (from the keyboard): the pathway, its colour and its stored entry are back,
 *   and removing one pathway recolours no other;
 * - a gene merged into an atlas entity (WP3614's HIF1A is the atlas's HIF-1α) shows, in its
 *   details, the file's label, source ids, type and Xrefs.
 * Expected values come from the files: the SIF's line of each node (its first line, read
 * here), WP3614's DataNodes and Xrefs (read here with a regular expression over the GPML).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, search, suggestions, test, waitForDiagram } from './fixtures';

const DATA = resolve(process.cwd(), '..', 'shared', 'data');
const SIF = `${DATA}/sif-cellnopt-HepG2CancerRes2011.sif`;
const GPML = `${DATA}/wikipathways/WP3614.gpml`;
const present = existsSync(SIF) && existsSync(GPML);
if (!present) console.warn(`pathway-trust e2e: ${DATA} is absent; these tests are skipped`);
test.skip(!present, `${DATA} (third-party pathway files) is absent`);

const SCREENSHOTS = '/tmp/pw-hp-shots';
const SIF_NAME = 'sif-cellnopt-HepG2CancerRes2011.sif';
/** The view the SIF becomes: its file name, as ids are made (lower case, hyphens). */
const SIF_VIEW = 'sif-cellnopt-hepg2cancerres2011';

/** The first line of the SIF naming `node` as a source or a target. */
function firstLine(node: string): number {
  const lines = readFileSync(SIF, 'utf8').split('\n');
  const i = lines.findIndex((line) => {
    const fields = line.trim().split(/ +/);
    return fields.length >= 3 && (fields[0] === node || fields.slice(2).includes(node));
  });
  return i + 1;
}

/** WP3614's DataNodes labelled `label`: their GraphIds and distinct Xrefs, as the file writes them. */
function dataNodes(label: string): { ids: string[]; xrefs: string[] } {
  const text = readFileSync(GPML, 'utf8');
  const ids: string[] = [];
  const xrefs = new Set<string>();
  const node = new RegExp(`<DataNode TextLabel="${label}" GraphId="([^"]+)"[\\s\\S]*?</DataNode>`, 'g');
  for (const m of text.matchAll(node)) {
    ids.push(m[1]);
    for (const x of m[0].matchAll(/<Xref Database="([^"]+)" ID="([^"]+)"/g)) xrefs.add(`${x[1]}: ${x[2]}`);
  }
  return { ids, xrefs: [...xrefs] };
}

/** The line of WP3614's first DataNode labelled `label`. */
function dataNodeLine(label: string): number {
  return (
    readFileSync(GPML, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(`TextLabel="${label}" GraphId=`)) + 1
  );
}

const openFile = (page: Page, name: string, buffer: Buffer) =>
  page.locator('[data-pathway-file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
const report = (page: Page) => page.locator('dialog.import-report');
const entityIds = (page: Page) =>
  page.evaluate(() => [...new Set(window.__cy?.nodes('[entity]').map((n) => String(n.data('entity'))) ?? [])]);
const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('pathway-atlas-imports');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('pathways').objectStore('pathways').getAllKeys();
          keys.onsuccess = () => done(keys.result.map(String));
          keys.onerror = () => fail(keys.error);
        };
      }),
  );

test.describe('imported pathways a person can trust', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('an alias stays as written with a suggestion; applying it reads what HGNC says, kept after a reload', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await openFile(page, SIF_NAME, readFileSync(SIF));
    const dialog = report(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-alias-counts]')).toHaveText(
      '16 suggestions not applied; 0 applied by your choice.',
    );
    await dialog.getByRole('radio', { name: 'Alias suggestions (16)' }).check();
    const erk = dialog.locator('tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: /^erk$/ }) });
    await expect(erk.locator('td').first()).toHaveText(`line ${firstLine('erk')}`);
    await expect(erk).toContainText(
      'SIF node label "erk" is a previous symbol of EPHB2 and an alias of MAPK1; not applied: kept as "erk", type "other" (suggestion: EPHB2)',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/report-aliases-en-1280.png` });

    // The diagram draws erk as itself, not as a gene: no EPHB2.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator('[data-therapy="tace"]').uncheck();
    await expect.poll(async () => (await entityIds(page)).includes(`${SIF_VIEW}-erk`)).toBe(true);
    expect((await entityIds(page)).some((id) => id.endsWith('-ephb2'))).toBe(false);

    // One entry first: akt only, by its row's button (named for the label and the gene).
    await page.getByRole('button', { name: /^Import report of / }).click();
    await dialog.getByRole('radio', { name: /^Alias suggestions/ }).check();
    await dialog.getByRole('button', { name: 'Apply AKT1 for “akt”' }).click();
    const status = dialog.locator('[data-alias-status]');
    await expect(status).toHaveText(
      'Read “sif-cellnopt-HepG2CancerRes2011.sif” again with 1 alias suggestion applied (akt → AKT1); 15 left as written; kept in this browser.',
    );
    await expect(status).toBeFocused();
    await expect(dialog.locator('[data-alias-counts]')).toHaveText(
      '15 suggestions not applied; 1 applied by your choice.',
    );

    // Then all of them: erk becomes what HGNC says, EPHB2, and the report says it was chosen.
    await dialog.getByRole('button', { name: 'Apply alias suggestions (15)' }).click();
    await expect(status).toContainText('again with 16 alias suggestions applied');
    await expect(status).toContainText('erk → EPHB2');
    await dialog.getByRole('radio', { name: /^Alias suggestions/ }).check();
    await expect(erk).toContainText('applied by choice: read as EPHB2');
    await page.screenshot({ path: `${SCREENSHOTS}/report-aliases-applied-en-1280.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect(erk.getByRole('button', { name: 'Keep “erk” as written, not EPHB2' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await entityIds(page)).includes(`${SIF_VIEW}-ephb2`)).toBe(true);
    expect(await entityIds(page)).not.toContain(`${SIF_VIEW}-erk`);

    // Kept: after a reload erk is still EPHB2, with "erk" as its alias.
    await page.reload();
    await waitForDiagram(page);
    await search(page, 'EPHB2');
    await suggestions(page).first().click();
    const details = page.locator('.details');
    await expect(details.locator('h2')).toHaveText('erk');
    await expect(details).toContainText('EPHB2');

    // The file came back from the browser's store with it: every label back as written.
    await page.getByRole('button', { name: /^Import report of / }).click();
    await dialog.getByRole('button', { name: 'Keep every label as written' }).click();
    await expect(status).toContainText('again with every label kept as written (16 alias suggestions not applied)');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await entityIds(page)).includes(`${SIF_VIEW}-erk`)).toBe(true);
  });

  test('the report in Chinese: entries, positions and the alias controls', async ({ page }) => {
    await page.goto('/?therapy=tace&lang=zh');
    await waitForDiagram(page);
    await openFile(page, SIF_NAME, readFileSync(SIF));
    const dialog = report(page);
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/^导入报告：/);
    await expect(dialog.getByRole('heading', { name: '别名仅作建议' })).toBeVisible();
    await dialog.getByRole('radio', { name: '别名建议 (16)' }).check();
    const erk = dialog.locator('tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: /^erk$/ }) });
    await expect(erk.locator('td').first()).toHaveText(`第 ${firstLine('erk')} 行`);
    await expect(erk).toContainText(
      'SIF node 标签“erk”是 EPHB2 的曾用符号，也是 MAPK1 的别名；未采用：保留为“erk”，类型为“其他”（建议：EPHB2）',
    );
    await expect(dialog.getByRole('button', { name: '采用别名建议（16）' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: '对“akt”采用 AKT1' })).toBeVisible();
    // No English sentence in the Chinese report: every entry is said in Chinese.
    const texts = await dialog.locator('tbody td:nth-child(4)').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/\b(is not|kept as|not applied|resolved to)\b/);
    await page.screenshot({ path: `${SCREENSHOTS}/report-aliases-zh-1280.png` });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('remove, then Undo from the keyboard: the pathway, its colour and its stored entry are back', async ({
    page,
  }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    for (const [name, text] of [
      ['first.sif', 'TP53\t1\tMDM2\n'],
      ['second.sif', 'EGFR\t1\tKRAS\n'],
    ]) {
      await openFile(page, name, Buffer.from(text));
      await report(page).getByRole('button', { name: 'Close' }).click();
    }
    const swatch = (name: string) =>
      page
        .locator('.pathway-item')
        .filter({ hasText: name })
        .locator('.swatch')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    const second = await swatch('second.sif');
    expect(second).not.toBe(await swatch('first.sif'));
    const keys = await storedKeys(page);
    expect(keys).toHaveLength(2);

    await page.getByRole('button', { name: 'Remove first.sif from this browser' }).click();
    await expect(page.locator('.pathway-item')).toHaveCount(1);
    // Removing one recolours no other.
    expect(await swatch('second.sif')).toBe(second);
    await expect.poll(() => storedKeys(page)).toHaveLength(1);
    const undo = page.getByRole('button', { name: 'Undo removing “first.sif”' });
    await expect(undo).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Removed “first.sif” from this browser.' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/undo-notice-1280.png` });
    await page.keyboard.press('Enter');
    await expect(page.locator('.pathway-item')).toHaveCount(2);
    await expect(page.locator('.pathway-item').first()).toContainText('first.sif');
    await expect.poll(async () => (await storedKeys(page)).sort()).toEqual([...keys].sort());
    await page.reload();
    await waitForDiagram(page);
    await expect(page.locator('.pathway-item')).toHaveCount(2);
    expect(await swatch('second.sif')).toBe(second);
  });

  test("a gene merged into an atlas entity lists the pathway's label, ids, type and Xrefs", async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await openFile(page, 'WP3614.gpml', readFileSync(GPML));
    await report(page).getByRole('button', { name: 'Close' }).click();
    await search(page, 'HIF1A');
    await suggestions(page).first().click();
    const details = page.locator('.details');
    // The atlas's own entity (its label is the atlas's), with the file's record below.
    await expect(details.locator('h2')).toHaveText('HIF-1α');
    const evidence = details.locator('[data-imported-evidence]');
    await expect(evidence.getByRole('heading', { name: 'In imported pathways' })).toBeVisible();
    const { ids, xrefs } = dataNodes('HIF1A');
    expect(ids.length).toBeGreaterThan(0);
    await expect(evidence.locator('[data-evidence-label]')).toHaveText('HIF1A');
    await expect(evidence).toContainText('Photodynamic therapy-induced HIF-1 survival signaling');
    await expect(evidence.locator('[data-origin-file]')).toHaveText('WP3614.gpml');
    await expect(evidence).toContainText(ids.join(' '));
    await expect(evidence).toContainText('GeneProduct');
    expect(await evidence.locator('.xrefs li').allTextContents()).toEqual(xrefs);
    await expect(evidence.locator('.xrefs a').first()).toHaveAttribute('href', 'https://identifiers.org/ncbigene:3091');
    await details.evaluate((el) => el.scrollIntoView());
    await evidence.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/details-merged-en-1280.png` });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(evidence.getByRole('heading', { name: '导入通路中的记录' })).toBeVisible();
    await expect(evidence).toContainText('文件中的标签');
    await expect(evidence).toContainText(`第 ${dataNodeLine('HIF1A')} 行`);
    await evidence.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/details-merged-zh-1280.png` });
  });
});
