/**
 * mergePathways: imported views beside the therapies, sharing the atlas's gene entities.
 * The shared genes are checked against an answer key derived without our code: the HGNC
 * column of WikiPathways' own WP4585-datanodes.tsv / WP3614-datanodes.tsv intersected (python3)
 * with the symbols of the gene entities the therapy's relations use in graphs/*.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCleanKnowledgeBase } from '../../src/cli/load';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { mergePathways } from '../../src/model/merge-pathways';
import { sharedEntities } from '../../src/model/query';
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
