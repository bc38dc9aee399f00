/**
 * CSV and TSV text to rows of cells, through papaparse (quoting, quoted line breaks,
 * doubled quotes). The delimiter is chosen from the header line (outside quotes), not by
 * papaparse's guess over the whole file: in a `;` file with decimal commas ("1,5"),
 * commas split every row into the same number of cells and would look like the delimiter.
 */
import Papa from 'papaparse';

export const DELIMITERS = ['\t', ';', ',', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function detectDelimiter(text: string): Delimiter | undefined {
  const end = text.search(/\r?\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '""');
  let best: Delimiter | undefined;
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

export interface DelimitedRows {
  rows: string[][];
  /** The delimiter used; undefined when the header has none (a one-column list). */
  delimiter: Delimiter | undefined;
}

export function parseDelimited(text: string): DelimitedRows {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  // A one-column file: a delimiter no text holds, so papaparse makes one cell per line.
  const result = Papa.parse<string[]>(body, { delimiter: delimiter ?? '\u0000', skipEmptyLines: 'greedy' });
  return { rows: result.data, delimiter };
}
