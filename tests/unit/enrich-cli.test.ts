/**
 * `graph enrich` end to end: the table it prints, checked against numbers derived in the
 * test from the knowledge base itself (so a curator's edit changes both sides), the
 * backgrounds, and the messages for bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { benjaminiHochberg } from '../../src/model/enrichment';
import type { EnrichmentRecord } from '../../src/model/enrichment-table';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { exactUpperTail } from '../fixtures/exact-hypergeometric';

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const HGNC = '../shared/data/hgnc-approved-prev-alias-2021-02.tsv';
const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));

/** Genes of a mechanism, derived here from the files: gene symbols, family and complex members. */
function mechanismGenes(id: string): Set<string> {
  const ids = new Set(kb.relations.filter((r) => r.mechanism === id).flatMap((r) => [r.source, r.target]));
  const out = new Set<string>();
  for (const e of kb.entities) {
    if (!ids.has(e.id)) continue;
    if (e.type === 'gene' && e.symbol) out.add(e.symbol);
    if (e.type === 'family' || e.type === 'complex') for (const m of e.members ?? []) out.add(m);
  }
  return out;
}
const atlas = new Set(
  kb.entities.flatMap((e) =>
    e.type === 'gene' && e.symbol ? [e.symbol] : e.type === 'family' || e.type === 'complex' ? (e.members ?? []) : [],
  ),
);

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'enrich-')), name);
  writeFileSync(path, text);
  return path;
}

/** A row as the JSON holds it: a fold that cannot be computed is null. */
type Row = Omit<EnrichmentRecord, 'fold'> & { fold: number | null };

describe('graph enrich', { timeout: 120_000 }, () => {
  // Gene entities of the atlas under their aliases where they have one (PD-L1, KU70), plus
  // a typo and a gene the atlas lacks.
  const genes = kb.entities.filter((e) => e.type === 'gene' && e.symbol).slice(0, 6);
  const written = genes.map((e) => e.aliases[0] ?? e.symbol ?? '');
  const symbols = genes.map((e) => e.symbol ?? '');

  it('prints JSON rows whose k, K, n, N, p, FDR, fold and hits follow from the knowledge base', () => {
    const r = graph('enrich', '--genes', file('genes.txt', [...written, 'NOTAGENE1'].join('\n')), '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const rows: Row[] = JSON.parse(r.out);
    expect(rows.length).toBeGreaterThan(0);
    expect(r.err).toContain(`background: atlas genes (${atlas.size})`);
    expect(r.err).toContain('not found (1): NOTAGENE1');
    for (const row of rows) {
      expect(row).toMatchObject({ n: new Set(symbols).size, N: atlas.size, background: `atlas genes (${atlas.size})` });
      expect(Math.abs(row.p - exactUpperTail(row.k, row.N, row.K, row.n))).toBeLessThan(1e-12);
      expect(row.fold).toBeCloseTo(row.k / row.n / (row.K / row.N), 12);
    }
    for (const row of rows.filter((x) => x.kind === 'mechanism')) {
      const set = mechanismGenes(row.id);
      expect(row.K, row.id).toBe(set.size);
      expect(row.hits, row.id).toEqual(symbols.filter((s) => set.has(s)).sort());
      expect(row.title).toBe(kb.mechanismById.get(row.id)?.title.en);
    }
    for (const kind of ['mechanism', 'therapy']) {
      const same = rows.filter((x) => x.kind === kind);
      expect(same.map((x) => x.fdr)).toEqual(benjaminiHochberg(same.map((x) => x.p)));
    }
    expect(rows.map((x) => x.p)).toEqual(rows.map((x) => x.p).sort((a, b) => a - b));
  });

  it('reads the first column of a CSV and prints TSV with a header', () => {
    const csv = `gene,log2FoldChange\n${symbols.map((s, i) => `"${s}",${i}`).join('\n')}\n`;
    const r = graph('enrich', '--genes', file('table.csv', csv));
    expect(r.code, r.err).toBe(0);
    const [header, first] = r.out.split('\n');
    expect(header).toBe('id\tkind\ttitle\tk\tK\tn\tN\tp\tfdr\tfold\thits\tbackground');
    expect(first.split('\t')).toHaveLength(12);
    expect(r.err).toContain(`query: ${new Set(symbols).size} gene(s) resolved`);
  });

  it('uses a custom background list and reports query genes outside it', () => {
    const bg = file('background.txt', symbols.slice(0, 3).join('\n'));
    const r = graph('enrich', '--genes', file('genes.txt', symbols.join('\n')), '--background', bg, '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const rows: Row[] = JSON.parse(r.out);
    for (const row of rows)
      expect(row).toMatchObject({ N: new Set(symbols.slice(0, 3)).size, background: `${bg} (3)` });
    expect(r.err).toMatch(/outside the background, not tested \(3\)/);
  });

  it('resolves aliases with the HGNC table the atlas ships, and --background hgnc tests against all its symbols', () => {
    const genes = file('genes.txt', 'pd-l1\nKU70\nNOTAGENE1\n');
    const r = graph('enrich', '--genes', genes, '--background', 'hgnc', '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const rows: Row[] = JSON.parse(r.out);
    const hits = new Set(rows.flatMap((x) => x.hits));
    expect([...hits].sort()).toEqual(['CD274', 'XRCC6'].filter((g) => atlas.has(g)));
    // src/data/hgnc/hgnc-symbols-2021-02.json holds 42,423 approved symbols (its "symbols" list).
    expect(rows[0].N).toBeGreaterThanOrEqual(42423);
    expect(r.err).toContain('not found (1): NOTAGENE1');
    expect(r.err).toMatch(/background: HGNC approved symbols of HGNC custom download .*downloaded 2021-02/);
  });

  it('refuses an empty list, an unknown format and a missing --genes', () => {
    const list = file('genes.txt', 'STAT3\n');
    const empty = graph('enrich', '--genes', file('empty.txt', '\n\n'));
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/gene list .*empty\.txt holds no identifiers; give one per line/);
    const format = graph('enrich', '--genes', list, '--format', 'csv');
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format must be tsv or json for enrich (got "csv")');
    const missing = graph('enrich');
    expect(missing.code).toBe(2);
  });

  it('refuses an HGNC table without its columns, naming them', () => {
    const r = graph('enrich', '--genes', file('g.txt', 'STAT3'), '--hgnc', file('bad.tsv', 'symbol\tname\nSTAT3\tx\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.tsv:1: the header lacks "Approved symbol", "Previous symbols", "Alias symbols"/);
  });
});

describe.skipIf(!existsSync(HGNC))('graph enrich with the HGNC table', { timeout: 120_000 }, () => {
  if (!existsSync(HGNC)) console.log(`skipped: ${HGNC} is absent (the shared test data folder)`);
  it('resolves aliases (PD-L1 → CD274, KU70 → XRCC6) and tests against every approved symbol', () => {
    const genes = file('genes.txt', 'PD-L1\nKU70\nTP53\nNOTAGENE1\n');
    const r = graph('enrich', '--genes', genes, '--hgnc', HGNC, '--background', 'hgnc', '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const rows: Row[] = JSON.parse(r.out);
    const hits = new Set(rows.flatMap((x) => x.hits));
    expect([...hits].sort()).toEqual(['CD274', 'TP53', 'XRCC6'].filter((s) => atlas.has(s)));
    // The 2021 download lists 42,423 approved symbols (the data folder's README).
    expect(rows[0].N).toBeGreaterThanOrEqual(42423);
    expect(r.err).toContain('not found (1): NOTAGENE1');
    expect(r.err).toMatch(
      /background: HGNC approved symbols of the HGNC download .*hgnc-approved-prev-alias-2021-02\.tsv/,
    );
  });
});
