/**
 * NDEx's CX2 (`[{"CXVersion": "2.0"}, {"attributeDeclarations": …}, {"nodes": …}, …]`)
 * and CX version 1 (`[{"nodes": [{"@id", "n", "r"}]}, {"nodeAttributes": [{"po", "n", "v"}]}, …]`).
 * CX2 attributes are read through their declarations: an alias (`"a": "n"`) names the key a
 * value is stored under, a default (`"v"`) fills it where a node or edge has none.
 *
 * | CX2 / CX                                             | ours                                    |
 * |------------------------------------------------------|-----------------------------------------|
 * | node `type`/`Type` GeneProduct, Protein, Rna, Dna     | gene (`name` resolved)                  |
 * | node `type` SmallMolecule, Metabolite                 | metabolite                              |
 * | node `type` Complex / Pathway                         | complex / pathway                       |
 * | node without a type                                   | gene (`name` resolved; else other)      |
 * | node other type (PhysicalEntity …)                    | other                                   |
 * | node with an empty name (a GPML anchor, label, shape) | not an entity: edges through it are joined (A → · → B read as A → B, reported); edges ending on it dropped |
 * | edge `interaction`                                    | through interaction-words.ts            |
 * | edge without one: `EndArrow` (else `StartArrow`, reversed) | through arrowheads.ts (mim-stimulation → activates …) |
 * | edge with neither                                     | associated                              |
 * | `represents`, `HGNC`, `Ensembl`, `__gpml:XrefId`      | kept in origin.xrefs                    |
 */
import type { EntityType, RelationType } from '../../model/vocabulary';
import { arrowheadType, isPlainEnd } from './arrowheads';
import { interactionType } from './interaction-words';
import type { PathwayFormat, ReportEntry } from './pathway-import';
import { reportMessage } from './report-messages';
import { cleanLabel, type SourceEdge, type SourceGraph, type SourceNode, type Xref } from './source-graph';
import { unknownWordsReport } from './unknown-words';

const NODE_TYPES: Record<string, EntityType> = {
  geneproduct: 'gene',
  protein: 'gene',
  rna: 'gene',
  dna: 'gene',
  gene: 'gene',
  smallmolecule: 'metabolite',
  metabolite: 'metabolite',
  complex: 'complex',
  pathway: 'pathway',
};

const XREF_ATTRIBUTES = ['represents', 'HGNC', 'Ensembl', 'Entrez', '__gpml:XrefId'] as const;

type Values = Record<string, unknown>;
interface CxNode {
  id: string;
  values: Values;
  path: string;
}
interface CxEdge {
  id: string;
  source: string;
  target: string;
  values: Values;
  path: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** Every item of every aspect named `name` (CX allows an aspect in several fragments), with its path. */
function aspectItems(aspects: unknown[], name: string): Array<{ item: unknown; path: string }> {
  const items: Array<{ item: unknown; path: string }> = [];
  aspects.forEach((aspect, i) => {
    if (!isObject(aspect)) return;
    const list = aspect[name];
    if (!Array.isArray(list)) return;
    list.forEach((item, j) => {
      items.push({ item, path: `$[${i}].${name}[${j}]` });
    });
  });
  return items;
}

type Declarations = Record<string, { a?: string; v?: unknown }>;

/** CX2: a node's or edge's values under their full names, aliases expanded and defaults filled. */
function expand(v: unknown, declared: Declarations): Values {
  const raw = isObject(v) ? v : {};
  const out: Values = { ...raw };
  for (const [name, declaration] of Object.entries(declared)) {
    if (!isObject(declaration)) continue;
    const alias = typeof declaration.a === 'string' ? declaration.a : undefined;
    if (alias !== undefined && alias in raw) {
      out[name] = raw[alias];
      delete out[alias];
    }
    if (!(name in out) && 'v' in declaration) out[name] = declaration.v;
  }
  return out;
}

function readCx2(aspects: unknown[], report: ReportEntry[]) {
  const declarationsAspect = aspectItems(aspects, 'attributeDeclarations')[0]?.item;
  const declarations = isObject(declarationsAspect) ? declarationsAspect : {};
  const nodeDecl = (isObject(declarations.nodes) ? declarations.nodes : {}) as Declarations;
  const edgeDecl = (isObject(declarations.edges) ? declarations.edges : {}) as Declarations;
  const networkDecl = (isObject(declarations.networkAttributes) ? declarations.networkAttributes : {}) as Declarations;
  const nodes: CxNode[] = [];
  for (const { item, path } of aspectItems(aspects, 'nodes')) {
    const id = isObject(item) ? str(item.id) : undefined;
    if (id === undefined) {
      report.push({ position: path, action: 'dropped', ...reportMessage('node-without-id', { field: 'id' }) });
      continue;
    }
    nodes.push({ id, values: expand(isObject(item) ? item.v : undefined, nodeDecl), path });
  }
  const edges: CxEdge[] = [];
  for (const { item, path } of aspectItems(aspects, 'edges')) {
    const e = isObject(item) ? item : {};
    const [id, source, target] = [str(e.id), str(e.s), str(e.t)];
    if (id === undefined || source === undefined || target === undefined) {
      report.push({ position: path, action: 'dropped', ...reportMessage('edge-without-ends', { field: 'id' }) });
      continue;
    }
    edges.push({ id, source, target, values: expand(e.v, edgeDecl), path });
  }
  const network = expand(aspectItems(aspects, 'networkAttributes')[0]?.item, networkDecl);
  return { nodes, edges, title: str(network.name) };
}

function readCx1(aspects: unknown[], report: ReportEntry[]) {
  const attributes = (aspect: string) => {
    const byOwner = new Map<string, Values>();
    for (const { item } of aspectItems(aspects, aspect)) {
      if (!isObject(item)) continue;
      const owner = str(item.po);
      const name = str(item.n);
      if (owner === undefined || name === undefined) continue;
      const values = byOwner.get(owner) ?? {};
      values[name] = item.v;
      byOwner.set(owner, values);
    }
    return byOwner;
  };
  const nodeAttributes = attributes('nodeAttributes');
  const edgeAttributes = attributes('edgeAttributes');
  const nodes: CxNode[] = [];
  for (const { item, path } of aspectItems(aspects, 'nodes')) {
    const n = isObject(item) ? item : {};
    const id = str(n['@id']);
    if (id === undefined) {
      report.push({ position: path, action: 'dropped', ...reportMessage('node-without-id', { field: '@id' }) });
      continue;
    }
    const values: Values = { ...nodeAttributes.get(id) };
    if (n.n !== undefined) values.name = n.n;
    if (n.r !== undefined) values.represents = n.r;
    nodes.push({ id, values, path });
  }
  const edges: CxEdge[] = [];
  for (const { item, path } of aspectItems(aspects, 'edges')) {
    const e = isObject(item) ? item : {};
    const [id, source, target] = [str(e['@id']), str(e.s), str(e.t)];
    if (id === undefined || source === undefined || target === undefined) {
      report.push({ position: path, action: 'dropped', ...reportMessage('edge-without-ends', { field: '@id' }) });
      continue;
    }
    const values: Values = { ...edgeAttributes.get(id) };
    if (e.i !== undefined) values.interaction = e.i;
    edges.push({ id, source, target, values, path });
  }
  const network: Values = {};
  for (const { item } of aspectItems(aspects, 'networkAttributes')) {
    if (isObject(item) && typeof item.n === 'string') network[item.n] = item.v;
  }
  return { nodes, edges, title: str(network.name) };
}

/** An edge's type and the source's name for it, with the direction its arrows give. */
function edgeType(values: Values): { type?: RelationType; word: string; reversed: boolean } {
  const interaction = str(values.interaction);
  if (interaction !== undefined && interaction.trim() !== '') {
    return { type: interactionType(interaction), word: interaction, reversed: false };
  }
  const end = str(values.EndArrow);
  const start = str(values.StartArrow);
  if (!isPlainEnd(end) && end !== undefined) return { type: arrowheadType(end), word: end, reversed: false };
  if (!isPlainEnd(start) && start !== undefined) return { type: arrowheadType(start), word: start, reversed: true };
  return { type: 'associated', word: end ?? 'edge', reversed: false };
}

export function readCxPathway(aspects: unknown[], format: Extract<PathwayFormat, 'cx' | 'cx2'>): SourceGraph {
  const report: ReportEntry[] = [];
  const read = format === 'cx2' ? readCx2(aspects, report) : readCx1(aspects, report);
  const version =
    format === 'cx2'
      ? `CX2 ${str(aspects.find((a): a is Record<string, unknown> => isObject(a) && 'CXVersion' in a)?.CXVersion) ?? ''}`.trim()
      : 'CX 1';

  // What a CX2 file draws on an unnamed node (a GPML Label's text), for the report only.
  const drawnLabel = new Map<string, string>();
  for (const { item } of aspectItems(aspects, 'nodeBypasses')) {
    if (!isObject(item) || !isObject(item.v)) continue;
    const text = cleanLabel(str(item.v.NODE_LABEL));
    const id = str(item.id);
    if (text && id !== undefined) drawnLabel.set(id, text);
  }
  /** What an unnamed node shows on the canvas, for the report: `{ drawn: "Acidification" }` or nothing. */
  const drawn = (id: string) => {
    const label = drawnLabel.get(id);
    return label ? { drawn: label } : {};
  };
  const nodes: SourceNode[] = [];
  const unnamed = new Set<string>();
  for (const n of read.nodes) {
    const name = cleanLabel(str(n.values.name));
    if (!name) {
      unnamed.add(n.id);
      report.push({
        position: n.path,
        element: n.id,
        action: 'dropped',
        ...reportMessage('unnamed-node', drawn(n.id)),
      });
      continue;
    }
    const declared = str(n.values.type) ?? str(n.values.Type);
    const type = declared === undefined ? 'gene' : (NODE_TYPES[declared.toLowerCase()] ?? 'other');
    const xrefs: Xref[] = XREF_ATTRIBUTES.flatMap((database) => {
      const id = str(n.values[database]);
      return id ? [{ database, id }] : [];
    });
    nodes.push({
      key: n.id,
      label: name,
      sourceType: declared ?? 'node',
      type,
      position: n.path,
      ...(xrefs.length > 0 ? { xrefs } : {}),
    });
  }

  const unknown = new Map<string, string[]>();
  const typed = read.edges.map((e) => {
    const t = edgeType(e.values);
    if (!t.type) unknown.set(t.word, [...(unknown.get(t.word) ?? []), e.path]);
    const [source, target] = t.reversed ? [e.target, e.source] : [e.source, e.target];
    return { ...e, source, target, type: t.type ?? 'associated', word: t.word };
  });
  report.push(...unknownWordsReport(unknown));

  // Edges through unnamed points (A → · → B) are joined into A → B, with the first edge's
  // type unless that is a plain line.
  const outOf = new Map<string, typeof typed>();
  for (const e of typed) if (unnamed.has(e.source)) outOf.set(e.source, [...(outOf.get(e.source) ?? []), e]);
  const edges: SourceEdge[] = [];
  const joined = new Set<string>();
  const known = new Set(read.nodes.map((n) => n.id));
  for (const e of typed) {
    // An end that is no node at all is the builder's to report ("points at … which is no node").
    const dangling = !known.has(e.source) || !known.has(e.target);
    if (unnamed.has(e.source) && !dangling) continue;
    if (!unnamed.has(e.target) || dangling) {
      edges.push({ key: e.id, source: e.source, target: e.target, sourceType: e.word, type: e.type, position: e.path });
      continue;
    }
    const reached: Array<{ target: string; via: typeof typed }> = [];
    const pending = [{ at: e.target, via: [e] }];
    const visited = new Set<string>();
    for (let next = pending.pop(); next; next = pending.pop()) {
      if (visited.has(next.at)) continue;
      visited.add(next.at);
      for (const out of outOf.get(next.at) ?? []) {
        if (unnamed.has(out.target)) pending.push({ at: out.target, via: [...next.via, out] });
        else reached.push({ target: out.target, via: [...next.via, out] });
      }
    }
    if (reached.length === 0) {
      report.push({
        position: e.path,
        element: e.id,
        action: 'dropped',
        ...reportMessage('edge-ends-unnamed', { word: e.word, node: e.target, ...drawn(e.target) }),
      });
      continue;
    }
    for (const { target, via } of reached) {
      for (const v of via) joined.add(v.id);
      const decisive = via.find((v) => v.type !== 'associated') ?? e;
      report.push({
        position: e.path,
        element: e.id,
        action: 'changed',
        ...reportMessage('edges-joined', { edges: via.map((v) => v.id), word: decisive.word, target }),
      });
      edges.push({
        key: via.map((v) => v.id).join('+'),
        source: e.source,
        target,
        sourceType: decisive.word,
        type: decisive.type,
        position: e.path,
      });
    }
  }
  for (const e of typed) {
    if (!unnamed.has(e.source) || joined.has(e.id) || !known.has(e.target)) continue;
    report.push({
      position: e.path,
      element: e.id,
      action: 'dropped',
      ...reportMessage('edge-starts-unnamed', { word: e.word, node: e.source, ...drawn(e.source) }),
    });
  }
  return { format, version, ...(read.title ? { title: read.title } : {}), nodes, edges, groups: [], report };
}
