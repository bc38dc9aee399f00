import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readCyjs, writeCyjs } from '../../src/io/cyjs';
import { recordsToDocument } from '../../src/io/from-records';
import { writeGraphml } from '../../src/io/graphml';
import { toRecords } from '../../src/io/records';
import { writeSif } from '../../src/io/sif';
import { escapeXml } from '../../src/io/xml';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { filterGraph } from '../../src/model/query';
import { EntitySchema, RelationSchema } from '../../src/model/schema';
import { relation, smallDocument, smallSources } from '../fixtures/small-kb';

function hostileKb() {
  const doc = smallDocument();
  doc.entities?.push({ id: 'evil', type: 'cell', label: { en: '<script>alert("x")</script> & \'q\'', zh: '恶意<b>' } });
  doc.relations?.push({
    ...relation('r8', 'evil', 'out', ['a']),
    evidence: { zh: '原文 <i>&', en: 'a "quoted" & <tag>' },
  });
  return loadKnowledgeBase(smallSources(doc)).kb;
}

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml('<a href="x">&\'</a>\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});

describe('GraphML', () => {
  const kb = hostileKb();
  const xml = writeGraphml(toRecords(kb, filterGraph(kb, { therapies: [] })), 'all');
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });
  it('holds every node and edge with typed data, and keeps hostile text as text', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const graph = doc.graphml.graph;
    expect(graph.node).toHaveLength(kb.entities.length - 1); // d1 is only in a treatment line
    expect(graph.edge).toHaveLength(kb.relations.length);
    const evil = graph.node.find((n: { id: string }) => n.id === 'evil');
    const label = evil.data.find((d: { key: string }) => d.key === 'n_label')['#text'];
    // The parser decodes the escapes: the reader gets back exactly the text that went in.
    expect(label).toBe('<script>alert("x")</script> & \'q\'');
    expect(xml).not.toContain('<script>');
  });
});

describe('cyjs', () => {
  const kb = hostileKb();
  const graph = filterGraph(kb, { therapies: ['a'] });
  const text = writeCyjs(toRecords(kb, graph), { name: 'a' });

  it('has Cytoscape’s shape and the required fields', () => {
    const doc = JSON.parse(text);
    expect(doc.format_version).toBe('1.0');
    const hif = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'h1').data;
    expect(hif).toMatchObject({
      id: 'h1',
      label: 'HIF-1α',
      type: 'gene',
      symbol: 'HIF1A',
      aliases: ['HIF1α'],
      therapies: ['a'],
    });
    const edge = doc.elements.edges.find((e: { data: { id: string } }) => e.data.id === 'r2').data;
    expect(edge).toMatchObject({
      id: 'r2',
      source: 'h1',
      target: 's1',
      interaction: 'activates',
      sign: 'positive',
      therapies: ['a'],
      mechanism: 'm-a',
      references: [1],
      own_group: true,
    });
  });

  it('round-trips through the model: entities and relations come back identical', () => {
    const read = readCyjs(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const doc = recordsToDocument(read.nodes, read.edges);
    const entities = doc.entities?.map((e) => EntitySchema.parse(e));
    const relations = doc.relations?.map((r) => RelationSchema.parse(r));
    expect(entities).toEqual(graph.entities);
    expect(relations).toEqual(graph.relations);
  });

  it('rejects an edge to a node that does not exist, naming both', () => {
    const bad = JSON.stringify({
      elements: { nodes: [{ data: { id: 'a' } }], edges: [{ data: { id: 'e', source: 'a', target: 'b' } }] },
    });
    expect(readCyjs(bad)).toEqual({
      ok: false,
      errors: ['$.elements.edges[0].data: edge "e" points at unknown node "b"'],
    });
    expect(readCyjs('{"elements": 3}').ok).toBe(false);
    expect(readCyjs('not json').ok).toBe(false);
  });
});

describe('SIF', () => {
  it('writes one tab-separated line per relation', () => {
    const kb = loadKnowledgeBase(smallSources()).kb;
    const sif = writeSif(toRecords(kb, filterGraph(kb, { therapies: ['b'] })));
    expect(sif.trim().split('\n').sort()).toEqual(['s1\tinhibits\tout2', 'x1\tactivates\th1', 'x1\tactivates\ts1']);
  });
});
