import { readFileSync } from 'node:fs';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { isUncited } from '../../src/model/citation';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { citationMarks } from '../../src/model/text';
import { expect, test, waitForDiagram } from './fixtures';

/*
 * What the chart should show comes from the knowledge base in graphs/, read here with the
 * project's loader, so that a curator's edit to the graphs does not break these tests.
 */
const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const COMPARED = ['tace', 'immunotherapy'] as const;

/** Each gene (or family) with its relations in each of the compared therapies. */
function relationsByTherapy(compared: readonly string[]) {
  const byEntity = new Map<string, Map<string, typeof kb.relations>>();
  for (const r of kb.relations) {
    for (const t of r.therapies.filter((x) => compared.includes(x))) {
      for (const id of new Set([r.source, r.target])) {
        const type = kb.entityById.get(id)?.type;
        if (type !== 'gene' && type !== 'family') continue;
        const perTherapy = byEntity.get(id) ?? new Map<string, typeof kb.relations>();
        perTherapy.set(t, [...(perTherapy.get(t) ?? []), r]);
        byEntity.set(id, perTherapy);
      }
    }
  }
  return byEntity;
}
/** The genes in every one of the compared therapies (of those chosen, exactly these): the chart's bar for them. */
const sharedBy = (compared: readonly string[]) =>
  [...relationsByTherapy(compared)].filter(([, per]) => per.size === compared.length).map(([id]) => id);

const relationsOf = relationsByTherapy(COMPARED);
const sharedIds = sharedBy(COMPARED);
/** How the "why shared" list marks a relation's references. */
const marks = (r: (typeof kb.relations)[number]) => (isUncited(r) ? '[uncited]' : citationMarks(r.references));

test.describe('shared-genes explorer', () => {
  test('TACE and immunotherapy: the shared intersection highlights its genes, lists why, and downloads as CSV', async ({
    page,
  }) => {
    await page.goto('/?therapy=tace');
    await waitForDiagram(page);
    await page.locator('[data-therapy="immunotherapy"]').check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const shared = page.locator('[data-set="tace+immunotherapy"]');
    expect(sharedIds.length).toBeGreaterThan(1);
    await expect(shared).toHaveAttribute('aria-label', `${sharedIds.length} entities in exactly TACE + Immunotherapy`);
    await shared.click();
    await expect(page).toHaveURL(/set=tace%2Bimmunotherapy/);
    const rows = page.locator('.shared-matrix tbody tr');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity') ?? ''));
    expect([...ids].sort()).toEqual([...sharedIds].sort());
    // The same entities are highlighted in the union diagram, the rest faded.
    await expect
      .poll(() => page.evaluate(() => (window.__cy?.nodes('.neighbour').map((n) => n.data('entity')) ?? []).sort()))
      .toEqual([...ids].sort());
    // Why shared: the first gene's relations in each therapy, each with its references.
    const chosen = ids[0];
    await page.locator(`.shared-matrix [data-entity="${chosen}"] button`).click();
    for (const t of COMPARED) {
      const expected = relationsOf.get(chosen)?.get(t) ?? [];
      const items = page.locator(`[data-why-therapy="${t}"] li`);
      await expect(items).toHaveCount(expected.length);
      for (const [i, r] of expected.entries()) await expect(items.nth(i), r.id).toContainText(marks(r));
    }

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'id,symbol,label,label_zh,name,type,in_tace,in_immunotherapy,relations_tace,relations_immunotherapy,references,uncited_relations',
    );
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual([...ids].sort());
    const entity = kb.entityById.get(chosen);
    const counts = COMPARED.map((t) => relationsOf.get(chosen)?.get(t)?.length ?? 0).join(',');
    expect(lines.find((l) => l.startsWith(`${chosen},`))).toContain(`,${entity?.type},yes,yes,${counts},`);

    const chart = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download chart (SVG)' }).click();
    const svg = readFileSync(await (await chart).path(), 'utf8');
    expect(svg).toContain('id="set-tace_immunotherapy"');
    expect(svg).toMatch(new RegExp(`data-entities="[^"]*\\b${chosen}\\b`));
  });

  test('the bars are reachable and operable from the keyboard, and the view is a link', async ({ page }) => {
    const [firstShared] = sharedBy(['haic', 'immunotherapy']);
    expect(firstShared, 'HAIC and immunotherapy share a gene in graphs/').toBeDefined();
    await page.goto('/?therapy=haic,immunotherapy&panel=compare');
    await waitForDiagram(page);
    const bar = page.locator('[data-set="haic+immunotherapy"]');
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(bar).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`.shared-matrix [data-entity="${firstShared}"]`)).toBeVisible();
    await page.goto(page.url());
    await expect(page.locator('[data-set="haic+immunotherapy"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('asks for 2 to 6 therapies', async ({ page }) => {
    await page.goto('/?therapy=tace&panel=compare');
    await expect(page.getByText('Choose 2 to 6 therapies on the left to compare them.')).toBeVisible();
  });
});
