/**
 * importPathway on small hand-written files: format detection and its notes, what is
 * refused outright (HTML, oversize, not a pathway format, malformed XML or JSON), and the
 * report entries the builder writes (dangling refs, missing and duplicate ids, miRNAs,
 * aliases). The real third-party files are in pathway-readers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { importPathway, MAX_PATHWAY_CHARACTERS } from '../../src/io/pathway/import-pathway';
import { PathwayImportError } from '../../src/io/pathway/pathway-import';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import type { SymbolMatch, SymbolResolver } from '../../src/model/symbol-resolver';

/** A resolver over a handful of symbols, enough for these files. */
const resolver: SymbolResolver = {
  source: 'test',
  resolve(identifier): SymbolMatch {
    const approved = ['TP53', 'MDM2', 'PKM', 'MIR21', 'EGFR'];
    const key = identifier.toUpperCase();
    const hit = approved.find((s) => s === key);
    if (hit) return { kind: 'approved', symbol: hit, from: identifier };
    if (key === 'PKM2') return { kind: 'previous', symbol: 'PKM', from: identifier };
    if (key === 'P53') return { kind: 'alias', symbol: 'TP53', from: identifier };
    return { kind: 'unknown', from: identifier };
  },
};

const gpml = (body: string, ns = 'http://pathvisio.org/GPML/2013a') =>
  `<?xml version="1.0"?>\n<Pathway xmlns="${ns}" Name="Test">\n${body}\n</Pathway>\n`;
const node = (id: string, label: string, type = 'GeneProduct', extra = '') =>
  `<DataNode TextLabel="${label}" GraphId="${id}" Type="${type}"${extra}><Graphics CenterX="0" CenterY="0" Width="1" Height="1"/></DataNode>`;
const interaction = (id: string, from: string, to: string, head = 'Arrow') =>
  `<Interaction GraphId="${id}"><Graphics><Point X="0" Y="0" GraphRef="${from}"/><Point X="1" Y="1" GraphRef="${to}" ArrowHead="${head}"/></Graphics></Interaction>`;

const run = (text: string, fileName = 'test.gpml', format?: Parameters<typeof importPathway>[1]['format']) =>
  importPathway(text, { fileName, resolver, ...(format ? { format } : {}) });

function refusal(fn: () => unknown): PathwayImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PathwayImportError) return error;
    throw error;
  }
  throw new Error('expected a PathwayImportError');
}

describe('format detection', () => {
  it('refuses an HTML page and says that it is one', () => {
    const error = refusal(() => run('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', 'WP1.gpml'));
    expect(error.message).toMatch(/WP1\.gpml is an HTML page/);
    expect(error.fileName).toBe('WP1.gpml');
  });
  it('refuses a file above the stated limit, naming the limit', () => {
    const error = refusal(() => run('a 1 b\n'.repeat(Math.ceil(MAX_PATHWAY_CHARACTERS / 6) + 1), 'big.sif'));
    expect(error.message).toMatch(/up to 50 MB are read/);
  });
  it('reads GPML whatever it was called, with a note where the claim or the name differ', () => {
    const text = gpml(node('a', 'TP53') + node('b', 'MDM2') + interaction('i', 'b', 'a', 'TBar'));
    const claimed = run(text, 'p.gpml', 'cx2');
    expect(claimed.format).toBe('gpml');
    expect(claimed.formatNote).toBe('this is GPML2013a, not CX2; read as GPML2013a');
    const named = run(text, 'p.sif');
    expect(named.formatNote).toBe('the file name says SIF, but the content is GPML2013a; read as GPML2013a');
    expect(run(text, 'p.gpml').formatNote).toBeUndefined();
  });
  it('tells GPML2021 from GPML 2013a by its namespace', () => {
    const text = gpml(
      '<DataNodes><DataNode elementId="a" textLabel="TP53" type="GeneProduct"/><DataNode elementId="b" textLabel="MDM2" type="GeneProduct"/></DataNodes>' +
        '<Interactions><Interaction elementId="i"><Waypoints><Point elementRef="b" x="0" y="0"/><Point elementRef="a" arrowHead="mim-inhibition" x="1" y="1"/></Waypoints></Interaction></Interactions>',
      'http://pathvisio.org/GPML/2021',
    );
    const r = run(text);
    expect(r.version).toBe('GPML2021');
    expect(r.document.relations?.map((x) => [x.source, x.type, x.target])).toEqual([
      ['test-mdm2', 'inhibits', 'test-tp53'],
    ]);
  });
  it('tells CX2 from CX1 and cyjs, and refuses JSON that is none of them', () => {
    const cx2 = JSON.stringify([{ CXVersion: '2.0' }, { nodes: [{ id: 1, v: { name: 'TP53' } }] }]);
    const cx1 = JSON.stringify([{ nodes: [{ '@id': 1, n: 'TP53' }] }]);
    const cyjs = JSON.stringify({ elements: { nodes: [{ data: { id: 'a', name: 'TP53' } }], edges: [] } });
    expect([run(cx2, 'a.cx2').format, run(cx1, 'a.cx').format, run(cyjs, 'a.cyjs').format]).toEqual([
      'cx2',
      'cx',
      'cyjs',
    ]);
    expect(refusal(() => run('{"nodes": []}', 'a.json')).message).toMatch(/neither CX2, CX .* nor Cytoscape \.cyjs/);
  });
  it('refuses XML of another kind, naming its root', () => {
    expect(refusal(() => run('<graphml><graph/></graphml>', 'a.xml')).message).toMatch(/root <graphml>, line 1/);
  });
  it('refuses truncated XML and JSON with the position of the error', () => {
    const text = gpml(node('a', 'TP53'));
    expect(refusal(() => run(text.slice(0, text.length - 20))).message).toMatch(/not well-formed XML: .*\d+:\d+/);
    expect(refusal(() => run('[{"CXVersion": "2.0"}, {"nodes": [', 'a.cx2')).message).toMatch(/not valid JSON/);
  });
  it('calls the progress callback from 0 to 1', () => {
    const seen: number[] = [];
    importPathway('a 1 b\n', { fileName: 'a.sif', onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
  });
});

describe('the report', () => {
  it('drops an interaction whose end points at no element, and one with an unconnected end', () => {
    const r = run(
      gpml(
        node('a', 'TP53') +
          interaction('i1', 'a', 'nowhere') +
          '<Interaction GraphId="i2"><Graphics><Point X="0" Y="0" GraphRef="a"/><Point X="1" Y="1" ArrowHead="Arrow"/></Graphics></Interaction>',
      ),
    );
    expect(r.report.filter((e) => e.action === 'dropped').map((e) => [e.element, e.message])).toEqual([
      ['i1', 'Interaction Arrow: its target end points at "nowhere", which is no element of the file'],
      ['i2', 'Interaction Arrow: its target end is not connected to any element (no GraphRef)'],
    ]);
    expect(r.document.relations).toEqual([]);
  });
  it('keeps an unknown arrowhead as associated and says so', () => {
    const r = run(gpml(node('a', 'TP53') + node('b', 'MDM2') + interaction('i', 'a', 'b', 'mim-wobble')));
    expect(r.document.relations?.[0].type).toBe('associated');
    expect(r.report.find((e) => e.element === 'i')?.message).toBe(
      'unknown arrowhead "mim-wobble"; kept as "associated"',
    );
  });
  it('drops a DataNode without an id and the later of two with one id', () => {
    const r = run(gpml('<DataNode TextLabel="EGFR" Type="GeneProduct"/>' + node('a', 'TP53') + node('a', 'MDM2')));
    expect(r.report.map((e) => e.action)).toEqual(['dropped', 'dropped']);
    expect(r.report[0].message).toMatch(/DataNode "EGFR" has no id/);
    expect(r.report[1].message).toMatch(/duplicate id "a" \(first at line \d+\)/);
  });
  it('resolves previous symbols and aliases to the approved one, keeping the label as an alias', () => {
    const r = run(gpml(node('a', 'PKM2') + node('b', 'p53') + interaction('i', 'a', 'b')));
    expect(r.document.entities?.map((e) => [e.symbol, e.aliases])).toEqual([
      ['PKM', ['PKM2']],
      ['TP53', ['p53']],
    ]);
    expect(r.report.map((e) => e.message)).toEqual([
      'previous symbol PKM2 resolved to PKM',
      'alias symbol p53 resolved to TP53',
    ]);
  });
  it('types a gene-typed node that is a microRNA as rna', () => {
    const r = run(gpml(node('a', 'MIR21') + node('b', 'TP53') + interaction('i', 'a', 'b', 'TBar')));
    expect(r.document.entities?.[0]).toMatchObject({ type: 'rna', label: { en: 'MIR21' } });
    expect(r.report[0].message).toBe('GeneProduct "MIR21" is a microRNA (MIR21); typed "rna"');
  });
  it('reports a cyjs and a CX2 edge to a missing node with its JSON path', () => {
    const cyjs = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a', name: 'TP53' } }],
        edges: [{ data: { id: 'e', source: 'a', target: 'z' } }],
      },
    });
    expect(run(cyjs, 'x.cyjs').report).toEqual([
      {
        position: '$.elements.edges[0]',
        element: 'e',
        action: 'dropped',
        message: 'edge edge points at "z", which is no node of the file',
      },
    ]);
    const cx2 = JSON.stringify([
      { CXVersion: '2.0' },
      { nodes: [{ id: 1, v: { name: 'TP53' } }] },
      { edges: [{ id: 0, s: 1, t: 9, v: {} }] },
    ]);
    expect(run(cx2, 'x.cx2').report.map((e) => e.position)).toEqual(['$[2].edges[0]']);
  });
  it('reads a SIF line with several targets, tabs or spaces, and reports a line of two fields', () => {
    const r = run('TP53\tinhibits\tMDM2\tEGFR\nPKM  1  TP53  \nEGFR TP53\n', 'x.sif');
    expect(r.document.relations?.map((x) => x.type)).toEqual(['inhibits', 'inhibits', 'activates']);
    expect(r.report.filter((e) => e.action === 'dropped')).toEqual([
      {
        position: 'line 3',
        action: 'dropped',
        message: '"EGFR TP53" has two fields; a SIF line is "source interaction target …" or a lone node',
      },
    ]);
  });
  it('without a symbol table, takes symbol-shaped labels as genes and says the symbols went unchecked', () => {
    const r = importPathway('TP53 -1 MDM2\nTP53\t1\tweird label\n', { fileName: 'x.sif' });
    expect(r.document.entities?.map((e) => e.type)).toEqual(['gene', 'gene', 'other']);
    expect(r.report[0].message).toMatch(/no HGNC symbol table given/);
  });
});

describe('the document', () => {
  it('is one pathway view the loader accepts alone, with relations cited as imported', () => {
    const r = run(
      gpml(
        node('a', 'TP53', 'GeneProduct', ' GroupRef="g"') +
          node('b', 'MDM2', 'GeneProduct', ' GroupRef="g"') +
          '<Group GroupId="g" GraphId="gg" Style="Complex"/>' +
          node('c', 'EGFR') +
          interaction('i', 'c', 'gg'),
      ),
    );
    const { kb, problems } = loadKnowledgeBase([{ file: 'p.json', text: JSON.stringify(r.document) }]);
    expect(problems).toEqual([]);
    expect(kb.therapies.map((t) => [t.id, t.kind])).toEqual([['test', 'pathway']]);
    expect(kb.relations.map((x) => [x.source, x.type, x.target, x.mechanism])).toEqual([
      ['test-tp53', 'forms-complex', 'test-complex-g', 'test-group-g'],
      ['test-mdm2', 'forms-complex', 'test-complex-g', 'test-group-g'],
      ['test-egfr', 'promotes', 'test-complex-g', 'test-pathway'],
    ]);
    expect(kb.relations.every((x) => x.citation === 'imported' && x.origin?.file === 'test.gpml')).toBe(true);
  });
});

describe('CX1 and SBGN-ML Activity Flow', () => {
  it('reads CX1 nodes, node attributes and edge interactions', () => {
    const cx1 = JSON.stringify([
      { numberVerification: [{ longNumber: 281474976710655 }] },
      {
        nodes: [
          { '@id': 1, n: 'TP53' },
          { '@id': 2, n: 'MDM2' },
          { '@id': 3, n: 'ATP' },
        ],
      },
      { nodeAttributes: [{ po: 3, n: 'type', v: 'SmallMolecule' }] },
      {
        edges: [
          { '@id': 4, s: 2, t: 1, i: 'inhibits' },
          { '@id': 5, s: 3, t: 2, i: 'wobbles' },
        ],
      },
      { networkAttributes: [{ n: 'name', v: 'Tiny CX' }] },
    ]);
    const r = run(cx1, 'tiny.cx');
    expect([r.format, r.version, r.title]).toEqual(['cx', 'CX 1', 'Tiny CX']);
    expect(r.document.entities?.map((e) => e.type)).toEqual(['gene', 'gene', 'metabolite']);
    expect(r.document.relations?.map((x) => x.type)).toEqual(['inhibits', 'associated']);
    expect(r.report).toEqual([
      {
        position: '$[3].edges[1]',
        element: 'wobbles',
        action: 'changed',
        message: 'unknown interaction "wobbles" on 1 edge; kept as "associated"',
      },
    ]);
  });
  it('reads AF influences, turning the sign through a NOT operator', () => {
    const af = `<?xml version="1.0"?>
<sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map language="activity flow">
  <glyph id="a" class="biological activity"><label text="EGFR"/></glyph>
  <glyph id="b" class="biological activity"><label text="TP53"/></glyph>
  <glyph id="c" class="biological activity"><label text="MDM2"/></glyph>
  <glyph id="n" class="not"/>
  <arc id="x1" class="positive influence" source="a" target="b"/>
  <arc id="x2" class="logic arc" source="c" target="n"/>
  <arc id="x3" class="positive influence" source="n" target="b"/>
</map></sbgn>`;
    const r = run(af, 'af.sbgn');
    expect(r.version).toBe('SBGN-ML 0.2 AF');
    expect(r.document.relations?.map((x) => [x.source, x.type, x.target])).toEqual([
      ['af-egfr', 'activates', 'af-tp53'],
      ['af-mdm2', 'inhibits', 'af-tp53'],
    ]);
    expect(r.report.map((e) => e.message)).toEqual(['not n is not an entity; read as 1 relation(s): MDM2 → TP53']);
  });
});

describe('large XML', () => {
  it('reports parsing progress by the megabyte; a character cut between two chunks still parses', () => {
    // The 😀's first half is the last character of the first megabyte handed to the parser.
    const head = gpml('').slice(0, gpml('').indexOf('\n</Pathway>'));
    const comment = `<Comment>${'x'.repeat((1 << 20) - 1 - head.length - '<Comment>'.length)}😀</Comment>`;
    const text = `${head}${comment}${node('a', 'TP53')}${node('b', 'MDM2')}${interaction('i', 'b', 'a', 'TBar')}</Pathway>`;
    expect(text.charCodeAt((1 << 20) - 1)).toBe(0xd83d);
    const fractions: number[] = [];
    const r = importPathway(text, { fileName: 'big.gpml', resolver, onProgress: (f) => fractions.push(f) });
    expect(r.document.relations).toHaveLength(1);
    expect(fractions.filter((f) => f > 0 && f < 0.5).length).toBeGreaterThanOrEqual(1);
  });
});
