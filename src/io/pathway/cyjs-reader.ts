/**
 * Cytoscape `.cyjs` (desktop exports, Cytoscape.js JSON, GeneMANIA, our own exports), read
 * through io/cyjs.ts's `cyjsElementsOf`. Names: the first of `symbol`, `label`,
 * `gene_name` (GeneMANIA, whose `name` holds internal ids), `name`, `shared_name`, `id`.
 *
 * | .cyjs                                              | ours                                 |
 * |----------------------------------------------------|--------------------------------------|
 * | node, `type` one of our entity types (our exports) | that type (`gene` resolved)          |
 * | node, other or no `type`                           | gene (name resolved; else other)     |
 * | edge `interaction` (else `data_type`, else none)   | through interaction-words.ts; none → associated |
 * | edge to a node that is not in the file             | dropped (reported)                   |
 * | Xref-like fields (Entrez_Gene_ID, Ensembl_Gene_ID, Uniprot_ID) | kept in origin.xrefs     |
 */

import { ENTITY_TYPES, type EntityType } from '../../model/vocabulary';
import { cyjsElementsOf } from '../cyjs';
import { interactionType } from './interaction-words';
import { PathwayImportError, type ReportEntry } from './pathway-import';
import type { SourceEdge, SourceGraph, SourceNode, Xref } from './source-graph';
import { unknownWordsReport } from './unknown-words';

const NAME_FIELDS = ['symbol', 'label', 'gene_name', 'name', 'shared_name'] as const;
const XREF_FIELDS = ['Entrez_Gene_ID', 'Ensembl_Gene_ID', 'Uniprot_ID', 'entrez', 'ensembl', 'uniprot'] as const;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

/** `json`: the file's content, already parsed. */
export function readCyjsPathway(json: unknown, fileName: string): SourceGraph {
  const read = cyjsElementsOf(json);
  if (!read.ok) {
    throw new PathwayImportError(
      `${fileName} is not a Cytoscape .cyjs file: ${read.errors.slice(0, 5).join('; ')}`,
      fileName,
    );
  }
  const report: ReportEntry[] = [];
  const nodes: SourceNode[] = read.nodes.map(({ data, path }) => {
    const label = NAME_FIELDS.map((f) => text(data[f])).find(Boolean) ?? data.id;
    const declared = text(data.type);
    const ours = ENTITY_TYPES.find((t) => t === declared);
    const type: EntityType = ours ?? 'gene';
    const xrefs: Xref[] = XREF_FIELDS.flatMap((f) => {
      const id = text(data[f]);
      return id ? [{ database: f, id }] : [];
    });
    return {
      key: data.id,
      label,
      sourceType: declared ?? 'node',
      type,
      position: path,
      ...(xrefs.length > 0 ? { xrefs } : {}),
    };
  });
  const unknown = new Map<string, string[]>();
  const edges: SourceEdge[] = read.edges.map(({ data, path }) => {
    const word = text(data.interaction) ?? text(data.data_type);
    let type = word === undefined ? 'associated' : interactionType(word);
    if (!type) {
      unknown.set(word ?? '', [...(unknown.get(word ?? '') ?? []), path]);
      type = 'associated';
    }
    const sign = text(data.sign);
    return {
      key: data.id,
      source: data.source,
      target: data.target,
      sourceType: word ?? 'edge',
      type,
      ...(sign === 'positive' || sign === 'negative' ? { sign } : {}),
      position: path,
    };
  });
  report.push(...unknownWordsReport(unknown));
  const title = text(read.network.name);
  return { format: 'cyjs', nodes, edges, groups: [], report, ...(title ? { title } : {}) };
}
