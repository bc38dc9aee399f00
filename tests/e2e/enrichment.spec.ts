/**
 * The Enrichment tab in English and Chinese: paste a gene list, read the ranked table and
 * the "not found" list, open a result and see its diagram with the hits highlighted
 * (read through Cytoscape); or take the genes of a dataset open in the Data tab that pass
 * its log2FC and adjusted-p thresholds. The expected rows are computed here from graphs/
 * (and the test's own table) with the model (whose numbers tests/unit/enrichment.test.ts
 * checks against exact rationals), so a curator's edit changes both sides.
 */

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatFold, formatP } from '../../src/app/derive/enrichment';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { loadHgncResolver } from '../../src/data/hgnc/load-hgnc';
import { STRINGS } from '../../src/i18n/strings';
import { atlasOnlyResolver } from '../../src/model/atlas-resolver';
import { background, enrich, resolveQuery } from '../../src/model/enrichment';
import { atlasGeneSets, atlasGenes } from '../../src/model/gene-sets';
import { withFallback } from '../../src/model/hgnc-lookup';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import type { Language } from '../../src/model/vocabulary';
import { expect, test, waitForDiagram } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const sets = atlasGeneSets(kb);
// The mechanism with the most genes; the list is three of its genes, one written by its
// alias where it has one (PD-L1, KU70), plus an identifier no gene has.
const biggest = sets.filter((s) => s.kind === 'mechanism').reduce((a, b) => (b.genes.size > a.genes.size ? b : a));
const geneEntities = kb.entities.filter((e) => e.type === 'gene' && e.symbol && biggest.genes.has(e.symbol));
const written = geneEntities.slice(0, 3).map((e, i) => (i === 0 && e.aliases[0] ? e.aliases[0] : (e.symbol ?? '')));
const pasted = [...written, 'NOTAGENE1'].join('\n');
const expected = enrich(
  sets,
  resolveQuery([...written, 'NOTAGENE1'], atlasOnlyResolver(kb)).symbols,
  background('atlas', 'atlas', atlasGenes(kb)),
);
const firstMechanism = expected.rows.find((r) => r.kind === 'mechanism');

async function openEnrichment(page: Page, language: Language) {
  await page.goto(`/?therapy=tace&lang=${language}`);
  await waitForDiagram(page);
  const toggle = page.locator('.right > .panel-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.getByRole('tab', { name: STRINGS[language].panelEnrichment }).click();
}

for (const language of ['en', 'zh'] as const) {
  const s = STRINGS[language];
  test(`${language}: a pasted list ranks the mechanisms, and a result opens its diagram with the hits highlighted`, async ({
    page,
  }, info) => {
    if (!firstMechanism) throw new Error('the expected result has no mechanism row');
    await openEnrichment(page, language);
    await page.getByLabel(s.enrichGenes, { exact: true }).fill(pasted);
    await page.getByRole('button', { name: s.enrichRun }).click();

    const table = page.locator('table.enrichment-table');
    await expect(table.locator('caption')).toHaveText(s.enrichCaption);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(expected.rows.length);
    // The ranking, row by row: which set, k/K and the hits.
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-set'),
        tr.querySelector('td')?.textContent,
        tr.querySelector('.hits')?.textContent ?? '',
      ]),
    );
    expect(shown).toEqual(
      expected.rows.map((r) => [
        r.id,
        `${r.k}/${r.K}`,
        r.hits.length > 0 ? `${s.enrichColHits}: ${r.hits.join(', ')}` : '',
      ]),
    );
    const top = rows.first();
    const title =
      expected.rows[0].kind === 'mechanism'
        ? kb.mechanismById.get(expected.rows[0].id)?.title[language]
        : kb.therapyById.get(expected.rows[0].id)?.name[language];
    await expect(top.locator('th[scope="row"] button')).toHaveText(title ?? '');
    // The table fits the 340 px panel: no sideways scrolling, in either language.
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.enrichment .table-scroll');
      const panel = document.querySelector('.tabpanel');
      return [box ? box.scrollWidth - box.clientWidth : -1, panel ? panel.scrollWidth - panel.clientWidth : -1];
    });
    expect(overflow).toEqual([0, 0]);
    // The background is named, and the identifier no gene has is listed as not found.
    await expect(page.locator('.background-used')).toContainText(`n = ${expected.tested.length}`);
    await expect(page.locator('.background-used')).toContainText(`N = ${atlasGenes(kb).size}`);
    const notFound = page.locator('details.enrichment-list').filter({
      has: page.locator('summary', { hasText: s.enrichNotFound.replace('{n}', '1') }),
    });
    await notFound.locator('summary').click();
    await expect(notFound.locator('p')).toHaveText('NOTAGENE1');

    // Open the best mechanism from the keyboard: its frame is outlined, its hits highlighted.
    const row = table
      .locator(`tr[data-set="${firstMechanism.id}"]`)
      .filter({ has: page.locator('th') })
      .first();
    await row.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect(row.locator('button')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`mechanism=${firstMechanism.id}`));
    const set =
      biggest.id === firstMechanism.id
        ? biggest
        : sets.find((x) => x.kind === 'mechanism' && x.id === firstMechanism.id);
    const hitEntities = [...new Set(firstMechanism.hits.flatMap((g) => set?.entitiesByGene.get(g) ?? []))].sort();
    expect(hitEntities.length).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...new Set(window.__cy?.nodes('.neighbour').map((n) => n.data('entity') as string))].sort(),
        ),
      )
      .toEqual(hitEntities);
    await expect
      .poll(() => page.evaluate(() => window.__cy?.nodes('.frame.focus').map((n) => n.data('frame') as string) ?? []))
      .toEqual([firstMechanism.id]);
    await expect(page.locator('.enrichment-status')).toContainText(
      s.enrichOpened
        .replace('{title}', kb.mechanismById.get(firstMechanism.id)?.title[language] ?? '')
        .replace('{k}', String(firstMechanism.k)),
    );
    const shot = info.outputPath(`enrichment-${language}-1280.png`);
    await page.screenshot({ path: shot });
    await info.attach(`enrichment-${language}`, { path: shot, contentType: 'image/png' });

    // Leaving the tab leaves the highlight with it.
    await page.getByRole('tab', { name: s.panelDetails }).click();
    await expect.poll(() => page.evaluate(() => window.__cy?.nodes('.neighbour').length ?? -1)).toBe(0);
  });
}

/*
 * A differential-expression table made from graphs/: atlas genes, those of the largest
 * mechanisms first, pass (one exactly at both thresholds, |log2FC| = 1 and padj = 0.05) or
 * fail by fold, by padj or with no padj at all; another gene passes written by its alias;
 * GAPDH (a real gene the atlas lacks) passes and is outside the background.
 */
const mechanismsBySize = sets.filter((x) => x.kind === 'mechanism').sort((a, b) => b.genes.size - a.genes.size);
const atlasGeneEntities = kb.entities.filter((e) => e.type === 'gene' && e.symbol);
const mine = [
  ...new Set(mechanismsBySize.flatMap((m) => atlasGeneEntities.filter((e) => m.genes.has(e.symbol ?? '')))),
].slice(0, 6);
const other = atlasGeneEntities.find((e) => e.aliases.length > 0 && !mine.includes(e));
type Row = { id: string; log2FC: number; padj: number | null };
const symbolAt = (i: number) => mine[i]?.symbol ?? `MISSING${i}`;
const deTable: Row[] = [
  { id: symbolAt(0), log2FC: 2.4, padj: 0.001 },
  { id: symbolAt(1), log2FC: -3.1, padj: 0.0002 },
  { id: symbolAt(2), log2FC: -1, padj: 0.05 },
  { id: symbolAt(3), log2FC: 0.6, padj: 0.001 },
  { id: symbolAt(4), log2FC: 2.2, padj: 0.3 },
  { id: symbolAt(5), log2FC: -2.5, padj: null },
  { id: other?.aliases[0] ?? 'MISSING-ALIAS', log2FC: 1.7, padj: 0.01 },
  { id: 'GAPDH', log2FC: 1.2, padj: 0.02 },
];
const deText = `gene\tlog2FC\tpadj\n${deTable.map((r) => `${r.id}\t${r.log2FC}\t${r.padj ?? 'NA'}`).join('\n')}\n`;
// Computed from the table itself: |log2FC| ≥ 1 and padj ≤ 0.05, a missing padj failing.
const passing = deTable.filter((r) => Math.abs(r.log2FC) >= 1 && r.padj !== null && r.padj <= 0.05).map((r) => r.id);

test('the genes of a dataset passing its log2FC and padj thresholds give the expected enrichment, and a result highlights its hits', async ({
  page,
}) => {
  const s = STRINGS.en;
  expect(mine.length, 'six atlas genes for the table').toBe(6);
  expect(other, 'a gene of another mechanism with an alias').toBeDefined();
  // The app resolves through HGNC's table, then the atlas's names: so does the expectation.
  const resolver = withFallback(await loadHgncResolver(), atlasOnlyResolver(kb));
  const want = enrich(sets, resolveQuery(passing, resolver).symbols, background('atlas', 'atlas', atlasGenes(kb)));
  expect(want.rows.length).toBeGreaterThan(1);

  await page.goto('/?therapy=tace&panel=data');
  await waitForDiagram(page);
  await page.getByLabel('Paste a table (first column: gene symbols; further columns: numbers)').fill(deText);
  await page.getByRole('button', { name: 'Read pasted table' }).click();
  await expect(page.getByTestId('table-report')).toContainText(`${deTable.length} rows, 3 columns (TSV)`);

  await page.getByRole('tab', { name: s.panelEnrichment }).click();
  const thresholds = page.getByRole('group', { name: s.enrichThresholds });
  await expect(thresholds.getByLabel('|log2FC| ≥')).toHaveValue('1');
  await expect(thresholds.getByLabel('padj ≤')).toHaveValue('0.05');
  const use = thresholds.getByRole('button', { name: s.enrichUseDataset.replace('{n}', String(passing.length)) });
  await use.click();
  const genes = page.getByLabel(s.enrichGenes, { exact: true });
  await expect(genes).toHaveValue(passing.join('\n'));
  // The HGNC table is in (its background is offered), so aliases resolve as in the expectation.
  await expect(page.getByRole('radio', { name: /All HGNC approved symbols/ })).toBeVisible();
  await page.getByRole('button', { name: s.enrichRun }).click();

  const rows = page.locator('table.enrichment-table tbody tr');
  await expect(rows).toHaveCount(want.rows.length);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return [tr.getAttribute('data-set'), ...cells, tr.querySelector('.hits')?.textContent ?? ''];
    }),
  );
  expect(shown).toEqual(
    want.rows.map((r) => [
      r.id,
      `${r.k}/${r.K}`,
      formatP(r.p),
      formatP(r.fdr),
      formatFold(r.fold),
      r.hits.length > 0 ? `${s.enrichColHits}: ${r.hits.join(', ')}` : '',
    ]),
  );
  await expect(page.locator('.background-used')).toContainText(`n = ${want.tested.length}`);
  // GAPDH passed the thresholds but is no atlas gene: outside the background, not tested.
  expect(want.outsideBackground).toContain('GAPDH');
  await expect(page.locator('.enrichment')).toContainText(
    s.enrichOutside.replace('{n}', String(want.outsideBackground.length)),
  );

  // The best mechanism opened: its hit entities highlighted in the diagram.
  const best = want.rows.find((r) => r.kind === 'mechanism');
  if (!best) throw new Error('no mechanism row');
  await page.locator(`tr[data-set="${best.id}"] th button`).first().click();
  await expect(page).toHaveURL(new RegExp(`mechanism=${best.id}`));
  const set = sets.find((x) => x.kind === 'mechanism' && x.id === best.id);
  const hitEntities = [...new Set(best.hits.flatMap((g) => set?.entitiesByGene.get(g) ?? []))].sort();
  expect(hitEntities.length).toBeGreaterThan(0);
  await expect
    .poll(() =>
      page.evaluate(() => [...new Set(window.__cy?.nodes('.neighbour').map((n) => n.data('entity') as string))].sort()),
    )
    .toEqual(hitEntities);
});

test('a link to the tab shows it in the tab strip, which scrolls when the tabs outgrow it', async ({ page }) => {
  await page.goto('/?therapy=tace&panel=enrichment');
  await waitForDiagram(page);
  const tab = page.getByRole('tab', { name: STRINGS.en.panelEnrichment });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const strip = document.querySelector('.tabs')?.getBoundingClientRect();
        const open = document.getElementById('tab-enrichment')?.getBoundingClientRect();
        return !!strip && !!open && open.left >= strip.left - 0.5 && open.right <= strip.right + 0.5;
      }),
    )
    .toBe(true);
});

test('an empty list says what to do, and the result comes back after visiting another tab', async ({ page }, info) => {
  await openEnrichment(page, 'en');
  await page.getByRole('button', { name: STRINGS.en.enrichRun }).click();
  await expect(page.locator('.enrichment').getByRole('alert')).toHaveText(STRINGS.en.enrichNoGenes);
  await page.getByLabel(STRINGS.en.enrichGenes, { exact: true }).fill(pasted);
  await page.getByRole('button', { name: STRINGS.en.enrichRun }).click();
  await expect(page.locator('table.enrichment-table tbody tr')).toHaveCount(expected.rows.length);
  await page.getByRole('tab', { name: STRINGS.en.panelRelations }).click();
  await page.getByRole('tab', { name: STRINGS.en.panelEnrichment }).click();
  await expect(page.locator('table.enrichment-table tbody tr')).toHaveCount(expected.rows.length);
  await expect(page.getByLabel(STRINGS.en.enrichGenes, { exact: true })).toHaveValue(pasted);
  // The table downloads as TSV with every column, the rows in the same order.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: STRINGS.en.downloadTsv }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`${kb.atlas.filePrefix}-enrichment-atlas.tsv`);
  const lines = readFileSync(await saved.path(), 'utf8')
    .trim()
    .split('\n');
  expect(lines[0]).toBe('id\tkind\ttitle\tk\tK\tn\tN\tp\tfdr\tfold\thits\tbackground');
  expect(lines.slice(1).map((l) => l.split('\t')[0])).toEqual(expected.rows.map((r) => r.id));
  const shot = info.outputPath('enrichment-panel-en-1280.png');
  await page.locator('.right').screenshot({ path: shot });
  await info.attach('enrichment-panel-en', { path: shot, contentType: 'image/png' });
});

test('the enrichment result has no accessibility violations (axe)', async ({ page }) => {
  await openEnrichment(page, 'en');
  await page.getByLabel(STRINGS.en.enrichGenes, { exact: true }).fill(pasted);
  await page.getByRole('button', { name: STRINGS.en.enrichRun }).click();
  await page.locator('table.enrichment-table tbody tr button').first().click();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('.enrichment')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
