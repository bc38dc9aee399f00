/**
 * The only component that touches Cytoscape. It creates the instance once, applies
 * element changes inside `cy.batch()`, lays out only when the layout inputs change
 * (the therapy-level graph, the direction, the language or an explicit re-layout) and
 * otherwise only shows, hides and highlights, so a secondary filter never moves a node.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef } from 'react';
import type { LayoutDirection, Selection } from '../store/view-state';
import { fitVisible, runLayout } from './layout';
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

export function CytoscapeView(props: CytoscapeViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;
  // Read at the moment a camera move starts; changing it must not move the camera.
  const animate = useRef(props.animate);
  animate.current = props.animate;
  const { onReady } = props;

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

  // Elements of the therapy-level graph: diff by id, then lay all of them out.
  const { elements, direction } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      const wanted = new Map(elements.map((e) => [e.data.id as string, e]));
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id())) ele.remove();
      });
      const fresh: ElementDefinition[] = [];
      for (const [id, def] of wanted) {
        let existing = cy.getElementById(id);
        // An edge cannot be re-attached in place: when its ends changed, replace it.
        if (
          existing.nonempty() &&
          existing.isEdge() &&
          (existing.data('source') !== def.data.source || existing.data('target') !== def.data.target)
        ) {
          existing.remove();
          existing = cy.collection();
        }
        if (existing.nonempty()) {
          existing.data(def.data);
          existing.classes(def.classes ?? '');
        } else fresh.push(def);
      }
      cy.add(fresh);
    });
    runLayout(cy, direction, false);
  }, [elements, direction]);

  // Secondary filters only show and hide; positions stay.
  const { visibleNodes, visibleRelations } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', !visibleRelations.has(e.data('relation')));
      });
      cy.nodes().forEach((n) => {
        // A repeated outcome shows only while one of its mechanism's relations does.
        const shown =
          visibleNodes.has(n.data('entity')) && (!n.data('mechanism') || n.connectedEdges().not('.hidden').nonempty());
        n.toggleClass('hidden', !shown);
      });
    });
    fitVisible(cy);
  }, [elements, visibleNodes, visibleRelations]);

  const { layoutRequest } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on an explicit request only
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layoutRequest === 0) return;
    runLayout(cy, direction, true);
    fitVisible(cy);
  }, [layoutRequest]);

  const { highlight } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('focus neighbour faded quiet path-node path-edge');
      if (!highlight) return;
      const some = highlight.nodes.size + highlight.pathNodes.size > 0;
      const rest = highlight.quietOthers ? 'quiet' : 'faded';
      cy.nodes().forEach((n) => {
        const id = n.data('entity');
        if (highlight.focusNodes.has(id)) n.addClass('focus');
        else if (highlight.pathNodes.has(id)) n.addClass('path-node');
        else if (highlight.nodes.has(id)) n.addClass('neighbour');
        else if (some || highlight.quietOthers) n.addClass(rest);
      });
      cy.edges().forEach((e) => {
        const id = e.data('relation');
        if (highlight.focusRelations.has(id)) e.addClass('focus');
        else if (highlight.pathRelations.has(id)) e.addClass('path-edge');
        else if (highlight.relations.has(id)) e.addClass('neighbour');
        else if (some || highlight.quietOthers) e.addClass(rest);
      });
    });
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
