/**
 * Imported pathways, end to end: a WikiPathways GPML and an NDEx CX2 file opened through
 * "Open pathway…", their reports, their diagrams, Compare against a therapy, the SVG
 * export, a reload, and broken files that must leave the view as it was.
 *
 * The expected numbers come from the files, not from our reader:
 * - WP3614: WikiPathways' own data-node table (WP3614-datanodes.tsv) lists 37 distinct
 *   labels, and the GPML has 6 <Group> elements, each drawn as an entity of its own
 *   (members are part of it): 37 + 6 = 43 entities on the diagram.
 * - WP5049 (CX2): the edges whose two ends are named nodes (a name in the node's "n"
 *   value), counted here from the JSON: their distinct end names are the entities drawn.
 * - Compare: the GeneProduct labels of the data-node table that are symbols of genes in
 *   TACE's relations in graphs/ (read with the project's loader): the genes both share.
 *   (The app has no HGNC table yet, so labels are matched as written: PKM2 stays PKM2.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { downloadViewSvg, expect, search, suggestions, test, waitForDiagram } from './fixtures';

/** Third-party test data, beside the checkout (CI has it there too). */
const DATA = resolve(process.cwd(), '..', 'shared', 'data');
const GPML = `${DATA}/wikipathways/WP3614.gpml`;
const TSV = `${DATA}/wikipathways/WP3614-datanodes.tsv`;
const CX2 = `${DATA}/cx2/WP5049-glycolysis-in-senescence.cx2`;
const present = existsSync(GPML) && existsSync(CX2) && existsSync(TSV);
if (!present) console.warn(`pathway-import e2e: ${DATA} is absent; these tests are skipped`);
test.skip(!present, `${DATA} (third-party pathway files) is absent`);

const SCREENSHOTS = '/tmp/pw-pathapp-shots';

interface DataNode {
  label: string;
  type: string;
}
function dataNodes(): DataNode[] {
  const [, ...lines] = readFileSync(TSV, 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [label = '', type = ''] = line.split('\t');
    return { label, type };
  });
}
const gpmlText = () => readFileSync(GPML, 'utf8');
const wp3614Entities = () =>
  new Set(dataNodes().map((n) => n.label)).size + (gpmlText().match(/<Group /g) ?? []).length;
const wp3614Genes = () => [
  ...new Set(
    dataNodes()
      .filter((n) => n.type === 'GeneProduct')
      .map((n) => n.label),
  ),
];

function cx2Entities(): number {
  const aspects = JSON.parse(readFileSync(CX2, 'utf8')) as Array<Record<string, unknown>>;
  const names = new Map<number, string>();
  const edges: Array<{ s: number; t: number }> = [];
  for (const a of aspects) {
    for (const n of (a.nodes as Array<{ id: number; v: { n?: string } }> | undefined) ?? []) {
      const name = (n.v.n ?? '').trim();
      if (name) names.set(n.id, name);
    }
    edges.push(...((a.edges as Array<{ s: number; t: number }> | undefined) ?? []));
  }
  const ends = new Set<string>();
  for (const e of edges) {
    const s = names.get(e.s);
    const t = names.get(e.t);
    if (s && t && s !== t) ends.add(s).add(t);
  }
  return ends.size;
}

const atlas = loadKnowledgeBase(readSources(findGraphFiles('graphs'))).kb;

/** Genes of TACE's relations in graphs/: entity id by symbol. */
function taceGenes(): Map<string, string> {
  const ids = new Set(atlas.relations.filter((r) => r.therapies.includes('tace')).flatMap((r) => [r.source, r.target]));
  return new Map(
    [...ids].flatMap((id): Array<[string, string]> => {
      const symbol = atlas.entityById.get(id)?.symbol;
      return symbol ? [[symbol, id]] : [];
    }),
  );
}

/** How a gene is labelled in the app: an atlas gene of that symbol keeps the atlas's label (HIF1A is "HIF-1α"). */
function drawnLabel(symbol: string): string {
  return atlas.entities.find((e) => e.symbol === symbol)?.label.en ?? symbol;
}

async function openFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  await page.locator('[data-pathway-file]').setInputFiles({ name, mimeType, buffer });
}

/** The entity nodes on the diagram (frames excluded), by entity id. */
const entityNodes = (page: Page) =>
  page.evaluate(() => [...new Set(window.__cy?.nodes('[entity]').map((n) => String(n.data('entity'))) ?? [])].sort());

/** The view id of an imported pathway, as the panel lists it. */
const viewOf = (page: Page, nth: number) => page.locator('.pathway-item').nth(nth).getAttribute('data-view');

const report = (page: Page) => page.locator('dialog.import-report');

test.describe('imported pathways', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a GPML and a CX2 file: report, diagram, Compare with TACE, SVG export, kept after a reload', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);

    // GPML: the report opens by itself, positions are lines of the file.
    await openFile(page, 'WP3614.gpml', readFileSync(GPML));
    await expect(report(page)).toBeVisible();
    await expect(report(page).getByRole('heading')).toHaveText(
      'Import report: Photodynamic therapy-induced HIF-1 survival signaling',
    );
    await expect(report(page)).toContainText('read as GPML2013a');
    // The first dropped interaction is the TBar from the label "ROS / Hypoxia": the line it names holds that interaction.
    await report(page)
      .getByRole('radio', { name: /^Dropped/ })
      .check();
    const dropped = report(page).locator('tbody tr');
    await expect(dropped.first()).toContainText('Label ("ROS / Hypoxia")');
    const rows = await dropped.evaluateAll((trs) =>
      trs.map((tr) => ({
        action: tr.getAttribute('data-report-action'),
        position: tr.querySelector('td')?.textContent ?? '',
        element: tr.querySelectorAll('td')[1]?.textContent ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === 'dropped')).toBe(true);
    const lines = gpmlText().split('\n');
    const first = rows[0];
    const line = Number(/^line (\d+)$/.exec(first.position)?.[1]);
    expect(lines[line - 1]).toContain('<Interaction');
    expect(lines.slice(line - 1, line + 3).join('\n')).toContain(first.element);
    await page.screenshot({ path: `${SCREENSHOTS}/report-1280.png` });
    await report(page).getByRole('button', { name: 'Close' }).click();
    await expect(report(page)).toBeHidden();

    const gpmlView = await viewOf(page, 0);
    expect(gpmlView).toBeTruthy();
    // The new view is chosen beside TACE; alone, it draws the pathway's entities.
    await expect(page.locator(`[data-therapy="${gpmlView}"]`)).toBeChecked();
    await page.locator('[data-therapy="tace"]').uncheck();
    await expect.poll(async () => (await entityNodes(page)).length, { timeout: 10_000 }).toBe(wp3614Entities());
    await expect(page.locator('.pathway-item').first()).toContainText('GPML2013a');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SCREENSHOTS}/pathway-view-1280.png` });
    // Searched into, a gene is centred at a readable zoom: the pathway in the atlas's visual language.
    await search(page, 'BNIP3');
    await suggestions(page).first().click();
    await expect(page.locator('.details h2')).toHaveText('BNIP3');
    await expect(page.locator('.details .xrefs a').first()).toHaveAttribute(
      'href',
      'https://identifiers.org/ncbigene:664',
    );
    // Its relations are the file's, marked so, never with an empty "[]".
    await expect(page.locator('.details [data-citation="imported"]').first()).toContainText('[imported]');
    await expect(page.locator('.details [data-citation="imported"]').first()).toHaveAttribute(
      'title',
      'Imported from WP3614.gpml; not a statement of the review.',
    );
    await expect(page.locator('.details .relation-list')).not.toContainText('[]');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SCREENSHOTS}/pathway-view-zoomed-1280.png` });
    await page.getByRole('button', { name: 'Clear selection' }).click();

    // CX2.
    await openFile(page, 'WP5049-glycolysis-in-senescence.cx2', readFileSync(CX2));
    await expect(report(page)).toBeVisible();
    await expect(report(page)).toContainText('read as CX2 2.0');
    await report(page).getByRole('button', { name: 'Close' }).click();
    const cxView = await viewOf(page, 1);
    expect(cxView).toBeTruthy();
    await page.locator(`[data-therapy="${gpmlView}"]`).uncheck();
    await expect.poll(async () => (await entityNodes(page)).length, { timeout: 10_000 }).toBe(cx2Entities());

    // Compare WP3614 with TACE: the shared genes are those of the data-node table that TACE draws.
    const tace = taceGenes();
    const shared = wp3614Genes().flatMap((g) => tace.get(g) ?? []);
    expect(shared.length).toBeGreaterThan(0);
    await page.locator(`[data-therapy="${cxView}"]`).uncheck();
    await page.locator('[data-therapy="tace"]').check();
    await page.locator(`[data-therapy="${gpmlView}"]`).check();
    // At 1280 px the details panel starts collapsed.
    const details = page.getByRole('button', { name: /^Details panel/ });
    if ((await details.getAttribute('aria-expanded')) === 'false') await details.click();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const set = page.locator(`[data-set="tace+${gpmlView}"], [data-set="${gpmlView}+tace"]`);
    await expect(set).toHaveCount(1);
    await set.click();
    const sharedRows = await page
      .locator('.shared-matrix tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity') ?? ''));
    // An imported gene with an atlas gene's symbol is that atlas entity: the rows are atlas ids.
    expect([...sharedRows].sort()).toEqual([...shared].sort());

    // The SVG export of the pathway's own view holds its genes.
    await page.locator('[data-therapy="tace"]').uncheck();
    await expect.poll(async () => (await entityNodes(page)).length, { timeout: 10_000 }).toBe(wp3614Entities());
    const svg = await downloadViewSvg(page, testInfo.outputPath('pathway-view.svg'));
    for (const gene of wp3614Genes()) {
      const label = drawnLabel(gene);
      expect(svg, `the SVG names ${gene} (as ${label})`).toContain(`>${label}<`);
    }
    // The caption credits the file, not the review: only imported relations are drawn.
    expect(svg).toContain('Imported pathways: WP3614.gpml (not statements of the review).');
    expect(svg).not.toContain('Source: ');

    // A reload keeps both pathways, and the link shows the pathway's view again.
    await page.reload();
    await waitForDiagram(page);
    await expect(page.locator('.pathway-item')).toHaveCount(2);
    await expect(page.locator(`[data-therapy="${gpmlView}"]`)).toBeChecked();
    await expect.poll(async () => (await entityNodes(page)).length, { timeout: 10_000 }).toBe(wp3614Entities());

    // Rename and remove, from the keyboard.
    const item = page.locator('.pathway-item').first();
    await item.getByRole('button', { name: /^Rename / }).focus();
    await page.keyboard.press('Enter');
    const field = item.getByRole('textbox');
    await field.fill('HIF-1 survival (WP3614)');
    await page.keyboard.press('Enter');
    await expect(page.locator('.therapy-picker')).toContainText('HIF-1 survival (WP3614)');
    await page.reload();
    await expect(page.locator('.therapy-picker')).toContainText('HIF-1 survival (WP3614)');
    await page
      .locator('.pathway-item')
      .nth(1)
      .getByRole('button', { name: /^Remove / })
      .click();
    await expect(page.locator('.pathway-item')).toHaveCount(1);
    await page.reload();
    await expect(page.locator('.pathway-item')).toHaveCount(1);
  });

  test('broken files leave the view untouched with a precise notice', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    const before = await entityNodes(page);
    const url = page.url();

    const text = gpmlText();
    const truncated = text.slice(0, Math.floor(text.length / 2));
    await openFile(page, 'WP3614-truncated.gpml', Buffer.from(truncated));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not open WP3614-truncated.gpml:');
    // The XML reader's position: line:column of the unclosed tag, within the half that was kept.
    const at = /(\d+):(\d+): unclosed tag/.exec((await alert.textContent()) ?? '');
    expect(at, 'the notice names a line and column').not.toBeNull();
    expect(Number(at?.[1])).toBeLessThanOrEqual(truncated.split('\n').length);
    await expect(alert).toContainText('the view is unchanged');

    await openFile(
      page,
      'WP3614.gpml',
      Buffer.from('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>502</body></html>'),
      'text/html',
    );
    await expect(alert).toContainText('WP3614.gpml is an HTML page');

    await expect(page.locator('.pathway-item')).toHaveCount(0);
    await expect(report(page)).toBeHidden();
    expect(await entityNodes(page)).toEqual(before);
    expect(page.url()).toBe(url);
    await page.screenshot({ path: `${SCREENSHOTS}/broken-file-1280.png` });
  });

  test('a link to an imported pathway this browser lacks says so and shows the plain view', async ({ page }) => {
    await page.goto('/?therapy=wp3614');
    await waitForDiagram(page);
    await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toContainText(
      'a pathway imported in another browser is not here',
    );
    await expect(page.locator('[data-therapy="tace"]')).toBeChecked();
  });
  test('a file dropped on the diagram opens; search finds its genes; details link its Xrefs; in Chinese too', async ({
    page,
  }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    // A drop as the browser delivers it: a DataTransfer holding the file.
    const text = readFileSync(CX2, 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'WP5049-glycolysis-in-senescence.cx2'));
      return dt;
    }, text);
    const centre = page.locator('.centre');
    await centre.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect(page.locator('.drop-hint')).toHaveText('Drop the file to open it as a pathway');
    await centre.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(report(page)).toBeVisible();
    await expect(page.locator('.drop-hint')).toHaveCount(0);
    // Escape closes the report, as any dialog.
    await page.keyboard.press('Escape');
    await expect(report(page)).toBeHidden();

    // G6PD is no gene of the atlas: it is the pathway's own entity, with the file's cross-references.
    await search(page, 'G6PD');
    await suggestions(page).first().click();
    await expect(page.locator('.details h2')).toHaveText('G6PD');
    await expect(page.locator('[data-origin-file]')).toHaveText('WP5049-glycolysis-in-senescence.cx2');
    const links = await page
      .locator('.details .xrefs a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]));
    expect(links).toEqual([
      ['HGNC: G6PD', 'https://identifiers.org/hgnc.symbol:G6PD', 'noopener noreferrer'],
      ['Ensembl: ENSG00000160211', 'https://identifiers.org/ensembl:ENSG00000160211', 'noopener noreferrer'],
    ]);
    // The source's own id field, whose database the reader does not keep, stays text.
    await expect(page.locator('.details .xrefs li')).toHaveCount(3);

    // In Chinese: the panel, its buttons and the report.
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(page.getByRole('heading', { name: '导入的通路' })).toBeVisible();
    await expect(page.getByRole('button', { name: '打开通路…' })).toBeVisible();
    await page.getByRole('button', { name: /的导入报告$/ }).click();
    await expect(report(page).getByRole('heading')).toHaveText(/^导入报告：/);
    await expect(report(page).getByRole('radio', { name: /^已丢弃/ })).toBeVisible();
    await report(page).getByRole('button', { name: '关闭' }).click();
  });

  test('every pathway control is reached with Tab and has a name', async ({ page }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await openFile(page, 'WP3614.gpml', readFileSync(GPML));
    await report(page).getByRole('button', { name: 'Close' }).click();
    const wanted = [
      'Open pathway…',
      'Import report of Photodynamic therapy-induced HIF-1 survival signaling',
      'Rename Photodynamic therapy-induced HIF-1 survival signaling',
      'Remove Photodynamic therapy-induced HIF-1 survival signaling from this browser',
    ];
    await page.getByRole('button', { name: 'Open pathway…' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < wanted.length; i++) {
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
        }),
      );
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual(wanted);
    // Enter on the report button opens the report, and focus moves into it.
    await page.getByRole('button', { name: /^Import report of / }).focus();
    await page.keyboard.press('Enter');
    await expect(report(page)).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  });
  test('the pathway panel, the report and the details of an imported gene have no accessibility violations', async ({
    page,
  }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await openFile(page, 'WP3614.gpml', readFileSync(GPML));
    await expect(report(page)).toBeVisible();
    const axe = () =>
      new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('canvas')
        .analyze()
        .then((r) =>
          r.violations.map(
            (v) =>
              `${v.id}: ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 4)
                .join(' | ')}`,
          ),
        );
    expect(await axe()).toEqual([]);
    await report(page).getByRole('button', { name: 'Close' }).click();
    await search(page, 'BNIP3');
    await suggestions(page).first().click();
    await expect(page.locator('.details h2')).toHaveText('BNIP3');
    expect(await axe()).toEqual([]);
  });
  test('a silent IndexedDB does not hold up the first diagram; a link to a pathway waits for it and says so', async ({
    page,
  }) => {
    // As a profile whose IndexedDB hangs: open() returns a request that never answers.
    await page.addInitScript(() => {
      const silent = { open: () => ({}) as IDBOpenDBRequest };
      Object.defineProperty(window, 'indexedDB', { get: () => silent });
    });
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    // Had the page waited for the store (3 s, STARTUP_WAIT_MS), the diagram would have come
    // after a warning that the store had not answered: it came without one.
    await expect(page.locator('.notices')).not.toContainText('has not answered');

    // A link naming something the bundled atlas lacks may name an imported view: the page
    // waits for the store (3 s at most), then says what it could not find.
    await page.goto('/?therapy=tace,wp3614');
    await waitForDiagram(page, 1, 10_000);
    await expect(page.locator('.notices')).toContainText('has not answered within 3 s');
    await expect(page.locator('.notices')).toContainText('a pathway imported in another browser is not here');
  });

  test('a browser whose IndexedDB refuses still opens pathways for the visit, and says they are not kept', async ({
    page,
  }) => {
    // As a private window or a locked-down profile: every open throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('IndexedDB is disabled', 'SecurityError');
        },
      });
    });
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await openFile(page, 'WP3614.gpml', readFileSync(GPML));
    await expect(report(page)).toBeVisible();
    await report(page).getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.pathway-item')).toHaveCount(1);
    await expect(page.getByRole('alert')).toContainText(
      'Imported pathways cannot be kept in this browser (IndexedDB is disabled); they stay until the page is closed.',
    );
    const view = await viewOf(page, 0);
    await expect(page.locator(`[data-therapy="${view}"]`)).toBeChecked();
  });
});
