/**
 * The browser and one page in it: Chromium's launch (and restart when a page will not
 * close), a fresh context per page with the probe injected, the page's progress marks and
 * errors, and the measurements taken through the probe.
 *
 * The functions this runner passes to page.evaluate are serialised with toString() after tsx
 * has transpiled them, so they stay one-line calls into the injected scripts or anonymous
 * arrows: a named inner function would come out wrapped in tsx's `__name` helper, which the
 * page does not define. Anything longer belongs in page-queries.js.
 */
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import type { BaselineApi } from '../../bench/baseline';
import { CHROMIUM_ARGS } from '../find-chromium.mjs';
import { log, sleep, withTimeout } from './clock';
import type { ProbeSpec, ProbeWindow } from './page-globals';
import type { Mark } from './types';

const VIEWPORT = { width: 1440, height: 900 };
/** Plain browser scripts injected into every page before its own (see their headers). */
const INIT_SCRIPTS = ['probe.js', 'page-queries.js'].map((file) => new URL(file, import.meta.url).pathname);

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** `[bench] name t` console lines the page printed, in order. */
  marks: Mark[];
  errors: string[];
}

let browser: Browser | undefined;
let executablePath: string | undefined;

function current(): Browser {
  if (!browser) throw new Error('Chromium is not running (launchBrowser first)');
  return browser;
}

export async function launchBrowser(path: string): Promise<void> {
  executablePath = path;
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export const browserVersion = (): string => current().version();

/** Closes Chromium, giving up after 10 s (a renderer stuck in a long task can keep it open). */
export async function closeBrowser(): Promise<void> {
  if (browser) await Promise.race([browser.close().catch(() => {}), sleep(10000)]);
}

export async function closeContext(session: Session): Promise<void> {
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
    // (Playwright's Browser has no process() to kill: the old runner's SIGKILL was a no-op.)
    await Promise.race([
      current()
        .close()
        .catch(() => {}),
      sleep(8000),
    ]);
    if (executablePath) await launchBrowser(executablePath);
  }
}

export async function openPage(url: string, timeout: number): Promise<Session> {
  const context = await current().newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, acceptDownloads: true });
  // No Playwright timeouts: a click on a page that then blocks for a minute is still a
  // measurement; withTimeout() decides when to give up.
  context.setDefaultTimeout(0);
  for (const path of INIT_SCRIPTS) await context.addInitScript({ path });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const session: Session = { context, page, cdp, marks: [], errors: [] };
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

export const markAt = (session: Session, name: string): number | null =>
  session.marks.find((m) => m.name === name)?.t ?? null;

/** The page's worker layout leaves performance marks (not console lines): adds them to the session's. */
export async function readLayoutMarks(session: Session): Promise<void> {
  session.marks.push(
    ...(await session.page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('layout:'))
        .map((m) => ({ name: m.name, t: m.startTime })),
    )),
  );
}

/** Forced collections read, the smallest kept (see heapAfterLoad). */
const HEAP_READINGS = 3;

/**
 * The JS heap the page keeps once its first diagram is drawn: read when the page is next
 * idle, as the smallest of HEAP_READINGS forced collections. Read at the instant of the first
 * draw, with the page's own start-up tasks still running, a forced collection left up to
 * 1.2 MB of their garbage counted (the app read 10.5 MiB then and 9.35 MiB half a second
 * later, with the same objects reachable in a heap snapshot), and a single reading of either
 * page jumps by about 1.4 MiB between runs of the same page (the baseline: 7.5 or 8.9 MiB).
 */
export async function heapAfterLoad(session: Session): Promise<number> {
  await session.page.evaluate(
    () => new Promise<void>((settled) => requestIdleCallback(() => settled(), { timeout: 2000 })),
  );
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < HEAP_READINGS; i++) {
    await session.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.cdp.send('Runtime.getHeapUsage');
    least = Math.min(least, usedSize);
  }
  return least;
}

/** Arms the probe, performs `act` (Playwright input), waits for the drawn result. */
export async function measure(
  session: Session,
  spec: ProbeSpec,
  act: () => Promise<unknown>,
  timeout: number,
): Promise<ProbeWindow> {
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

type BaselineCall = 'filterCategories' | 'relayout' | 'setTherapies' | 'redraw';

/**
 * Baseline: arms the probe and calls `window.__baseline[fn](...args)` in a task of its own
 * (a timer, as an input event would be), so the long-task observer sees it.
 */
export async function measureCall<K extends BaselineCall>(
  session: Session,
  spec: Omit<ProbeSpec, 'trigger'>,
  fn: K,
  args: Parameters<BaselineApi[K]>,
  timeout: number,
): Promise<ProbeWindow> {
  const { page } = session;
  await withTimeout(
    page.evaluate(
      ({ s, f, a }) =>
        new Promise<void>((armed) => {
          setTimeout(() => {
            window.__probe.arm({ ...s, trigger: 'manual' });
            armed();
            const api = window.__baseline;
            if (!api) throw new Error('the baseline page has no window.__baseline');
            (api[f] as (...values: unknown[]) => void).apply(api, a);
          }, 0);
        }),
      { s: spec, f: fn, a: args as unknown[] },
    ),
    timeout,
    spec.name,
  );
  const result = await withTimeout(
    page.evaluate(() => window.__probe.settled()),
    timeout,
    spec.name,
  );
  if (!result) throw new Error(`${spec.name}: the probe was not armed`);
  return result;
}

/** The longest long task after the first draw, and during which measured action it ran. */
export async function longTasks(
  session: Session,
  firstDrawn: number,
): Promise<{ overall: number | null; afterFirstDraw: number | null; during: string | null }> {
  const { longtasks, windows, noLongtasks } = await session.page.evaluate(() => ({
    longtasks: window.__probe.longtasks,
    windows: window.__probe.windows,
    noLongtasks: !!window.__probe.noLongtasks,
  }));
  if (noLongtasks) return { overall: null, afterFirstDraw: null, during: null };
  const overall = Math.max(0, ...longtasks.map((t) => t.duration));
  const after = longtasks.filter((t) => t.start >= firstDrawn);
  const worst = after.reduce<(typeof after)[number] | null>((a, b) => (b.duration > (a?.duration ?? 0) ? b : a), null);
  // A baseline call's task starts just before the probe is armed inside it. (A finished
  // window always has its t0; `?? 0` is what Math.min made of a null.)
  const during = worst
    ? (windows.find((w) => worst.start >= Math.min(w.armed, w.t0 ?? 0) - 5 && worst.start <= w.end)?.name ?? 'other')
    : null;
  return { overall, afterFirstDraw: worst ? worst.duration : 0, during };
}

/** URL paths of the JavaScript the page had fetched by page time `t`. */
export function scriptsFetchedBy(session: Session, t: number): Promise<string[]> {
  return session.page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= until)
        .map((e) => new URL(e.name).pathname),
    t,
  );
}
