/**
 * Lays a therapy graph out without a browser, for `graph figure` and the tests: the same
 * elements (labels wrapped with an estimate of Noto Sans widths instead of a canvas
 * measurement), the same stylesheet and the same layered dagre layout as the app, on a
 * headless Cytoscape instance. Edge routes are computed (see src/view/figure-from-cy.ts):
 * on screen they come from Cytoscape's renderer, which Node does not have.
 *
 * For print (a size in millimetres), `printFigure` lays the same frames out for the page
 * instead: dagre spaced tighter than on screen, the frames and the legend packed together
 * for the room the page leaves for them, top to bottom and left to right both tried, and
 * the arrangement that prints labels largest within a page's height kept.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { Figure, FigureNode, FigureOverlay } from '../export/figure';
import { clipAtOutline, type NodeBox, type Point, routeMidpoint, shorten } from '../export/geometry';
import { legendBlock } from '../export/svg-legend';
import {
  frameAround,
  type LegendSide,
  layoutFigure,
  MAX_PRINT_HEIGHT_MM,
  type SizeSpec,
  type SvgOptions,
} from '../export/svg-writer';
import { type Arrangement, LAYOUT_DIRECTIONS } from '../model/arrangement';
import type { KnowledgeBase } from '../model/knowledge-base';
import { expandTherapies, filterGraph, type SubGraph } from '../model/query';
import type { Language } from '../model/vocabulary';
import type { LayoutDirection } from '../store/view-state';
import { estimateTextWidth, type NodeSizing, PRINT_SIZING, SCREEN_SIZING } from '../style/label-layout';
import { therapyColourScale } from '../style/palette';
import { edgeLook, FRAME_LOOK, LABEL_FONT_SIZE } from '../style/visual';
import { applyArrangement } from '../view/arrangement';
import { buildElements, frameId } from '../view/cy-elements';
import { figureFromCy } from '../view/figure-from-cy';
import type { Block, LaidBlock } from '../view/layout';
import { applyFrameTitles, applyPositions, blocksOf, definitionsOf, layoutLayered, planFrames } from '../view/layout';
import { BOLD_ESTIMATE } from '../view/measure';
import { stylesheet } from '../view/stylesheet';
import { BEND_ROOM, printFrame, type RoutedBlock } from './print-frames';

export interface HeadlessFigureOptions {
  therapies: readonly string[];
  /** Only these mechanisms' relations (and the entities they join); with no therapies, in every therapy. */
  mechanisms?: readonly string[];
  direction?: LayoutDirection;
  language?: Language;
  /** Combinations include their component therapies, as in the app by default. */
  withComponents?: boolean;
  title?: string;
  caption?: boolean | string;
  /** Width / height of the drawing area the components are packed for. */
  aspect?: number;
  /** Draw only these entities and relations (a story step), laid out with the whole therapy graph. */
  only?: { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** Outline these as the step's own, and draw the rest quieter. */
  emphasis?: { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** A curated arrangement of the view (graphs/layouts/), drawn over the automatic layout. */
  arrangement?: Arrangement | null;
  /** A data overlay (src/cli/overlay-option.ts): node fills, "nd" marks and its legend. */
  overlay?: FigureOverlay;
}

/** Between frames, in print. */
export const PRINT_GAP = 14;

const measureTitle = (text: string) => estimateTextWidth(text) * BOLD_ESTIMATE;
const measure = (text: string, size: number) => estimateTextWidth(text, size);

/** The graph a figure draws: the therapies' relations, or only some mechanisms' (in those therapies, if any). */
export function figureGraph(
  kb: KnowledgeBase,
  options: Pick<HeadlessFigureOptions, 'therapies' | 'mechanisms' | 'withComponents'>,
): { graph: SubGraph; shown: Set<string> } {
  const withComponents = options.withComponents ?? true;
  const graph = filterGraph(kb, { therapies: options.therapies, withComponents });
  const shown = expandTherapies(kb, options.therapies, withComponents);
  if (!options.mechanisms?.length) return { graph, shown };
  const mechanisms = new Set(options.mechanisms);
  const relations = graph.relations.filter((r) => mechanisms.has(r.mechanism));
  const ids = new Set(relations.flatMap((r) => [r.source, r.target]));
  return { graph: { entities: graph.entities.filter((e) => ids.has(e.id)), relations }, shown };
}

/** A figure's graph on a headless Cytoscape instance, not laid out yet. */
function headlessGraph(kb: KnowledgeBase, options: HeadlessFigureOptions, sizing: NodeSizing = SCREEN_SIZING) {
  const language = options.language ?? 'en';
  const { graph, shown } = figureGraph(kb, options);
  const colours = therapyColourScale(kb.therapies.map((t) => t.id));
  const elements = buildElements(kb, graph, shown, language, colours, (text) => estimateTextWidth(text), true, sizing);
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
  const figure = (): Figure =>
    figureFromCy(cy, kb, {
      scope: 'whole',
      geometry: 'computed',
      language,
      colours,
      title: options.title,
      caption: options.caption ?? true,
      ...(options.only ? { only: options.only } : {}),
      ...(options.emphasis ? { emphasis: options.emphasis } : {}),
      ...(options.overlay ? { overlay: options.overlay } : {}),
    });
  return { cy, figure };
}

export function headlessFigure(kb: KnowledgeBase, options: HeadlessFigureOptions): Figure {
  const { cy, figure } = headlessGraph(kb, options);
  try {
    layoutLayered(cy, cy.elements(), options.direction ?? 'TB', {
      aspect: options.aspect ?? 16 / 10,
      measureTitle,
    });
    applyArrangement(cy, options.arrangement ?? null);
    return figure();
  } finally {
    // A headless instance keeps a timer alive until it is destroyed.
    cy.destroy();
  }
}

/** A figure laid out for a page, and how to write it. */
export interface PrintFigure {
  figure: Figure;
  /** The options to write it with (its size and where its legend goes). */
  svg: SvgOptions;
  direction: LayoutDirection;
  /** Entity labels as printed, in points, and the figure's height in millimetres. */
  points: number;
  heightMm: number;
}

type Physical = Extract<SizeSpec, { unit: 'mm' }>;

/** Print layouts aim at labels of at least this size (pt), a little over the 6 pt journals ask for. */
const AIM_POINTS = 6.3;

/**
 * The figure's edges inside frames drawn along dagre's routes (moved to where the packing
 * put their frames), from outline to outline; edges that dagre draws straight keep their
 * route (parallel ones fanned out, as on screen).
 */
function withRoutes(
  figure: Figure,
  blocks: readonly Block[],
  laid: readonly RoutedBlock[],
  positions: ReadonlyMap<string, Point>,
): Figure {
  const bends = new Map<string, Point[]>();
  // A frame also holds its edges' bends, as the packing made room for them.
  const reach = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  laid.forEach((block, i) => {
    const first = block.positions[0];
    const now = first && positions.get(first[0]);
    if (!now) return;
    const dx = now.x - first[1];
    const dy = now.y - first[2];
    const frame = frameId(blocks[i].mechanism);
    for (const [id, points] of block.routes) {
      if (points.length === 0) continue;
      const moved = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
      bends.set(id, moved);
      for (const p of moved) {
        const r = reach.get(frame) ?? { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
        reach.set(frame, {
          x1: Math.min(r.x1, p.x),
          y1: Math.min(r.y1, p.y),
          x2: Math.max(r.x2, p.x),
          y2: Math.max(r.y2, p.y),
        });
      }
    }
  });
  const room = BEND_ROOM + FRAME_LOOK.padding + 1;
  const frames = figure.frames.map((f) => {
    const r = reach.get(f.id);
    if (!r) return f;
    const y1 = Math.min(f.y1, r.y1 - room);
    return {
      ...f,
      x1: Math.min(f.x1, r.x1 - room),
      y1,
      x2: Math.max(f.x2, r.x2 + room),
      y2: Math.max(f.y2, r.y2 + room),
      titleBottom: f.titleBottom - (f.y1 - y1),
    };
  });
  const nodes = new Map(figure.nodes.map((n) => [n.id, n]));
  const box = (n: FigureNode): NodeBox => ({
    shape: n.shape,
    x: n.x,
    y: n.y,
    w: n.w + n.borderWidth,
    h: n.h + n.borderWidth,
  });
  const edges = figure.edges.map((edge) => {
    const via = bends.get(edge.id);
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!via || !source || !target) return edge;
    const start = clipAtOutline(box(source), via[0]);
    let end = clipAtOutline(box(target), via[via.length - 1]);
    // A T-bar's tip stops a unit short of the outline, as on screen.
    if (edgeLook(edge).end === 'tee') end = shorten(via[via.length - 1], end, 1);
    const points = [start, ...via, end];
    const route = { curve: 'segments' as const, points };
    return { ...edge, ...route, ...(edge.label ? { labelAt: routeMidpoint(route) } : {}) };
  });
  return { ...figure, edges, frames };
}

/** Where the legend goes in a print layout: packed with the frames, or beside the diagram. */
type LegendMode = 'column' | 'row' | 'bottom' | 'right';
const LEGEND_MODES: readonly LegendMode[] = ['column', 'row', 'bottom', 'right'];
const LEGEND_ID = '\u0000legend';

/** Rounds of "pack for the room left, measure the page, pack again". */
const ROUNDS = 3;

/**
 * The figure laid out for a page `size.width` millimetres wide and at most 240 mm tall
 * (see `printFigure` in the module comment). `options.direction`, when given, is the
 * only direction tried.
 */
export function printFigure(
  kb: KnowledgeBase,
  options: HeadlessFigureOptions & { size: Physical; directions?: readonly LayoutDirection[] },
): PrintFigure {
  // A layout file arranges the screen's node sizes; otherwise nodes hug their labels in print.
  const { cy, figure } = headlessGraph(kb, options, options.arrangement ? SCREEN_SIZING : PRINT_SIZING);
  try {
    return bestPrint(cy, figure, options);
  } finally {
    cy.destroy();
  }
}

interface Candidate {
  /** Relations drawn through the legend (a legend packed among the frames). */
  crossings: number;
  direction: LayoutDirection;
  laid: readonly RoutedBlock[];
  layout: ReturnType<typeof planFrames>;
  legend: LegendSide;
  points: number;
  heightMm: number;
}

/**
 * In print, size decides whether labels reach 6 pt: among packings, one that shortens the
 * links between frames may cost at most 1% of the scale (4% on screen, LINK_TOLERANCE).
 */
const PRINT_TOLERANCE = 0.99;

/** Journals ask for labels of at least this size. */
const MIN_PRINT_POINTS = 6;

/** How many relations run through a box (their routes taken as polylines). */
function legendCrossings(figure: Figure, box: { x1: number; y1: number; x2: number; y2: number }): number {
  const inside = (p: Point) => p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2;
  const crosses = (a: Point, b: Point) => {
    // Sampled: a route crossing a box as wide as a legend is caught at this spacing.
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 8));
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      if (inside({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })) return true;
    }
    return false;
  };
  return figure.edges.filter((e) => e.points.some((p, i) => i > 0 && crosses(e.points[i - 1], p))).length;
}

function bestPrint(
  cy: Core,
  figure: () => Figure,
  options: HeadlessFigureOptions & { size: Physical; directions?: readonly LayoutDirection[] },
): PrintFigure {
  const size = options.size;
  const directions = options.directions ?? (options.direction ? [options.direction] : LAYOUT_DIRECTIONS);
  const defs = definitionsOf(cy.elements());
  const { blocks, sized, edges } = blocksOf(defs);
  const apply = (layout: ReturnType<typeof planFrames>) => {
    applyPositions(cy, layout.positions);
    applyFrameTitles(cy, layout);
  };
  const pack = (laid: readonly LaidBlock[], extra: { w: number; h: number } | null, aspect: number) => {
    const withLegend: Block[] = extra ? [...blocks, { mechanism: '', nodes: [LEGEND_ID], edges: [] }] : [...blocks];
    const laidAll = extra
      ? [
          ...laid,
          { positions: [[LEGEND_ID, extra.w / 2, extra.h / 2] as [string, number, number]], x: 0, y: 0, ...extra },
        ]
      : laid;
    return planFrames(defs, withLegend, edges, laidAll, {
      aspect,
      measureTitle,
      gap: PRINT_GAP,
      tolerance: PRINT_TOLERANCE,
    });
  };
  // Frames no wider than the page leaves them with labels at AIM_POINTS (a figure of one
  // or two frames also tries narrower ones: it has the page's height to spare).
  const pageWidth = (aim: number) => (LABEL_FONT_SIZE * 72 * size.width) / 25.4 / aim;
  const maxWidth = (aim: number) => pageWidth(aim) - frameAround({}, 1000, measure).w - 2 * (FRAME_LOOK.padding + 1);
  // Parts of a frame are packed for the shape of a page with labels at AIM_POINTS.
  const partAspect = size.width / MAX_PRINT_HEIGHT_MM;
  const aims = blocks.length <= 2 ? [AIM_POINTS, AIM_POINTS * 1.25] : [AIM_POINTS];
  const layFrames = (direction: LayoutDirection, aim: number) =>
    sized.map((b) => printFrame(b, direction, maxWidth(aim), partAspect));
  // The legend's content does not depend on where things are: read it off any layout.
  const firstLaid = layFrames(directions[0], AIM_POINTS);
  apply(pack(firstLaid, null, 3 / 4));
  const probe = figure();
  const around = (width: number) => frameAround(probe, width, measure);
  const candidates: Candidate[] = [];
  const tries = directions.flatMap((direction) => aims.map((aim) => ({ direction, aim })));
  for (const { direction, aim } of tries) {
    const laid = direction === directions[0] && aim === AIM_POINTS ? firstLaid : layFrames(direction, aim);
    for (const mode of LEGEND_MODES) {
      // Units across the page: start from the frames packed for a portrait page, then pack
      // again for the room the page leaves (title, caption, margins, a legend beside or
      // under the diagram), until the width settles.
      let width = pack(laid, null, 3 / 4).bounds.x2 + around(1000).w;
      for (let round = 0; round < ROUNDS; round++) {
        const frame = around(width);
        let room = { w: width - frame.w, h: (width * MAX_PRINT_HEIGHT_MM) / size.width - frame.h };
        let extra: { w: number; h: number } | null = null;
        let legend: LegendSide = mode === 'bottom' || mode === 'right' ? mode : 'none';
        if (mode === 'column' || mode === 'row') {
          const maxWidth = mode === 'row' ? Math.max(room.w * 0.6, 240) : undefined;
          const block = legendBlock(probe.legend, mode, measure, maxWidth);
          extra = { w: block.width, h: block.height };
          legend = { x: 0, y: 0, arrangement: mode, ...(maxWidth ? { maxWidth } : {}) };
        } else if (mode === 'bottom') {
          const block = legendBlock(probe.legend, 'row', measure, room.w);
          room = { w: room.w, h: room.h - block.height - 28 };
        } else {
          const block = legendBlock(probe.legend, 'column', measure);
          room = { w: room.w - block.width - 36, h: room.h };
        }
        const aspect = room.w > 0 && room.h > 0 ? room.w / room.h : 3 / 4;
        const layout = pack(laid, extra, aspect);
        if (typeof legend === 'object') {
          const at = layout.positions.get(LEGEND_ID);
          if (!at || !extra) break;
          legend = { ...legend, x: at.x - extra.w / 2, y: at.y - extra.h / 2 };
        }
        apply(layout);
        const drawn = withRoutes(figure(), blocks, laid, layout.positions);
        const printed = layoutFigure(drawn, { size, legend, measure }).printed;
        if (!printed) break;
        const crossings =
          typeof legend === 'object' && extra
            ? legendCrossings(drawn, { x1: legend.x, y1: legend.y, x2: legend.x + extra.w, y2: legend.y + extra.h })
            : 0;
        candidates.push({
          direction,
          laid,
          layout,
          legend,
          crossings,
          points: printed.points,
          heightMm: printed.heightMm,
        });
        const next = (LABEL_FONT_SIZE * 72 * size.width) / 25.4 / printed.points;
        if (Math.abs(next - width) / width < 0.01) break;
        width = next;
      }
    }
  }
  // Within the page, labels of 6 pt or more with no relation through the legend come first;
  // then the largest labels.
  const fits = candidates.filter((c) => c.heightMm <= MAX_PRINT_HEIGHT_MM + 0.5);
  const clean = fits.filter((c) => c.crossings === 0 && c.points >= MIN_PRINT_POINTS);
  const pool = clean.length ? clean : fits;
  const best = pool.length
    ? pool.reduce((a, b) => (b.points > a.points + 1e-9 ? b : a))
    : candidates.reduce((a, b) => (b.heightMm < a.heightMm ? b : a));
  apply(best.layout);
  const drawn = withRoutes(figure(), blocks, best.laid, best.layout.positions);
  const svg = { size, legend: best.legend, measure };
  const printed = layoutFigure(drawn, svg).printed ?? best;
  return { figure: drawn, svg, direction: best.direction, points: printed.points, heightMm: printed.heightMm };
}
