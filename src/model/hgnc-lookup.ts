/**
 * The compact HGNC lookup (src/data/hgnc/, derived by scripts/hgnc-compact.mjs) and the
 * SymbolResolver built on it. Pure: the caller loads the file (load-hgnc.ts does it for
 * the browser and Node alike) and hands its parsed JSON here.
 *
 * The rule, as HGNC's own multi-symbol checker applies it: an approved symbol wins over
 * anybody's previous symbol or alias (226 previous symbols and 456 aliases in the 2021
 * table are another gene's approved symbol); then previous symbols, then aliases; a
 * previous symbol or alias that several approved symbols share is ambiguous and is not
 * resolved. Matching ignores case (`pd-l1`, `Ku70`) and surrounding spaces.
 */
import type { SymbolMatch, SymbolResolver } from './symbol-resolver';

/** The file's shape: provenance plus one `SYMBOL|PREV,PREV|ALIAS,ALIAS` string per gene. */
export interface HgncLookupFile {
  source: string;
  downloaded: string;
  licence: string;
  symbols: readonly string[];
}

interface Index {
  approved: Map<string, string>;
  previous: Map<string, string[]>;
  alias: Map<string, string[]>;
}

const key = (identifier: string): string => identifier.trim().toUpperCase();

function addTo(map: Map<string, string[]>, names: string | undefined, symbol: string): void {
  if (!names) return;
  for (const name of names.split(',')) {
    const k = key(name);
    const list = map.get(k);
    if (!list) map.set(k, [symbol]);
    else if (!list.includes(symbol)) list.push(symbol);
  }
}

function buildIndex(file: HgncLookupFile): Index {
  const index: Index = { approved: new Map(), previous: new Map(), alias: new Map() };
  for (const entry of file.symbols) {
    const [symbol, previous, aliases] = entry.split('|');
    index.approved.set(key(symbol), symbol);
    addTo(index.previous, previous, symbol);
    addTo(index.alias, aliases, symbol);
  }
  return index;
}

function fromList(kind: 'previous' | 'alias', candidates: string[], from: string, aliasOf?: string[]): SymbolMatch {
  if (candidates.length > 1) return { kind: 'ambiguous', candidates: [...candidates].sort(), from, via: kind };
  const others = (aliasOf ?? []).filter((s) => s !== candidates[0]).sort();
  return { kind, symbol: candidates[0], from, ...(others.length > 0 ? { aliasOf: others } : {}) };
}

/** One gene and its other names, as an HGNC download (or the atlas) lists them. */
export interface SymbolEntry {
  symbol: string;
  previous: readonly string[];
  aliases: readonly string[];
}

/**
 * A lookup in the committed file's shape from a list of entries: an HGNC download given
 * on the command line, or the atlas's own names. A name holding the format's separators
 * (`,` `|`) is left out rather than split wrongly.
 */
export function lookupFromEntries(
  entries: Iterable<SymbolEntry>,
  provenance: Pick<HgncLookupFile, 'source' | 'downloaded' | 'licence'>,
): HgncLookupFile {
  const clean = (names: readonly string[]) => names.filter((n) => n !== '' && !/[,|]/.test(n)).join(',');
  const symbols: string[] = [];
  for (const e of entries) {
    if (e.symbol === '' || /[,|]/.test(e.symbol)) continue;
    symbols.push(`${e.symbol}|${clean(e.previous)}|${clean(e.aliases)}`);
  }
  return { ...provenance, symbols };
}

export interface HgncResolver extends SymbolResolver {
  /** Every approved symbol, as HGNC writes it (the "all HGNC genes" background). */
  readonly approvedSymbols: readonly string[];
}

export function createSymbolResolver(file: HgncLookupFile): HgncResolver {
  const index = buildIndex(file);
  return {
    source: [file.source, file.downloaded && `downloaded ${file.downloaded}`, file.licence].filter(Boolean).join('; '),
    approvedSymbols: [...index.approved.values()],
    resolve(identifier: string): SymbolMatch {
      const from = identifier;
      const k = key(identifier);
      if (k === '') return { kind: 'unknown', from };
      const approved = index.approved.get(k);
      if (approved) return { kind: 'approved', symbol: approved, from };
      const previous = index.previous.get(k);
      if (previous) return fromList('previous', previous, from, index.alias.get(k));
      const alias = index.alias.get(k);
      if (alias) return fromList('alias', alias, from);
      return { kind: 'unknown', from };
    },
  };
}

/**
 * Resolves with `primary` and, for an identifier it does not know, with `fallback`: the
 * committed 2021 table first, then the atlas's own symbols (which are checked against
 * today's HGNC and may be newer than the table).
 */
export function withFallback(primary: HgncResolver, fallback: HgncResolver): HgncResolver {
  const approved = new Set(primary.approvedSymbols);
  return {
    source: `${primary.source}, then ${fallback.source}`,
    approvedSymbols: [...primary.approvedSymbols, ...fallback.approvedSymbols.filter((s) => !approved.has(s))],
    resolve(identifier: string): SymbolMatch {
      const match = primary.resolve(identifier);
      return match.kind === 'unknown' ? fallback.resolve(identifier) : match;
    },
  };
}
