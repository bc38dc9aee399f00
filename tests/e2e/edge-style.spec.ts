/**
 * Correlation never looks like causation, on screen: read off the live Cytoscape instance,
 * every associated relation's edge is dashed and ends by its own sign (an open arrowhead,
 * a T-bar or nothing), no other edge is dashed, hedged (suggested) relations are drawn
 * thinner and lighter, and the legend explains each of these that the diagram shows; the
 * SVG the Export menu writes draws them the same way.
 *
 * What is expected comes from graphs/ at test time (never from named relations), so the
 * curation may change under the test; relations the running build does not know are
 * skipped.
 */
import type { Page } from '@playwright/test';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { STRINGS } from '../../src/i18n/strings';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import type { Relation } from '../../src/model/schema';
import type { Language } from '../../src/model/vocabulary';
import { contrastOnWhite } from '../../src/style/palette';
import { downloadViewSvg, expect, test, waitForDiagram } from './fixtures';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const ALL = kb.therapies.map((t) => t.id).join(',');
const SHOTS = process.env.EDGE_SHOTS_DIR;

interface ShownEdge {
  id: string;
  relation: string;
  lineStyle: string;
  arrow: string;
  fill: string;
  width: number;
  colour: string;
}

/** Every relation edge Cytoscape holds, with the computed style it is drawn with. */
async function shownEdges(page: Page): Promise<ShownEdge[]> {
  return page.evaluate(() =>
    (window.__cy?.edges('[relation]').toArray() ?? []).map((e) => ({
      id: e.id(),
      relation: String(e.data('relation')),
      lineStyle: String(e.style('line-style')),
      arrow: String(e.style('target-arrow-shape')),
      fill: String(e.style('target-arrow-fill')),
      width: Number.parseFloat(String(e.style('width'))),
      colour: String(e.style('line-color')),
    })),
  );
}

/** `rgb(51,51,51)` → `#333333`. */
function hex(rgb: string): string {
  const parts = rgb.match(/\d+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
  return `#${parts.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** What a relation's end must be, from its own sign: a correlation states a direction or none. */
function expectedArrow(r: Relation): { arrow: string; fill?: string } {
  if (r.type !== 'associated') return { arrow: r.sign === 'negative' ? 'tee' : 'any' };
  if (r.sign === 'positive') return { arrow: 'triangle', fill: 'hollow' };
  if (r.sign === 'negative') return { arrow: 'tee' };
  if (r.sign === 'neutral') return { arrow: 'diamond' };
  return { arrow: 'none' };
}

async function openAll(page: Page, language: Language) {
  await page.goto(`/?therapy=${ALL}&lang=${language}`);
  await waitForDiagram(page, 20, 20_000);
}

test('every associated edge is dashed and ends by its sign; nothing else is dashed', async ({ page }) => {
  test.setTimeout(60_000);
  await openAll(page, 'en');
  const edges = await shownEdges(page);
  const known = edges.flatMap((e) => {
    const r = kb.relationById.get(e.relation);
    return r ? [{ e, r }] : [];
  });
  // The build and graphs/ may differ by a few relations being edited, never by most.
  expect(known.length).toBeGreaterThan(edges.length * 0.9);
  const correlations = known.filter(({ r }) => r.type === 'associated');
  expect(correlations.length, 'the knowledge base has correlations to check').toBe(
    kb.relations.filter((r) => r.type === 'associated' && known.some((k) => k.r.id === r.id)).length,
  );
  for (const { e, r } of known) {
    expect(e.lineStyle, `${r.id} (${r.type})`).toBe(r.type === 'associated' ? 'dashed' : 'solid');
    const want = expectedArrow(r);
    if (want.arrow !== 'any') expect(e.arrow, `${r.id} end`).toBe(want.arrow);
    if (want.fill) expect(e.fill, `${r.id} fill`).toBe(want.fill);
    // A causal arrowhead is filled, so an open one always means correlation.
    if (r.type !== 'associated' && e.arrow === 'triangle') expect(e.fill, r.id).toBe('filled');
  }
});

test('suggested relations are drawn thinner and lighter, and still print', async ({ page }) => {
  await openAll(page, 'en');
  const edges = await shownEdges(page);
  const known = edges.flatMap((e) => {
    const r = kb.relationById.get(e.relation);
    return r ? [{ e, r }] : [];
  });
  const suggested = known.filter(({ r }) => r.certainty === 'suggested');
  test.skip(suggested.length === 0, 'graphs/ marks no relation as suggested');
  const stated = known.filter(({ r }) => r.certainty === 'stated');
  const statedWidth = Math.min(...stated.map(({ e }) => e.width));
  for (const { e, r } of suggested) {
    expect(e.width, r.id).toBeLessThan(statedWidth);
    expect(contrastOnWhite(hex(e.colour)), `${r.id} contrast`).toBeGreaterThanOrEqual(3);
    // Lighter than any stated edge drawn with the same line.
    const same = stated.filter((s) => s.e.lineStyle === e.lineStyle && s.e.arrow === e.arrow);
    for (const s of same.slice(0, 3))
      expect(contrastOnWhite(hex(e.colour)), r.id).toBeLessThan(contrastOnWhite(hex(s.e.colour)));
  }
});

for (const language of ['en', 'zh'] as const) {
  test(`the legend explains correlations and hedged relations (${language})`, async ({ page }) => {
    await openAll(page, language);
    const t = STRINGS[language];
    const legend = page.getByRole('complementary', { name: t.legend });
    await expect(legend).toBeVisible();
    const types = legend.getByRole('list', { name: t.relationTypes });
    const shown = new Set((await shownEdges(page)).map((e) => e.relation));
    const relations = kb.relations.filter((r) => shown.has(r.id));
    const expectEntry = async (present: boolean, label: string) => {
      if (present) await expect(types.getByText(label, { exact: true })).toBeVisible();
      else await expect(types.getByText(label, { exact: true })).toHaveCount(0);
    };
    const associated = relations.filter((r) => r.type === 'associated');
    await expectEntry(
      associated.some((r) => r.sign === 'positive'),
      t.associatedPositive,
    );
    await expectEntry(
      associated.some((r) => r.sign === 'negative'),
      t.associatedNegative,
    );
    await expectEntry(
      associated.some((r) => r.sign === undefined || r.sign === 'association'),
      t.association,
    );
    await expectEntry(
      relations.some((r) => r.certainty === 'suggested'),
      t.legendSuggested,
    );
  });
}

test('the exported SVG of the view draws them as the screen does', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await openAll(page, 'en');
  const edges = await shownEdges(page);
  const svg = await downloadViewSvg(page, testInfo.outputPath('view.svg'));
  let checked = 0;
  for (const e of edges) {
    const g = svg.match(new RegExp(`<g [^>]*data-relation="${e.relation}"[^>]*>.*?</g>`, 's'))?.[0];
    if (!g) continue;
    checked++;
    const path = g.match(/<path [^>]*>/)?.[0] ?? '';
    expect(path.includes('stroke-dasharray'), `${e.relation}: dashed in the SVG as on screen`).toBe(
      e.lineStyle === 'dashed',
    );
    expect(g, e.relation).toMatch(/<title>[^<]+<\/title>/);
  }
  expect(checked).toBeGreaterThan(0);
});

test('close up: open arrowheads, T-bars and lighter lines read at normal zoom', async ({ page }, testInfo) => {
  await openAll(page, 'en');
  const edges = await shownEdges(page);
  const pick = (pred: (r: Relation) => boolean) =>
    edges.find((e) => {
      const r = kb.relationById.get(e.relation);
      return r ? pred(r) : false;
    });
  const samples = {
    'associated-positive': pick((r) => r.type === 'associated' && r.sign === 'positive'),
    'associated-negative': pick((r) => r.type === 'associated' && r.sign === 'negative'),
    suggested: pick((r) => r.certainty === 'suggested' && r.type !== 'associated'),
    'suggested-associated': pick((r) => r.certainty === 'suggested' && r.type === 'associated'),
  };
  for (const [name, edge] of Object.entries(samples)) {
    if (!edge) continue;
    // 100 % zoom centred on the edge's end: what a person sees at normal zoom.
    await page.evaluate((id) => {
      const cy = window.__cy;
      const e = cy?.getElementById(id);
      if (!cy || !e || e.empty()) return;
      cy.zoom(1);
      cy.center(e.target());
    }, edge.id);
    await page.waitForTimeout(300);
    const shot = await page.locator('.canvas-wrap').screenshot(SHOTS ? { path: `${SHOTS}/${name}.png` } : {});
    await testInfo.attach(name, { body: shot, contentType: 'image/png' });
  }
});
