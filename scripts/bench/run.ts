/**
 * `npm run bench`: builds the app for benchmarking (`vite build --mode bench` into
 * bench-results/dist/: only that build has the `?bench=N` mode; the product's build in dist/
 * does not), serves it on 127.0.0.1, drives headless Chromium
 * and prints medians for the app and for the plain-Cytoscape baseline page
 * (bench/baseline.html: same elements, stylesheet and layout, no React, no store), on the
 * review's own graphs and on generated graphs (scripts/bench/generate.mjs, seeded).
 * Writes everything, every run included, to bench-results/latest.json.
 *
 *   npm run bench -- [--sizes review,1000,5000,20000,cyjs5000]
 *                    [--runs review=5,1000=5,5000=3,20000=1,cyjs5000=3]
 *                    [--timeout review=30,1000=60,5000=90,20000=150,cyjs5000=90] [--budget 570] [--seed 1]
 *                    [--view all|default] [--no-build] [--out bench-results/latest.json]
 *
 * `cyjs5000` is the app with a generated .cyjs of 5,000 nodes and 10,000 edges opened through
 * "Open pathway…" (./import-run.ts): its "first diagram" is from the file input's change to
 * the first drawing showing the import; it has no baseline (the baseline page imports nothing).
 *
 * Timings are taken inside the page. An action's clock starts at the timestamp of the
 * input event Playwright sends (click, Enter, select change) or, on the baseline page, when
 * the equivalent call starts; it stops at the first Cytoscape `render` event after the
 * change is observable (nodes laid out, classes applied), i.e. when the new diagram has
 * been drawn. A page that blocks longer than the size's timeout is abandoned and the
 * timeout is reported; the last progress mark it printed says where it was stuck. Sizes
 * run round robin (every size once before any size twice) and nothing starts after the time
 * budget (default 570 s, build included), so the whole run stays under 10 minutes.
 */

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
// The runner's parts: options.ts (the command line), clock.ts (time limits, the log),
// server.ts (build and preview), session.ts (Chromium, pages, measurements through the probe),
// probe.js and page-queries.js (plain scripts injected into every page), page-run.ts,
// app-run.ts and baseline-run.ts (one run of each page), stats.ts (medians), report.ts (the
// text report), bundle-size.ts (JavaScript sizes), types.ts (what is recorded).
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { findChromium, findPlaywrightChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { runApp } from './app-run';
import { runBaseline } from './baseline-run';
import { initialJavaScript } from './bundle-size';
import { elapsed, log, setBudget, withTimeout } from './clock';
import { runImport } from './import-run';
import { NODE_BENCHMARKS, runNodeBenchmark } from './node-benchmarks';
import { type BenchOptions, CHANGED_THERAPY, importNodes, parseArgs } from './options';
import { format, report } from './report';
import { build, checkBuild, preview, waitForServer } from './server';
import { browserVersion, closeBrowser, closeContext, launchBrowser, openPage } from './session';
import { summarise } from './stats';
import type { BenchResults, Run, Size2D } from './types';

const options = parseArgs(process.argv.slice(2));
setBudget(options.budget);

/** What each number in the report means, written into the JSON next to them. */
function definitions(view: BenchOptions['view']): BenchResults['definitions'] {
  return {
    firstDiagram:
      'navigation start → first Cytoscape render after all nodes are added and laid out; for generated graphs the time to generate and validate the data (done at build time for bundled graphs) is subtracted (raw value in firstDiagramRaw)',
    actions:
      'input event timestamp (baseline: start of the equivalent call) → first Cytoscape render showing the result; SVG export stops when the Export menu reports the file saved',
    view:
      view === 'all'
        ? `all 9 therapies ticked (?therapy=…); therapy change unticks ${CHANGED_THERAPY}`
        : 'the app default (TACE); therapy change ticks HAIC',
    filter:
      'tick the "signalling" mechanism category; baseline hides the other categories’ edges and their orphaned nodes',
    heap: 'Runtime.getHeapUsage usedSize once the first diagram is drawn and the page is next idle (requestIdleCallback): the smallest of three readings, each after a forced GC',
    redraw:
      'baseline only: one node moved by a hundredth of a unit → next render, i.e. what one full redraw of the diagram costs Cytoscape.js; no change that redraws can be faster',
    longestTaskAfterFirstDraw:
      'longest PerformanceObserver longtask that started after the first draw, during the actions',
  };
}

interface Entry {
  size: string;
  timeout: number;
  appRuns: Run[];
  baseRuns: Run[];
  done: boolean;
  note: string | undefined;
}

/**
 * Every size's runs, app then baseline. Round robin: every size gets its first run before
 * any size gets its second, so a slow machine that spends the budget early still reports
 * every size.
 */
async function runSizes(base: string, dist: string, results: BenchResults): Promise<void> {
  // The app's drawing area, so the baseline packs its layout to the same aspect ratio.
  const canvas: Record<string, Size2D | null | undefined> = {};
  const probePage = await openPage(`${base}index.html`, 60);
  await withTimeout(
    probePage.page.evaluate(() => window.__probe.firstPromise),
    60,
    'the app at /',
  );
  canvas.review = await probePage.page.evaluate(() => window.__benchQueries.drawingArea());
  await closeContext(probePage);
  log(`the app's drawing area: ${canvas.review?.w}×${canvas.review?.h} px`);
  const entries: Entry[] = options.sizes.map((size) => ({
    size,
    timeout: options.timeout[size],
    appRuns: [],
    baseRuns: [],
    done: false,
    note: undefined,
  }));
  const rounds = Math.max(...options.sizes.map((size) => options.runs[size]));
  for (let r = 0; r < rounds; r++) {
    for (const entry of entries) {
      const { size, timeout } = entry;
      if (entry.done || r >= options.runs[size]) continue;
      if (elapsed() > options.budget - 5) {
        entry.note = `${r} of ${options.runs[size]} runs: the time budget of ${options.budget} s was spent`;
        entry.done = true;
        log(`${size}: ${entry.note}`);
        continue;
      }
      const imported = importNodes(size) !== null;
      const app = imported
        ? await runImport(options, base, size, timeout)
        : await runApp(options, base, size, timeout, dist);
      entry.appRuns.push(app);
      if (app.canvas) canvas[size] = app.canvas;
      log(
        `${size} run ${r + 1} app: ${app.failed ? `${app.failed} (${app.error}; last mark ${app.lastMark})` : `first diagram ${format(app.metrics.firstDiagram, 'ms')}`}`,
      );
      // An import has no baseline page (see ./import-run.ts).
      const baseline = imported ? null : await runBaseline(options, base, size, timeout, canvas[size] ?? canvas.review);
      if (baseline) {
        entry.baseRuns.push(baseline);
        log(
          `${size} run ${r + 1} baseline: ${baseline.failed ? `${baseline.failed} (${baseline.error}; last mark ${baseline.lastMark})` : `first diagram ${format(baseline.metrics.firstDiagram, 'ms')}`}`,
        );
      }
      for (const e of [...(app.errors ?? []), ...(baseline?.errors ?? [])].slice(0, 3)) log(`  page error: ${e}`);
      // A size whose pages both timed out will time out again: do not spend the budget on it.
      if (app.failed && (baseline?.failed ?? true)) {
        entry.note = 'both pages failed or timed out; no further runs at this size';
        entry.done = true;
      }
    }
  }
  for (const entry of entries) {
    const { appRuns, baseRuns } = entry;
    results.sizes.push({
      size: entry.size,
      timeout: entry.timeout,
      note: entry.note,
      drawn: appRuns.find((x) => x.drawn)?.drawn ?? baseRuns.find((x) => x.drawn)?.drawn ?? null,
      app: { runs: appRuns, summary: summarise(appRuns) },
      baseline: { runs: baseRuns, summary: summarise(baseRuns) },
    });
  }
}

async function main(): Promise<void> {
  const root = process.cwd();
  // The benchmark build, apart from the product's dist/ (which has no benchmark mode).
  const dist = join(root, 'bench-results', 'dist');
  const results: BenchResults = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options,
    definitions: definitions(options.view),
    sizes: [],
  };

  if (options.build) {
    log('building (vite build --mode bench)…');
    build(root, dist);
  }
  checkBuild(root, dist);
  results.initialJs = initialJavaScript(dist);
  results.exportAvailable = existsSync('src/export/svg-writer.ts') && existsSync('src/view/figure-from-cy.ts');
  log(`initial JavaScript: ${(results.initialJs.gzip / 1024).toFixed(1)} KB gzip`);

  const executablePath = findChromium() ?? (await findPlaywrightChromium());
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const { server, base } = await preview(root, dist);
  try {
    await waitForServer(base);
    await launchBrowser(executablePath);
    results.machine.chromium = browserVersion();
    log(`Chromium ${browserVersion()} (${executablePath}), serving dist/ on ${base}`);
    await runSizes(base, dist, results);
  } finally {
    await closeBrowser();
    server.kill();
  }
  results.node = {};
  for (const { key, script, what } of NODE_BENCHMARKS) {
    log(`${what}: ${script}`);
    results.node[key] = runNodeBenchmark(script);
  }

  results.durationSeconds = Math.round(elapsed());
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results, options.out));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
