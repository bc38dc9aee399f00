/**
 * How a relation's or a story step's citation reads: the review's reference marks, or,
 * where the review cites nothing (`"citation": "uncited"`), the note saying so, never an
 * empty "[]". Pure strings; the UI renders them as text.
 */
import type { Mechanism, Relation } from './schema';
import { citationMarks } from './text';
import { type CitationState, IMPORTED_NOTE, type Language, UNCITED_NOTE } from './vocabulary';

/** What carries a citation: a relation or a story step. */
export interface Cited {
  references: readonly number[];
  citation?: CitationState;
  /** For an imported relation: the file it was read from. */
  origin?: { file: string };
}

/** The review prints no reference for it (an empty list reads the same, so nothing shows as "[]"). */
export function isUncited(record: Cited): boolean {
  return record.citation !== 'imported' && (record.citation === 'uncited' || record.references.length === 0);
}

/** Read from an imported pathway file: neither the review's references nor its uncited note apply. */
export function isImported(record: Cited): boolean {
  return record.citation === 'imported';
}

/** "Imported from WP3614.gpml; not a statement of the review." in the language asked for. */
export function importedNote(record: Cited, language: Language): string {
  return IMPORTED_NOTE[language].replace('{file}', record.origin?.file ?? '?');
}

/** "[3-5]", the uncited note, or the imported note in the language asked for. */
export function citationText(record: Cited, language: Language): string {
  if (isImported(record)) return importedNote(record, language);
  return isUncited(record) ? UNCITED_NOTE[language] : citationMarks(record.references);
}

/**
 * What follows a sentence or caption: " [3-5]", or the note in brackets
 * (" (The review cites no source for this statement.)", "（综述未为此陈述注明文献来源。）").
 */
export function citationSuffix(record: Cited, language: Language): string {
  if (isImported(record)) {
    const note = importedNote(record, language);
    return language === 'zh' ? `（${note}）` : ` (${note})`;
  }
  if (!isUncited(record)) return ` ${citationMarks(record.references)}`;
  return language === 'zh' ? `（${UNCITED_NOTE.zh}）` : ` (${UNCITED_NOTE.en})`;
}

export interface MechanismCitation {
  /** Reference numbers of the mechanism's own summary and of its relations, sorted. */
  references: number[];
  /** How many of its relations the review cites no source for, out of `total`. */
  uncited: number;
  total: number;
  /** Nothing at all is cited: neither the summary nor any relation. */
  allUncited: boolean;
}

/** What a mechanism's summary may claim to cite: only what it or its relations actually cite. */
export function mechanismCitation(
  mechanism: Pick<Mechanism, 'id' | 'references'>,
  relations: readonly Pick<Relation, 'mechanism' | 'references' | 'citation'>[],
): MechanismCitation {
  const own = relations.filter((r) => r.mechanism === mechanism.id);
  const references = new Set(mechanism.references ?? []);
  let uncited = 0;
  for (const r of own) {
    if (isUncited(r)) uncited++;
    for (const n of r.references) references.add(n);
  }
  const sorted = [...references].sort((a, b) => a - b);
  return { references: sorted, uncited, total: own.length, allUncited: sorted.length === 0 };
}
