/**
 * A figure as plain data: what to draw and where, with the legend, title, caption and
 * the graph records it came from. The app builds one from the live Cytoscape instance,
 * the command line from a headless layout; `writeSvg` turns it into SVG text. No DOM,
 * no Cytoscape here.
 */
import { ENTITY_TYPE_LABELS, STRINGS } from '../i18n/strings';
import { type EdgeRecord, type NodeRecord, toRecords } from '../io/records';
import { citationText } from '../model/citation';
import type { KnowledgeBase } from '../model/knowledge-base';
import { type LineStyle, type RelationLook, relationLook } from '../model/relation-look';
import type { Entity, Relation } from '../model/schema';
import { pick, relationSentence } from '../model/text';
import {
  type Certainty,
  ENTITY_TYPES,
  type EntityType,
  type Language,
  type RelationType,
  type Sign,
} from '../model/vocabulary';
import { keepMarks, type OverlayLegend } from '../style/overlay-legend';
import type { OverlayMark } from '../style/overlay-marks';
import { type TherapyColours, tint } from '../style/palette';
import { relationLegend } from '../style/relation-legend';
import { NODE_LOOK, type NodeLook, type NodeShape, nodeBorder } from '../style/visual';
import type { Curve, Point } from './geometry';

export interface FigureNode {
  /** Element id: the entity id, or `entity@mechanism` for a repeated (cloned) node. */
  id: string;
  entity: string;
  type: EntityType;
  shape: NodeShape;
  /** The label as wrapped on screen, one string per line. */
  lines: string[];
  /** Centre and size, in diagram units (screen pixels at 100 % zoom). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Fill stripes, left to right: one tint per therapy (white when none). */
  fills: string[];
  borderWidth: number;
  borderStyle: NodeLook['borderStyle'];
  /** A repeated node (SBGN clone marker). */
  repeated: boolean;
  /** In a story step: what this step adds (drawn outlined) or what earlier steps showed (quieter). */
  emphasis?: Emphasis;
  data: { symbol?: string; therapies: string[]; label: string };
  /** Under a data overlay: hatched without a value, ▲ ▼ beyond the colour limits (src/style/overlay-marks.ts). */
  overlayMark?: OverlayMark;
}

export type Emphasis = 'current' | 'earlier';

export interface FigureEdge {
  /** Element id (unique per drawn edge). */
  id: string;
  relation: string;
  /** Element ids of the drawn ends. */
  source: string;
  target: string;
  /** How it is drawn (src/model/relation-look.ts): its end, its line, its weight. */
  sign: Sign;
  line: LineStyle;
  certainty: Certainty;
  type: RelationType;
  curve: Curve;
  /** Source endpoint, control points, target endpoint (the tip of the arrowhead). */
  points: Point[];
  /** A small label such as a modification site ("R452"), drawn at `labelAt`. */
  label?: string;
  labelAt?: Point;
  emphasis?: Emphasis;
  /** What the edge's `<title>` says: the relation as a sentence, its citations, whether it is hedged. */
  tooltip: string;
  data: { therapies: string[]; mechanism: string; references: number[] };
}

/**
 * A mechanism frame: the box drawn around a mechanism's entities, its title above it and
 * its category named quietly inside. Drawn behind the relations and entities.
 */
export interface FigureFrame {
  /** Element id: `frame:<mechanism id>`. */
  id: string;
  mechanism: string;
  /** The title as wrapped by the layout, one string per line, and its font size (diagram units). */
  lines: string[];
  fontSize: number;
  /** Where the title's last line ends (the bottom of its em box); the title is centred on the frame. */
  titleBottom: number;
  category: string;
  categoryLabel: string;
  /** The frame's outline (the centre of its border), in diagram units. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fill: string;
  stroke: string;
}

export interface FigureLegend {
  headings: { legend: string; therapies: string; entityTypes: string; relationTypes: string };
  therapies: Array<{ id: string; label: string; colour: string; fill: string }>;
  entityTypes: Array<{ type: EntityType; label: string; look: NodeLook }>;
  /** One entry per drawn end and line, and one for the lighter line of hedged relations (src/style/relation-legend.ts). */
  relations: Array<{ look: RelationLook; label: string }>;
  /** In a story step figure: how the step's own elements and earlier ones are drawn. */
  emphasis?: { heading: string; current: string; earlier: string };
  /** Under a data overlay: its colour scale, no-data swatch, the ▲ ▼ its nodes carry, and the family rule. */
  overlay?: OverlayLegend;
}

export interface Figure {
  language: Language;
  nodes: FigureNode[];
  edges: FigureEdge[];
  /** Mechanism frames holding at least one drawn node, boxed around the drawn ones. */
  frames: FigureFrame[];
  legend: FigureLegend;
  title?: string;
  caption?: string;
  /** The graph drawn, as the interchange records (ids, relations, evidence, references). */
  metadata: { nodes: NodeRecord[]; edges: EdgeRecord[] };
}

/** The caption citing the atlas's source (from graphs/, never hard-coded). */
export function defaultCaption(
  language: Language,
  citation: { en: string; zh: string },
  /** Files of imported pathways the figure draws relations of, with whether it draws any of the review's. */
  imported: { files: readonly string[]; reviewToo: boolean } = { files: [], reviewToo: true },
): string {
  const review = language === 'zh' ? `资料来源：${citation.zh}。` : `Source: ${citation.en}.`;
  if (imported.files.length === 0) return review;
  const files = imported.files.join(language === 'zh' ? '、' : ', ');
  const own =
    language === 'zh'
      ? `导入的通路：${files}（并非综述的陈述）。`
      : `Imported pathways: ${files} (not statements of the review).`;
  return imported.reviewToo ? `${review} ${own}` : own;
}

/** Where a node was drawn, as read from a layout. */
export interface NodeGeometry {
  id: string;
  entity: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  therapies: string[];
  repeated?: boolean;
}

export interface EdgeGeometry {
  id: string;
  relation: string;
  source: string;
  target: string;
  curve: Curve;
  points: Point[];
  label?: string;
  labelAt?: Point;
}

/** A frame as read from a layout, with the element ids of the nodes it was boxed around. */
export interface FrameGeometry extends FigureFrame {
  nodes: string[];
}

export interface FigureOptions {
  language: Language;
  colours: TherapyColours;
  title?: string;
  /** true: the default caption citing the source; a string: that caption. */
  caption?: boolean | string;
  /**
   * A story step: these entities and relations are the step's own (drawn outlined, as on
   * screen); everything else drawn belongs to earlier steps (drawn quieter).
   */
  emphasis?: { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** A data overlay: fills (one per slice) and mark per entity id, and its legend. */
  overlay?: FigureOverlay;
}

export interface FigureOverlay {
  fills: ReadonlyMap<string, { fills: string[]; mark?: OverlayMark }>;
  /** With every mark's entry: the figure keeps those its nodes carry. */
  legend: OverlayLegend;
}

/**
 * An edge's tooltip: "PRMT3 methylates IGF2BP1 at R452 [12]", or the note that the review
 * cites nothing, and "(suggested)" where the review hedges; in the figure's language.
 */
export function relationTooltip(kb: KnowledgeBase, r: Relation, language: Language): string {
  // Never an empty "[]": a relation citing nothing says so.
  const cites = citationText(r, language);
  const hedge = r.certainty === 'suggested' ? ` ${STRINGS[language].suggestedMark}` : '';
  return `${relationSentence(kb, r, language)} ${cites}${hedge}`;
}

function figureNode(g: NodeGeometry, entity: Entity, colours: TherapyColours): FigureNode {
  const look = NODE_LOOK[entity.type];
  return {
    id: g.id,
    entity: entity.id,
    type: entity.type,
    shape: look.shape,
    lines: g.lines,
    x: g.x,
    y: g.y,
    w: g.w,
    h: g.h,
    fills: g.therapies.length > 0 ? g.therapies.map((t) => tint(colours(t))) : ['#FFFFFF'],
    // The clone marker of a repeated node, as the stylesheet draws it.
    borderWidth: nodeBorder(look, !!g.repeated).width,
    borderStyle: nodeBorder(look, !!g.repeated).style,
    repeated: !!g.repeated,
    data: { ...(entity.symbol ? { symbol: entity.symbol } : {}), therapies: g.therapies, label: g.lines.join(' ') },
  };
}

function legendFor(kb: KnowledgeBase, nodes: FigureNode[], edges: FigureEdge[], options: FigureOptions): FigureLegend {
  const t = STRINGS[options.language];
  const therapies = new Set(nodes.flatMap((n) => n.data.therapies));
  const types = new Set(nodes.map((n) => n.type));
  return {
    headings: { legend: t.legend, therapies: t.therapies, entityTypes: t.entityTypes, relationTypes: t.relationTypes },
    therapies: kb.therapies
      .filter((th) => therapies.has(th.id))
      .map((th) => ({
        id: th.id,
        label: pick(th.label, options.language),
        colour: options.colours(th.id),
        fill: tint(options.colours(th.id)),
      })),
    entityTypes: ENTITY_TYPES.filter((type) => types.has(type)).map((type) => ({
      type,
      label: ENTITY_TYPE_LABELS[options.language][type] ?? type,
      look: NODE_LOOK[type],
    })),
    relations: relationLegend(edges).map((entry) => ({ look: entry.look, label: t[entry.label] })),
    ...(nodes.some((n) => n.emphasis)
      ? { emphasis: { heading: t.legendStoryStep, current: t.legendThisStep, earlier: t.legendEarlierSteps } }
      : {}),
    ...(options.overlay
      ? { overlay: keepMarks(options.overlay.legend, new Set(nodes.map((n) => n.overlayMark))) }
      : {}),
  };
}

/**
 * Assembles a figure from laid-out geometry. Nodes of unknown entities and edges of
 * unknown relations, or whose ends are not drawn, are left out, and so are frames none of
 * whose nodes are drawn.
 */
export function buildFigure(
  kb: KnowledgeBase,
  geometry: { nodes: readonly NodeGeometry[]; edges: readonly EdgeGeometry[]; frames?: readonly FrameGeometry[] },
  options: FigureOptions,
): Figure {
  const emphasis = options.emphasis;
  const mark = (current: boolean): { emphasis?: Emphasis } =>
    emphasis ? { emphasis: current ? 'current' : 'earlier' } : {};
  const nodes = geometry.nodes.flatMap((g) => {
    const entity = kb.entityById.get(g.entity);
    if (!entity) return [];
    const node = { ...figureNode(g, entity, options.colours), ...mark(!!emphasis?.entities.has(entity.id)) };
    const paint = options.overlay?.fills.get(entity.id);
    return [paint ? { ...node, fills: paint.fills, ...(paint.mark ? { overlayMark: paint.mark } : {}) } : node];
  });
  const drawn = new Set(nodes.map((n) => n.id));
  const edges = geometry.edges.flatMap((g): FigureEdge[] => {
    const r = kb.relationById.get(g.relation);
    if (!r || !drawn.has(g.source) || !drawn.has(g.target) || g.points.length < 2) return [];
    return [
      {
        ...g,
        ...relationLook(r),
        type: r.type,
        tooltip: relationTooltip(kb, r, options.language),
        ...mark(!!emphasis?.relations.has(r.id)),
        data: { therapies: [...r.therapies], mechanism: r.mechanism, references: [...r.references] },
      },
    ];
  });
  // A frame is drawn when one of the nodes it was boxed around is.
  const frames = (geometry.frames ?? []).flatMap(({ nodes: members, ...frame }) =>
    members.some((id) => drawn.has(id)) ? [frame] : [],
  );
  const entityIds = new Set(nodes.map((n) => n.entity));
  const relationIds = new Set(edges.map((e) => e.relation));
  const records = toRecords(kb, {
    entities: kb.entities.filter((e) => entityIds.has(e.id)),
    relations: kb.relations.filter((r) => relationIds.has(r.id)),
  });
  const drawnRelations = kb.relations.filter((r) => relationIds.has(r.id));
  const importedFiles = [
    ...new Set(drawnRelations.flatMap((r) => (r.citation === 'imported' && r.origin ? [r.origin.file] : []))),
  ];
  const caption =
    options.caption === true
      ? defaultCaption(options.language, kb.atlas.citation, {
          files: importedFiles,
          reviewToo: drawnRelations.some((r) => r.citation !== 'imported'),
        })
      : options.caption
        ? options.caption
        : undefined;
  return {
    language: options.language,
    nodes,
    edges,
    frames,
    legend: legendFor(kb, nodes, edges, options),
    ...(options.title?.trim() ? { title: options.title.trim() } : {}),
    ...(caption ? { caption } : {}),
    metadata: records,
  };
}
