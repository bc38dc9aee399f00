/**
 * The figure writer: a Figure in, SVG text out. Pure (no DOM), so the app and the
 * command line write the same file. The diagram keeps its layout coordinates (1 unit =
 * 1 screen pixel at 100 % zoom); the legend, title and caption are placed around it and
 * the viewBox holds all of it with a margin. Text stays text, every value is escaped,
 * and the graph itself travels in `<metadata>`.
 */
import { STRINGS } from '../i18n/strings';
import { escapeXml } from '../io/xml';
import { estimateTextWidth, wrapLabel } from '../style/label-layout';
import { beyondBox, hatchPatternDef } from '../style/overlay-marks';
import { FONT_STACK, FRAME_LOOK, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from '../style/visual';
import type { Figure, FigureNode } from './figure';
import { type Bounds, emptyBounds, extend, isEmpty } from './geometry';
import {
  type CategoryPlace,
  edgeElement,
  edgeLabelWidth,
  FONT_ATTR,
  frameElement,
  frameTitleBox,
  idAllocator,
  NO_DATA_PATTERN,
  nodeElement,
  placeCategory,
} from './svg-elements';
import { type Block, legendBlock, type Measure } from './svg-legend';
import { markerDefs } from './svg-markers';

/** Physical width for a journal column, pixels for a slide, or 1 unit = 1 px. */
export type SizeSpec =
  | { unit: 'mm'; width: number }
  | { unit: 'px'; width: number; height: number }
  | { unit: 'natural' };

export const SIZE_PRESETS = {
  'journal-85': { unit: 'mm', width: 85 },
  'journal-180': { unit: 'mm', width: 180 },
  'slide-16x9': { unit: 'px', width: 1920, height: 1080 },
} as const satisfies Record<string, SizeSpec>;
export type SizePreset = keyof typeof SIZE_PRESETS;

/**
 * A legend drawn where the layout left room for it among the frames: its top-left corner,
 * in diagram units, and how its groups are arranged (`row` wrapping at `maxWidth`).
 */
export interface LegendPlacement {
  x: number;
  y: number;
  arrangement: 'row' | 'column';
  maxWidth?: number;
}

export type LegendSide = 'bottom' | 'right' | 'none' | LegendPlacement;

export interface SvgOptions {
  size?: SizeSpec;
  /** Where the legend goes; `auto` picks the side that prints (or shows) the figure largest. */
  legend?: LegendSide | 'auto';
  /** Page colour; null for a transparent page. */
  background?: string | null;
  /** Text width at a font size; defaults to a Noto Sans estimate. */
  measure?: Measure;
}

const MARGIN = 20;
/** Lead-in of the text alternative's list of mechanisms. */
const MECHANISMS = { en: 'Mechanisms', zh: '机制' } as const;
const TITLE_SIZE = 18;
const CAPTION_SIZE = 11;
const n = (v: number) => Number(v.toFixed(2));
const defaultMeasure: Measure = (text, size) => estimateTextWidth(text, size);

/** What a node and its label cover, and its ▲ ▼ mark above it. */
function nodeBounds(node: FigureNode, measure: Measure): Bounds {
  const text = Math.max(0, ...node.lines.map((l) => measure(l, LABEL_FONT_SIZE)));
  const hw = Math.max(node.w, text) / 2 + node.borderWidth / 2;
  const hh = Math.max(node.h, node.lines.length * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT) / 2 + node.borderWidth / 2;
  const box = { x1: node.x - hw, y1: node.y - hh, x2: node.x + hw, y2: node.y + hh };
  const mark = node.overlayMark;
  if (!mark || mark === 'no-data') return box;
  const m = beyondBox(node, mark);
  return extend(box, m.x1 - 1, m.y1 - 1, m.x2 + 1, m.y2 + 1);
}

/** What the frames (with their titles), nodes, edges and their labels cover. */
export function diagramBounds(figure: Figure, measure: Measure = defaultMeasure): Bounds {
  let b = emptyBounds();
  for (const frame of figure.frames) {
    const border = FRAME_LOOK.borderWidth / 2;
    b = extend(b, frame.x1 - border, frame.y1 - border, frame.x2 + border, frame.y2 + border);
    if (frame.lines.length > 0) {
      const title = frameTitleBox(frame, measure);
      b = extend(b, title.x1, title.y1, title.x2, title.y2);
    }
  }
  for (const node of figure.nodes) {
    const nb = nodeBounds(node, measure);
    b = extend(b, nb.x1, nb.y1, nb.x2, nb.y2);
  }
  for (const edge of figure.edges) {
    for (const p of edge.points) b = extend(b, p.x, p.y);
    if (edge.label && edge.labelAt) {
      const hw = edgeLabelWidth(edge.label, measure) / 2 + 1;
      b = extend(b, edge.labelAt.x - hw, edge.labelAt.y - 6, edge.labelAt.x + hw, edge.labelAt.y + 6);
    }
  }
  return isEmpty(b) ? { x1: 0, y1: 0, x2: 100, y2: 60 } : b;
}

interface Placed {
  block: Block;
  x: number;
  y: number;
}

export interface FigureLayout {
  viewBox: Bounds;
  diagram: Bounds;
  width: string;
  height: string;
  /** Where the legend went (after `auto` was resolved). */
  legend: LegendSide;
  /** At a physical size: the label size as printed (pt) and the figure's height (mm). */
  printed?: { points: number; heightMm: number };
  parts: Placed[];
}

function textBlock(lines: string[], size: number, lineHeight: number, attrs: string, className: string): Block {
  return {
    width: 0,
    height: lines.length * lineHeight,
    render: (x, y) =>
      `<text class="${className}" ${FONT_ATTR} font-size="${size}"${attrs}>${lines
        .map((l, i) => `<tspan x="${n(x)}" y="${n(y + i * lineHeight + size)}">${escapeXml(l)}</tspan>`)
        .join('')}</text>`,
  };
}

/** Tallest a printed figure may be, whatever its width: a journal page's type area (180 × 240 mm). */
export const MAX_PRINT_HEIGHT_MM = 240;

/** Printed label size (pt) for a physical width and a viewBox width. */
const pointsAt = (widthMm: number, viewBoxWidth: number) => (LABEL_FONT_SIZE * widthMm * 72) / 25.4 / viewBoxWidth;

/** Width / height of the viewBox around the arranged content. */
function contentBox(content: Bounds): { w: number; h: number } {
  return { w: content.x2 - content.x1 + 2 * MARGIN, h: content.y2 - content.y1 + 2 * MARGIN };
}

/**
 * Where `auto` puts the legend. In print the width is fixed: the side that prints labels
 * larger, among those that keep the figure within a page's height (else the shorter); on a
 * slide or at natural size, the side that best fits the target's shape.
 */
function autoLegend(figure: Figure, size: SizeSpec, measure: Measure): 'bottom' | 'right' {
  const box = (s: 'bottom' | 'right') => contentBox(arrange(figure, s, measure).content);
  if (size.unit === 'mm') {
    const score = (s: 'bottom' | 'right') => {
      const { w, h } = box(s);
      const tall = (size.width * h) / w;
      return { fits: tall <= MAX_PRINT_HEIGHT_MM, tall, points: pointsAt(size.width, w) };
    };
    const [b, r] = [score('bottom'), score('right')];
    if (b.fits !== r.fits) return b.fits ? 'bottom' : 'right';
    if (b.fits) return r.points > b.points ? 'right' : 'bottom';
    return r.tall < b.tall ? 'right' : 'bottom';
  }
  const ratio = (s: 'bottom' | 'right') => box(s).h / box(s).w;
  const aspect = size.unit === 'px' ? size.height / size.width : 3 / 4;
  const misfit = (s: 'bottom' | 'right') => Math.abs(Math.log(ratio(s) / aspect));
  return misfit('right') < misfit('bottom') ? 'right' : 'bottom';
}

function arrange(figure: Figure, side: LegendSide, measure: Measure) {
  const diagram = diagramBounds(figure, measure);
  const parts: Placed[] = [];
  let content = diagram;
  if (side !== 'none' && figure.nodes.length > 0) {
    let legend: Block;
    let x: number;
    let y: number;
    if (typeof side === 'object') {
      legend = legendBlock(figure.legend, side.arrangement, measure, side.maxWidth);
      ({ x, y } = side);
    } else if (side === 'bottom') {
      // Wrapped to the diagram's width, so that the legend never widens the figure.
      legend = legendBlock(figure.legend, 'row', measure, diagram.x2 - diagram.x1);
      x = diagram.x1;
      y = diagram.y2 + 28;
    } else {
      legend = legendBlock(figure.legend, 'column', measure);
      x = diagram.x2 + 36;
      y = diagram.y1;
    }
    parts.push({ block: legend, x, y });
    content = extend(content, x, y, x + legend.width, y + legend.height);
  }
  const width = content.x2 - content.x1;
  if (figure.title) {
    const lines = wrapLabel(figure.title, (t) => measure(t, TITLE_SIZE), Math.max(width, 320));
    const block = textBlock(lines, TITLE_SIZE, TITLE_SIZE * 1.3, ' font-weight="bold" fill="#1A1A1A"', 'figure-title');
    const y = content.y1 - block.height - 16;
    parts.push({ block, x: content.x1, y });
    content = extend(content, content.x1, y);
  }
  if (figure.caption) {
    const lines = wrapLabel(figure.caption, (t) => measure(t, CAPTION_SIZE), Math.max(width, 320));
    const block = textBlock(lines, CAPTION_SIZE, CAPTION_SIZE * 1.4, ' fill="#444444"', 'figure-caption');
    const y = content.y2 + 20;
    parts.push({ block, x: content.x1, y });
    content = extend(
      content,
      content.x1,
      y,
      content.x1 + Math.max(0, ...lines.map((l) => measure(l, CAPTION_SIZE))),
      y + block.height,
    );
  }
  return { diagram, parts, content };
}

/**
 * Room the figure's title and caption take outside the diagram (and its legend) when the
 * content is `width` units wide, plus the margins: what a layout for print leaves out of
 * the page to find the diagram's aspect.
 */
export function frameAround(
  figure: Pick<Figure, 'title' | 'caption'>,
  width: number,
  measure: Measure = defaultMeasure,
) {
  let h = 2 * MARGIN;
  const wrapped = (text: string, size: number) => wrapLabel(text, (t) => measure(t, size), Math.max(width, 320)).length;
  if (figure.title) h += wrapped(figure.title, TITLE_SIZE) * TITLE_SIZE * 1.3 + 16;
  if (figure.caption) h += wrapped(figure.caption, CAPTION_SIZE) * CAPTION_SIZE * 1.4 + 20;
  return { w: 2 * MARGIN, h };
}

/** Grows a box symmetrically to an aspect ratio (width / height). */
function toAspect(b: Bounds, aspect: number): Bounds {
  const w = b.x2 - b.x1;
  const h = b.y2 - b.y1;
  if (w / h > aspect) {
    const extra = (w / aspect - h) / 2;
    return { ...b, y1: b.y1 - extra, y2: b.y2 + extra };
  }
  const extra = (h * aspect - w) / 2;
  return { ...b, x1: b.x1 - extra, x2: b.x2 + extra };
}

export function layoutFigure(figure: Figure, options: SvgOptions = {}): FigureLayout {
  const measure = options.measure ?? defaultMeasure;
  const size = options.size ?? { unit: 'natural' };
  let side = options.legend ?? 'auto';
  if (side === 'auto') side = autoLegend(figure, size, measure);
  const { diagram, parts, content } = arrange(figure, side, measure);
  let viewBox = { x1: content.x1 - MARGIN, y1: content.y1 - MARGIN, x2: content.x2 + MARGIN, y2: content.y2 + MARGIN };
  if (size.unit === 'px') viewBox = toAspect(viewBox, size.width / size.height);
  const vw = viewBox.x2 - viewBox.x1;
  const vh = viewBox.y2 - viewBox.y1;
  const [width, height] =
    size.unit === 'mm'
      ? [`${n(size.width)}mm`, `${n((size.width * vh) / vw)}mm`]
      : size.unit === 'px'
        ? [String(size.width), String(size.height)]
        : [String(Math.ceil(vw)), String(Math.ceil(vh))];
  const printed =
    size.unit === 'mm' ? { printed: { points: pointsAt(size.width, vw), heightMm: (size.width * vh) / vw } } : {};
  return { viewBox, diagram, width, height, legend: side, parts, ...printed };
}

/** The label size as printed, in points, for a physical size (null when not physical). */
export function printedLabelSize(figure: Figure, options: SvgOptions): number | null {
  const size = options.size;
  if (size?.unit !== 'mm') return null;
  return layoutFigure(figure, options).printed?.points ?? null;
}

function gradients(figure: Figure): { defs: string[]; idFor: (fills: string[]) => string | null } {
  const ids = new Map<string, string>();
  const defs: string[] = [];
  for (const node of figure.nodes) {
    const key = node.fills.join(' ');
    if (node.fills.length < 2 || ids.has(key)) continue;
    const id = `stripes-${ids.size + 1}`;
    ids.set(key, id);
    const k = node.fills.length;
    // Hard stops: each colour starts where the previous one ends, as on screen.
    const stops = node.fills.flatMap((c, i) => [
      `<stop offset="${n(i / k)}" stop-color="${escapeXml(c)}"/>`,
      `<stop offset="${n((i + 1) / k)}" stop-color="${escapeXml(c)}"/>`,
    ]);
    defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">${stops.join('')}</linearGradient>`);
  }
  return { defs, idFor: (fills) => ids.get(fills.join(' ')) ?? null };
}

function metadata(figure: Figure): string {
  const json = JSON.stringify({ format: 'pathway-atlas-figure/1', language: figure.language, ...figure.metadata });
  return (
    `<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<rdf:Description rdf:about=""><dc:format>image/svg+xml</dc:format><dc:language>${escapeXml(figure.language)}</dc:language>` +
    `${figure.title ? `<dc:title>${escapeXml(figure.title)}</dc:title>` : ''}` +
    `${figure.caption ? `<dc:source>${escapeXml(figure.caption)}</dc:source>` : ''}</rdf:Description></rdf:RDF>` +
    `<graph xmlns="urn:x-pathway-atlas:figure" type="application/json">${escapeXml(json)}</graph></metadata>`
  );
}

export function writeSvg(figure: Figure, options: SvgOptions = {}): string {
  const measure = options.measure ?? defaultMeasure;
  const layout = layoutFigure(figure, options);
  const { viewBox: v } = layout;
  const allocate = idAllocator();
  const fills = gradients(figure);
  const looks = [...figure.edges, ...figure.legend.relations.map((r) => r.look)];
  const currentLooks = figure.edges.filter((e) => e.emphasis === 'current');
  const background = options.background === undefined ? '#FFFFFF' : options.background;
  const t = STRINGS[figure.language];
  const mechanisms = figure.frames.map((f) => f.lines.join(' ')).filter(Boolean);
  const summary = [
    `${figure.nodes.length} ${t.entities}, ${figure.edges.length} ${t.relations}.`,
    mechanisms.length > 0 ? `${MECHANISMS[figure.language]}: ${mechanisms.join('; ')}.` : '',
    figure.caption ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${layout.width}" height="${layout.height}" ` +
      `viewBox="${n(v.x1)} ${n(v.y1)} ${n(v.x2 - v.x1)} ${n(v.y2 - v.y1)}" role="img" ` +
      `font-family="${escapeXml(FONT_STACK)}" xml:lang="${figure.language === 'zh' ? 'zh-CN' : 'en'}">`,
    `<title>${escapeXml(figure.title ?? 'Pathway diagram')}</title>`,
    `<desc>${escapeXml(summary)}</desc>`,
    metadata(figure),
    `<defs>${[
      ...markerDefs(looks, currentLooks),
      ...fills.defs,
      // The hatching of genes without a value, for them and for the legend's swatch.
      ...(figure.legend.overlay ? [hatchPatternDef(NO_DATA_PATTERN)] : []),
    ].join('')}</defs>`,
  ];
  if (background)
    out.push(
      `<rect class="background" x="${n(v.x1)}" y="${n(v.y1)}" width="${n(v.x2 - v.x1)}" height="${n(v.y2 - v.y1)}" fill="${escapeXml(background)}"/>`,
    );
  if (figure.frames.length > 0) {
    // Behind everything else, as Cytoscape draws compound nodes under their children.
    const obstacles = figure.nodes.map((node) => nodeBounds(node, measure));
    out.push(`<g id="frames" class="frames">`);
    for (const frame of figure.frames) {
      const category: CategoryPlace | null = placeCategory(frame, obstacles, measure);
      out.push(frameElement(frame, allocate('frame-', frame.mechanism), category));
    }
    out.push('</g>');
  }
  out.push(`<g id="relations" class="relations">`);
  for (const edge of figure.edges) out.push(edgeElement(edge, allocate('edge-', edge.id), measure));
  out.push('</g>', `<g id="entities" class="entities">`);
  for (const node of figure.nodes) out.push(nodeElement(node, allocate('node-', node.id), fills.idFor));
  out.push('</g>');
  for (const part of layout.parts) out.push(part.block.render(part.x, part.y));
  out.push('</svg>', '');
  return out.join('\n');
}
