/**
 * A researcher's table (CSV, TSV, `;`-separated, a bare list, or a spreadsheet) to a
 * Dataset and a report of everything the reader did: which column holds the identifiers
 * and why, what each column holds, every cell that is not a number (row and column),
 * rows that repeat an identifier (the first is kept), rows without one. Pure: the Data
 * panel's worker, the CLI and the tests call it with the file's bytes.
 */
import type { Dataset, DatasetColumn } from '../../model/dataset';
import type { SymbolResolver } from '../../model/symbol-resolver';
import { type CellValue, cellText, type DecimalMark, detectDecimalMark, isMissing, parseNumber } from './cells';
import { contentHash } from './content-hash';
import { type Delimiter, parseDelimited } from './delimited';
import { chooseIdentifierColumn } from './identifier-column';
import {
  type ColumnReport,
  type DuplicateIdentifier,
  LISTED_CELLS,
  MAX_TABLE_BYTES,
  type TableError,
  type TableFormat,
  type TableReport,
  type TableResult,
  type UnreadableCell,
} from './table-report';
import { isSpreadsheet, readSpreadsheet } from './xlsx';

export interface ReadTableOptions {
  /** Decides whether a one-column file's first line is a symbol (no header) or a header. */
  resolver?: SymbolResolver;
  /** The reading time recorded in the dataset (tests fix it). */
  now?: Date;
}

const FORMAT_OF: Record<Delimiter, TableFormat> = { ',': 'csv', '\t': 'tsv', ';': 'semicolon', '|': 'pipe' };
/** The first line of the data is row 2 of the sheet, under the header. */
const FIRST_DATA_ROW = 2;

function fail(error: TableError): TableResult {
  return { ok: false, error };
}

function decode(bytes: Uint8Array): { text: string; encoding: TableReport['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Excel on Windows saves "CSV" in the ANSI code page; every byte is a character there.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function looksLikeSomethingElse(text: string): 'json' | 'markup' | undefined {
  const start = text.trimStart().slice(0, 1);
  if (start === '{' || start === '[') return 'json';
  if (start === '<') return 'markup';
  return undefined;
}

export async function readTable(
  fileName: string,
  bytes: Uint8Array,
  options: ReadTableOptions = {},
): Promise<TableResult> {
  if (bytes.length > MAX_TABLE_BYTES) {
    return fail({ kind: 'too-large', fileName, size: bytes.length, limit: MAX_TABLE_BYTES });
  }
  if (bytes.length === 0) return fail({ kind: 'empty', fileName });
  const id = await contentHash(bytes);
  const now = options.now ?? new Date();
  if (isSpreadsheet(bytes)) {
    const sheet = await readSpreadsheet(bytes).catch(() => undefined);
    if (!sheet) return fail({ kind: 'binary', fileName });
    return tableFromRows(fileName, sheet.rows, {
      id,
      now,
      format: 'spreadsheet',
      encoding: 'utf-8',
      sheet: sheet.sheet,
    });
  }
  if (bytes.subarray(0, 8192).includes(0)) return fail({ kind: 'binary', fileName });
  const { text, encoding } = decode(bytes);
  if (text.trim() === '') return fail({ kind: 'empty', fileName });
  const other = looksLikeSomethingElse(text);
  if (other) return fail({ kind: 'not-a-table', fileName, looksLike: other });
  const { rows, delimiter } = parseDelimited(text);
  let headerless = false;
  if (!delimiter) {
    const cells = rows.map((row) => (row[0] ?? '').trim()).filter((cell) => cell !== '');
    if (cells.filter((cell) => /\s/.test(cell)).length > cells.length / 2) {
      return fail({ kind: 'not-a-table', fileName, looksLike: 'prose' });
    }
    headerless = options.resolver !== undefined && options.resolver.resolve(cells[0] ?? '').kind !== 'unknown';
  }
  const table = headerless ? [['identifier'], ...rows] : rows;
  const format = delimiter ? FORMAT_OF[delimiter] : 'list';
  const result = tableFromRows(fileName, table, { id, now, format, encoding });
  if (result.ok) result.report.headerless = headerless;
  return result;
}

/** A pasted table: its text is the file. */
export function readTableText(name: string, text: string, options: ReadTableOptions = {}): Promise<TableResult> {
  return readTable(name, new TextEncoder().encode(text), options);
}

interface Context {
  id: string;
  now: Date;
  format: TableFormat;
  encoding: TableReport['encoding'];
  sheet?: string;
}

function tableFromRows(fileName: string, table: readonly CellValue[][], context: Context): TableResult {
  const [headerRow, ...rows] = table;
  if (!headerRow || headerRow.every(isMissing)) return fail({ kind: 'empty', fileName });
  if (rows.length === 0) return fail({ kind: 'header-only', fileName });
  // Columns are chosen by name: a repeated header gets its position added ("lfc (col 5)").
  const seen = new Set<string>();
  const header = headerRow.map((cell, i) => {
    const name = cellText(cell).trim() || (i === 0 ? '' : `column ${i + 1}`);
    const unique = seen.has(name) ? `${name} (col ${i + 1})` : name;
    seen.add(unique);
    return unique;
  });
  const choice = chooseIdentifierColumn(header, rows);
  const decimal = detectDecimalMark(rows, choice.index);
  const report: TableReport = {
    fileName,
    format: context.format,
    sheet: context.sheet,
    encoding: context.encoding,
    decimal,
    rows: rows.length,
    columns: [],
    identifier: {
      column: header[choice.index],
      skipped: choice.skipped && { column: header[choice.skipped.index], reason: choice.skipped.reason },
    },
    headerless: false,
    unreadable: [],
    unreadableCount: 0,
    duplicates: [],
    emptyIdentifierRows: [],
    longRows: [],
  };
  const kept = keptRows(rows, choice.index, report);
  const columns: DatasetColumn[] = [];
  for (let c = 0; c < header.length; c++) {
    if (c === choice.index || c === choice.rowNames) {
      report.columns.push({
        name: header[c],
        kind: c === choice.index ? 'identifier' : 'row-names',
        missing: 0,
        unreadable: 0,
      });
      continue;
    }
    const column = readColumn(rows, kept, c, header[c], decimal, report);
    if (column) columns.push(column);
  }
  rows.forEach((row, r) => {
    if (row.length > header.length && row.slice(header.length).some((cell) => !isMissing(cell))) {
      report.longRows.push(r + FIRST_DATA_ROW);
    }
  });
  const dataset: Dataset = {
    id: context.id,
    name: fileName,
    createdAt: context.now.toISOString(),
    identifierColumn: header[choice.index],
    identifiers: kept.map((r) => cellText(rows[r][choice.index]).trim()),
    columns,
  };
  return { ok: true, dataset, report };
}

/** The rows that stay: those with an identifier, the first of each identifier (ignoring case). */
function keptRows(rows: readonly CellValue[][], column: number, report: TableReport): number[] {
  const kept: number[] = [];
  const seen = new Map<string, DuplicateIdentifier>();
  rows.forEach((row, r) => {
    const identifier = cellText(row[column]).trim();
    if (isMissing(identifier)) {
      report.emptyIdentifierRows.push(r + FIRST_DATA_ROW);
      return;
    }
    const key = identifier.toUpperCase();
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.rows.length === 1) report.duplicates.push(earlier);
      earlier.rows.push(r + FIRST_DATA_ROW);
      return;
    }
    seen.set(key, { identifier, rows: [r + FIRST_DATA_ROW] });
    kept.push(r);
  });
  return kept;
}

/**
 * A column is numeric when at least as many of its filled cells are numbers as are not;
 * then each cell that is not is reported. Otherwise it is text (gene names, chromosome
 * bands, descriptions) and is not offered for colouring.
 */
function readColumn(
  rows: readonly CellValue[][],
  kept: readonly number[],
  c: number,
  name: string,
  decimal: DecimalMark,
  report: TableReport,
): DatasetColumn | undefined {
  let numbers = 0;
  let missing = 0;
  const bad: UnreadableCell[] = [];
  const all = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const value = parseNumber(rows[r][c], decimal);
    all[r] = value ?? Number.NaN;
    if (value === undefined) bad.push({ row: r + FIRST_DATA_ROW, column: name, text: cellText(rows[r][c]) });
    else if (Number.isNaN(value)) missing++;
    else numbers++;
  }
  const entry: ColumnReport = { name, kind: 'numeric', missing, unreadable: bad.length };
  report.columns.push(entry);
  if (numbers === 0 || bad.length > numbers) {
    entry.kind = numbers + bad.length === 0 ? 'empty' : 'text';
    if (bad[0]) entry.example = { row: bad[0].row, text: bad[0].text };
    return undefined;
  }
  report.unreadableCount += bad.length;
  report.unreadable.push(...bad.slice(0, Math.max(0, LISTED_CELLS - report.unreadable.length)));
  const values = new Float64Array(kept.length);
  let negative = false;
  kept.forEach((r, i) => {
    const value = all[r];
    values[i] = value;
    if (value < 0) negative = true;
  });
  return { name, values, scale: negative ? 'signed' : 'unsigned' };
}
