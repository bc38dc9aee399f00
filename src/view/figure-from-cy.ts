/**
 * A Figure from a Cytoscape instance, read through Cytoscape's public API only: node
 * positions and data, and each edge's endpoints, control points and midpoint. On a live
 * (rendered) instance those are exactly what the canvas draws. A headless instance has
 * no renderer, and hidden edges have no rendered geometry; their routes are computed
 * instead (`geometry.ts`: the centre-to-centre line clipped at each node's outline, and
 * parallel edges fanned out as Cytoscape's bezier style does).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { buildFigure, type EdgeGeometry, type Figure, type FigureOptions, type NodeGeometry } from '../export/figure';
import { type NodeBox, type Point, type Route, routeEdge, routeMidpoint } from '../export/geometry';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { Sign } from '../model/vocabulary';
import { EDGE_LOOK, NODE_LOOK } from '../style/visual';
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
  let nodes = cy.nodes();
  let edges = cy.edges();
  if (scope !== 'whole') {
    nodes = nodes.not('.hidden');
    edges = edges.not('.hidden');
  }
  if (scope === 'selection') {
    nodes = nodes.filter(SELECTED_NODES);
    edges = edges.filter(SELECTED_EDGES);
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

const edgeSign = (edge: EdgeSingular): Sign =>
  (Object.keys(EDGE_LOOK) as Sign[]).find((s) => edge.hasClass(`sign-${s}`)) ?? 'positive';

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
      const tipGap = EDGE_LOOK[edgeSign(e)].end === 'tee' ? 1 : 0;
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
  return buildFigure(kb, { nodes: nodes.map(nodeGeometry), edges: edgeGeometries }, options);
}
