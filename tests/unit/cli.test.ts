/**
 * The `graph` command end to end, as a curator runs it: exit codes, messages with file
 * and path, exports that are complete or not written at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readCyjs } from '../../src/io/cyjs';
import { recordsToDocument } from '../../src/io/from-records';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('graph validate', { timeout: 20_000 }, () => {
  it('passes on the bundled knowledge base', () => {
    const r = graph('validate');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/0 error\(s\)/);
  });

  it('reports every problem of a broken file with file, line, path and sentence, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          relations: [
            {
              id: 'broken-1',
              source: 'stat3',
              target: 'no-such-entity',
              type: 'activates',
              therapies: ['tace'],
              mechanism: 'tace-il6-stat3-cd47',
              references: [13, 99],
              evidence: { zh: '原文', en: 'paraphrase' },
              section: '1.1',
            },
            { id: 'broken-2', source: 'stat3', target: 'cd47', type: 'causes' },
          ],
        },
        null,
        2,
      ),
    );
    const r = graph('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'broken.json:6:17: error: $.relations[0].target: target "no-such-entity" is not a known entity',
    );
    expect(r.out).toMatch(/\$\.relations\[0\]\.references\[1\]: reference \[99\] is not in the reference list/);
    expect(r.out).toMatch(/\$\.relations\[1\]\.type: is not allowed; allowed: "activates"/);
    expect(r.out).toMatch(/\$\.relations\[1\]\.evidence: is required \(object\)/);
  });

  it('reports malformed JSON with its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "entities": [\n    { "id": "x" \n  ]\n}\n');
    const r = graph('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.json:4:3: error: \$: malformed JSON: /);
  });
});

describe('graph export', { timeout: 20_000 }, () => {
  it('writes a cyjs file that round-trips through the model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-'));
    const out = join(dir, 'tace.cyjs');
    const r = graph('export', '--format', 'cyjs', '--therapy', 'tace', '--out', out);
    expect(r.code, r.err).toBe(0);
    const read = readCyjs(readFileSync(out, 'utf8'));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.nodes.length).toBeGreaterThan(20);
    for (const n of read.nodes) expect(n.therapies).toContain('tace');
    const { problems } = loadKnowledgeBase([
      { file: 'graphs/therapies.json', text: readFileSync('graphs/therapies.json', 'utf8') },
      { file: 'graphs/mechanisms.json', text: readFileSync('graphs/mechanisms.json', 'utf8') },
      { file: 'graphs/references.json', text: readFileSync('graphs/references.json', 'utf8') },
      { file: out, text: JSON.stringify(recordsToDocument(read.nodes, read.edges)) },
    ]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('writes well-formed GraphML and SIF', () => {
    const xml = graph('export', '--format', 'graphml', '--therapy', 'immunotherapy');
    expect(XMLValidator.validate(xml.out)).toBe(true);
    const sif = graph('export', '--format', 'sif');
    expect(sif.out.trim().split('\n').length).toBeGreaterThan(200);
  });

  it('refuses an unknown therapy, lists the valid ones and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-'));
    const out = join(dir, 'x.cyjs');
    const r = graph('export', '--format', 'cyjs', '--therapy', 'radiotherapy', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown therapy "radiotherapy"; valid ids: tace, haic, targeted, immunotherapy/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown format', () => {
    const r = graph('export', '--format', 'png');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be one of cyjs, graphml, sif, json/);
  });
});

describe('graph stats and shared', { timeout: 20_000 }, () => {
  it('prints counts and shared entities', () => {
    const r = graph('stats');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Per therapy/);
    expect(r.out).toMatch(/stat3\s+STAT3\s+gene\s+tace, immunotherapy/);
  });

  it('lists the genes TACE and immunotherapy share', () => {
    const r = graph('shared', '--therapy', 'tace', '--therapy', 'immunotherapy');
    expect(r.code, r.err).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows[0]).toEqual([
      'id',
      'symbol',
      'label',
      'label_zh',
      'name',
      'type',
      'in_tace',
      'in_immunotherapy',
      'relations_tace',
      'relations_immunotherapy',
      'references',
      'uncited_relations',
    ]);
    const ids = rows.slice(1).map((row) => row[0]);
    expect(ids).toContain('stat3');
    expect(ids).toContain('cd274');
  });
});

describe('graph audit', { timeout: 30_000 }, () => {
  const REVIEW = '../shared/source/review-hcc-conversion-therapy-resistance.md';

  it('needs --review and names a file it cannot read', () => {
    const none = graph('audit');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/audit needs --review FILE/);
    const missing = graph('audit', '--review', '/no/such/review.md');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read the review "\/no\/such\/review\.md"/);
  });

  it('fails on a reference the review does not print for the sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const review = join(dir, 'review.md');
    // A review in which every quoted sentence of the knowledge base is missing.
    writeFileSync(review, '研究表明, 这是一句与知识库无关的句子<sup>[1]</sup>。\n');
    const r = graph('audit', '--review', review);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/: error not-found: its evidence "/);
    expect(r.out).toMatch(/relations audited against 1 sentences: .* \d+ error\(s\)/);
  });

  it.skipIf(!existsSync(REVIEW))('passes on the bundled knowledge base against the review', () => {
    const r = graph('audit', '--review', REVIEW);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^\d+ relations audited against \d+ sentences: \d+ cited, \d+ uncited, \d+ suggested; 0 error\(s\)/m,
    );
  });
});
