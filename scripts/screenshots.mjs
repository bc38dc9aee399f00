/**
 * Screenshots of the app for people to look at: every therapy view in English and
 * Chinese, plus a few interactions, written to docs/screenshots/ (or the folder given).
 * Run `npm run screenshots` (it builds first, in the benchmark's mode: the product's build
 * and ?bench=N for the 5,000-entity screenshots, which the product's own build refuses).
 * `npm run screenshots -- docs/screenshots --only 'overlay|1280'` makes only the screenshots
 * whose names match the regular expression.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, findPlaywrightChromium, INSTALL_HINT } from './find-chromium.mjs';
import { startPreview } from './preview-server.mjs';

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new RegExp(argv[onlyAt + 1] ?? '') : null;
if (onlyAt >= 0) argv.splice(onlyAt, 2);
/** Whether a screenshot of this name is wanted (all of them unless --only says otherwise). */
const wanted = (name) => !only || only.test(name);
const out = argv[0] ?? 'docs/screenshots';

/**
 * A large imported network (the import benchmark's generated .cyjs of 5,000 nodes and 10,000
 * edges) beside TACE: the overview of its parts at fit, then zoomed into the top of part 1,
 * where its frames open and its title and entities read.
 */
async function largePathway(page, base, out) {
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-large-')), 'generated-5000.cyjs');
  const made = spawnSync('npx', ['tsx', 'scripts/bench/import-pathway.ts', '--write', file], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('scripts/bench/import-pathway.ts --write failed');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${base}?therapy=tace`);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.locator('[data-pathway-file]').setInputFiles(file);
  await page.waitForFunction(() => window.__cy?.nodes('.frame[part]').nonempty(), null, { timeout: 120_000 });
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page
    .locator('.notice button')
    .first()
    .click({ timeout: 2000 })
    .catch(() => {});
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${out}/pathway-large-cyjs-en-1280.png` });
  console.log(`${out}/pathway-large-cyjs-en-1280.png`);
  // The top of part 1, its title centred, at a zoom where entity labels read (the overview
  // opens the frames in view).
  await page.evaluate(() => {
    const cy = window.__cy;
    const part = cy?.nodes('.frame[part = 1]')[0];
    if (!cy || !part) return;
    const box = part.boundingBox();
    // Entity labels are 13 px at zoom 1: 10.4 px here, above the 10 px they need to be drawn.
    const zoom = 0.8;
    cy.zoom(zoom);
    cy.pan({ x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: 20 - box.y1 * zoom });
  });
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${out}/pathway-large-cyjs-part-en-1280.png` });
  console.log(`${out}/pathway-large-cyjs-part-en-1280.png`);
}

mkdirSync(out, { recursive: true });
const executablePath = findChromium() ?? (await findPlaywrightChromium());
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
// SCREENSHOTS_DIST serves another build than dist/ (one made with vite build --outDir).
const { base, stop } = await startPreview(4179, process.env.SCREENSHOTS_DIST ?? 'dist');
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
// Every therapy's own view, in both languages, on a laptop and on a projector.
const THERAPIES = [
  'tace',
  'haic',
  'targeted',
  'immunotherapy',
  'atezolizumab-bevacizumab',
  'tace-haic',
  'tace-haic-tki-pd1',
];
const SIZES = [
  [1280, 720],
  [1920, 1080],
];
const shots = [];
for (const therapy of THERAPIES)
  for (const lang of ['en', 'zh'])
    for (const [w, h] of SIZES)
      shots.push([`${therapy}-${lang}-${w}`, `?therapy=${therapy}${lang === 'zh' ? '&lang=zh' : ''}`, w, h]);
shots.push(
  ['union-four-en-1280', '?therapy=tace,haic,targeted,immunotherapy', 1280, 720],
  ['frame-opened-immunotherapy-en-1280', '?therapy=immunotherapy&mechanism=immuno-hsc-tgfb', 1280, 720],
  ['union-prmt3-en', '?therapy=haic,immunotherapy&entity=prmt3'],
  ['path-hypoxia-autophagy-en', '?therapy=tace&from=hypoxia&to=autophagy&panel=paths', 1280, 720],
  ['table1-zh', '?therapy=tace-haic&panel=table&lang=zh'],
  ['projector-1920-en', '?therapy=tace,immunotherapy&entity=stat3', 1920, 1080],
  ['small-1280-zh-lr', '?therapy=tace&lang=zh&layout=LR', 1280, 720],
  [
    'compare-tace-immunotherapy-en',
    '?therapy=tace,immunotherapy&panel=compare&set=tace%2Bimmunotherapy&entity=cd274',
    1280,
    720,
  ],
  ['compare-four-zh', '?therapy=tace,haic,targeted,immunotherapy&panel=compare&lang=zh'],
  ['story-tace-step3-en', '?story=tace-hypoxia-autophagy&step=3', 1280, 720],
  ['story-tace-step5-zh', '?story=tace-hypoxia-autophagy&step=5&lang=zh', 1280, 720],
  ['present-tace-step4-zh-1920', '?story=tace-hypoxia-autophagy&step=4&present=1&lang=zh', 1920, 1080],
  ['present-prmt3-step3-en-1920', '?story=immuno-prmt3-hsp60-sting&step=3&present=1', 1920, 1080],
);
for (const [name, query, w = 1440, h = 900] of shots.filter(([name]) => wanted(name))) {
  await page.setViewportSize({ width: w, height: h });
  await page.goto(base + query);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  // Camera moves animate for 350 ms; frame titles follow the zoom a frame later.
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}
// An enrichment result: a pasted gene list, its best-ranked set opened with the hits highlighted.
if (wanted('enrichment-en-1280')) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${base}?therapy=tace&panel=enrichment`);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.getByLabel('Gene list', { exact: true }).fill('PD-L1\nSTAT3\nIL6\nCD47\nHIF1A\nKU70\nNOTAGENE1');
  await page.getByRole('button', { name: 'Run enrichment' }).click();
  await page.locator('.enrichment-table tbody th button').first().click();
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${out}/enrichment-en-1280.png` });
  console.log(`${out}/enrichment-en-1280.png`);
}
// A generated graph of 5,000 entities (the benchmark's): the layout's progress bar, then the result.
if (wanted('large-5000-en')) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${base}?bench=5000&therapy=tace,haic,targeted,immunotherapy`);
  await page.waitForSelector('.layout-progress');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${out}/large-5000-progress-en.png` });
  console.log(`${out}/large-5000-progress-en.png`);
  await page.waitForSelector('.layout-progress', { state: 'detached', timeout: 120_000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/large-5000-en.png` });
  console.log(`${out}/large-5000-en.png`);
}
// The data overlay: a small expression table pasted into the Data tab, at a laptop's size, with
// limits of ±1.5 so that PD-L1 (2) carries ▲ and HIF1A (−2) ▼; TP53 and others without a value
// are hatched. The legend starts folded to its key on this short window.
const OVERLAY_TABLE =
  'gene\tday1\tday7\nPD-L1\t2\t-1\nHIF1A\t-2\t0.5\nERK1\t0.5\t1\nMAPK1\t-1.5\t0.2\nSTAT3\t1.2\t-0.4\nIL6\t0.8\t1.6\nGAPDH\t0.3\t0.1\n';
if (wanted('overlay-tace-en-1280')) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${base}?therapy=tace&panel=data`);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.locator('#data-paste').fill(OVERLAY_TABLE);
  await page.getByRole('button', { name: 'Read pasted table' }).click();
  await page.getByTestId('overlay-legend').waitFor();
  await page.getByTestId('overlay-limit').fill('1.5');
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${out}/overlay-tace-en-1280.png` });
  console.log(`${out}/overlay-tace-en-1280.png`);
  // One frame opened, so the hatching and the ▲ ▼ can be seen at the size they are read.
  await page.evaluate(() => {
    const cy = window.__cy;
    const frame = cy?.nodes().filter((n) => n.data('frame') === 'tace-hif1a-apoptosis');
    if (cy && frame?.nonempty()) cy.fit(frame.union(frame.children()), 24);
  });
  await page.waitForTimeout(900);
  await page.screenshot({ path: `${out}/overlay-tace-marks-en-1280.png` });
  console.log(`${out}/overlay-tace-marks-en-1280.png`);
}
// An imported public pathway beside TACE (WikiPathways WP3614 from the shared test data, when
// it is there: the repository does not carry third-party files), with its report.
const WP3614 = '../shared/data/wikipathways/WP3614.gpml';
const pathwayShots = wanted('pathway-wp3614-with-tace-en-1280') || wanted('pathway-report-wp3614-en-1280');
if (pathwayShots && existsSync(WP3614)) {
  await page.goto(`${base}?therapy=tace`);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.locator('[data-pathway-file]').setInputFiles(WP3614);
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/pathway-report-wp3614-en-1280.png` });
  console.log(`${out}/pathway-report-wp3614-en-1280.png`);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${out}/pathway-wp3614-with-tace-en-1280.png` });
  console.log(`${out}/pathway-wp3614-with-tace-en-1280.png`);
} else if (pathwayShots) console.log(`skipped the imported-pathway screenshots: ${WP3614} is absent`);
if (wanted('pathway-large-cyjs-en-1280')) await largePathway(page, base, out);
await browser.close();
stop();

// Exported figures as printed: `graph figure` SVGs, rasterised with rsvg-convert (as a
// journal's production system would), so they can be looked at beside the screen.
const figures = [
  ['figure-tace-journal-180-en', ['--therapy', 'tace', '--size', 'journal-180']],
  ['figure-haic-journal-180-en', ['--therapy', 'haic', '--size', 'journal-180']],
  ['figure-targeted-journal-180-en', ['--therapy', 'targeted', '--size', 'journal-180']],
  ['figure-immunotherapy-journal-180-zh', ['--therapy', 'immunotherapy', '--size', 'journal-180', '--lang', 'zh']],
  [
    'figure-mechanism-tace-il6-stat3-cd47-journal-85-en',
    ['--mechanism', 'tace-il6-stat3-cd47', '--size', 'journal-85'],
  ],
];
const tmp = mkdtempSync(join(tmpdir(), 'atlas-figures-'));
const overlayTable = join(tmp, 'overlay.tsv');
writeFileSync(overlayTable, OVERLAY_TABLE);
// Limits of ±1.5, as in the app's overlay screenshot: PD-L1 carries ▲, HIF1A ▼.
figures.push([
  'figure-tace-overlay-journal-180-en',
  ['--therapy', 'tace', '--size', 'journal-180', '--overlay', overlayTable, '--column', 'day1', '--limits=-1.5,1.5'],
]);
for (const [name, args] of figures.filter(([name]) => wanted(name))) {
  const svg = join(tmp, `${name}.svg`);
  const made = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'figure', ...args, '--out', svg], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error(`graph figure ${args.join(' ')} failed`);
  const png = `${out}/${name}.png`;
  const raster = spawnSync('rsvg-convert', ['-w', '1600', '-b', 'white', svg, '-o', png], { stdio: 'inherit' });
  if (raster.status !== 0) throw new Error(`rsvg-convert ${svg} failed (Debian: apt-get install librsvg2-bin)`);
  console.log(png);
}
