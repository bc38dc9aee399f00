/**
 * The pathway readers on the real third-party files in ../shared/data (skipped, with a
 * note, where the folder is absent). Every number is derived independently from the file,
 * as written beside it (python3's xml.etree / json over the file, grep, awk); the
 * derivation applies the mapping tables of the readers' header comments, not their code.
 *
 * Symbols: each gene-typed label was classified by a short python pass over HGNC's
 * 2021-02 TSV in ../shared/data (approved symbols first; then previous symbols; then
 * aliases), with the pathway rule: a previous symbol of exactly one gene that no other
 * gene has as an alias is applied; an alias of one gene, or a previous symbol another gene
 * has as an alias (ERK: EPHB2's previous, MAPK1's alias), is a suggestion, not applied; a
 * name several genes share is never applied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportText } from '../../src/i18n/pathway-report-strings';
import { importPathway } from '../../src/io/pathway/import-pathway';
import type { AliasRule, PathwayImport } from '../../src/io/pathway/pathway-import';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { DATA, testResolver } from './pathway-test-resolver';

const present = existsSync(DATA) && testResolver() !== undefined;
if (!present) console.warn(`pathway-readers: ${DATA} (or its HGNC table) is absent; the real-file tests are skipped`);

function read(relative: string, aliases: AliasRule = 'suggest'): PathwayImport {
  const file = `${DATA}/${relative}`;
  return importPathway(readFileSync(file, 'utf8'), {
    fileName: relative.split('/').pop() ?? relative,
    resolver: testResolver(),
    aliases,
  });
}

function countBy<T>(items: readonly T[] | undefined, key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items ?? []) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const relationTypes = (r: PathwayImport) => countBy(r.document.relations, (x) => x.type);
const entityTypes = (r: PathwayImport) => countBy(r.document.entities, (x) => x.type);
const entries = (r: PathwayImport, action: string, pattern: RegExp) =>
  r.report.filter((e) => e.action === action && pattern.test(reportText(e, 'en')));
const codes = (r: PathwayImport) => countBy(r.report, (e) => e.code);

/** The document alone passes the loader with no error (warnings, e.g. unlinked nodes, allowed). */
function expectLoads(r: PathwayImport) {
  const { problems } = loadKnowledgeBase([{ file: 'imported.json', text: JSON.stringify(r.document) }]);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
}

describe.skipIf(!present)('GPML 2013a: WP3614 (HIF-1 survival signalling)', () => {
  const r = present ? read('wikipathways/WP3614.gpml') : undefined;
  it('reads 37 distinct nodes and the 6 groups as frames', () => {
    if (!r) return;
    // python3 xml.etree: 42 DataNodes with 37 distinct TextLabels (HIF1A, PTGS2, VEGFA, TGFA,
    // TGFB3 drawn twice), 41 GeneProduct + 1 Protein; 6 <Group Style="Group">: 43 entities.
    expect(r.format).toBe('gpml');
    expect(r.version).toBe('GPML2013a');
    expect(r.document.entities).toHaveLength(43);
    expect(entityTypes(r)).toEqual({ gene: 37, other: 6 });
    expect(r.document.mechanisms?.filter((m) => m.id !== 'wp3614-pathway')).toHaveLength(6);
    expect(entries(r, 'changed', /drawn more than once/)).toHaveLength(5);
  });
  it('maps 10 interactions by arrowhead, dropping the 2 that start on a Label', () => {
    if (!r) return;
    // 10 Interactions: 6 Arrow, 4 TBar; 2 TBar start on the Label "ROS / Hypoxia" (its GraphId
    // is a <Label>'s); 39 DataNodes carry a GroupRef, each once per group: 39 part-of.
    expect(relationTypes(r)).toEqual({ promotes: 6, inhibits: 2, 'part-of': 39 });
    const dropped = entries(r, 'dropped', /is a Label \("ROS \/ Hypoxia"\)/);
    expect(dropped.map((e) => e.position)).toEqual(['line 178', 'line 241']);
  });
  it('resolves the previous symbol PKM2 to PKM and names it in the report', () => {
    if (!r) return;
    expect(r.document.entities?.find((e) => e.symbol === 'PKM')?.aliases).toEqual(['PKM2']);
    expect(entries(r, 'changed', /previous symbol PKM2 resolved to PKM/)).toHaveLength(1);
  });
  it('keeps the Entrez Xrefs and cites the file on every relation', () => {
    if (!r) return;
    const arnt = r.document.entities?.find((e) => e.symbol === 'ARNT');
    expect(arnt?.origin).toMatchObject({
      file: 'WP3614.gpml',
      type: 'GeneProduct',
      xrefs: [{ database: 'Entrez Gene', id: '405' }],
    });
    for (const relation of r.document.relations ?? []) {
      expect(relation.citation).toBe('imported');
      expect(relation.evidence.en).toContain('WP3614.gpml');
    }
    expectLoads(r);
  });
});

describe.skipIf(!present)('GPML 2013a: WP4585 (PD-1 blockade)', () => {
  const r = present ? read('wikipathways/WP4585.gpml') : undefined;
  it('types metabolites, pathways and complexes honestly and keeps non-gene labels from being genes', () => {
    if (!r) return;
    // 38 DataNodes, 37 distinct labels (BATF twice): 25 GeneProduct + 2 Protein, 9 Metabolite,
    // 2 Pathway; 7 Groups (2 Style="Complex"). WP4585-datanodes.tsv has no HGNC id for
    // "Tumor-associated antigen", "MHC I" and "MHC II": those 3 are not genes.
    expect(entityTypes(r)).toEqual({ gene: 23, other: 3 + 5, metabolite: 9, pathway: 2, complex: 2 });
    const notSymbols = r.report.flatMap((e) => (e.code === 'not-a-symbol' ? [e.params.label] : []));
    expect(notSymbols).toEqual(['Tumor-associated antigen', 'MHC I', 'MHC II']);
    expect(r.document.entities?.some((e) => e.label.en === 'MHC I' && e.type === 'gene')).toBe(false);
  });
  it('maps Arrow, mim-inhibition and mim-binding; drops the edge to a Label and the BATF self-loop', () => {
    if (!r) return;
    // 19 Interactions: Arrow 10, mim-inhibition 5, mim-binding 4; one Arrow ends on a Label,
    // one joins the two BATF nodes. Members: 19 in Group-style groups, 8 in the 2 complexes.
    expect(relationTypes(r)).toEqual({ promotes: 8, inhibits: 5, binds: 4, 'part-of': 19, 'forms-complex': 8 });
    expect(entries(r, 'dropped', /is a Label/)).toHaveLength(1);
    expect(entries(r, 'dropped', /to itself/)).toHaveLength(1);
    expectLoads(r);
  });
});

describe.skipIf(!present)('GPML2021: WP1941', () => {
  const r = present ? read('wikipathways/WP1941-GPML2021.gpml') : undefined;
  it('is read as GPML2021, anchors resolved to their interaction targets', () => {
    if (!r) return;
    // python3 xml.etree (namespace GPML/2021): 19 DataNodes, 18 distinct (label, type): 12
    // Metabolite, 5 Protein (4 distinct, none an HGNC symbol), 2 Pathway; 18 Interactions:
    // Conversion 9, Catalysis 5, Directed 4; 12 of them end on an <Anchor>.
    expect(r.version).toBe('GPML2021');
    expect(r.formatNotes).toBeUndefined();
    expect(entityTypes(r)).toEqual({ metabolite: 12, other: 4, pathway: 2 });
    expect(relationTypes(r)).toEqual({ 'converts-to': 9, promotes: 9 });
    expect(entries(r, 'changed', /ends on an anchor/)).toHaveLength(12);
    expectLoads(r);
  });
});

describe.skipIf(!present)('Cytoscape .cyjs: the GeneMANIA export', () => {
  const r = present ? read('cyjs-genemania-export.cyjs.json') : undefined;
  it('reads 31 genes by gene_name and 255 edges by data_type', () => {
    if (!r) return;
    // python3 json: 31 nodes, 255 edges; data_type: Physical interactions 75 (binds), the
    // other five groups 180 (associated).
    expect(r.format).toBe('cyjs');
    expect(entityTypes(r)).toEqual({ gene: 31 });
    expect(relationTypes(r)).toEqual({ binds: 75, associated: 180 });
  });
  it('resolves C10orf2 → TWNK and MRE11A → MRE11, with their JSON paths', () => {
    if (!r) return;
    const changed = entries(r, 'changed', /previous symbol/);
    expect(changed.map((e) => reportText(e, 'en'))).toEqual([
      'previous symbol MSH5-C6orf26 resolved to MSH5-SAPCD1',
      'previous symbol MRE11A resolved to MRE11',
      'previous symbol C10orf2 resolved to TWNK',
    ]);
    // gene_name of $.elements.nodes[11] is MRE11A, of [12] C10orf2 (python3 json).
    expect(changed[1].position).toBe('$.elements.nodes[11]');
    expect(changed[2].position).toBe('$.elements.nodes[12]');
    expectLoads(r);
  });
});

describe.skipIf(!present)('SIF: the CellNOpt HepG2 network', () => {
  const r = present ? read('sif-cellnopt-HepG2CancerRes2011.sif') : undefined;
  it('reads 114 space-separated lines: 104 activations and 10 inhibitions', () => {
    if (!r) return;
    // awk '{print $2}' | sort | uniq -c: 104 "1", 10 "-1"; every line has 3 fields.
    expect(relationTypes(r)).toEqual({ activates: 104, inhibits: 10 });
  });
  it('keeps names that are no symbol, or only an alias, as "other", and says so for each', () => {
    if (!r) return;
    // 80 distinct names (awk '{print $1; for (i=3;i<=NF;i++) print $i}' | sort -u). Against the
    // HGNC TSV (python, the rule above): 26 approved; 4 previous symbols applied (tnfa TNF,
    // il1r IL1R1, shc SHC1, msk12 ITGB1); 16 suggestions: 14 aliases of one gene (pi3k
    // PIK3CA, sitpec ECSIT, rac AKT1, akt AKT1, mkk3/4/6/7 MAP2K3/4/6/7, ask1 MAP3K5, p90rsk
    // RPS6KA1, jnk MAPK8, prak MAPKAPK5, hsp27 HSPB1, p53 TP53) and 2 previous symbols that
    // another gene has as an alias (erk EPHB2/MAPK1, cot MAP3K8/CROT); 3 aliases of several
    // genes (a20, nik, p38); 31 no symbol. So 30 genes and 50 others, each name its own entity.
    expect(r.document.entities).toHaveLength(80);
    expect(entityTypes(r)).toEqual({ gene: 30, other: 50 });
    expect(codes(r)).toEqual({
      'previous-applied': 4,
      'alias-suggested': 16,
      'ambiguous-symbol': 3,
      'not-a-symbol': 31,
    });
    const other = r.document.entities?.filter((e) => e.type === 'other') ?? [];
    expect(other.map((e) => e.label.en)).toEqual(expect.arrayContaining(['stat3n', 'erk', 'akt', 'rac']));
    const erk = r.report.find((e) => e.element === 'erk');
    expect(erk && reportText(erk, 'en')).toBe(
      'SIF node label "erk" is a previous symbol of EPHB2 and an alias of MAPK1; not applied: kept as "erk", type "other" (suggestion: EPHB2)',
    );
    expect(r.report.every((e) => /^line \d+$/.test(e.position))).toBe(true);
    expectLoads(r);
  });
  it('with alias suggestions applied, reads the 16 as their genes: rac and akt become one AKT1', () => {
    const applied = read('sif-cellnopt-HepG2CancerRes2011.sif', 'apply');
    // The 16 suggestions name 15 genes (rac and akt both AKT1), none of them one of the 30
    // genes above; no line joins rac and akt (awk), so no edge becomes a self-loop.
    expect(applied.document.entities).toHaveLength(79);
    expect(entityTypes(applied)).toEqual({ gene: 45, other: 34 });
    expect(codes(applied)).toEqual({
      'previous-applied': 4,
      'alias-applied': 16,
      'ambiguous-symbol': 3,
      'not-a-symbol': 31,
      'drawn-twice': 1,
    });
    expect(applied.document.entities?.find((e) => e.symbol === 'EPHB2')?.aliases).toEqual(['erk']);
    expect(relationTypes(applied)).toEqual({ activates: 104, inhibits: 10 });
    expectLoads(applied);
  });
});

describe.skipIf(!present)('CX2: WP5049 and the glypican 2 network', () => {
  it('WP5049: edge types from EndArrow; unnamed drawing nodes are no entities and their edges are reported', () => {
    const r = read('cx2/WP5049-glycolysis-in-senescence.cx2');
    // python3 json: 45 nodes, 19 with an empty name; 26 named, 24 distinct names (PKM and
    // "Oncogene induced senescence" twice): Type GeneProduct 7 + Protein 5 - 1, Metabolite 7,
    // Pathway 7 - 1. 30 edges: 16 between named nodes (EndArrow mim-stimulation 14,
    // mim-inhibition 2); 7 end on an unnamed node, 7 start on one, none passes through one.
    expect(r.format).toBe('cx2');
    expect(r.version).toBe('CX2 2.0');
    expect(entityTypes(r)).toEqual({ gene: 11, metabolite: 7, pathway: 6 });
    expect(relationTypes(r)).toEqual({ activates: 14, inhibits: 2 });
    expect(entries(r, 'dropped', /^node without a name/)).toHaveLength(19);
    expect(entries(r, 'dropped', /edge (ends|starts) on node/)).toHaveLength(14);
    expect(entries(r, 'dropped', /edge ends on node 513887, .*drawn as "Acidification/)[0].position).toBe(
      '$[5].edges[1]',
    );
    expectLoads(r);
  });
  it('glypican 2: aliases n, r, i expanded through the attribute declarations', () => {
    const r = read('cx2/glypican2.cx2');
    // 2 nodes (MDK, GPC2, type Protein), 1 edge "i": "in-complex-with" (binds).
    expect(r.title).toBe('Glypican 2 network');
    expect(r.document.entities?.map((e) => e.symbol)).toEqual(['MDK', 'GPC2']);
    expect(r.document.entities?.[0].origin?.xrefs).toEqual([
      { database: 'represents', id: 'uniprot knowledgebase:P21741' },
    ]);
    expect(relationTypes(r)).toEqual({ binds: 1 });
    expectLoads(r);
  });
});

describe.skipIf(!present)('SBGN-ML PD: insulin-like growth factor signalling', () => {
  const r = present ? read('sbgn/insulin-like_growth_factor_signaling.sbgn') : undefined;
  it('keeps compartments and complexes as groups and collapses the 7 process nodes', () => {
    if (!r) return;
    // python3 xml.etree: 28 entity glyphs (macromolecule 18, simple chemical 8, phenotype 1,
    // submap 1) with 15 distinct labels; 2 complexes and 2 compartments add an entity each: 19.
    expect(r.version).toBe('SBGN-ML 0.3 PD');
    expect(r.document.entities).toHaveLength(19);
    expect(entityTypes(r)).toMatchObject({ complex: 2, metabolite: 4, process: 1, pathway: 1 });
    expect(r.document.mechanisms?.map((m) => m.title.en).sort()).toEqual(
      expect.arrayContaining(['cytosol', 'extracellular']),
    );
    // 5 process + 2 association glyphs; 2 equivalence arcs; 12 state variables on 9 glyphs.
    expect(entries(r, 'changed', /is not an entity; read as/)).toHaveLength(7);
    expect(entries(r, 'dropped', /equivalence arc/)).toHaveLength(2);
    expect(entries(r, 'changed', /state variable/)).toHaveLength(9);
  });
  it('suggests, not applies, the aliases among its macromolecules', () => {
    if (!r) return;
    // python3 xml.etree: 18 macromolecule glyphs (9 labels) against the HGNC TSV: Grb2 (3
    // glyphs) approved; IGFR (2, alias of IGF1R), IGF (2, IGF1), c-Fos (2, FOS) and ERK (1,
    // EPHB2's previous symbol, MAPK1's alias): 7 suggestions, one per glyph; RAS, SOS, RSK,
    // IRS1-4 (8 glyphs) no symbol. One gene, GRB2.
    expect(codes(r)['alias-suggested']).toBe(7);
    expect(codes(r)['not-a-symbol']).toBe(8);
    expect(entityTypes(r).gene).toBe(1);
    const applied = read('sbgn/insulin-like_growth_factor_signaling.sbgn', 'apply');
    expect(codes(applied)['alias-applied']).toBe(7);
    expect(
      applied.document.entities
        ?.filter((e) => e.type === 'gene')
        .map((e) => e.symbol)
        .sort(),
    ).toEqual(['EPHB2', 'FOS', 'GRB2', 'IGF1', 'IGF1R']);
  });
  it('reads the 3 catalysis and 3 stimulation arcs as promotes and activates', () => {
    if (!r) return;
    // Each catalysis arc modulates a process with one non-small-molecule output; of the 3
    // stimulation arcs, 2 modulate processes with one main output, 1 points at a phenotype.
    expect(relationTypes(r)).toMatchObject({ promotes: 3, activates: 3 });
    // Association inputs: 4 consumption arcs into the 2 association glyphs (forms-complex),
    // plus the complexes' 4 nested members (forms-complex, 2 each).
    expect(relationTypes(r)['forms-complex']).toBe(4 + 4);
    expectLoads(r);
  });
});
