/**
 * Which column holds the gene identifiers. The first column, unless it is R's row names
 * (a blank header over whole numbers, what write.csv gives) or holds Ensembl or Entrez ids
 * while another column is headed like a symbol column (`Symbol`, `gene_symbol`, `Gene`):
 * the atlas matches HGNC symbols, so that column is the one that can match.
 */
import { type CellValue, cellText, isMissing } from './cells';
import type { SkippedIdentifierReason } from './table-report';

const SYMBOL_HEADER = /^(?:hgnc[ _.]?|gene[ _.]?)?symbols?$|^gene[ _.]?names?$|^genes?$/i;
const ENSEMBL = /^ENS[A-Z]*G\d{6,}(?:\.\d+)?$/;
const INTEGER = /^\d+$/;

function share(rows: readonly (readonly CellValue[])[], column: number, pattern: RegExp): number {
  let filled = 0;
  let hits = 0;
  for (const row of rows) {
    const cell = row[column];
    if (isMissing(cell)) continue;
    filled++;
    if (pattern.test(cellText(cell).trim())) hits++;
  }
  return filled === 0 ? 0 : hits / filled;
}

export interface IdentifierChoice {
  index: number;
  /** The column of R row names, not read as data. */
  rowNames?: number;
  skipped?: { index: number; reason: SkippedIdentifierReason };
}

export function chooseIdentifierColumn(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
): IdentifierChoice {
  const rowNames = header.length > 1 && header[0].trim() === '' && share(rows, 0, INTEGER) === 1 ? 0 : undefined;
  const first = rowNames === undefined ? 0 : 1;
  let reason: SkippedIdentifierReason | undefined;
  if (share(rows, first, ENSEMBL) > 0.5) reason = 'ensembl';
  else if (share(rows, first, INTEGER) > 0.5) reason = 'integers';
  if (reason) {
    const symbolColumn = header.findIndex(
      (name, i) => i !== first && i !== rowNames && SYMBOL_HEADER.test(name.trim()),
    );
    if (symbolColumn >= 0) return { index: symbolColumn, rowNames, skipped: { index: first, reason } };
  }
  if (rowNames !== undefined) return { index: first, rowNames, skipped: { index: 0, reason: 'row-numbers' } };
  return { index: first };
}
