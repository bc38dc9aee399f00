/**
 * The citation audit: checks each relation against the review it encodes. A relation's
 * Chinese evidence is the review's own sentence (or clause); the audit finds it in the
 * review's text and compares the relation's references with the citation marks the review
 * prints for that sentence. It is how a curator proves that no reference was borrowed from
 * a neighbouring sentence, and that a relation marked uncited really has no mark.
 *
 * The review is read as Markdown with citation marks as `<sup>[3-5]</sup>`, the form of a
 * text conversion of a paper. Nothing here is specific to one review: only that form.
 *
 * Pure: text in, findings out; the CLI (`graph audit`) and the tests call it.
 */
import { type CitationState, HEDGE_WORDS } from './vocabulary';

/** One sentence of the review's prose (between two 。), with the marks printed in it. */
export interface ReviewSentence {
  /** Offsets into `ReviewText.text`. */
  start: number;
  end: number;
  /** Citation marks inside the sentence (or right after its full stop), in order. */
  marks: Array<{ at: number; numbers: number[] }>;
}

export interface ReviewText {
  /** The prose, normalised (see `normaliseForMatch`), with citation marks removed. */
  text: string;
  sentences: ReviewSentence[];
}

/**
 * Makes the review's text and a curator's quote comparable: full-width punctuation to its
 * ASCII form, inline-HTML and TeX superscripts and Greek letters to the characters the
 * knowledge base writes (CD8⁺, m⁶A, α), and no white space, which the conversion scatters
 * through Chinese text (line breaks at page ends, spaces after commas).
 */
export function normaliseForMatch(s: string): string {
  return s
    .replace(/<sup>\+<\/sup>|\$\^\{\+\}\$/g, '⁺')
    .replace(/<sup>6<\/sup>/g, '⁶')
    .replace(/\$\\(alpha|beta|gamma|zeta|kappa)\$/g, (_, name: string) => GREEK[name] ?? name)
    .replace(/[，,]/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, '');
}

const GREEK: Record<string, string> = { alpha: 'α', beta: 'β', gamma: 'γ', zeta: 'ζ', kappa: 'κ' };

const CITATION_MARK = /<sup>\[([0-9,，\s\-–~]+)\]<\/sup>/g;

/** "3-5,8" → [3, 4, 5, 8]. */
export function expandMark(raw: string): number[] {
  return raw
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const [from, to] = part.split(/[-–~]/).map(Number);
      if (to === undefined || Number.isNaN(to)) return [from];
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
}

const CJK = /[\u4e00-\u9fff]/g;

/**
 * Whether a line of the converted paper is the review's running prose. Table rows (tab
 * separated), headings, figure and table captions, abbreviation glossaries under figures
 * and the English abstract are not: left in, they would glue the two halves of a sentence
 * that a table interrupts to unrelated text.
 */
export function isProseLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.includes('\t')) return false;
  if (/^(#|\*\*|图\s*\d|表\s*\d|Fig\.?\s*\d|Table\s*\d)/.test(t)) return false;
  // Glossaries: "TACE: 经肝动脉化疗栓塞; HAIC: 肝动脉灌注化疗; ..."
  if ((t.match(/[A-Za-z0-9+-]+\s*[:：][^;；]+[;；]/g) ?? []).length >= 3) return false;
  // Judge the language on the words alone: a line may be one character and a mark ("用[23]。").
  const words = t.replace(/<sup>.*?<\/sup>|\$[^$]*\$/g, '');
  const cjk = (words.match(CJK) ?? []).length;
  return words.length > 0 && cjk / words.length >= 0.15;
}

/** Reads the review's prose into sentences with their citation marks. Stops at the reference list. */
export function readReview(markdown: string): ReviewText {
  const body = markdown.split(/\n#*\s*\**参考文献/)[0];
  let text = '';
  const marks: Array<{ at: number; numbers: number[] }> = [];
  for (const line of body.split('\n')) {
    if (!isProseLine(line)) continue;
    let last = 0;
    for (const m of line.matchAll(CITATION_MARK)) {
      text += normaliseForMatch(line.slice(last, m.index));
      marks.push({ at: text.length, numbers: expandMark(m[1]) });
      last = m.index + m[0].length;
    }
    text += normaliseForMatch(line.slice(last));
  }
  const sentences: ReviewSentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || '。！？'.includes(text[i])) {
      if (i > start) sentences.push({ start, end: i, marks: [] });
      start = i + 1;
    }
  }
  // A mark belongs to the sentence it closes: at or before the full stop, or right after it.
  let s = 0;
  for (const mark of marks) {
    while (s < sentences.length - 1 && mark.at > sentences[s].end) s++;
    sentences[s]?.marks.push(mark);
  }
  return { text, sentences };
}

export interface QuoteLocation {
  start: number;
  end: number;
  /** False when only part of the quote matched (the conversion garbled a few characters). */
  exact: boolean;
  /** Characters of the quote found verbatim. */
  matched: number;
}

/** Shortest verbatim run that may place a quote the conversion garbled. */
const MIN_ANCHOR = 8;

/**
 * Finds a quote in the review: verbatim, or else by its longest verbatim run of at least
 * eight characters (the conversion misreads a few characters, e.g. "中性和" for "中和性"),
 * placed where that run sits in the quote.
 */
export function locateQuote(review: ReviewText, quote: string): QuoteLocation | null {
  const q = normaliseForMatch(quote);
  if (q.length === 0) return null;
  const exact = review.text.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length, exact: true, matched: q.length };
  const found = (k: number): { at: number; offset: number } | null => {
    for (let offset = 0; offset + k <= q.length; offset++) {
      const at = review.text.indexOf(q.slice(offset, offset + k));
      if (at >= 0) return { at, offset };
    }
    return null;
  };
  // A common run of length k implies one of every shorter length: binary search on k.
  let lo = MIN_ANCHOR;
  let hi = q.length - 1;
  let best: { at: number; offset: number; k: number } | null = null;
  while (lo <= hi) {
    const k = (lo + hi) >> 1;
    const hit = found(k);
    if (hit) {
      best = { ...hit, k };
      lo = k + 1;
    } else hi = k - 1;
  }
  if (!best) return null;
  const start = Math.max(0, best.at - best.offset);
  return { start, end: Math.min(review.text.length, start + q.length), exact: false, matched: best.k };
}

export interface CitedRecord {
  id: string;
  references: readonly number[];
  citation?: CitationState;
  certainty?: 'stated' | 'suggested';
  evidence: { zh: string };
}

export type FindingKind =
  /** The relation cites a number the review does not print for its sentence. */
  | 'borrowed'
  /** Marked uncited, but a mark closes the very clause quoted. */
  | 'uncited-clause-cites'
  /** The evidence is not in the review (not even in part). */
  | 'not-found'
  /** The quote itself hedges (可能, 提示, 被认为) but the relation is marked stated. */
  | 'hedge-not-kept'
  /** Informational: the sentence hedges outside the quoted clause; a curator decides. */
  | 'hedge-in-sentence'
  /** Informational: cited by a mark of the same sentence that closes another clause. */
  | 'cited-by-sentence'
  /** Informational: uncited although another clause of the sentence has a mark. */
  | 'uncited-sentence-cites'
  /** Informational: placed by a partial match (garbled conversion). */
  | 'approximate';

export const AUDIT_ERRORS: readonly FindingKind[] = ['borrowed', 'uncited-clause-cites', 'not-found', 'hedge-not-kept'];

export interface Finding {
  id: string;
  kind: FindingKind;
  message: string;
}

export interface RecordAudit {
  id: string;
  location: QuoteLocation | null;
  /** The review's sentence, as normalised text, for the report. */
  sentence: string;
  sentenceMarks: number[];
  clauseMarks: number[];
  findings: Finding[];
}

const marks = (numbers: readonly number[]) => (numbers.length > 0 ? `[${numbers.join(',')}]` : 'no mark');

/** Audits one record (a relation) against the review. */
export function auditRecord(review: ReviewText, record: CitedRecord): RecordAudit {
  const findings: Finding[] = [];
  const add = (kind: FindingKind, message: string) => findings.push({ id: record.id, kind, message });
  const location = locateQuote(review, record.evidence.zh);
  if (!location) {
    add('not-found', `its evidence "${record.evidence.zh.slice(0, 40)}…" is not in the review`);
    return { id: record.id, location, sentence: '', sentenceMarks: [], clauseMarks: [], findings };
  }
  if (!location.exact) {
    add('approximate', `evidence placed by ${location.matched} of its characters (the review's text differs)`);
  }
  const first = review.sentences.findIndex((s) => s.end >= location.start);
  let last = first;
  while (last < review.sentences.length - 1 && review.sentences[last].end < location.end - 1) last++;
  const covered = review.sentences.slice(first, last + 1);
  const sentenceMarks = unique(covered.flatMap((s) => s.marks.flatMap((m) => m.numbers)));
  // The clause's marks: those inside the quote, and the first after it in its sentence.
  const allMarks = covered.flatMap((s) => s.marks);
  const inside = allMarks.filter((m) => m.at > location.start && m.at < location.end);
  const after = allMarks.find((m) => m.at >= location.end);
  const clauseMarks = unique([...inside, ...(after ? [after] : [])].flatMap((m) => m.numbers));
  const sentence = review.text.slice(covered[0].start, covered[covered.length - 1].end + 1);

  if (record.citation === 'uncited') {
    if (clauseMarks.length > 0)
      add('uncited-clause-cites', `marked uncited, but the review prints ${marks(clauseMarks)} for it`);
    else if (sentenceMarks.length > 0) {
      add('uncited-sentence-cites', `uncited; another clause of its sentence has ${marks(sentenceMarks)}`);
    }
  } else {
    const borrowed = record.references.filter((n) => !sentenceMarks.includes(n));
    if (borrowed.length > 0) {
      add('borrowed', `cites ${marks(borrowed)}, but the review prints ${marks(sentenceMarks)} for its sentence`);
    } else if (record.references.some((n) => !clauseMarks.includes(n))) {
      add(
        'cited-by-sentence',
        `cites ${marks(record.references)}; the quoted clause's own mark is ${marks(clauseMarks)}`,
      );
    }
  }

  const quoteHedge = hedgeIn(normaliseForMatch(record.evidence.zh));
  const sentenceHedge = hedgeIn(sentence);
  if ((record.certainty ?? 'stated') === 'stated') {
    if (quoteHedge) add('hedge-not-kept', `the review hedges it ("${quoteHedge}") but it is marked stated`);
    else if (sentenceHedge) add('hedge-in-sentence', `its sentence hedges ("${sentenceHedge}") outside the quote`);
  }
  return { id: record.id, location, sentence, sentenceMarks, clauseMarks, findings };
}

function hedgeIn(text: string): string | undefined {
  return HEDGE_WORDS.find((w) => text.includes(w));
}

function unique(numbers: number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/**
 * Audits every record; the errors are what `graph audit` fails on. Relations imported from
 * a pathway file (`"citation": "imported"`) are not the review's statements: skipped.
 */
export function auditRecords(review: ReviewText, records: readonly CitedRecord[]) {
  const audits = records.filter((r) => r.citation !== 'imported').map((r) => auditRecord(review, r));
  const findings = audits.flatMap((a) => a.findings);
  return { audits, errors: findings.filter((f) => AUDIT_ERRORS.includes(f.kind)), findings };
}
