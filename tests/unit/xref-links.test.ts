/**
 * Cross-reference links: each database name as the real files write it (WP3614's
 * "Entrez Gene" and "Uniprot-TrEMBL", WP4585's "Ensembl", "Wikidata" and "KEGG Drug", the
 * CX2 "HGNC" column holding symbols), compact identifiers, and everything that must stay
 * text: unknown databases, ids of the wrong form, and ids that try to be addresses.
 */
import { describe, expect, it } from 'vitest';
import { xrefUrl } from '../../src/model/xref-links';

describe('xrefUrl', () => {
  it.each([
    ['Entrez Gene', '5315', 'https://identifiers.org/ncbigene:5315'],
    ['Uniprot-TrEMBL', 'P14618', 'https://identifiers.org/uniprot:P14618'],
    ['Ensembl', 'ENSG00000067225', 'https://identifiers.org/ensembl:ENSG00000067225'],
    ['Wikidata', 'Q27102265', 'https://identifiers.org/wikidata:Q27102265'],
    ['KEGG Drug', 'D00001', 'https://identifiers.org/kegg.drug:D00001'],
    ['HGNC', '8986', 'https://identifiers.org/hgnc:8986'],
    ['HGNC', 'HGNC:8986', 'https://identifiers.org/hgnc:8986'],
    ['HGNC', 'PKM', 'https://identifiers.org/hgnc.symbol:PKM'],
    ['ChEBI', 'CHEBI:15422', 'https://identifiers.org/CHEBI:15422'],
    ['represents', 'ncbigene:5230', 'https://identifiers.org/ncbigene:5230'],
    ['represents', 'uniprot:P00558', 'https://identifiers.org/uniprot:P00558'],
    ['Entrez_Gene_ID', '7157', 'https://identifiers.org/ncbigene:7157'],
    ['WikiPathways', 'WP3614', 'https://identifiers.org/wikipathways:WP3614'],
  ])('%s %s → %s', (database, id, url) => {
    expect(xrefUrl(database, id)).toBe(url);
  });

  it.each([
    ['Entrez Gene', 'not-a-number'],
    ['Entrez Gene', '5315"><script>'],
    ['Uniprot-TrEMBL', 'javascript:alert(1)'],
    ['Made-up DB', '123'],
    ['represents', 'https://evil.example/x'],
    ['represents', 'PKM'],
    ['', ''],
  ])('leaves %s "%s" as text', (database, id) => {
    expect(xrefUrl(database, id)).toBeNull();
  });

  it('only ever builds https addresses on identifiers.org', () => {
    for (const [db, id] of [
      ['Ensembl', 'ENSG00000067225'],
      ['represents', 'hgnc:1'],
    ]) {
      expect(xrefUrl(db, id)).toMatch(/^https:\/\/identifiers\.org\/[A-Za-z.]+:[A-Za-z0-9.-]+$/);
    }
  });
});
