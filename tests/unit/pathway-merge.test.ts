/**
 * mergePathways: imported views beside the therapies, sharing the atlas's gene entities.
 * The shared genes are checked against an answer key derived without our code: the HGNC
 * column of WikiPathways' own WP4585-datanodes.tsv / WP3614-datanodes.tsv intersected (python3)
 * with the symbols of the gene entities the therapy's relations use in graphs/*.json.
 * Documents arrive validated: the merge never parses them again (a spy on the schema
 * proves it), and a rename reuses each pathway's merged part (the same objects come back).
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withPathways } from '../../src/app/derive/pathways';
import { loadCleanKnowledgeBase } from '../../src/cli/load';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { mergePathways } from '../../src/model/merge-pathways';
import { sharedEntities } from '../../src/model/query';
import { GraphDocumentSchema } from '../../src/model/schema';
import { storedPathway } from '../../src/store/pathway-store';
import { DATA, testResolver } from './pathway-test-resolver';

const present = existsSync(DATA) && testResolver() !== undefined;
if (!present) console.warn(`pathway-merge: ${DATA} is absent; the tests on real pathways are skipped`);

const sif = (text: string, fileName: string) => importPathway(text, { fileName });

/** A small atlas: TP53 and MDM2 in one therapy. */
const atlas = loadKnowledgeBase([
  {
    file: 'atlas.json',
    text: JSON.stringify({
      therapies: [{ id: 'targeted', kind: 'systemic', label: { en: 'T', zh: 'T' }, name: { en: 'T', zh: 'T' } }],
      mechanisms: [
        { id: 'm', category: 'signalling', title: { en: 'M', zh: 'M' }, therapies: ['targeted'], section: '1' },
      ],
      entities: [
        { id: 'p53', type: 'gene', label: { en: 'p53' }, symbol: 'TP53' },
        { id: 'mdm2', type: 'gene', label: { en: 'MDM2' }, symbol: 'MDM2' },
      ],
      relations: [
        {
          id: 'r1',
          source: 'mdm2',
          target: 'p53',
          type: 'degrades',
          therapies: ['targeted'],
          mechanism: 'm',
          citation: 'uncited',
          evidence: { zh: '证据', en: 'evidence' },
          section: '1',
        },
      ],
    }),
  },
]).kb;

describe('mergePathways', () => {
  it('makes an imported gene with an atlas symbol the atlas entity, and namespaces the rest', () => {
    const merged = mergePathways(atlas, [sif('TP53 1 EGFR\n', 'net.sif')]);
    expect(merged.therapies.map((t) => t.id)).toEqual(['targeted', 'net']);
    expect(merged.entities.map((e) => e.id)).toEqual(['p53', 'mdm2', 'net-egfr']);
    expect(merged.relations.at(-1)).toMatchObject({
      source: 'p53',
      target: 'net-egfr',
      therapies: ['net'],
      mechanism: 'net-pathway',
    });
    expect(sharedEntities(merged, ['targeted', 'net']).map((s) => s.entity.symbol)).toEqual(['TP53']);
    // The atlas itself is not changed.
    expect(atlas.entities).toHaveLength(2);
  });
  it('keeps two imports of one file name apart, sharing the genes they have in common', () => {
    const merged = mergePathways(atlas, [sif('EGFR 1 KRAS\n', 'net.sif'), sif('EGFR -1 BRAF\n', 'net.sif')]);
    expect(merged.therapies.map((t) => t.id)).toEqual(['targeted', 'net', 'net-2']);
    expect(merged.entities.map((e) => e.id)).toEqual(['p53', 'mdm2', 'net-egfr', 'net-kras', 'net-2-braf']);
    expect(merged.relations.at(-1)).toMatchObject({
      id: 'net-2-r1',
      source: 'net-egfr',
      target: 'net-2-braf',
      mechanism: 'net-2-pathway',
    });
    expect(new Set(merged.relationById.keys()).size).toBe(merged.relations.length);
  });
  it('renumbers a prefix an atlas id already uses', () => {
    const merged = mergePathways(atlas, [sif('KRAS 1 BRAF\n', 'mdm2.sif')]);
    expect(merged.therapies.map((t) => t.id)).toEqual(['targeted', 'mdm2-2']);
  });
});

describe('what the merge keeps of a merged gene, and what it does not do again', () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps each pathway's own record of a gene merged into the atlas's, or an earlier import's, entity", () => {
    const gpml = `<?xml version="1.0"?><Pathway xmlns="http://pathvisio.org/GPML/2013a" Name="P">
<DataNode TextLabel="TP53" GraphId="n1" Type="GeneProduct"><Xref Database="Entrez Gene" ID="7157"/></DataNode>
<DataNode TextLabel="EGFR" GraphId="n2" Type="GeneProduct"/></Pathway>`;
    const first = importPathway(gpml, { fileName: 'wp1.gpml' });
    const second = sif('EGFR 1 TP53\n', 'net.sif');
    const merged = mergePathways(atlas, [first, second]);
    // TP53 is the atlas's p53: both pathways say so; EGFR is the first import's own, and the second's record joins it.
    expect(merged.importedEvidence.get('p53')).toEqual([
      {
        view: 'wp1',
        label: 'TP53',
        origin: {
          file: 'wp1.gpml',
          element: 'n1',
          type: 'GeneProduct',
          position: 'line 2',
          xrefs: [{ database: 'Entrez Gene', id: '7157' }],
        },
      },
      {
        view: 'net',
        label: 'TP53',
        origin: { file: 'net.sif', element: 'TP53', type: 'SIF node', position: 'line 1' },
      },
    ]);
    expect(merged.importedEvidence.get('wp1-egfr')?.map((e) => [e.view, e.label])).toEqual([['net', 'EGFR']]);
    expect(merged.importedEvidence.has('net-egfr')).toBe(false);
  });

  it('validates nothing, and a rename reuses every merged part (only the name and the index are new)', () => {
    const a = storedPathway(sif('TP53 1 EGFR\nEGFR 1 KRAS\n', 'a.sif'), {
      key: 'a',
      fileName: 'a.sif',
      importedAt: new Date(0),
    });
    const b = storedPathway(sif('KRAS -1 BRAF\n', 'b.sif'), { key: 'b', fileName: 'b.sif', importedAt: new Date(1) });
    // Reading validated each document (importPathway); from here on nothing may parse one.
    const parse = vi.spyOn(GraphDocumentSchema, 'parse');
    const safeParse = vi.spyOn(GraphDocumentSchema, 'safeParse');
    const before = withPathways(atlas, [a, b]);
    const after = withPathways(atlas, [{ ...a, name: 'Renamed' }, b]);
    expect(parse).not.toHaveBeenCalled();
    expect(safeParse).not.toHaveBeenCalled();
    expect(after.kb.therapyById.get('a')?.label).toEqual({ en: 'Renamed', zh: 'Renamed' });
    expect(before.kb.therapyById.get('a')?.label.en).toBe('a.sif');
    // The same relation and entity objects: each pathway's part was remembered, not rebuilt.
    const own = (kb: typeof before.kb) => kb.relations.filter((r) => r.citation === 'imported');
    expect(own(after.kb)).toHaveLength(3);
    const earlier = own(before.kb);
    for (const [i, r] of own(after.kb).entries()) expect(r).toBe(earlier[i]);
    expect(after.kb.entityById.get('b-braf')).toBe(before.kb.entityById.get('b-braf'));
  });

  it('merges a part anew when what it joins changed (the pathway before it was removed)', () => {
    const first = sif('EGFR 1 KRAS\n', 'net.sif');
    const second = sif('EGFR -1 BRAF\n', 'net.sif');
    const both = mergePathways(atlas, [first, second]);
    const alone = mergePathways(atlas, [second]);
    // With the first gone, the second takes the plain prefix and its own EGFR.
    expect(both.relations.at(-1)).toMatchObject({ id: 'net-2-r1', source: 'net-egfr' });
    expect(alone.relations.at(-1)).toMatchObject({ id: 'net-r1', source: 'net-egfr', target: 'net-braf' });
    expect(alone.entityById.has('net-egfr')).toBe(true);
  });
});

describe.skipIf(!present)('mergePathways with the real atlas and WikiPathways', () => {
  const kb = loadCleanKnowledgeBase('graphs');
  const read = (name: string) =>
    importPathway(readFileSync(`${DATA}/wikipathways/${name}`, 'utf8'), { fileName: name, resolver: testResolver() });
  const merged = present ? mergePathways(kb, [read('WP4585.gpml'), read('WP3614.gpml')]) : kb;
  const shared = (therapy: string, pathway: string) =>
    sharedEntities(merged, [therapy, pathway])
      .map((s) => s.entity.symbol)
      .filter(Boolean)
      .sort();
  it('finds the genes WP4585 shares with immunotherapy and TACE', () => {
    expect(shared('immunotherapy', 'wp4585')).toEqual(['CD274', 'IFNG', 'PDCD1', 'STAT3']);
    expect(shared('tace', 'wp4585')).toEqual(['CD274', 'PDCD1', 'STAT3']);
    expect(shared('targeted', 'wp4585')).toEqual([]);
  });
  it('finds the genes WP3614 shares with TACE and immunotherapy (PKM2 read as PKM)', () => {
    expect(shared('tace', 'wp3614')).toEqual(['HIF1A', 'TP53']);
    expect(shared('immunotherapy', 'wp3614')).toEqual(['LDHA', 'TP53']);
  });
});
