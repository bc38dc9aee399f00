// @ts-check
/**
 * The in-page probe, injected before any page script (context.addInitScript with this file's
 * path: a plain browser script, never bundled or transpiled, so what runs in the page is
 * exactly this text). Records long tasks, Cytoscape render events and layout stops, detects
 * the first complete diagram, and times armed actions until drawn. Exposes `window.__probe`.
 *
 * One frame loop, registered before any page script, does every check. requestAnimationFrame
 * callbacks run in registration order and Cytoscape's render loop starts later, so in each
 * frame this check runs before Cytoscape draws: the first `render` event after a change is
 * detected is the frame that shows it.
 */
(function probe() {
  // Types (JSDoc inside the function, so that they stay local to this script).
  /**
   * @typedef {import('cytoscape').Core} Core
   * @typedef {import('./page-globals').Probe} Probe
   * @typedef {import('./page-globals').ProbeCondition} ProbeCondition
   * @typedef {import('./page-globals').ProbeFirst} ProbeFirst
   * @typedef {import('./page-globals').ProbeSpec} ProbeSpec
   * @typedef {import('./page-globals').ProbeWindow} ProbeWindow
   * @typedef {{ nodes: number, edges: number, hidden: number, closedCounts: string, layoutStops: number, text: string }} Before
   * @typedef {ProbeSpec & { before: Before, armed: number, detected: number | null, t0: number | null,
   *   promise?: Promise<ProbeWindow>, finish: (end: number, rendered: boolean) => void }} Pending
   * @typedef {{ t: number, deadline: number, resolve: (drawn: { at: number, rendered: boolean }) => void }} Waiter
   */
  /** @type {(first: ProbeFirst) => void} */
  let firstResolve = () => {};
  /** @type {Probe & { pending: Pending | null, last: Pending | null }} */
  const P = {
    longtasks: [],
    renders: [],
    layoutStops: 0,
    first: null,
    pending: null,
    last: null,
    windows: [],
    firstPromise: new Promise((r) => {
      firstResolve = r;
    }),
    arm,
    settled,
  };
  window.__probe = P;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    P.noLongtasks = true;
  }
  /** @type {Core | null} */
  let hooked = null;
  /** The app's (or baseline's) Cytoscape instance, with this probe's listeners on it. */
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
  /** The instance, once the page has one (every check below runs only after it exists). */
  const core = () => {
    const cy = hook();
    if (!cy) throw new Error('no Cytoscape instance (window.__cy)');
    return cy;
  };
  // Waiters for "the first render after time t" (with a fallback when nothing is redrawn).
  /** @type {Waiter[]} */
  let waiters = [];
  /** @param {number} t @returns {Promise<{ at: number, rendered: boolean }>} */
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

  let firstSeen = false;
  const checkFirst = () => {
    const cy = hook();
    if (!cy || cy.nodes().length === 0) return;
    // Laid out: not every node still at the origin.
    const laidOut = cy.nodes().some((n) => {
      const p = /** @type {import('cytoscape').NodeSingular} */ (n).position();
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

  /** @param {Core} cy */
  const closedCounts = (cy) =>
    cy
      .nodes('.closed')
      .map((n) => n.data('label'))
      .join('\u0000');
  /** @type {Record<ProbeCondition, (cy: Core, before: Before, arg?: string) => boolean>} */
  const conditions = {
    'nodes-changed': (cy, before) => cy.nodes().length !== before.nodes || cy.edges().length !== before.edges,
    // A filter hides elements, or (in an overview of closed frames) changes how many
    // entities each frame says it shows.
    'hidden-changed': (cy, before) =>
      cy.$('.hidden').length !== before.hidden || closedCounts(cy) !== before.closedCounts,
    // The call itself is the change (a redraw): the next render ends the clock.
    called: () => true,
    layout: (_cy, before) => P.layoutStops > before.layoutStops,
    focus: (cy, _before, arg) =>
      cy
        .nodes()
        .some((n) => n.data('entity') === arg && /** @type {import('cytoscape').NodeSingular} */ (n).hasClass('focus')),
    path: (cy) => cy.$('node.path-node').length > 0,
    text: (_cy, before, arg) => {
      const text = (arg && document.querySelector(arg)?.textContent) ?? '';
      return text !== '' && text !== before.text;
    },
  };
  const checkPending = () => {
    const p = P.pending;
    if (!p || p.t0 === null || p.detected || p.cond === 'text') return;
    if (!conditions[p.cond](core(), p.before, p.arg)) return;
    const detected = performance.now();
    p.detected = detected;
    drawnAfter(detected).then(({ at, rendered }) => p.finish(at, rendered));
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

  /**
   * Arms a measurement: the clock starts at the trigger event (or now, for 'manual').
   * @param {ProbeSpec} spec
   */
  function arm(spec) {
    const armed = performance.now();
    const cy = core();
    /** @type {Before} */
    const before = {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      hidden: cy.$('.hidden').length,
      closedCounts: closedCounts(cy),
      layoutStops: P.layoutStops,
      text: spec.cond === 'text' && spec.arg ? (document.querySelector(spec.arg)?.textContent ?? '') : '',
    };
    /** @type {Pending} */
    const p = {
      ...spec,
      before,
      armed,
      detected: null,
      t0: spec.trigger === 'manual' ? performance.now() : null,
      // Set just below, by the promise's executor (which runs at once).
      finish: () => {},
    };
    p.promise = new Promise((resolve) => {
      p.finish = (end, rendered) => {
        if (P.pending === p) P.pending = null;
        const t0 = p.t0;
        /** @type {ProbeWindow} */
        const result = { name: spec.name, armed, t0, end, ms: t0 === null ? null : end - t0, rendered };
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
  }
  /** The last armed measurement's result, once drawn. */
  function settled() {
    return P.last?.promise ?? Promise.resolve(null);
  }
})();
