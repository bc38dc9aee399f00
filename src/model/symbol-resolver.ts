/**
 * How an identifier someone brings (a table's first column, a node label in an imported
 * pathway) is matched to an approved HGNC symbol. Only the shape lives here so that
 * readers, overlays and the enrichment can depend on it without loading the symbol table;
 * the table-backed resolver is built from the compact HGNC lookup.
 */
export const SYMBOL_MATCH_KINDS = ['approved', 'previous', 'alias', 'ambiguous', 'unknown'] as const;
export type SymbolMatchKind = (typeof SYMBOL_MATCH_KINDS)[number];

export type SymbolMatch =
  /** The identifier is an approved symbol (case-insensitively). */
  | { kind: 'approved'; symbol: string; from: string }
  /**
   * A previous symbol or an alias of exactly one approved symbol. A previous symbol may also
   * be other genes' alias (ERK: previous symbol of EPHB2, alias of MAPK1): `aliasOf` names
   * them, for readers that treat such a name as less than a rename (imported pathways).
   */
  | { kind: 'previous' | 'alias'; symbol: string; from: string; aliasOf?: string[] }
  /** A previous symbol (`via` previous) or alias shared by several approved symbols: not resolved. */
  | { kind: 'ambiguous'; candidates: string[]; from: string; via?: 'previous' | 'alias' }
  /** Not a symbol HGNC knows (a typo, a protein name, a probe id). */
  | { kind: 'unknown'; from: string };

export interface SymbolResolver {
  resolve(identifier: string): SymbolMatch;
  /** Where the table comes from and when it was downloaded, for reports and the README. */
  readonly source: string;
}
