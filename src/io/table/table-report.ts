/**
 * What a table reader says about a file: data, not sentences, so the Data panel can say it
 * in the UI's language and the CLI in English (src/i18n/overlay-strings.ts words it).
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row 2.
 */
import type { Dataset } from '../../model/dataset';
import type { DecimalMark } from './cells';

export const TABLE_FORMATS = ['csv', 'tsv', 'semicolon', 'pipe', 'list', 'spreadsheet'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const COLUMN_KINDS = ['identifier', 'row-names', 'numeric', 'text', 'empty'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Why the identifier column is not the first one. */
export const SKIPPED_IDENTIFIER_REASONS = ['row-numbers', 'ensembl', 'integers'] as const;
export type SkippedIdentifierReason = (typeof SKIPPED_IDENTIFIER_REASONS)[number];

export interface ColumnReport {
  name: string;
  kind: ColumnKind;
  /** Cells with no value (empty, NA, NaN, #N/A). */
  missing: number;
  /** Numeric columns: cells that are not numbers. Text columns: how many cells hold text. */
  unreadable: number;
  /** Text columns: the first text cell, to show what the column holds. */
  example?: { row: number; text: string };
}

export interface UnreadableCell {
  row: number;
  column: string;
  text: string;
}

export interface DuplicateIdentifier {
  identifier: string;
  /** Every row that names it; the first is kept. */
  rows: number[];
}

/** The stated rule for rows that repeat an identifier (ignoring case). */
export const DUPLICATE_RULE = 'first-kept';

/** At most this many unreadable cells are listed one by one; the count is always exact. */
export const LISTED_CELLS = 200;

export interface TableReport {
  fileName: string;
  format: TableFormat;
  sheet?: string;
  encoding: 'utf-8' | 'windows-1252';
  decimal: DecimalMark;
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  columns: ColumnReport[];
  identifier: { column: string; skipped?: { column: string; reason: SkippedIdentifierReason } };
  /** The first row was data, not a header (a bare list of symbols). */
  headerless: boolean;
  unreadable: UnreadableCell[];
  unreadableCount: number;
  duplicates: DuplicateIdentifier[];
  emptyIdentifierRows: number[];
  /** Rows with more cells than the header has names (the extra cells are not read). */
  longRows: number[];
}

/** 50 MB: five times a 60,000-gene table with twenty columns; anything larger is refused unread. */
export const MAX_TABLE_BYTES = 50 * 1000 * 1000;

export const TABLE_ERROR_KINDS = ['too-large', 'empty', 'binary', 'not-a-table', 'header-only'] as const;
export type TableErrorKind = (typeof TABLE_ERROR_KINDS)[number];

export type TableError =
  | { kind: 'too-large'; fileName: string; size: number; limit: number }
  | { kind: 'empty' | 'binary' | 'header-only'; fileName: string }
  /** `looksLike`: what the text seems to be instead (json, markup, prose). */
  | { kind: 'not-a-table'; fileName: string; looksLike: 'json' | 'markup' | 'prose' };

export type TableResult = { ok: true; dataset: Dataset; report: TableReport } | { ok: false; error: TableError };
