/**
 * GPML, PathVisio's and WikiPathways' format, in both versions: GPML 2013a (and the older
 * 2010a/2008a; attributes `GraphId`, `TextLabel`, `Type`, points inside `Graphics` with
 * `GraphRef` and `ArrowHead`) and GPML2021 (`elementId`, `textLabel`, `type`, points in
 * `Waypoints` with `elementRef` and `arrowHead`). Arrowheads map through ./arrowheads.ts.
 *
 * | GPML                                          | ours                                           |
 * |-----------------------------------------------|------------------------------------------------|
 * | DataNode GeneProduct, Protein, Rna, Dna, Gene | gene (label resolved to an HGNC symbol)        |
 * | DataNode Metabolite                           | metabolite                                     |
 * | DataNode Pathway                              | pathway                                        |
 * | DataNode Complex                              | complex                                        |
 * | DataNode Event, Phenotype                     | process                                        |
 * | DataNode Unknown, CellularComponent, other    | other                                          |
 * | Group (Style/type Group, None, Pathway)       | mechanism + `other` group entity (part-of)     |
 * | Group Complex                                 | mechanism + `complex` entity (forms-complex)   |
 * | Interaction, end GraphRef to a DataNode/Group | relation of its arrowhead's type               |
 * | end GraphRef to an Anchor                     | the anchored interaction's target (reported)   |
 * | end on a Label or Shape, or unconnected       | dropped (reported)                             |
 * | arrowhead only on the first point             | direction reversed                             |
 * | Xref (Database, ID / dataSource, identifier)  | kept in the entity's origin.xrefs              |
 * | Label, Shape, GraphicalLine                   | not entities (drawing)                         |
 */
import type { EntityType } from '../../model/vocabulary';
import { arrowheadType, isPlainEnd } from './arrowheads';
import type { ReportEntry } from './pathway-import';
import { type EndProblem, type ReportMessage, reportMessage } from './report-messages';
import {
  cleanLabel,
  type SourceEdge,
  type SourceGraph,
  type SourceGroup,
  type SourceNode,
  type Xref,
} from './source-graph';
import { childrenNamed, descendants, type XmlElement } from './xml-tree';

const DATANODE_TYPES: Record<string, EntityType> = {
  geneproduct: 'gene',
  protein: 'gene',
  rna: 'gene',
  dna: 'gene',
  gene: 'gene',
  metabolite: 'metabolite',
  pathway: 'pathway',
  complex: 'complex',
  event: 'process',
  phenotype: 'process',
};

/** "GPML2021", "GPML2013a" from the root's namespace, or undefined when it is no GPML namespace. */
export function gpmlVersion(namespace: string | undefined): string | undefined {
  const m = /pathvisio\.org\/GPML\/(\d{4}[a-z]?)/i.exec(namespace ?? '');
  return m ? `GPML${m[1]}` : undefined;
}

type Target =
  | { kind: 'node' | 'group'; key: string }
  | { kind: 'anchor'; interaction: string }
  | { kind: 'drawing'; what: string; label: string };

interface Point {
  ref?: string;
  arrowHead?: string;
}

interface RawInteraction {
  key: string;
  line: number;
  first?: Point;
  last?: Point;
}

const at = (element: XmlElement) => `line ${element.line}`;

export function readGpml(root: XmlElement): SourceGraph {
  const version = gpmlVersion(root.namespace) ?? 'GPML (no version)';
  const is2021 = version === 'GPML2021';
  // Each version's attribute name first; the other's too, for files that mix them.
  const a = (element: XmlElement, old: string, now: string): string | undefined =>
    element.attributes[is2021 ? now : old] ?? element.attributes[is2021 ? old : now];
  const report: ReportEntry[] = [];
  const note = (line: string, element: string | undefined, action: ReportEntry['action'], message: ReportMessage) =>
    report.push({ position: line, ...(element ? { element } : {}), action, ...message });

  const targets = new Map<string, Target>();
  const nodes: SourceNode[] = [];
  const groups: SourceGroup[] = [];

  // Groups: 2013a members name the GroupId, edges the GraphId; 2021 uses one elementId for both.
  const groupKeyByRef = new Map<string, string>();
  for (const g of descendants(root, 'Group')) {
    const key = a(g, 'GroupId', 'elementId');
    if (!key) {
      note(at(g), undefined, 'dropped', reportMessage('group-without-id', {}));
      continue;
    }
    const graphId = a(g, 'GraphId', 'elementId');
    groupKeyByRef.set(key, key);
    targets.set(key, { kind: 'group', key });
    if (graphId) targets.set(graphId, { kind: 'group', key });
    const style = a(g, 'Style', 'type') ?? 'Group';
    const parent = a(g, 'GroupRef', 'groupRef');
    groups.push({
      key,
      ...(a(g, 'TextLabel', 'textLabel') ? { label: cleanLabel(a(g, 'TextLabel', 'textLabel')) } : {}),
      // GPML's own names: "Group" (the default style), "Group Complex", "Group Pathway", …
      sourceType: style === 'Group' ? 'Group' : `Group ${style}`,
      complex: style.toLowerCase() === 'complex',
      position: at(g),
      ...(parent ? { group: parent } : {}),
    });
  }

  for (const d of descendants(root, 'DataNode')) {
    const key = a(d, 'GraphId', 'elementId');
    const sourceType = a(d, 'Type', 'type') ?? 'Unknown';
    const label = a(d, 'TextLabel', 'textLabel') ?? '';
    if (!key) {
      note(
        at(d),
        cleanLabel(label) || undefined,
        'dropped',
        reportMessage('datanode-without-id', { label: cleanLabel(label) }),
      );
      continue;
    }
    if (!targets.has(key)) targets.set(key, { kind: 'node', key });
    const type = DATANODE_TYPES[sourceType.toLowerCase()] ?? 'other';
    if (!DATANODE_TYPES[sourceType.toLowerCase()]) {
      note(at(d), key, 'changed', reportMessage('unmapped-node-type', { what: 'DataNode Type', type: sourceType }));
    }
    const xrefs: Xref[] = childrenNamed(d, 'Xref').flatMap((x) => {
      const database = cleanLabel(a(x, 'Database', 'dataSource'));
      const id = cleanLabel(a(x, 'ID', 'identifier'));
      return database && id ? [{ database, id }] : [];
    });
    const group = a(d, 'GroupRef', 'groupRef');
    nodes.push({
      key,
      label,
      sourceType,
      type,
      position: at(d),
      ...(xrefs.length > 0 ? { xrefs } : {}),
      ...(group ? { group: groupKeyByRef.get(group) ?? group } : {}),
    });
  }

  for (const what of ['Label', 'Shape', 'GraphicalLine'] as const) {
    for (const e of descendants(root, what)) {
      const key = a(e, 'GraphId', 'elementId');
      if (key && !targets.has(key))
        targets.set(key, { kind: 'drawing', what, label: cleanLabel(a(e, 'TextLabel', 'textLabel')) });
    }
  }

  const interactions: RawInteraction[] = [];
  for (const i of descendants(root, 'Interaction')) {
    const id = a(i, 'GraphId', 'elementId');
    const key = id ?? `interaction at line ${i.line}`;
    if (id === undefined) note(at(i), undefined, 'kept', reportMessage('interaction-without-id', {}));
    const holder = is2021 ? childrenNamed(i, 'Waypoints')[0] : childrenNamed(i, 'Graphics')[0];
    const points = holder ? childrenNamed(holder, 'Point') : [];
    const anchors = holder ? childrenNamed(holder, 'Anchor') : [];
    for (const anchor of anchors) {
      const id = a(anchor, 'GraphId', 'elementId');
      if (id) targets.set(id, { kind: 'anchor', interaction: key });
    }
    const point = (p: XmlElement | undefined): Point | undefined =>
      p && { ref: a(p, 'GraphRef', 'elementRef'), arrowHead: a(p, 'ArrowHead', 'arrowHead') };
    interactions.push({ key, line: i.line, first: point(points[0]), last: point(points[points.length - 1]) });
  }
  const interactionByKey = new Map(interactions.map((i) => [i.key, i]));

  /** Directed ends of an interaction: the end with the arrowhead is the target. */
  const directed = (i: RawInteraction) => {
    const reversed = !isPlainEnd(i.first?.arrowHead) && isPlainEnd(i.last?.arrowHead);
    const [from, to] = reversed ? [i.last, i.first] : [i.first, i.last];
    return { from, to, arrowHead: to?.arrowHead ?? 'Line', reversed };
  };

  /** What an end points at: a node or group key, following anchors to their interaction's target. */
  const resolveEnd = (
    ref: string | undefined,
    i: RawInteraction,
    which: 'source' | 'target',
    depth = 0,
  ): { key: string; via?: string } | { problem: EndProblem } => {
    if (!ref) return { problem: { end: which, kind: 'unconnected' } };
    const t = targets.get(ref);
    if (!t) return { problem: { end: which, kind: 'missing', ref } };
    if (t.kind === 'drawing') {
      return { problem: { end: which, kind: 'drawing', what: t.what, ...(t.label ? { label: t.label } : {}) } };
    }
    if (t.kind !== 'anchor') return { key: t.key };
    const anchored = interactionByKey.get(t.interaction);
    if (!anchored || anchored === i || depth > 8) return { problem: { end: which, kind: 'anchor-nowhere' } };
    const end = resolveEnd(directed(anchored).to?.ref, anchored, 'target', depth + 1);
    return 'key' in end ? { key: end.key, via: anchored.key } : end;
  };

  const edges: SourceEdge[] = [];
  for (const i of interactions) {
    const { from, to, arrowHead, reversed } = directed(i);
    const position = `line ${i.line}`;
    const source = resolveEnd(from?.ref, i, 'source');
    const target = resolveEnd(to?.ref, i, 'target');
    if ('problem' in source || 'problem' in target) {
      const problems = [source, target].flatMap((e) => ('problem' in e ? [e.problem] : []));
      note(position, i.key, 'dropped', reportMessage('interaction-ends', { arrowHead, problems }));
      continue;
    }
    let type = arrowheadType(arrowHead);
    if (!type) {
      note(position, i.key, 'changed', reportMessage('unknown-arrowhead', { arrowHead }));
      type = 'associated';
    }
    if (reversed) note(position, i.key, 'changed', reportMessage('reversed-arrowhead', { arrowHead }));
    for (const end of [source, target]) {
      if (end.via) note(position, i.key, 'changed', reportMessage('anchor-end', { interaction: end.via }));
    }
    edges.push({ key: i.key, source: source.key, target: target.key, sourceType: arrowHead, type, position });
  }

  const title = a(root, 'Name', 'title');
  return { format: 'gpml', version, ...(title ? { title } : {}), nodes, edges, groups, report };
}
