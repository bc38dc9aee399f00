/**
 * Over-representation of a researcher's gene list in the atlas's mechanisms and therapies.
 *
 * For each gene set (src/model/gene-sets.ts), with N genes in the background, K of them in
 * the set, n query genes in the background and k of those in the set, the p-value is the
 * one-sided hypergeometric upper tail P(X ≥ k): the chance of drawing at least k of the set
 * when drawing n genes from the background at random. It is the sum of the probability mass
 * from k up, added smallest term first, so a tiny p keeps its precision (1 − CDF would
 * round it to 0). The false discovery rate is Benjamini–Hochberg's, within each kind
 * (mechanisms apart from therapies: they are two families of questions, and a therapy's set
 * overlaps its mechanisms'). Fold enrichment is (k/n)/(K/N).
 *
 * Only genes in the background count, on both sides: a set's genes outside it do not add to
 * K, and query genes outside it are reported rather than tested. A set with no gene in the
 * background (K = 0) cannot be tested and gives no row.
 */
import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';
import padjust from '@stdlib/stats-padjust';
import { ENRICHMENT_KINDS, type EnrichmentKind, type GeneSet } from './gene-sets';
import type { SymbolResolver } from './symbol-resolver';

/** Which genes could have been drawn: the atlas's (default), every approved HGNC symbol, or the caller's list. */
export const BACKGROUND_KINDS = ['atlas', 'hgnc', 'custom'] as const;
export type BackgroundKind = (typeof BACKGROUND_KINDS)[number];

export interface Background {
  kind: BackgroundKind;
  /** What to call it in a result: "atlas", "HGNC approved symbols (…)", a file name. */
  name: string;
  /** Approved symbols, each once. */
  genes: ReadonlySet<string>;
}

export interface QueryResolution {
  /** Approved symbols, each once, in the order first met. */
  symbols: string[];
  /** Identifiers that resolved to another symbol (aliases, previous symbols), for the report. */
  renamed: { from: string; symbol: string }[];
  /** Identifiers no symbol matched: unknown, or an alias of several genes (with the candidates). */
  notFound: { from: string; candidates?: string[] }[];
  /** Identifiers that named a symbol already in the list (written twice, or an alias of one given). */
  repeated: string[];
}

/** Resolves a list of identifiers to approved symbols; blank lines are skipped, nothing else is lost. */
export function resolveQuery(identifiers: readonly string[], resolver: SymbolResolver): QueryResolution {
  const out: QueryResolution = { symbols: [], renamed: [], notFound: [], repeated: [] };
  const seen = new Set<string>();
  for (const raw of identifiers) {
    const from = raw.trim();
    if (from === '') continue;
    const match = resolver.resolve(from);
    if (match.kind === 'unknown') out.notFound.push({ from });
    else if (match.kind === 'ambiguous') out.notFound.push({ from, candidates: match.candidates });
    else if (seen.has(match.symbol)) out.repeated.push(from);
    else {
      seen.add(match.symbol);
      out.symbols.push(match.symbol);
      if (match.kind !== 'approved') out.renamed.push({ from, symbol: match.symbol });
    }
  }
  return out;
}

export interface EnrichmentRow {
  id: string;
  kind: EnrichmentKind;
  /** Query genes in the set (hits). */
  k: number;
  /** Genes of the set in the background. */
  K: number;
  /** Query genes in the background. */
  n: number;
  /** Background size. */
  N: number;
  /** P(X ≥ k), X hypergeometric(N, K, n). */
  p: number;
  /** Benjamini–Hochberg adjusted p, among the rows of the same kind. */
  fdr: number;
  /** (k/n)/(K/N); NaN (null in JSON) when no query gene is in the background. */
  fold: number;
  /** The hit symbols, sorted. */
  hits: string[];
}

export interface EnrichmentResult {
  /** Ranked by p (then by fold, larger first, then kind and id). */
  rows: EnrichmentRow[];
  background: { kind: BackgroundKind; name: string; size: number };
  /** Query symbols tested (in the background). */
  tested: string[];
  /** Query symbols that are genes but not in the background: not tested. */
  outsideBackground: string[];
  /** Sets with no gene in the background, which give no row. */
  untestable: { id: string; kind: EnrichmentKind }[];
}

/** P(X ≥ k) for X hypergeometric with population N, K successes in it, n draws. */
export function hypergeometricUpperTail(k: number, N: number, K: number, n: number): number {
  if (k <= 0) return 1;
  const top = Math.min(K, n);
  if (k > top) return 0;
  let sum = 0;
  // The mass falls away from the mode, so the far end of the tail holds the smallest terms.
  for (let x = top; x >= k; x--) sum += hypergeometricPmf(x, N, K, n);
  return Math.min(1, sum);
}

/** A background from a list of symbols (the HGNC table's, or one the user gives), each once. */
export function background(kind: BackgroundKind, name: string, symbols: Iterable<string>): Background {
  return { kind, name, genes: new Set(symbols) };
}

/** Benjamini–Hochberg adjusted p-values, in the order given (R's p.adjust(p, "BH")). */
export function benjaminiHochberg(p: readonly number[]): number[] {
  return p.length === 0 ? [] : padjust([...p], 'bh');
}

/** Ranks every set of `sets` by over-representation of `query` (approved symbols) within `background`. */
export function enrich(sets: readonly GeneSet[], query: readonly string[], background: Background): EnrichmentResult {
  const N = background.genes.size;
  const unique = [...new Set(query)];
  const tested = unique.filter((g) => background.genes.has(g));
  const outsideBackground = unique.filter((g) => !background.genes.has(g));
  const n = tested.length;
  const testedSet = new Set(tested);
  const untestable: EnrichmentResult['untestable'] = [];
  const rows: EnrichmentRow[] = [];
  for (const set of sets) {
    const inBackground = [...set.genes].filter((g) => background.genes.has(g));
    const K = inBackground.length;
    if (K === 0) {
      untestable.push({ id: set.id, kind: set.kind });
      continue;
    }
    const hits = inBackground.filter((g) => testedSet.has(g)).sort();
    const k = hits.length;
    rows.push({
      id: set.id,
      kind: set.kind,
      k,
      K,
      n,
      N,
      p: hypergeometricUpperTail(k, N, K, n),
      fdr: Number.NaN,
      fold: n === 0 ? Number.NaN : k / n / (K / N),
      hits,
    });
  }
  for (const kind of ENRICHMENT_KINDS) {
    const same = rows.filter((r) => r.kind === kind);
    const adjusted = benjaminiHochberg(same.map((r) => r.p));
    same.forEach((r, i) => {
      r.fdr = adjusted[i];
    });
  }
  rows.sort(
    (a, b) =>
      a.p - b.p ||
      (Number.isNaN(b.fold) ? 0 : b.fold) - (Number.isNaN(a.fold) ? 0 : a.fold) ||
      ENRICHMENT_KINDS.indexOf(a.kind) - ENRICHMENT_KINDS.indexOf(b.kind) ||
      a.id.localeCompare(b.id),
  );
  return {
    rows,
    background: { kind: background.kind, name: background.name, size: N },
    tested,
    outsideBackground,
    untestable,
  };
}
