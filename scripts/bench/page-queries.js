// @ts-check
/**
 * What the app's run asks the page (the drawing area's size, a frame to open, a gene to
 * search for, two entities to join by a path), injected before any page script like
 * probe.js and for the same reason: a plain browser script runs in the page as written,
 * while a function passed to page.evaluate from the runner's TypeScript is transpiled first
 * (tsx names inner functions through a `__name` helper the page does not have).
 * Exposes `window.__benchQueries`; it only answers when asked, so it costs the pages nothing.
 */
(function pageQueries() {
  /** @typedef {import('./page-globals').PageQueries} PageQueries */
  const core = () => {
    const cy = window.__cy;
    if (!cy) throw new Error('no Cytoscape instance (window.__cy)');
    return cy;
  };

  /** @type {PageQueries} */
  const queries = {
    drawingArea() {
      const r = document.querySelector('.cy')?.getBoundingClientRect();
      return r ? { w: Math.round(r.width), h: Math.round(r.height) } : null;
    },

    // A very large graph opens as an overview of closed frames (src/view/overview.ts).
    // `inParts`: a frame that is a part of a split one (an imported network).
    openOneFrame(inParts) {
      const cy = core();
      const closed = cy
        .nodes('.closed')
        .filter((n) => !n.hasClass('hidden') && (!inParts || n.data('part') !== undefined));
      if (closed.empty()) return false;
      cy.zoom(1);
      cy.center(closed[0]);
      return true;
    },

    // `inParts`: only entities drawn in a part of a split frame (an imported network), of any type.
    searchTarget(inParts) {
      const genes = /** @type {import('cytoscape').NodeSingular[]} */ (
        core()
          .nodes()
          .filter(
            (n) =>
              !n.hasClass('hidden') &&
              !n.data('mechanism') &&
              n.data('entity') !== undefined &&
              (inParts ? n.parent().data('part') !== undefined : n.data('type') === 'gene'),
          )
          .toArray()
      );
      const nodes = genes.sort(
        (a, b) => Math.abs(a.degree() - 4) - Math.abs(b.degree() - 4) || (a.id() < b.id() ? -1 : 1),
      );
      const n = nodes[0];
      return n ? { id: n.data('entity'), label: String(n.data('label')).split('\n').join(' ') } : null;
    },

    // Breadth-first, three steps out from the 50 sources with the most targets.
    pathEnds() {
      const cy = core();
      /** @type {Map<string, Set<string>>} */
      const out = new Map();
      cy.edges()
        .filter((e) => !e.hasClass('hidden'))
        .forEach((e) => {
          const s = e.source().data('entity');
          const t = e.target().data('entity');
          if (s === t) return;
          if (!out.has(s)) out.set(s, new Set());
          out.get(s)?.add(t);
        });
      const targets = (/** @type {string} */ id) => out.get(id) ?? new Set();
      const sources = [...out.keys()].sort((a, b) => targets(b).size - targets(a).size || (a < b ? -1 : 1));
      for (const from of sources.slice(0, 50)) {
        const depth = new Map([[from, 0]]);
        let frontier = [from];
        for (let d = 1; d <= 3 && frontier.length; d++) {
          /** @type {string[]} */
          const next = [];
          for (const id of frontier)
            for (const t of targets(id))
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
    },
  };
  window.__benchQueries = queries;
})();
