/**
 * The only component that touches Cytoscape. It creates the instance once, applies
 * element changes inside `cy.batch()`, lays out only when the layout inputs change
 * (the therapy-level graph, the direction, the language or an explicit re-layout) and
 * otherwise only shows, hides and highlights, so a secondary filter never moves a node.
 * Graphs above a few hundred nodes are laid out in workers (./layout-async.ts).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef } from 'react';
import type { LayoutDirection, Selection } from '../store/view-state';
import { applyElements, applyHighlight, applyVisibility } from './apply';
import { applyPositions, drawingAspect, fitVisible, runLayout } from './layout';
import { type LayoutProgress, layoutInWorkers, WORKER_ABOVE } from './layout-async';
import type { Point } from './layout-blocks';
import { stylesheet } from './stylesheet';

cytoscape.use(dagre);

export interface Highlight {
  focusNodes: ReadonlySet<string>;
  focusRelations: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathRelations: ReadonlySet<string>;
  /** Draw everything outside the focus quieter (teaching mode) rather than faded. */
  quietOthers?: boolean;
}

export interface CytoscapeViewProps {
  elements: ElementDefinition[];
  visibleNodes: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  direction: LayoutDirection;
  layoutRequest: number;
  focusRequest: number;
  highlight: Highlight | null;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onReady?: (cy: Core | null) => void;
  /** When this set changes and is not empty, the view frames these entities. */
  frameEntities?: ReadonlySet<string> | null;
  /** Camera moves animate unless this is false or the user prefers reduced motion. */
  animate?: boolean;
  label: string;
  /** Told how far a background layout has got, and null when it is done. */
  onLayoutProgress?: (progress: LayoutProgress | null) => void;
}

/** Above this many nodes, panning and zooming draw a snapshot and hide edges while moving. */
export const LARGE_DRAWING = 2000;

const isLarge = (cy: Core) => cy.nodes().length > LARGE_DRAWING;

/**
 * Cytoscape reads these two renderer options only when the instance is created; the
 * instance lives as long as the page, so they are switched on the renderer itself.
 */
function drawAsLargeGraph(cy: Core, large: boolean) {
  const renderer = (
    cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }
  ).renderer();
  renderer.textureOnViewport = large;
  renderer.hideEdgesOnViewport = large;
}

/** Closest zoom a camera move goes to, so a small step keeps its context readable. */
const FRAME_MAX_ZOOM = 1.4;

function animateFit(cy: Core, eles: ReturnType<Core['collection']>, animate = true) {
  const reduced = !animate || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const bb = eles.boundingBox();
  const padding = 60;
  const zoom = Math.min(
    FRAME_MAX_ZOOM,
    (cy.width() - 2 * padding) / Math.max(bb.w, 1),
    (cy.height() - 2 * padding) / Math.max(bb.h, 1),
  );
  const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
  cy.stop();
  if (reduced) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan, duration: 350, easing: 'ease-in-out-cubic' });
}

/** After elements arrive late: the filters and highlight of the moment, then a fit. */
function reapply(cy: Core, now: CytoscapeViewProps) {
  applyVisibility(cy, now.visibleNodes, now.visibleRelations);
  applyHighlight(cy, now.highlight, !isLarge(cy));
  fitVisible(cy);
}

export function CytoscapeView(props: CytoscapeViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;
  // Read at the moment a camera move starts; changing it must not move the camera.
  const animate = useRef(props.animate);
  animate.current = props.animate;
  const { onReady } = props;
  const onProgress = useRef(props.onLayoutProgress);
  onProgress.current = props.onLayoutProgress;
  // The newest props, for work that finishes after a render (a worker layout).
  const latest = useRef(props);
  latest.current = props;
  /** True while a worker layout for new elements runs. */
  const pending = useRef(false);

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(),
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event) => onSelect.current({ kind: 'entity', id: event.target.data('entity') }));
    cy.on('tap', 'edge', (event) => onSelect.current({ kind: 'relation', id: event.target.data('relation') }));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelect.current(null);
    });
    cyRef.current = cy;
    onReady?.(cy);
    return () => {
      onReady?.(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, [onReady]);

  // Elements of the therapy-level graph: diff by id, then lay all of them out. A large
  // graph is laid out in workers first and then added in place, with progress shown; the
  // old diagram stays until then.
  const { elements, direction } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const nodeCount = elements.reduce((n, e) => (e.group === 'nodes' ? n + 1 : n), 0);
    drawAsLargeGraph(cy, nodeCount > LARGE_DRAWING);
    if (nodeCount <= WORKER_ABOVE || typeof Worker === 'undefined') {
      applyElements(cy, elements);
      runLayout(cy, direction, false);
      return;
    }
    const task = layoutInWorkers(elements, direction, drawingAspect(cy), (p) => onProgress.current?.(p));
    // Until the new elements arrive, filters and highlights wait (reapply catches up).
    pending.current = true;
    const finish = (positions: Map<string, Point> | null) => {
      if (!positions) return;
      pending.current = false;
      applyElements(cy, elements, positions);
      reapply(cy, latest.current);
      onProgress.current?.(null);
    };
    task.result.then(finish, (error: unknown) => {
      // A worker that cannot start (or fails) must not cost the user the diagram.
      console.warn(error);
      pending.current = false;
      applyElements(cy, elements);
      runLayout(cy, direction, false);
      reapply(cy, latest.current);
      onProgress.current?.(null);
    });
    return () => {
      pending.current = false;
      task.cancel();
    };
  }, [elements, direction]);

  // Secondary filters only show and hide; positions stay.
  const { visibleNodes, visibleRelations } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || pending.current) return;
    applyVisibility(cy, visibleNodes, visibleRelations);
    fitVisible(cy);
  }, [elements, visibleNodes, visibleRelations]);

  const { layoutRequest } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on an explicit request only
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layoutRequest === 0) return;
    const shown = latest.current.elements.filter((e) => !cy.getElementById(e.data.id as string).hasClass('hidden'));
    const nodeCount = shown.reduce((n, e) => (e.group === 'nodes' ? n + 1 : n), 0);
    if (nodeCount <= WORKER_ABOVE || typeof Worker === 'undefined') {
      runLayout(cy, direction, true);
      fitVisible(cy);
      return;
    }
    const task = layoutInWorkers(shown, direction, drawingAspect(cy), (p) => onProgress.current?.(p));
    task.result.then(
      (positions) => {
        if (!positions) return;
        applyPositions(cy, positions);
        fitVisible(cy);
        onProgress.current?.(null);
      },
      (error: unknown) => {
        console.warn(error);
        runLayout(cy, direction, true);
        fitVisible(cy);
        onProgress.current?.(null);
      },
    );
    return task.cancel;
  }, [layoutRequest]);

  const { highlight } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && !pending.current) applyHighlight(cy, highlight, !isLarge(cy));
  }, [highlight, elements]);

  // Centre on the selection when search or a list asks for it.
  const { focusRequest, selection } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on an explicit request only
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || focusRequest === 0 || !selection) return;
    const target =
      selection.kind === 'entity'
        ? cy.nodes().filter((n) => n.data('entity') === selection.id)
        : cy.edges().filter((e) => e.data('relation') === selection.id);
    if (target.empty() || target.hasClass('hidden')) return;
    animateFit(cy, target.closedNeighborhood().not('.hidden'), animate.current);
  }, [focusRequest]);

  const { frameEntities } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !frameEntities || frameEntities.size === 0) return;
    const nodes = cy.nodes().filter((n) => frameEntities.has(n.data('entity')) && !n.hasClass('hidden'));
    if (nodes.nonempty()) animateFit(cy, nodes, animate.current);
  }, [frameEntities]);

  return <div ref={container} className="cy" role="img" aria-label={props.label} data-testid="diagram" />;
}
