/**
 * Uncited relations, suggested (hedged) statements and curators' cautions, as a reader
 * meets them: in the relations table, in the details of a relation, and through the
 * "Statements" filter. The relations are found in graphs/ when the test runs (loaded with
 * the project's own loader), never by hard-coded ids, since curators keep marking them.
 */
import type { Page, TestInfo } from '@playwright/test';
import { findGraphFiles, findStoryFiles, readSources } from '../../src/cli/files';
import { STRINGS } from '../../src/i18n/strings';
import { mechanismCitation } from '../../src/model/citation';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { filterGraph } from '../../src/model/query';
import type { Relation } from '../../src/model/schema';
import { loadStories } from '../../src/model/story';
import { CERTAINTY_INFO, type Language, UNCITED_NOTE } from '../../src/model/vocabulary';
import { expect, test, waitForDiagram } from './fixtures';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const uncited = kb.relations.find((r) => r.citation === 'uncited');
const suggested = kb.relations.find((r) => r.certainty === 'suggested');
const cautioned = kb.relations.find((r) => r.caution);
const { stories } = loadStories(readSources(findStoryFiles('graphs')), kb);
const uncitedStep = stories
  .flatMap((story) => story.steps.map((step, index) => ({ story, step, index })))
  .find(({ step }) => step.citation === 'uncited');
const citationOf = (id: string) => {
  const m = kb.mechanismById.get(id);
  return m ? mechanismCitation(m, kb.relations) : null;
};
const allUncitedMechanism = kb.mechanisms.find((m) => {
  const c = citationOf(m.id);
  return c && c.total > 0 && c.allUncited;
});
const partlyUncitedMechanism = kb.mechanisms.find((m) => {
  const c = citationOf(m.id);
  return c && c.uncited > 0 && !c.allUncited;
});

test.use({ viewport: { width: 1280, height: 720 } });

/** Opens the relations table of the relation's first therapy and its row, in a language. */
async function openFromTable(page: Page, relation: Relation, language: Language) {
  const therapy = relation.therapies[0];
  await page.goto(`/?therapy=${therapy}&panel=relations${language === 'zh' ? '&lang=zh' : ''}`);
  await waitForDiagram(page);
  const row = page.locator(`.relations-table tr[data-relation="${relation.id}"]`);
  await expect(row).toBeVisible();
  return row;
}

async function selectRow(page: Page, row: ReturnType<Page['locator']>, language: Language) {
  await row.getByRole('rowheader').getByRole('button').click();
  await expect(page.getByRole('tab', { name: STRINGS[language].details })).toHaveAttribute('aria-selected', 'true');
  const details = page.locator('.right .details');
  await expect(details.locator('.eyebrow')).toHaveText(STRINGS[language].relation);
  return details;
}

async function shoot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

for (const language of ['en', 'zh'] as const) {
  const s = STRINGS[language];

  test(`${language}: an uncited relation says the review cites no source, in the table and in details`, async ({
    page,
  }, info) => {
    test.skip(!uncited, 'graphs/ has no relation marked "citation": "uncited" yet');
    if (!uncited) return;
    const row = await openFromTable(page, uncited, language);
    const mark = row.locator('.uncited-mark');
    await expect(mark).toContainText(`[${s.uncitedMark}]`);
    await expect(mark).toHaveAttribute('title', UNCITED_NOTE[language]);
    await expect(row).not.toContainText('[]');
    const details = await selectRow(page, row, language);
    await expect(details.locator('.evidence .uncited-note')).toHaveText(UNCITED_NOTE[language]);
    // No empty reference list pretends to cite something.
    await expect(details.locator('.evidence .references')).toHaveCount(0);
    await expect(details).not.toContainText('[]');
    await shoot(page, info, `details-uncited-${language}`);
  });

  test(`${language}: a suggested relation carries the badge in the table and in details`, async ({ page }, info) => {
    test.skip(!suggested, 'graphs/ has no relation marked "certainty": "suggested" yet');
    if (!suggested) return;
    const label = CERTAINTY_INFO.suggested.label[language];
    const row = await openFromTable(page, suggested, language);
    await expect(row).toHaveAttribute('data-certainty', 'suggested');
    const rowBadge = row.locator('.certainty-badge');
    await expect(rowBadge).toHaveAttribute('title', s.certaintySuggestedHint);
    // What a screen reader reads: the label and why.
    await expect(rowBadge).toHaveText(`${label}${language === 'zh' ? '：' : ': '}${s.certaintySuggestedHint}`);
    const details = await selectRow(page, row, language);
    const badge = details.locator('.certainty-line .certainty-badge');
    await expect(badge).toBeVisible();
    await expect(badge).toContainText(label);
    await expect(details.locator('.certainty-line .hint')).toHaveText(s.certaintySuggestedHint);
    await shoot(page, info, `details-suggested-${language}`);
  });

  test(`${language}: a curator's caution follows the evidence quote in details`, async ({ page }, info) => {
    test.skip(!cautioned, 'graphs/ has no relation with a "caution" yet');
    if (!cautioned?.caution) return;
    const row = await openFromTable(page, cautioned, language);
    await expect(row.locator('.caution-mark')).toHaveAttribute('title', cautioned.caution[language]);
    const details = await selectRow(page, row, language);
    const caution = details.locator('.evidence blockquote ~ .caution');
    await expect(caution).toBeVisible();
    await expect(caution.locator('strong')).toHaveText(s.cautionLabel);
    await expect(caution).toContainText(cautioned.caution[language]);
    await expect(caution.locator('[lang]')).toHaveAttribute('lang', language);
    await shoot(page, info, `details-caution-${language}`);
  });
}

test('"Stated only" hides the suggested relations from the table and the diagram, and comes back with reset', async ({
  page,
}, info) => {
  test.skip(!suggested, 'graphs/ has no relation marked "certainty": "suggested" yet');
  if (!suggested) return;
  const therapy = suggested.therapies[0];
  const all = filterGraph(kb, { therapies: [therapy], withComponents: true }).relations;
  const stated = all.filter((r) => r.certainty !== 'suggested');
  expect(stated.length).toBeLessThan(all.length);

  await page.goto(`/?therapy=${therapy}&panel=relations`);
  await waitForDiagram(page);
  const rows = page.locator('.relations-table tbody tr');
  const drawnEdges = () => page.evaluate(() => window.__cy?.edges().filter((e) => e.visible()).length ?? -1);
  await expect(rows).toHaveCount(all.length);
  await expect.poll(drawnEdges).toBe(all.length);
  await expect(page.locator('.relations-table tr[data-certainty="suggested"]')).toHaveCount(all.length - stated.length);
  await page.locator(`.relations-table tr[data-relation="${suggested.id}"]`).scrollIntoViewIfNeeded();
  await shoot(page, info, 'table-suggested-en');

  await page.getByRole('radio', { name: STRINGS.en.certaintyStated }).check();
  await expect(rows).toHaveCount(stated.length);
  await expect.poll(drawnEdges).toBe(stated.length);
  await expect(page.locator('.relations-table tr[data-certainty="suggested"]')).toHaveCount(0);
  await expect(page.locator(`.relations-table tr[data-relation="${suggested.id}"]`)).toHaveCount(0);
  await expect(page).toHaveURL(/certainty=stated/);
  await shoot(page, info, 'table-stated-only-en');

  // The link reopens the filtered view.
  await page.reload();
  await waitForDiagram(page);
  await expect(page.getByRole('radio', { name: STRINGS.en.certaintyStated })).toBeChecked();
  await expect(rows).toHaveCount(stated.length);

  await page.getByRole('button', { name: STRINGS.en.resetFilters }).click();
  await expect(page.getByRole('radio', { name: STRINGS.en.certaintyAll })).toBeChecked();
  await expect(rows).toHaveCount(all.length);
  await expect(page).not.toHaveURL(/certainty=/);
});

test('a mechanism cites only what it or its relations cite', async ({ page }, info) => {
  test.skip(!allUncitedMechanism && !partlyUncitedMechanism, 'no mechanism in graphs/ has uncited relations yet');
  if (allUncitedMechanism) {
    await page.goto(`/?therapy=${allUncitedMechanism.therapies[0]}&mechanism=${allUncitedMechanism.id}`);
    await waitForDiagram(page);
    const details = page.locator('.right .details');
    await expect(details.locator('.eyebrow')).toHaveText('Mechanism');
    await expect(details.locator(':scope > .uncited-note')).toHaveText(UNCITED_NOTE.en);
    await expect(details.locator(':scope > .references')).toHaveCount(0);
    await shoot(page, info, 'mechanism-uncited-en');
  }
  if (partlyUncitedMechanism) {
    const c = citationOf(partlyUncitedMechanism.id);
    await page.goto(`/?therapy=${partlyUncitedMechanism.therapies[0]}&mechanism=${partlyUncitedMechanism.id}&lang=zh`);
    await waitForDiagram(page);
    const details = page.locator('.right .details');
    await expect(details.locator('[data-citation="partly-uncited"]')).toHaveText(
      STRINGS.zh.mechanismPartlyUncited.replace('{n}', String(c?.uncited)).replace('{m}', String(c?.total)),
    );
    await expect(details.locator(':scope > .uncited-note')).toHaveCount(0);
  }
});

test('an uncited story step says so where its references would be, in the player and presenting', async ({
  page,
}, info) => {
  test.skip(!uncitedStep, 'no story step in graphs/stories/ is marked "citation": "uncited" yet');
  if (!uncitedStep) return;
  for (const language of ['en', 'zh'] as const) {
    await page.goto(
      `/?story=${uncitedStep.story.id}&step=${uncitedStep.index + 1}${language === 'zh' ? '&lang=zh' : ''}`,
    );
    await waitForDiagram(page);
    const caption = page.locator('.story-caption');
    await expect(caption.getByTestId('story-caption')).toHaveText(uncitedStep.step.caption[language]);
    await expect(caption.locator('.uncited-note')).toHaveText(UNCITED_NOTE[language]);
    await expect(caption.locator('.story-references')).toHaveCount(0);
    if (language === 'en') await shoot(page, info, 'story-uncited-en');
  }
  await page.goto(`/?story=${uncitedStep.story.id}&step=${uncitedStep.index + 1}&present=1`);
  await waitForDiagram(page);
  await expect(page.locator('.story-caption .uncited-note.story-refs')).toHaveText(UNCITED_NOTE.en);
  await shoot(page, info, 'story-uncited-presenting-en');
});

test('a link with an unknown certainty value is ignored with a notice', async ({ page }) => {
  await page.goto('/?therapy=tace&certainty=maybe');
  await waitForDiagram(page);
  await expect(
    page.getByText('The link\'s certainty="maybe" is not valid and was ignored.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: STRINGS.en.certaintyAll })).toBeChecked();
});
