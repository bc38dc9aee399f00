/**
 * A gene list as someone brings it: pasted or in a file, one identifier a line (or several
 * separated by spaces, commas or semicolons), or a CSV/TSV table whose first column holds
 * the identifiers. Pure: the CLI and the app both read lists with it.
 *
 * The rule for telling them apart: text whose first line has a tab or a comma, with a
 * second line holding a number after its first field (an expression table's values), is
 * a table, its first line the header; anything else is a list, split on white space,
 * commas and semicolons (HGNC symbols never contain them), so a pasted "TP53, MYC" stays a
 * list of two.
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
  const second = lines.slice(1).find((l) => l.trim() !== '') ?? '';
  const candidate = first.includes('\t') ? '\t' : first.includes(',') ? ',' : null;
  const numberAfterFirst = (line: string, d: string) =>
    line
      .split(d)
      .slice(1)
      .some((cell) => {
        const x = cell.trim().replace(/^"(.*)"$/, '$1');
        return x !== '' && Number.isFinite(Number(x));
      });
  const delimiter = candidate && numberAfterFirst(second, candidate) ? candidate : null;
  if (delimiter === null) {
    return { identifiers: clean.split(/[\s,;]+/).filter((x) => x !== ''), format: 'list' };
  }
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: true });
  const [head, ...rows] = parsed.data;
  const identifiers = rows.map((r) => (r[0] ?? '').trim()).filter((x) => x !== '');
  return { identifiers, format: 'table', header: (head?.[0] ?? '').trim() };
}
