/**
 * A gene list as someone brings it: pasted or in a file, one identifier a line (or several
 * separated by spaces, commas or semicolons), or a CSV/TSV table whose first column holds
 * the identifiers. Pure: the CLI and the app both read lists with it.
 *
 * The rule for telling them apart: text whose first line has a tab, or a comma with more
 * lines after it, is a table, its first line the header; anything else is a list, split
 * on white space, commas and semicolons (HGNC symbols never contain them).
 */
import Papa from 'papaparse';

export interface GeneList {
  identifiers: string[];
  /** `table`: first column of a CSV/TSV, header skipped; `list`: every token. */
  format: 'list' | 'table';
  /** The header of a table's first column. */
  header?: string;
}

export function parseGeneList(text: string): GeneList {
  const clean = text.replace(/^\uFEFF/, '');
  const lines = clean.split(/\r\n|\r|\n/);
  const first = lines[0] ?? '';
  const more = lines.slice(1).some((l) => l.trim() !== '');
  const delimiter = first.includes('\t') ? '\t' : first.includes(',') && more ? ',' : null;
  if (delimiter === null) {
    return { identifiers: clean.split(/[\s,;]+/).filter((x) => x !== ''), format: 'list' };
  }
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: true });
  const [head, ...rows] = parsed.data;
  const identifiers = rows.map((r) => (r[0] ?? '').trim()).filter((x) => x !== '');
  return { identifiers, format: 'table', header: (head?.[0] ?? '').trim() };
}
