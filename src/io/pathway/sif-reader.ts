/**
 * SIF (Simple Interaction Format) as Cytoscape, CellNOpt and Pathway Commons write it:
 * `source interaction target [target …]`, one line each, or a lone node name. Fields are
 * split on tabs when the line has one (names may then hold spaces), else on runs of
 * spaces; trailing spaces are ignored. Interactions map through ./interaction-words.ts.
 *
 * | SIF                                  | ours                                      |
 * |--------------------------------------|-------------------------------------------|
 * | node name                            | gene (name resolved to an HGNC symbol; else other) |
 * | `a 1 b`, `a activates b` …           | relation of the word's type (see interaction-words.ts) |
 * | `a -1 b`, `a inhibits b` …           | inhibits                                  |
 * | `a pp b c d`                         | one relation per target                   |
 * | a line of two fields                 | dropped (reported)                        |
 * | `#` comment line                     | skipped                                   |
 */

import { interactionType } from './interaction-words';
import type { ReportEntry } from './pathway-import';
import { reportMessage } from './report-messages';
import type { SourceEdge, SourceGraph, SourceNode } from './source-graph';

export function readSifPathway(text: string): SourceGraph {
  const report: ReportEntry[] = [];
  const nodes = new Map<string, SourceNode>();
  const edges: SourceEdge[] = [];
  const node = (name: string, position: string) => {
    if (!nodes.has(name)) nodes.set(name, { key: name, label: name, sourceType: 'SIF node', type: 'gene', position });
  };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const position = `line ${i + 1}`;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const fields = (line.includes('\t') ? line.split('\t') : trimmed.split(/ +/)).map((f) => f.trim()).filter(Boolean);
    if (fields.length === 1) {
      node(fields[0], position);
      return;
    }
    if (fields.length === 2) {
      report.push({
        position,
        action: 'dropped',
        ...reportMessage('two-fields', { line: trimmed }),
      });
      return;
    }
    const [source, word, ...targets] = fields;
    let type = interactionType(word);
    if (!type) {
      report.push({
        position,
        element: word,
        action: 'changed',
        ...reportMessage('unknown-interaction', { word, edges: targets.length }),
      });
      type = 'associated';
    }
    node(source, position);
    for (const target of targets) {
      node(target, position);
      edges.push({ source, target, sourceType: word, type, position });
    }
  });
  return { format: 'sif', nodes: [...nodes.values()], edges, groups: [], report };
}
