/**
 * The relations table as rows of plain text, one per relation: what the Relations tab
 * shows and what its copy (tab-separated) holds. Uncited relations read the uncited note,
 * never an empty "[]"; the certainty and a curator's caution are columns of their own.
 */
import { citationText } from './citation';
import type { KnowledgeBase } from './knowledge-base';
import type { Relation } from './schema';
import { entityLabel, pick } from './text';
import { CERTAINTY_INFO, type Language, RELATION_TYPE_INFO } from './vocabulary';

export interface RelationRowCells {
  source: string;
  relation: string;
  target: string;
  therapy: string;
  /** "[3-5]", or the uncited note. */
  references: string;
  /** The frame the relation is drawn in (or leaves from). */
  mechanism: string;
  /** "stated" / "suggested" in the language asked for. */
  certainty: string;
  /** The curator's caution, or "". */
  caution: string;
}

export interface RelationRow {
  relation: Relation;
  cells: RelationRowCells;
}

export const RELATION_ROW_COLUMNS = [
  'source',
  'relation',
  'target',
  'therapy',
  'references',
  'mechanism',
  'certainty',
  'caution',
] as const satisfies readonly (keyof RelationRowCells)[];

export function relationRows(kb: KnowledgeBase, relations: readonly Relation[], language: Language): RelationRow[] {
  const label = (id: string) => {
    const e = kb.entityById.get(id);
    return e ? entityLabel(e, language) : id;
  };
  const mechanismTitle = (id: string) => {
    const m = kb.mechanismById.get(id);
    return m ? pick(m.shortTitle ?? m.title, language) : id;
  };
  return relations.map((r) => ({
    relation: r,
    cells: {
      source: label(r.source),
      relation: RELATION_TYPE_INFO[r.type].verb[language],
      target: label(r.target),
      therapy: r.therapies.map((id) => pick(kb.therapyById.get(id)?.label, language) || id).join(', '),
      references: citationText(r, language),
      mechanism: mechanismTitle(r.mechanism),
      certainty: CERTAINTY_INFO[r.certainty].label[language],
      caution: r.caution ? pick(r.caution, language) : '',
    },
  }));
}

/** Tab-separated text with a header row; tabs and line breaks inside a cell become spaces. */
export function relationRowsTsv(rows: readonly RelationRow[], headers: Record<keyof RelationRowCells, string>): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const line = (cells: Record<keyof RelationRowCells, string>) =>
    RELATION_ROW_COLUMNS.map((c) => clean(cells[c])).join('\t');
  return [line(headers), ...rows.map((row) => line(row.cells))].join('\n');
}
