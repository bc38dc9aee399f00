/**
 * "Did you mean …?": edit distance and the closest strings to a typo. Pure, shared by
 * the search box (entity names in both languages) and anything else that suggests what
 * a person probably meant.
 *
 * The distance is the optimal string alignment distance (restricted Damerau–Levenshtein):
 * inserting, deleting or substituting one character, or swapping two adjacent ones, is one
 * edit each, so the common typo PRTM3 → PRMT3 is one edit, not two. No package is used:
 * `fastest-levenshtein`, `leven` and `js-levenshtein` count a swap as two edits, and the
 * twenty lines below are simpler to keep than an untyped dependency.
 */

/** Characters of a string as code points (so "α" or "缺" is one character). */
function characters(text: string): string[] {
  return Array.from(text);
}

/**
 * Optimal string alignment distance between a and b (case-sensitive: normalise first).
 * With `max`, stops early and returns max + 1 once the distance must exceed max.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = characters(a);
  const t = characters(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // Three rows: two rows back (for swaps), the previous row and the current one.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * How many edits a typo of this text may have and still be suggested, by its length in
 * characters: for Latin text none up to two letters (too many words are that close), one up
 * to four, two up to eight, three beyond; a Chinese character carries about as much as a
 * syllable, so text with Chinese in it may have one edit from two characters (缺养 → 缺氧)
 * and two from six.
 */
export function allowedEdits(text: string): number {
  const length = characters(text).length;
  if (CJK.test(text)) return length <= 1 ? 0 : length <= 5 ? 1 : 2;
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/** One name a candidate goes by. */
export interface Name {
  /** The name as compared with the query: normalised the same way (lower case and so on). */
  key: string;
  /** The name as written, to show. */
  text: string;
  /** 0 for a primary name; larger for weaker ones (aliases, full names). Breaks ties. */
  rank: number;
}

export interface Candidate<T> {
  item: T;
  names: readonly Name[];
}

export interface Suggestion<T> {
  item: T;
  /** The name that came closest (the first such of the weakest rank). */
  name: Name;
  distance: number;
}

/**
 * The few candidates closest to `wanted` (normalised like the names' keys), each by its
 * closest name: within `allowedEdits(wanted)` edits, and only those at the smallest
 * distance found, so that one clear answer is not diluted by weaker ones (PRTM3 gives
 * PRMT3, not also PROM1 two edits away). Ties go to the stronger name (lower rank), then
 * keep the candidates' order.
 */
export function closest<T>(wanted: string, candidates: Iterable<Candidate<T>>, limit = 3): Suggestion<T>[] {
  const max = allowedEdits(wanted);
  if (!wanted || max === 0) return [];
  const found: Suggestion<T>[] = [];
  for (const { item, names } of candidates) {
    let best: Suggestion<T> | undefined;
    for (const name of names) {
      if (!name.key) continue;
      const distance = editDistance(wanted, name.key, best ? best.distance : max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && name.rank < best.name.rank)) {
        best = { item, name, distance };
      }
    }
    if (best) found.push(best);
  }
  if (found.length === 0) return [];
  const least = Math.min(...found.map((s) => s.distance));
  // Array.prototype.sort is stable: full ties keep the candidates' order.
  return found
    .filter((s) => s.distance === least)
    .sort((a, b) => a.name.rank - b.name.rank)
    .slice(0, limit);
}

/** The closest plain strings (case-insensitive), e.g. for "unknown id … did you mean …?". */
export function closestStrings(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const candidates = [...known].map((k) => ({ item: k, names: [{ key: k.toLowerCase(), text: k, rank: 0 }] }));
  return closest(wanted.toLowerCase(), candidates, limit).map((s) => s.item);
}
