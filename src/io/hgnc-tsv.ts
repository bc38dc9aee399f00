/**
 * Reads an HGNC custom download (TSV with the columns "Approved symbol", "Previous symbols"
 * and "Alias symbols", lists separated by ", ") into symbol entries: for `graph enrich
 * --hgnc FILE`, a newer download than the table the atlas ships (src/data/hgnc/).
 */
import type { SymbolEntry } from '../model/hgnc-lookup';

const COLUMNS = ['Approved symbol', 'Previous symbols', 'Alias symbols'] as const;

export type HgncRead = { ok: true; entries: SymbolEntry[] } | { ok: false; error: string };

export function readHgncTsv(file: string, text: string): HgncRead {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const at = COLUMNS.map((c) => header.indexOf(c));
  const missing = COLUMNS.filter((_, i) => at[i] < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      error: `${file}:1: the header lacks ${missing.map((m) => `"${m}"`).join(', ')}; expected the HGNC download's tab-separated columns ${COLUMNS.map((c) => `"${c}"`).join(', ')}`,
    };
  }
  const list = (cell: string | undefined) =>
    (cell ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  const entries: SymbolEntry[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const symbol = (cells[at[0]] ?? '').trim();
    if (symbol === '') continue;
    entries.push({ symbol, previous: list(cells[at[1]]), aliases: list(cells[at[2]]) });
  }
  if (entries.length === 0) return { ok: false, error: `${file}: no approved symbols under the header` };
  return { ok: true, entries };
}
