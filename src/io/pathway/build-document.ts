/**
 * Turns what a reader found (a SourceGraph) into one graph document the loader accepts on
 * its own: one view (a therapy of kind `pathway`), one mechanism per group of the source
 * plus one for the pathway as a whole, entities and relations, every one with its
 * `origin` (file, source id, source type name, position, Xrefs). Relations cite
 * `"citation": "imported"`: they are the file's statements, not the review's.
 *
 * | source                               | ours                                                     |
 * |--------------------------------------|----------------------------------------------------------|
 * | gene product, label an HGNC symbol   | `gene` with that symbol                                  |
 * | label a previous symbol (a rename HGNC records, no other gene's alias) | `gene` with the approved symbol; label kept as an alias |
 * | label an alias of one gene, or a previous symbol another gene has as an alias | `other`, as the source labels it, the gene reported as a suggestion (not applied); with `aliases: apply` (or the label listed) `gene` with that symbol, label kept as an alias |
 * | label resolving to a MIR… symbol     | `rna` (a miRNA, whatever the source typed it)            |
 * | label no symbol (or several genes')  | `other`, as the source labels it                         |
 * | two nodes, one symbol (or label)     | one entity                                               |
 * | group / compartment                  | a mechanism (frame) and an entity for the group (`complex` for complexes, else `other`); each member `part-of` it (`forms-complex` for complexes) |
 * | edge                                 | a relation in the group both ends share, else in the pathway's own mechanism |
 *
 * Everything dropped or changed is reported with its position. Pure; no DOM.
 */

import type { GraphDocumentInput, Origin } from '../../model/schema';
import { HGNC_SYMBOL_PATTERN } from '../../model/schema';
import type { SymbolResolver } from '../../model/symbol-resolver';
import { type EntityType, RELATION_TYPE_INFO, type RelationType, type Sign } from '../../model/vocabulary';
import type { AliasChoice, ReportEntry } from './pathway-import';
import { type ReportMessage, reportMessage, type Suggestion } from './report-messages';
import { cleanLabel, type SourceGraph, type SourceNode } from './source-graph';

type EntityInput = NonNullable<GraphDocumentInput['entities']>[number];
type RelationInput = NonNullable<GraphDocumentInput['relations']>[number];
type MechanismInput = NonNullable<GraphDocumentInput['mechanisms']>[number];

/** Lower-case words joined by hyphens, as ids must be; never empty. */
export function slug(text: string, fallback = 'x'): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (words || fallback).slice(0, 48).replace(/-+$/, '');
}

/** The pathway's id prefix, from its file name ("WP3614.gpml" → "wp3614"). */
export function pathwayPrefix(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/(\.[a-z0-9]{1,6})+$/i, '');
  return slug(base, 'pathway');
}

/** Symbols of microRNA genes: MIR21, MIR125B1, MIR3179-2, MIRLET7A1; not host genes (MIR17HG, MIR4435-2HG). */
const MIRNA_SYMBOL = /^MIR(?:LET)?\d+[A-Z]?\d*(?:-\d+)?$/;

export interface BuildOptions {
  fileName: string;
  resolver?: SymbolResolver;
  /** Whether alias suggestions are applied (default `suggest`: they are reported, not applied). */
  aliases?: AliasChoice;
}

/** Whether the suggestion for `label` is to be applied under `choice`. */
export function appliesAlias(choice: AliasChoice | undefined, label: string): boolean {
  if (choice === undefined || choice === 'suggest') return false;
  if (choice === 'apply') return true;
  const wanted = label.trim().toUpperCase();
  return choice.apply.some((l) => l.trim().toUpperCase() === wanted);
}

export interface BuiltDocument {
  document: GraphDocumentInput;
  report: ReportEntry[];
  title: string;
}

interface Placed {
  entityId: string;
  label: string;
}

export function buildPathwayDocument(graph: SourceGraph, options: BuildOptions): BuiltDocument {
  const { fileName, resolver } = options;
  const report: ReportEntry[] = [...graph.report];
  const note = (position: string, element: string | undefined, action: ReportEntry['action'], message: ReportMessage) =>
    report.push({ position, ...(element ? { element } : {}), action, ...message });
  const p = pathwayPrefix(fileName);
  const title = cleanLabel(graph.title) || cleanLabel(fileName) || 'Imported pathway';
  // Everything a file says reaches the document through cleanLabel: no control or bidi characters.
  const origin = (element: string | undefined, type: string, position: string, xrefs?: Origin['xrefs']): Origin => {
    const id = cleanLabel(element);
    const refs = (xrefs ?? [])
      .map((x) => ({ database: cleanLabel(x.database), id: cleanLabel(x.id) }))
      .filter((x) => x.database && x.id);
    return {
      file: cleanLabel(fileName) || 'unnamed file',
      ...(id ? { element: id } : {}),
      type: cleanLabel(type) || 'unnamed',
      position: cleanLabel(position) || 'unknown position',
      ...(refs.length > 0 ? { xrefs: refs } : {}),
    };
  };

  const usedIds = new Set<string>();
  const freshId = (base: string) => {
    let candidate = `${p}-${slug(base)}`;
    for (let n = 2; usedIds.has(candidate); n++) candidate = `${p}-${slug(base)}-${n}`;
    usedIds.add(candidate);
    return candidate;
  };
  // The view and its whole-pathway mechanism take their ids first.
  usedIds.add(p);
  const mainMechanism = `${p}-pathway`;
  usedIds.add(mainMechanism);

  const entities: EntityInput[] = [];
  const entityByMergeKey = new Map<string, EntityInput>();
  const placedByKey = new Map<string, Placed>();
  const groupOfKey = new Map<string, string>();
  const keysSeen = new Map<string, string>();

  if (!resolver && graph.nodes.some((n) => n.type === 'gene')) {
    note('file', undefined, 'kept', reportMessage('no-symbol-table', {}));
  }

  /** Our type and symbol for a node, with the report entry when they differ from the source. */
  const typeNode = (node: SourceNode, label: string): { type: EntityType; symbol?: string; alias?: string } => {
    if (node.type !== 'gene' && node.type !== 'rna') return { type: node.type };
    if (!resolver) {
      return HGNC_SYMBOL_PATTERN.test(label) && node.type === 'gene'
        ? { type: 'gene', symbol: label }
        : { type: node.type === 'rna' ? 'rna' : 'other' };
    }
    const match = resolver.resolve(label);
    const sourceType = node.sourceType;
    if (match.kind === 'unknown' || match.kind === 'ambiguous') {
      if (node.type === 'rna') return { type: 'rna' };
      note(
        node.position,
        node.key,
        'changed',
        match.kind === 'ambiguous'
          ? reportMessage('ambiguous-symbol', {
              sourceType,
              label,
              via: match.via ?? 'alias',
              candidates: match.candidates,
            })
          : reportMessage('not-a-symbol', { sourceType, label }),
      );
      return { type: 'other' };
    }
    const symbol = match.symbol;
    // A rename HGNC records is applied; an alias (or a previous symbol that is also another
    // gene's alias) is a suggestion, applied only when asked: ERK is MAPK1's alias, not EPHB2.
    const suggested = match.kind === 'alias' || (match.kind === 'previous' && match.aliasOf !== undefined);
    if (suggested) {
      const suggestion: Suggestion = { sourceType, label, symbol, kind: match.kind, others: match.aliasOf ?? [] };
      if (!appliesAlias(options.aliases, label)) {
        if (node.type === 'rna') return { type: 'rna' };
        note(node.position, node.key, 'changed', reportMessage('alias-suggested', suggestion));
        return { type: 'other' };
      }
      note(node.position, node.key, 'changed', reportMessage('alias-applied', suggestion));
    } else if (match.kind === 'previous') {
      note(node.position, node.key, 'changed', reportMessage('previous-applied', { label, symbol }));
    }
    if (MIRNA_SYMBOL.test(symbol)) {
      if (node.type === 'gene') {
        note(node.position, node.key, 'changed', reportMessage('microrna', { sourceType, label, symbol }));
      }
      return { type: 'rna', ...(label !== symbol ? { alias: label } : {}) };
    }
    if (node.type === 'rna') return { type: 'rna' };
    return { type: 'gene', symbol, ...(label !== symbol ? { alias: label } : {}) };
  };

  for (const node of graph.nodes) {
    const earlier = keysSeen.get(node.key);
    if (earlier !== undefined) {
      note(node.position, node.key, 'dropped', reportMessage('duplicate-id', { key: node.key, first: earlier }));
      continue;
    }
    keysSeen.set(node.key, node.position);
    let label = cleanLabel(node.label);
    if (!label) {
      label = cleanLabel(node.key) || 'unnamed';
      note(node.position, node.key, 'changed', reportMessage('no-label', { sourceType: node.sourceType, label }));
    }
    const typed = typeNode(node, label);
    const mergeKey = typed.symbol ? `symbol:${typed.symbol}` : `${typed.type}:${label.toLowerCase()}`;
    let entity = entityByMergeKey.get(mergeKey);
    if (entity) {
      note(
        node.position,
        node.key,
        'changed',
        reportMessage('drawn-twice', { label, into: entity.origin?.element ?? entity.id }),
      );
      const o = entity.origin;
      if (o) {
        o.element = `${o.element ?? ''} ${node.key}`.trim();
        if (node.xrefs?.length) o.xrefs = [...(o.xrefs ?? []), ...node.xrefs];
      }
    } else {
      entity = {
        id: freshId(typed.symbol ?? label),
        type: typed.type,
        label: { en: label },
        ...(typed.symbol ? { symbol: typed.symbol } : {}),
        aliases: typed.alias ? [typed.alias] : [],
        origin: origin(node.key, node.sourceType, node.position, node.xrefs),
      };
      entityByMergeKey.set(mergeKey, entity);
      entities.push(entity);
    }
    placedByKey.set(node.key, { entityId: entity.id, label });
    if (node.group !== undefined) groupOfKey.set(node.key, node.group);
  }

  // Groups: a mechanism each, and an entity standing for the group so that edges may end on it.
  const mechanisms: MechanismInput[] = [];
  const mechanismOfGroup = new Map<string, string>();
  const groupKeys = new Set(graph.groups.map((g) => g.key));
  const groupEntityOf = new Map<string, { id: string; complex: boolean }>();
  const membersOf = new Map<string, string[]>();
  const addMember = (group: string, key: string) => {
    const list = membersOf.get(group);
    if (list) list.push(key);
    else membersOf.set(group, [key]);
  };
  for (const [key, group] of groupOfKey) {
    if (!groupKeys.has(group)) {
      note(keysSeen.get(key) ?? 'file', key, 'changed', reportMessage('undefined-group', { node: key, group }));
      groupOfKey.delete(key);
      continue;
    }
    addMember(group, key);
  }
  for (const group of graph.groups) {
    if (group.group !== undefined && groupKeys.has(group.group)) {
      addMember(group.group, group.key);
      groupOfKey.set(group.key, group.group);
    }
  }
  for (const group of graph.groups) {
    if (keysSeen.has(group.key)) {
      note(
        group.position,
        group.key,
        'dropped',
        reportMessage('duplicate-group-id', { key: group.key, first: keysSeen.get(group.key) ?? '' }),
      );
      continue;
    }
    keysSeen.set(group.key, group.position);
    const members = membersOf.get(group.key) ?? [];
    if (members.length === 0) {
      note(
        group.position,
        group.key,
        'dropped',
        reportMessage('empty-group', { sourceType: group.sourceType, label: group.label ?? group.key }),
      );
      continue;
    }
    const memberLabels = members.map((m) => placedByKey.get(m)?.label ?? m);
    const label =
      cleanLabel(group.label) ||
      cleanLabel(`${group.sourceType}: ${memberLabels.slice(0, 3).join(', ')}${memberLabels.length > 3 ? ', …' : ''}`);
    const mechanismId = freshId(`group-${group.label ? label : group.key}`);
    mechanismOfGroup.set(group.key, mechanismId);
    mechanisms.push({
      id: mechanismId,
      category: 'imported',
      title: { en: label, zh: label },
      therapies: [p],
      section: 'imported',
      summary: { en: cleanLabel(`${group.sourceType} ${group.key} of ${fileName}`) },
    });
    const entityId = freshId(`${group.complex ? 'complex' : 'group'}-${group.label ? label : group.key}`);
    entities.push({
      id: entityId,
      type: group.complex ? 'complex' : 'other',
      label: { en: label },
      aliases: [],
      origin: origin(group.key, group.sourceType, group.position),
    });
    groupEntityOf.set(group.key, { id: entityId, complex: group.complex });
    placedByKey.set(group.key, { entityId, label });
  }

  const relations: RelationInput[] = [];
  let relationCount = 0;
  const addRelation = (r: {
    source: string;
    target: string;
    type: RelationType;
    sign?: Sign;
    mechanism: string;
    element?: string;
    sourceType: string;
    position: string;
    sourceLabel: string;
    targetLabel: string;
  }) => {
    relationCount++;
    const element = r.element && cleanLabel(r.element) ? ` ${cleanLabel(r.element)}` : '';
    const sourceType = cleanLabel(r.sourceType) || 'edge';
    const file = cleanLabel(fileName) || 'unnamed file';
    const position = cleanLabel(r.position);
    relations.push({
      id: `${p}-r${relationCount}`,
      source: r.source,
      target: r.target,
      type: r.type,
      // A sign belongs only on neutral and association types; the others carry their own.
      ...(r.sign && ['neutral', 'association'].includes(RELATION_TYPE_INFO[r.type].sign) ? { sign: r.sign } : {}),
      therapies: [p],
      mechanism: r.mechanism,
      references: [],
      citation: 'imported',
      evidence: {
        en: `${file}, ${position}: ${sourceType}${element} from "${r.sourceLabel}" to "${r.targetLabel}".`,
        zh: `${file}，${position}：${sourceType}${element}，从“${r.sourceLabel}”到“${r.targetLabel}”。`,
      },
      section: 'imported',
      origin: origin(r.element, r.sourceType, r.position),
    });
  };

  // Membership: each member is part of its group (or forms its complex), inside the group's frame.
  for (const group of graph.groups) {
    const groupEntity = groupEntityOf.get(group.key);
    const mechanism = mechanismOfGroup.get(group.key);
    if (!groupEntity || !mechanism) continue;
    const groupLabel = placedByKey.get(group.key)?.label ?? group.key;
    const seen = new Set<string>();
    for (const member of membersOf.get(group.key) ?? []) {
      const placed = placedByKey.get(member);
      if (!placed || seen.has(placed.entityId) || placed.entityId === groupEntity.id) continue;
      seen.add(placed.entityId);
      addRelation({
        source: placed.entityId,
        target: groupEntity.id,
        type: groupEntity.complex ? 'forms-complex' : 'part-of',
        mechanism,
        element: group.key,
        sourceType: `${group.sourceType} membership`,
        position: group.position,
        sourceLabel: placed.label,
        targetLabel: groupLabel,
      });
    }
  }

  let usesMain = false;
  // Edge ids are their own name space in CX and cyjs (node 0 and edge 0 may both exist).
  const edgeKeysSeen = new Map<string, string>();
  for (const edge of graph.edges) {
    if (edge.key !== undefined) {
      const earlier = edgeKeysSeen.get(edge.key);
      if (earlier !== undefined) {
        note(edge.position, edge.key, 'dropped', reportMessage('duplicate-edge-id', { key: edge.key, first: earlier }));
        continue;
      }
      edgeKeysSeen.set(edge.key, edge.position);
    }
    const from = placedByKey.get(edge.source);
    const to = placedByKey.get(edge.target);
    if (!from || !to) {
      const missing = [!from ? edge.source : undefined, !to ? edge.target : undefined].filter(
        (m): m is string => m !== undefined,
      );
      note(
        edge.position,
        edge.key,
        'dropped',
        reportMessage('edge-to-missing', { sourceType: edge.sourceType, missing }),
      );
      continue;
    }
    if (from.entityId === to.entityId) {
      note(
        edge.position,
        edge.key,
        'dropped',
        reportMessage('self-loop', { sourceType: edge.sourceType, label: from.label }),
      );
      continue;
    }
    const sourceGroup = groupOfKey.get(edge.source);
    const sameGroup = sourceGroup !== undefined && sourceGroup === groupOfKey.get(edge.target);
    const mechanism = (sameGroup && mechanismOfGroup.get(sourceGroup)) || mainMechanism;
    if (mechanism === mainMechanism) usesMain = true;
    addRelation({
      source: from.entityId,
      target: to.entityId,
      type: edge.type,
      ...(edge.sign ? { sign: edge.sign } : {}),
      mechanism,
      element: edge.key,
      sourceType: edge.sourceType,
      position: edge.position,
      sourceLabel: from.label,
      targetLabel: to.label,
    });
  }
  if (usesMain || mechanisms.length === 0) {
    mechanisms.unshift({
      id: mainMechanism,
      category: 'imported',
      title: { en: title, zh: title },
      therapies: [p],
      section: 'imported',
      summary: { en: `Edges of ${fileName} outside its groups.` },
    });
  }

  const version = graph.version ? ` (${graph.version})` : '';
  const document: GraphDocumentInput = {
    description: cleanLabel(
      `Pathway imported from ${fileName}${version} by graph import; its relations are the file's, not the review's.`,
    ),
    therapies: [
      {
        id: p,
        kind: 'pathway',
        label: { en: title, zh: title },
        name: { en: title, zh: title },
        section: 'imported',
        description: {
          en: cleanLabel(`Imported from ${fileName}${version}.`),
          zh: cleanLabel(`导入自 ${fileName}${version}。`),
        },
      },
    ],
    mechanisms,
    entities,
    relations,
  };
  return { document, report, title };
}
