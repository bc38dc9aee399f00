/**
 * Cytoscape's own `.cyjs` JSON: `{"format_version": "1.0", "elements": {"nodes": [{"data": …}], "edges": [...]}}`.
 * The writer emits our node and edge records as `data`; the reader accepts any .cyjs
 * (Cytoscape desktop exports, our own) and reports what is wrong with a path.
 */
import { z } from 'zod';
import type { EdgeRecord, NodeRecord } from './records';

export function writeCyjs(
  records: { nodes: NodeRecord[]; edges: EdgeRecord[] },
  meta: { name: string; description?: string },
): string {
  const doc = {
    format_version: '1.0',
    generated_by: 'hcc-resistance-atlas',
    target_cytoscapejs_version: '~3.35',
    data: { name: meta.name, ...(meta.description ? { description: meta.description } : {}) },
    elements: {
      nodes: records.nodes.map((data) => ({ data })),
      edges: records.edges.map((data) => ({ data })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const DataSchema = z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) });
const EdgeDataSchema = DataSchema.extend({
  source: z.union([z.string(), z.number()]).transform(String),
  target: z.union([z.string(), z.number()]).transform(String),
});
const CyjsSchema = z.looseObject({
  elements: z.union([
    z.looseObject({
      nodes: z.array(z.looseObject({ data: DataSchema })).default([]),
      edges: z.array(z.looseObject({ data: EdgeDataSchema })).default([]),
    }),
    // Cytoscape.js also accepts a flat array of elements with a `group`.
    z.array(z.looseObject({ group: z.enum(['nodes', 'edges']).optional(), data: z.looseObject({}) })),
  ]),
});

export type CyjsNodeData = z.infer<typeof DataSchema>;
export type CyjsEdgeData = z.infer<typeof EdgeDataSchema>;

export type CyjsReadResult =
  | { ok: true; nodes: CyjsNodeData[]; edges: CyjsEdgeData[] }
  | { ok: false; errors: string[] };

/** Elements with the JSON path each was read from, before any check of what edges point at. */
export type CyjsElementsResult =
  | {
      ok: true;
      /** The document's own `data` (Cytoscape's network attributes: name, …), if any. */
      network: Record<string, unknown>;
      nodes: Array<{ data: CyjsNodeData; path: string }>;
      edges: Array<{ data: CyjsEdgeData; path: string }>;
    }
  | { ok: false; errors: string[] };

/**
 * The nodes and edges of any .cyjs (both of Cytoscape.js's layouts: `{nodes, edges}` or a
 * flat list with `group`), each with its path; edges to missing nodes are left to the
 * caller (`readCyjs` refuses them, the pathway import reports and drops them).
 */
export function readCyjsElements(text: string): CyjsElementsResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  return cyjsElementsOf(raw);
}

/** The same, from JSON already parsed (the pathway import parses once to tell the format). */
export function cyjsElementsOf(raw: unknown): CyjsElementsResult {
  const parsed = CyjsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `$.${i.path.map(String).join('.')}: ${i.message}`),
    };
  }
  const { elements } = parsed.data;
  const data = parsed.data.data;
  const network =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (!Array.isArray(elements)) {
    return {
      ok: true,
      network,
      nodes: elements.nodes.map((n, i) => ({ data: n.data, path: `$.elements.nodes[${i}]` })),
      edges: elements.edges.map((e, i) => ({ data: e.data, path: `$.elements.edges[${i}]` })),
    };
  }
  const nodes: Array<{ data: CyjsNodeData; path: string }> = [];
  const edges: Array<{ data: CyjsEdgeData; path: string }> = [];
  const errors: string[] = [];
  elements.forEach((element, i) => {
    const isEdge = element.group === 'edges' || ('source' in element.data && 'target' in element.data);
    const result = (isEdge ? EdgeDataSchema : DataSchema).safeParse(element.data);
    const path = `$.elements[${i}]`;
    if (!result.success) errors.push(`${path}.data: ${result.error.issues[0].message}`);
    else if (isEdge) edges.push({ data: result.data as CyjsEdgeData, path });
    else nodes.push({ data: result.data, path });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, network, nodes, edges };
}

export function readCyjs(text: string): CyjsReadResult {
  const read = readCyjsElements(text);
  if (!read.ok) return read;
  const nodes = read.nodes.map((n) => n.data);
  const edges = read.edges.map((e) => e.data);
  const ids = new Set(nodes.map((n) => n.id));
  const errors = edges.flatMap((e, i) =>
    [e.source, e.target]
      .filter((end) => !ids.has(end))
      .map((end) => `$.elements.edges[${i}].data: edge "${e.id}" points at unknown node "${end}"`),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, nodes, edges };
}
