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

export function readCyjs(text: string): CyjsReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = CyjsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `$.${i.path.map(String).join('.')}: ${i.message}`),
    };
  }
  const { elements } = parsed.data;
  let nodes: CyjsNodeData[];
  let edges: CyjsEdgeData[];
  if (Array.isArray(elements)) {
    nodes = [];
    edges = [];
    const errors: string[] = [];
    elements.forEach((element, i) => {
      const isEdge = element.group === 'edges' || ('source' in element.data && 'target' in element.data);
      const result = (isEdge ? EdgeDataSchema : DataSchema).safeParse(element.data);
      if (!result.success) errors.push(`$.elements[${i}].data: ${result.error.issues[0].message}`);
      else if (isEdge) edges.push(result.data as CyjsEdgeData);
      else nodes.push(result.data);
    });
    if (errors.length > 0) return { ok: false, errors };
  } else {
    nodes = elements.nodes.map((n) => n.data);
    edges = elements.edges.map((e) => e.data);
  }
  const ids = new Set(nodes.map((n) => n.id));
  const errors = edges.flatMap((e, i) =>
    [e.source, e.target]
      .filter((end) => !ids.has(end))
      .map((end) => `$.elements.edges[${i}].data: edge "${e.id}" points at unknown node "${end}"`),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, nodes, edges };
}
