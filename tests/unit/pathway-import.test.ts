/**
 * importPathway on small hand-written files: format detection and its notes, what is
 * refused outright (HTML, oversize, not a pathway format, malformed XML or JSON), and the
 * report entries the builder writes (dangling refs, missing and duplicate ids, miRNAs,
 * previous symbols applied and aliases suggested), each a code with parameters, said in
 * English and Chinese. The real third-party files are in pathway-readers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { positionText, reportText } from '../../src/i18n/pathway-report-strings';
import { importPathway, MAX_PATHWAY_CHARACTERS } from '../../src/io/pathway/import-pathway';
import { PathwayImportError, type ReportEntry } from '../../src/io/pathway/pathway-import';
import { REPORT_CODES, type ReportMessage } from '../../src/io/pathway/report-messages';
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
    // As in HGNC 2021: ERK is EPHB2's previous symbol and MAPK1's alias; P38 three genes' alias.
    if (key === 'ERK') return { kind: 'previous', symbol: 'EPHB2', from: identifier, aliasOf: ['MAPK1'] };
    if (key === 'P38')
      return { kind: 'ambiguous', candidates: ['AHSA1', 'AIMP2', 'MAPK14'], from: identifier, via: 'alias' };
    return { kind: 'unknown', from: identifier };
  },
};

/** An entry (or note) as the command line says it. */
const en = (m: ReportMessage) => reportText(m, 'en');

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
    expect(claimed.formatNotes?.map(en)).toEqual(['this is GPML2013a, not CX2; read as GPML2013a']);
    const named = run(text, 'p.sif');
    expect(named.formatNotes?.map(en)).toEqual([
      'the file name says SIF, but the content is GPML2013a; read as GPML2013a',
    ]);
    expect(named.formatNotes?.map((n) => reportText(n, 'zh'))).toEqual([
      '文件名表明是 SIF，但内容是 GPML2013a；已按 GPML2013a 读取',
    ]);
    expect(run(text, 'p.gpml').formatNotes).toBeUndefined();
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
    expect(r.report.filter((e) => e.action === 'dropped').map((e) => [e.element, en(e)])).toEqual([
      ['i1', 'Interaction Arrow: its target end points at "nowhere", which is no element of the file'],
      ['i2', 'Interaction Arrow: its target end is not connected to any element (no GraphRef)'],
    ]);
    expect(r.document.relations).toEqual([]);
  });
  it('keeps an unknown arrowhead as associated and says so', () => {
    const r = run(gpml(node('a', 'TP53') + node('b', 'MDM2') + interaction('i', 'a', 'b', 'mim-wobble')));
    expect(r.document.relations?.[0].type).toBe('associated');
    const entry = r.report.find((e) => e.element === 'i');
    expect(entry && en(entry)).toBe('unknown arrowhead "mim-wobble"; kept as "associated"');
  });
  it('drops a DataNode without an id and the later of two with one id', () => {
    const r = run(gpml(`<DataNode TextLabel="EGFR" Type="GeneProduct"/>${node('a', 'TP53')}${node('a', 'MDM2')}`));
    expect(r.report.map((e) => e.action)).toEqual(['dropped', 'dropped']);
    expect(en(r.report[0])).toMatch(/DataNode "EGFR" has no id/);
    expect(en(r.report[1])).toMatch(/duplicate id "a" \(first at line \d+\)/);
    // The position inside the Chinese sentence is said in Chinese too.
    expect(reportText(r.report[1], 'zh')).toMatch(/^重复的 id“a”（首次出现于第 \d+ 行）/);
  });
  it('applies a previous symbol, keeping the label as an alias, and only suggests an alias', () => {
    const r = run(gpml(node('a', 'PKM2') + node('b', 'p53') + node('c', 'TP53') + interaction('i', 'a', 'b')));
    // p53 stays itself: not a gene, so it is not TP53 (the file's own TP53 node stays apart).
    expect(r.document.entities?.map((e) => [e.type, e.label.en, e.symbol, e.aliases])).toEqual([
      ['gene', 'PKM2', 'PKM', ['PKM2']],
      ['other', 'p53', undefined, []],
      ['gene', 'TP53', 'TP53', []],
    ]);
    expect(r.report.map((e) => [e.code, e.action])).toEqual([
      ['previous-applied', 'changed'],
      ['alias-suggested', 'changed'],
    ]);
    expect(r.report.map(en)).toEqual([
      'previous symbol PKM2 resolved to PKM',
      'GeneProduct label "p53" is an alias of TP53; not applied: kept as "p53", type "other" (suggestion: TP53)',
    ]);
    expect(r.report.map((e) => reportText(e, 'zh'))).toEqual([
      '曾用符号 PKM2 已解析为 PKM',
      'GeneProduct 标签“p53”是 TP53 的别名；未采用：保留为“p53”，类型为“其他”（建议：TP53）',
    ]);
  });
  it('suggests, not applies, a previous symbol that another gene has as an alias (ERK)', () => {
    const r = run('erk 1 TP53\n', 'x.sif');
    expect(r.document.entities?.map((e) => [e.type, e.label.en])).toEqual([
      ['other', 'erk'],
      ['gene', 'TP53'],
    ]);
    expect(r.report.map(en)).toEqual([
      'SIF node label "erk" is a previous symbol of EPHB2 and an alias of MAPK1; not applied: kept as "erk", type "other" (suggestion: EPHB2)',
    ]);
  });
  it('applies alias suggestions when asked, all or for the labels listed, and says it was a choice', () => {
    const text = gpml(node('a', 'erk') + node('b', 'p53') + interaction('i', 'a', 'b'));
    const all = importPathway(text, { fileName: 'x.gpml', resolver, aliases: 'apply' });
    expect(all.document.entities?.map((e) => [e.type, e.symbol, e.aliases])).toEqual([
      ['gene', 'EPHB2', ['erk']],
      ['gene', 'TP53', ['p53']],
    ]);
    expect(all.report.map(en)).toEqual([
      'GeneProduct label "erk" is a previous symbol of EPHB2 and an alias of MAPK1; applied by choice: read as EPHB2',
      'GeneProduct label "p53" is an alias of TP53; applied by choice: read as TP53',
    ]);
    const one = importPathway(text, { fileName: 'x.gpml', resolver, aliases: { apply: ['P53'] } });
    expect(one.report.map((e) => [e.code, e.element])).toEqual([
      ['alias-suggested', 'a'],
      ['alias-applied', 'b'],
    ]);
  });
  it('never applies a name several genes share, even when aliases are applied', () => {
    const r = importPathway('p38 1 TP53\n', { fileName: 'x.sif', resolver, aliases: 'apply' });
    expect(r.document.entities?.[0]).toMatchObject({ type: 'other', label: { en: 'p38' } });
    expect(r.report.map(en)).toEqual([
      'SIF node label "p38" is an alias of several genes (AHSA1, AIMP2, MAPK14); not applied: kept as "p38", type "other"',
    ]);
  });
  it('types a gene-typed node that is a microRNA as rna', () => {
    const r = run(gpml(node('a', 'MIR21') + node('b', 'TP53') + interaction('i', 'a', 'b', 'TBar')));
    expect(r.document.entities?.[0]).toMatchObject({ type: 'rna', label: { en: 'MIR21' } });
    expect(en(r.report[0])).toBe('GeneProduct "MIR21" is a microRNA (MIR21); typed "rna"');
  });
  it('reports a cyjs and a CX2 edge to a missing node with its JSON path', () => {
    const cyjs = JSON.stringify({
      elements: {
        nodes: [{ data: { id: 'a', name: 'TP53' } }],
        edges: [{ data: { id: 'e', source: 'a', target: 'z' } }],
      },
    });
    const [entry] = run(cyjs, 'x.cyjs').report;
    expect(entry).toEqual({
      position: '$.elements.edges[0]',
      element: 'e',
      action: 'dropped',
      code: 'edge-to-missing',
      params: { sourceType: 'edge', missing: ['z'] },
    });
    expect(en(entry)).toBe('edge edge points at "z", which is no node of the file');
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
    const dropped = r.report.filter((e) => e.action === 'dropped');
    expect(dropped.map((e) => [e.position, en(e)])).toEqual([
      ['line 3', '"EGFR TP53" has two fields; a SIF line is "source interaction target …" or a lone node'],
    ]);
    expect(dropped.map((e) => [positionText(e.position, 'zh'), reportText(e, 'zh')])).toEqual([
      ['第 3 行', '“EGFR TP53”只有两个字段；SIF 的一行应为“源 相互作用 目标 …”或单独一个节点'],
    ]);
  });
  it('without a symbol table, takes symbol-shaped labels as genes and says the symbols went unchecked', () => {
    const r = importPathway('TP53 -1 MDM2\nTP53\t1\tweird label\n', { fileName: 'x.sif' });
    expect(r.document.entities?.map((e) => e.type)).toEqual(['gene', 'gene', 'other']);
    expect(en(r.report[0])).toMatch(/no HGNC symbol table given/);
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
    expect(r.report.map((e) => [e.position, e.element, e.action, en(e)])).toEqual([
      ['$[3].edges[1]', 'wobbles', 'changed', 'unknown interaction "wobbles" on 1 edge; kept as "associated"'],
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
    expect(r.report.map(en)).toEqual(['not n is not an entity; read as 1 relation(s): MDM2 → TP53']);
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

describe('report entries in both languages', () => {
  it('says every code in English and Chinese, the Chinese without an English sentence', () => {
    // One entry per code from every reader: GPML, SIF, cyjs, CX2, SBGN-ML and the builder.
    const files: Array<[string, string]> = [
      [
        gpml(
          '<Group GraphId="x"/>' +
            '<DataNode TextLabel="EGFR" Type="GeneProduct"/>' +
            node('a', 'TP53') +
            node('a', 'MDM2') +
            node('b', 'p53') +
            node('c', 'erk') +
            node('d', 'MIR21') +
            node('e', 'p38') +
            node('f', 'zzz') +
            node('g', 'PKM2', 'Odd') +
            '<Interaction><Graphics><Point X="0" Y="0" GraphRef="a"/><Point X="1" Y="1" GraphRef="b" ArrowHead="mim-wobble"/></Graphics></Interaction>' +
            interaction('i2', 'a', 'nowhere'),
        ),
        'all.gpml',
      ],
      ['TP53 1 MDM2 MDM2\nEGFR wobbles TP53\nEGFR TP53\n', 'all.sif'],
    ];
    const seen = new Set<string>();
    for (const [text, name] of files) {
      for (const entry of run(text, name).report) {
        seen.add(entry.code);
        const zh = reportText(entry, 'zh');
        expect(reportText(entry, 'en')).not.toBe('');
        // Chinese text carries the file's words (labels, ids, type names) but no English sentence.
        expect(zh, `${entry.code}: ${zh}`).not.toMatch(/\b(is|the|and|not|kept|dropped|of|to|from)\b/);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });

  it('has a wording for every code in both languages', () => {
    const samples: ReportEntry[] = REPORT_CODES.map((code) => ({
      position: 'line 1',
      action: 'kept',
      code,
      params: {},
    })) as unknown as ReportEntry[];
    for (const entry of samples) {
      // Parameters of the wrong shape never break the report: they are said as data.
      expect(typeof reportText(entry, 'en')).toBe('string');
      expect(typeof reportText(entry, 'zh')).toBe('string');
    }
  });
});
