/**
 * Web addresses for the cross-references an imported pathway carries (GPML Xrefs, CX2
 * `represents` and id columns, cyjs id fields), through identifiers.org's resolver. An
 * address is built only when the database is one we know and the id has that database's
 * form (so text from a file never becomes a link of its own making); anything else stays
 * text. Pure.
 */

interface Namespace {
  prefix: string;
  /** The local id's form; its first group, when present, is the part the address takes. */
  pattern: RegExp;
}

const NAMESPACES: Record<string, Namespace> = {
  ncbigene: { prefix: 'ncbigene', pattern: /^(?:ncbigene:)?(\d{1,12})$/i },
  ensembl: { prefix: 'ensembl', pattern: /^(?:ensembl:)?(ENS[A-Z]*[EGTPR]\d{6,15}(?:\.\d+)?)$/i },
  uniprot: {
    prefix: 'uniprot',
    pattern: /^(?:uniprot:)?([OPQ]\d[A-Z\d]{3}\d|[A-NR-Z]\d(?:[A-Z][A-Z\d]{2}\d){1,2})(?:-\d+)?$/i,
  },
  hgnc: { prefix: 'hgnc', pattern: /^(?:hgnc:)?(\d{1,6})$/i },
  'hgnc.symbol': { prefix: 'hgnc.symbol', pattern: /^(?:hgnc\.symbol:)?([A-Z][A-Z0-9-]{0,20})$/ },
  chebi: { prefix: 'CHEBI', pattern: /^(?:chebi:)?(\d{1,8})$/i },
  'pubchem.compound': { prefix: 'pubchem.compound', pattern: /^(?:pubchem\.compound:)?(\d{1,12})$/i },
  'kegg.compound': { prefix: 'kegg.compound', pattern: /^(?:kegg\.compound:)?(C\d{5})$/i },
  'kegg.drug': { prefix: 'kegg.drug', pattern: /^(?:kegg\.drug:)?(D\d{5})$/i },
  hmdb: { prefix: 'hmdb', pattern: /^(?:hmdb:)?(HMDB\d{5,7})$/i },
  wikidata: { prefix: 'wikidata', pattern: /^(?:wikidata:)?(Q\d{1,12})$/i },
  wikipathways: { prefix: 'wikipathways', pattern: /^(?:wikipathways:)?(WP\d{1,6})$/i },
  reactome: { prefix: 'reactome', pattern: /^(?:reactome:)?(R-[A-Z]{3}-\d{1,12})$/i },
  mirbase: { prefix: 'mirbase', pattern: /^(?:mirbase:)?(MI\d{7})$/i },
  'mirbase.mature': { prefix: 'mirbase.mature', pattern: /^(?:mirbase\.mature:)?(MIMAT\d{7})$/i },
};

/** Database names as files write them (lower case, without spaces, hyphens or underscores). */
const DATABASE_NAMES: Record<string, string> = {
  entrezgene: 'ncbigene',
  entrez: 'ncbigene',
  entrezgeneid: 'ncbigene',
  ncbigene: 'ncbigene',
  geneid: 'ncbigene',
  ensembl: 'ensembl',
  ensemblgeneid: 'ensembl',
  uniprot: 'uniprot',
  uniprotkb: 'uniprot',
  uniprotid: 'uniprot',
  uniprottrembl: 'uniprot',
  uniprotswissprot: 'uniprot',
  swissprot: 'uniprot',
  hgnc: 'hgnc',
  hgncsymbol: 'hgnc.symbol',
  chebi: 'chebi',
  pubchemcompound: 'pubchem.compound',
  pubchem: 'pubchem.compound',
  keggcompound: 'kegg.compound',
  keggdrug: 'kegg.drug',
  hmdb: 'hmdb',
  wikidata: 'wikidata',
  wikipathways: 'wikipathways',
  reactome: 'reactome',
  mirbase: 'mirbase',
  mirbasesequence: 'mirbase',
  mirbasemature: 'mirbase.mature',
};

const normal = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

function address(namespace: string, id: string): string | null {
  const ns = NAMESPACES[namespace];
  const match = ns?.pattern.exec(id.trim());
  if (!ns || !match) return null;
  return `https://identifiers.org/${ns.prefix}:${encodeURIComponent(match[1] ?? match[0])}`;
}

/**
 * The identifiers.org address of a cross-reference, or null. `database` is the file's
 * name for it ("Entrez Gene", "Uniprot-TrEMBL", "HGNC", "represents"); an id that is
 * itself a compact identifier ("ncbigene:5230", "uniprot:P14618", "HGNC:8986") is read as one.
 */
export function xrefUrl(database: string, id: string): string | null {
  const known = DATABASE_NAMES[normal(database)];
  if (known) {
    const direct = address(known, id);
    if (direct) return direct;
    // An "HGNC" column often holds the symbol, not the number.
    if (known === 'hgnc') return address('hgnc.symbol', id);
  }
  const curie = /^([A-Za-z][A-Za-z0-9.]*):(.+)$/.exec(id.trim());
  if (curie) {
    const namespace = DATABASE_NAMES[normal(curie[1])] ?? curie[1].toLowerCase();
    if (NAMESPACES[namespace]) return address(namespace, id.trim().replace(/^[^:]+:/, ''));
  }
  return null;
}
