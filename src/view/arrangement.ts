/**
 * Arrangements on a Cytoscape instance (on screen and headless, for `graph figure`): read
 * where the nodes are, and draw a saved arrangement over the automatic layout with the
 * model's `arrange`, which places nodes the arrangement does not know beside their
 * neighbours. Frames (compound parents) are never read or set: Cytoscape derives their
 * box from their children.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { type Arranged, type Arrangement, arrange, isFrameId, type Point } from '../model/arrangement';

const isPlainNode = (n: NodeSingular) => !isFrameId(n.id()) && !n.isParent();

/** Where every node other than a frame is now. */
export function nodePositions(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes()
    .filter(isPlainNode)
    .forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: p.x, y: p.y });
    });
  return out;
}

/** Units a node may be off its arranged place and still count as there (rounding in files). */
const SAME_PLACE = 0.5;

/**
 * Moves the nodes to `arrangement` (the automatic positions they have now fill in what it
 * lacks), in one call. Returns what `arrange` decided and whether any node moved, or null
 * without an arrangement.
 */
export function applyArrangement(cy: Core, arrangement: Arrangement | null): (Arranged & { moved: boolean }) | null {
  if (!arrangement) return null;
  const nodes = cy.nodes().filter(isPlainNode);
  const auto = nodePositions(cy);
  const result = arrange(
    auto,
    arrangement,
    (id) =>
      cy
        .getElementById(id)
        .neighborhood()
        .nodes()
        .filter(isPlainNode)
        .map((n) => n.id()),
    {
      size: (id) => {
        const n = cy.getElementById(id);
        const width = Number(n.data('w'));
        const height = Number(n.data('h'));
        return width > 0 && height > 0 ? { width, height } : undefined;
      },
    },
  );
  let moved = false;
  for (const [id, p] of result.positions) {
    const now = auto.get(id) as Point;
    if (Math.abs(now.x - p.x) > SAME_PLACE || Math.abs(now.y - p.y) > SAME_PLACE) moved = true;
  }
  if (moved) nodes.positions((n) => result.positions.get((n as NodeSingular).id()) ?? (n as NodeSingular).position());
  return { ...result, moved };
}
