/**
 * Knowledge-base subgraph → Cytoscape element definitions: labels in the chosen
 * language, pre-wrapped and measured once, and the therapy stripes of each node.
 */
import type { ElementDefinition } from 'cytoscape';
import { STRINGS } from '../i18n/strings';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { SubGraph } from '../model/query';
import { type RelationLook, relationLook } from '../model/relation-look';
import type { Entity } from '../model/schema';
import { entityLabel, pick } from '../model/text';
import { type Language, MECHANISM_CATEGORIES, MECHANISM_CATEGORY_LABELS } from '../model/vocabulary';
import { labelBox, type Measure, type NodeSizing, SCREEN_SIZING } from '../style/label-layout';
import { categoryColour, type TherapyColours, tint } from '../style/palette';
import { FRAME_LOOK, NODE_LOOK } from '../style/visual';
import { frameParts, ownerMechanisms, type PartInfo } from './layout';

/** A mechanism frame: the compound (parent) node its entities are drawn in. */
export interface FrameData {
  /** `frame:<mechanism id>`, or `frame:<mechanism id>/part-<n>` for a part of a split one. */
  id: string;
  /** The mechanism this frame draws (all of it, or one part). */
  frame: string;
  /** The mechanism's title in the chosen language, whole. */
  title: string;
  /** The title as drawn: wrapped by the layout for its font size. */
  label: string;
  titleSize: number;
  category: string;
  categoryLabel: string;
  fill: string;
  stroke: string;
  /** How many entities the frame holds. */
  count: number;
  /** A part of a mechanism too large for one frame (./layout/frame-parts.ts): its number and of how many. */
  part?: number;
  parts?: number;
  /** Small pieces gathered: laid out one by one and packed, not by one dagre call. */
  pieces?: boolean;
}

/** A part's title: the mechanism's, the part's number, and its landmark entity (or "small pieces"). */
export function partTitle(title: string, part: PartInfo, hub: string | undefined, language: Language): string {
  const template = STRINGS[language][part.pieces || !hub ? 'framePieces' : 'framePart'];
  const values: Record<string, string> = { title, n: String(part.n), total: String(part.of), hub: hub ?? '' };
  // One pass, so a title holding "{n}" is left as it is.
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}

export const frameId = (mechanism: string) => `frame:${mechanism}`;

/** True for the element definition or data of a mechanism frame. */
export const isFrame = (data: { [key: string]: unknown }) => typeof data.frame === 'string';

export interface NodeData {
  /** Element id: the entity id, or `entity@mechanism` for a repeated outcome. */
  id: string;
  /** The knowledge-base entity this node draws. */
  entity: string;
  /** Set on repeated outcome nodes: the mechanism whose relations this copy collects. */
  mechanism?: string;
  label: string;
  type: string;
  w: number;
  h: number;
  /** Therapy ids (in the knowledge base's order) among those shown. */
  therapies: string[];
  /** The frame (mechanism) the node is drawn in. */
  parent?: string;
  fillColours: string;
  fillStops: string;
  stripes: number;
}

/** A relation's edge: its ends, what it draws and how (the look, also as classes for the stylesheet). */
export interface EdgeData extends RelationLook {
  /** `edge:<relation id>`. */
  id: string;
  relation: string;
  mechanism: string;
  /** Element ids of the drawn ends. */
  source: string;
  target: string;
  type: string;
  site: string;
}

/**
 * The classes the stylesheet draws a relation's look by: `sign-*` (its end), `line-*`
 * (dashed for a correlation) and `certainty-*` (lighter when the review hedges).
 */
export const edgeClasses = (look: RelationLook) => `sign-${look.sign} line-${look.line} certainty-${look.certainty}`;

/**
 * Hard-edged gradient stops: one vertical stripe of each therapy's tint, so a node
 * shared by three therapies shows three colours side by side.
 */
export function stripeFill(therapies: readonly string[], colours: TherapyColours): { colours: string; stops: string } {
  if (therapies.length === 0) return { colours: '#FFFFFF #FFFFFF', stops: '0% 100%' };
  const c: string[] = [];
  const s: string[] = [];
  therapies.forEach((t, i) => {
    const colour = tint(colours(t));
    c.push(colour, colour);
    s.push(`${((i / therapies.length) * 100).toFixed(2)}%`, `${(((i + 1) / therapies.length) * 100).toFixed(2)}%`);
  });
  return { colours: c.join(' '), stops: s.join(' ') };
}

/**
 * Outcomes that several mechanisms end in (e.g. "ICI resistance") would tie every chain
 * into one very wide layer. Like SBGN's clone marker, such an outcome is drawn once per
 * mechanism, so each mechanism reads as its own chain; all copies select the same entity.
 */
function repeatedOutcomes(kb: KnowledgeBase, graph: SubGraph): Map<string, Set<string>> {
  const mechanisms = new Map<string, Set<string>>();
  for (const r of graph.relations) {
    for (const end of [r.source, r.target]) {
      if (kb.entityById.get(end)?.type !== 'outcome') continue;
      const set = mechanisms.get(end) ?? new Set<string>();
      set.add(r.mechanism);
      mechanisms.set(end, set);
    }
  }
  for (const [id, set] of mechanisms) if (set.size < 2) mechanisms.delete(id);
  return mechanisms;
}

export const cloneId = (entity: string, mechanism: string) => `${entity}@${mechanism}`;

/** How many nodes a list of element definitions draws. */
export const countNodes = (elements: readonly ElementDefinition[]) =>
  elements.reduce((n, e) => (e.group === 'nodes' && !isFrame(e.data) ? n + 1 : n), 0);

export function buildElements(
  kb: KnowledgeBase,
  graph: SubGraph,
  shownTherapies: ReadonlySet<string>,
  language: Language,
  colours: TherapyColours,
  measure: Measure,
  repeatOutcomes = true,
  /** Node sizes around labels: the screen's, or tighter for print (src/style/label-layout.ts). */
  sizing: NodeSizing = SCREEN_SIZING,
): ElementDefinition[] {
  const order = kb.therapies.map((t) => t.id);
  const repeated = repeatOutcomes ? repeatedOutcomes(kb, graph) : new Map<string, Set<string>>();
  const nodeFor = (entity: string, mechanism: string) => (repeated.has(entity) ? cloneId(entity, mechanism) : entity);
  // Therapies per drawn node, from the relations drawn into it.
  const membership = new Map<string, Set<string>>();
  for (const r of graph.relations) {
    for (const end of [nodeFor(r.source, r.mechanism), nodeFor(r.target, r.mechanism)]) {
      const set = membership.get(end) ?? new Set<string>();
      for (const t of r.therapies) set.add(t);
      membership.set(end, set);
    }
  }
  const drawn = graph.entities.flatMap((entity): Array<{ entity: Entity; id: string; mechanism?: string }> => {
    const copies = repeated.get(entity.id);
    return copies
      ? [...copies].map((m) => ({ entity, id: cloneId(entity.id, m), mechanism: m }))
      : [{ entity, id: entity.id }];
  });
  // Each node is drawn in its owner mechanism's frame (see ownerMechanisms), or in a part
  // of it when the mechanism owns too many to read as one (see frameParts).
  const drawnEdges = graph.relations.map((r) => ({
    id: r.id,
    source: nodeFor(r.source, r.mechanism),
    target: nodeFor(r.target, r.mechanism),
    mechanism: r.mechanism,
  }));
  const owners = ownerMechanisms(
    drawn.map(({ id, mechanism }) => (mechanism ? { id, mechanism } : { id })),
    drawnEdges,
  );
  const { frameOf, frames: plans } = frameParts(owners, drawnEdges);
  const drawnEntity = new Map(drawn.map(({ entity, id }) => [id, entity]));
  const frames = plans.map(({ key, mechanism: m, count, part }): ElementDefinition => {
    const mechanism = kb.mechanismById.get(m);
    const category = mechanism?.category ?? '';
    const colour = categoryColour(MECHANISM_CATEGORIES, category);
    const whole = mechanism ? pick(mechanism.shortTitle ?? mechanism.title, language) : m;
    const hub = part?.hub ? drawnEntity.get(part.hub) : undefined;
    const title = part
      ? partTitle(whole, part, hub ? entityLabel(hub, language).split('\n')[0] : undefined, language)
      : whole;
    const data: FrameData = {
      id: frameId(key),
      frame: m,
      title,
      label: title,
      titleSize: FRAME_LOOK.minTitle,
      category,
      categoryLabel:
        category in MECHANISM_CATEGORY_LABELS
          ? pick(MECHANISM_CATEGORY_LABELS[category as keyof typeof MECHANISM_CATEGORY_LABELS], language)
          : '',
      fill: tint(colour, FRAME_LOOK.fillTint),
      stroke: tint(colour, FRAME_LOOK.borderTint),
      count,
      ...(part ? { part: part.n, parts: part.of, ...(part.pieces ? { pieces: true } : {}) } : {}),
    };
    return { group: 'nodes', data, classes: 'frame' };
  });
  const nodes = drawn.map(({ entity, id, mechanism }): ElementDefinition => {
    const owner = frameOf.get(id);
    const box = labelBox(entityLabel(entity, language), measure, NODE_LOOK[entity.type].shape, sizing);
    const mine = membership.get(id) ?? new Set<string>();
    const therapies = order.filter((t) => mine.has(t) && (shownTherapies.size === 0 || shownTherapies.has(t)));
    const fill = stripeFill(therapies, colours);
    const data: NodeData = {
      id,
      entity: entity.id,
      ...(mechanism ? { mechanism } : {}),
      label: box.lines.join('\n'),
      type: entity.type,
      w: box.width,
      h: box.height,
      therapies,
      ...(owner ? { parent: frameId(owner) } : {}),
      fillColours: fill.colours,
      fillStops: fill.stops,
      stripes: therapies.length,
    };
    return { group: 'nodes', data, classes: `type-${entity.type}${mechanism ? ' repeated' : ''}` };
  });
  const edges = graph.relations.map((r, i): ElementDefinition => {
    const look = relationLook(r);
    const data: EdgeData = {
      id: `edge:${r.id}`,
      relation: r.id,
      mechanism: r.mechanism,
      source: drawnEdges[i].source,
      target: drawnEdges[i].target,
      type: r.type,
      site: r.site ?? '',
      ...look,
    };
    return { group: 'edges', data, classes: `${edgeClasses(look)}${r.ownGroup ? ' own-group' : ''}` };
  });
  // Frames first: a child can only be added once its parent exists.
  return [...frames, ...nodes, ...edges];
}
