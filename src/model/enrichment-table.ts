/**
 * The enrichment result as text: what `graph enrich` prints (TSV with a header, or JSON, a
 * list of rows) and the app offers for download. Every row carries the background's name,
 * so a pasted row still says what it was tested against.
 */
import type { EnrichmentResult, EnrichmentRow } from './enrichment';
import type { KnowledgeBase } from './knowledge-base';
import type { Language } from './vocabulary';

/** A mechanism's title or a therapy's name, in the language asked for. */
export function enrichmentTitle(
  kb: Pick<KnowledgeBase, 'mechanismById' | 'therapyById'>,
  row: Pick<EnrichmentRow, 'id' | 'kind'>,
  language: Language,
): string {
  if (row.kind === 'mechanism') return kb.mechanismById.get(row.id)?.title[language] ?? row.id;
  return kb.therapyById.get(row.id)?.name[language] ?? row.id;
}

export interface EnrichmentRecord extends EnrichmentRow {
  title: string;
  background: string;
}

export function enrichmentRecords(
  kb: Pick<KnowledgeBase, 'mechanismById' | 'therapyById'>,
  result: EnrichmentResult,
  language: Language = 'en',
): EnrichmentRecord[] {
  return result.rows.map((row) => ({
    ...row,
    title: enrichmentTitle(kb, row, language),
    background: result.background.name,
  }));
}

const TSV_COLUMNS = ['id', 'kind', 'title', 'k', 'K', 'n', 'N', 'p', 'fdr', 'fold', 'hits', 'background'] as const;

/** Tabs and line breaks inside a title would shift columns; they become spaces. */
const cell = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/** TSV with a header; numbers at full precision, a fold that cannot be computed as NA (as R writes it). */
export function enrichmentTsv(records: readonly EnrichmentRecord[]): string {
  const lines = records.map((r) =>
    TSV_COLUMNS.map((c) => {
      const v = r[c];
      if (Array.isArray(v)) return cell(v.join(','));
      if (typeof v === 'number') return Number.isNaN(v) ? 'NA' : String(v);
      return cell(String(v));
    }).join('\t'),
  );
  return `${[TSV_COLUMNS.join('\t'), ...lines].join('\n')}\n`;
}

/** JSON: a list of rows; a fold that cannot be computed is null. */
export function enrichmentJson(records: readonly EnrichmentRecord[]): string {
  return `${JSON.stringify(
    records.map((r) => ({ ...r, fold: Number.isNaN(r.fold) ? null : r.fold })),
    null,
    2,
  )}\n`;
}
