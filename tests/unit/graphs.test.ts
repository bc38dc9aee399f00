/**
 * The bundled knowledge base itself: every file validates, every gene symbol is an
 * approved HGNC symbol, every cited reference exists, and the review's landmarks are in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { graphDocumentJsonSchema, storyJsonSchema } from '../../src/cli/schema-command';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { formatProblem } from '../../src/model/problems';

const { kb, problems } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const HGNC = '../shared/data/hgnc-approved-prev-alias-2021-02.tsv';

describe('graphs/', () => {
  it('validates with no errors and no warnings', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds the whole review: all 66 references, Table 1 and both treatment lines', () => {
    expect(kb.references.map((r) => r.number)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    expect(kb.responseTables[0]?.rows).toHaveLength(14);
    expect(kb.treatmentLines.map((l) => l.id)).toEqual(['first-line', 'second-line']);
  });

  it('cites only references that exist, and cites every reference of sections 1.1–3 somewhere', () => {
    const cited = new Set([
      ...kb.relations.flatMap((r) => r.references),
      ...kb.mechanisms.flatMap((m) => m.references ?? []),
      ...kb.therapies.flatMap((t) => t.references ?? []),
    ]);
    for (const n of cited) expect(kb.referenceByNumber.has(n)).toBe(true);
    // References 3–53 are those the mechanism sections cite (1, 2 and 54–66 are epidemiology and Table 1).
    const mechanismRefs = Array.from({ length: 51 }, (_, i) => i + 3);
    expect(mechanismRefs.filter((n) => !cited.has(n))).toEqual([]);
  });

  it('describes the atlas and the source every figure cites', () => {
    expect(kb.atlas.title.en).toBe('HCC Conversion-Therapy Resistance Atlas');
    expect(kb.atlas.citation.en).toMatch(/^NIU Yi, LI Binkui, YUAN Yunfei\./);
    expect(kb.atlas.filePrefix).toBe('hcc-atlas');
  });

  it('has the therapy ids URLs and exports rely on', () => {
    for (const id of [
      'tace',
      'haic',
      'targeted',
      'immunotherapy',
      'atezolizumab-bevacizumab',
      'tace-haic',
      'tace-haic-tki-pd1',
    ]) {
      expect(kb.therapyById.has(id), id).toBe(true);
    }
  });

  it('gives every relation evidence in the review’s words and a paraphrase', () => {
    for (const r of kb.relations) {
      expect(r.evidence.zh, r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.evidence.en.length, r.id).toBeGreaterThan(10);
    }
  });

  it.skipIf(!existsSync(HGNC))('uses only approved HGNC symbols for genes and family members', () => {
    const approved = new Set(
      readFileSync(HGNC, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0])
        .filter(Boolean),
    );
    expect(approved.size).toBeGreaterThan(40000);
    const wrong = kb.entities.flatMap((e) =>
      [e.symbol, ...(e.members ?? [])].filter((s): s is string => !!s && !approved.has(s)).map((s) => `${e.id}: ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('ships the JSON Schemas editors use, up to date with the zod schemas', () => {
    const hint = 'run "npm run schema" to regenerate';
    expect(readFileSync('graphs/schema/graph-document.schema.json', 'utf8'), hint).toBe(graphDocumentJsonSchema());
    expect(readFileSync('graphs/schema/story.schema.json', 'utf8'), hint).toBe(storyJsonSchema());
  });
});

if (!existsSync(HGNC)) {
  console.warn(
    `skipping the HGNC symbol check: ${HGNC} is not there (it lives in the shared data folder beside the checkout)`,
  );
}
