/**
 * Simple Interaction Format: `source<TAB>interaction<TAB>target`, one relation a line,
 * plus lone nodes on lines of their own. Tabs, because our ids never contain one and
 * Cytoscape then keeps ids with spaces intact.
 */
import type { EdgeRecord, NodeRecord } from './records';

export function writeSif(records: { nodes: NodeRecord[]; edges: EdgeRecord[] }): string {
  const linked = new Set<string>();
  const lines = records.edges.map((e) => {
    linked.add(e.source);
    linked.add(e.target);
    return `${e.source}\t${e.interaction}\t${e.target}`;
  });
  for (const n of records.nodes) if (!linked.has(n.id)) lines.push(n.id);
  return `${lines.join('\n')}\n`;
}
