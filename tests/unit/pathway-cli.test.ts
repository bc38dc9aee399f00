/**
 * `graph import` and `graph shared --pathway` end to end. The round trip: import a GPML,
 * `graph validate` the written file, `graph export --format cyjs` it, read the cyjs back
 * with the pathway reader: the same genes and relation types come back. Aliases: the
 * CellNOpt SIF read with suggestions (the default) and with `--aliases apply`, its report
 * in English text and as JSON with codes, and `graph shared --pathway` on both readings.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCleanKnowledgeBase } from '../../src/cli/load';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { DATA } from './pathway-test-resolver';

const SIF = `${DATA}/sif-cellnopt-HepG2CancerRes2011.sif`;
/**
 * The SIF's genes, from a python pass over HGNC's 2021-02 TSV (the rule in
 * pathway-readers.test.ts): approved symbols and previous symbols applied, read by default…
 */
const SIF_GENES = [
  'ATF1',
  'ATF2',
  'CASP9',
  'EGFR',
  'ELK1',
  'GRB2',
  'IL1A',
  'IL1R1',
  'IL6',
  'IL6R',
  'INS',
  'INSR',
  'ITGB1',
  'JAK1',
  'JAK2',
  'MAP3K1',
  'MAP3K7',
  'MDM2',
  'MTOR',
  'PDK1',
  'RAF1',
  'SHC1',
  'STAT1',
  'STAT2',
  'STAT3',
  'TGFA',
  'TNF',
  'TRAF2',
  'TRAF6',
  'TYK2',
];
/** …and the genes of its 16 alias suggestions, read only with --aliases apply. */
const SIF_SUGGESTED = [
  'AKT1',
  'ECSIT',
  'EPHB2',
  'HSPB1',
  'MAP2K3',
  'MAP2K4',
  'MAP2K6',
  'MAP2K7',
  'MAP3K5',
  'MAP3K8',
  'MAPK8',
  'MAPKAPK5',
  'PIK3CA',
  'RPS6KA1',
  'TP53',
];

const WP3614 = `${DATA}/wikipathways/WP3614.gpml`;
let present = false;
try {
  present = readFileSync(WP3614).length > 0;
} catch {
  console.warn(`pathway-cli: ${WP3614} is absent; the round trip is skipped`);
}

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const sorted = (values: Iterable<string | undefined>) => [...values].filter((v): v is string => !!v).sort();

describe.skipIf(!present)('graph import: the GPML round trip', { timeout: 60_000 }, () => {
  it('imports, validates, exports as cyjs and reads back the same genes and relation types', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const imported = graph('import', WP3614, '--out', dir);
    expect(imported.code, imported.err).toBe(0);
    // The report: positions and the summary line.
    expect(imported.out).toMatch(
      /WP3614\.gpml line 178: dropped id53ae9bbe: Interaction TBar: its source end is a Label/,
    );
    expect(imported.out).toMatch(/43 entities, 47 relations, 7 mechanisms; 2 dropped/);

    const validated = graph('validate', '--graphs', dir);
    expect(validated.code, validated.out).toBe(0);
    expect(validated.out).toMatch(/43 entities, 47 relations, 7 mechanisms, 1 therapies.*0 error\(s\)/);

    const cyjsFile = join(tmpdir(), `wp3614-${process.pid}.cyjs`);
    const exported = graph('export', '--graphs', dir, '--format', 'cyjs', '--out', cyjsFile);
    expect(exported.code, exported.err).toBe(0);

    const written = JSON.parse(readFileSync(join(dir, 'wp3614.json'), 'utf8'));
    const back = importPathway(readFileSync(cyjsFile, 'utf8'), { fileName: 'wp3614.cyjs' });
    expect(back.format).toBe('cyjs');
    type Doc = { entities: Array<{ symbol?: string; type: string }>; relations: Array<{ type: string }> };
    const genes = (d: Doc) => sorted(d.entities.filter((e) => e.type === 'gene').map((e) => e.symbol));
    const types = (d: Doc) => sorted(d.relations.map((r) => r.type));
    expect(genes(back.document as Doc)).toEqual(genes(written));
    expect(genes(written)).toHaveLength(37);
    expect(types(back.document as Doc)).toEqual(types(written));
    // Our own export's relation types are read as themselves, not through the SIF words.
    expect(back.report.filter((e) => e.code === 'unknown-interaction')).toEqual([]);
  });

  it('writes the report to --report and refuses an --out that is not a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const report = join(dir, 'report.txt');
    const r = graph('import', WP3614, '--report', report);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(report, 'utf8')).toMatch(/line 241: dropped id65795fb4/);
    expect(r.out).toMatch(/report written to/);
    expect(graph('import', WP3614, '--out', report).code).toBe(2);
  });

  it('compares an imported pathway with therapies: graph shared --pathway', () => {
    const r = graph(
      'shared',
      '--pathway',
      `${DATA}/wikipathways/WP4585.gpml`,
      '--therapy',
      'immunotherapy',
      '--format',
      'json',
    );
    expect(r.code, r.err).toBe(0);
    const table = JSON.parse(r.out) as {
      therapies: string[];
      rows: Array<{ symbol: string; counts: Record<string, number> }>;
    };
    expect(table.therapies).toEqual(['immunotherapy', 'wp4585']);
    // The WP4585-datanodes.tsv HGNC column against the immunotherapy genes (see pathway-merge.test.ts).
    expect(table.rows.map((row) => row.symbol).sort()).toEqual(['CD274', 'IFNG', 'PDCD1', 'STAT3']);
    expect(r.err).toMatch(/compared as "wp4585"/);
  });
});

describe('graph import: refusals', { timeout: 30_000 }, () => {
  it('refuses an HTML page with exit 1 and says what it is', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'WP1.gpml');
    writeFileSync(file, '<!DOCTYPE html><html><body>Not found</body></html>');
    const r = graph('import', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/WP1\.gpml is an HTML page/);
  });
  it('refuses an unknown --format and a missing FILE with exit 2', () => {
    expect(graph('import', 'x.gpml', '--format', 'kgml').code).toBe(2);
    expect(graph('import').code).toBe(2);
  });
});

describe.skipIf(!present)(
  'graph import and graph shared: aliases suggested, or applied on request',
  { timeout: 60_000 },
  () => {
    it('keeps "erk" as written by default, says why, and reads it as EPHB2 with --aliases apply', () => {
      const suggested = graph('import', SIF);
      expect(suggested.code, suggested.err).toBe(0);
      expect(suggested.out).toMatch(
        /line 39: changed erk: SIF node label "erk" is a previous symbol of EPHB2 and an alias of MAPK1; not applied: kept as "erk", type "other" \(suggestion: EPHB2\)/,
      );
      expect(suggested.out).toMatch(/80 entities, 114 relations, 1 mechanisms; 0 dropped, 54 changed, 0 noted/);
      const applied = graph('import', SIF, '--aliases', 'apply');
      expect(applied.code, applied.err).toBe(0);
      expect(applied.out).toMatch(/changed erk: .*; applied by choice: read as EPHB2/);
      expect(applied.out).toMatch(/79 entities, 114 relations/);
      expect(graph('import', SIF, '--aliases', 'guess').code).toBe(2);
    });

    it('writes a JSON report: English text beside each code and its parameters', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'report.json');
      const r = graph('import', SIF, '--report', file);
      expect(r.code, r.err).toBe(0);
      const report = JSON.parse(readFileSync(file, 'utf8')) as {
        aliases: string;
        counts: Record<string, number>;
        entries: Array<{
          position: string;
          element?: string;
          action: string;
          text: string;
          code: string;
          params: unknown;
        }>;
      };
      expect(report.aliases).toBe('suggest');
      expect(report.counts).toMatchObject({ entities: 80, relations: 114, changed: 54 });
      expect(report.entries).toHaveLength(54);
      expect(report.entries.find((e) => e.element === 'akt')).toEqual({
        position: 'line 33',
        element: 'akt',
        action: 'changed',
        text: 'SIF node label "akt" is an alias of AKT1; not applied: kept as "akt", type "other" (suggestion: AKT1)',
        code: 'alias-suggested',
        params: { sourceType: 'SIF node', label: 'akt', symbol: 'AKT1', kind: 'alias', others: [] },
      });
    });

    it('compares the SIF with immunotherapy as read: p53 is TP53 only when aliases are applied', () => {
      const kb = loadCleanKnowledgeBase('graphs');
      const ids = new Set(
        kb.relations.filter((x) => x.therapies.includes('immunotherapy')).flatMap((x) => [x.source, x.target]),
      );
      const therapyGenes = new Set([...ids].flatMap((id) => kb.entityById.get(id)?.symbol ?? []));
      const expected = (genes: string[]) => genes.filter((g) => therapyGenes.has(g)).sort();
      const shared = (...extra: string[]) => {
        const r = graph('shared', '--pathway', SIF, '--therapy', 'immunotherapy', '--format', 'json', ...extra);
        expect(r.code, r.err).toBe(0);
        const table = JSON.parse(r.out) as { rows: Array<{ symbol?: string }> };
        return { symbols: table.rows.flatMap((row) => row.symbol ?? []).sort(), err: r.err };
      };
      const suggested = shared();
      expect(suggested.symbols).toEqual(expected(SIF_GENES));
      expect(suggested.err).toMatch(/16 alias suggestions not applied \(--aliases apply applies them\)/);
      const applied = shared('--aliases', 'apply');
      expect(applied.symbols).toEqual(expected([...SIF_GENES, ...SIF_SUGGESTED]));
      expect(applied.symbols).toContain('TP53');
      expect(suggested.symbols).not.toContain('TP53');
    });
  },
);
