/**
 * `npx tsx scripts/bench/profile.ts`: where one benchmark action spends its time, as a
 * Chromium CPU profile (CDP Profiler) of the app, read back as the functions with the most
 * self time and the most total time. For finding what to optimise; the benchmark proper
 * (run.ts) is what measures the result.
 *
 *   npx tsx scripts/bench/profile.ts [--size review|1000|5000|20000|cyjs5000]
 *                                    [--action filter|filter-clear|layout|therapy|import]
 *                                    [--dist DIR] [--top 25] [--out profile.cpuprofile]
 *
 * DIR is a benchmark build; an unminified one keeps function names readable:
 *   node node_modules/vite/bin/vite.js build --mode bench --outDir /tmp/benchprof --emptyOutDir --minify false
 * `--action import` opens a generated .cyjs of `--size cyjsN`'s N nodes through "Open pathway…"
 * (as the benchmark's import row does, ./import-run.ts) on the review's page.
 * The saved .cpuprofile opens in Chromium's DevTools (Performance → Load profile).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../find-chromium.mjs';
import { generatePathwayCyjs } from './import-pathway';
import { parseArgs as benchArgs, CHANGED_THERAPY, importNodes } from './options';
import type { ProbeCondition } from './page-globals';
import { query } from './page-run';
import { checkBuild, preview, waitForServer } from './server';
import { closeBrowser, closeContext, launchBrowser, openPage } from './session';

const ACTIONS = ['filter', 'filter-clear', 'layout', 'therapy', 'import'] as const;
type Action = (typeof ACTIONS)[number];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'review' },
    action: { type: 'string', default: 'filter' },
    dist: { type: 'string', default: 'bench-results/dist' },
    top: { type: 'string', default: '25' },
    out: { type: 'string' },
    /** Only functions whose file name contains this (e.g. "index" for the app's own chunk). */
    only: { type: 'string' },
  },
});
const action = values.action as Action;
if (!ACTIONS.includes(action)) throw new Error(`--action ${action}: one of ${ACTIONS.join(', ')}`);
const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, values.dist);
checkBuild(root, dist);

/** Self and total milliseconds per function (by name and place), from the samples. */
function summarise(profile: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return { self, total };
}

const print = (title: string, m: Map<string, number>, top: number) => {
  console.log(`\n${title}`);
  const rows = [...m].filter(([k]) => !values.only || k.includes(values.only));
  for (const [k, ms] of rows.sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
};

const options = benchArgs([]);
const chromium = findChromium();
if (!chromium) throw new Error('no Chromium found');
await launchBrowser(chromium);
const { server, base } = await preview(root, dist);
try {
  await waitForServer(base);
  const nodes = importNodes(values.size);
  const session = await openPage(base + query(options, nodes === null ? values.size : 'review', 'app'), 120);
  const { page, cdp } = session;
  await page.evaluate(() => window.__probe.firstPromise);
  const category = page.locator('input[data-category="signalling"]');
  const act: Record<Action, () => Promise<unknown>> = {
    filter: () => category.click(),
    'filter-clear': () => category.click(),
    layout: () => page.getByRole('button', { name: 'Re-layout', exact: true }).click(),
    therapy: () => page.locator(`input[data-therapy="${CHANGED_THERAPY}"]`).click(),
    import: () =>
      page.locator('[data-pathway-file]').setInputFiles({
        name: 'generated.cyjs',
        mimeType: 'application/json',
        buffer: Buffer.from(generatePathwayCyjs(nodes ?? 5000, 2 * (nodes ?? 5000), options.seed)),
      }),
  };
  const cond: Record<Action, ProbeCondition> = {
    filter: 'hidden-changed',
    'filter-clear': 'hidden-changed',
    layout: 'layout',
    therapy: 'nodes-changed',
    import: 'nodes-changed',
  };
  // filter-clear needs the filter on first.
  if (action === 'filter-clear') {
    await page.evaluate((s) => window.__probe.arm(s), {
      name: 'on',
      trigger: 'click',
      cond: 'hidden-changed',
    } as const);
    await category.click();
    await page.evaluate(() => window.__probe.settled());
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const trigger = action === 'import' ? 'change' : 'click';
  await page.evaluate((s) => window.__probe.arm(s), { name: action, trigger, cond: cond[action] } as const);
  await cdp.send('Profiler.start');
  await act[action]();
  const result = await page.evaluate(() => window.__probe.settled());
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(`${values.size} ${action}: ${result?.ms?.toFixed(0)} ms (probe)`);
  if (values.out) writeFileSync(values.out, JSON.stringify(profile));
  const { self, total } = summarise(profile);
  const top = Number(values.top);
  print('self time', self, top);
  print('total time', total, top);
  await closeContext(session);
} finally {
  server.kill();
  await closeBrowser();
}
