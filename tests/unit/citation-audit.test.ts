/**
 * The citation audit: how a review's citation marks are read, how a relation's quote is
 * found, and the bundled knowledge base audited against the real review (when the shared
 * folder beside the checkout has it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import {
  AUDIT_ERRORS,
  auditRecord,
  auditRecords,
  type CitedRecord,
  expandMark,
  isProseLine,
  locateQuote,
  readReview,
} from '../../src/model/citation-audit';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';

const REVIEW = '../shared/source/review-hcc-conversion-therapy-resistance.md';

const markdown = [
  '## 1.1 标题',
  '研究表明, 缺氧诱导HIF-1α表达<sup>[3-5]</sup>。HIF-1α还通过上调Snail抑制凋亡, 最终推动肝癌进展。',
  '**表1 统计**',
  'TACE\t2021 <sup>[56]</sup>\t42',
  'TACE: 经肝动脉化疗栓塞; HAIC: 肝动脉灌注化疗; TKIs: 酪氨酸激酶抑制剂; T: 阿替利珠单抗。',
  'Cutting off the supply, as the English abstract says, in a line without Chinese.',
  '有研究提示, 约20%的患者出现疾病进展, 而研究重点集中于奥沙利铂耐药<sup>[14]</sup>。ADAs可分为中和性和非中和',
  '',
  '性<sup>[49]</sup>, 中和性ADAs可与单克隆抗体的可变区结合<sup>[50]</sup>。',
  '## 参考文献',
  '[1] 不应被读取的文献<sup>[1]</sup>。',
].join('\n');
const review = readReview(markdown);
const record = (id: string, zh: string, references: number[], extra: Partial<CitedRecord> = {}): CitedRecord => ({
  id,
  references,
  evidence: { zh },
  ...extra,
});

describe('reading a review', () => {
  it('expands citation marks with ranges and lists', () => {
    expect(expandMark('3-5')).toEqual([3, 4, 5]);
    expect(expandMark('40-41, 45')).toEqual([40, 41, 45]);
    expect(expandMark('12')).toEqual([12]);
  });

  it('keeps prose and drops headings, table rows, glossaries and English-only lines', () => {
    expect(isProseLine('研究表明, 缺氧诱导HIF-1α表达<sup>[3-5]</sup>。')).toBe(true);
    expect(isProseLine('用<sup>[23]</sup>。')).toBe(true);
    expect(isProseLine('## 1.1 标题')).toBe(false);
    expect(isProseLine('TACE\t2021 <sup>[56]</sup>\t42')).toBe(false);
    expect(isProseLine('TACE: 经肝动脉化疗栓塞; HAIC: 肝动脉灌注化疗; TKIs: 酪氨酸激酶抑制剂; T: 阿替利珠单抗。')).toBe(
      false,
    );
    expect(isProseLine('Cutting off the supply, as the English abstract says.')).toBe(false);
  });

  it('splits sentences at full stops, joins a sentence a page break cut, and stops at the reference list', () => {
    expect(review.sentences).toHaveLength(4);
    const last = review.sentences[3];
    expect(review.text.slice(last.start, last.end)).toBe(
      'ADAs可分为中和性和非中和性,中和性ADAs可与单克隆抗体的可变区结合',
    );
    expect(last.marks.map((m) => m.numbers)).toEqual([[49], [50]]);
    expect(review.text).not.toContain('不应被读取');
  });
});

describe('locating a quote', () => {
  it('finds a verbatim quote across the conversion’s spaces and full-width commas', () => {
    const at = locateQuote(review, 'HIF-1α还通过上调Snail抑制凋亡，最终推动肝癌进展');
    expect(at).toMatchObject({ exact: true });
    expect(review.text.slice(at?.start, at?.end)).toBe('HIF-1α还通过上调Snail抑制凋亡,最终推动肝癌进展');
  });

  it('places a quote the conversion garbled by its longest verbatim run, and gives up below eight characters', () => {
    const at = locateQuote(review, '中和性ADAs可与单克隆抗体的可变区结合并阻断');
    expect(at).toMatchObject({ exact: false });
    expect(at?.matched).toBeGreaterThanOrEqual(20);
    expect(locateQuote(review, '完全不在综述里的一句话')).toBeNull();
  });
});

describe('auditing a record', () => {
  const kinds = (r: CitedRecord) => auditRecord(review, r).findings.map((f) => f.kind);

  it('accepts the mark that closes the quoted clause', () => {
    expect(kinds(record('ok', '缺氧诱导HIF-1α表达', [3, 4, 5]))).toEqual([]);
    expect(kinds(record('clause', '中和性ADAs可与单克隆抗体的可变区结合', [50]))).toEqual([]);
  });

  it('calls a number from a neighbouring sentence borrowed', () => {
    const audit = auditRecord(review, record('borrowed', 'HIF-1α还通过上调Snail抑制凋亡', [3, 4, 5]));
    expect(audit.findings).toEqual([
      {
        id: 'borrowed',
        kind: 'borrowed',
        message: 'cites [3,4,5], but the review prints no mark for its sentence',
      },
    ]);
  });

  it('accepts uncited where the sentence has no mark, and refuses it where the clause has one', () => {
    expect(kinds(record('u', 'HIF-1α还通过上调Snail抑制凋亡', [], { citation: 'uncited' }))).toEqual([]);
    expect(kinds(record('u2', '缺氧诱导HIF-1α表达', [], { citation: 'uncited' }))).toEqual(['uncited-clause-cites']);
  });

  it('notes a mark of the same sentence that closes another clause', () => {
    expect(kinds(record('s', 'ADAs可分为中和性和非中和性', [50]))).toEqual(['cited-by-sentence']);
  });

  it('requires a hedge in the quote to be kept, and notes one elsewhere in the sentence', () => {
    expect(kinds(record('h', '有研究提示, 约20%的患者出现疾病进展', [14]))).toEqual(['hedge-not-kept']);
    expect(kinds(record('h2', '有研究提示, 约20%的患者出现疾病进展', [14], { certainty: 'suggested' }))).toEqual([]);
    expect(kinds(record('h3', '研究重点集中于奥沙利铂耐药', [14]))).toEqual(['hedge-in-sentence']);
  });

  it('reports evidence that is not in the review as an error', () => {
    const { errors } = auditRecords(review, [record('x', '完全不在综述里的一句话', [1])]);
    expect(errors.map((e) => e.kind)).toEqual(['not-found']);
    expect(AUDIT_ERRORS).toContain('not-found');
  });
});

describe.skipIf(!existsSync(REVIEW))('the bundled knowledge base against the review', () => {
  const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
  const real = readReview(existsSync(REVIEW) ? readFileSync(REVIEW, 'utf8') : '');
  const { audits, errors } = auditRecords(real, kb.relations);

  it('borrows no reference, drops no hedge, and quotes only what the review says', () => {
    expect(errors.map((e) => `${e.id}: ${e.kind}: ${e.message}`)).toEqual([]);
  });

  it('places every relation’s evidence in a sentence of the review', () => {
    expect(audits.filter((a) => !a.location || a.sentence === '').map((a) => a.id)).toEqual([]);
    expect(real.sentences.length).toBeGreaterThan(100);
  });

  it('marks uncited exactly the relations whose clause has no mark', () => {
    for (const a of audits) {
      const relation = kb.relationById.get(a.id);
      if (relation?.citation === 'uncited') expect(a.clauseMarks, a.id).toEqual([]);
      else
        expect(
          relation?.references.every((n) => a.sentenceMarks.includes(n)),
          a.id,
        ).toBe(true);
    }
  });
});

if (!existsSync(REVIEW)) {
  console.warn(`skipping the citation audit of graphs/: ${REVIEW} is not there (it lives in the shared folder)`);
}
