/**
 * Changes to a live Cytoscape instance, each in one batch and each touching only the
 * elements whose state changes: every restyled element costs Cytoscape a full style pass,
 * which is what dominates on large graphs.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Highlight } from './CytoscapeView';
import { isFrame } from './cy-elements';
import type { Point } from './layout';
import { closedLabel } from './overview';

/** Same data, compared field by field (arrays by their items). */
function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(current).length) return false;
  return keys.every((k) => {
    const a = current[k];
    const b = next[k];
    return Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;
  });
}

/**
 * Makes the instance hold exactly `elements` (diff by id). With `positions`, every node is
 * also moved (new ones are added in place), so nothing is drawn at the origin first.
 */
export function applyElements(
  cy: Core,
  elements: readonly ElementDefinition[],
  positions?: ReadonlyMap<string, Point>,
) {
  cy.batch(() => {
    const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
    // New frames first, so nodes can move into them before old frames (with whatever is
    // still inside them) are removed.
    cy.add(elements.filter((e) => isFrame(e.data) && cy.getElementById(e.data.id as string).empty()));
    const fresh: ElementDefinition[] = [];
    for (const [id, def] of wanted) {
      let existing = cy.getElementById(id);
      if (existing.empty()) {
        const at = positions?.get(id);
        fresh.push(at ? { ...def, position: at } : def);
        continue;
      }
      // An edge cannot be re-attached in place: when its ends changed, replace it.
      if (
        existing.isEdge() &&
        (existing.data('source') !== def.data.source || existing.data('target') !== def.data.target)
      ) {
        existing.remove();
        fresh.push(def);
        continue;
      }
      const parent = (def.data.parent as string | undefined) ?? null;
      if (existing.isNode() && ((existing.data('parent') as string | undefined) ?? null) !== parent) {
        existing = existing.move({ parent }) as typeof existing;
      }
      if (!sameData(existing.data(), def.data)) existing.data(def.data);
      const classes = def.classes ?? '';
      if (existing.classes().join(' ') !== classes) existing.classes(classes);
    }
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    // Nodes that stay move in one call (one event for all, not one per node); frames follow.
    if (positions) {
      cy.nodes()
        .filter((n) => !n.isParent() && positions.has(n.id()))
        .positions((n) => positions.get(n.id()) ?? n.position());
    }
    cy.add(fresh);
  });
}

/**
 * Shows what the filters leave: an edge when its relation is visible; a node when its
 * entity is, and a repeated outcome only while one of its own edges shows. Positions stay.
 */
export function applyVisibility(cy: Core, visibleNodes: ReadonlySet<string>, visibleRelations: ReadonlySet<string>) {
  cy.batch(() => {
    const ends = new Set<string>();
    cy.edges().forEach((e) => {
      if (e.hasClass('link')) return;
      const shown = visibleRelations.has(e.data('relation'));
      if (e.hasClass('hidden') === shown) e.toggleClass('hidden', !shown);
      if (shown) {
        ends.add(e.data('source'));
        ends.add(e.data('target'));
      }
    });
    const framesShown = new Set<string>();
    cy.nodes().forEach((n) => {
      if (isFrame(n.data())) return;
      const shown = visibleNodes.has(n.data('entity')) && (!n.data('mechanism') || ends.has(n.id()));
      if (n.hasClass('hidden') === shown) n.toggleClass('hidden', !shown);
      const parent = n.data('parent') as string | undefined;
      if (shown && parent) framesShown.add(parent);
    });
    // A frame shows while any of its entities does; a closed one (./overview.ts) counts
    // the entities it stands for, and says how many show.
    cy.nodes('.frame').forEach((f) => {
      let shown = framesShown.has(f.id());
      if (f.hasClass('closed')) {
        const count = ((f.data('members') as string[] | undefined) ?? []).filter((m) => visibleNodes.has(m)).length;
        shown = count > 0;
        const label = closedLabel(String(f.data('closedTitle')), count);
        if (shown && f.data('label') !== label) f.data('label', label);
      }
      if (f.hasClass('hidden') === shown) f.toggleClass('hidden', !shown);
    });
    // A link between frames shows while both frames do.
    cy.edges('.link').forEach((e) => {
      const shown = !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
      if (e.hasClass('hidden') === shown) e.toggleClass('hidden', !shown);
    });
  });
}

const HIGHLIGHT_CLASSES = ['focus', 'neighbour', 'faded', 'quiet', 'path-node', 'path-edge'] as const;

/**
 * Sets each element's highlight class (at most one), changing only those that differ.
 * With `fadeRest` false (large graphs), the elements outside the highlight keep their
 * look: fading them all would restyle the whole graph on every selection.
 */
export function applyHighlight(cy: Core, highlight: Highlight | null, fadeRest = true) {
  const some = highlight && fadeRest ? highlight.nodes.size + highlight.pathNodes.size > 0 : false;
  const rest = highlight?.quietOthers ? 'quiet' : 'faded';
  const wantedFor = (id: string, node: boolean): string | null => {
    if (!highlight) return null;
    if ((node ? highlight.focusNodes : highlight.focusRelations).has(id)) return 'focus';
    if ((node ? highlight.pathNodes : highlight.pathRelations).has(id)) return node ? 'path-node' : 'path-edge';
    if ((node ? highlight.nodes : highlight.relations).has(id)) return 'neighbour';
    return some || (fadeRest && highlight.quietOthers) ? rest : null;
  };
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const node = ele.isNode();
      if (node && isFrame(ele.data())) {
        // A frame is only ever outlined (its mechanism chosen): fading a compound node
        // would fade everything inside it too.
        const chosen = !!highlight?.focusFrames?.has(ele.data('frame'));
        if (ele.hasClass('focus') !== chosen) ele.toggleClass('focus', chosen);
        return;
      }
      const wanted = wantedFor(ele.data(node ? 'entity' : 'relation'), node);
      for (const c of HIGHLIGHT_CLASSES) {
        const has = ele.hasClass(c);
        if (has !== (c === wanted)) ele.toggleClass(c, !has);
      }
    });
  });
}
