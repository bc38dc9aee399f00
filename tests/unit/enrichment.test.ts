/**
 * Gene-list enrichment: the gene sets read off a knowledge base, the hypergeometric upper
 * tail against exact rationals, Benjamini–Hochberg against hand-worked values and R's
 * p.adjust, thresholds on a table, and the edge cases.
 */
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import type { Dataset } from '../../src/model/dataset';
import {
  background,
  benjaminiHochberg,
  enrich,
  hypergeometricUpperTail,
  resolveQuery,
} from '../../src/model/enrichment';
import { defaultThresholds, passingThresholds } from '../../src/model/enrichment-thresholds';
import { atlasGeneSets, atlasGenes, entityGenes } from '../../src/model/gene-sets';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { enrichmentFixture as fixture } from '../fixtures/enrichment-kb';
import { exactUpperTail } from '../fixtures/exact-hypergeometric';
import { mapResolver } from '../fixtures/symbol-map';

describe('hypergeometric upper tail', () => {
  it('matches a hand-computed value: N=8, K=4, n=2, P(X ≥ 1) = 1 − C(4,2)/C(8,2) = 22/28', () => {
    expect(hypergeometricUpperTail(1, 8, 4, 2)).toBeCloseTo(22 / 28, 14);
    expect(exactUpperTail(1, 8, 4, 2)).toBeCloseTo(22 / 28, 14);
  });

  const cases: [k: number, N: number, K: number, n: number][] = [
    [5, 50, 10, 12],
    [3, 120, 8, 15],
    [2, 120, 8, 15],
    [7, 131, 20, 25],
    [10, 20000, 40, 300],
    [20, 1000, 20, 20],
    [4, 42423, 12, 150],
  ];
  // stdlib evaluates the mass through log-factorials, whose difference loses digits as N grows:
  // measured 1.4e-10 relative at N = 42,423 (the HGNC background), far below what a p-value needs.
  it.each(cases)('k=%i N=%i K=%i n=%i equals the exact rational to 1e-9 relative', (k, N, K, n) => {
    const exact = exactUpperTail(k, N, K, n);
    const got = hypergeometricUpperTail(k, N, K, n);
    expect(exact).toBeGreaterThan(0);
    expect(Math.abs(got - exact) / exact).toBeLessThan(1e-9);
  });

  it('keeps precision far below the double epsilon (1/C(1000,20) ≈ 2.95e-42, where 1 − CDF gives 0)', () => {
    const exact = exactUpperTail(20, 1000, 20, 20);
    expect(exact).toBeLessThan(1e-40);
    expect(hypergeometricUpperTail(20, 1000, 20, 20) / exact).toBeCloseTo(1, 10);
  });

  it('is 1 for k = 0 and 0 beyond min(K, n)', () => {
    expect(hypergeometricUpperTail(0, 100, 10, 5)).toBe(1);
    expect(hypergeometricUpperTail(6, 100, 10, 5)).toBe(0);
    expect(hypergeometricUpperTail(11, 100, 10, 50)).toBe(0);
  });
});

describe('Benjamini–Hochberg', () => {
  it('matches a hand-worked example and R p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 times m/rank = 0.02, 0.02, 0.04, 0.04; the running minimum
    // from the largest leaves them so; back in input order: 0.02, 0.04, 0.04, 0.02.
    const got = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => {
      expect(got[i]).toBeCloseTo(v, 12);
    });
  });
  it('takes the running minimum from the top: R p.adjust(c(0.01,0.02,0.03,0.04,0.05), "BH") = 0.05 ×5', () => {
    for (const v of benjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05])) expect(v).toBeCloseTo(0.05, 12);
  });
  it('caps at 1 and keeps monotonicity: R p.adjust(c(0.5, 0.9), "BH") = 0.9 0.9', () => {
    // 0.5·2/1 = 1.0, then min(1.0, 0.9) = 0.9.
    const got = benjaminiHochberg([0.5, 0.9]);
    expect(got[0]).toBeCloseTo(0.9, 12);
    expect(got[1]).toBeCloseTo(0.9, 12);
  });
  it('is empty for no p-values', () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('gene sets of a knowledge base', () => {
  const kb = fixture();
  const sets = new Map(atlasGeneSets(kb).map((s) => [`${s.kind}:${s.id}`, s]));
  const genes = (key: string) => [...(sets.get(key)?.genes ?? [])].sort();

  it('counts a gene by its symbol and a family or complex by each member, each symbol once', () => {
    expect(genes('mechanism:m-a')).toEqual(['HIF1A', 'STAT3']);
    expect(genes('mechanism:m-b')).toEqual(['HIF1A', 'JAK2', 'MAPK1', 'MAPK3', 'STAT3']);
    expect(genes('mechanism:m-ab')).toEqual([]);
    expect(sets.get('mechanism:m-b')?.entitiesByGene.get('STAT3')).toEqual(['s1', 'cx']);
  });
  it("gives a combination its components' genes", () => {
    expect(genes('therapy:a')).toEqual(['HIF1A', 'STAT3']);
    expect(genes('therapy:b')).toEqual(['HIF1A', 'JAK2', 'MAPK1', 'MAPK3', 'STAT3']);
    expect(genes('therapy:ab')).toEqual(['HIF1A', 'JAK2', 'MAPK1', 'MAPK3', 'STAT3']);
  });
  it('takes every gene, family and complex symbol as the atlas background, and nothing from other entities', () => {
    expect([...atlasGenes(kb)].sort()).toEqual(['HIF1A', 'JAK2', 'MAPK1', 'MAPK3', 'STAT3']);
    expect(entityGenes({ id: 'x', type: 'cell', label: { en: 'x' }, aliases: [] })).toEqual([]);
  });
});

describe('enrichment on the fixture', () => {
  const kb = fixture();
  const sets = atlasGeneSets(kb);
  const resolver = mapResolver(['HIF1A', 'STAT3', 'MAPK1', 'MAPK3', 'JAK2', 'TP53', 'BAX', 'BAK1'], {
    'HIF-1α': { kind: 'alias', symbols: ['HIF1A'] },
    ERK2: { kind: 'alias', symbols: ['MAPK1'] },
    BAK: { kind: 'previous', symbols: ['BAK1', 'BAX'] },
  });

  it('resolves aliases, keeps unknown and ambiguous identifiers as not found, and counts repeats once', () => {
    const q = resolveQuery(['hif-1α', 'ERK2', 'mapk1', 'NOPE', 'BAK', '', 'TP53'], resolver);
    expect(q.symbols).toEqual(['HIF1A', 'MAPK1', 'TP53']);
    expect(q.renamed).toEqual([
      { from: 'hif-1α', symbol: 'HIF1A' },
      { from: 'ERK2', symbol: 'MAPK1' },
    ]);
    expect(q.repeated).toEqual(['mapk1']);
    expect(q.notFound).toEqual([{ from: 'NOPE' }, { from: 'BAK', candidates: ['BAK1', 'BAX'] }]);
  });

  it('computes k, K, n, N, p, fold and hits per set, reports genes outside the background, and drops K = 0 sets', () => {
    const r = enrich(sets, ['HIF1A', 'MAPK1', 'TP53'], background('atlas', 'atlas', atlasGenes(kb)));
    expect(r.outsideBackground).toEqual(['TP53']);
    expect(r.tested).toEqual(['HIF1A', 'MAPK1']);
    expect(r.untestable).toEqual([{ id: 'm-ab', kind: 'mechanism' }]);
    const ma = r.rows.find((x) => x.id === 'm-a' && x.kind === 'mechanism');
    // N = 5 atlas genes, K = 2, n = 2, k = 1: P(X ≥ 1) = 1 − C(3,2)/C(5,2) = 1 − 3/10 = 0.7.
    expect(ma).toMatchObject({ k: 1, K: 2, n: 2, N: 5, hits: ['HIF1A'] });
    expect(ma?.p).toBeCloseTo(0.7, 14);
    expect(ma?.fold).toBeCloseTo(1 / 2 / (2 / 5), 14);
    const mb = r.rows.find((x) => x.id === 'm-b');
    // Every background gene is in m-b: k = 2 of n = 2 is certain, p = 1, fold = 1.
    expect(mb).toMatchObject({ k: 2, K: 5, p: 1, fold: 1, hits: ['HIF1A', 'MAPK1'] });
    expect(r.rows.map((x) => x.p)).toEqual([...r.rows.map((x) => x.p)].sort((a, b) => a - b));
  });

  it('adjusts within each kind: two mechanism rows, three therapy rows', () => {
    const r = enrich(sets, ['HIF1A', 'MAPK1'], background('atlas', 'atlas', atlasGenes(kb)));
    const mechanisms = r.rows.filter((x) => x.kind === 'mechanism');
    const therapies = r.rows.filter((x) => x.kind === 'therapy');
    const bh = benjaminiHochberg(mechanisms.map((x) => x.p));
    expect(mechanisms.map((x) => x.fdr)).toEqual(bh);
    expect(therapies.map((x) => x.fdr)).toEqual(benjaminiHochberg(therapies.map((x) => x.p)));
    expect(therapies).toHaveLength(3);
  });

  it('gives k = 0 a p of 1 and an empty query p = 1 with no fold', () => {
    const bg = background('atlas', 'atlas', atlasGenes(kb));
    const zero = enrich(sets, ['JAK2'], bg).rows.find((x) => x.id === 'm-a');
    expect(zero).toMatchObject({ k: 0, p: 1, fold: 0, hits: [] });
    const empty = enrich(sets, [], bg);
    expect(empty.tested).toEqual([]);
    for (const row of empty.rows) {
      expect(row).toMatchObject({ k: 0, n: 0, p: 1, fdr: 1 });
      expect(row.fold).toBeNaN();
    }
  });

  it('tests nothing when the whole query lies outside the background, and says so', () => {
    const r = enrich(sets, ['TP53', 'BAX'], background('custom', 'mine.txt', ['HIF1A', 'STAT3', 'TP53', 'BAX']));
    expect(r.outsideBackground).toEqual([]);
    const other = enrich(sets, ['TP53'], background('custom', 'mine.txt', ['HIF1A', 'STAT3']));
    expect(other.outsideBackground).toEqual(['TP53']);
    expect(other.tested).toEqual([]);
    // A custom background limits K too: m-b has only HIF1A and STAT3 in it.
    expect(other.rows.find((x) => x.id === 'm-b')).toMatchObject({ K: 2, N: 2, n: 0 });
    expect(other.background).toEqual({ kind: 'custom', name: 'mine.txt', size: 2 });
  });
});

describe('gene sets of the review', () => {
  const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
  const sets = atlasGeneSets(kb);
  it('a mechanism with a family counts its members: wherever ERK1/2 appears, MAPK1 and MAPK3 are in the set', () => {
    const erk = kb.entityById.get('erk1-2');
    const members = erk?.members ?? [];
    expect(members.length).toBeGreaterThan(0);
    const mechanisms = new Set(
      kb.relations.filter((r) => r.source === 'erk1-2' || r.target === 'erk1-2').map((r) => r.mechanism),
    );
    expect(mechanisms.size).toBeGreaterThan(0);
    for (const id of mechanisms) {
      const set = sets.find((s) => s.kind === 'mechanism' && s.id === id);
      for (const m of members) expect(set?.genes.has(m), `${id} ${m}`).toBe(true);
    }
  });
  it('has a set for every mechanism and every therapy', () => {
    expect(sets.filter((s) => s.kind === 'mechanism')).toHaveLength(kb.mechanisms.length);
    expect(sets.filter((s) => s.kind === 'therapy')).toHaveLength(kb.therapies.length);
  });
});

describe('thresholds on a table', () => {
  const dataset: Dataset = {
    id: 'h',
    name: 'deseq.csv',
    createdAt: '2026-12-01T00:00:00Z',
    identifierColumn: 'gene',
    identifiers: ['A', 'B', 'C', 'D', 'E'],
    columns: [
      { name: 'log2FoldChange', values: Float64Array.from([2, -1.5, 0.5, 3, Number.NaN]), scale: 'signed' },
      { name: 'padj', values: Float64Array.from([0.01, 0.04, 0.001, 0.2, 0.01]), scale: 'unsigned' },
    ],
  };
  it('offers |log2FC| ≥ 1 and padj ≤ 0.05 for the columns a table has', () => {
    expect(defaultThresholds(dataset)).toEqual([
      { column: 'log2FoldChange', test: 'abs-at-least', value: 1 },
      { column: 'padj', test: 'at-most', value: 0.05 },
    ]);
    expect(defaultThresholds({ ...dataset, columns: [] })).toEqual([]);
  });
  it('keeps rows passing every condition; an empty cell fails', () => {
    expect(passingThresholds(dataset, defaultThresholds(dataset))).toEqual({ ok: true, identifiers: ['A', 'B'] });
  });
  it('names the missing column and the columns there are', () => {
    expect(passingThresholds(dataset, [{ column: 'logFC', test: 'at-least', value: 1 }])).toEqual({
      ok: false,
      error: 'deseq.csv has no numeric column "logFC"; its numeric columns: "log2FoldChange", "padj"',
    });
  });
});
