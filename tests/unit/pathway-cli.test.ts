/**
 * `graph import` and `graph shared --pathway` end to end. The round trip: import a GPML,
 * `graph validate` the written file, `graph export --format cyjs` it, read the cyjs back
 * with the pathway reader: the same genes and relation types come back.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { DATA } from './pathway-test-resolver';

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
