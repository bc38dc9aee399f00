/**
 * The first worksheet of an .xlsx (or .xls, .ods) file as rows of cells, through SheetJS.
 * Loaded on demand: the library is large and most tables arrive as text.
 */
import type { CellValue } from './cells';

/** The first bytes of a ZIP archive (xlsx, ods) and of an OLE file (xls). */
export function isSpreadsheet(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

export interface SheetRows {
  sheet: string;
  rows: CellValue[][];
}

export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetRows | undefined> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(bytes, { type: 'array', dense: true });
  const sheet = book.SheetNames[0];
  if (sheet === undefined) return undefined;
  const rows = XLSX.utils.sheet_to_json<CellValue[]>(book.Sheets[sheet], { header: 1, raw: true, blankrows: false });
  return { sheet, rows };
}
