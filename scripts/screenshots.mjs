/**
 * Screenshots of the app for people to look at: every therapy view in English and
 * Chinese, plus a few interactions, written to docs/screenshots/ (or the folder given).
 * Run `npm run screenshots` (it builds first).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, findPlaywrightChromium, INSTALL_HINT } from './find-chromium.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const executablePath = findChromium() ?? (await findPlaywrightChromium());
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const port = 4179;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) {
  try {
    await fetch(base);
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const shots = [
  ['tace-en', '?therapy=tace'],
  ['tace-zh', '?therapy=tace&lang=zh'],
  ['haic-en', '?therapy=haic'],
  ['haic-zh', '?therapy=haic&lang=zh'],
  ['targeted-en', '?therapy=targeted'],
  ['targeted-zh', '?therapy=targeted&lang=zh'],
  ['immunotherapy-en', '?therapy=immunotherapy'],
  ['immunotherapy-zh', '?therapy=immunotherapy&lang=zh'],
  ['atezolizumab-bevacizumab-en', '?therapy=atezolizumab-bevacizumab&components=0'],
  ['atezolizumab-bevacizumab-zh', '?therapy=atezolizumab-bevacizumab&components=0&lang=zh'],
  ['tace-haic-en', '?therapy=tace-haic'],
  ['tace-haic-zh', '?therapy=tace-haic&lang=zh'],
  ['tace-haic-tki-pd1-en', '?therapy=tace-haic-tki-pd1&components=0'],
  ['tace-haic-tki-pd1-zh', '?therapy=tace-haic-tki-pd1&components=0&lang=zh'],
  ['union-prmt3-en', '?therapy=haic,immunotherapy&entity=prmt3'],
  ['path-hypoxia-autophagy-en', '?therapy=tace&from=hypoxia&to=autophagy&panel=paths'],
  ['table1-zh', '?therapy=tace-haic&panel=table&lang=zh'],
  ['projector-1920-en', '?therapy=tace,immunotherapy&entity=stat3', 1920, 1080],
  ['small-1280-zh', '?therapy=tace&lang=zh&layout=LR', 1280, 720],
  ['compare-tace-immunotherapy-en', '?therapy=tace,immunotherapy&panel=compare&set=tace%2Bimmunotherapy&entity=cd274'],
  ['compare-four-zh', '?therapy=tace,haic,targeted,immunotherapy&panel=compare&lang=zh'],
  ['story-tace-step3-en', '?story=tace-hypoxia-autophagy&step=3'],
  ['story-tace-step5-zh', '?story=tace-hypoxia-autophagy&step=5&lang=zh'],
  ['present-tace-step4-zh-1920', '?story=tace-hypoxia-autophagy&step=4&present=1&lang=zh', 1920, 1080],
  ['present-prmt3-step3-en-1920', '?story=immuno-prmt3-hsp60-sting&step=3&present=1', 1920, 1080],
];
for (const [name, query, w = 1440, h = 900] of shots) {
  await page.setViewportSize({ width: w, height: h });
  await page.goto(base + query);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}
// A generated graph of 5,000 entities (the benchmark's): the layout's progress bar, then the result.
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
await browser.close();
server.kill();
