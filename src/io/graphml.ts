/**
 * GraphML (http://graphml.graphdrawing.org/) with typed keys, readable by Cytoscape
 * desktop, yEd and NetworkX. List-valued fields are written as JSON strings, since
 * GraphML has no list type.
 */
import type { EdgeRecord, NodeRecord } from './records';
import { escapeXml } from './xml';

type Field = { name: string; type: 'string' | 'boolean' };
const NODE_FIELDS: Field[] = [
  { name: 'label', type: 'string' },
  { name: 'label_zh', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'symbol', type: 'string' },
  { name: 'members', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'name_zh', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'therapies', type: 'string' },
  { name: 'note', type: 'string' },
];
const EDGE_FIELDS: Field[] = [
  { name: 'interaction', type: 'string' },
  { name: 'sign', type: 'string' },
  { name: 'therapies', type: 'string' },
  { name: 'mechanism', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'references', type: 'string' },
  { name: 'citation', type: 'string' },
  { name: 'citation_note', type: 'string' },
  { name: 'citation_note_zh', type: 'string' },
  { name: 'origin_file', type: 'string' },
  { name: 'origin_element', type: 'string' },
  { name: 'origin_type', type: 'string' },
  { name: 'certainty', type: 'string' },
  { name: 'evidence_zh', type: 'string' },
  { name: 'evidence_en', type: 'string' },
  { name: 'own_group', type: 'boolean' },
  { name: 'section', type: 'string' },
  { name: 'caution_en', type: 'string' },
  { name: 'caution_zh', type: 'string' },
  { name: 'site', type: 'string' },
  { name: 'source_alteration', type: 'string' },
  { name: 'note', type: 'string' },
];

function dataLines(record: object, fields: Field[], prefix: string): string[] {
  const values = record as Record<string, unknown>;
  return fields
    .filter((f) => values[f.name] !== undefined)
    .map((f) => {
      const v = values[f.name];
      const text = Array.isArray(v) ? JSON.stringify(v) : String(v);
      return `      <data key="${prefix}_${f.name}">${escapeXml(text)}</data>`;
    });
}

export function writeGraphml(records: { nodes: NodeRecord[]; edges: EdgeRecord[] }, name: string): string {
  const keys = [
    ...NODE_FIELDS.map((f) => `  <key id="n_${f.name}" for="node" attr.name="${f.name}" attr.type="${f.type}"/>`),
    ...EDGE_FIELDS.map((f) => `  <key id="e_${f.name}" for="edge" attr.name="${f.name}" attr.type="${f.type}"/>`),
  ];
  const nodes = records.nodes.flatMap((n) => [
    `    <node id="${escapeXml(n.id)}">`,
    ...dataLines(n, NODE_FIELDS, 'n'),
    '    </node>',
  ]);
  const edges = records.edges.flatMap((e) => [
    `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
    ...dataLines(e, EDGE_FIELDS, 'e'),
    '    </edge>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    `  <graph id="${escapeXml(name)}" edgedefault="directed">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
