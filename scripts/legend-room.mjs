/**
 * How much of the centre column the diagram gets, beside the toolbar and the legend: TACE at
 * 1280×720 and 1920×1080, English and Chinese, with and without a data overlay (a small
 * table pasted into the Data tab, as a lecturer would), legend as the app starts it and
 * (where it can fold) folded. Prints one line per case and writes a screenshot of each.
 *
 *   npm run build && node scripts/legend-room.mjs [OUT_DIR]
 *
 * Serves dist/ on LEGEND_ROOM_PORT (default 4199) with vite preview.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, findPlaywrightChromium, INSTALL_HINT } from './find-chromium.mjs';
import { startPreview } from './preview-server.mjs';

const out = process.argv[2] ?? 'test-results/legend-room';
mkdirSync(out, { recursive: true });
const executablePath = findChromium() ?? (await findPlaywrightChromium());
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const { base, stop } = await startPreview(Number(process.env.LEGEND_ROOM_PORT ?? 4199));
const TABLE =
  'gene\tday1\tday7\nPD-L1\t2\t-1\nHIF1A\t-2\t0.5\nERK1\t0.5\t1\nMAPK1\t-1.5\t0.2\nSTAT3\t1.2\t-0.4\nIL6\t0.8\t1.6\nGAPDH\t0.3\t0.1\n';
const PASTE = {
  en: ['Paste a table (first column: gene symbols; further columns: numbers)', 'Read pasted table'],
  zh: ['粘贴表格（第一列：基因符号；其余列：数值）', '读取粘贴的表格'],
};

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ])
    for (const lang of ['en', 'zh'])
      for (const overlay of [false, true]) {
        // A fresh context: no remembered panel or legend choice.
        const context = await browser.newContext({ viewport: { width: w, height: h } });
        const page = await context.newPage();
        await page.goto(`${base}?therapy=tace${overlay ? '&panel=data' : ''}${lang === 'zh' ? '&lang=zh' : ''}`);
        await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
        if (overlay) {
          await page.getByLabel(PASTE[lang][0]).fill(TABLE);
          await page.getByRole('button', { name: PASTE[lang][1] }).click();
          await page.getByTestId('overlay-legend').waitFor();
        }
        await page.waitForTimeout(900);
        const name = `tace-${lang}-${w}${overlay ? '-overlay' : ''}`;
        const measure = () =>
          page.evaluate(() => {
            const height = (sel) => {
              const all = [...document.querySelectorAll(sel)];
              return all.reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
            };
            return {
              centre: height('.centre'),
              toolbar: height('.toolbar'),
              diagram: height('.canvas-wrap'),
              legend: height('.legend'),
            };
          });
        const line = (state, m) =>
          `${w}×${h} ${lang} ${overlay ? 'overlay ' : 'plain   '} ${state.padEnd(6)} centre ${m.centre.toFixed(0)} px, toolbar ${m.toolbar.toFixed(0)}, legend ${m.legend.toFixed(0)}, diagram ${m.diagram.toFixed(0)} (${((100 * m.diagram) / m.centre).toFixed(1)}% of the column)`;
        const first = rows.length;
        const shown = await measure();
        rows.push(line('start', shown));
        await page.screenshot({ path: `${out}/${name}.png` });
        // Folded, where the legend has a fold (the design this script was written to check).
        const fold = page.locator('.legend-toggle');
        if ((await fold.count()) > 0) {
          const expanded = (await fold.getAttribute('aria-expanded')) === 'true';
          await fold.click();
          await page.waitForTimeout(400);
          rows.push(line(expanded ? 'folded' : 'open', await measure()));
          await page.screenshot({ path: `${out}/${name}-${expanded ? 'folded' : 'open'}.png` });
        }
        console.log(rows.slice(first).join('\n'));
        await context.close();
      }
} finally {
  await browser.close();
  stop();
}
