/**
 * Reading one cell as a number. What R, Excel and pandas write for "no value" (NA, NaN,
 * #N/A, an empty cell) is missing, not an error; Inf and -Inf (edgeR's log fold change of a
 * gene absent in one group) are infinite values. A file writes decimals with points or with
 * commas (German or French Excel, with `;` or tab between cells): the reader decides once
 * per file, so that "1,5" is never read as 15 or as two cells, and says which it chose.
 */
export type CellValue = string | number | boolean | null | undefined;

const MISSING = new Set(['', 'NA', 'N/A', '#N/A', 'NAN', 'NULL', 'NONE', '-', '.']);
const POINT_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d+,\d*|,\d+)(?:[eE][+-]?\d+)?$/;
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;

export type DecimalMark = 'point' | 'comma';

export function isMissing(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return Number.isNaN(cell);
  return typeof cell === 'string' && MISSING.has(cell.trim().toUpperCase());
}

/** The number in a cell, `NaN` for a missing one, `undefined` when it is no number. */
export function parseNumber(cell: CellValue, decimal: DecimalMark): number | undefined {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return isMissing(cell) ? Number.NaN : undefined;
  const text = cell.trim();
  // Most cells of a large table are plain numbers: tried first, before the rarer cases.
  if (decimal === 'point' && POINT_NUMBER.test(text)) return Number(text);
  if (isMissing(text)) return Number.NaN;
  const infinite = INFINITE.exec(text);
  if (infinite) return infinite[1] === '-' ? -Infinity : Infinity;
  if (decimal === 'comma') {
    if (COMMA_NUMBER.test(text)) return Number(text.replace(',', '.'));
    // An integer has neither mark; "1.5" in a comma file is refused, as it may be 15 (a thousands point).
    return /^[+-]?\d+(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
  }
  return POINT_NUMBER.test(text) ? Number(text) : undefined;
}

/**
 * Commas are the decimal mark when some cells read as comma decimals ("1,5") and none as
 * point decimals ("1.5"); a file that mixes them keeps points, and its comma cells are
 * reported as unreadable.
 */
export function detectDecimalMark(rows: readonly (readonly CellValue[])[], skipColumn = -1): DecimalMark {
  let commas = 0;
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (c === skipColumn || typeof cell !== 'string') continue;
      const text = cell.trim();
      if (text.includes('.') && POINT_NUMBER.test(text)) return 'point';
      if (COMMA_NUMBER.test(text)) commas++;
    }
  }
  return commas > 0 ? 'comma' : 'point';
}

/** A cell as the report quotes it. */
export function cellText(cell: CellValue): string {
  return cell === null || cell === undefined ? '' : String(cell);
}
