/**
 * A Figure from a Cytoscape instance, read through Cytoscape's public API only: node
 * positions and data, and each edge's endpoints, control points and midpoint. On a live
 * (rendered) instance those are exactly what the canvas draws. A headless instance has
 * no renderer, and hidden edges have no rendered geometry; their routes are computed
 * instead (`geometry.ts`: the centre-to-centre line clipped at each node's outline, and
 * parallel edges fanned out as Cytoscape's bezier style does).
 */
import type { Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import {
  buildFigure,
  type EdgeGeometry,
  type Figure,
  type FigureOptions,
  type FrameGeometry,
  type NodeGeometry,
} from '../export/figure';
import { type NodeBox, type Point, type Route, routeEdge, routeMidpoint } from '../export/geometry';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { Sign } from '../model/vocabulary';
import { type EdgeEnd, FRAME_LOOK, NODE_LOOK, SIGN_END } from '../style/visual';
import { isFrame } from './cy-elements';
import { TITLE_GAP } from './layout';
import { layoutSize } from './stylesheet';

/** Everything in the diagram, what the filters show, or the highlighted selection. */
export const FIGURE_SCOPES = ['whole', 'view', 'selection'] as const;
export type FigureScope = (typeof FIGURE_SCOPES)[number];

export interface FigureFromCyOptions extends FigureOptions {
  scope: FigureScope;
  /** Keep only these entities and relations (e.g. one step of a story), wherever they are drawn. */
  only?: { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** `renderer`: Cytoscape's own edge geometry where it has one; `computed`: always computed. */
  geometry?: 'renderer' | 'computed';
}

const SELECTED_NODES = '.focus, .neighbour, .path-node';
const SELECTED_EDGES = '.focus, .neighbour, .path-edge';

export function scopeElements(cy: Core, scope: FigureScope) {
  let nodes = cy.nodes().filter((n) => !isFrame(n.data()));
  let edges = cy.edges();
  if (scope !== 'whole') {
    nodes = nodes.not('.hidden');
    edges = edges.not('.hidden');
  }
  if (scope === 'selection') {
    // A chosen mechanism (its frame outlined): its relations, their ends and its entities.
    const chosen = new Set(
      cy
        .nodes('.frame.focus')
        .not('.hidden')
        .map((f) => String(f.data('frame'))),
    );
    const mine = edges.filter((e) => chosen.has(String(e.data('mechanism'))));
    const ends = new Set((mine.toArray() as EdgeSingular[]).flatMap((e) => [e.source().id(), e.target().id()]));
    const inChosen = (n: NodeSingular) => chosen.has(String(n.parent().data('frame') ?? ''));
    nodes = nodes.filter((n) => n.is(SELECTED_NODES) || ends.has(n.id()) || inChosen(n as NodeSingular));
    edges = edges.filter(SELECTED_EDGES).union(mine);
  }
  const ids = new Set(nodes.map((n) => n.id()));
  edges = edges.filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()));
  return { nodes, edges };
}

function nodeBox(node: NodeSingular): NodeBox {
  const type = node.data('type') as keyof typeof NODE_LOOK;
  const look = NODE_LOOK[type] ?? NODE_LOOK.gene;
  const { x, y } = node.position();
  // The outer edge of the border, where Cytoscape puts an arrow's tip: the box a layout gets.
  return { shape: look.shape, x, y, ...layoutSize({ data: node.data(), classes: node.classes() }) };
}

function nodeGeometry(node: NodeSingular): NodeGeometry {
  const { x, y } = node.position();
  return {
    id: node.id(),
    entity: String(node.data('entity') ?? node.id()),
    x,
    y,
    w: Number(node.data('w')),
    h: Number(node.data('h')),
    lines: String(node.data('label') ?? '').split('\n'),
    therapies: [...((node.data('therapies') as string[] | undefined) ?? [])],
    repeated: node.hasClass('repeated'),
  };
}

/**
 * The box of a frame's child as Cytoscape sizes a compound node from it: its bounding box
 * without labels or overlays (on a rendered instance that includes the mitre of a
 * polygon's border). A child that is not displayed has none: its layout box stands in.
 */
function childBox(n: NodeSingular): { x1: number; y1: number; x2: number; y2: number } {
  const bb = n.boundingBox({ includeLabels: false, includeOverlays: false, useCache: false } as never);
  if (bb.w > 0 && bb.h > 0 && Number.isFinite(bb.x1)) return bb;
  const { x, y } = n.position();
  const { w, h } = layoutSize({ data: n.data(), classes: n.classes() });
  return { x1: x - w / 2 - 1, y1: y - h / 2 - 1, x2: x + w / 2 + 1, y2: y + h / 2 + 1 };
}

/**
 * The frames of the given nodes, each boxed around those of its nodes given as Cytoscape
 * draws a compound node: its children's boxes plus the frame's padding. The title ends
 * TITLE_GAP above the box, as the stylesheet puts it.
 */
function frameGeometries(cy: Core, nodes: NodeCollection): FrameGeometry[] {
  const members = new Map<string, NodeSingular[]>();
  nodes.forEach((n) => {
    const parent = n.data('parent') as string | undefined;
    if (parent) members.set(parent, [...(members.get(parent) ?? []), n]);
  });
  const out: FrameGeometry[] = [];
  for (const [id, children] of members) {
    const frame = cy.getElementById(id);
    if (frame.empty() || !isFrame(frame.data())) continue;
    let x1 = Number.POSITIVE_INFINITY;
    let y1 = Number.POSITIVE_INFINITY;
    let x2 = Number.NEGATIVE_INFINITY;
    let y2 = Number.NEGATIVE_INFINITY;
    for (const n of children) {
      const b = childBox(n);
      x1 = Math.min(x1, b.x1);
      y1 = Math.min(y1, b.y1);
      x2 = Math.max(x2, b.x2);
      y2 = Math.max(y2, b.y2);
    }
    const pad = FRAME_LOOK.padding;
    const data = frame.data();
    const label = String(data.label ?? data.title ?? '');
    out.push({
      id,
      mechanism: String(data.frame),
      lines: label ? label.split('\n') : [],
      fontSize: Number(data.titleSize) || FRAME_LOOK.minTitle,
      titleBottom: y1 - pad - TITLE_GAP,
      category: String(data.category ?? ''),
      categoryLabel: String(data.categoryLabel ?? ''),
      x1: x1 - pad,
      y1: y1 - pad,
      x2: x2 + pad,
      y2: y2 + pad,
      fill: String(data.fill ?? '#FFFFFF'),
      stroke: String(data.stroke ?? '#999999'),
      nodes: children.map((n) => n.id()),
    });
  }
  return out;
}

/** The end an edge is drawn with, from the look its element carries (./elements.ts). */
const edgeEnd = (edge: EdgeSingular): EdgeEnd => SIGN_END[edge.data('sign') as Sign] ?? SIGN_END.positive;

/** Cytoscape's own geometry for a drawn edge, or null when it has none. */
function renderedRoute(edge: EdgeSingular): Route | null {
  try {
    const start = edge.sourceEndpoint();
    const end = edge.targetEndpoint();
    if (!start || !end || !Number.isFinite(start.x) || !Number.isFinite(end.x)) return null;
    const controls = edge.controlPoints();
    if (controls?.length) return { curve: 'bezier', points: [start, ...controls, end] };
    const segments = edge.segmentPoints();
    if (segments?.length) return { curve: 'segments', points: [start, ...segments, end] };
    return { curve: 'straight', points: [start, end] };
  } catch {
    return null; // a headless instance has no renderer
  }
}

/** Routes computed for edges, fanning out the parallel ones between each pair of nodes. */
function computedRoutes(edges: EdgeSingular[]): Map<string, Route> {
  const pairs = new Map<string, EdgeSingular[]>();
  for (const e of edges) {
    const [a, b] = [e.source().id(), e.target().id()].sort();
    const key = `${a}\u0000${b}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const routes = new Map<string, Route>();
  for (const group of pairs.values()) {
    group.forEach((e, i) => {
      const flipped = e.source().id() > e.target().id();
      const tipGap = edgeEnd(e) === 'tee' ? 1 : 0;
      routes.set(e.id(), routeEdge(nodeBox(e.source()), nodeBox(e.target()), i, group.length, flipped, 0, tipGap));
    });
  }
  return routes;
}

function edgeGeometry(edge: EdgeSingular, route: Route, labelAt: Point | undefined): EdgeGeometry {
  const site = String(edge.data('site') ?? '');
  return {
    id: edge.id(),
    relation: String(edge.data('relation') ?? edge.id()),
    source: edge.source().id(),
    target: edge.target().id(),
    curve: route.curve,
    points: route.points,
    ...(site ? { label: site, labelAt: labelAt ?? routeMidpoint(route) } : {}),
  };
}

export function figureFromCy(cy: Core, kb: KnowledgeBase, options: FigureFromCyOptions): Figure {
  let { nodes, edges } = scopeElements(cy, options.scope);
  const only = options.only;
  if (only) {
    nodes = nodes.filter((n) => only.entities.has(String(n.data('entity') ?? n.id())));
    edges = edges.filter((e) => only.relations.has(String(e.data('relation'))));
    // A repeated outcome appears once per mechanism: keep the copies an edge uses.
    const used = new Set(edges.toArray().flatMap((e) => [e.source().id(), e.target().id()]));
    nodes = nodes.filter((n) => !n.hasClass('repeated') || used.has(n.id()));
  }
  const computed = computedRoutes(edges.toArray());
  const edgeGeometries = edges.map((edge) => {
    const rendered = options.geometry === 'computed' ? null : renderedRoute(edge);
    const route = rendered ?? (computed.get(edge.id()) as Route);
    const labelAt = rendered ? edge.midpoint() : undefined;
    return edgeGeometry(edge, route, labelAt);
  });
  return buildFigure(
    kb,
    { nodes: nodes.map(nodeGeometry), edges: edgeGeometries, frames: frameGeometries(cy, nodes) },
    options,
  );
}
