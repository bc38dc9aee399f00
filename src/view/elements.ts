/**
 * Knowledge-base subgraph → Cytoscape element definitions: labels in the chosen
 * language, pre-wrapped and measured once, and the therapy stripes of each node.
 */
import type { ElementDefinition } from 'cytoscape';
import type { KnowledgeBase } from '../model/knowledge-base';
import { entityTherapies, type SubGraph } from '../model/query';
import { entityLabel } from '../model/text';
import { type Language, RELATION_TYPE_INFO } from '../model/vocabulary';
import { labelBox, type Measure } from '../style/label-layout';
import { type TherapyColours, tint } from '../style/palette';
import { NODE_LOOK } from '../style/visual';

export interface NodeData {
  id: string;
  label: string;
  type: string;
  w: number;
  h: number;
  /** Therapy ids (in the knowledge base's order) among those shown. */
  therapies: string[];
  fillColours: string;
  fillStops: string;
  stripes: number;
}

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

export function buildElements(
  kb: KnowledgeBase,
  graph: SubGraph,
  shownTherapies: ReadonlySet<string>,
  language: Language,
  colours: TherapyColours,
  measure: Measure,
): ElementDefinition[] {
  const membership = entityTherapies(graph.relations);
  const order = kb.therapies.map((t) => t.id);
  const nodes = graph.entities.map((entity): ElementDefinition => {
    const box = labelBox(entityLabel(entity, language), measure, NODE_LOOK[entity.type].shape);
    const mine = membership.get(entity.id) ?? new Set<string>();
    const therapies = order.filter((t) => mine.has(t) && (shownTherapies.size === 0 || shownTherapies.has(t)));
    const fill = stripeFill(therapies, colours);
    const data: NodeData = {
      id: entity.id,
      label: box.lines.join('\n'),
      type: entity.type,
      w: box.width,
      h: box.height,
      therapies,
      fillColours: fill.colours,
      fillStops: fill.stops,
      stripes: therapies.length,
    };
    return { group: 'nodes', data, classes: `type-${entity.type}` };
  });
  const edges = graph.relations.map(
    (r): ElementDefinition => ({
      group: 'edges',
      data: {
        id: `edge:${r.id}`,
        relation: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        site: r.site ?? '',
      },
      classes: `sign-${r.sign ?? RELATION_TYPE_INFO[r.type].sign}${r.ownGroup ? ' own-group' : ''}`,
    }),
  );
  return [...nodes, ...edges];
}
