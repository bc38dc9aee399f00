/**
 * The only component that touches Cytoscape. It creates the instance once, applies
 * element changes inside `cy.batch()`, lays out only when the layout inputs change
 * (the therapy-level graph, the direction, the language or an explicit re-layout) and
 * otherwise only shows, hides and highlights, so a secondary filter never moves a node.
 * Graphs above a few hundred nodes are laid out in workers (./layout/layout-async.ts).
 * Everything else asks it through the ViewHandle it hands out (./view-handle.ts).
 */
import cytoscape, {
  type Collection,
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
} from 'cytoscape';
import { useEffect, useReducer, useRef } from 'react';
import type { Arrangement, Point } from '../model/arrangement';
import type { LayoutDirection, Selection } from '../store/view-state';
import { FRAME_LOOK } from '../style/visual';
import { applyElements, applyHighlight, applyVisibility } from './apply';
import { applyArrangement, nodePositions } from './arrangement';
import { type CameraRequest, cameraFor, READABLE_PX, readableZoom, SMALLEST_PX } from './camera';
import { countNodes, isFrame } from './cy-elements';
import { figureFromCy } from './figure-from-cy';
import { applyLabelZoom, labelsAt } from './label-zoom';
import type { FramedLayout } from './layout';
import {
  applyFrameTitles,
  applyPositions,
  drawingTarget,
  FIT_PADDING,
  fitVisible,
  isFitted,
  type LayoutProgress,
  layoutInWorkers,
  nodesBox,
  pageBlockCache,
  runLayout,
  TITLE_SCREEN_PX,
  WORKER_ABOVE,
} from './layout';
import { measureBoldLabel } from './measure';
import { applyOverlay, type OverlayPaint } from './overlay';
import {
  closedElements,
  framesAround,
  framesIn,
  framesOfEntities,
  framesOfNodes,
  makeOverview,
  OPEN_AT_ONCE,
  OVERVIEW_ABOVE,
  type Overview,
  openFrames,
} from './overview';
import { stylesheet } from './stylesheet';
import type { ViewHandle } from './view-handle';

declare global {
  interface Window {
    /** The live Cytoscape instance, for tests and the console only; the app uses the ViewHandle. */
    __cy?: Core | null;
  }
}

export interface Highlight {
  focusNodes: ReadonlySet<string>;
  focusRelations: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathRelations: ReadonlySet<string>;
  /** Mechanisms whose frames are outlined (a chosen mechanism). */
  focusFrames?: ReadonlySet<string>;
  /** Draw everything outside the focus quieter (teaching mode) rather than faded. */
  quietOthers?: boolean;
}

export interface CytoscapeViewProps {
  elements: ElementDefinition[];
  visibleNodes: ReadonlySet<string>;
  visibleRelations: ReadonlySet<string>;
  direction: LayoutDirection;
  highlight: Highlight | null;
  onSelect: (selection: Selection) => void;
  /** Given the view's handle once the instance exists, and null when it is gone. */
  onReady?: (view: ViewHandle | null) => void;
  /** When this set changes and is not empty, the view frames these entities. */
  frameEntities?: ReadonlySet<string> | null;
  /** Camera moves animate unless this is false or the user prefers reduced motion. */
  animate?: boolean;
  /**
   * Keep everything shown fitted: on every change of what is shown and every resize of
   * the drawing area (present mode).
   */
  keepFitted?: boolean;
  /**
   * Told, when framed entities (a Compare bar, a path) cannot all be shown readable, the
   * entities to pan along in order (null when they fit).
   */
  onTour?: (stops: string[] | null) => void;
  /** The entity of the tour to centre on. */
  tourStop?: string | null;
  label: string;
  /** Told how far a background layout has got, and null when it is done. */
  onLayoutProgress?: (progress: LayoutProgress | null) => void;
  /** A saved arrangement of this view, drawn over the automatic layout (./arrangement.ts). */
  arrangement?: Arrangement | null;
  /** Told where every node (frames excluded) is after a person drags nodes or a frame. */
  onArranged?: (positions: ReadonlyMap<string, Point>) => void;
  /** A data overlay's paint per entity id, or null for the plain look. */
  overlay?: ReadonlyMap<string, OverlayPaint> | null;
}

/** Above this many nodes, panning and zooming draw a snapshot and hide edges while moving. */
export const LARGE_DRAWING = 2000;

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

/** Moves the camera to a box by the readable-focus rule (./camera.ts). */
function moveCamera(
  cy: Core,
  box: ReturnType<typeof nodesBox>,
  request: Omit<CameraRequest, 'viewport'>,
  animate = true,
): boolean {
  if (!box) return true;
  // The drawing area may have just changed (a selection opens the details panel): read it now.
  cy.resize();
  const reduced = !animate || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const { zoom, pan, fits } = cameraFor(box, { viewport: { w: cy.width(), h: cy.height() }, ...request });
  cy.stop();
  if (reduced) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan, duration: 350, easing: 'ease-in-out-cubic' });
  return fits;
}

/**
 * The stops of a tour along a set that does not fit readable: its nodes top to bottom,
 * then left to right, one per entity.
 */
function tourStops(nodes: Collection): string[] {
  const seen = new Set<string>();
  return nodes
    .toArray()
    .map((n) => ({ entity: String(n.data('entity')), p: (n as unknown as NodeSingular).position() }))
    .sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x)
    .map((s) => s.entity)
    .filter((e) => !seen.has(e) && Boolean(seen.add(e)));
}

/**
 * The box of some nodes, ignoring hidden ones. A frame stands for all its entities, with
 * its border and title (a closed one for itself); entities alone are boxed without their frames.
 */
function boxOf(cy: Core, nodes: Collection) {
  const ids = new Set<string>();
  let frames = false;
  nodes.forEach((n) => {
    if (isFrame(n.data())) {
      frames = true;
      // A closed frame (./overview.ts) is boxed as itself: its entities are not drawn.
      if (n.hasClass('closed')) ids.add(n.id());
      n.children().forEach((c) => void ids.add(c.id()));
    } else ids.add(n.id());
  });
  // A shown frame is read at 12 px or more, where its title is drawn at its smallest.
  return nodesBox(cy, (n) => ids.has(n.id()), frames, TITLE_SCREEN_PX / readableZoom(READABLE_PX));
}

/** Where an entity's (first visible) node is. */
function centreOf(cy: Core, entity: string | undefined): { x: number; y: number } | undefined {
  if (!entity) return undefined;
  const node = cy.nodes().filter((n) => n.data('entity') === entity && !n.hasClass('hidden'));
  return node.nonempty() ? { ...node[0].position() } : undefined;
}

/** The visible nodes of some entities. */
function currentNodes(cy: Core, entities: ReadonlySet<string> | null | undefined): Collection {
  return entities ? cy.nodes().filter((n) => entities.has(n.data('entity')) && !n.hasClass('hidden')) : cy.collection();
}

/**
 * Present mode: everything revealed so far, fitted, when its labels still read at
 * SMALLEST_PX that way; otherwise the current step by the readable rule.
 */
function presentCamera(cy: Core, current: Collection, animate: boolean) {
  const all = nodesBox(cy);
  if (!all) return;
  const viewport = { w: cy.width(), h: cy.height() };
  const whole = cameraFor(all, { viewport, padding: FIT_PADDING, mode: 'fit' });
  if (whole.zoom >= readableZoom(SMALLEST_PX) || current.empty())
    moveCamera(
      cy,
      all,
      { padding: FIT_PADDING, mode: whole.zoom >= readableZoom(SMALLEST_PX) ? 'show' : 'fit' },
      animate,
    );
  else moveCamera(cy, boxOf(cy, current), {}, animate);
}

/**
 * Frame titles keep about TITLE_SCREEN_PX on screen as the zoom changes, between the
 * smallest title size and the size the layout reserved room for (so a title never grows
 * into the frame above it).
 */
function sizeTitles(cy: Core) {
  const zoom = cy.zoom();
  cy.batch(() => {
    cy.nodes('.frame').forEach((f) => {
      const max = Number(f.data('titleMax')) || FRAME_LOOK.minTitle;
      const size = Math.min(max, Math.max(FRAME_LOOK.minTitle, TITLE_SCREEN_PX / zoom));
      if (Math.abs(size - Number(f.data('titleSize'))) > 0.05) f.data('titleSize', size);
    });
  });
}

/**
 * Opens the frames (of an overview) that hold what is about to be shown; the new elements
 * get the filters, highlight and label zoom of the moment.
 */
function openIn(cy: Core, ov: Overview | null, frames: Iterable<string>, now: CytoscapeViewProps, large: boolean) {
  if (!ov || !openFrames(cy, ov, frames)) return;
  applyVisibility(cy, now.visibleNodes, now.visibleRelations);
  applyHighlight(cy, now.highlight, !large);
  applyLabelZoom(cy, true);
  sizeTitles(cy);
}

/** After a layout that finished late: the filters and highlight of the moment, then a fit. */
function reapply(cy: Core, now: CytoscapeViewProps, large: boolean) {
  applyVisibility(cy, now.visibleNodes, now.visibleRelations);
  applyHighlight(cy, now.highlight, !large);
  fitVisible(cy);
  sizeTitles(cy);
  applyLabelZoom(cy, true);
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
  /** True while a worker layout runs. */
  const pending = useRef(false);
  /** The graph has more than LARGE_DRAWING nodes: drawn and highlighted the cheaper way. */
  const large = useRef(false);
  /** Above OVERVIEW_ABOVE nodes: frames drawn closed until opened (./overview.ts). */
  const overview = useRef<Overview | null>(null);
  /**
   * Commands from the handle wait for the next commit, so they act on what the props of
   * the moment draw (an arrangement just reset, therapies just added to show an entity).
   */
  const commands = useRef<{ relayout: boolean; focus: NonNullable<Selection> | null }>({
    relayout: false,
    focus: null,
  });
  const [, wake] = useReducer((n: number) => n + 1, 0);
  /** Cancels a re-layout still running in workers. */
  const cancelRelayout = useRef<(() => void) | undefined>(undefined);
  const openFor = (cy: Core, frames: Iterable<string>) =>
    openIn(cy, overview.current, frames, latest.current, large.current);
  /** A finished layout drawn: as an overview of closed frames when the graph is very large. */
  const place = (cy: Core, elements: ElementDefinition[], layout: FramedLayout, nodeCount: number) => {
    if (nodeCount > OVERVIEW_ABOVE) {
      const ov = makeOverview(elements, layout);
      overview.current = ov;
      // Closed titles as large as their boxes hold, up to what reads at TITLE_SCREEN_PX when fitted.
      const { bounds } = layout;
      const fitZoom = Math.min(
        (cy.width() - 2 * FIT_PADDING) / Math.max(1, bounds.x2 - bounds.x1),
        (cy.height() - 2 * FIT_PADDING) / Math.max(1, bounds.y2 - bounds.y1),
      );
      const defs = closedElements(ov, {
        measure: measureBoldLabel,
        wanted: fitZoom > 0 ? TITLE_SCREEN_PX / fitZoom : FRAME_LOOK.minTitle,
      });
      const at = new Map<string, Point>();
      for (const d of defs) if (d.position) at.set(d.data.id as string, d.position);
      applyElements(cy, defs, at);
      // One layoutstart/layoutstop pair, as after any other layout (listeners and the benchmark wait for it).
      applyPositions(cy, at);
      return;
    }
    overview.current = null;
    applyElements(cy, elements, layout.positions);
    applyOverlay(cy, latest.current.overlay ?? null);
    applyFrameTitles(cy, layout);
    applyArrangement(cy, latest.current.arrangement ?? null);
  };

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(),
      minZoom: 0.01,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event) => {
      const data = event.target.data();
      onSelect.current(isFrame(data) ? { kind: 'mechanism', id: data.frame } : { kind: 'entity', id: data.entity });
    });
    cy.on('tap', 'edge', (event) => onSelect.current({ kind: 'relation', id: event.target.data('relation') }));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelect.current(null);
    });
    // One report per drag, also when a frame's members all fire at its end.
    let reporting = false;
    cy.on('dragfree', 'node', () => {
      if (reporting) return;
      reporting = true;
      queueMicrotask(() => {
        reporting = false;
        if (!cy.destroyed()) latest.current.onArranged?.(nodePositions(cy));
      });
    });
    // In an overview, zooming until labels read opens the frames in view (a few at a time).
    let opening: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      if (!overview.current) return;
      clearTimeout(opening);
      opening = setTimeout(() => {
        const ov = overview.current;
        if (!ov || cy.destroyed() || !labelsAt(cy.zoom()).nodes) return;
        const e = cy.extent();
        const frames = framesIn(ov, { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 }, OPEN_AT_ONCE);
        openIn(cy, ov, frames, latest.current, large.current);
      }, 200);
    });
    // Titles follow the zoom, at most once a frame.
    let titleFrame = 0;
    cy.on('zoom', () => {
      if (titleFrame) return;
      titleFrame = requestAnimationFrame(() => {
        titleFrame = 0;
        sizeTitles(cy);
        applyLabelZoom(cy);
      });
    });
    // The drawing area changes size when a panel collapses, the window is resized or
    // present mode starts: Cytoscape must be told, and a diagram that was fitted stays so.
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const wasFitted = isFitted(cy);
            const before = { w: cy.width(), h: cy.height() };
            cy.resize();
            // A camera that was placed by hand or by a focus keeps its centre.
            if (!wasFitted) cy.panBy({ x: (cy.width() - before.w) / 2, y: (cy.height() - before.h) / 2 });
            if (latest.current.keepFitted) presentCamera(cy, currentNodes(cy, latest.current.frameEntities), false);
            else if (wasFitted) fitVisible(cy);
          });
    if (container.current) observer?.observe(container.current);
    const handle: ViewHandle = {
      relayout: () => {
        commands.current.relayout = true;
        wake();
      },
      focus: (selection) => {
        commands.current.focus = selection;
        wake();
      },
      zoomBy: (factor) =>
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      fit: () => fitVisible(cy),
      figure: (kb, options) => figureFromCy(cy, kb, options),
      positions: () => nodePositions(cy),
    };
    cyRef.current = cy;
    window.__cy = cy;
    onReady?.(handle);
    return () => {
      observer?.disconnect();
      cancelAnimationFrame(titleFrame);
      clearTimeout(opening);
      cancelRelayout.current?.();
      onReady?.(null);
      window.__cy = null;
      cy.destroy();
      cyRef.current = null;
    };
  }, [onReady]);

  /**
   * Lays `defs` out in workers, with progress shown; filters and highlights wait meanwhile.
   * `place` applies the positions, or, when the workers fail, `onPage` lays out here; then
   * the filters and highlight of the moment are re-applied. Returns the effect's cleanup.
   */
  const inWorkers = (
    cy: Core,
    defs: ElementDefinition[],
    place: (layout: FramedLayout) => void,
    onPage: () => void,
  ) => {
    const task = layoutInWorkers(
      defs,
      latest.current.direction,
      drawingTarget(cy),
      (p) => onProgress.current?.(p),
      pageBlockCache,
    );
    pending.current = true;
    const done = (apply: () => void) => {
      pending.current = false;
      apply();
      reapply(cy, latest.current, large.current);
      onProgress.current?.(null);
    };
    task.result.then(
      (layout) => {
        if (layout) done(() => place(layout));
      },
      (error: unknown) => {
        // A worker that cannot start (or fails) must not cost the user the diagram.
        console.warn(error);
        done(onPage);
      },
    );
    return () => {
      pending.current = false;
      task.cancel();
    };
  };

  // Elements of the therapy-level graph: diff by id, then lay all of them out. A large
  // graph is laid out in workers first and then added in place; the old diagram stays
  // until then.
  const { elements, direction } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: inWorkers reads the newest props through a ref
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const nodeCount = countNodes(elements);
    large.current = nodeCount > LARGE_DRAWING;
    // An overview holds a few hundred frames: drawn in full while moving.
    drawAsLargeGraph(cy, large.current && nodeCount <= OVERVIEW_ABOVE);
    const onPage = () => {
      overview.current = null;
      applyElements(cy, elements);
      runLayout(cy, direction, false, pageBlockCache);
      applyArrangement(cy, latest.current.arrangement ?? null);
    };
    if (nodeCount <= WORKER_ABOVE || typeof Worker === 'undefined') return onPage();
    return inWorkers(cy, elements, (layout) => place(cy, elements, layout, nodeCount), onPage);
  }, [elements, direction]);

  // Secondary filters only show and hide; positions stay.
  const { visibleNodes, visibleRelations } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || pending.current) return;
    applyVisibility(cy, visibleNodes, visibleRelations);
    fitVisible(cy);
    sizeTitles(cy);
    applyLabelZoom(cy, true);
  }, [elements, visibleNodes, visibleRelations]);

  /** Re-layout of what is shown (the handle's `relayout`); returns how to cancel a worker layout. */
  const relayoutShown = (cy: Core): (() => void) | undefined => {
    const onPage = () => {
      runLayout(cy, latest.current.direction, true, pageBlockCache);
      fitVisible(cy);
      sizeTitles(cy);
    };
    const all = latest.current.elements;
    // An overview is laid out whole again (closed frames hold what their entities would).
    if (overview.current && typeof Worker !== 'undefined')
      return inWorkers(cy, all, (layout) => place(cy, all, layout, countNodes(all)), onPage);
    const shown = all.filter((e) => !cy.getElementById(e.data.id as string).hasClass('hidden'));
    if (countNodes(shown) <= WORKER_ABOVE || typeof Worker === 'undefined') {
      onPage();
      return undefined;
    }
    return inWorkers(
      cy,
      shown,
      (layout) => {
        applyPositions(cy, layout.positions);
        applyFrameTitles(cy, layout);
      },
      onPage,
    );
  };

  // An arrangement that arrives after the layout (read from the browser's storage) or
  // changes (Reset back to a curated one) is drawn over it; one that matches what is drawn
  // (a drag just kept) moves nothing.
  const { arrangement } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && !pending.current && applyArrangement(cy, arrangement ?? null)?.moved) fitVisible(cy);
  }, [arrangement]);

  const { highlight } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && !pending.current) applyHighlight(cy, highlight, !large.current);
  }, [highlight, elements]);

  const { overlay } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-apply after the elements change too
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyOverlay(cy, overlay ?? null);
  }, [overlay, elements]);

  /** Centres on a selection (the handle's `focus`: search, a list, a restored link). */
  const focusOn = (cy: Core, selection: NonNullable<Selection>) => {
    const ov = overview.current;
    // A mechanism too large for one frame is drawn as several, its parts (./layout/frame-parts.ts).
    const frames =
      selection.kind === 'mechanism' ? cy.nodes('.frame').filter((f) => f.data('frame') === selection.id) : null;
    if (ov) {
      // A mechanism's parts open together when a zoom could open as many; else they are shown closed.
      if (frames) {
        if (frames.length <= OPEN_AT_ONCE)
          openFor(
            cy,
            frames.map((f) => f.id()),
          );
      } else if (selection.kind === 'entity') openFor(cy, framesAround(ov, selection.id));
      else {
        const edge = ov.edges.find((e) => e.data.relation === selection.id);
        if (edge) openFor(cy, framesOfNodes(ov, [edge.data.source, edge.data.target]));
      }
    }
    if (frames) {
      const shown = frames.not('.hidden');
      if (shown.nonempty()) moveCamera(cy, boxOf(cy, shown), { mode: 'open' }, animate.current);
      return;
    }
    const target =
      selection.kind === 'entity'
        ? cy.nodes().filter((n) => n.data('entity') === selection.id)
        : cy.edges().filter((e) => e.data('relation') === selection.id);
    if (target.empty() || target.hasClass('hidden')) return;
    const around = target.closedNeighborhood().nodes().not('.hidden');
    const first = target.first();
    const anchor = first.isNode() ? first.position() : (first as unknown as EdgeSingular).midpoint();
    moveCamera(cy, boxOf(cy, around), { anchor }, animate.current);
  };

  const { frameEntities } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !frameEntities || frameEntities.size === 0) return;
    const ov = overview.current;
    if (ov) openIn(cy, ov, framesOfEntities(ov, frameEntities), latest.current, large.current);
    const nodes = cy.nodes().filter((n) => frameEntities.has(n.data('entity')) && !n.hasClass('hidden'));
    if (nodes.empty()) return;
    if (latest.current.keepFitted) presentCamera(cy, nodes, animate.current !== false);
    else {
      const stops = tourStops(nodes);
      const fits = moveCamera(cy, boxOf(cy, nodes), { anchor: centreOf(cy, stops[0]) }, animate.current);
      latest.current.onTour?.(fits || stops.length < 2 ? null : stops);
    }
  }, [frameEntities]);

  // A tour along what did not fit: each stop centred at the zoom of the moment.
  const { tourStop } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !tourStop) return;
    const at = centreOf(cy, tourStop);
    if (!at) return;
    const pan = { x: cy.width() / 2 - cy.zoom() * at.x, y: cy.height() / 2 - cy.zoom() * at.y };
    cy.stop();
    if (animate.current === false || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) cy.pan(pan);
    else cy.animate({ pan, duration: 300, easing: 'ease-in-out-cubic' });
  }, [tourStop]);

  // Present mode: fitted when it starts (and, through the resize observer, whenever the
  // drawing area changes).
  const { keepFitted } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && keepFitted && !pending.current) {
      cy.resize();
      presentCamera(cy, currentNodes(cy, latest.current.frameEntities), false);
    }
  }, [keepFitted]);

  // The handle's commands, after every commit: the effects above have drawn the props by then.
  useEffect(() => {
    const cy = cyRef.current;
    const { relayout, focus } = commands.current;
    if (!cy || (!relayout && !focus)) return;
    commands.current = { relayout: false, focus: null };
    if (relayout) {
      cancelRelayout.current?.();
      cancelRelayout.current = relayoutShown(cy);
    }
    if (focus) focusOn(cy, focus);
  });

  return <div ref={container} className="cy" role="img" aria-label={props.label} data-testid="diagram" />;
}
