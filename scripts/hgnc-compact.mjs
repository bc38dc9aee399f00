#!/usr/bin/env node
/**
 * Derives the compact HGNC symbol lookup the app ships (src/data/hgnc/hgnc-symbols-2021-02.json)
 * from HGNC's custom download (approved symbol, approved name, previous symbols, aliases).
 * The names are dropped (the lookup only resolves identifiers); each approved symbol keeps
 * its previous symbols and aliases in one string, `SYMBOL|PREV,PREV|ALIAS,ALIAS`, empty
 * trailing fields left out, so the file is about a third of the download. Which identifier
 * wins (approved before previous before alias, shared ones ambiguous) is decided when the
 * lookup is read (src/model/hgnc-lookup.ts), so the rule lives in one tested place.
 *
 *   node scripts/hgnc-compact.mjs [../shared/data/hgnc-approved-prev-alias-2021-02.tsv] [OUT]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const input = process.argv[2] ?? '../shared/data/hgnc-approved-prev-alias-2021-02.tsv';
const output = process.argv[3] ?? 'src/data/hgnc/hgnc-symbols-2021-02.json';
const EXPECTED_HEADER = ['Approved symbol', 'Approved name', 'Previous symbols', 'Alias symbols'];

const lines = readFileSync(input, 'utf8').split(/\r?\n/);
const header = lines[0].split('\t');
if (EXPECTED_HEADER.some((name, i) => header[i] !== name)) {
  throw new Error(`${input}: expected the columns ${EXPECTED_HEADER.join(', ')}; found ${header.join(', ')}`);
}
/** HGNC separates list items with ", "; a field may be empty. */
const list = (field) =>
  (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.includes('|'));
const symbols = [];
for (const line of lines.slice(1)) {
  if (line.trim() === '') continue;
  const [approved, , previous, aliases] = line.split('\t');
  const fields = [approved.trim(), list(previous).join(','), list(aliases).join(',')];
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  symbols.push(fields.join('|'));
}
const lookup = {
  source:
    'HGNC custom download (approved symbol, previous symbols, alias symbols), https://www.genenames.org/download/custom/',
  downloaded: '2021-02',
  licence: 'CC0 1.0 (HGNC data); this file is derived from it by scripts/hgnc-compact.mjs',
  format: 'one string per approved symbol: SYMBOL|PREVIOUS,PREVIOUS|ALIAS,ALIAS (empty trailing fields omitted)',
  symbols,
};
writeFileSync(output, `${JSON.stringify(lookup, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${output}: ${symbols.length} approved symbols from ${input}`);
