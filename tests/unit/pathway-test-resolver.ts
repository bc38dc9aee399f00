/**
 * A SymbolResolver for tests, read from the HGNC table in ../shared/data (approved symbol,
 * previous symbols, aliases). Approved symbols take precedence (the data README: 226
 * previous symbols and 456 aliases are someone else's approved symbol), then previous
 * symbols, then aliases; a name shared by several genes is ambiguous, and a previous symbol
 * names the genes that have it as an alias (`aliasOf`). The app's resolver
 * is built elsewhere from the compact lookup; this one only lets the readers' tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SymbolMatch, SymbolResolver } from '../../src/model/symbol-resolver';

/** The third-party data beside the checkout (../shared/data, as CI lays it out). */
export const DATA = resolve(process.cwd(), '..', 'shared', 'data');
export const HGNC_TABLE = `${DATA}/hgnc-approved-prev-alias-2021-02.tsv`;

let cached: SymbolResolver | undefined;

export function testResolver(): SymbolResolver | undefined {
  if (cached) return cached;
  if (!existsSync(HGNC_TABLE)) return undefined;
  const approved = new Map<string, string>();
  const previous = new Map<string, Set<string>>();
  const alias = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, symbol: string) => {
    const k = key.trim().toUpperCase();
    if (!k) return;
    map.set(k, (map.get(k) ?? new Set()).add(symbol));
  };
  const lines = readFileSync(HGNC_TABLE, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [symbol, , prev = '', aliases = ''] = line.split('\t');
    if (!symbol) continue;
    approved.set(symbol.toUpperCase(), symbol);
    for (const p of prev.split(',')) add(previous, p, symbol);
    for (const a of aliases.split(',')) add(alias, a, symbol);
  }
  const resolve = (identifier: string): SymbolMatch => {
    const from = identifier;
    const key = identifier.trim().toUpperCase();
    const exact = approved.get(key);
    if (exact) return { kind: 'approved', symbol: exact, from };
    for (const [kind, map] of [
      ['previous', previous],
      ['alias', alias],
    ] as const) {
      const found = map.get(key);
      if (!found) continue;
      const candidates = [...found].sort();
      if (candidates.length > 1) return { kind: 'ambiguous', candidates, from, via: kind };
      // A previous symbol that other genes have as an alias (ERK: EPHB2's previous, MAPK1's alias).
      const others = kind === 'previous' ? [...(alias.get(key) ?? [])].filter((s) => s !== candidates[0]).sort() : [];
      return { kind, symbol: candidates[0], from, ...(others.length > 0 ? { aliasOf: others } : {}) };
    }
    return { kind: 'unknown', from };
  };
  cached = { resolve, source: 'HGNC custom download, February 2021 (test copy in ../shared/data)' };
  return cached;
}
