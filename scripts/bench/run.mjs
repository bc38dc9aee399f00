/**
 * `npm run bench`: builds the app for benchmarking (`vite build --mode bench` into
 * bench-results/dist/: only that build has the `?bench=N` mode; the product's build in dist/
 * does not), serves it on 127.0.0.1, drives headless Chromium
 * and prints medians for the app and for the plain-Cytoscape baseline page
 * (bench/baseline.html: same elements, stylesheet and layout, no React, no store), on the
 * review's own graphs and on generated graphs (scripts/bench/generate.mjs, seeded).
 * Writes everything, every run included, to bench-results/latest.json.
 *
 *   npm run bench -- [--sizes review,1000,5000,20000] [--runs review=5,1000=5,5000=3,20000=1]
 *                    [--timeout review=30,1000=60,5000=90,20000=150] [--budget 570] [--seed 1]
 *                    [--view all|default] [--no-build] [--out bench-results/latest.json]
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
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, findPlaywrightChromium, INSTALL_HINT } from '../find-chromium.mjs';
import { THERAPIES as GENERATED_THERAPIES } from './generate.mjs';

const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const log = (...args) => console.error(`[bench ${elapsed().toFixed(0).padStart(3)}s]`, ...args);

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const options = {
    sizes: ['review', '1000', '5000', '20000'],
    runs: { review: 5, 1000: 5, 5000: 3, 20000: 1 },
    timeout: { review: 30, 1000: 60, 5000: 90, 20000: 150 },
    budget: 570,
    seed: 1,
    view: 'all',
    build: true,
    out: 'bench-results/latest.json',
  };
  const keyed = (value, into) => {
    for (const part of value.split(',')) {
      const [k, v] = part.split('=');
      if (v === undefined) for (const size of options.sizes) into[size] = Number(k);
      else into[k] = Number(v);
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') options.sizes = value().split(',');
    else if (arg === '--runs') keyed(value(), options.runs);
    else if (arg === '--timeout') keyed(value(), options.timeout);
    else if (arg === '--budget') options.budget = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--view') options.view = value();
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--out') options.out = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  for (const size of options.sizes) {
    // The same range as the page's ?bench= (src/data/bench-graph.ts: BENCH_MIN, BENCH_MAX).
    if (size !== 'review' && !(/^\d+$/.test(size) && Number(size) >= 20 && Number(size) <= 200_000)) {
      throw new Error(`--sizes: "${size}" is neither "review" nor a number of entities from 20 to 200000`);
    }
    options.runs[size] ??= 1;
    options.timeout[size] ??= 120;
  }
  if (!['all', 'default'].includes(options.view)) throw new Error('--view is "all" or "default"');
  return options;
}

const options = parseArgs(process.argv.slice(2));
/** Every therapy id: the generator's, which mirror graphs/therapies.json's. */
const THERAPIES = GENERATED_THERAPIES.map((t) => t.id);
/** Unticked for the therapy change of the all-therapies view. */
const CHANGED_THERAPY = 'atezolizumab-bevacizumab';
const VIEWPORT = { width: 1440, height: 900 };

// ---------------------------------------------------------------- in-page probe
/**
 * Injected before any page script. Records long tasks, Cytoscape render events and layout
 * stops, detects the first complete diagram, and times armed actions until drawn.
 *
 * One frame loop, registered before any page script, does every check. requestAnimationFrame
 * callbacks run in registration order and Cytoscape's render loop starts later, so in each
 * frame this check runs before Cytoscape draws: the first `render` event after a change is
 * detected is the frame that shows it.
 */
function probe() {
  const P = { longtasks: [], renders: [], layoutStops: 0, first: null, pending: null, last: null, windows: [] };
  window.__probe = P;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    P.noLongtasks = true;
  }
  let hooked = null;
  const hook = () => {
    const cy = window.__cy;
    if (!cy || hooked === cy) return cy;
    hooked = cy;
    cy.on('render', () => {
      P.renders.push(performance.now());
      if (P.renders.length > 4000) P.renders.splice(0, 2000);
    });
    cy.on('layoutstop', () => {
      P.layoutStops++;
    });
    return cy;
  };
  // Waiters for "the first render after time t" (with a fallback when nothing is redrawn).
  let waiters = [];
  const drawnAfter = (t) =>
    new Promise((resolve) => {
      waiters.push({ t, deadline: t + 1500, resolve });
    });
  const serveWaiters = () => {
    if (waiters.length === 0) return;
    const now = performance.now();
    waiters = waiters.filter((w) => {
      const r = P.renders.find((x) => x > w.t);
      if (r !== undefined) w.resolve({ at: r, rendered: true });
      else if (now > w.deadline) w.resolve({ at: w.t, rendered: false });
      else return true;
      return false;
    });
  };

  let firstResolve;
  P.firstPromise = new Promise((r) => {
    firstResolve = r;
  });
  let firstSeen = false;
  const checkFirst = () => {
    const cy = hook();
    if (!cy || cy.nodes().length === 0) return;
    // Laid out: not every node still at the origin.
    const laidOut = cy.nodes().some((n) => {
      const p = n.position();
      return p.x !== 0 || p.y !== 0;
    });
    if (!laidOut) return;
    firstSeen = true;
    const detected = performance.now();
    drawnAfter(detected).then(({ at, rendered }) => {
      P.first = { drawn: at, detected, rendered, nodes: cy.nodes().length, edges: cy.edges().length };
      firstResolve(P.first);
    });
  };

  const closedCounts = (cy) =>
    cy
      .nodes('.closed')
      .map((n) => n.data('label'))
      .join('\u0000');
  const conditions = {
    'nodes-changed': (cy, before) => cy.nodes().length !== before.nodes || cy.edges().length !== before.edges,
    // A filter hides elements, or (in an overview of closed frames) changes how many
    // entities each frame says it shows.
    'hidden-changed': (cy, before) =>
      cy.$('.hidden').length !== before.hidden || closedCounts(cy) !== before.closedCounts,
    // The call itself is the change (a redraw): the next render ends the clock.
    called: () => true,
    layout: (_cy, before) => P.layoutStops > before.layoutStops,
    focus: (cy, _before, arg) => cy.nodes().some((n) => n.data('entity') === arg && n.hasClass('focus')),
    path: (cy) => cy.$('node.path-node').length > 0,
    text: (_cy, before, arg) => {
      const text = document.querySelector(arg)?.textContent ?? '';
      return text !== '' && text !== before.text;
    },
  };
  const checkPending = () => {
    const p = P.pending;
    if (!p || p.t0 === null || p.detected || p.cond === 'text') return;
    if (!conditions[p.cond](hook(), p.before, p.arg)) return;
    p.detected = performance.now();
    drawnAfter(p.detected).then(({ at, rendered }) => p.finish(at, rendered));
  };

  const tick = () => {
    try {
      if (!firstSeen) checkFirst();
      checkPending();
      serveWaiters();
    } catch (error) {
      P.error = String(error);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  for (const type of ['click', 'keydown', 'change']) {
    window.addEventListener(
      type,
      (event) => {
        const p = P.pending;
        if (p && p.trigger === type && p.t0 === null) p.t0 = event.timeStamp;
      },
      true,
    );
  }

  /** Arms a measurement: the clock starts at the trigger event (or now, for 'manual'). */
  P.arm = (spec) => {
    const armed = performance.now();
    const cy = hook();
    const before = {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      hidden: cy.$('.hidden').length,
      closedCounts: closedCounts(cy),
      layoutStops: P.layoutStops,
      text: spec.cond === 'text' ? (document.querySelector(spec.arg)?.textContent ?? '') : '',
    };
    const p = { ...spec, before, armed, detected: null, t0: spec.trigger === 'manual' ? performance.now() : null };
    p.promise = new Promise((resolve) => {
      p.finish = (end, rendered) => {
        if (P.pending === p) P.pending = null;
        const result = { name: spec.name, armed, t0: p.t0, end, ms: p.t0 === null ? null : end - p.t0, rendered };
        P.windows.push(result);
        resolve(result);
      };
    });
    if (spec.cond === 'text') {
      // A DOM-only change (nothing is redrawn): a mutation observer stops the clock.
      const observer = new MutationObserver(() => {
        if (p.t0 !== null && conditions.text(cy, before, spec.arg)) {
          observer.disconnect();
          p.finish(performance.now(), false);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }
    P.pending = p;
    P.last = p;
    return true;
  };
  P.settled = () => P.last?.promise ?? Promise.resolve(null);
}

// ---------------------------------------------------------------- helpers
class Timeout extends Error {
  constructor(message, budget) {
    super(message);
    this.budget = budget;
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Rejects after `seconds`, or sooner when the run's time budget (--budget) runs out. */
function withTimeout(promise, seconds, what) {
  const left = options.budget - elapsed();
  const budget = left < seconds;
  const limit = Math.max(3, Math.min(seconds, left));
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Timeout(
              budget ? `${what}: stopped, the time budget ran out` : `${what}: no result within ${seconds} s`,
              budget,
            ),
          ),
        limit * 1000,
      );
    }),
  ]);
}
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** gzip size (zlib level 9) of each file. */
const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The JavaScript dist/index.html loads before any code runs: its module scripts and modulepreloads. */
function initialJavaScript(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  const list = [...files].map((href) => {
    const path = join(dist, href.replace(/^\.?\//, ''));
    return { file: relative(dist, path), raw: readFileSync(path).length, gzip: gzipSize(path) };
  });
  return { files: list, raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) };
}

// ---------------------------------------------------------------- browser session
let browser;
let executablePath;
async function launch() {
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
async function closeContext(session) {
  const closed = await Promise.race([
    session.context.close().then(
      () => true,
      () => true,
    ),
    sleep(8000).then(() => false),
  ]);
  if (!closed) {
    // A renderer stuck in a long task can keep the context from closing: start over.
    log('a page did not close; restarting Chromium');
    await Promise.race([browser.close().catch(() => {}), sleep(8000)]);
    browser.process?.()?.kill('SIGKILL');
    await launch();
  }
}

async function openPage(url, timeout) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, acceptDownloads: true });
  // No Playwright timeouts: a click on a page that then blocks for a minute is still a
  // measurement; withTimeout() decides when to give up.
  context.setDefaultTimeout(0);
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const session = { context, page, cdp, marks: [], errors: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[bench] ')) {
      const [, name, t] = text.split(' ');
      session.marks.push({ name, t: Number(t) });
    } else if (message.type() === 'error') session.errors.push(text);
  });
  page.on('pageerror', (error) => session.errors.push(error.message));
  page.on('download', (download) => download.delete().catch(() => {}));
  await withTimeout(page.goto(url, { waitUntil: 'commit' }), timeout, `opening ${url}`);
  return session;
}

const markAt = (session, name) => session.marks.find((m) => m.name === name)?.t ?? null;

/** Time for generating and validating a benchmark graph: the real app does that at build time. */
function dataPrep(session) {
  const a = markAt(session, 'bench:generate-start');
  const b = markAt(session, 'bench:loaded');
  return a !== null && b !== null ? b - a : 0;
}

/**
 * Where the first diagram's time went, from the pages' marks: the elements built and added
 * to Cytoscape (for the app this includes React's first render), the layout's preparation
 * (connected components, mechanism blocks), dagre itself, and everything between the
 * layout's end and the first frame drawn (fit, classes, Cytoscape's styles and first render).
 */
function phases(session, drawn, page) {
  const at = (name) => markAt(session, name);
  const ready = page === 'app' ? at('bench:loaded') : at('baseline:data');
  const added = page === 'app' ? at('bench:cy-add') : at('baseline:added');
  const layoutStart = at('bench:layout-start') ?? at('baseline:layout-start');
  const layoutDone = at('bench:layout-done') ?? at('baseline:laid-out');
  const span = (a, b) => (a !== null && b !== null ? b - a : null);
  // Laid out in workers: the elements are built, laid out off the main thread, then added.
  const workersStart = at('layout:workers-start');
  if (page === 'app' && workersStart !== null) {
    const workersDone = at('layout:workers-done');
    return {
      elementsAndAdd: span(ready, workersStart),
      layoutPrep: null,
      dagre: span(workersStart, workersDone),
      afterLayoutToDrawn: span(workersDone, drawn),
    };
  }
  return {
    elementsAndAdd: span(ready, added),
    layoutPrep: span(added, layoutStart),
    dagre: span(layoutStart, layoutDone),
    afterLayoutToDrawn: span(layoutDone, drawn),
  };
}

async function heapAfterLoad(session) {
  await session.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Arms the probe, performs `act` (Playwright input), waits for the drawn result. */
async function measure(session, spec, act, timeout) {
  const { page } = session;
  await page.evaluate((s) => window.__probe.arm(s), spec);
  await withTimeout(act(), timeout, spec.name);
  const result = await withTimeout(
    page.evaluate(() => window.__probe.settled()),
    timeout,
    spec.name,
  );
  if (!result || result.ms === null) throw new Error(`${spec.name}: the trigger event was not seen`);
  return result;
}

/**
 * Baseline: arms the probe and calls `window.__baseline[fn](...args)` in a task of its own
 * (a timer, as an input event would be), so the long-task observer sees it.
 */
async function measureCall(session, spec, fn, args, timeout) {
  const { page } = session;
  await withTimeout(
    page.evaluate(
      ({ s, f, a }) =>
        new Promise((armed) => {
          setTimeout(() => {
            window.__probe.arm({ ...s, trigger: 'manual' });
            armed();
            window.__baseline[f](...a);
          }, 0);
        }),
      { s: spec, f: fn, a: args },
    ),
    timeout,
    spec.name,
  );
  return withTimeout(
    page.evaluate(() => window.__probe.settled()),
    timeout,
    spec.name,
  );
}

/** The longest long task after the first draw, and during which measured action it ran. */
async function longTasks(session, firstDrawn) {
  const { longtasks, windows, noLongtasks } = await session.page.evaluate(() => ({
    longtasks: window.__probe.longtasks,
    windows: window.__probe.windows,
    noLongtasks: !!window.__probe.noLongtasks,
  }));
  if (noLongtasks) return { overall: null, afterFirstDraw: null, during: null };
  const overall = Math.max(0, ...longtasks.map((t) => t.duration));
  const after = longtasks.filter((t) => t.start >= firstDrawn);
  const worst = after.reduce((a, b) => (b.duration > (a?.duration ?? 0) ? b : a), null);
  // A baseline call's task starts just before the probe is armed inside it.
  const during = worst
    ? (windows.find((w) => worst.start >= Math.min(w.armed, w.t0) - 5 && worst.start <= w.end)?.name ?? 'other')
    : null;
  return { overall, afterFirstDraw: worst ? worst.duration : 0, during };
}

/** JavaScript the page fetched before its first diagram, gzip-sized from dist/. */
async function javaScriptBeforeFirstDiagram(session, firstDrawn, dist) {
  const urls = await session.page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.responseEnd <= t)
        .map((e) => new URL(e.name).pathname),
    firstDrawn,
  );
  let gzip = 0;
  const files = [];
  for (const u of new Set(urls)) {
    const path = join(dist, u.replace(/^\//, ''));
    if (!existsSync(path)) continue;
    files.push(relative(dist, path));
    gzip += gzipSize(path);
  }
  return { gzip, files };
}

// ---------------------------------------------------------------- one run of each page
function query(size, page) {
  const params = new URLSearchParams();
  if (size !== 'review') {
    params.set('bench', size);
    params.set('bench-seed', String(options.seed));
  }
  if (options.view === 'all') params.set('therapy', THERAPIES.join(','));
  const text = params.toString().replace(/%2C/g, ',');
  return page === 'app' ? `index.html${text ? `?${text}` : ''}` : `bench/baseline.html?${text}`;
}

/**
 * Opens a page, waits for its first complete diagram and records it (time, data
 * preparation, phases), runs `actions`, then the longest tasks. A timeout or an error ends
 * the run with what was measured so far and the last progress mark.
 */
async function runPage(url, side, timeout, actions) {
  const run = { metrics: {}, notes: [] };
  const session = await openPage(url, timeout);
  const { page } = session;
  try {
    const first = await withTimeout(
      page.evaluate(() => window.__probe.firstPromise),
      timeout,
      'first diagram',
    );
    const prep = dataPrep(session);
    run.drawn = { nodes: first.nodes, edges: first.edges };
    run.metrics.firstDiagram = first.drawn - prep;
    run.metrics.firstDiagramRaw = first.drawn;
    run.metrics.dataPrep = prep;
    // The app's worker layout leaves performance marks (not console lines): read them now.
    session.marks.push(
      ...(await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('layout:'))
          .map((m) => ({ name: m.name, t: m.startTime })),
      )),
    );
    run.marks = session.marks;
    run.phases = phases(session, first.drawn, side);
    await actions(session, run, first);
    const tasks = await longTasks(session, first.drawn);
    run.metrics.longestTaskAfterFirstDraw = tasks.afterFirstDraw;
    run.longestTaskDuring = tasks.during;
    run.metrics.longestTask = tasks.overall;
  } catch (error) {
    run.failed = error instanceof Timeout ? (error.budget ? 'budget' : 'timeout') : 'error';
    run.error = String(error.message ?? error);
    run.marks = session.marks;
    run.lastMark = session.marks.at(-1)?.name ?? null;
  }
  run.errors = session.errors;
  await closeContext(session);
  return run;
}

function runApp(base, size, timeout, dist) {
  return runPage(base + query(size, 'app'), 'app', timeout, async (session, run, first) => {
    const { page } = session;
    run.canvas = await page.evaluate(() => {
      const r = document.querySelector('.cy')?.getBoundingClientRect();
      return r ? { w: Math.round(r.width), h: Math.round(r.height) } : null;
    });
    run.metrics.heap = await heapAfterLoad(session);
    run.jsBeforeFirstDiagram = await javaScriptBeforeFirstDiagram(session, first.drawn, dist);

    // Filter change: one mechanism category, then back to all.
    const category = page.locator('input[data-category="signalling"]');
    for (const [key, name] of [
      ['filter', 'filter'],
      ['filterClear', 'filter-clear'],
    ]) {
      const spec = { name, trigger: 'click', cond: 'hidden-changed' };
      run.metrics[key] = (await measure(session, spec, () => category.click(), timeout)).ms;
    }

    // Re-layout of everything visible.
    run.metrics.layout = (
      await measure(
        session,
        { name: 'layout', trigger: 'click', cond: 'layout' },
        () => page.getByRole('button', { name: 'Re-layout', exact: true }).click(),
        timeout,
      )
    ).ms;

    // Therapy change: untick T+A (all-therapies view; a single therapy would stay, as a
    // component of a ticked combination) or tick HAIC (default view).
    const therapy = options.view === 'all' ? CHANGED_THERAPY : 'haic';
    run.metrics.therapy = (
      await measure(
        session,
        { name: 'therapy', trigger: 'click', cond: 'nodes-changed' },
        () => page.locator(`input[data-therapy="${therapy}"]`).click(),
        timeout,
      )
    ).ms;

    // A very large graph opens as an overview of closed frames (src/view/overview.ts): zoom
    // in on one, as a person would, so its entities are drawn and one can be searched for.
    const opened = await page.evaluate(() => {
      const cy = window.__cy;
      const closed = cy.nodes('.closed').filter((n) => !n.hasClass('hidden'));
      if (closed.empty()) return false;
      cy.zoom(1);
      cy.center(closed[0]);
      return true;
    });
    if (opened) {
      await page.waitForFunction(() => window.__cy.nodes('[entity]').length > 0, null, { timeout: timeout * 1000 });
      run.notes.push('overview: zoomed in on one frame before searching (its entities enter the drawing)');
    }
    // Search and focus: a gene of middling degree, by its label.
    const target = await page.evaluate(() => {
      const nodes = window.__cy
        .nodes()
        .filter((n) => !n.hasClass('hidden') && n.data('type') === 'gene' && !n.data('mechanism'))
        .toArray()
        .sort((a, b) => Math.abs(a.degree() - 4) - Math.abs(b.degree() - 4) || (a.id() < b.id() ? -1 : 1));
      const n = nodes[0];
      return n ? { id: n.data('entity'), label: String(n.data('label')).split('\n').join(' ') } : null;
    });
    if (target) {
      const box = page.getByRole('combobox', { name: 'Search entities' });
      await withTimeout(box.fill(target.label), timeout, 'search typing');
      await withTimeout(
        page.getByRole('listbox', { name: 'Search entities' }).getByRole('option').first().waitFor(),
        timeout,
        'search suggestions',
      );
      run.metrics.search = (
        await measure(
          session,
          { name: 'search', trigger: 'keydown', cond: 'focus', arg: target.id },
          () => box.press('Enter'),
          timeout,
        )
      ).ms;
      run.search = target;
    } else run.notes.push('search: no gene to search for');

    // Path highlight: two entities three directed steps apart, through the Paths tab.
    const ends = await page.evaluate(() => {
      const cy = window.__cy;
      const out = new Map();
      cy.edges()
        .filter((e) => !e.hasClass('hidden'))
        .forEach((e) => {
          const s = e.source().data('entity');
          const t = e.target().data('entity');
          if (s === t) return;
          if (!out.has(s)) out.set(s, new Set());
          out.get(s).add(t);
        });
      const sources = [...out.keys()].sort((a, b) => out.get(b).size - out.get(a).size || (a < b ? -1 : 1));
      for (const from of sources.slice(0, 50)) {
        const depth = new Map([[from, 0]]);
        let frontier = [from];
        for (let d = 1; d <= 3 && frontier.length; d++) {
          const next = [];
          for (const id of frontier)
            for (const t of out.get(id) ?? [])
              if (!depth.has(t)) {
                depth.set(t, d);
                next.push(t);
              }
          frontier = next;
        }
        const far = [...depth].filter(([, d]) => d === 3).map(([id]) => id);
        if (far.length) return { from, to: far.sort()[0] };
      }
      return null;
    });
    if (ends) {
      const tabStart = Date.now();
      await withTimeout(page.getByRole('tab', { name: 'Paths' }).click(), timeout, 'paths tab');
      await withTimeout(page.getByLabel('From', { exact: true }).selectOption(ends.from), timeout, 'path from');
      run.pathsTabAndFrom = Date.now() - tabStart;
      run.metrics.path = (
        await measure(
          session,
          { name: 'path', trigger: 'change', cond: 'path' },
          () => page.getByLabel('To', { exact: true }).selectOption(ends.to),
          timeout,
        )
      ).ms;
      run.path = ends;
    } else run.notes.push('path: no pair of entities three steps apart');

    // SVG export of the current view through the Export menu (figure-from-cy + svg-writer).
    const summary = page.locator('summary[aria-label="Export the diagram as a figure"]');
    if ((await summary.count()) > 0) {
      await withTimeout(summary.click(), timeout, 'export menu');
      const form = 'form[aria-label="Export the diagram as a figure"]';
      await withTimeout(page.locator(`${form} input[value="svg"]`).check(), timeout, 'export format');
      await withTimeout(page.locator(`${form} input[value="view"]`).check(), timeout, 'export scope');
      run.metrics.exportSvg = (
        await measure(
          session,
          { name: 'export', trigger: 'click', cond: 'text', arg: `${form} [role="status"]` },
          () => page.locator(form).getByRole('button', { name: 'Download' }).click(),
          timeout,
        )
      ).ms;
      run.exportStatus = await page.locator(`${form} [role="status"]`).textContent();
    } else run.notes.push('export: no Export menu in the app');
  });
}

function runBaseline(base, size, timeout, canvas) {
  const size2 = canvas ? `&w=${canvas.w}&h=${canvas.h}` : '';
  return runPage(base + query(size, 'baseline') + size2, 'baseline', timeout, async (session, run) => {
    const { page } = session;
    await withTimeout(
      page.waitForFunction(() => window.__baseline, null, { timeout: 0 }),
      timeout,
      'baseline api',
    );
    run.dagreOptions = await page.evaluate(() => window.__baseline.dagreOptions);
    run.metrics.heap = await heapAfterLoad(session);
    run.metrics.filter = (
      await measureCall(
        session,
        { name: 'filter', cond: 'hidden-changed' },
        'filterCategories',
        [['signalling']],
        timeout,
      )
    ).ms;
    run.metrics.filterClear = (
      await measureCall(session, { name: 'filter-clear', cond: 'hidden-changed' }, 'filterCategories', [[]], timeout)
    ).ms;
    run.metrics.layout = (await measureCall(session, { name: 'layout', cond: 'layout' }, 'relayout', [], timeout)).ms;
    const therapies = options.view === 'all' ? THERAPIES.filter((t) => t !== CHANGED_THERAPY) : ['tace', 'haic'];
    run.metrics.therapy = (
      await measureCall(session, { name: 'therapy', cond: 'nodes-changed' }, 'setTherapies', [therapies], timeout)
    ).ms;
    // The floor under every change that redraws: one full redraw of the diagram.
    run.metrics.redraw = (await measureCall(session, { name: 'redraw', cond: 'called' }, 'redraw', [], timeout)).ms;
  });
}

// ---------------------------------------------------------------- report
const METRICS = [
  ['firstDiagram', 'first diagram', 'ms'],
  ['filter', 'filter change', 'ms'],
  ['filterClear', 'filter cleared', 'ms'],
  ['therapy', 'therapy change', 'ms'],
  ['layout', 'layout (Re-layout)', 'ms'],
  ['search', 'search and focus', 'ms'],
  ['path', 'path highlight', 'ms'],
  ['exportSvg', 'SVG export (view)', 'ms'],
  ['redraw', 'one redraw (Cytoscape alone)', 'ms'],
  ['heap', 'JS heap after load', 'bytes'],
  ['longestTaskAfterFirstDraw', 'longest task after 1st draw', 'ms'],
];

function format(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  if (typeof value === 'string') return value;
  if (unit === 'bytes') return `${(value / 1048576).toFixed(1)} MB`;
  if (value >= 10000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value)} ms`;
}

function summarise(runs) {
  const ok = runs.filter((r) => !r.failed);
  const out = {};
  const keys = new Set(runs.flatMap((r) => Object.keys(r.metrics)));
  for (const k of keys) out[k] = median(runs.map((r) => r.metrics[k]));
  return { median: out, runs: runs.length, ok: ok.length };
}

/** What a metric shows for a side: its median, or why there is none. */
function cell(side, key, unit, timeout) {
  if (!side) return 'n/a';
  const value = side.summary.median[key];
  if (value !== null && value !== undefined) return format(value, unit);
  const failed = side.runs.filter((r) => r.failed);
  if (failed.length > 0) {
    const stuck = failed[0].lastMark ? ` (${failed[0].lastMark.replace(/^(bench|baseline):/, '')})` : '';
    if (failed[0].failed === 'budget') return `budget${stuck}`;
    return failed[0].failed === 'timeout' ? `>${timeout} s${stuck}` : 'error';
  }
  return 'n/a';
}

const PHASES = [
  ['elementsAndAdd', 'elements + add'],
  ['layoutPrep', 'layout prep'],
  ['dagre', 'dagre runs (app: in workers)'],
  ['afterLayoutToDrawn', 'layout end → drawn'],
];

/** First-diagram phases, app / baseline medians (generated sizes; the review app has no marks). */
function printPhases(results) {
  const rows = [['size', ...PHASES.map(([, name]) => name)]];
  for (const r of results.sizes) {
    const side = (runs, key) => median(runs.filter((x) => x.phases).map((x) => x.phases[key]));
    rows.push([
      r.size,
      ...PHASES.map(([key]) => {
        const a = side(r.app?.runs ?? [], key);
        const b = side(r.baseline?.runs ?? [], key);
        return `${a === null ? '–' : format(a, 'ms')} / ${b === null ? '–' : format(b, 'ms')}`;
      }),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) =>
    row.map((c, i) => (i > 0 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function printTable(results) {
  const rows = [['size', 'metric', 'ours', 'baseline', 'ratio']];
  for (const r of results.sizes) {
    const label = r.size === 'review' ? 'review' : `${Number(r.size).toLocaleString('en')}`;
    for (const [key, name, unit] of METRICS) {
      const base = key === 'search' || key === 'path' || key === 'exportSvg' ? null : r.baseline;
      const ours = cell(r.app, key, unit, r.timeout);
      const theirs = base ? cell(base, key, unit, r.timeout) : 'n/a';
      const a = r.app?.summary.median[key];
      const b = base?.summary.median[key];
      const ratio = typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '';
      rows.push([label, name, ours, theirs, ratio]);
    }
    rows.push(null);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.filter(Boolean).map((row) => String(row[i]).length)));
  const line = (row) =>
    row.map((c, i) => (i >= 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows.slice(1)) out.push(row ? line(row) : '');
  return out.join('\n');
}

// ---------------------------------------------------------------- main
async function main() {
  const root = process.cwd();
  // The benchmark build, apart from the product's dist/ (which has no benchmark mode).
  const dist = join(root, 'bench-results', 'dist');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const results = {
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
    definitions: {
      firstDiagram:
        'navigation start → first Cytoscape render after all nodes are added and laid out; for generated graphs the time to generate and validate the data (done at build time for bundled graphs) is subtracted (raw value in firstDiagramRaw)',
      actions:
        'input event timestamp (baseline: start of the equivalent call) → first Cytoscape render showing the result; SVG export stops when the Export menu reports the file saved',
      view:
        options.view === 'all'
          ? `all 9 therapies ticked (?therapy=…); therapy change unticks ${CHANGED_THERAPY}`
          : 'the app default (TACE); therapy change ticks HAIC',
      filter:
        'tick the "signalling" mechanism category; baseline hides the other categories’ edges and their orphaned nodes',
      heap: 'Runtime.getHeapUsage usedSize after a forced GC, once the first diagram is drawn',
      redraw:
        'baseline only: one node moved by a hundredth of a unit → next render, i.e. what one full redraw of the diagram costs Cytoscape.js; no change that redraws can be faster',
      longestTaskAfterFirstDraw:
        'longest PerformanceObserver longtask that started after the first draw, during the actions',
    },
    sizes: [],
  };

  if (options.build) {
    log('building (vite build --mode bench)…');
    const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'bench', '--outDir', dist, '--emptyOutDir'], {
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      console.error(build.stdout, build.stderr);
      throw new Error('vite build --mode bench failed');
    }
  }
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${relative(root, dist)}/index.html is missing: run without --no-build once`);
  }
  if (!existsSync(join(dist, 'bench', 'baseline.html'))) {
    throw new Error(
      `${relative(root, dist)}/bench/baseline.html is missing: vite.config.ts must build bench/baseline.html too`,
    );
  }
  results.initialJs = initialJavaScript(dist);
  results.exportAvailable = existsSync('src/export/svg-writer.ts') && existsSync('src/view/figure-from-cy.ts');
  log(`initial JavaScript: ${(results.initialJs.gzip / 1024).toFixed(1)} KB gzip`);

  executablePath = findChromium() ?? (await findPlaywrightChromium());
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--mode',
      'bench',
      '--outDir',
      dist,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {}
      if (i > 100) throw new Error(`vite preview did not answer on ${base}`);
      await sleep(200);
    }
    await launch();
    results.machine.chromium = browser.version();
    log(`Chromium ${browser.version()} (${executablePath}), serving dist/ on ${base}`);

    // Round robin: every size gets its first run before any size gets its second, so a
    // slow machine that spends the budget early still reports every size.
    // The app's drawing area, so the baseline packs its layout to the same aspect ratio.
    const canvas = {};
    const probePage = await openPage(`${base}index.html`, 60);
    await withTimeout(
      probePage.page.evaluate(() => window.__probe.firstPromise),
      60,
      'the app at /',
    );
    canvas.review = await probePage.page.evaluate(() => {
      const r = document.querySelector('.cy')?.getBoundingClientRect();
      return r ? { w: Math.round(r.width), h: Math.round(r.height) } : null;
    });
    await closeContext(probePage);
    log(`the app's drawing area: ${canvas.review?.w}×${canvas.review?.h} px`);
    const entries = options.sizes.map((size) => ({
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
        const app = await runApp(base, size, timeout, dist);
        entry.appRuns.push(app);
        if (app.canvas) canvas[size] = app.canvas;
        log(
          `${size} run ${r + 1} app: ${app.failed ? `${app.failed} (${app.error}; last mark ${app.lastMark})` : `first diagram ${format(app.metrics.firstDiagram, 'ms')}`}`,
        );
        const baseline = await runBaseline(base, size, timeout, canvas[size] ?? canvas.review);
        entry.baseRuns.push(baseline);
        log(
          `${size} run ${r + 1} baseline: ${baseline.failed ? `${baseline.failed} (${baseline.error}; last mark ${baseline.lastMark})` : `first diagram ${format(baseline.metrics.firstDiagram, 'ms')}`}`,
        );
        for (const e of [...app.errors, ...baseline.errors].slice(0, 3)) log(`  page error: ${e}`);
        // A size whose pages both timed out will time out again: do not spend the budget on it.
        if (app.failed && baseline.failed) {
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
  } finally {
    if (browser) await Promise.race([browser.close().catch(() => {}), sleep(10000)]);
    server.kill();
  }

  // The data overlay on a whole transcriptome (60,000 rows read, matched and coloured), in
  // Node with the app's own modules (scripts/bench/overlay-bench.ts): a row of its own.
  const overlayRun = spawnSync('npx', ['tsx', 'scripts/bench/overlay-bench.ts'], { encoding: 'utf8' });
  const overlayJson = overlayRun.stdout.trim().split('\n').at(-1) ?? '';
  results.overlay = overlayJson.startsWith('{') ? JSON.parse(overlayJson) : { error: overlayRun.stderr.trim() };
  log(overlayRun.stdout.trim().split('\n')[0] ?? 'overlay benchmark failed');

  results.durationSeconds = Math.round(elapsed());
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);

  const lines = [];
  lines.push(
    `Benchmark: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}, Chromium ${results.machine.chromium}`,
  );
  lines.push(
    `View: ${results.definitions.view}. Medians; ratio = ours / baseline (plain Cytoscape.js, same elements, stylesheet and layout).`,
  );
  lines.push('');
  lines.push(printTable(results));
  lines.push('First diagram, where the time goes (median, ours / baseline; – where a page leaves no mark):');
  lines.push(printPhases(results));
  lines.push('');
  for (const entry of results.sizes) {
    const d = entry.drawn;
    const runs = `${entry.app?.summary.ok ?? 0}/${entry.app?.summary.runs ?? 0} app and ${entry.baseline?.summary.ok ?? 0}/${entry.baseline?.summary.runs ?? 0} baseline runs completed`;
    lines.push(
      `${entry.size}: ${d ? `${d.nodes} nodes, ${d.edges} edges drawn; ` : ''}${runs}${entry.note ? `; ${entry.note}` : ''}`,
    );
  }
  const js = results.initialJs;
  lines.push('');
  lines.push(
    `Initial JavaScript (dist/index.html scripts + modulepreloads, gzip -9): ${(js.gzip / 1024).toFixed(1)} KB (${js.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')})`,
  );
  const review = results.sizes.find((s) => s.size === 'review')?.app?.runs.find((r) => r.jsBeforeFirstDiagram);
  if (review) {
    lines.push(
      `JavaScript fetched before the review's first diagram: ${(review.jsBeforeFirstDiagram.gzip / 1024).toFixed(1)} KB gzip (${review.jsBeforeFirstDiagram.files.length} files)`,
    );
  }
  if (!results.exportAvailable)
    lines.push('SVG export: n/a (src/export/svg-writer.ts or src/view/figure-from-cy.ts missing)');
  lines.push(
    results.overlay.totalMs === undefined
      ? `Overlay (60,000 rows): failed: ${results.overlay.error}`
      : `Overlay, ${results.overlay.rows} rows (${results.overlay.megabytes} MB): read ${results.overlay.readMs} ms, match ${results.overlay.matchMs} ms, colour ${results.overlay.colourMs} ms; total ${results.overlay.totalMs} ms (median of ${results.overlay.runs}; budget 1000 ms)`,
  );
  lines.push(`Run took ${results.durationSeconds} s; JSON in ${options.out}`);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
