/**
 * Semantic zoom: entity and edge labels are drawn only while they read at MIN_LABEL_PX or
 * more on screen. Cytoscape's own `min-zoomed-font-size` compares against the zoom rounded
 * up to a power of two (a label at 0.6× zoom counts as at 1×), so it would still draw 8 px
 * labels; this sets a class instead, and only when the zoom crosses a threshold, since
 * every restyled element costs a style pass.
 */
import type { Core } from 'cytoscape';
import { LABEL_FONT_SIZE } from '../style/visual';
import { EDGE_LABEL_SIZE, MIN_LABEL_PX } from './stylesheet';

/** Which labels read at a zoom. */
export function labelsAt(zoom: number): { nodes: boolean; edges: boolean } {
  return { nodes: LABEL_FONT_SIZE * zoom >= MIN_LABEL_PX - 1e-9, edges: EDGE_LABEL_SIZE * zoom >= MIN_LABEL_PX - 1e-9 };
}

/** Sets the `unlabelled` class where the zoom makes labels too small (and clears it elsewhere). */
export function applyLabelZoom(cy: Core, force = false): void {
  const want = labelsAt(cy.zoom());
  const key = `${want.nodes} ${want.edges}`;
  if (!force && cy.scratch('atlas-labels') === key) return;
  cy.scratch('atlas-labels', key);
  cy.batch(() => {
    cy.nodes('[entity]').forEach((n) => {
      if (n.hasClass('unlabelled') === want.nodes) n.toggleClass('unlabelled', !want.nodes);
    });
    cy.edges().forEach((e) => {
      if (e.hasClass('unlabelled') === want.edges) e.toggleClass('unlabelled', !want.edges);
    });
  });
}
